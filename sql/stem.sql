-- stem: variants of one word share a stem

-- clitics and plurals
SELECT w, meetreg.stem(w) FROM (VALUES ('المخدرات'), ('والمخدرات'), ('بالمخدرات'),
       ('مخدرات'), ('للمخدرات'), ('وبالمخدرات')) AS t(w);

SELECT count(DISTINCT meetreg.stem(w)) AS one_stem
FROM (VALUES ('السرقة'), ('السرقات'), ('سرقة'), ('والسرقة'), ('بالسرقات')) AS t(w);

-- protected words: an association is not a gathering, students are not requests
SELECT meetreg.stem('جمعية') AS association, meetreg.stem('الجمعيات') AS associations,
       meetreg.stem('جمع') AS gathering,
       meetreg.stem('الطلبة') AS students, meetreg.stem('الطلبات') AS requests,
       meetreg.stem('الدوريات') AS patrols, meetreg.stem('دور') AS roles;

-- root letters that look like proclitics are kept
SELECT meetreg.stem('وقاية') = meetreg.stem('الوقاية') AS prevention,
       meetreg.stem('ولاية') = meetreg.stem('الولاية') AS wilaya,
       meetreg.stem('ومكافحة') = meetreg.stem('مكافحة') AS and_fight;

-- minimum length
SELECT meetreg.stem('من') AS two_letters, meetreg.stem('الحي') AS article_kept_two,
       meetreg.stem('سرية') AS three_letters_minimum;

-- a text: one stem per word
SELECT meetreg.stem('بالضرب و الجرح') AS phrase,
       meetreg.stem('Agressions et vols') AS french;

-- NULL in, NULL out; '' gives ''
SELECT meetreg.stem(NULL) IS NULL AS null_in_null_out, meetreg.stem('') = '' AS empty_gives_empty;

-- the stem of a text equals the stems of its tokens
SELECT meetreg.stem(t) = (SELECT string_agg(stem, ' ' ORDER BY ordinal) FROM meetreg.tokens(t)) AS consistent
FROM (VALUES ('طالبت الجمعيات بتعزيز الدوريات الأمنية بمحيط المؤسسات التعليمية')) AS v(t);
