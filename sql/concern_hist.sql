-- concern_hist: the concern_counts aggregate, its accessors, roll-up,
-- parallel aggregation, I/O

SET search_path = public, meetreg;
CREATE TABLE hist_meetings (id int, held_on date, city text, region text, concerns concern_set);
INSERT INTO hist_meetings
SELECT g, date '2020-01-01' + (g % 730),
       (ARRAY['Rabat', 'Salé', 'Fès', 'Oujda'])[1 + g % 4],
       (ARRAY['Rabat-Salé-Kénitra', 'Rabat-Salé-Kénitra', 'Fès-Meknès', 'L''Oriental'])[1 + g % 4],
       CASE g % 5 WHEN 0 THEN '{drugs,theft}' WHEN 1 THEN '{drugs}' WHEN 2 THEN '{}'
                  WHEN 3 THEN '{road_safety,awareness,drugs}' ELSE NULL END::concern_set
FROM generate_series(1, 50000) g;
ANALYZE hist_meetings;

-- the histogram: meetings (NULL sets are not counted) and per concern
SELECT concern_counts(concerns) FROM hist_meetings;
SELECT h::jsonb -> 'total' AS total_from_jsonb, (h::jsonb ->> 'drugs')::int AS drugs_from_jsonb
FROM (SELECT concern_counts(concerns) h FROM hist_meetings) x;
SELECT * FROM entries((SELECT concern_counts(concerns) FROM hist_meetings));
SELECT total(h), count(h, 'drugs'), share(h, 'drugs'), count(h, 'extremism'), share(h, 'extremism')
FROM (SELECT concern_counts(concerns) h FROM hist_meetings) x;
SELECT count((SELECT concern_counts(concerns) FROM hist_meetings), 'drugz');

-- no rows, only NULLs
SELECT concern_counts(concerns) IS NULL AS no_rows FROM hist_meetings WHERE false;
SELECT concern_counts(NULL::concern_set) IS NULL AS only_nulls;

-- roll-up: monthly histograms per city give exactly the yearly per region
CREATE TEMP TABLE monthly AS
SELECT date_trunc('month', held_on) AS month, region, city, concern_counts(concerns) AS h
FROM hist_meetings GROUP BY 1, 2, 3;
SELECT count(*) AS differences FROM (
	SELECT date_trunc('year', month) AS y, region, concern_counts(h)::text AS rolled
	FROM monthly GROUP BY 1, 2
	EXCEPT
	SELECT date_trunc('year', held_on), region, concern_counts(concerns)::text
	FROM hist_meetings GROUP BY 1, 2) d;
SELECT (SELECT concern_counts(h)::text FROM monthly) =
       (SELECT concern_counts(concerns)::text FROM hist_meetings) AS grand_total_equal;

-- parallel aggregation: Partial and Finalize, and the same answer as serial
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT region, concern_counts(concerns) FROM hist_meetings GROUP BY region;
CREATE TEMP TABLE by_parallel AS SELECT region, concern_counts(concerns)::text AS h FROM hist_meetings GROUP BY region;
EXPLAIN (COSTS OFF) SELECT concern_counts(concerns) FROM hist_meetings;
CREATE TEMP TABLE all_parallel AS SELECT concern_counts(concerns)::text AS h FROM hist_meetings;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE by_serial AS SELECT region, concern_counts(concerns)::text AS h FROM hist_meetings GROUP BY region;
SELECT count(*) AS parallel_vs_serial_differences FROM (
	(SELECT * FROM by_parallel EXCEPT SELECT * FROM by_serial)
	UNION ALL (SELECT * FROM by_serial EXCEPT SELECT * FROM by_parallel)) d;
SELECT (SELECT h FROM all_parallel) = (SELECT concern_counts(concerns)::text FROM hist_meetings) AS grand_total_parallel_equals_serial;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- small-cell suppression: the setting, and an explicit threshold
SET meetreg.min_cell = 5000;
SELECT * FROM entries((SELECT concern_counts(concerns) FROM hist_meetings WHERE city = 'Rabat'));
SELECT total(h), count(h, 'drugs'), share(h, 'road_safety')
FROM (SELECT concern_counts(concerns) h FROM hist_meetings WHERE city = 'Rabat') x;
RESET meetreg.min_cell;
SELECT * FROM entries((SELECT concern_counts(concerns) FROM hist_meetings WHERE city = 'Rabat'), 8000);
SELECT count((SELECT concern_counts(concerns) FROM hist_meetings), 'drugs', -1);
SET meetreg.min_cel = 3;

-- text input: the output reads back; errors say what is wrong
SELECT '{"total": 10, "theft": 2, "drugs": 4}'::concern_hist AS canonical_order;
SELECT '{ "total" : 0 }'::concern_hist AS empty;
SELECT '{"drugs": 4}'::concern_hist;
SELECT '{"total": 3, "drugs": 4}'::concern_hist;
SELECT '{"total": 3, "drugz": 1}'::concern_hist;
SELECT '{"total": -1}'::concern_hist;
SELECT '[1, 2]'::concern_hist;
SELECT '{"total": 3} x'::concern_hist;

-- binary COPY round trip, and a stored column
CREATE TABLE hist_store AS SELECT region, concern_counts(concerns) AS h FROM hist_meetings GROUP BY region;
CREATE TABLE hist_copy (LIKE hist_store);
COPY hist_store TO 'meetreg_concern_hist.bin' WITH (FORMAT binary);
COPY hist_copy FROM 'meetreg_concern_hist.bin' WITH (FORMAT binary);
SELECT count(*) AS rows_back, bool_and(a.h::text = b.h::text) AS all_equal
FROM hist_store a JOIN hist_copy b USING (region);
SELECT region, h::text FROM hist_store ORDER BY region;

DROP TABLE hist_store, hist_copy;
DROP TABLE hist_meetings;
RESET search_path;
