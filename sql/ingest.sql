-- ingest: reports become meeting records; a source seen before is updated
SET datestyle = ISO;

SELECT meetreg.ingest(
'الرباط: احتضن مقر المنطقة الأمنية الأولى بالرباط، صباح يوم الثلاثاء 5 مارس 2024، لقاء تواصليا مع ممثلي 23 جمعية من حي التقدم. وطالب المتدخلون بمحاربة ترويج المخدرات قرب المؤسسات التعليمية، وبتقوية الإنارة العمومية. وأعلن رئيس المنطقة الأمنية عن الرفع من عدد الدوريات الليلية.',
	'2024-03-06', 'لقاء تواصلي بحي التقدم', 'https://www.example.ma/actualite/rabat-1') AS first_id \gset
SELECT id = :first_id AS same_id, held_on, city, region, format, association_count, venue, host,
       concerns, published_on, outlet, ingested_at IS NOT NULL AS ingested, title
FROM meetreg.meetings WHERE source = 'https://www.example.ma/actualite/rabat-1';

-- ingesting the same source again updates the record (corrected text, new date)
SELECT meetreg.ingest(
'الرباط: احتضن مقر المنطقة الأمنية الأولى بالرباط، صباح يوم الأربعاء 6 مارس 2024، لقاء تواصليا مع ممثلي 25 جمعية من حي التقدم. وطالب المتدخلون بمحاربة ترويج المخدرات قرب المؤسسات التعليمية.',
	'2024-03-07', NULL, 'https://www.example.ma/actualite/rabat-1') = :first_id AS updated_not_duplicated;
SELECT count(*) AS records, max(held_on) AS held_on, max(association_count) AS association_count,
       max(published_on) AS published_on
FROM meetreg.meetings WHERE source = 'https://www.example.ma/actualite/rabat-1';

-- a corrected report that places the meeting only by its region: the
-- record loses its city and keeps the region the text gives
SELECT meetreg.ingest(
'احتضن مقر المنطقة الأمنية بالرشيدية يوم الإثنين 8 أبريل 2024 لقاء تواصليا مع ممثلي 12 جمعية.',
	NULL, NULL, 'ingest-region-only') AS region_id \gset
SELECT city, region, place_precision FROM meetreg.meetings WHERE id = :region_id;
SELECT meetreg.ingest(
'احتضن مقر القيادة الجهوية للدرك الملكي بجهة درعة تافيلالت يوم الإثنين 8 أبريل 2024 لقاء تواصليا مع ممثلي 12 جمعية.',
	NULL, NULL, 'ingest-region-only') = :region_id AS same_record;
SELECT city, region, place_precision FROM meetreg.meetings WHERE id = :region_id;
DELETE FROM meetreg.meetings WHERE id = :region_id;

-- without a source, every call is a new record; provenance without an outlet
SELECT meetreg.ingest('نص لا يتحدث عن أي لقاء.') > :first_id AS new_record;
SELECT format, outlet, source, city FROM meetreg.meetings WHERE body = 'نص لا يتحدث عن أي لقاء.';

-- the BI views: each demand and commitment with its own concerns
SELECT demand_no, demand, concern FROM meetreg.meeting_demands
WHERE meeting_id = :first_id ORDER BY demand_no, concern;
SELECT commitment_no, commitment, concern FROM meetreg.meeting_commitments
WHERE meeting_id = :first_id ORDER BY commitment_no, concern;
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relname IN ('meeting_demands', 'meeting_commitments') AND c.relnamespace = 'meetreg'::regnamespace AND a.attnum > 0
ORDER BY c.relname, a.attnum;

-- a NULL text is refused with a clear error
SELECT meetreg.ingest(NULL);

DELETE FROM meetreg.meetings WHERE source = 'https://www.example.ma/actualite/rabat-1' OR body = 'نص لا يتحدث عن أي لقاء.';
