-- hard input: odd Unicode, large texts

-- emoji, ZWJ sequences, combining marks in odd places, mixed scripts
SELECT meetreg.normalize(E'\u0301بداية') AS mark_first,
       meetreg.normalize(E'a\u0301\u0301\u0301') AS stacked_marks,
       meetreg.normalize(E'ب\u064e\u064e\u064e\u0651') AS stacked_tashkeel,
       meetreg.normalize(E'👮\u200d♀️ شرطة') AS zwj_emoji,
       meetreg.normalize('Москва 東京 ኢትዮጵያ') AS other_scripts;

SELECT token, start, len FROM meetreg.tokens(E'x\u0301y 😀😀 عربي\u0651\u0651');

-- several megabytes: lengths and counts are exact
CREATE TEMP TABLE big AS
SELECT repeat('طالبت الجمعيات بمحاربة المخدرات والسرقة بمحيط المؤسسات التعليمية. ', 60000) AS body;
SELECT octet_length(body) > 5000000 AS over_5mb FROM big;
SELECT length(meetreg.normalize(body)) = length(body) - 1 AS normalized_length FROM big;
SELECT count(*) AS tokens, max(start + len - 1) = (SELECT length(rtrim(body, '. ')) FROM big) AS last_token_ends_text
FROM big, meetreg.tokens(body);
SELECT length(meetreg.stem(body)) AS stemmed_length FROM big;

-- a long run of letters is cut into tokens of at most 255 letters
SELECT count(*) AS parts, max(len) AS longest, sum(len) AS letters
FROM meetreg.tokens(repeat('ب', 1000));

-- cancellation: the engine checks for interrupts while it works
SET statement_timeout = '50ms';
SELECT length(meetreg.normalize(repeat(body, 8))) FROM big;
RESET statement_timeout;
