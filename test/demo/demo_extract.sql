-- test/demo/demo_extract.sql: meeting records from a report's text.
-- Run by "make demo" with the sample report in :report.
\pset footer off
\pset null '∅'
SET datestyle = ISO;

\echo
\echo '=== 11. meetreg.extract(): the facts of the sample report (published the next day) ==='
\x on
SELECT * FROM meetreg.extract(:'report', '2024-03-13');
\x off

\echo
\echo '=== 12. meetreg.dates(): every date expression, relative ones resolved against the publication date ==='
SELECT * FROM meetreg.dates('عقد يوم الأربعاء 9 يناير 2019 لقاء ثان، بعد لقاء أول في 17/10/2018، وستنظم يوم غد الجمعة ندوة، ثم لقاء في فاتح ماي المقبل', '2019-01-10');

\echo
\echo '=== 13. meetreg.ingest(): the report becomes a meeting record; ingesting the same source again updates it ==='
SELECT meetreg.ingest(:'report', '2024-03-13', 'لقاء تواصلي بمراكش', 'https://www.example.ma/2024/03/marrakech') AS id,
       meetreg.ingest(:'report', '2024-03-13', 'لقاء تواصلي بمراكش', 'https://www.example.ma/2024/03/marrakech') AS same_id;
SELECT id, held_on, city, region, format, association_count, outlet, published_on, concerns
FROM meetreg.meetings WHERE source = 'https://www.example.ma/2024/03/marrakech';

\echo
\echo '=== 14. BI views: what was asked for and what was promised, per concern ==='
SELECT demand_no AS n, demand, concern FROM meetreg.meeting_demands d
JOIN meetreg.meetings m ON m.id = d.meeting_id WHERE m.source = 'https://www.example.ma/2024/03/marrakech'
ORDER BY 1, 3;
SELECT commitment_no AS n, commitment, concern FROM meetreg.meeting_commitments d
JOIN meetreg.meetings m ON m.id = d.meeting_id WHERE m.source = 'https://www.example.ma/2024/03/marrakech'
ORDER BY 1, 3;
