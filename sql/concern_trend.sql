-- concern_trend: the aggregate, trends() checked against values worked out
-- by hand, empty buckets, the date variant, roll-up, parallel, I/O

SET search_path = public, meetreg;
SET timezone = 'UTC';
SET datestyle = ISO;
CREATE TABLE trend_meetings (bucket timestamptz, city text, concerns concern_set);

-- Series A, one bucket per year 2015..2019, 10 meetings each, of which
-- 1, 2, 3, 4, 5 raise drugs: shares 0.1 .. 0.5.
--   S = 10 (all 10 pairs rise), Var(S) = n(n-1)(2n+5)/18 = 5*4*15/18
--   = 16.6667, z = (S - 1)/sqrt(Var) = 9/4.08248 = 2.2045,
--   p = 2(1 - Phi(2.2045)) = 0.0275, Sen's slope = 0.1 per year;
--   recent_z: last 0.5 against 0.1..0.4 (mean 0.25, sample sd 0.129099)
--   = 1.9365.
INSERT INTO trend_meetings
SELECT make_timestamptz(2014 + b, 1, 1, 0, 0, 0), 'Rabat',
       CASE WHEN m <= b THEN '{drugs}' ELSE '{}' END::concern_set
FROM generate_series(1, 5) b, generate_series(1, 10) m;

-- Series B, with ties, in Fès, buckets 2015..2021, 10 meetings each, of
-- which 1, 2, 2, 3, 3, 3, 4 raise theft.
--   S = 21 pairs - 4 tied pairs = 17;
--   Var(S) = [7*6*19 - (2*1*9 + 3*2*11)]/18 = (798 - 84)/18 = 39.6667;
--   z = 16/6.29815 = 2.5404, p = 0.0111; the 21 pairwise slopes sorted are
--   0 x4, 1/4, 1/3 x3, 2/5 x2, 1/2 x7, 2/3, 1 x3 (tenths): median 0.05/yr.
INSERT INTO trend_meetings
SELECT make_timestamptz(2014 + b, 1, 1, 0, 0, 0), 'Fès',
       CASE WHEN m <= (ARRAY[1, 2, 2, 3, 3, 3, 4])[b] THEN '{theft}' ELSE '{}' END::concern_set
FROM generate_series(1, 7) b, generate_series(1, 10) m;

SELECT concern, buckets, first_bucket, last_bucket, meetings, share_first, share_last,
       round(sen_slope::numeric, 6) AS sen_slope, round(mann_kendall_z::numeric, 4) AS z,
       round(p_value::numeric, 4) AS p, direction, round(recent_z::numeric, 4) AS recent_z, sparkline
FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings WHERE city = 'Rabat'));

SELECT concern, meetings, round(sen_slope::numeric, 6) AS sen_slope,
       round(mann_kendall_z::numeric, 4) AS z, round(p_value::numeric, 4) AS p, direction, sparkline
FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings WHERE city = 'Fès'));

-- the significance level is a parameter
SELECT concern, direction FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings WHERE city = 'Rabat'), 0.01);
SELECT * FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings), 1.5);

-- a falling series: the same shares in reverse order
SELECT concern, round(sen_slope::numeric, 6) AS sen_slope, round(mann_kendall_z::numeric, 4) AS z, direction
FROM trends((SELECT concern_trend(make_timestamptz(2030 - extract(year FROM bucket)::int, 1, 1, 0, 0, 0), concerns)
             FROM trend_meetings WHERE city = 'Rabat'));

-- Empty buckets are missing data: monthly buckets Jan, Feb, Apr, May 2021
-- (no meeting in March) with shares 0.1, 0.2, 0.4, 0.5 lie on one line of
-- slope 0.1 per month, because positions are months (0, 1, 3, 4), not ranks.
CREATE TEMP TABLE gap AS
SELECT make_timestamptz(2021, mo, 1, 0, 0, 0) AS bucket,
       CASE WHEN m <= (ARRAY[1, 2, 0, 4, 5])[mo] THEN '{awareness}' ELSE '{}' END::concern_set AS concerns
