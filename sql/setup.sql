-- setup: install the extension and check how its functions are declared
CREATE EXTENSION meetreg;

SELECT extname, extversion, extrelocatable, n.nspname AS schema
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'meetreg';

-- every function: volatility, strictness, parallel safety, comment
SELECT p.oid::regprocedure AS function,
       p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
WHERE p.pronamespace = 'meetreg'::regnamespace
ORDER BY 1::text;

-- the text engine is IMMUTABLE STRICT PARALLEL SAFE
SELECT count(*) AS engine_functions_correctly_marked
FROM pg_proc
WHERE pronamespace = 'meetreg'::regnamespace
  AND proname IN ('normalize', 'tokens', 'stem')
  AND provolatile = 'i' AND proisstrict AND proparallel = 's';

SELECT meetreg.version() = (SELECT extversion FROM pg_extension WHERE extname = 'meetreg') AS library_matches_script;

-- not relocatable
ALTER EXTENSION meetreg SET SCHEMA public;
