-- test/demo/demo.sql: what meetreg does, on a sample report of our own.
-- Run by "make demo" with the report in the psql variable :report.
\pset footer off
\pset null '∅'

\echo
\echo '=== The sample report (test/fixtures/sample_report.txt) ==='
SELECT length(:'report') AS characters, octet_length(:'report') AS bytes,
       (SELECT count(*) FROM meetreg.tokens(:'report')) AS words;

\echo
\echo '=== 1. meetreg.normalize(): one matching form for every way of writing Arabic and French ==='
SELECT v AS written, meetreg.normalize(v) AS normalized
FROM (VALUES ('لقاءٌ تواصليٌّ'), ('الأقراص المهلوسة'), ('تزايُد'), ('الأزقّة'),
             ('إحداث'), ('مستوى'), ('ﻻ'), ('١٢ مارس ٢٠٢٤'), ('Sécurité routière')) AS t(v);

\echo
\echo '=== 2. meetreg.tokens(): words with their stems and their place in the original text ==='
SELECT ordinal, token, normalized, stem, start, len,
       substr(:'report', start, len) = token AS "substr(report,start,len)=token"
FROM meetreg.tokens(:'report')
ORDER BY ordinal
LIMIT 24;

\echo
\echo '=== 3. meetreg.stem(): clitic, plural and spelling variants share one stem ==='
SELECT string_agg(w, '، ' ORDER BY i) AS written_forms,
       string_agg(DISTINCT meetreg.stem(w), ', ') AS stem
FROM (VALUES (1, 'المخدرات', 1), (2, 'والمخدرات', 1), (3, 'بالمخدرات', 1), (4, 'مخدرات', 1), (5, 'للمخدرات', 1),
             (6, 'السرقة', 2), (7, 'السرقات', 2), (8, 'والسرقة', 2), (9, 'سرقة', 2),
             (10, 'الجمعية', 3), (11, 'جمعيات', 3), (12, 'للجمعيات', 3), (13, 'الجمعيتين', 3),
             (14, 'الدوريات', 4), (15, 'دوريات', 4), (16, 'بالدوريات', 4),
             (17, 'تواصلياً', 5), (18, 'التواصلي', 5), (19, 'تواصلية', 5),
             (20, 'Drogues', 6), (21, 'drogue', 6)) AS t(i, w, g)
GROUP BY g ORDER BY g;

\echo
\echo '=== 4. Find a word in the report whatever its written form, with its exact position ==='
SELECT q AS searched_for, t.token AS found, t.start, t.len
FROM (VALUES ('الدوريات'), ('الحملة'), ('شكاية'), ('المؤسسة'), ('سرقة'), ('الجمعية')) AS s(q)
JOIN LATERAL meetreg.tokens(:'report') t ON t.stem = meetreg.stem(s.q)
ORDER BY q, t.start;