FROM generate_series(1, 5) mo, generate_series(1, 10) m WHERE mo <> 3;
SELECT concern, buckets, round(sen_slope::numeric, 6) AS per_month, direction, sparkline
FROM trends((SELECT concern_trend(bucket, concerns) FROM gap));

-- a concern absent from a bucket that has meetings counts as share 0
SELECT concern, share_first, share_last, sparkline
FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings));

-- the date variant gives the same as midnight timestamps
SELECT (SELECT concern_trend(bucket::date, concerns)::text FROM trend_meetings) =
       (SELECT concern_trend(bucket, concerns)::text FROM trend_meetings) AS date_equals_timestamptz;

-- roll-up: per-city trend states merge into the total
SELECT (SELECT concern_trend(t)::text FROM (SELECT concern_trend(bucket, concerns) t FROM trend_meetings GROUP BY city) x) =
       (SELECT concern_trend(bucket, concerns)::text FROM trend_meetings) AS rollup_equals_direct;

-- parallel = serial on a larger table
CREATE TABLE trend_big AS
SELECT date_trunc('month', timestamptz '2015-01-01' + g * interval '37 minutes') AS bucket,
       CASE WHEN g % 7 = 0 THEN '{cybercrime,drugs}' WHEN g % 3 = 0 THEN '{drugs}' ELSE '{}' END::concern_set AS concerns
FROM generate_series(1, 60000) g;
ANALYZE trend_big;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT concern_trend(bucket, concerns) FROM trend_big;
CREATE TEMP TABLE tp AS SELECT concern_trend(bucket, concerns)::text AS t FROM trend_big;
SET max_parallel_workers_per_gather = 0;
SELECT (SELECT t FROM tp) = (SELECT concern_trend(bucket, concerns)::text FROM trend_big) AS parallel_equals_serial;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- small-cell suppression
SET meetreg.min_cell = 16;
SELECT concern, meetings, share_first, share_last, recent_z, sparkline, direction
FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings WHERE city = 'Rabat'));
RESET meetreg.min_cell;
SELECT concern, meetings, share_first, share_last
FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings WHERE city = 'Fès'), 0.05, 5);

-- too few buckets: no test, direction flat
SELECT concern, buckets, sen_slope, p_value, direction
FROM trends((SELECT concern_trend(bucket, concerns) FROM trend_meetings WHERE city = 'Rabat' AND bucket < '2017-01-01'));
SELECT count(*) AS no_rows FROM trends(NULL);

-- text input reads the output back; binary COPY round trip
SELECT concern_trend(bucket, concerns)::text::concern_trend::text =
       concern_trend(bucket, concerns)::text AS text_round_trip FROM trend_meetings;
SELECT '{"buckets": [{"bucket": "2020-01-01 00:00:00+00", "total": 3, "drugs": 1}]}'::concern_trend;
SELECT '{"buckets": [{"bucket": "2020-01-01 00:00:00+00", "total": 3, "drugs": 4}]}'::concern_trend;
SELECT '{"buckets": [{"total": 3}]}'::concern_trend;
SELECT '{"rows": []}'::concern_trend;
CREATE TABLE trend_store AS SELECT city, concern_trend(bucket, concerns) AS t FROM trend_meetings GROUP BY city;
CREATE TABLE trend_copy (LIKE trend_store);
COPY trend_store TO 'meetreg_concern_trend.bin' WITH (FORMAT binary);
COPY trend_copy FROM 'meetreg_concern_trend.bin' WITH (FORMAT binary);
SELECT count(*) AS rows_back, bool_and(a.t::text = b.t::text) AS all_equal
FROM trend_store a JOIN trend_copy b USING (city);

-- sparkline()
SELECT sparkline(ARRAY[0, 1, 2, 3, 4, 5, 6, 7]::float8[]) AS ramp,
       sparkline(ARRAY[3, NULL, 3]::float8[]) AS flat_with_gap,
       sparkline('{}'::float8[]) AS empty,
       sparkline(ARRAY['NaN', 1, 2]::float8[]) AS nan_gap;

DROP TABLE trend_meetings, trend_big, trend_store, trend_copy;
RESET search_path;
