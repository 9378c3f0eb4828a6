-- concern_set: input/output, errors, operators, casts, ordering, hashing

-- operators live in schema meetreg: users put it on their search_path
SET search_path = public, meetreg;

-- operators live in schema meetreg: users put it on their search_path
SET search_path = public, meetreg;

-- text form by code, any order and repeats on input, registry order on output
SELECT '{theft,drugs}'::meetreg.concern_set AS canonical,
       '{ drugs , "theft", drugs }'::meetreg.concern_set AS spaces_quotes_repeats,
       '{}'::meetreg.concern_set AS empty,
       '  {}  '::meetreg.concern_set AS empty_spaces;
SELECT '{human_rights,drugs,communication}'::meetreg.concern_set::text AS as_text;

-- errors
SELECT '{drugz}'::meetreg.concern_set;
SELECT 'drugs'::meetreg.concern_set;
SELECT '{drugs,}'::meetreg.concern_set;
SELECT '{drugs theft}'::meetreg.concern_set;
SELECT '{drugs}x'::meetreg.concern_set;
SELECT '{"drugs}'::meetreg.concern_set;
-- the unknown-code error is 22P02, catchable as invalid_text_representation
DO $$
BEGIN
	PERFORM '{nope}'::meetreg.concern_set;
EXCEPTION WHEN invalid_text_representation THEN
	RAISE NOTICE 'caught %: %', SQLSTATE, SQLERRM;
END $$;

-- equality is order-insensitive
SELECT '{drugs,theft}'::meetreg.concern_set = '{theft,drugs}'::meetreg.concern_set AS eq,
       '{drugs,theft}'::meetreg.concern_set <> '{drugs}'::meetreg.concern_set AS ne;

-- containment, overlap
SELECT s, q,
       s OPERATOR(meetreg.@>) q AS contains,
       s OPERATOR(meetreg.<@) q AS contained,
       s OPERATOR(meetreg.&&) q AS overlaps
FROM (VALUES ('{drugs,theft,assault}'::meetreg.concern_set, '{drugs}'::meetreg.concern_set),
             ('{drugs}', '{drugs,theft}'),
             ('{drugs}', '{theft}'),
             ('{}', '{drugs}'),
             ('{drugs}', '{}'),
             ('{}', '{}'),
             ('{human_rights}', '{drugs,human_rights}')) AS t(s, q);

-- union, intersection, difference, cardinality
SELECT '{drugs,theft}'::concern_set | '{assault,theft}' AS union_,
       '{drugs,theft}'::concern_set & '{assault,theft}' AS intersect_,
       '{drugs,theft}'::concern_set - '{assault,theft}' AS minus_,
       '{drugs}'::concern_set - '{drugs}' AS minus_all,
       cardinality('{drugs,theft,human_rights}'::concern_set) AS card,
       cardinality('{}'::concern_set) AS card_empty;

-- casts to and from text[], codes()
SELECT '{theft,drugs}'::concern_set::text[] AS to_array,
       ARRAY['theft', 'drugs', 'theft']::concern_set AS from_array,
       '{}'::text[]::concern_set AS from_empty_array;
SELECT ARRAY['theft', 'nope']::concern_set;
SELECT ARRAY['theft', NULL]::concern_set;
SELECT * FROM codes('{awareness,drugs,human_rights}');
SELECT count(*) AS no_codes FROM codes('{}');

-- btree: ORDER BY, DISTINCT, GROUP BY; hash: hash joins and hash aggregates
CREATE TEMP TABLE sets(id int, s concern_set);
INSERT INTO sets VALUES (1, '{theft}'), (2, '{drugs,theft}'), (3, '{}'), (4, '{drugs}'),
                        (5, '{theft,drugs}'), (6, '{drugs,human_rights}'), (7, '{}');
SELECT s FROM sets ORDER BY s, id;
SELECT DISTINCT s FROM sets ORDER BY s;
SET enable_sort = off;
SELECT s, count(*) FROM sets GROUP BY s ORDER BY s;
RESET enable_sort;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.id, b.id FROM sets a JOIN sets b ON a.s = b.s WHERE a.id < b.id;
SELECT a.id, b.id FROM sets a JOIN sets b ON a.s = b.s WHERE a.id < b.id ORDER BY 1, 2;
RESET enable_mergejoin;
RESET enable_nestloop;
SELECT meetreg.concern_set_hash('{drugs,theft}') = meetreg.concern_set_hash('{theft,drugs}') AS hash_consistent;

-- a btree index, and a unique constraint
CREATE INDEX ON sets (s);
SET enable_seqscan = off;
SELECT id FROM sets WHERE s = '{drugs,theft}' ORDER BY id;
RESET enable_seqscan;

-- binary send/recv: COPY out and back in binary format
CREATE TEMP TABLE sets_copy (LIKE sets);
COPY sets TO 'meetreg_concern_set.bin' WITH (FORMAT binary);
COPY sets_copy FROM 'meetreg_concern_set.bin' WITH (FORMAT binary);
SELECT count(*) AS rows_back, bool_and(a.s = b.s) AS all_equal
FROM sets a JOIN sets_copy b USING (id);
SELECT octet_length(meetreg.concern_set_send('{drugs,theft}')) AS send_bytes,
       encode(meetreg.concern_set_send('{drugs}'), 'hex') AS send_hex;

-- every concern of the registry round-trips through text
SELECT count(*) AS codes,
       bool_and((('{' || code || '}')::concern_set)::text = '{' || code || '}') AS round_trip
FROM concerns;
SELECT (SELECT array_agg(code ORDER BY id) FROM concerns)::concern_set::text[] = (SELECT array_agg(code ORDER BY id) FROM concerns) AS all_codes_in_order;
RESET search_path;
