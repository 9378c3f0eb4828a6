-- test/demo/demo_trends.sql: what meetreg shows on 5,000 generated meeting
-- reports (test/bench/genreports.c --trends: 2014-2024, cities all over
-- Morocco, trends planted).  Run by "make demo" after loading them.
\pset footer off
\pset null '∅'
SET search_path = public, meetreg;

\echo
\echo '=== 5. 5,000 generated reports, tagged by meetreg.tag() as they were inserted ==='
SELECT count(*) AS meetings, min(held_on) AS first, max(held_on) AS last,
       count(DISTINCT city) AS cities, count(DISTINCT region) AS regions,
       round(avg(length(body))) AS avg_characters
FROM meetreg.meetings WHERE source LIKE 'generated:%';
-- the generator knows which concerns each report raises: compare
SELECT sum(cardinality(array(SELECT unnest(t.got) INTERSECT SELECT unnest(t.planted)))) AS found,
       sum(cardinality(array(SELECT unnest(t.got) EXCEPT SELECT unnest(t.planted)))) AS extra,
       sum(cardinality(array(SELECT unnest(t.planted) EXCEPT SELECT unnest(t.got)))) AS missed
FROM (SELECT m.concerns::text[] AS got, string_to_array(g.planted, ',') AS planted
      FROM meetreg.meetings m JOIN demo_generated g ON m.source = 'generated:' || g.id) t;

\echo
\echo '=== 6. Top concerns per region (concern_counts + entries) ==='
SELECT region, meetings, string_agg(concern || ' ' || round(100 * share) || '%', ', ' ORDER BY n DESC) AS top_concerns
FROM (SELECT r.region, total(r.h) AS meetings, e.concern, e.share, e.meetings AS n,
             row_number() OVER (PARTITION BY r.region ORDER BY e.meetings DESC, e.concern) AS rank
      FROM (SELECT region, concern_counts(concerns) AS h FROM meetreg.meetings
            WHERE source LIKE 'generated:%' GROUP BY region) r,
           entries(r.h) e) x
WHERE rank <= 3
GROUP BY region, meetings ORDER BY meetings DESC;

\echo
\echo '=== 7. Monthly trends, Morocco: Mann-Kendall on the monthly share of meetings raising each concern ==='
\echo '    (Sen''s slope per month x 12 = change per year; sparkline: yearly shares, 2014 .. 2024, rolled up from monthly histograms)'
WITH monthly AS (
	SELECT date_trunc('month', held_on) AS month, concern_counts(concerns) AS h
	FROM meetreg.meetings WHERE source LIKE 'generated:%' GROUP BY 1
), yearly AS (
	SELECT date_trunc('year', month) AS year, concern_counts(h) AS h FROM monthly GROUP BY 1
), spark AS (
	SELECT c.code AS concern, sparkline(array_agg(coalesce(share(y.h, c.code), 0) ORDER BY y.year)) AS yearly
	FROM yearly y CROSS JOIN meetreg.concerns c GROUP BY c.code
)
SELECT t.concern, t.direction,
       round((12 * t.sen_slope)::numeric * 100, 2) AS "points/year",
       round(t.p_value::numeric, 4) AS p_value,
       round(100 * t.share_first) AS "first %", round(100 * t.share_last) AS "last %",
       s.yearly AS "2014..2024"
FROM trends((SELECT concern_trend(date_trunc('month', held_on), concerns)
             FROM meetreg.meetings WHERE source LIKE 'generated:%')) t
JOIN spark s USING (concern)
ORDER BY t.direction DESC, t.sen_slope DESC;

\echo
\echo '=== 8. Rising and falling concerns (p < 0.05), against what the generator planted ==='
SELECT t.direction, string_agg(t.concern, ', ' ORDER BY t.concern) AS found,
       CASE t.direction WHEN 'rising' THEN 'child_protection, cybercrime, road_safety'
                        WHEN 'falling' THEN 'extremism, hooliganism, illegal_migration'
                        ELSE 'every other concern' END AS planted
FROM trends((SELECT concern_trend(date_trunc('month', held_on), concerns)
             FROM meetreg.meetings WHERE source LIKE 'generated:%')) t
GROUP BY t.direction ORDER BY 1 DESC;

\echo
\echo '=== 9. Per region (view concern_trends_by_region): illegal migration, planted 3x in the north and east ==='
\echo '    (direction and p-value from the monthly series of the view; sparkline: yearly shares, rolled up)'
WITH yearly AS (
	SELECT region, date_trunc('year', held_on) AS year, concern_counts(concerns) AS h
	FROM meetreg.meetings WHERE source LIKE 'generated:%' GROUP BY 1, 2
)
SELECT v.region, v.direction, round(v.p_value::numeric, 4) AS p_value,
       round(100 * share(concern_counts(y.h), 'illegal_migration')) AS "share %",
       sparkline(array_agg(coalesce(share(y.h, 'illegal_migration'), 0) ORDER BY y.year)) AS "2014..2024"
FROM meetreg.concern_trends_by_region v JOIN yearly y USING (region)
WHERE v.concern = 'illegal_migration'
GROUP BY v.region, v.direction, v.p_value
ORDER BY "share %" DESC;

\echo
\echo '=== 10. The BI view monthly_concerns (plain columns): Casablanca, 2024, with meetreg.min_cell = 2 ==='
\echo '    (counts below 2 meetings, and shares computed from them, come out NULL: small-cell suppression)'
SET meetreg.min_cell = 2;
SELECT month, city, concern, meetings, total_meetings, round(share::numeric, 2) AS share
FROM meetreg.monthly_concerns
WHERE city = 'Casablanca' AND month >= '2024-01-01' AND month < '2024-07-01'
ORDER BY month, meetings DESC NULLS LAST, concern;
RESET meetreg.min_cell;
