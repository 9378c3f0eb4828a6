/* meetreg--0.1.0.sql: the Arabic text engine */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION meetreg" to load this file. \quit

-- meetreg compares Arabic text code point by code point: refuse other
-- encodings up front, with the way out.
DO $$
BEGIN
	IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
		RAISE EXCEPTION 'meetreg requires a database with UTF8 encoding'
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = pg_catalog.format('Database "%s" uses encoding "%s".',
											 pg_catalog.current_database(),
											 pg_catalog.getdatabaseencoding()),
				  HINT = 'Create a database with ENCODING ''UTF8'' TEMPLATE template0 and install meetreg there.';
	END IF;
END
$$;

COMMENT ON SCHEMA meetreg IS 'meetreg: reports of police-community meetings, their concerns and trends';

CREATE FUNCTION meetreg.version()
RETURNS text
AS 'MODULE_PATHNAME', 'meetreg_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION meetreg.version() IS
'version of the loaded meetreg library';

CREATE FUNCTION meetreg.normalize(text)
RETURNS text
AS 'MODULE_PATHNAME', 'meetreg_normalize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION meetreg.normalize(text) IS
'canonical matching form of a text: NFKC, no tashkeel or tatweel, folded alef/yeh/teh marbuta/hamza carriers, ASCII digits, case-folded unaccented Latin, single spaces';

CREATE FUNCTION meetreg.stem(text)
RETURNS text
AS 'MODULE_PATHNAME', 'meetreg_stem'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION meetreg.stem(text) IS
'light stems (Arabic clitics and suffixes, French plurals) of the words of a text, separated by single spaces';

CREATE FUNCTION meetreg.tokens(text,
	OUT ordinal integer,
	OUT token text,
	OUT normalized text,
	OUT stem text,
	OUT start integer,
	OUT len integer)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'meetreg_tokens'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 500;

COMMENT ON FUNCTION meetreg.tokens(text) IS
'word tokens of a text with their normalized form, stem, and 1-based character position and length in the original text';
