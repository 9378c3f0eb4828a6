-- upgrade: every version installs, each upgrade script applies in turn,
-- and the result equals a fresh install of the default version

SELECT current_database() AS regress_db \gset
CREATE DATABASE meetreg_up ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE meetreg_fresh ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

-- the available versions and update paths
SELECT name, version FROM pg_available_extension_versions WHERE name = 'meetreg' ORDER BY version;
SELECT source, target, path FROM pg_extension_update_paths('meetreg') WHERE path IS NOT NULL ORDER BY source, target;

-- A signature of everything the extension owns: object identities, function
-- definitions and markings, columns, constraints, triggers, data counts.
\set signature 'SELECT md5(string_agg(x, E''\n'' ORDER BY x)) FROM (SELECT pg_describe_object(classid, objid, 0) AS x FROM pg_depend WHERE refclassid = ''pg_extension''::regclass AND deptype = ''e'' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = ''meetreg'') UNION ALL SELECT p.oid::regprocedure::text || p.provolatile::text || p.proisstrict::text || p.proparallel::text || coalesce(p.prosrc, '''') FROM pg_proc p WHERE p.pronamespace = ''meetreg''::regnamespace UNION ALL SELECT c.relname || ''.'' || a.attname || '':'' || format_type(a.atttypid, a.atttypmod) || a.attnotnull::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = ''meetreg''::regnamespace AND a.attnum > 0 AND NOT a.attisdropped UNION ALL SELECT conname || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = ''meetreg''::regnamespace UNION ALL SELECT tgname || pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = ''meetreg''::regnamespace) AND NOT tgisinternal UNION ALL SELECT ''concerns '' || count(*) FROM meetreg.concerns UNION ALL SELECT ''terms '' || count(*) FROM meetreg.concern_terms) s'

\c meetreg_fresh
CREATE EXTENSION meetreg;
SELECT extversion FROM pg_extension WHERE extname = 'meetreg';
:signature \gset fresh_

\c meetreg_up
CREATE EXTENSION meetreg VERSION '0.1.0';
SELECT meetreg.stem('والمخدرات') AS stem_in_0_1_0;
ALTER EXTENSION meetreg UPDATE TO '0.2.0';
SELECT extversion FROM pg_extension WHERE extname = 'meetreg';
SELECT meetreg.tag('محاربة ترويج المخدرات') AS tag_after_update;
-- data recorded with 0.2.0 goes through the next upgrades
INSERT INTO meetreg.meetings (held_on, city, body) VALUES
	('2019-05-02', 'Meknès', 'طالب الحاضرون بمحاربة المخدرات'),
	('2019-06-03', 'مكناس', 'نقاش حول السرقة');
ALTER EXTENSION meetreg UPDATE TO '0.3.0';
SELECT extversion FROM pg_extension WHERE extname = 'meetreg';
SELECT id, city, region, concerns::text FROM meetreg.meetings ORDER BY id;
ALTER EXTENSION meetreg UPDATE TO '0.4.0';
SELECT extversion FROM pg_extension WHERE extname = 'meetreg';
-- the records keep their data and gain empty fact columns
SELECT id, city, region, concerns::text, format, demands, published_on FROM meetreg.meetings ORDER BY id;
DELETE FROM meetreg.meetings;
:signature \gset up_
SELECT :'up_md5' = :'fresh_md5' AS upgraded_equals_fresh;

\c :regress_db
DROP DATABASE meetreg_up;
DROP DATABASE meetreg_fresh;
