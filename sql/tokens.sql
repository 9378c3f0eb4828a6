-- tokens: words, numbers, positions in the original text

SELECT * FROM meetreg.tokens('انعقد يوم الأربعاء 17 أكتوبر 2018 لقاءٌ تواصليٌّ بمقر الدائرة الثانية.');

-- start/len index the original text: substr() gives back each token
SELECT bool_and(substr(t, start, len) = token) AS substr_gives_token, count(*) AS tokens
FROM (VALUES ('في إطار اللقاءات التواصلية، نظّمت ولاية أمن فاس ندوةً حول "الأمن المدرسي" 👮 يوم ١٢ مارس.')) AS v(t),
     meetreg.tokens(t);

-- mixed Arabic, French and digits without spaces
SELECT ordinal, token, normalized, stem FROM meetreg.tokens('حملةSécurité-routière2024م');

-- French elision and plurals
SELECT token, normalized, stem FROM meetreg.tokens('Protection de l''Enfance et lutte contre les Drogues');

-- ordinals are consecutive
SELECT bool_and(ordinal = rn) AS consecutive
FROM (SELECT ordinal, row_number() OVER (ORDER BY ordinal) AS rn
      FROM meetreg.tokens(repeat('كلمة ', 1000))) s;

-- no words: no rows; NULL: no rows
SELECT count(*) AS no_words FROM meetreg.tokens(' ، . ؟ !');
SELECT count(*) AS empty FROM meetreg.tokens('');
SELECT count(*) AS null_input FROM meetreg.tokens(NULL);

-- usable in a lateral join over a table
CREATE TEMP TABLE docs(id int, body text);
INSERT INTO docs VALUES (1, 'محاربة المخدرات'), (2, 'Lutte contre les vols'), (3, NULL);
SELECT d.id, t.ordinal, t.stem FROM docs d, meetreg.tokens(d.body) t ORDER BY 1, 2;
