-- bi_views: monthly_concerns and concern_trends_by_region, plain columns

SET datestyle = ISO;
INSERT INTO meetreg.meetings (held_on, city, body, concerns, source)
SELECT date '2019-01-15' + (m * 30) + (k % 20), c,
       'نص', CASE WHEN k % 10 < 1 + m / 3 THEN '{cybercrime}' WHEN k % 2 = 0 THEN '{drugs}' ELSE '{}' END::meetreg.concern_set,
       'bi-' || m || '-' || k || '-' || c
FROM generate_series(0, 23) m, generate_series(1, 20) k, unnest(ARRAY['Casablanca', 'Tanger']) c;

-- columns are plain SQL types a BI tool reads over JDBC/ODBC
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relname IN ('monthly_concerns', 'concern_trends_by_region', 'meeting_concerns')
  AND c.relnamespace = 'meetreg'::regnamespace AND a.attnum > 0
ORDER BY c.relname, a.attnum;

SELECT month, region, city, concern, meetings, total_meetings, round(share::numeric, 3) AS share
FROM meetreg.monthly_concerns
WHERE month IN ('2019-01-01', '2020-12-01') ORDER BY month, region, concern;

SELECT region, concern, direction, round(sen_slope::numeric, 5) AS sen_slope,
       p_value < 0.001 AS p_below_0_001, sparkline
FROM meetreg.concern_trends_by_region ORDER BY region, concern;

-- suppression reaches the views
SET meetreg.min_cell = 12;
SELECT month, city, concern, meetings, total_meetings, share
FROM meetreg.monthly_concerns WHERE month = '2019-01-01' ORDER BY city, concern;
RESET meetreg.min_cell;

DELETE FROM meetreg.meetings WHERE source LIKE 'bi-%';
