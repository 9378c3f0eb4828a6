-- setup: install the extension and check how its functions are declared
CREATE EXTENSION meetreg;

SELECT extname, extversion, extrelocatable, n.nspname AS schema
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'meetreg';

SELECT meetreg.version() = (SELECT extversion FROM pg_extension WHERE extname = 'meetreg') AS library_matches_script;

-- not relocatable
ALTER EXTENSION meetreg SET SCHEMA public;
