-- gin: the GIN operator class answers @>, <@, && and = like a sequential scan

CREATE TABLE gin_sets (id int PRIMARY KEY, s meetreg.concern_set);
-- 20,000 sets drawn deterministically from the 21 shipped concerns
INSERT INTO gin_sets
SELECT g, (SELECT coalesce(array_agg(c.code ORDER BY c.id), '{}')
           FROM meetreg.concerns c
           WHERE c.id <= 21 AND (g * 7919 + c.id * 104729) % (3 + c.id) = 0)::meetreg.concern_set
FROM generate_series(1, 20000) g;
INSERT INTO gin_sets VALUES (20001, '{}'), (20002, '{}');
CREATE INDEX gin_sets_s ON gin_sets USING gin (s);
ANALYZE gin_sets;

SELECT count(*) FILTER (WHERE meetreg.cardinality(s) = 0) AS empty_sets,
       round(avg(meetreg.cardinality(s)), 1) AS avg_size
FROM gin_sets;

-- the planner uses the index
SET search_path = meetreg, public;
EXPLAIN (COSTS OFF) SELECT count(*) FROM gin_sets WHERE s @> '{drugs}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM gin_sets WHERE s && '{theft,assault}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM gin_sets WHERE s @> '{drugs,human_rights}';

-- results with the index equal results without it, for every operator
CREATE TEMP TABLE gin_queries (q concern_set);
INSERT INTO gin_queries VALUES ('{drugs}'), ('{theft,assault}'), ('{drugs,human_rights}'),
                               ('{}'), ('{communication}'), ('{road_safety,awareness,drugs}');

SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TEMP TABLE by_seqscan AS
SELECT q::text AS q,
       (SELECT count(*) FROM gin_sets WHERE s @> g.q) AS contains,
       (SELECT count(*) FROM gin_sets WHERE s && g.q) AS overlaps,
       (SELECT count(*) FROM gin_sets WHERE s <@ g.q) AS contained,
       (SELECT count(*) FROM gin_sets WHERE s = g.q) AS equal
FROM gin_queries g;
RESET enable_bitmapscan;
RESET enable_indexscan;

SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT (SELECT count(*) FROM gin_sets WHERE s <@ g.q) FROM gin_queries g;
CREATE TEMP TABLE by_index AS
SELECT q::text AS q,
       (SELECT count(*) FROM gin_sets WHERE s @> g.q) AS contains,
       (SELECT count(*) FROM gin_sets WHERE s && g.q) AS overlaps,
       (SELECT count(*) FROM gin_sets WHERE s <@ g.q) AS contained,
       (SELECT count(*) FROM gin_sets WHERE s = g.q) AS equal
FROM gin_queries g;
RESET enable_seqscan;

SELECT * FROM by_seqscan ORDER BY q;
SELECT count(*) AS differences FROM (
	(SELECT * FROM by_seqscan EXCEPT SELECT * FROM by_index)
	UNION ALL
	(SELECT * FROM by_index EXCEPT SELECT * FROM by_seqscan)) d;

-- the index follows updates
UPDATE gin_sets SET s = s | '{extremism}' WHERE id % 1000 = 0;
SET enable_seqscan = off;
SELECT count(*) AS with_extremism_indexed FROM gin_sets WHERE s @> '{extremism}';
RESET enable_seqscan;
SELECT count(*) AS with_extremism_seq FROM gin_sets WHERE meetreg.concern_set_contains(s, '{extremism}');
RESET search_path;
DROP TABLE gin_sets;
