/* meetreg--0.1.0--0.2.0.sql: concern registry, concern_set, tagger, meetings */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION meetreg UPDATE TO '0.2.0'" to load this file. \quit

-- ===================================================================
-- The concern registry (configuration tables, read by the tagger)
-- ===================================================================

-- Ids 1..63 are reserved for shipped concerns; yours start at 64.
CREATE SEQUENCE meetreg.concerns_id_seq AS smallint START 64 MINVALUE 64 MAXVALUE 1023;

CREATE TABLE meetreg.concerns (
	id			smallint PRIMARY KEY DEFAULT pg_catalog.nextval('meetreg.concerns_id_seq'),
	code		text NOT NULL UNIQUE,
	grp			text NOT NULL,
	label_ar	text,
	label_fr	text,
	label_en	text,
	description text,
	shipped		boolean NOT NULL DEFAULT false,
	CONSTRAINT concerns_id_range CHECK (id BETWEEN 1 AND 1023),
	CONSTRAINT concerns_code_format CHECK (code OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{0,62}$'),
	CONSTRAINT concerns_grp_not_empty CHECK (grp OPERATOR(pg_catalog.<>) '')
);
ALTER SEQUENCE meetreg.concerns_id_seq OWNED BY meetreg.concerns.id;

COMMENT ON TABLE meetreg.concerns IS
'the concern registry: one row per concern code (shipped rows: ids 1-63; add yours with INSERT; concerns cannot be deleted)';
COMMENT ON COLUMN meetreg.concerns.code IS 'the code used in concern sets: ^[a-z][a-z0-9_]{0,62}$';
COMMENT ON COLUMN meetreg.concerns.grp IS 'group for roll-ups: crime, places, people, public order, policing, rights';
COMMENT ON COLUMN meetreg.concerns.shipped IS 'true for rows as shipped by meetreg; false once you change them (then pg_dump keeps them)';

-- Terms shipped with meetreg have ids below 1,000,000; yours start there.
CREATE SEQUENCE meetreg.concern_terms_id_seq AS integer START 1000000 MINVALUE 1000000;

CREATE TABLE meetreg.concern_terms (
	id			integer PRIMARY KEY DEFAULT pg_catalog.nextval('meetreg.concern_terms_id_seq'),
	concern		text REFERENCES meetreg.concerns (code) ON UPDATE CASCADE,
	term		text NOT NULL,
	lang		text NOT NULL,
	kind		text NOT NULL DEFAULT 'term',
	note		text,
	enabled		boolean NOT NULL DEFAULT true,
	shipped		boolean NOT NULL DEFAULT false,
	CONSTRAINT concern_terms_lang CHECK (lang OPERATOR(pg_catalog.=) ANY ('{ar,ary,fr}'::text[])),
	CONSTRAINT concern_terms_kind CHECK (kind OPERATOR(pg_catalog.=) ANY ('{term,exclude}'::text[])),
	CONSTRAINT concern_terms_concern_required CHECK (concern IS NOT NULL OR kind OPERATOR(pg_catalog.=) 'exclude')
);
ALTER SEQUENCE meetreg.concern_terms_id_seq OWNED BY meetreg.concern_terms.id;
CREATE UNIQUE INDEX concern_terms_unique
	ON meetreg.concern_terms ((COALESCE(concern, '*')), kind, lang, term);
CREATE INDEX concern_terms_concern ON meetreg.concern_terms (concern);

COMMENT ON TABLE meetreg.concern_terms IS
'the lexicon: terms (kind term) tag their concern; exclusions (kind exclude) suppress the matches they overlap, of their concern or, with concern NULL, of all';
COMMENT ON COLUMN meetreg.concern_terms.term IS
'surface form, normalized and stemmed when compiled; a word "*" is a gap of 0 to 4 words';
COMMENT ON COLUMN meetreg.concern_terms.lang IS 'ar (Modern Standard Arabic), ary (Moroccan Arabic), fr (French)';
COMMENT ON COLUMN meetreg.concern_terms.enabled IS 'false: kept but not used by the tagger';

-- Shipped terms you delete are remembered here, so that a restore does not
-- bring them back.
CREATE TABLE meetreg.concern_terms_removed (
	id			integer PRIMARY KEY,
	removed_at	timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE meetreg.concern_terms_removed IS
'ids of shipped terms that were deleted (so that dump and restore keep them deleted)';

-- Validation of registry rows, with errors that say what is wrong.
CREATE FUNCTION meetreg.concerns_check()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		RAISE EXCEPTION 'concerns cannot be deleted'
			USING ERRCODE = 'restrict_violation',
				  DETAIL = pg_catalog.format('Stored concern sets refer to concern "%s" by its id.', OLD.code),
				  HINT = 'Disable its terms (UPDATE meetreg.concern_terms SET enabled = false WHERE concern = ...) so that it is no longer tagged.';
	END IF;
	IF NEW.code IS NULL OR NEW.code OPERATOR(pg_catalog.!~) '^[a-z][a-z0-9_]{0,62}$' THEN
		RAISE EXCEPTION 'invalid concern code "%"', NEW.code
			USING ERRCODE = 'check_violation',
				  DETAIL = 'A code is lower-case ASCII: a letter, then letters, digits or underscores, at most 63 characters.';
	END IF;
	IF NEW.grp IS NULL OR pg_catalog.btrim(NEW.grp) OPERATOR(pg_catalog.=) '' THEN
		RAISE EXCEPTION 'concern "%" needs a group', NEW.code
			USING ERRCODE = 'not_null_violation',
				  HINT = 'The shipped groups are crime, places, people, public order, policing and rights.';
	END IF;
	IF TG_OP = 'UPDATE' THEN
		IF NEW.id OPERATOR(pg_catalog.<>) OLD.id THEN
			RAISE EXCEPTION 'the id of a concern cannot change'
				USING ERRCODE = 'restrict_violation',
					  DETAIL = 'Stored concern sets refer to concerns by id.';
		END IF;
		-- a shipped row you change becomes yours: pg_dump keeps it
		IF OLD.shipped AND NEW.shipped AND (NEW.*) IS DISTINCT FROM (OLD.*) THEN
			NEW.shipped := false;
		END IF;
	ELSIF TG_OP = 'INSERT' AND NOT NEW.shipped THEN
		-- restoring a dump: a changed shipped row replaces the shipped one
		IF EXISTS (SELECT 1 FROM meetreg.concerns c WHERE c.id OPERATOR(pg_catalog.=) NEW.id AND c.shipped) THEN
			UPDATE meetreg.concerns
			   SET code = NEW.code, grp = NEW.grp, label_ar = NEW.label_ar,
				   label_fr = NEW.label_fr, label_en = NEW.label_en,
				   description = NEW.description, shipped = false
			 WHERE id OPERATOR(pg_catalog.=) NEW.id;
			RETURN NULL;
		END IF;
	END IF;
	RETURN NEW;
END
$$;

CREATE FUNCTION meetreg._term_problem(text)
RETURNS text
AS 'MODULE_PATHNAME', 'meetreg_term_problem'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION meetreg._term_problem(text) IS
'NULL if the text can be a lexicon term, else why not (internal)';

CREATE FUNCTION meetreg.concern_terms_check()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
	problem text;
BEGIN
	IF NEW.concern IS NOT NULL AND NOT EXISTS
		(SELECT 1 FROM meetreg.concerns c WHERE c.code OPERATOR(pg_catalog.=) NEW.concern) THEN
		RAISE EXCEPTION 'unknown concern "%"', NEW.concern
			USING ERRCODE = 'foreign_key_violation',
				  HINT = 'SELECT code FROM meetreg.concerns lists the concerns; add a new one there first.';
	END IF;
	IF NEW.term IS NULL OR pg_catalog.btrim(NEW.term) OPERATOR(pg_catalog.=) '' THEN
		RAISE EXCEPTION 'a lexicon term must not be empty'
			USING ERRCODE = 'check_violation';
	END IF;
	problem := meetreg._term_problem(NEW.term);
	IF problem IS NOT NULL THEN
		RAISE EXCEPTION 'invalid lexicon term "%"', NEW.term
			USING ERRCODE = 'check_violation',
				  DETAIL = pg_catalog.upper(pg_catalog.left(problem, 1)) OPERATOR(pg_catalog.||) pg_catalog.substr(problem, 2) OPERATOR(pg_catalog.||) '.',
				  HINT = 'Terms need at least one letter or digit once diacritics and punctuation are removed; "*" stands for up to four words between two words.';
	END IF;
	IF NEW.concern IS NULL AND NEW.kind OPERATOR(pg_catalog.<>) 'exclude' THEN
		RAISE EXCEPTION 'a term needs a concern'
			USING ERRCODE = 'not_null_violation',
				  HINT = 'Only an exclusion (kind ''exclude'') may leave concern NULL, to apply to every concern.';
	END IF;
	IF TG_OP = 'UPDATE' THEN
		IF OLD.shipped AND NEW.shipped AND (NEW.*) IS DISTINCT FROM (OLD.*) THEN
			NEW.shipped := false;
		END IF;
	ELSIF NOT NEW.shipped THEN
		IF EXISTS (SELECT 1 FROM meetreg.concern_terms t
				   WHERE t.id OPERATOR(pg_catalog.=) NEW.id AND t.shipped) THEN
			-- restoring a dump: a changed shipped term replaces the shipped one
			UPDATE meetreg.concern_terms
			   SET concern = NEW.concern, term = NEW.term, lang = NEW.lang,
				   kind = NEW.kind, note = NEW.note, enabled = NEW.enabled,
				   shipped = false
			 WHERE id OPERATOR(pg_catalog.=) NEW.id;
			RETURN NULL;
		END IF;
	END IF;
	RETURN NEW;
END
$$;

CREATE FUNCTION meetreg.concern_terms_deleted()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	-- a shipped term stays deleted after a dump and restore
	IF OLD.id OPERATOR(pg_catalog.<) 1000000 THEN
		INSERT INTO meetreg.concern_terms_removed (id) VALUES (OLD.id)
		ON CONFLICT (id) DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;

CREATE FUNCTION meetreg.concern_terms_removed_apply()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	-- restoring a dump: shipped terms that were deleted are deleted again
	DELETE FROM meetreg.concern_terms WHERE id OPERATOR(pg_catalog.=) NEW.id;
	RETURN NULL;
END
$$;

CREATE FUNCTION meetreg.registry_changed()
RETURNS trigger
AS 'MODULE_PATHNAME', 'meetreg_registry_changed'
LANGUAGE C;

COMMENT ON FUNCTION meetreg.registry_changed() IS
'statement trigger: tells every session, at commit, to reload the registry and lexicon';

CREATE TRIGGER concerns_check
	BEFORE INSERT OR UPDATE OR DELETE ON meetreg.concerns
	FOR EACH ROW EXECUTE FUNCTION meetreg.concerns_check();
CREATE TRIGGER concerns_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetreg.concerns
	FOR EACH STATEMENT EXECUTE FUNCTION meetreg.registry_changed();
CREATE TRIGGER concern_terms_check
	BEFORE INSERT OR UPDATE ON meetreg.concern_terms
	FOR EACH ROW EXECUTE FUNCTION meetreg.concern_terms_check();
CREATE TRIGGER concern_terms_deleted
	AFTER DELETE ON meetreg.concern_terms
	FOR EACH ROW EXECUTE FUNCTION meetreg.concern_terms_deleted();
CREATE TRIGGER concern_terms_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetreg.concern_terms
	FOR EACH STATEMENT EXECUTE FUNCTION meetreg.registry_changed();
CREATE TRIGGER concern_terms_removed_apply
	AFTER INSERT ON meetreg.concern_terms_removed
	FOR EACH ROW EXECUTE FUNCTION meetreg.concern_terms_removed_apply();

-- ===================================================================
-- The concern_set type
-- ===================================================================

CREATE TYPE meetreg.concern_set;

-- I/O reads the registry (codes), like enum I/O: STABLE.
CREATE FUNCTION meetreg.concern_set_in(cstring) RETURNS meetreg.concern_set
AS 'MODULE_PATHNAME', 'concern_set_in' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_out(meetreg.concern_set) RETURNS cstring
AS 'MODULE_PATHNAME', 'concern_set_out' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_recv(internal) RETURNS meetreg.concern_set
AS 'MODULE_PATHNAME', 'concern_set_recv' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_send(meetreg.concern_set) RETURNS bytea
AS 'MODULE_PATHNAME', 'concern_set_send' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE TYPE meetreg.concern_set (
	INPUT = meetreg.concern_set_in,
	OUTPUT = meetreg.concern_set_out,
	RECEIVE = meetreg.concern_set_recv,
	SEND = meetreg.concern_set_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = plain
);

COMMENT ON TYPE meetreg.concern_set IS
'a set of concerns, written ''{drugs,theft}'' by code';

-- Comparison depends on concern ids only (ids never change): IMMUTABLE.
CREATE FUNCTION meetreg.concern_set_eq(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_ne(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_lt(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_le(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_gt(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_ge(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_cmp(meetreg.concern_set, meetreg.concern_set) RETURNS integer
AS 'MODULE_PATHNAME', 'concern_set_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_hash(meetreg.concern_set) RETURNS integer
AS 'MODULE_PATHNAME', 'concern_set_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION meetreg.concern_set_hash_extended(meetreg.concern_set, bigint) RETURNS bigint
AS 'MODULE_PATHNAME', 'concern_set_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION meetreg.concern_set_contains(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_contained(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_overlaps(meetreg.concern_set, meetreg.concern_set) RETURNS boolean
AS 'MODULE_PATHNAME', 'concern_set_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_union(meetreg.concern_set, meetreg.concern_set) RETURNS meetreg.concern_set
AS 'MODULE_PATHNAME', 'concern_set_union' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_intersect(meetreg.concern_set, meetreg.concern_set) RETURNS meetreg.concern_set
AS 'MODULE_PATHNAME', 'concern_set_intersect' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_minus(meetreg.concern_set, meetreg.concern_set) RETURNS meetreg.concern_set
AS 'MODULE_PATHNAME', 'concern_set_minus' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION meetreg.cardinality(meetreg.concern_set) RETURNS integer
AS 'MODULE_PATHNAME', 'concern_set_cardinality' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meetreg.cardinality(meetreg.concern_set) IS 'number of concerns in the set';

CREATE FUNCTION meetreg.codes(meetreg.concern_set) RETURNS SETOF text
AS 'MODULE_PATHNAME', 'concern_set_codes' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION meetreg.codes(meetreg.concern_set) IS 'the codes of the set, in registry order';

CREATE FUNCTION meetreg.concern_set_to_array(meetreg.concern_set) RETURNS text[]
AS 'MODULE_PATHNAME', 'concern_set_to_array' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_set_from_array(text[]) RETURNS meetreg.concern_set
AS 'MODULE_PATHNAME', 'concern_set_from_array' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE CAST (meetreg.concern_set AS text[]) WITH FUNCTION meetreg.concern_set_to_array(meetreg.concern_set);
CREATE CAST (text[] AS meetreg.concern_set) WITH FUNCTION meetreg.concern_set_from_array(text[]);

CREATE OPERATOR meetreg.= (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_eq,
	COMMUTATOR = OPERATOR(meetreg.=), NEGATOR = OPERATOR(meetreg.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR meetreg.<> (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_ne,
	COMMUTATOR = OPERATOR(meetreg.<>), NEGATOR = OPERATOR(meetreg.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR meetreg.< (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_lt,
	COMMUTATOR = OPERATOR(meetreg.>), NEGATOR = OPERATOR(meetreg.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR meetreg.<= (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_le,
	COMMUTATOR = OPERATOR(meetreg.>=), NEGATOR = OPERATOR(meetreg.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR meetreg.> (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_gt,
	COMMUTATOR = OPERATOR(meetreg.<), NEGATOR = OPERATOR(meetreg.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR meetreg.>= (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_ge,
	COMMUTATOR = OPERATOR(meetreg.<=), NEGATOR = OPERATOR(meetreg.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
CREATE OPERATOR meetreg.@> (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_contains,
	COMMUTATOR = OPERATOR(meetreg.<@),
	RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR meetreg.<@ (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_contained,
	COMMUTATOR = OPERATOR(meetreg.@>),
	RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR meetreg.&& (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_overlaps,
	COMMUTATOR = OPERATOR(meetreg.&&),
	RESTRICT = areasel, JOIN = areajoinsel
);
CREATE OPERATOR meetreg.| (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_union, COMMUTATOR = OPERATOR(meetreg.|)
);
CREATE OPERATOR meetreg.& (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_intersect, COMMUTATOR = OPERATOR(meetreg.&)
);
CREATE OPERATOR meetreg.- (
	LEFTARG = meetreg.concern_set, RIGHTARG = meetreg.concern_set,
	FUNCTION = meetreg.concern_set_minus
);

CREATE OPERATOR CLASS meetreg.concern_set_ops
DEFAULT FOR TYPE meetreg.concern_set USING btree AS
	OPERATOR 1 meetreg.<,
	OPERATOR 2 meetreg.<=,
	OPERATOR 3 meetreg.=,
	OPERATOR 4 meetreg.>=,
	OPERATOR 5 meetreg.>,
	FUNCTION 1 meetreg.concern_set_cmp(meetreg.concern_set, meetreg.concern_set);

CREATE OPERATOR CLASS meetreg.concern_set_hash_ops
DEFAULT FOR TYPE meetreg.concern_set USING hash AS
	OPERATOR 1 meetreg.=,
	FUNCTION 1 meetreg.concern_set_hash(meetreg.concern_set),
	FUNCTION 2 meetreg.concern_set_hash_extended(meetreg.concern_set, bigint);

CREATE FUNCTION meetreg.gin_concern_set_extract_value(meetreg.concern_set, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'gin_concern_set_extract_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.gin_concern_set_extract_query(meetreg.concern_set, internal, int2, internal, internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'gin_concern_set_extract_query' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.gin_concern_set_consistent(internal, int2, meetreg.concern_set, int4, internal, internal, internal, internal) RETURNS boolean
AS 'MODULE_PATHNAME', 'gin_concern_set_consistent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.gin_concern_set_triconsistent(internal, int2, meetreg.concern_set, int4, internal, internal, internal) RETURNS "char"
AS 'MODULE_PATHNAME', 'gin_concern_set_triconsistent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS meetreg.gin_concern_set_ops
DEFAULT FOR TYPE meetreg.concern_set USING gin AS
	OPERATOR 3 meetreg.&&,
	OPERATOR 6 meetreg.=,
	OPERATOR 7 meetreg.@>,
	OPERATOR 8 meetreg.<@,
	FUNCTION 1 pg_catalog.btint4cmp(int4, int4),
	FUNCTION 2 meetreg.gin_concern_set_extract_value(meetreg.concern_set, internal, internal),
	FUNCTION 3 meetreg.gin_concern_set_extract_query(meetreg.concern_set, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 meetreg.gin_concern_set_consistent(internal, int2, meetreg.concern_set, int4, internal, internal, internal, internal),
	FUNCTION 6 meetreg.gin_concern_set_triconsistent(internal, int2, meetreg.concern_set, int4, internal, internal, internal),
	STORAGE int4;

-- ===================================================================
-- The tagger
-- ===================================================================

-- Both read the registry tables: STABLE.
CREATE FUNCTION meetreg.tag(text)
RETURNS meetreg.concern_set
AS 'MODULE_PATHNAME', 'meetreg_tag'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION meetreg.tag(text) IS
'the concerns a text raises, by the lexicon in meetreg.concern_terms';

CREATE FUNCTION meetreg.evidence(text,
	OUT concern text,
	OUT term text,
	OUT matched text,
	OUT start integer,
	OUT len integer,
	OUT snippet text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'meetreg_evidence'
LANGUAGE C STABLE STRICT PARALLEL SAFE
ROWS 10;

COMMENT ON FUNCTION meetreg.evidence(text) IS
'every lexicon match that tags the text: concern, term, matched text, 1-based position and length, and the sentence around it';

-- ===================================================================
-- Meeting records
-- ===================================================================

CREATE TABLE meetreg.meetings (
	id			bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	held_on		date,
	city		text,
	region		text,
	title		text,
	body		text NOT NULL,
	source		text,
	concerns	meetreg.concern_set,
	created_at	timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX meetings_concerns ON meetreg.meetings USING gin (concerns);
CREATE INDEX meetings_held_on ON meetreg.meetings (held_on);

COMMENT ON TABLE meetreg.meetings IS
'meeting records; concerns is filled by meetreg.tag(title, body) unless given';

-- IS NOT DISTINCT FROM for concern sets, whatever the caller's search_path
CREATE FUNCTION meetreg._same_concerns(a meetreg.concern_set, b meetreg.concern_set)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN a IS NULL OR b IS NULL THEN a IS NULL AND b IS NULL
			ELSE meetreg.concern_set_eq(a, b) END;

CREATE FUNCTION meetreg.meetings_tag()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		IF NEW.concerns IS NULL THEN
			NEW.concerns := meetreg.tag(pg_catalog.concat_ws(E'\n', NEW.title, NEW.body));
		END IF;
	ELSIF meetreg._same_concerns(NEW.concerns, OLD.concerns)
		  AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) THEN
		-- the text changed and the statement did not set concerns itself
		NEW.concerns := meetreg.tag(pg_catalog.concat_ws(E'\n', NEW.title, NEW.body));
	END IF;
	RETURN NEW;
END
$$;

CREATE TRIGGER meetings_tag
	BEFORE INSERT OR UPDATE OF title, body ON meetreg.meetings
	FOR EACH ROW EXECUTE FUNCTION meetreg.meetings_tag();

CREATE PROCEDURE meetreg.retag(batch_size integer DEFAULT 10000)
LANGUAGE plpgsql
AS $$
DECLARE
	total		bigint;
	done		bigint := 0;
	changed		bigint := 0;
	last_id		bigint := -9223372036854775808;
	n			bigint;
	c			bigint;
	batch_last	bigint;
BEGIN
	IF batch_size IS NULL OR batch_size OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION 'batch_size must be at least 1'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT pg_catalog.count(*) INTO total FROM meetreg.meetings;
	LOOP
		WITH batch AS (
			SELECT m.id, meetreg.tag(pg_catalog.concat_ws(E'\n', m.title, m.body)) AS tags
			FROM meetreg.meetings m
			WHERE m.id OPERATOR(pg_catalog.>) last_id
			ORDER BY m.id
			LIMIT batch_size
		), upd AS (
			UPDATE meetreg.meetings m SET concerns = b.tags
			FROM batch b
			WHERE m.id OPERATOR(pg_catalog.=) b.id
			  AND NOT meetreg._same_concerns(m.concerns, b.tags)
			RETURNING 1
		)
		SELECT (SELECT pg_catalog.count(*) FROM batch),
			   (SELECT pg_catalog.max(id) FROM batch),
			   (SELECT pg_catalog.count(*) FROM upd)
		INTO n, batch_last, c;
		EXIT WHEN n OPERATOR(pg_catalog.=) 0;
		done := done OPERATOR(pg_catalog.+) n;
		changed := changed OPERATOR(pg_catalog.+) c;
		last_id := batch_last;
		COMMIT;
		RAISE NOTICE 'retagged % of % meetings (% changed so far)',
			done, GREATEST(total, done), changed;
	END LOOP;
	RAISE NOTICE 'retag finished: % meetings, % changed', done, changed;
END
$$;

COMMENT ON PROCEDURE meetreg.retag(integer) IS
're-tags every stored meeting with the current lexicon, committing every batch_size rows; CALL it outside a transaction block';

CREATE VIEW meetreg.meeting_concerns AS
SELECT m.id AS meeting_id,
	   m.held_on,
	   m.city,
	   m.region,
	   c.code AS concern,
	   c.grp AS concern_group,
	   c.label_ar,
	   c.label_fr,
	   c.label_en
FROM meetreg.meetings m
CROSS JOIN LATERAL meetreg.codes(m.concerns) AS k(code)
JOIN meetreg.concerns c ON c.code OPERATOR(pg_catalog.=) k.code;

COMMENT ON VIEW meetreg.meeting_concerns IS
'one row per meeting and concern, in plain columns for BI tools';

-- ===================================================================
-- Comments
-- ===================================================================

COMMENT ON FUNCTION meetreg.concerns_check() IS 'trigger: validates rows of meetreg.concerns and keeps the shipped flag honest';
COMMENT ON FUNCTION meetreg.concern_terms_check() IS 'trigger: validates lexicon rows and replaces shipped rows on restore';
COMMENT ON FUNCTION meetreg.concern_terms_deleted() IS 'trigger: remembers deleted shipped terms in meetreg.concern_terms_removed';
COMMENT ON FUNCTION meetreg.concern_terms_removed_apply() IS 'trigger: deletes a shipped term again when its removal is restored';
COMMENT ON FUNCTION meetreg.concern_set_in(cstring) IS 'concern_set input: {code,...}';
COMMENT ON FUNCTION meetreg.concern_set_out(meetreg.concern_set) IS 'concern_set output: {code,...} in registry order';
COMMENT ON FUNCTION meetreg.concern_set_recv(internal) IS 'concern_set binary input (version byte, count, codes)';
COMMENT ON FUNCTION meetreg.concern_set_send(meetreg.concern_set) IS 'concern_set binary output (version byte, count, codes)';
COMMENT ON FUNCTION meetreg.concern_set_eq(meetreg.concern_set, meetreg.concern_set) IS 'implementation of = for concern sets';
COMMENT ON FUNCTION meetreg.concern_set_ne(meetreg.concern_set, meetreg.concern_set) IS 'implementation of <> for concern sets';
COMMENT ON FUNCTION meetreg.concern_set_lt(meetreg.concern_set, meetreg.concern_set) IS 'implementation of < for concern sets';
COMMENT ON FUNCTION meetreg.concern_set_le(meetreg.concern_set, meetreg.concern_set) IS 'implementation of <= for concern sets';
COMMENT ON FUNCTION meetreg.concern_set_gt(meetreg.concern_set, meetreg.concern_set) IS 'implementation of > for concern sets';
COMMENT ON FUNCTION meetreg.concern_set_ge(meetreg.concern_set, meetreg.concern_set) IS 'implementation of >= for concern sets';
COMMENT ON FUNCTION meetreg.concern_set_cmp(meetreg.concern_set, meetreg.concern_set) IS 'btree comparison of concern sets (by concern ids)';
COMMENT ON FUNCTION meetreg.concern_set_hash(meetreg.concern_set) IS 'hash of a concern set';
COMMENT ON FUNCTION meetreg.concern_set_hash_extended(meetreg.concern_set, bigint) IS 'seeded 64-bit hash of a concern set';
COMMENT ON FUNCTION meetreg.concern_set_contains(meetreg.concern_set, meetreg.concern_set) IS 'implementation of @> (contains)';
COMMENT ON FUNCTION meetreg.concern_set_contained(meetreg.concern_set, meetreg.concern_set) IS 'implementation of <@ (is contained by)';
COMMENT ON FUNCTION meetreg.concern_set_overlaps(meetreg.concern_set, meetreg.concern_set) IS 'implementation of && (overlaps)';
COMMENT ON FUNCTION meetreg.concern_set_union(meetreg.concern_set, meetreg.concern_set) IS 'implementation of | (union)';
COMMENT ON FUNCTION meetreg.concern_set_intersect(meetreg.concern_set, meetreg.concern_set) IS 'implementation of & (intersection)';
COMMENT ON FUNCTION meetreg.concern_set_minus(meetreg.concern_set, meetreg.concern_set) IS 'implementation of - (difference)';
COMMENT ON FUNCTION meetreg.concern_set_to_array(meetreg.concern_set) IS 'cast: the codes of the set as text[]';
COMMENT ON FUNCTION meetreg.concern_set_from_array(text[]) IS 'cast: a set from an array of codes';
COMMENT ON FUNCTION meetreg.gin_concern_set_extract_value(meetreg.concern_set, internal, internal) IS 'GIN support: keys of a stored set';
COMMENT ON FUNCTION meetreg.gin_concern_set_extract_query(meetreg.concern_set, internal, int2, internal, internal, internal, internal) IS 'GIN support: keys and search mode of a query';
COMMENT ON FUNCTION meetreg.gin_concern_set_consistent(internal, int2, meetreg.concern_set, int4, internal, internal, internal, internal) IS 'GIN support: consistency check';
COMMENT ON FUNCTION meetreg.gin_concern_set_triconsistent(internal, int2, meetreg.concern_set, int4, internal, internal, internal) IS 'GIN support: ternary consistency check';
COMMENT ON FUNCTION meetreg._same_concerns(meetreg.concern_set, meetreg.concern_set) IS 'IS NOT DISTINCT FROM for concern sets, independent of search_path (internal)';
COMMENT ON FUNCTION meetreg.meetings_tag() IS 'trigger: fills meetings.concerns with meetreg.tag(title, body) unless the statement sets it';
COMMENT ON OPERATOR meetreg.= (meetreg.concern_set, meetreg.concern_set) IS 'same concerns';
COMMENT ON OPERATOR meetreg.<> (meetreg.concern_set, meetreg.concern_set) IS 'not the same concerns';
COMMENT ON OPERATOR meetreg.< (meetreg.concern_set, meetreg.concern_set) IS 'less than (order of concern ids)';
COMMENT ON OPERATOR meetreg.<= (meetreg.concern_set, meetreg.concern_set) IS 'less than or equal (order of concern ids)';
COMMENT ON OPERATOR meetreg.> (meetreg.concern_set, meetreg.concern_set) IS 'greater than (order of concern ids)';
COMMENT ON OPERATOR meetreg.>= (meetreg.concern_set, meetreg.concern_set) IS 'greater than or equal (order of concern ids)';
COMMENT ON OPERATOR meetreg.@> (meetreg.concern_set, meetreg.concern_set) IS 'contains';
COMMENT ON OPERATOR meetreg.<@ (meetreg.concern_set, meetreg.concern_set) IS 'is contained by';
COMMENT ON OPERATOR meetreg.&& (meetreg.concern_set, meetreg.concern_set) IS 'overlaps (at least one concern in common)';
COMMENT ON OPERATOR meetreg.| (meetreg.concern_set, meetreg.concern_set) IS 'union';
COMMENT ON OPERATOR meetreg.& (meetreg.concern_set, meetreg.concern_set) IS 'intersection';
COMMENT ON OPERATOR meetreg.- (meetreg.concern_set, meetreg.concern_set) IS 'difference';
COMMENT ON OPERATOR CLASS meetreg.concern_set_ops USING btree IS 'default btree operator class for concern sets';
COMMENT ON OPERATOR CLASS meetreg.concern_set_hash_ops USING hash IS 'default hash operator class for concern sets';
COMMENT ON OPERATOR CLASS meetreg.gin_concern_set_ops USING gin IS 'GIN operator class for @>, <@, && and = on concern sets';

-- ===================================================================
-- Privileges: the registry is readable by everyone (tag() reads it as the
-- calling user); meeting records are for the roles you grant.
-- ===================================================================

GRANT USAGE ON SCHEMA meetreg TO PUBLIC;
GRANT SELECT ON meetreg.concerns, meetreg.concern_terms, meetreg.concern_terms_removed TO PUBLIC;

-- ===================================================================
-- Shipped data: the taxonomy of shared/concerns.md and the default lexicon.
-- Generated by tools/gen_data_sql.sh from data/concerns.tsv and
-- data/concern_terms.tsv.
-- ===================================================================

ALTER TABLE meetreg.concerns DISABLE TRIGGER USER;
ALTER TABLE meetreg.concern_terms DISABLE TRIGGER USER;

INSERT INTO meetreg.concerns (id, code, grp, label_ar, label_fr, label_en, description, shipped) VALUES
	(1, 'drugs', 'crime', 'المخدرات', 'Drogues', 'Drugs', 'Trafficking, dealing, use of and addiction to drugs and psychotropic pills.', true),
	(2, 'theft', 'crime', 'السرقة', 'Vol', 'Theft', 'Theft, burglary, pickpocketing, robbery and mugging, including snatch theft and street robbery.', true),
	(3, 'assault', 'crime', 'الاعتداء الجسدي', 'Agression', 'Assault', 'Physical attacks on people causing bodily harm, including knife and bladed-weapon attacks.', true),
	(4, 'sexual_violence', 'crime', 'العنف الجنسي', 'Violences sexuelles', 'Sexual violence', 'Sexual assault, rape, indecent assault and sexual harassment, in public space or elsewhere.', true),
	(5, 'violence', 'crime', 'العنف', 'Violence', 'Violence', 'Violence in general, including domestic and conjugal violence and violence against women.', true),
	(6, 'organized_crime', 'crime', 'الجريمة المنظمة', 'Crime organisé', 'Organized crime', 'Gangs, criminal networks, smuggling, money laundering and trafficking of people or goods.', true),
	(7, 'cybercrime', 'crime', 'الجريمة الإلكترونية', 'Cybercriminalité', 'Cybercrime', 'Crime committed through computers or the internet, such as online extortion, fraud, hacking and online harassment.', true),
	(8, 'extremism', 'crime', 'التطرف', 'Extrémisme', 'Extremism', 'Radicalisation, violent extremism and terrorism.', true),
	(9, 'illegal_migration', 'crime', 'الهجرة غير النظامية', 'Migration irrégulière', 'Illegal migration', 'Irregular or clandestine migration and the smuggling of migrants.', true),
	(10, 'school_safety', 'places', 'الأمن المدرسي', 'Sécurité scolaire', 'School safety', 'Safety of pupils and students and of the surroundings of schools, colleges and universities, including prevention work inside them.', true),
	(11, 'child_protection', 'people', 'حماية الطفولة', 'Protection de l''enfance', 'Child protection', 'Protection of children and minors against abuse, exploitation and neglect, including missing children and street children.', true),
	(12, 'youth_services', 'people', 'فضاءات الشباب', 'Services aux jeunes', 'Youth services', 'Access of young people to youth centres, sports and cultural facilities, and channels that listen to young people.', true),
	(13, 'hooliganism', 'public order', 'شغب الملاعب', 'Hooliganisme', 'Hooliganism', 'Violence, riots and vandalism around sports events and by organised supporters.', true),
	(14, 'road_safety', 'public order', 'السلامة الطرقية', 'Sécurité routière', 'Road safety', 'Traffic accidents, dangerous driving, traffic management and road safety education.', true),
	(15, 'public_disorder', 'public order', 'الإخلال بالنظام العام', 'Troubles à l''ordre public', 'Public disorder', 'Public drunkenness, nuisance and noise, begging, vagrancy and the occupation of public space.', true),
	(16, 'urban_safety', 'public order', 'الأمن الحضري', 'Sécurité urbaine', 'Urban safety', 'Features of the physical environment that invite crime, such as poor street lighting, abandoned buildings, vacant lots and black spots.', true),
	(17, 'police_presence', 'policing', 'التواجد الأمني', 'Présence policière', 'Police presence', 'Demands for or announcements of patrols, security campaigns, checkpoints, new police posts, arrests of wanted persons and response times.', true),
	(18, 'police_resources', 'policing', 'الموارد الأمنية', 'Moyens de la police', 'Police resources', 'Shortage of police staff, vehicles or equipment, and demands to reinforce them.', true),
	(19, 'communication', 'policing', 'التواصل المؤسساتي', 'Communication institutionnelle', 'Communication', 'Channels between citizens, associations and police: institutional communication, listening, complaint handling and partnership mechanisms.', true),
	(20, 'awareness', 'policing', 'التوعية والتحسيس', 'Sensibilisation', 'Awareness', 'Prevention, awareness-raising and citizenship education campaigns.', true),
	(21, 'human_rights', 'rights', 'حقوق الإنسان', 'Droits de l''homme', 'Human rights', 'Human rights and public freedoms, good governance, integrity of public life, abuse of authority and corruption.', true);

INSERT INTO meetreg.concern_terms (id, concern, term, lang, kind, note, shipped) VALUES
	(1, 'drugs', 'المخدرات', 'ar', 'term', 'covers مخدرات، بالمخدرات، للمخدرات، مخدرة', true),
	(2, 'drugs', 'ترويج المخدرات', 'ar', 'term', NULL, true),
	(3, 'drugs', 'تعاطي المخدرات', 'ar', 'term', NULL, true),
	(4, 'drugs', 'استهلاك المخدرات', 'ar', 'term', NULL, true),
	(5, 'drugs', 'الاتجار في المخدرات', 'ar', 'term', NULL, true),
	(6, 'drugs', 'تجار المخدرات', 'ar', 'term', NULL, true),
	(7, 'drugs', 'مروجي المخدرات', 'ar', 'term', 'مروج/مروجي/المروجين share one stem', true),
	(8, 'drugs', 'المروجين', 'ar', 'term', 'police usage: dealers; rumour-mongers excluded below', true),
	(9, 'drugs', 'ترويج الممنوعات', 'ar', 'term', 'contraband, in practice drugs', true),
	(10, 'drugs', 'ترويج السموم', 'ar', 'term', 'press idiom for dealing', true),
	(11, 'drugs', 'آفة المخدرات', 'ar', 'term', NULL, true),
	(12, 'drugs', 'المدمنين', 'ar', 'term', 'مدمن', true),
	(13, 'drugs', 'المتعاطين', 'ar', 'term', 'users', true),
	(14, 'drugs', 'المؤثرات العقلية', 'ar', 'term', 'psychotropic substances', true),
	(15, 'drugs', 'الأقراص المهلوسة', 'ar', 'term', NULL, true),
	(16, 'drugs', 'الحبوب المهلوسة', 'ar', 'term', NULL, true),
	(17, 'drugs', 'حبوب الهلوسة', 'ar', 'term', NULL, true),
	(18, 'drugs', 'الهلوسة', 'ar', 'term', NULL, true),
	(19, 'drugs', 'المهلوسة', 'ar', 'term', 'adjective alone is specific', true),
	(20, 'drugs', 'الأقراص المخدرة', 'ar', 'term', NULL, true),
	(21, 'drugs', 'الحشيش', 'ar', 'term', NULL, true),
	(22, 'drugs', 'القنب الهندي', 'ar', 'term', NULL, true),
	(23, 'drugs', 'مخدر الكيف', 'ar', 'term', 'الكيف alone would match كيف "how"', true),
	(24, 'drugs', 'نبتة الكيف', 'ar', 'term', NULL, true),
	(25, 'drugs', 'الكوكايين', 'ar', 'term', 'stem كوكا', true),
	(26, 'drugs', 'الهيروين', 'ar', 'term', NULL, true),
	(27, 'drugs', 'الإكستازي', 'ar', 'term', NULL, true),
	(28, 'drugs', 'الريفوتريل', 'ar', 'term', 'clonazepam pills, common in seizures', true),
	(29, 'drugs', 'المخدرات الصلبة', 'ar', 'term', NULL, true),
	(30, 'drugs', 'بارونات المخدرات', 'ar', 'term', NULL, true),
	(31, 'drugs', 'الإدمان', 'ar', 'term', 'stem ادمان (not آدم); screen addiction excluded below', true),
	(32, 'drugs', 'القرقوبي', 'ary', 'term', 'psychotropic pills; also matches لقرقوبي', true),
	(33, 'drugs', 'الشيرا', 'ary', 'term', 'cannabis resin', true),
	(34, 'drugs', 'المعجون', 'ary', 'term', 'cannabis paste', true),
	(35, 'drugs', 'البزناسة', 'ary', 'term', 'dealers', true),
	(36, 'drugs', 'البزناز', 'ary', 'term', 'dealer', true),
	(37, 'drugs', 'البوفا', 'ary', 'term', 'crack cocaine', true),
	(38, 'drugs', 'السبسي', 'ary', 'term', 'kif pipe', true),
	(39, 'drugs', 'الجوانات', 'ary', 'term', 'joints', true),
	(40, 'drugs', 'السلسيون', 'ary', 'term', 'glue sniffing; stem سلسيون (not سلس "smooth")', true),
	(41, 'drugs', 'السيليسيون', 'ary', 'term', 'spelling variant of السلسيون', true),
	(42, 'drugs', 'السليسيون', 'ary', 'term', 'spelling variant of السلسيون', true),
	(43, 'drugs', 'drogue', 'fr', 'term', 'covers drogues', true),
	(44, 'drugs', 'trafic de drogue', 'fr', 'term', NULL, true),
	(45, 'drugs', 'trafic de stupéfiants', 'fr', 'term', NULL, true),
	(46, 'drugs', 'stupéfiants', 'fr', 'term', NULL, true),
	(47, 'drugs', 'psychotropes', 'fr', 'term', NULL, true),
	(48, 'drugs', 'comprimés psychotropes', 'fr', 'term', NULL, true),
	(49, 'drugs', 'substances psychoactives', 'fr', 'term', NULL, true),
	(50, 'drugs', 'toxicomanie', 'fr', 'term', NULL, true),
	(51, 'drugs', 'toxicomanes', 'fr', 'term', NULL, true),
	(52, 'drugs', 'addiction', 'fr', 'term', NULL, true),
	(53, 'drugs', 'dealers', 'fr', 'term', NULL, true),
	(54, 'drugs', 'trafiquants de drogue', 'fr', 'term', NULL, true),
	(55, 'drugs', 'cannabis', 'fr', 'term', NULL, true),
	(56, 'drugs', 'haschich', 'fr', 'term', NULL, true),
	(57, 'drugs', 'chira', 'fr', 'term', NULL, true),
	(58, 'drugs', 'cocaïne', 'fr', 'term', NULL, true),
	(59, 'drugs', 'héroïne', 'fr', 'term', NULL, true),
	(60, 'drugs', 'ecstasy', 'fr', 'term', NULL, true),
	(61, 'drugs', 'karkoubi', 'fr', 'term', NULL, true),
	(62, 'drugs', 'qarqoubi', 'fr', 'term', NULL, true),
	(63, 'drugs', 'kif', 'fr', 'term', NULL, true),
	(64, 'drugs', 'consommation de drogue', 'fr', 'term', NULL, true),
	(65, 'drugs', 'qorqobi', 'fr', 'term', 'another transliteration of القرقوبي', true),
	(66, 'drugs', 'hachich', 'fr', 'term', NULL, true),
	(67, 'drugs', 'haschisch', 'fr', 'term', NULL, true),
	(68, 'drugs', 'hallucinogènes', 'fr', 'term', NULL, true),
	(69, 'drugs', 'مروجي الإشاعات', 'ar', 'exclude', 'rumour-mongers, not dealers; covers المروجين للإشاعات', true),
	(70, 'drugs', 'مروجي الأخبار الزائفة', 'ar', 'exclude', NULL, true),
	(71, 'drugs', 'معجون الأسنان', 'ar', 'exclude', 'toothpaste', true),
	(72, 'drugs', 'الإدمان على الإنترنت', 'ar', 'exclude', 'screen addiction is not drugs', true),
	(73, 'drugs', 'الإدمان على الأنترنيت', 'ar', 'exclude', NULL, true),
	(74, 'drugs', 'الإدمان على الشاشات', 'ar', 'exclude', NULL, true),
	(75, 'drugs', 'الإدمان على الألعاب', 'ar', 'exclude', NULL, true),
	(76, 'drugs', 'جمعية * محاربة المخدرات', 'ar', 'exclude', 'association names: جمعية الأمل لمحاربة المخدرات; also جمعيات (same stem)', true),
	(77, 'drugs', 'جمعية * مكافحة المخدرات', 'ar', 'exclude', NULL, true),
	(78, 'drugs', 'جمعية * الوقاية من المخدرات', 'ar', 'exclude', NULL, true),
	(79, 'drugs', 'جمعية * محاربة الإدمان', 'ar', 'exclude', NULL, true),
	(80, 'drugs', 'جمعية * مكافحة الإدمان', 'ar', 'exclude', NULL, true),
	(81, 'drugs', 'رابطة * محاربة المخدرات', 'ar', 'exclude', NULL, true),
	(82, 'drugs', 'منظمة * محاربة المخدرات', 'ar', 'exclude', NULL, true),
	(83, 'drugs', 'addiction aux écrans', 'fr', 'exclude', NULL, true),
	(84, 'drugs', 'association * lutte contre la drogue', 'fr', 'exclude', NULL, true),
	(85, 'theft', 'السرقة', 'ar', 'term', 'covers السرقات، سرقة، بالسرقة', true),
	(86, 'theft', 'السرقة بالعنف', 'ar', 'term', NULL, true),
	(87, 'theft', 'السرقة بالخطف', 'ar', 'term', 'snatch theft', true),
	(88, 'theft', 'السرقة تحت التهديد', 'ar', 'term', NULL, true),
	(89, 'theft', 'السرقة الموصوفة', 'ar', 'term', NULL, true),
	(90, 'theft', 'سرقة المنازل', 'ar', 'term', NULL, true),
	(91, 'theft', 'سرقة الهواتف المحمولة', 'ar', 'term', NULL, true),
	(92, 'theft', 'المسروقات', 'ar', 'term', NULL, true),
	(93, 'theft', 'السارق', 'ar', 'term', NULL, true),
	(94, 'theft', 'اللصوص', 'ar', 'term', NULL, true),
	(95, 'theft', 'النشل', 'ar', 'term', 'pickpocketing', true),
	(96, 'theft', 'النشالين', 'ar', 'term', NULL, true),
	(97, 'theft', 'السطو على', 'ar', 'term', 'السطو alone also matches سطوة "dominance"', true),
	(98, 'theft', 'السطو المسلح', 'ar', 'term', NULL, true),
	(99, 'theft', 'عمليات السطو', 'ar', 'term', NULL, true),
	(100, 'theft', 'اعتراض سبيل', 'ar', 'term', 'covers اعتراض السبيل', true),
	(101, 'theft', 'اعتراض سبيل المارة', 'ar', 'term', NULL, true),
	(102, 'theft', 'اقتحام المنازل', 'ar', 'term', NULL, true),
	(103, 'theft', 'السرقة من داخل السيارات', 'ar', 'term', NULL, true),
	(104, 'theft', 'سلب * الهواتف', 'ar', 'term', 'robbery: لسلب هواتفهم; السلب alone stems like السلبية "negative"', true),
	(105, 'theft', 'سلب * الهاتف', 'ar', 'term', NULL, true),
	(106, 'theft', 'سلب المارة', 'ar', 'term', NULL, true),
	(107, 'theft', 'سلب ممتلكات', 'ar', 'term', NULL, true),
	(108, 'theft', 'عمليات السلب', 'ar', 'term', NULL, true),
	(109, 'theft', 'السلب بالعنف', 'ar', 'term', NULL, true),
	(110, 'theft', 'السلب تحت التهديد', 'ar', 'term', NULL, true),
	(111, 'theft', 'خطف الهواتف', 'ar', 'term', 'snatching phones', true),
	(112, 'theft', 'السرقة باستعمال العنف', 'ar', 'term', NULL, true),
	(113, 'theft', 'السرقة المقرونة بالعنف', 'ar', 'term', NULL, true),
	(114, 'theft', 'خطف الحقائب', 'ar', 'term', NULL, true),
	(115, 'theft', 'الكريساج', 'ary', 'term', 'street robbery, from French graissage', true),
	(116, 'theft', 'الشفارة', 'ary', 'term', 'thieves; covers الشفار', true),
	(117, 'theft', 'vol', 'fr', 'term', 'covers vols', true),
	(118, 'theft', 'vol à l''arraché', 'fr', 'term', NULL, true),
	(119, 'theft', 'vol avec violence', 'fr', 'term', NULL, true),
	(120, 'theft', 'vol qualifié', 'fr', 'term', NULL, true),
	(121, 'theft', 'vol à la tire', 'fr', 'term', NULL, true),
	(122, 'theft', 'cambriolage', 'fr', 'term', NULL, true),
	(123, 'theft', 'cambrioleurs', 'fr', 'term', NULL, true),
	(124, 'theft', 'pickpockets', 'fr', 'term', NULL, true),
	(125, 'theft', 'voleurs', 'fr', 'term', NULL, true),
	(126, 'theft', 'braquage', 'fr', 'term', NULL, true),
	(127, 'theft', 'agression pour vol', 'fr', 'term', NULL, true),
	(128, 'theft', 'سرق الأضواء', 'ar', 'exclude', 'idiom "stole the spotlight" (sports, arts); also سرقة الأضواء', true),
	(129, 'theft', 'vol de nuit', 'fr', 'exclude', 'flight', true),
	(130, 'theft', 'vols internationaux', 'fr', 'exclude', 'flights', true),
	(131, 'assault', 'الاعتداء', 'ar', 'term', 'covers الاعتداءات، الإعتداء', true),
	(132, 'assault', 'الاعتداءات الجسدية', 'ar', 'term', NULL, true),
	(133, 'assault', 'الضرب والجرح', 'ar', 'term', 'also matches بالضرب و الجرح', true),
	(134, 'assault', 'ضرب وجرح', 'ar', 'term', NULL, true),
	(135, 'assault', 'الجرح العمدي', 'ar', 'term', NULL, true),
	(136, 'assault', 'الإيذاء العمدي', 'ar', 'term', NULL, true),
	(137, 'assault', 'العنف الجسدي', 'ar', 'term', 'also tags violence', true),
	(138, 'assault', 'السلاح الأبيض', 'ar', 'term', NULL, true),
	(139, 'assault', 'الأسلحة البيضاء', 'ar', 'term', NULL, true),
	(140, 'assault', 'السكاكين', 'ar', 'term', NULL, true),
	(141, 'assault', 'السيوف', 'ar', 'term', NULL, true),
	(142, 'assault', 'الطعن بالسلاح الأبيض', 'ar', 'term', NULL, true),
	(143, 'assault', 'القتل العمد', 'ar', 'term', NULL, true),
	(144, 'assault', 'محاولة القتل', 'ar', 'term', NULL, true),
	(145, 'assault', 'جرائم القتل', 'ar', 'term', NULL, true),
	(146, 'assault', 'جريمة قتل', 'ar', 'term', NULL, true),
	(147, 'assault', 'الاعتداء على المواطنين', 'ar', 'term', NULL, true),
	(148, 'assault', 'تبادل الضرب', 'ar', 'term', NULL, true),
	(149, 'assault', 'السكين', 'ar', 'term', 'covers سكين، بسكين، بالسكين; stem سكين, not السكينة "tranquillity"', true),
	(150, 'assault', 'الشجار', 'ar', 'term', NULL, true),
	(151, 'assault', 'المشاجرات', 'ar', 'term', 'brawls are bodily harm, not violence against women or in the family; covers مشاجرة', true),
	(152, 'assault', 'العراك', 'ar', 'term', NULL, true),
	(153, 'assault', 'المعتدين', 'ar', 'term', 'attackers', true),
	(154, 'assault', 'التشرميل', 'ary', 'term', 'youths showing off blades and loot', true),
	(155, 'assault', 'المشرملين', 'ary', 'term', NULL, true),
	(156, 'assault', 'الجنوي', 'ary', 'term', 'knife', true),
	(157, 'assault', 'الشاقور', 'ary', 'term', 'cleaver', true),
	(158, 'assault', 'agression', 'fr', 'term', 'covers agressions', true),
	(159, 'assault', 'agresseurs', 'fr', 'term', NULL, true),
	(160, 'assault', 'coups et blessures', 'fr', 'term', NULL, true),
	(161, 'assault', 'arme blanche', 'fr', 'term', NULL, true),
	(162, 'assault', 'coups de couteau', 'fr', 'term', NULL, true),
	(163, 'assault', 'attaque au couteau', 'fr', 'term', NULL, true),
	(164, 'assault', 'couteau', 'fr', 'term', NULL, true),
	(165, 'assault', 'sabres', 'fr', 'term', NULL, true),
	(166, 'assault', 'homicide', 'fr', 'term', NULL, true),
	(167, 'assault', 'meurtre', 'fr', 'term', NULL, true),
	(168, 'assault', 'violences physiques', 'fr', 'term', NULL, true),
	(169, 'assault', 'tcharmil', 'fr', 'term', NULL, true),
	(170, 'assault', 'rixe', 'fr', 'term', NULL, true),
	(171, 'assault', 'bagarre', 'fr', 'term', NULL, true),
	(172, 'assault', 'agressés', 'fr', 'term', 'covers agressé, victims of an attack', true),
	(173, 'assault', 'الاعتداء على الملك العمومي', 'ar', 'exclude', 'encroachment on public land, not an attack on people', true),
	(174, 'assault', 'المعتدين على الملك العمومي', 'ar', 'exclude', 'encroachers on public land', true),
	(175, 'sexual_violence', 'الاعتداءات الجنسية', 'ar', 'term', 'covers الاعتداء الجنسي', true),
	(176, 'sexual_violence', 'الجسدية والجنسية', 'ar', 'term', 'elliptic: الاعتداءات الجسدية والجنسية', true),
	(177, 'sexual_violence', 'الجنسية والجسدية', 'ar', 'term', NULL, true),
	(178, 'sexual_violence', 'اللفظية والجنسية', 'ar', 'term', NULL, true),
	(179, 'sexual_violence', 'العنف الجنسي', 'ar', 'term', NULL, true),
	(180, 'sexual_violence', 'التحرش', 'ar', 'term', 'in Moroccan usage almost always sexual harassment', true),
	(181, 'sexual_violence', 'التحرش الجنسي', 'ar', 'term', NULL, true),
	(182, 'sexual_violence', 'المتحرشين', 'ar', 'term', NULL, true),
	(183, 'sexual_violence', 'الاغتصاب', 'ar', 'term', NULL, true),
	(184, 'sexual_violence', 'هتك العرض', 'ar', 'term', NULL, true),
	(185, 'sexual_violence', 'الاستغلال الجنسي', 'ar', 'term', NULL, true),
	(186, 'sexual_violence', 'التغرير بقاصر', 'ar', 'term', NULL, true),
	(187, 'sexual_violence', 'البيدوفيليا', 'ar', 'term', NULL, true),
	(188, 'sexual_violence', 'معاكسة الفتيات', 'ar', 'term', 'Moroccan press word for street harassment', true),
	(189, 'sexual_violence', 'معاكسة النساء', 'ar', 'term', NULL, true),
	(190, 'sexual_violence', 'الجرائم الجنسية', 'ar', 'term', NULL, true),
	(191, 'sexual_violence', 'harcèlement sexuel', 'fr', 'term', NULL, true),
	(192, 'sexual_violence', 'harcèlement de rue', 'fr', 'term', NULL, true),
	(193, 'sexual_violence', 'agression sexuelle', 'fr', 'term', NULL, true),
	(194, 'sexual_violence', 'violences sexuelles', 'fr', 'term', NULL, true),
	(195, 'sexual_violence', 'viol', 'fr', 'term', 'covers viols', true),
	(196, 'sexual_violence', 'attentat à la pudeur', 'fr', 'term', NULL, true),
	(197, 'sexual_violence', 'abus sexuels', 'fr', 'term', NULL, true),
	(198, 'sexual_violence', 'exploitation sexuelle', 'fr', 'term', NULL, true),
	(199, 'sexual_violence', 'pédophilie', 'fr', 'term', NULL, true),
	(200, 'sexual_violence', 'harcèlement des femmes', 'fr', 'term', NULL, true),
	(201, 'sexual_violence', 'attouchements', 'fr', 'term', NULL, true),
	(202, 'violence', 'العنف', 'ar', 'term', 'the word itself; phrases of other concerns may also contain it', true),
	(203, 'violence', 'العنف ضد النساء', 'ar', 'term', NULL, true),
	(204, 'violence', 'العنف ضد المرأة', 'ar', 'term', NULL, true),
	(205, 'violence', 'العنف الأسري', 'ar', 'term', NULL, true),
	(206, 'violence', 'العنف الزوجي', 'ar', 'term', NULL, true),
	(207, 'violence', 'العنف اللفظي', 'ar', 'term', NULL, true),
	(208, 'violence', 'العنف ضد الأصول', 'ar', 'term', 'violence against parents', true),
	(209, 'violence', 'النساء المعنفات', 'ar', 'term', NULL, true),
	(210, 'violence', 'المعنفات', 'ar', 'term', NULL, true),
	(211, 'violence', 'التعنيف', 'ar', 'term', NULL, true),
	(212, 'violence', 'أعمال العنف', 'ar', 'term', NULL, true),
	(213, 'violence', 'ضحايا العنف', 'ar', 'term', NULL, true),
	(214, 'violence', 'violence', 'fr', 'term', 'covers violences', true),
	(215, 'violence', 'violence conjugale', 'fr', 'term', NULL, true),
	(216, 'violence', 'violence domestique', 'fr', 'term', NULL, true),
	(217, 'violence', 'violences faites aux femmes', 'fr', 'term', NULL, true),
	(218, 'violence', 'femmes victimes de violence', 'fr', 'term', NULL, true),
	(219, 'violence', 'violence verbale', 'fr', 'term', NULL, true),
	(220, 'violence', 'femmes battues', 'fr', 'term', NULL, true),
	(221, 'violence', 'السرقة بالعنف', 'ar', 'exclude', 'robbery with violence is theft', true),
	(222, 'violence', 'السرقة باستعمال العنف', 'ar', 'exclude', NULL, true),
	(223, 'violence', 'السرقة المقرونة بالعنف', 'ar', 'exclude', NULL, true),
	(224, 'violence', 'السلب بالعنف', 'ar', 'exclude', NULL, true),
	(225, 'violence', 'العنف في الملاعب', 'ar', 'exclude', 'violence at matches is hooliganism', true),
	(226, 'violence', 'العنف بالملاعب', 'ar', 'exclude', NULL, true),
	(227, 'violence', 'العنف الرياضي', 'ar', 'exclude', NULL, true),
	(228, 'violence', 'العنف المرتبط بالتظاهرات الرياضية', 'ar', 'exclude', NULL, true),
	(229, 'violence', 'العنف * المباريات', 'ar', 'exclude', 'أعمال عنف وتخريب بعد المباريات', true),
	(230, 'violence', 'العنف * المباراة', 'ar', 'exclude', NULL, true),
	(231, 'violence', 'دون تسجيل * العنف', 'ar', 'exclude', 'negated: دون تسجيل أي أعمال عنف', true),
	(232, 'violence', 'جمعية * مناهضة العنف', 'ar', 'exclude', 'association names', true),
	(233, 'violence', 'جمعية * محاربة العنف', 'ar', 'exclude', NULL, true),
	(234, 'violence', 'خلية * ضحايا العنف', 'ar', 'exclude', 'unit name: خلية التكفل بالنساء ضحايا العنف', true),
	(235, 'violence', 'خلايا * ضحايا العنف', 'ar', 'exclude', NULL, true),
	(236, 'violence', 'vol avec violence', 'fr', 'exclude', 'robbery with violence is theft; covers vols avec violences', true),
	(237, 'violence', 'violence dans les stades', 'fr', 'exclude', 'hooliganism', true),
	(238, 'violence', 'violence sportive', 'fr', 'exclude', 'hooliganism', true),
	(239, 'organized_crime', 'الجريمة المنظمة', 'ar', 'term', NULL, true),
	(240, 'organized_crime', 'الجرائم المنظمة', 'ar', 'term', NULL, true),
	(241, 'organized_crime', 'الجريمة العابرة للحدود', 'ar', 'term', NULL, true),
	(242, 'organized_crime', 'العصابات', 'ar', 'term', 'covers عصابة، العصابات الإجرامية', true),
	(243, 'organized_crime', 'الشبكات الإجرامية', 'ar', 'term', 'covers شبكة إجرامية', true),
	(244, 'organized_crime', 'شبكة ترويج المخدرات', 'ar', 'term', 'covers شبكة لترويج المخدرات', true),
	(245, 'organized_crime', 'شبكات الاتجار في المخدرات', 'ar', 'term', NULL, true),
	(246, 'organized_crime', 'الاتجار الدولي في المخدرات', 'ar', 'term', NULL, true),
	(247, 'organized_crime', 'التهريب الدولي للمخدرات', 'ar', 'term', NULL, true),
	(248, 'organized_crime', 'بارونات المخدرات', 'ar', 'term', NULL, true),
	(249, 'organized_crime', 'الاتجار بالبشر', 'ar', 'term', NULL, true),
	(250, 'organized_crime', 'الاتجار في البشر', 'ar', 'term', NULL, true),
	(251, 'organized_crime', 'الاتجار بالأشخاص', 'ar', 'term', NULL, true),
	(252, 'organized_crime', 'التهريب', 'ar', 'term', 'smuggling, including التهريب المعيشي', true),
	(253, 'organized_crime', 'المهربين', 'ar', 'term', NULL, true),
	(254, 'organized_crime', 'شبكات التهريب', 'ar', 'term', NULL, true),
	(255, 'organized_crime', 'تهريب المهاجرين', 'ar', 'term', 'also tags illegal_migration', true),
	(256, 'organized_crime', 'غسل الأموال', 'ar', 'term', NULL, true),
	(257, 'organized_crime', 'تبييض الأموال', 'ar', 'term', NULL, true),
	(258, 'organized_crime', 'المافيا', 'ar', 'term', NULL, true),
	(259, 'organized_crime', 'الكارتيلات', 'ar', 'term', NULL, true),
	(260, 'organized_crime', 'غسيل الأموال', 'ar', 'term', 'variant of غسل الأموال', true),
	(261, 'organized_crime', 'شبكات الاتجار', 'ar', 'term', NULL, true),
	(262, 'organized_crime', 'الاتجار الدولي', 'ar', 'term', NULL, true),
	(263, 'organized_crime', 'crime organisé', 'fr', 'term', NULL, true),
	(264, 'organized_crime', 'criminalité organisée', 'fr', 'term', NULL, true),
	(265, 'organized_crime', 'réseaux criminels', 'fr', 'term', NULL, true),
	(266, 'organized_crime', 'bandes criminelles', 'fr', 'term', NULL, true),
	(267, 'organized_crime', 'bande organisée', 'fr', 'term', NULL, true),
	(268, 'organized_crime', 'association de malfaiteurs', 'fr', 'term', NULL, true),
	(269, 'organized_crime', 'gang', 'fr', 'term', 'covers gangs', true),
	(270, 'organized_crime', 'mafia', 'fr', 'term', NULL, true),
	(271, 'organized_crime', 'traite des êtres humains', 'fr', 'term', NULL, true),
	(272, 'organized_crime', 'trafic d''êtres humains', 'fr', 'term', NULL, true),
	(273, 'organized_crime', 'contrebande', 'fr', 'term', NULL, true),
	(274, 'organized_crime', 'blanchiment d''argent', 'fr', 'term', NULL, true),
	(275, 'organized_crime', 'narcotrafic', 'fr', 'term', NULL, true),
	(276, 'organized_crime', 'narcotrafiquants', 'fr', 'term', NULL, true),
	(277, 'organized_crime', 'réseaux de trafic', 'fr', 'term', NULL, true),
	(278, 'organized_crime', 'trafic international', 'fr', 'term', NULL, true),
	(279, 'organized_crime', 'blanchiment de capitaux', 'fr', 'term', NULL, true),
	(280, 'organized_crime', 'contrebandiers', 'fr', 'term', NULL, true),
	(281, 'cybercrime', 'الجريمة الإلكترونية', 'ar', 'term', NULL, true),
	(282, 'cybercrime', 'الجرائم الإلكترونية', 'ar', 'term', NULL, true),
	(283, 'cybercrime', 'الجريمة المعلوماتية', 'ar', 'term', NULL, true),
	(284, 'cybercrime', 'الجرائم المعلوماتية', 'ar', 'term', NULL, true),
	(285, 'cybercrime', 'الجريمة السيبرانية', 'ar', 'term', NULL, true),
	(286, 'cybercrime', 'الجرائم السيبرانية', 'ar', 'term', NULL, true),
	(287, 'cybercrime', 'الجرائم السيبيرانية', 'ar', 'term', 'variant spelling with ي', true),
	(288, 'cybercrime', 'الجريمة السيبيرانية', 'ar', 'term', NULL, true),
	(289, 'cybercrime', 'الجريمة الرقمية', 'ar', 'term', 'الرقمية alone would catch الهوية الرقمية', true),
	(290, 'cybercrime', 'الجرائم الرقمية', 'ar', 'term', NULL, true),
	(291, 'cybercrime', 'الجرائم * الإنترنت', 'ar', 'term', 'الجرائم المرتكبة عبر الإنترنت', true),
	(292, 'cybercrime', 'الجرائم * الأنترنيت', 'ar', 'term', NULL, true),
	(293, 'cybercrime', 'الابتزاز الإلكتروني', 'ar', 'term', NULL, true),
	(294, 'cybercrime', 'الابتزاز * الإنترنت', 'ar', 'term', NULL, true),
	(295, 'cybercrime', 'الابتزاز * الأنترنيت', 'ar', 'term', NULL, true),
	(296, 'cybercrime', 'النصب * الإنترنت', 'ar', 'term', NULL, true),
	(297, 'cybercrime', 'النصب * الأنترنيت', 'ar', 'term', NULL, true),
	(298, 'cybercrime', 'الاحتيال * الإنترنت', 'ar', 'term', NULL, true),
	(299, 'cybercrime', 'النصب الإلكتروني', 'ar', 'term', NULL, true),
	(300, 'cybercrime', 'الاحتيال الإلكتروني', 'ar', 'term', NULL, true),
	(301, 'cybercrime', 'القرصنة الإلكترونية', 'ar', 'term', NULL, true),
	(302, 'cybercrime', 'القرصنة المعلوماتية', 'ar', 'term', NULL, true),
	(303, 'cybercrime', 'قرصنة الحسابات', 'ar', 'term', NULL, true),
	(304, 'cybercrime', 'التصيد الاحتيالي', 'ar', 'term', 'phishing', true),
	(305, 'cybercrime', 'التحرش الإلكتروني', 'ar', 'term', NULL, true),
	(306, 'cybercrime', 'العنف الرقمي', 'ar', 'term', NULL, true),
	(307, 'cybercrime', 'مخاطر الإنترنت', 'ar', 'term', NULL, true),
	(308, 'cybercrime', 'مخاطر الأنترنيت', 'ar', 'term', NULL, true),
	(309, 'cybercrime', 'الأمن السيبراني', 'ar', 'term', 'cyber threats as a topic', true),
	(310, 'cybercrime', 'الابتزاز الجنسي', 'ar', 'term', 'sextortion, in Moroccan usage online blackmail with intimate images', true),
	(311, 'cybercrime', 'الابتزاز الرقمي', 'ar', 'term', NULL, true),
	(312, 'cybercrime', 'الاحتيال الرقمي', 'ar', 'term', NULL, true),
	(313, 'cybercrime', 'النصب * مواقع التواصل', 'ar', 'term', 'النصب عبر مواقع التواصل الاجتماعي', true),
	(314, 'cybercrime', 'الاحتيال * مواقع التواصل', 'ar', 'term', NULL, true),
	(315, 'cybercrime', 'الابتزاز * مواقع التواصل', 'ar', 'term', NULL, true),
	(316, 'cybercrime', 'التشهير * مواقع التواصل', 'ar', 'term', NULL, true),
	(317, 'cybercrime', 'اختراق الحسابات', 'ar', 'term', NULL, true),
	(318, 'cybercrime', 'سرقة الحسابات', 'ar', 'term', NULL, true),
	(319, 'cybercrime', 'المعالجة الآلية للمعطيات', 'ar', 'term', 'penal code: المس بنظم المعالجة الآلية للمعطيات', true),
	(320, 'cybercrime', 'الاستعمال الآمن للإنترنت', 'ar', 'term', NULL, true),
	(321, 'cybercrime', 'الاستعمال الآمن للأنترنيت', 'ar', 'term', NULL, true),
	(322, 'cybercrime', 'الاستخدام الآمن للإنترنت', 'ar', 'term', NULL, true),
	(323, 'cybercrime', 'cybercriminalité', 'fr', 'term', NULL, true),
	(324, 'cybercrime', 'cybercrime', 'fr', 'term', NULL, true),
	(325, 'cybercrime', 'cyberharcèlement', 'fr', 'term', NULL, true),
	(326, 'cybercrime', 'cyber-harcèlement', 'fr', 'term', NULL, true),
	(327, 'cybercrime', 'harcèlement en ligne', 'fr', 'term', NULL, true),
	(328, 'cybercrime', 'chantage en ligne', 'fr', 'term', NULL, true),
	(329, 'cybercrime', 'escroquerie en ligne', 'fr', 'term', NULL, true),
	(330, 'cybercrime', 'arnaques en ligne', 'fr', 'term', NULL, true),
	(331, 'cybercrime', 'sextorsion', 'fr', 'term', NULL, true),
	(332, 'cybercrime', 'piratage informatique', 'fr', 'term', NULL, true),
	(333, 'cybercrime', 'phishing', 'fr', 'term', NULL, true),
	(334, 'cybercrime', 'hameçonnage', 'fr', 'term', NULL, true),
	(335, 'cybercrime', 'criminalité informatique', 'fr', 'term', NULL, true),
	(336, 'cybercrime', 'crimes informatiques', 'fr', 'term', NULL, true),
	(337, 'cybercrime', 'violence numérique', 'fr', 'term', NULL, true),
	(338, 'cybercrime', 'fraude en ligne', 'fr', 'term', NULL, true),
	(339, 'cybercrime', 'cyberattaques', 'fr', 'term', NULL, true),
	(340, 'cybercrime', 'chantage sexuel', 'fr', 'term', NULL, true),
	(341, 'cybercrime', 'piratage de comptes', 'fr', 'term', NULL, true),
	(342, 'cybercrime', 'الهوية الرقمية', 'ar', 'exclude', 'the national e-ID card, not a crime', true),
	(343, 'extremism', 'التطرف', 'ar', 'term', NULL, true),
	(344, 'extremism', 'التطرف العنيف', 'ar', 'term', NULL, true),
	(345, 'extremism', 'المتطرفين', 'ar', 'term', 'covers الفكر المتطرف', true),
	(346, 'extremism', 'الإرهاب', 'ar', 'term', 'covers الإرهابية، الإرهابيين', true),
	(347, 'extremism', 'مكافحة الإرهاب', 'ar', 'term', NULL, true),
	(348, 'extremism', 'الخلايا الإرهابية', 'ar', 'term', NULL, true),
	(349, 'extremism', 'التشدد الديني', 'ar', 'term', 'التشدد alone also means strictness', true),
	(350, 'extremism', 'الغلو', 'ar', 'term', NULL, true),
	(351, 'extremism', 'الفكر التكفيري', 'ar', 'term', NULL, true),
	(352, 'extremism', 'الفكر الظلامي', 'ar', 'term', NULL, true),
	(353, 'extremism', 'خطاب الكراهية', 'ar', 'term', NULL, true),
	(354, 'extremism', 'داعش', 'ar', 'term', NULL, true),
	(355, 'extremism', 'الدواعش', 'ar', 'term', NULL, true),
	(356, 'extremism', 'الاستقطاب * المتطرفة', 'ar', 'term', 'recruitment by extremist groups', true),
	(357, 'extremism', 'الفكر الجهادي', 'ar', 'term', 'الجهادي alone stems to جهاد', true),
	(358, 'extremism', 'بؤر التوتر', 'ar', 'term', 'jihadist theatres in police and press usage', true),
	(359, 'extremism', 'radicalisation', 'fr', 'term', NULL, true),
	(360, 'extremism', 'radicalisme', 'fr', 'term', NULL, true),
	(361, 'extremism', 'extrémisme', 'fr', 'term', NULL, true),
	(362, 'extremism', 'extrémisme violent', 'fr', 'term', NULL, true),
	(363, 'extremism', 'extrémistes', 'fr', 'term', NULL, true),
	(364, 'extremism', 'terrorisme', 'fr', 'term', NULL, true),
	(365, 'extremism', 'terroriste', 'fr', 'term', NULL, true),
	(366, 'extremism', 'djihadiste', 'fr', 'term', NULL, true),
	(367, 'extremism', 'jihadiste', 'fr', 'term', NULL, true),
	(368, 'extremism', 'discours de haine', 'fr', 'term', NULL, true),
	(369, 'extremism', 'djihadisme', 'fr', 'term', NULL, true),
	(370, 'extremism', 'jihadisme', 'fr', 'term', NULL, true),
	(371, 'extremism', 'déradicalisation', 'fr', 'term', NULL, true),
	(372, 'extremism', 'التطرف في المواقف', 'ar', 'exclude', 'idiom: "extreme positions"; covers تطرف في المواقف', true),
	(373, 'illegal_migration', 'الهجرة غير الشرعية', 'ar', 'term', NULL, true),
	(374, 'illegal_migration', 'الهجرة السرية', 'ar', 'term', NULL, true),
	(375, 'illegal_migration', 'الهجرة غير النظامية', 'ar', 'term', NULL, true),
	(376, 'illegal_migration', 'الهجرة غير القانونية', 'ar', 'term', NULL, true),
	(377, 'illegal_migration', 'المهاجرين غير النظاميين', 'ar', 'term', NULL, true),
	(378, 'illegal_migration', 'المهاجرين غير الشرعيين', 'ar', 'term', NULL, true),
	(379, 'illegal_migration', 'المهاجرين السريين', 'ar', 'term', NULL, true),
	(380, 'illegal_migration', 'تهريب المهاجرين', 'ar', 'term', NULL, true),
	(381, 'illegal_migration', 'شبكات الهجرة', 'ar', 'term', NULL, true),
	(382, 'illegal_migration', 'قوارب الموت', 'ar', 'term', NULL, true),
	(383, 'illegal_migration', 'المرشحين للهجرة', 'ar', 'term', NULL, true),
	(384, 'illegal_migration', 'محاولة الهجرة', 'ar', 'term', NULL, true),
	(385, 'illegal_migration', 'الهجرة غير المشروعة', 'ar', 'term', NULL, true),
	(386, 'illegal_migration', 'قوارب الهجرة', 'ar', 'term', NULL, true),
	(387, 'illegal_migration', 'مراكب الموت', 'ar', 'term', NULL, true),
	(388, 'illegal_migration', 'تهريب البشر', 'ar', 'term', 'in Moroccan usage mostly migrant smuggling; also organized_crime via التهريب', true),
	(389, 'illegal_migration', 'الحريك', 'ary', 'term', 'also matches لحريك؛ not الحراكة, whose stem is حراك "movement"', true),
	(390, 'illegal_migration', 'قوارب الحريك', 'ary', 'term', NULL, true),
	(391, 'illegal_migration', 'migration clandestine', 'fr', 'term', NULL, true),
	(392, 'illegal_migration', 'migration irrégulière', 'fr', 'term', NULL, true),
	(393, 'illegal_migration', 'émigration clandestine', 'fr', 'term', NULL, true),
	(394, 'illegal_migration', 'immigration clandestine', 'fr', 'term', NULL, true),
	(395, 'illegal_migration', 'immigration irrégulière', 'fr', 'term', NULL, true),
	(396, 'illegal_migration', 'migrants irréguliers', 'fr', 'term', NULL, true),
	(397, 'illegal_migration', 'migrants clandestins', 'fr', 'term', NULL, true),
	(398, 'illegal_migration', 'trafic de migrants', 'fr', 'term', NULL, true),
	(399, 'illegal_migration', 'réseaux de passeurs', 'fr', 'term', NULL, true),
	(400, 'illegal_migration', 'candidats à l''émigration', 'fr', 'term', NULL, true),
	(401, 'illegal_migration', 'harraga', 'fr', 'term', NULL, true),
	(402, 'illegal_migration', 'passeurs', 'fr', 'term', NULL, true),
	(403, 'illegal_migration', 'émigration irrégulière', 'fr', 'term', NULL, true),
	(404, 'illegal_migration', 'migration illégale', 'fr', 'term', NULL, true),
	(405, 'illegal_migration', 'immigration illégale', 'fr', 'term', NULL, true),
	(406, 'illegal_migration', 'embarcations de fortune', 'fr', 'term', NULL, true),
	(407, 'school_safety', 'الأمن المدرسي', 'ar', 'term', NULL, true),
	(408, 'school_safety', 'محيط المؤسسات التعليمية', 'ar', 'term', NULL, true),
	(409, 'school_safety', 'المؤسسات التعليمية', 'ar', 'term', 'covers المؤسسة التعليمية، مؤسسات التعليم', true),
	(410, 'school_safety', 'المؤسسات التربوية', 'ar', 'term', NULL, true),
	(411, 'school_safety', 'المؤسسات المدرسية', 'ar', 'term', NULL, true),
	(412, 'school_safety', 'محيط المدارس', 'ar', 'term', NULL, true),
	(413, 'school_safety', 'أبواب المدارس', 'ar', 'term', NULL, true),
	(414, 'school_safety', 'المدارس الابتدائية', 'ar', 'term', NULL, true),
	(415, 'school_safety', 'الثانويات الإعدادية', 'ar', 'term', 'الثانويات alone stems to ثانو "secondary"', true),
	(416, 'school_safety', 'الثانويات التأهيلية', 'ar', 'term', NULL, true),
	(417, 'school_safety', 'التلاميذ', 'ar', 'term', NULL, true),
	(418, 'school_safety', 'التلميذ', 'ar', 'term', 'covers التلميذات', true),
	(419, 'school_safety', 'أمن التلاميذ', 'ar', 'term', NULL, true),
	(420, 'school_safety', 'المتمدرسين', 'ar', 'term', NULL, true),
	(421, 'school_safety', 'الوسط المدرسي', 'ar', 'term', NULL, true),
	(422, 'school_safety', 'الوسط التعليمي', 'ar', 'term', NULL, true),
	(423, 'school_safety', 'الوسط التربوي', 'ar', 'term', NULL, true),
	(424, 'school_safety', 'الفضاء المدرسي', 'ar', 'term', NULL, true),
	(425, 'school_safety', 'العنف المدرسي', 'ar', 'term', 'also tags violence', true),
	(426, 'school_safety', 'الطلبة', 'ar', 'term', 'stem protected from طلب', true),
	(427, 'school_safety', 'الطلاب', 'ar', 'term', NULL, true),
	(428, 'school_safety', 'الحرم الجامعي', 'ar', 'term', NULL, true),
	(429, 'school_safety', 'القطب الجامعي', 'ar', 'term', NULL, true),
	(430, 'school_safety', 'الأحياء الجامعية', 'ar', 'term', NULL, true),
	(431, 'school_safety', 'الحي الجامعي', 'ar', 'term', NULL, true),
	(432, 'school_safety', 'محيط الجامعة', 'ar', 'term', 'الجامعة alone is also a sports federation', true),
	(433, 'school_safety', 'الأمن الجامعي', 'ar', 'term', NULL, true),
	(434, 'school_safety', 'المدارس', 'ar', 'term', 'stem مدارس; the singular المدرسة stems to مدرس and is in names (المدرسة الوطنية …)', true),
	(435, 'school_safety', 'محيط المدرسة', 'ar', 'term', NULL, true),
	(436, 'school_safety', 'أبواب المدرسة', 'ar', 'term', NULL, true),
	(437, 'school_safety', 'محيط الإعداديات', 'ar', 'term', 'الإعداديات/الإعدادية alone stem to اعداد = إعداد "preparation"', true),
	(438, 'school_safety', 'أبواب الإعداديات', 'ar', 'term', NULL, true),
	(439, 'school_safety', 'أمام الإعداديات', 'ar', 'term', 'covers أمام الإعدادية', true),
	(440, 'school_safety', 'الإعداديات والثانويات', 'ar', 'term', NULL, true),
	(441, 'school_safety', 'محيط الثانويات', 'ar', 'term', NULL, true),
	(442, 'school_safety', 'محيط الكليات', 'ar', 'term', 'الكليات alone stems to كلي "total"', true),
	(443, 'school_safety', 'sécurité scolaire', 'fr', 'term', NULL, true),
	(444, 'school_safety', 'milieu scolaire', 'fr', 'term', NULL, true),
	(445, 'school_safety', 'milieu universitaire', 'fr', 'term', NULL, true),
	(446, 'school_safety', 'établissements scolaires', 'fr', 'term', NULL, true),
	(447, 'school_safety', 'établissements d''enseignement', 'fr', 'term', NULL, true),
	(448, 'school_safety', 'abords des écoles', 'fr', 'term', NULL, true),
	(449, 'school_safety', 'abords des établissements', 'fr', 'term', NULL, true),
	(450, 'school_safety', 'sécurité des élèves', 'fr', 'term', 'élèves alone unaccents to eleve = élevé', true),
	(451, 'school_safety', 'les élèves', 'fr', 'term', NULL, true),
	(452, 'school_safety', 'des élèves', 'fr', 'term', NULL, true),
	(453, 'school_safety', 'écoliers', 'fr', 'term', NULL, true),
	(454, 'school_safety', 'lycéens', 'fr', 'term', NULL, true),
	(455, 'school_safety', 'collégiens', 'fr', 'term', NULL, true),
	(456, 'school_safety', 'lycées', 'fr', 'term', NULL, true),
	(457, 'school_safety', 'étudiants', 'fr', 'term', NULL, true),
	(458, 'school_safety', 'étudiantes', 'fr', 'term', NULL, true),
	(459, 'school_safety', 'campus', 'fr', 'term', NULL, true),
	(460, 'school_safety', 'cité universitaire', 'fr', 'term', NULL, true),
	(461, 'school_safety', 'violence scolaire', 'fr', 'term', NULL, true),
	(462, 'school_safety', 'harcèlement scolaire', 'fr', 'term', NULL, true),
	(463, 'school_safety', 'collèges', 'fr', 'term', 'covers collège', true),
	(464, 'school_safety', 'التلاميذ الضباط', 'ar', 'exclude', 'police cadets', true),
	(465, 'school_safety', 'التلاميذ المفتشين', 'ar', 'exclude', 'police cadets', true),
	(466, 'school_safety', 'التلاميذ الحراس', 'ar', 'exclude', 'police cadets', true),
	(467, 'school_safety', 'طلبة المعهد الملكي للشرطة', 'ar', 'exclude', 'police cadets', true),
	(468, 'school_safety', 'المدارس العليا', 'ar', 'exclude', 'grandes écoles (higher education institutes), not pupils', true),
	(469, 'child_protection', 'حماية الطفولة', 'ar', 'term', NULL, true),
	(470, 'child_protection', 'حماية * الأطفال', 'ar', 'term', 'الحماية القانونية للأطفال', true),
	(471, 'child_protection', 'حماية * الطفل', 'ar', 'term', NULL, true),
	(472, 'child_protection', 'حقوق الطفل', 'ar', 'term', NULL, true),
	(473, 'child_protection', 'المصلحة الفضلى للطفل', 'ar', 'term', NULL, true),
	(474, 'child_protection', 'الأطفال القصر', 'ar', 'term', 'القصر alone is "the palace"', true),
	(475, 'child_protection', 'الأطفال المختفين', 'ar', 'term', NULL, true),
	(476, 'child_protection', 'اختفاء الأطفال', 'ar', 'term', NULL, true),
	(477, 'child_protection', 'اختفاء طفل', 'ar', 'term', NULL, true),
	(478, 'child_protection', 'طفلي مختفي', 'ar', 'term', 'DGSN alert mechanism for missing children', true),
	(479, 'child_protection', 'اختطاف الأطفال', 'ar', 'term', NULL, true),
	(480, 'child_protection', 'أطفال الشوارع', 'ar', 'term', NULL, true),
	(481, 'child_protection', 'الأطفال في وضعية الشارع', 'ar', 'term', NULL, true),
	(482, 'child_protection', 'الأطفال في وضعية صعبة', 'ar', 'term', NULL, true),
	(483, 'child_protection', 'الطفولة في وضعية صعبة', 'ar', 'term', NULL, true),
	(484, 'child_protection', 'الأطفال المتخلى عنهم', 'ar', 'term', NULL, true),
	(485, 'child_protection', 'الأطفال المشردين', 'ar', 'term', NULL, true),
	(486, 'child_protection', 'تشغيل الأطفال', 'ar', 'term', NULL, true),
	(487, 'child_protection', 'استغلال * الأطفال', 'ar', 'term', 'covers الاستغلال الجنسي للأطفال', true),
	(488, 'child_protection', 'العنف ضد الأطفال', 'ar', 'term', NULL, true),
	(489, 'child_protection', 'سوء معاملة الأطفال', 'ar', 'term', NULL, true),
	(490, 'child_protection', 'الاعتداء الجنسي على الأطفال', 'ar', 'term', NULL, true),
	(491, 'child_protection', 'التسول بالأطفال', 'ar', 'term', NULL, true),
	(492, 'child_protection', 'جنوح الأحداث', 'ar', 'term', 'الأحداث alone means events', true),
	(493, 'child_protection', 'الأحداث الجانحين', 'ar', 'term', NULL, true),
	(494, 'child_protection', 'الأطفال في نزاع مع القانون', 'ar', 'term', NULL, true),
	(495, 'child_protection', 'الطفولة المهددة', 'ar', 'term', NULL, true),
	(496, 'child_protection', 'حماية * القاصرين', 'ar', 'term', 'القاصرين alone: minors also appear as offenders, drug users and beneficiaries', true),
	(497, 'child_protection', 'استغلال * القاصرين', 'ar', 'term', 'covers الاستغلال الجنسي للقاصرين، استغلال قاصر', true),
	(498, 'child_protection', 'القاصرين * استغلال', 'ar', 'term', 'القاصرين يتم استغلالهم', true),
	(499, 'child_protection', 'القاصرين المختفين', 'ar', 'term', NULL, true),
	(500, 'child_protection', 'اختفاء * القاصرين', 'ar', 'term', 'covers اختفاء قاصر', true),
	(501, 'child_protection', 'القاصرين غير المرافقين', 'ar', 'term', NULL, true),
	(502, 'child_protection', 'القاصرين غير المصحوبين', 'ar', 'term', NULL, true),
	(503, 'child_protection', 'القاصرين غير المرفوقين', 'ar', 'term', NULL, true),
	(504, 'child_protection', 'القاصرين المتخلى عنهم', 'ar', 'term', NULL, true),
	(505, 'child_protection', 'القاصرين في وضعية', 'ar', 'term', 'في وضعية الشارع/صعبة/هشاشة', true),
	(506, 'child_protection', 'القاصرين المشردين', 'ar', 'term', NULL, true),
	(507, 'child_protection', 'القاصرين ضحايا', 'ar', 'term', NULL, true),
	(508, 'child_protection', 'تشغيل القاصرين', 'ar', 'term', NULL, true),
	(509, 'child_protection', 'الاعتداء * القاصرين', 'ar', 'term', 'الاعتداء الجنسي على القاصرين؛ also tags assault', true),
	(510, 'child_protection', 'التغرير بقاصر', 'ar', 'term', NULL, true),
	(511, 'child_protection', 'هتك عرض قاصر', 'ar', 'term', NULL, true),
	(512, 'child_protection', 'اغتصاب * قاصر', 'ar', 'term', NULL, true),
	(513, 'child_protection', 'ابتزاز القاصرين', 'ar', 'term', NULL, true),
	(514, 'child_protection', 'هجرة القاصرين', 'ar', 'term', NULL, true),
	(515, 'child_protection', 'تعنيف الأطفال', 'ar', 'term', NULL, true),
	(516, 'child_protection', 'إهمال الأطفال', 'ar', 'term', NULL, true),
	(517, 'child_protection', 'التحرش بالأطفال', 'ar', 'term', NULL, true),
	(518, 'child_protection', 'اغتصاب * الأطفال', 'ar', 'term', NULL, true),
	(519, 'child_protection', 'الاتجار بالأطفال', 'ar', 'term', NULL, true),
	(520, 'child_protection', 'الأطفال ضحايا', 'ar', 'term', NULL, true),
	(521, 'child_protection', 'protection de l''enfance', 'fr', 'term', NULL, true),
	(522, 'child_protection', 'protection des enfants', 'fr', 'term', NULL, true),
	(523, 'child_protection', 'protection des mineurs', 'fr', 'term', NULL, true),
	(524, 'child_protection', 'droits de l''enfant', 'fr', 'term', NULL, true),
	(525, 'child_protection', 'enfants disparus', 'fr', 'term', NULL, true),
	(526, 'child_protection', 'disparition d''enfants', 'fr', 'term', NULL, true),
	(527, 'child_protection', 'enfants des rues', 'fr', 'term', NULL, true),
	(528, 'child_protection', 'enfants en situation de rue', 'fr', 'term', NULL, true),
	(529, 'child_protection', 'enfants en situation difficile', 'fr', 'term', NULL, true),
	(530, 'child_protection', 'mineurs non accompagnés', 'fr', 'term', NULL, true),
	(531, 'child_protection', 'exploitation des enfants', 'fr', 'term', NULL, true),
	(532, 'child_protection', 'travail des enfants', 'fr', 'term', NULL, true),
	(533, 'child_protection', 'maltraitance des enfants', 'fr', 'term', NULL, true),
	(534, 'child_protection', 'maltraitance infantile', 'fr', 'term', NULL, true),
	(535, 'child_protection', 'enfance en danger', 'fr', 'term', NULL, true),
	(536, 'child_protection', 'délinquance juvénile', 'fr', 'term', NULL, true),
	(537, 'child_protection', 'mendicité des enfants', 'fr', 'term', NULL, true),
	(538, 'child_protection', 'exploitation des mineurs', 'fr', 'term', 'mineurs alone: offenders, beneficiaries, also "miners"', true),
	(539, 'child_protection', 'mineurs en situation de rue', 'fr', 'term', NULL, true),
	(540, 'child_protection', 'mineurs disparus', 'fr', 'term', NULL, true),
	(541, 'child_protection', 'mineurs isolés', 'fr', 'term', NULL, true),
	(542, 'child_protection', 'mineurs victimes', 'fr', 'term', NULL, true),
	(543, 'child_protection', 'détournement de mineur', 'fr', 'term', NULL, true),
	(544, 'child_protection', 'enfants victimes', 'fr', 'term', NULL, true),
	(545, 'child_protection', 'pédocriminalité', 'fr', 'term', NULL, true),
	(546, 'child_protection', 'العصبة * حماية الطفولة', 'ar', 'exclude', 'name of an association', true),
	(547, 'child_protection', 'المرصد * حقوق الطفل', 'ar', 'exclude', 'name of an institution', true),
	(548, 'child_protection', 'جمعية * حماية الطفولة', 'ar', 'exclude', 'association names', true),
	(549, 'child_protection', 'جمعية * حقوق الطفل', 'ar', 'exclude', NULL, true),
	(550, 'child_protection', 'جمعية * حماية الأطفال', 'ar', 'exclude', NULL, true),
	(551, 'child_protection', 'منظمة * الطفولة', 'ar', 'exclude', 'منظمة الأمم المتحدة للطفولة', true),
	(552, 'child_protection', 'ligue * protection de l''enfance', 'fr', 'exclude', 'name of an association', true),
	(553, 'child_protection', 'association * protection de l''enfance', 'fr', 'exclude', NULL, true),
	(554, 'child_protection', 'association * droits de l''enfant', 'fr', 'exclude', NULL, true),
	(555, 'youth_services', 'دور الشباب', 'ar', 'term', 'plural of دار الشباب; see exclusion for "role of youth"', true),
	(556, 'youth_services', 'دار الشباب', 'ar', 'term', NULL, true),
	(557, 'youth_services', 'المركبات الثقافية', 'ar', 'term', 'covers المركب الثقافي', true),
	(558, 'youth_services', 'المرافق الثقافية', 'ar', 'term', NULL, true),
	(559, 'youth_services', 'الملاعب الرياضية', 'ar', 'term', NULL, true),
	(560, 'youth_services', 'ملاعب القرب', 'ar', 'term', NULL, true),
	(561, 'youth_services', 'ملعب القرب', 'ar', 'term', NULL, true),
	(562, 'youth_services', 'الفضاءات الرياضية', 'ar', 'term', NULL, true),
	(563, 'youth_services', 'المرافق الرياضية', 'ar', 'term', NULL, true),
	(564, 'youth_services', 'المنشآت الرياضية', 'ar', 'term', NULL, true),
	(565, 'youth_services', 'القاعات الرياضية', 'ar', 'term', NULL, true),
	(566, 'youth_services', 'الأندية الرياضية', 'ar', 'term', NULL, true),
	(567, 'youth_services', 'المسابح العمومية', 'ar', 'term', NULL, true),
	(568, 'youth_services', 'الإنصات للشباب', 'ar', 'term', NULL, true),
	(569, 'youth_services', 'تأطير الناشئة', 'ar', 'term', NULL, true),
	(570, 'youth_services', 'تأطير الشباب', 'ar', 'term', NULL, true),
	(571, 'youth_services', 'المخيمات الصيفية', 'ar', 'term', NULL, true),
	(572, 'youth_services', 'التخييم', 'ar', 'term', NULL, true),
	(573, 'youth_services', 'أوقات الفراغ', 'ar', 'term', NULL, true),
	(574, 'youth_services', 'الأنشطة الثقافية والرياضية', 'ar', 'term', NULL, true),
	(575, 'youth_services', 'الأنشطة الرياضية والثقافية', 'ar', 'term', NULL, true),
	(576, 'youth_services', 'الفضاءات الترفيهية', 'ar', 'term', NULL, true),
	(577, 'youth_services', 'الإنصات إلى الشباب', 'ar', 'term', NULL, true),
	(578, 'youth_services', 'السوسيو رياضية', 'ar', 'term', 'المركب السوسيو-رياضي (the hyphen splits)', true),
	(579, 'youth_services', 'النوادي الرياضية', 'ar', 'term', NULL, true),
	(580, 'youth_services', 'فضاءات للشباب', 'ar', 'term', 'covers فضاءات الشباب', true),
	(581, 'youth_services', 'maisons de jeunes', 'fr', 'term', NULL, true),
	(582, 'youth_services', 'maison des jeunes', 'fr', 'term', NULL, true),
	(583, 'youth_services', 'complexes culturels', 'fr', 'term', NULL, true),
	(584, 'youth_services', 'terrains de proximité', 'fr', 'term', NULL, true),
	(585, 'youth_services', 'terrains de sport', 'fr', 'term', NULL, true),
	(586, 'youth_services', 'infrastructures sportives', 'fr', 'term', NULL, true),
	(587, 'youth_services', 'équipements sportifs', 'fr', 'term', NULL, true),
	(588, 'youth_services', 'installations sportives', 'fr', 'term', NULL, true),
	(589, 'youth_services', 'encadrement des jeunes', 'fr', 'term', NULL, true),
	(590, 'youth_services', 'écoute des jeunes', 'fr', 'term', NULL, true),
	(591, 'youth_services', 'colonies de vacances', 'fr', 'term', NULL, true),
	(592, 'youth_services', 'activités sportives et culturelles', 'fr', 'term', NULL, true),
	(593, 'youth_services', 'loisirs des jeunes', 'fr', 'term', NULL, true),
	(594, 'youth_services', 'espaces pour les jeunes', 'fr', 'term', NULL, true),
	(595, 'youth_services', 'espaces de loisirs', 'fr', 'term', NULL, true),
	(596, 'youth_services', 'دور الشباب في', 'ar', 'exclude', '"the role of young people in"', true),
	(597, 'youth_services', 'بمقر دار الشباب', 'ar', 'exclude', 'a venue', true),
	(598, 'youth_services', 'احتضنت دار الشباب', 'ar', 'exclude', 'a venue; also covers احتضنته', true),
	(599, 'youth_services', 'شغب الملاعب الرياضية', 'ar', 'exclude', 'stadium violence is hooliganism', true),
	(600, 'youth_services', 'جمعية * التخييم', 'ar', 'exclude', 'association names: جمعية الطفولة الشعبية للتخييم', true),
	(601, 'youth_services', 'الجامعة الوطنية للتخييم', 'ar', 'exclude', 'the national camping federation', true),
	(602, 'youth_services', 'انعقد * دار الشباب', 'ar', 'exclude', 'a venue: انعقد اللقاء بدار الشباب (بدار الشباب alone would also read as دار الشباب)', true),
	(603, 'youth_services', 'عقد * دار الشباب', 'ar', 'exclude', 'a venue', true),
	(604, 'youth_services', 'نظم * دار الشباب', 'ar', 'exclude', 'a venue', true),
	(605, 'youth_services', 'قاعة * دار الشباب', 'ar', 'exclude', 'a venue', true),
	(606, 'youth_services', 'فضاء دار الشباب', 'ar', 'exclude', 'a venue', true),
	(607, 'youth_services', 'نظمت * دار الشباب', 'ar', 'exclude', 'a venue (verbs keep their ت: one row per form)', true),
	(608, 'youth_services', 'عقدت * دار الشباب', 'ar', 'exclude', 'a venue', true),
	(609, 'youth_services', 'انعقدت * دار الشباب', 'ar', 'exclude', 'a venue', true),
	(610, 'hooliganism', 'شغب الملاعب', 'ar', 'term', 'covers الشغب بالملاعب', true),
	(611, 'hooliganism', 'الشغب الرياضي', 'ar', 'term', NULL, true),
	(612, 'hooliganism', 'الشغب في الملاعب', 'ar', 'term', NULL, true),
	(613, 'hooliganism', 'أعمال الشغب', 'ar', 'term', 'in Moroccan reports mostly around matches', true),
	(614, 'hooliganism', 'العنف في الملاعب', 'ar', 'term', NULL, true),
	(615, 'hooliganism', 'العنف بالملاعب', 'ar', 'term', NULL, true),
	(616, 'hooliganism', 'العنف الرياضي', 'ar', 'term', NULL, true),
	(617, 'hooliganism', 'العنف المرتبط بالتظاهرات الرياضية', 'ar', 'term', NULL, true),
	(618, 'hooliganism', 'الجماهير المشاغبة', 'ar', 'term', NULL, true),
	(619, 'hooliganism', 'الشهب الاصطناعية', 'ar', 'term', 'flares in stands', true),
	(620, 'hooliganism', 'الإلترات', 'ar', 'term', 'organised supporter groups; one stem for الإلترات، إلترات، ألتراس، الألتراس (not ترأس)', true),
	(621, 'hooliganism', 'العنف * المباريات', 'ar', 'term', 'violence around matches: أعمال عنف وتخريب بعد المباريات', true),
	(622, 'hooliganism', 'العنف * المباراة', 'ar', 'term', NULL, true),
	(623, 'hooliganism', 'عنف الملاعب', 'ar', 'term', NULL, true),
	(624, 'hooliganism', 'شغب المدرجات', 'ar', 'term', NULL, true),
	(625, 'hooliganism', 'الشغب الكروي', 'ar', 'term', NULL, true),
	(626, 'hooliganism', 'أحداث الشغب', 'ar', 'term', 'negated mentions excluded below', true),
	(627, 'hooliganism', 'الجماهير المتعصبة', 'ar', 'term', NULL, true),
	(628, 'hooliganism', 'التعصب الرياضي', 'ar', 'term', NULL, true),
	(629, 'hooliganism', 'hooliganisme', 'fr', 'term', NULL, true),
	(630, 'hooliganism', 'hooligans', 'fr', 'term', NULL, true),
	(631, 'hooliganism', 'violence dans les stades', 'fr', 'term', NULL, true),
	(632, 'hooliganism', 'violence sportive', 'fr', 'term', NULL, true),
	(633, 'hooliganism', 'groupes ultras', 'fr', 'term', 'ultras alone stems to ultra, a common prefix', true),
	(634, 'hooliganism', 'supporters violents', 'fr', 'term', NULL, true),
	(635, 'hooliganism', 'fumigènes', 'fr', 'term', NULL, true),
	(636, 'hooliganism', 'دون تسجيل * الشغب', 'ar', 'exclude', 'negated: مرت المباراة دون تسجيل أي أحداث شغب', true),
	(637, 'hooliganism', 'دون تسجيل * العنف', 'ar', 'exclude', NULL, true),
	(638, 'road_safety', 'السلامة الطرقية', 'ar', 'term', NULL, true),
	(639, 'road_safety', 'حوادث السير', 'ar', 'term', NULL, true),
	(640, 'road_safety', 'حادثة سير', 'ar', 'term', 'covers حادث السير', true),
	(641, 'road_safety', 'حوادث الطرق', 'ar', 'term', NULL, true),
	(642, 'road_safety', 'حوادث المرور', 'ar', 'term', NULL, true),
	(643, 'road_safety', 'حرب الطرق', 'ar', 'term', NULL, true),
	(644, 'road_safety', 'السياقة المتهورة', 'ar', 'term', 'السياقة alone stems to سياق "context"', true),
	(645, 'road_safety', 'السياقة الخطيرة', 'ar', 'term', NULL, true),
	(646, 'road_safety', 'السياقة الاستعراضية', 'ar', 'term', NULL, true),
	(647, 'road_safety', 'السياقة بدون رخصة', 'ar', 'term', NULL, true),
	(648, 'road_safety', 'التهور في السياقة', 'ar', 'term', NULL, true),
	(649, 'road_safety', 'السرعة المفرطة', 'ar', 'term', NULL, true),
	(650, 'road_safety', 'الإفراط في السرعة', 'ar', 'term', NULL, true),
	(651, 'road_safety', 'مدونة السير', 'ar', 'term', NULL, true),
	(652, 'road_safety', 'قانون السير', 'ar', 'term', NULL, true),
	(653, 'road_safety', 'مخالفات السير', 'ar', 'term', NULL, true),
	(654, 'road_safety', 'المخالفات المرورية', 'ar', 'term', NULL, true),
	(655, 'road_safety', 'السير والجولان', 'ar', 'term', NULL, true),
	(656, 'road_safety', 'ممرات الراجلين', 'ar', 'term', NULL, true),
	(657, 'road_safety', 'سلامة الراجلين', 'ar', 'term', NULL, true),
	(658, 'road_safety', 'التشوير الطرقي', 'ar', 'term', NULL, true),
	(659, 'road_safety', 'علامات التشوير', 'ar', 'term', NULL, true),
	(660, 'road_safety', 'الإشارات الضوئية', 'ar', 'term', NULL, true),
	(661, 'road_safety', 'الأضواء ثلاثية الألوان', 'ar', 'term', NULL, true),
	(662, 'road_safety', 'مخففات السرعة', 'ar', 'term', NULL, true),
	(663, 'road_safety', 'الممهلات', 'ar', 'term', 'speed bumps', true),
	(664, 'road_safety', 'التربية الطرقية', 'ar', 'term', NULL, true),
	(665, 'road_safety', 'الوقاية من حوادث السير', 'ar', 'term', NULL, true),
	(666, 'road_safety', 'تنظيم حركة السير', 'ar', 'term', 'حركة السير alone is just "traffic"', true),
	(667, 'road_safety', 'عرقلة حركة السير', 'ar', 'term', NULL, true),
	(668, 'road_safety', 'انسيابية حركة السير', 'ar', 'term', NULL, true),
	(669, 'road_safety', 'تنظيم السير', 'ar', 'term', NULL, true),
	(670, 'road_safety', 'المراقبة الطرقية', 'ar', 'term', NULL, true),
	(671, 'road_safety', 'السلامة المرورية', 'ar', 'term', NULL, true),
	(672, 'road_safety', 'الحوادث المرورية', 'ar', 'term', NULL, true),
	(673, 'road_safety', 'حزام السلامة', 'ar', 'term', NULL, true),
	(674, 'road_safety', 'الخوذة الواقية', 'ar', 'term', NULL, true),
	(675, 'road_safety', 'أثناء السياقة', 'ar', 'term', NULL, true),
	(676, 'road_safety', 'السياقة في حالة سكر', 'ar', 'term', NULL, true),
	(677, 'road_safety', 'قواعد السير', 'ar', 'term', NULL, true),
	(678, 'road_safety', 'عبور الطريق', 'ar', 'term', NULL, true),
	(679, 'road_safety', 'الكسيدة', 'ary', 'term', 'accident', true),
	(680, 'road_safety', 'sécurité routière', 'fr', 'term', NULL, true),
	(681, 'road_safety', 'accidents de la circulation', 'fr', 'term', NULL, true),
	(682, 'road_safety', 'accidents de la route', 'fr', 'term', NULL, true),
	(683, 'road_safety', 'accident de circulation', 'fr', 'term', NULL, true),
	(684, 'road_safety', 'excès de vitesse', 'fr', 'term', NULL, true),
	(685, 'road_safety', 'conduite dangereuse', 'fr', 'term', NULL, true),
	(686, 'road_safety', 'conduite imprudente', 'fr', 'term', NULL, true),
	(687, 'road_safety', 'circulation routière', 'fr', 'term', NULL, true),
	(688, 'road_safety', 'code de la route', 'fr', 'term', NULL, true),
	(689, 'road_safety', 'passages piétons', 'fr', 'term', NULL, true),
	(690, 'road_safety', 'signalisation routière', 'fr', 'term', NULL, true),
	(691, 'road_safety', 'éducation routière', 'fr', 'term', NULL, true),
	(692, 'road_safety', 'prévention routière', 'fr', 'term', NULL, true),
	(693, 'road_safety', 'infractions routières', 'fr', 'term', NULL, true),
	(694, 'road_safety', 'ralentisseurs', 'fr', 'term', NULL, true),
	(695, 'road_safety', 'feux de signalisation', 'fr', 'term', NULL, true),
	(696, 'road_safety', 'ceinture de sécurité', 'fr', 'term', NULL, true),
	(697, 'road_safety', 'فرقة السير والجولان', 'ar', 'exclude', 'a unit name', true),
	(698, 'road_safety', 'مصلحة السير والجولان', 'ar', 'exclude', 'a unit name', true),
	(699, 'road_safety', 'جمعية * السلامة الطرقية', 'ar', 'exclude', 'association names', true),
	(700, 'road_safety', 'جمعية * الوقاية من حوادث السير', 'ar', 'exclude', NULL, true),
	(701, 'public_disorder', 'السكر العلني', 'ar', 'term', NULL, true),
	(702, 'public_disorder', 'حالة سكر', 'ar', 'term', NULL, true),
	(703, 'public_disorder', 'السكر الطافح', 'ar', 'term', NULL, true),
	(704, 'public_disorder', 'السكارى', 'ar', 'term', NULL, true),
	(705, 'public_disorder', 'الإزعاج', 'ar', 'term', NULL, true),
	(706, 'public_disorder', 'الضجيج', 'ar', 'term', NULL, true),
	(707, 'public_disorder', 'الضوضاء', 'ar', 'term', NULL, true),
	(708, 'public_disorder', 'التسول', 'ar', 'term', NULL, true),
	(709, 'public_disorder', 'المتسولين', 'ar', 'term', NULL, true),
	(710, 'public_disorder', 'التشرد', 'ar', 'term', NULL, true),
	(711, 'public_disorder', 'المشردين', 'ar', 'term', NULL, true),
	(712, 'public_disorder', 'احتلال الملك العمومي', 'ar', 'term', NULL, true),
	(713, 'public_disorder', 'الملك العمومي', 'ar', 'term', 'الملك alone is "the king"', true),
	(714, 'public_disorder', 'الاحتلال العشوائي', 'ar', 'term', NULL, true),
	(715, 'public_disorder', 'الباعة المتجولين', 'ar', 'term', NULL, true),
	(716, 'public_disorder', 'الباعة الجائلين', 'ar', 'term', NULL, true),
	(717, 'public_disorder', 'الأسواق العشوائية', 'ar', 'term', NULL, true),
	(718, 'public_disorder', 'حراس السيارات', 'ar', 'term', 'informal parking attendants', true),
	(719, 'public_disorder', 'الكلاب الضالة', 'ar', 'term', NULL, true),
	(720, 'public_disorder', 'المختلين عقليا', 'ar', 'term', NULL, true),
	(721, 'public_disorder', 'الخمور', 'ar', 'term', NULL, true),
	(722, 'public_disorder', 'بيع الخمور', 'ar', 'term', NULL, true),
	(723, 'public_disorder', 'ماء الحياة', 'ar', 'term', 'illicit fig spirit', true),
	(724, 'public_disorder', 'مقاهي الشيشة', 'ar', 'term', NULL, true),
	(725, 'public_disorder', 'الشيشة', 'ar', 'term', NULL, true),
	(726, 'public_disorder', 'الإخلال بالنظام العام', 'ar', 'term', NULL, true),
	(727, 'public_disorder', 'تخريب الممتلكات العامة', 'ar', 'term', NULL, true),
	(728, 'public_disorder', 'الإخلال العلني بالحياء', 'ar', 'term', NULL, true),
	(729, 'public_disorder', 'المتشردين', 'ar', 'term', 'stem متشرد, not that of المشردين', true),
	(730, 'public_disorder', 'المتسكعين', 'ar', 'term', NULL, true),
	(731, 'public_disorder', 'بدون مأوى', 'ar', 'term', NULL, true),
	(732, 'public_disorder', 'المشروبات الكحولية', 'ar', 'term', NULL, true),
	(733, 'public_disorder', 'تعاطي الكحول', 'ar', 'term', NULL, true),
	(734, 'public_disorder', 'احتلال * الأرصفة', 'ar', 'term', 'احتلال الباعة الجائلين للأرصفة', true),
	(735, 'public_disorder', 'الفراشة', 'ary', 'term', 'street vendors on the ground', true),
	(736, 'public_disorder', 'الماحيا', 'ary', 'term', 'illicit spirit', true),
	(737, 'public_disorder', 'السكايرية', 'ary', 'term', 'drunks', true),
	(738, 'public_disorder', 'الشمكارة', 'ary', 'term', 'glue-sniffing street youths', true),
	(739, 'public_disorder', 'الشماكرية', 'ary', 'term', NULL, true),
	(740, 'public_disorder', 'الكورتية', 'ary', 'term', 'touts of bus stations', true),
	(741, 'public_disorder', 'ivresse', 'fr', 'term', NULL, true),
	(742, 'public_disorder', 'ivresse publique', 'fr', 'term', NULL, true),
	(743, 'public_disorder', 'état d''ivresse', 'fr', 'term', NULL, true),
	(744, 'public_disorder', 'tapage nocturne', 'fr', 'term', NULL, true),
	(745, 'public_disorder', 'nuisances sonores', 'fr', 'term', NULL, true),
	(746, 'public_disorder', 'mendicité', 'fr', 'term', NULL, true),
	(747, 'public_disorder', 'mendiants', 'fr', 'term', NULL, true),
	(748, 'public_disorder', 'occupation du domaine public', 'fr', 'term', NULL, true),
	(749, 'public_disorder', 'domaine public', 'fr', 'term', NULL, true),
	(750, 'public_disorder', 'vendeurs ambulants', 'fr', 'term', NULL, true),
	(751, 'public_disorder', 'marchands ambulants', 'fr', 'term', NULL, true),
	(752, 'public_disorder', 'trouble à l''ordre public', 'fr', 'term', NULL, true),
	(753, 'public_disorder', 'atteinte à l''ordre public', 'fr', 'term', NULL, true),
	(754, 'public_disorder', 'chiens errants', 'fr', 'term', NULL, true),
	(755, 'public_disorder', 'sans-abri', 'fr', 'term', NULL, true),
	(756, 'public_disorder', 'vandalisme', 'fr', 'term', NULL, true),
	(757, 'public_disorder', 'vente d''alcool', 'fr', 'term', NULL, true),
	(758, 'public_disorder', 'chicha', 'fr', 'term', NULL, true),
	(759, 'public_disorder', 'consommation d''alcool', 'fr', 'term', NULL, true),
	(760, 'public_disorder', 'occupation illégale', 'fr', 'term', NULL, true),
	(761, 'urban_safety', 'الإنارة العمومية', 'ar', 'term', 'الإنارة alone also means "enlightening" (إنارة الرأي العام)', true),
	(762, 'urban_safety', 'ضعف الإنارة', 'ar', 'term', NULL, true),
	(763, 'urban_safety', 'غياب الإنارة', 'ar', 'term', NULL, true),
	(764, 'urban_safety', 'انعدام الإنارة', 'ar', 'term', NULL, true),
	(765, 'urban_safety', 'قلة الإنارة', 'ar', 'term', NULL, true),
	(766, 'urban_safety', 'أعمدة الإنارة', 'ar', 'term', NULL, true),
	(767, 'urban_safety', 'مصابيح الإنارة', 'ar', 'term', NULL, true),
	(768, 'urban_safety', 'الأزقة المظلمة', 'ar', 'term', NULL, true),
	(769, 'urban_safety', 'الأماكن المظلمة', 'ar', 'term', NULL, true),
	(770, 'urban_safety', 'الظلام الدامس', 'ar', 'term', NULL, true),
	(771, 'urban_safety', 'البنايات المهجورة', 'ar', 'term', NULL, true),
	(772, 'urban_safety', 'المنازل المهجورة', 'ar', 'term', NULL, true),
	(773, 'urban_safety', 'الدور المهجورة', 'ar', 'term', NULL, true),
	(774, 'urban_safety', 'المباني المهجورة', 'ar', 'term', NULL, true),
	(775, 'urban_safety', 'الأماكن المهجورة', 'ar', 'term', NULL, true),
	(776, 'urban_safety', 'البنايات الآيلة للسقوط', 'ar', 'term', NULL, true),
	(777, 'urban_safety', 'المنازل الآيلة للسقوط', 'ar', 'term', NULL, true),
	(778, 'urban_safety', 'الأراضي الفارغة', 'ar', 'term', NULL, true),
	(779, 'urban_safety', 'الأراضي العارية', 'ar', 'term', NULL, true),
	(780, 'urban_safety', 'البقع الأرضية الفارغة', 'ar', 'term', NULL, true),
	(781, 'urban_safety', 'البقع الفارغة', 'ar', 'term', NULL, true),
	(782, 'urban_safety', 'النقط السوداء', 'ar', 'term', NULL, true),
	(783, 'urban_safety', 'النقاط السوداء', 'ar', 'term', NULL, true),
	(784, 'urban_safety', 'النقط السودا', 'ar', 'term', 'without final hamza', true),
	(785, 'urban_safety', 'الأماكن المعزولة', 'ar', 'term', NULL, true),
	(786, 'urban_safety', 'كاميرات المراقبة', 'ar', 'term', NULL, true),
	(787, 'urban_safety', 'المراقبة بالكاميرات', 'ar', 'term', NULL, true),
	(788, 'urban_safety', 'الدروب المظلمة', 'ar', 'term', NULL, true),
	(789, 'urban_safety', 'الشوارع المظلمة', 'ar', 'term', NULL, true),
	(790, 'urban_safety', 'الممرات المظلمة', 'ar', 'term', NULL, true),
	(791, 'urban_safety', 'إنارة الشوارع', 'ar', 'term', NULL, true),
	(792, 'urban_safety', 'إنارة الأزقة', 'ar', 'term', NULL, true),
	(793, 'urban_safety', 'البنايات غير المكتملة', 'ar', 'term', NULL, true),
	(794, 'urban_safety', 'الفضاءات المهجورة', 'ar', 'term', NULL, true),
	(795, 'urban_safety', 'المصانع المهجورة', 'ar', 'term', NULL, true),
	(796, 'urban_safety', 'مأوى للمنحرفين', 'ar', 'term', 'places that shelter delinquents', true),
	(797, 'urban_safety', 'وكرا للمنحرفين', 'ar', 'term', 'وكرا keeps its alif in the stem', true),
	(798, 'urban_safety', 'وكر للمنحرفين', 'ar', 'term', NULL, true),
	(799, 'urban_safety', 'أوكار للمنحرفين', 'ar', 'term', NULL, true),
	(800, 'urban_safety', 'ملاذ للمنحرفين', 'ar', 'term', NULL, true),
	(801, 'urban_safety', 'مرتع للمنحرفين', 'ar', 'term', NULL, true),
	(802, 'urban_safety', 'مخابئ للمنحرفين', 'ar', 'term', NULL, true),
	(803, 'urban_safety', 'éclairage public', 'fr', 'term', NULL, true),
	(804, 'urban_safety', 'manque d''éclairage', 'fr', 'term', NULL, true),
	(805, 'urban_safety', 'absence d''éclairage', 'fr', 'term', NULL, true),
	(806, 'urban_safety', 'bâtiments abandonnés', 'fr', 'term', NULL, true),
	(807, 'urban_safety', 'maisons abandonnées', 'fr', 'term', NULL, true),
	(808, 'urban_safety', 'constructions abandonnées', 'fr', 'term', NULL, true),
	(809, 'urban_safety', 'terrains vagues', 'fr', 'term', NULL, true),
	(810, 'urban_safety', 'points noirs', 'fr', 'term', NULL, true),
	(811, 'urban_safety', 'ruelles sombres', 'fr', 'term', NULL, true),
	(812, 'urban_safety', 'lieux isolés', 'fr', 'term', NULL, true),
	(813, 'urban_safety', 'caméras de surveillance', 'fr', 'term', NULL, true),
	(814, 'urban_safety', 'vidéosurveillance', 'fr', 'term', NULL, true),
	(815, 'urban_safety', 'mal éclairés', 'fr', 'term', NULL, true),
	(816, 'urban_safety', 'mal éclairées', 'fr', 'term', NULL, true),
	(817, 'urban_safety', 'bâtiments en ruine', 'fr', 'term', NULL, true),
	(818, 'police_presence', 'التواجد الأمني', 'ar', 'term', NULL, true),
	(819, 'police_presence', 'الحضور الأمني', 'ar', 'term', NULL, true),
	(820, 'police_presence', 'الوجود الأمني', 'ar', 'term', NULL, true),
	(821, 'police_presence', 'الانتشار الأمني', 'ar', 'term', NULL, true),
	(822, 'police_presence', 'التغطية الأمنية', 'ar', 'term', NULL, true),
	(823, 'police_presence', 'الحملات الأمنية', 'ar', 'term', 'الحملات alone stems to حمل', true),
	(824, 'police_presence', 'الحملات التمشيطية', 'ar', 'term', NULL, true),
	(825, 'police_presence', 'الحملات التطهيرية', 'ar', 'term', NULL, true),
	(826, 'police_presence', 'التمشيط', 'ar', 'term', NULL, true),
	(827, 'police_presence', 'السدود الأمنية', 'ar', 'term', 'covers سدود أمنية', true),
	(828, 'police_presence', 'السدود القضائية', 'ar', 'term', NULL, true),
	(829, 'police_presence', 'نقط المراقبة', 'ar', 'term', NULL, true),
	(830, 'police_presence', 'المبحوث عنهم', 'ar', 'term', NULL, true),
	(831, 'police_presence', 'المبحوث عنه', 'ar', 'term', NULL, true),
	(832, 'police_presence', 'المبحوث عنها', 'ar', 'term', NULL, true),
	(833, 'police_presence', 'المطلوبين * العدالة', 'ar', 'term', 'المطلوبين للعدالة، المطلوبين لدى العدالة', true),
	(834, 'police_presence', 'دائرة أمنية جديدة', 'ar', 'term', NULL, true),
	(835, 'police_presence', 'دوائر أمنية جديدة', 'ar', 'term', NULL, true),
	(836, 'police_presence', 'إحداث * دائرة أمنية', 'ar', 'term', NULL, true),
	(837, 'police_presence', 'إحداث * دائرة للشرطة', 'ar', 'term', NULL, true),
	(838, 'police_presence', 'إحداث * مفوضية', 'ar', 'term', NULL, true),
	(839, 'police_presence', 'مفوضية جديدة', 'ar', 'term', NULL, true),
	(840, 'police_presence', 'فرقة الصقور', 'ar', 'term', 'motorcycle patrol brigade', true),
	(841, 'police_presence', 'سرعة التدخل', 'ar', 'term', NULL, true),
	(842, 'police_presence', 'سرعة الاستجابة', 'ar', 'term', NULL, true),
	(843, 'police_presence', 'التدخل السريع', 'ar', 'term', NULL, true),
	(844, 'police_presence', 'المراقبة الأمنية', 'ar', 'term', NULL, true),
	(845, 'police_presence', 'الدوريات', 'ar', 'term', 'patrols; stem دوريات, not الدورية "periodic"; sports leagues excluded below', true),
	(846, 'police_presence', 'دورية أمنية', 'ar', 'term', 'the singular دورية is also "periodic" and "a circular": phrases only', true),
	(847, 'police_presence', 'دورية راجلة', 'ar', 'term', NULL, true),
	(848, 'police_presence', 'دورية راكبة', 'ar', 'term', NULL, true),
	(849, 'police_presence', 'دورية ليلية', 'ar', 'term', NULL, true),
	(850, 'police_presence', 'دورية قارة', 'ar', 'term', 'a permanent patrol at a spot', true),
	(851, 'police_presence', 'دورية متنقلة', 'ar', 'term', NULL, true),
	(852, 'police_presence', 'دورية للشرطة', 'ar', 'term', 'covers دورية الشرطة', true),
	(853, 'police_presence', 'دورية إضافية', 'ar', 'term', NULL, true),
	(854, 'police_presence', 'تخصيص دورية', 'ar', 'term', NULL, true),
	(855, 'police_presence', 'أمنية قارة', 'ar', 'term', 'a permanent post or unit: نقطة/فرقة أمنية قارة', true),
	(856, 'police_presence', 'مركز جديد للشرطة', 'ar', 'term', NULL, true),
	(857, 'police_presence', 'فرقة الدراجين', 'ar', 'term', 'motorcycle brigade; covers فرقة للدراجين', true),
	(858, 'police_presence', 'عناصر إضافية', 'ar', 'term', 'deployment of extra officers: تعزيز المدينة بعناصر إضافية', true),
	(859, 'police_presence', 'تكثيف * المراقبة', 'ar', 'term', 'تكثيف المراقبة الليلية/الطرقية', true),
	(860, 'police_presence', 'تشديد * المراقبة', 'ar', 'term', NULL, true),
	(861, 'police_presence', 'تعزيز المراقبة', 'ar', 'term', NULL, true),
	(862, 'police_presence', 'المراقبة الطرقية', 'ar', 'term', 'road checks; also road_safety', true),
	(863, 'police_presence', 'تأمين محيط', 'ar', 'term', 'تأمين محيط المؤسسات التعليمية/الملعب', true),
	(864, 'police_presence', 'تأمين المباريات', 'ar', 'term', NULL, true),
	(865, 'police_presence', 'الحملات المشتركة', 'ar', 'term', 'joint campaigns with the local authorities', true),
	(866, 'police_presence', 'شرطي المرور', 'ar', 'term', 'a traffic officer posted at a spot; covers شرطة المرور', true),
	(867, 'police_presence', 'إحداث مركز للشرطة', 'ar', 'term', 'no gap: إحداث and أحداث "events" normalize alike; covers مركز الشرطة', true),
	(868, 'police_presence', 'إحداث نقطة أمنية', 'ar', 'term', NULL, true),
	(869, 'police_presence', 'غياب البوليس', 'ary', 'term', NULL, true),
	(870, 'police_presence', 'السطافيط', 'ary', 'term', 'police van', true),
	(871, 'police_presence', 'patrouilles', 'fr', 'term', NULL, true),
	(872, 'police_presence', 'présence policière', 'fr', 'term', NULL, true),
	(873, 'police_presence', 'présence sécuritaire', 'fr', 'term', NULL, true),
	(874, 'police_presence', 'campagnes sécuritaires', 'fr', 'term', NULL, true),
	(875, 'police_presence', 'opérations de ratissage', 'fr', 'term', NULL, true),
	(876, 'police_presence', 'ratissage', 'fr', 'term', NULL, true),
	(877, 'police_presence', 'barrages de police', 'fr', 'term', NULL, true),
	(878, 'police_presence', 'barrages policiers', 'fr', 'term', NULL, true),
	(879, 'police_presence', 'personnes recherchées', 'fr', 'term', NULL, true),
	(880, 'police_presence', 'individus recherchés', 'fr', 'term', NULL, true),
	(881, 'police_presence', 'nouveau commissariat', 'fr', 'term', NULL, true),
	(882, 'police_presence', 'arrondissement de police', 'fr', 'term', NULL, true),
	(883, 'police_presence', 'rapidité d''intervention', 'fr', 'term', NULL, true),
	(884, 'police_presence', 'délai d''intervention', 'fr', 'term', NULL, true),
	(885, 'police_presence', 'renforcement de la présence', 'fr', 'term', NULL, true),
	(886, 'police_presence', 'poste de police', 'fr', 'term', NULL, true),
	(887, 'police_presence', 'renforcement des patrouilles', 'fr', 'term', NULL, true),
	(888, 'police_presence', 'الدوريات الرياضية', 'ar', 'exclude', 'sports leagues', true),
	(889, 'police_resources', 'قلة * الموارد البشرية', 'ar', 'term', 'covers قلة الموارد البشرية واللوجيستيكية، لقلة، وقلة', true),
	(890, 'police_resources', 'نقص * الموارد البشرية', 'ar', 'term', NULL, true),
	(891, 'police_resources', 'خصاص * الموارد البشرية', 'ar', 'term', 'covers الخصاص في الموارد البشرية', true),
	(892, 'police_resources', 'ضعف * الموارد البشرية', 'ar', 'term', NULL, true),
	(893, 'police_resources', 'محدودية * الموارد البشرية', 'ar', 'term', NULL, true),
	(894, 'police_resources', 'قلة * رجال الأمن', 'ar', 'term', NULL, true),
	(895, 'police_resources', 'نقص * رجال الأمن', 'ar', 'term', NULL, true),
	(896, 'police_resources', 'خصاص * رجال الأمن', 'ar', 'term', NULL, true),
	(897, 'police_resources', 'قلة * عناصر الأمن', 'ar', 'term', NULL, true),
	(898, 'police_resources', 'نقص * عناصر الأمن', 'ar', 'term', NULL, true),
	(899, 'police_resources', 'خصاص * عناصر الأمن', 'ar', 'term', NULL, true),
	(900, 'police_resources', 'قلة * عناصر الشرطة', 'ar', 'term', NULL, true),
	(901, 'police_resources', 'نقص * عناصر الشرطة', 'ar', 'term', NULL, true),
	(902, 'police_resources', 'خصاص * عناصر الشرطة', 'ar', 'term', NULL, true),
	(903, 'police_resources', 'قلة * العنصر البشري', 'ar', 'term', NULL, true),
	(904, 'police_resources', 'نقص * العنصر البشري', 'ar', 'term', NULL, true),
	(905, 'police_resources', 'خصاص * العنصر البشري', 'ar', 'term', NULL, true),
	(906, 'police_resources', 'قلة * أفراد الأمن', 'ar', 'term', NULL, true),
	(907, 'police_resources', 'نقص * أفراد الأمن', 'ar', 'term', NULL, true),
	(908, 'police_resources', 'قلة * سيارات الشرطة', 'ar', 'term', NULL, true),
	(909, 'police_resources', 'نقص * سيارات الشرطة', 'ar', 'term', NULL, true),
	(910, 'police_resources', 'قلة * الوسائل اللوجستيكية', 'ar', 'term', NULL, true),
	(911, 'police_resources', 'نقص * الوسائل اللوجستيكية', 'ar', 'term', NULL, true),
	(912, 'police_resources', 'قلة * الإمكانيات البشرية', 'ar', 'term', NULL, true),
	(913, 'police_resources', 'نقص * الإمكانيات البشرية', 'ar', 'term', NULL, true),
	(914, 'police_resources', 'الموارد البشرية واللوجيستيكية', 'ar', 'term', 'spellings differ: اللوجيستيكية، اللوجستيكية، اللوجستية', true),
	(915, 'police_resources', 'الموارد البشرية واللوجستيكية', 'ar', 'term', NULL, true),
	(916, 'police_resources', 'الموارد البشرية واللوجستية', 'ar', 'term', NULL, true),
	(917, 'police_resources', 'تعزيز * الموارد البشرية', 'ar', 'term', 'تعزيز الدائرة بالموارد البشرية', true),
	(918, 'police_resources', 'تعزيز * العنصر البشري', 'ar', 'term', NULL, true),
	(919, 'police_resources', 'قلة * سيارات التدخل', 'ar', 'term', NULL, true),
	(920, 'police_resources', 'نقص * سيارات التدخل', 'ar', 'term', NULL, true),
	(921, 'police_resources', 'خصاص * سيارات', 'ar', 'term', NULL, true),
	(922, 'police_resources', 'الرفع من عدد العناصر الأمنية', 'ar', 'term', NULL, true),
	(923, 'police_resources', 'الرفع من عدد رجال الأمن', 'ar', 'term', NULL, true),
	(924, 'police_resources', 'الرفع من عدد عناصر الشرطة', 'ar', 'term', NULL, true),
	(925, 'police_resources', 'قلة * البوليس', 'ary', 'term', NULL, true),
	(926, 'police_resources', 'نقص * البوليس', 'ary', 'term', NULL, true),
	(927, 'police_resources', 'الخصاص * البوليس', 'ary', 'term', 'also matches الخصاص فالبوليس', true),
	(928, 'police_resources', 'manque d''effectifs', 'fr', 'term', NULL, true),
	(929, 'police_resources', 'sous-effectif', 'fr', 'term', NULL, true),
	(930, 'police_resources', 'insuffisance des effectifs', 'fr', 'term', NULL, true),
	(931, 'police_resources', 'pénurie d''effectifs', 'fr', 'term', NULL, true),
	(932, 'police_resources', 'renforcement des effectifs', 'fr', 'term', NULL, true),
	(933, 'police_resources', 'manque de policiers', 'fr', 'term', NULL, true),
	(934, 'police_resources', 'manque d''agents', 'fr', 'term', NULL, true),
	(935, 'police_resources', 'manque de moyens humains', 'fr', 'term', NULL, true),
	(936, 'police_resources', 'manque de moyens logistiques', 'fr', 'term', NULL, true),
	(937, 'police_resources', 'moyens humains et logistiques', 'fr', 'term', NULL, true),
	(938, 'police_resources', 'manque de véhicules', 'fr', 'term', NULL, true),
	(939, 'communication', 'التواصل المؤسساتي', 'ar', 'term', NULL, true),
	(940, 'communication', 'غياب التواصل', 'ar', 'term', NULL, true),
	(941, 'communication', 'ضعف التواصل', 'ar', 'term', NULL, true),
	(942, 'communication', 'انعدام التواصل', 'ar', 'term', NULL, true),
	(943, 'communication', 'قلة التواصل', 'ar', 'term', NULL, true),
	(944, 'communication', 'خلية التواصل', 'ar', 'term', 'the police unit for civil-society relations; also وخلية، بخلية، لخلية', true),
	(945, 'communication', 'خلايا التواصل', 'ar', 'term', 'covers خلايا للتواصل', true),
	(946, 'communication', 'قنوات التواصل', 'ar', 'term', NULL, true),
	(947, 'communication', 'قنوات الاتصال', 'ar', 'term', NULL, true),
	(948, 'communication', 'آليات التواصل', 'ar', 'term', 'covers آلية التواصل، وآليات، بآليات', true),
	(949, 'communication', 'آليات الشراكة', 'ar', 'term', NULL, true),
	(950, 'communication', 'التظلمات', 'ar', 'term', NULL, true),
	(951, 'communication', 'صندوق للرسائل', 'ar', 'term', 'covers صندوق الرسائل', true),
	(952, 'communication', 'صناديق للرسائل', 'ar', 'term', NULL, true),
	(953, 'communication', 'الرقم الأخضر', 'ar', 'term', NULL, true),
	(954, 'communication', 'منصة إبلاغ', 'ar', 'term', 'DGSN reporting platform', true),
	(955, 'communication', 'ضابط الاتصال', 'ar', 'term', NULL, true),
	(956, 'communication', 'ضباط الاتصال', 'ar', 'term', NULL, true),
	(957, 'communication', 'مكاتب الاستقبال', 'ar', 'term', NULL, true),
	(958, 'communication', 'مكتب الاستقبال', 'ar', 'term', NULL, true),
	(959, 'communication', 'قنوات الإنصات', 'ar', 'term', 'الإنصات alone is the framing of officials'' speeches ("الإنصات لانشغالات المواطنين")', true),
	(960, 'communication', 'آليات الإنصات', 'ar', 'term', 'covers آلية للإنصات', true),
	(961, 'communication', 'تلقي * الشكايات', 'ar', 'term', 'الشكايات alone is also a victim''s criminal complaint; complaint handling only', true),
	(962, 'communication', 'تتبع * الشكايات', 'ar', 'term', NULL, true),
	(963, 'communication', 'معالجة * الشكايات', 'ar', 'term', NULL, true),
	(964, 'communication', 'تدبير الشكايات', 'ar', 'term', NULL, true),
	(965, 'communication', 'الرد على الشكايات', 'ar', 'term', NULL, true),
	(966, 'communication', 'صندوق الشكايات', 'ar', 'term', NULL, true),
	(967, 'communication', 'صناديق الشكايات', 'ar', 'term', NULL, true),
	(968, 'communication', 'مكتب الشكايات', 'ar', 'term', 'covers مكاتب الشكايات', true),
	(969, 'communication', 'تلقي * الشكاوى', 'ar', 'term', NULL, true),
	(970, 'communication', 'معالجة * الشكاوى', 'ar', 'term', NULL, true),
	(971, 'communication', 'تتبع * الشكاوى', 'ar', 'term', NULL, true),
	(972, 'communication', 'صندوق الشكاوى', 'ar', 'term', NULL, true),
	(973, 'communication', 'أرقام هاتفية', 'ar', 'term', NULL, true),
	(974, 'communication', 'خط هاتفي', 'ar', 'term', NULL, true),
	(975, 'communication', 'أرقام الهواتف', 'ar', 'term', 'تبادل/وضع أرقام الهواتف', true),
	(976, 'communication', 'آلية * تتبع', 'ar', 'term', 'follow-up mechanism: آلية لتتبع الالتزامات، آليات التتبع', true),
	(977, 'communication', 'لجنة * تتبع', 'ar', 'term', 'covers لجنة للتتبع، لجنة مشتركة لتتبع', true),
	(978, 'communication', 'الخط الأخضر', 'ar', 'term', NULL, true),
	(979, 'communication', 'رقم هاتفي مباشر', 'ar', 'term', 'a direct line; رقم هاتفه alone is anybody''s number (victims, suspects)', true),
	(980, 'communication', 'communication institutionnelle', 'fr', 'term', NULL, true),
	(981, 'communication', 'manque de communication', 'fr', 'term', NULL, true),
	(982, 'communication', 'absence de communication', 'fr', 'term', NULL, true),
	(983, 'communication', 'défaut de communication', 'fr', 'term', NULL, true),
	(984, 'communication', 'cellule de communication', 'fr', 'term', NULL, true),
	(985, 'communication', 'canaux de communication', 'fr', 'term', NULL, true),
	(986, 'communication', 'mécanismes de communication', 'fr', 'term', NULL, true),
	(987, 'communication', 'cellule d''écoute', 'fr', 'term', NULL, true),
	(988, 'communication', 'centre d''écoute', 'fr', 'term', NULL, true),
	(989, 'communication', 'traitement des plaintes', 'fr', 'term', NULL, true),
	(990, 'communication', 'boîte à plaintes', 'fr', 'term', NULL, true),
	(991, 'communication', 'boîte aux lettres', 'fr', 'term', NULL, true),
	(992, 'communication', 'numéro vert', 'fr', 'term', NULL, true),
	(993, 'communication', 'réclamations', 'fr', 'term', NULL, true),
	(994, 'communication', 'plateforme de signalement', 'fr', 'term', NULL, true),
	(995, 'communication', 'numéro de téléphone', 'fr', 'term', NULL, true),
	(996, 'communication', 'ligne téléphonique', 'fr', 'term', NULL, true),
	(997, 'communication', 'mécanisme de suivi', 'fr', 'term', NULL, true),
	(998, 'communication', 'comité de suivi', 'fr', 'term', NULL, true),
	(999, 'communication', 'ligne verte', 'fr', 'term', NULL, true),
	(1000, 'communication', 'لقاء تواصلي', 'ar', 'exclude', 'framing of every report; covers اللقاءات التواصلية', true),
	(1001, 'communication', 'المقاربة التواصلية', 'ar', 'exclude', 'framing', true),
	(1002, 'communication', 'أعمال تواصلية', 'ar', 'exclude', 'framing', true),
	(1003, 'communication', 'العمليات التواصلية', 'ar', 'exclude', 'framing', true),
	(1004, 'communication', 'الأنشطة التواصلية', 'ar', 'exclude', 'framing', true),
	(1005, 'communication', 'الأيام التواصلية', 'ar', 'exclude', 'framing', true),
	(1006, 'communication', 'جلسة تواصلية', 'ar', 'exclude', 'framing', true),
	(1007, 'communication', 'اجتماع تواصلي', 'ar', 'exclude', 'framing', true),
	(1008, 'communication', 'مد جسور التواصل', 'ar', 'exclude', 'framing', true),
	(1009, 'communication', 'التواصل الاجتماعي', 'ar', 'exclude', 'social media (وسائل/مواقع/شبكات التواصل الاجتماعي)', true),
	(1010, 'communication', 'رئيس خلية التواصل', 'ar', 'exclude', 'a job title, not a channel; covers رئيسة', true),
	(1011, 'communication', 'الإنصات للشباب', 'ar', 'exclude', 'a youth_services term', true),
	(1012, 'communication', 'الإنصات إلى الشباب', 'ar', 'exclude', NULL, true),
	(1013, 'communication', 'rencontre de communication', 'fr', 'exclude', 'framing', true),
	(1014, 'communication', 'réunion de communication', 'fr', 'exclude', 'framing', true),
	(1015, 'communication', 'journée de communication', 'fr', 'exclude', 'framing', true),
	(1016, 'communication', 'chef de la cellule de communication', 'fr', 'exclude', 'a job title', true),
	(1017, 'awareness', 'التوعية', 'ar', 'term', NULL, true),
	(1018, 'awareness', 'التحسيس', 'ar', 'term', 'covers التحسيسية، التحسيسي', true),
	(1019, 'awareness', 'الحملات التحسيسية', 'ar', 'term', NULL, true),
	(1020, 'awareness', 'التوعوية', 'ar', 'term', 'covers التوعوي', true),
	(1021, 'awareness', 'التربية على', 'ar', 'term', 'التربية على المواطنة/القيم/السلامة الطرقية', true),
	(1022, 'awareness', 'التربية على المواطنة', 'ar', 'term', NULL, true),
	(1023, 'awareness', 'قيم المواطنة', 'ar', 'term', NULL, true),
	(1024, 'awareness', 'ثقافة المواطنة', 'ar', 'term', NULL, true),
	(1025, 'awareness', 'الوقاية من', 'ar', 'term', 'الوقاية alone shares its stem with الوقائية (العملية الوقائية framing)', true),
	(1026, 'awareness', 'البرامج الوقائية', 'ar', 'term', NULL, true),
	(1027, 'awareness', 'الحملات الوقائية', 'ar', 'term', NULL, true),
	(1028, 'awareness', 'التعريف بمخاطر', 'ar', 'term', NULL, true),
	(1029, 'awareness', 'التحذير من مخاطر', 'ar', 'term', NULL, true),
	(1030, 'awareness', 'التوعية بمخاطر', 'ar', 'term', NULL, true),
	(1031, 'awareness', 'نشر الوعي', 'ar', 'term', NULL, true),
	(1032, 'awareness', 'رفع الوعي', 'ar', 'term', NULL, true),
	(1033, 'awareness', 'التنبيه * مخاطر', 'ar', 'term', 'التنبيه إلى مخاطر، التنبيه بمخاطر', true),
	(1034, 'awareness', 'برامج الوقاية', 'ar', 'term', NULL, true),
	(1035, 'awareness', 'sensibilisation', 'fr', 'term', NULL, true),
	(1036, 'awareness', 'campagnes de sensibilisation', 'fr', 'term', NULL, true),
	(1037, 'awareness', 'actions de prévention', 'fr', 'term', NULL, true),
	(1038, 'awareness', 'campagnes de prévention', 'fr', 'term', NULL, true),
	(1039, 'awareness', 'programmes de prévention', 'fr', 'term', NULL, true),
	(1040, 'awareness', 'prévention de la délinquance', 'fr', 'term', NULL, true),
	(1041, 'awareness', 'éducation à la citoyenneté', 'fr', 'term', NULL, true),
	(1042, 'awareness', 'conscientisation', 'fr', 'term', NULL, true),
	(1043, 'awareness', 'éducation civique', 'fr', 'term', NULL, true),
	(1044, 'awareness', 'جمعية * المواطنة', 'ar', 'exclude', 'association names: جمعية … للثقافة والمواطنة (ثقافة المواطنة)', true),
	(1045, 'awareness', 'التحسيس والتنمية', 'ar', 'exclude', 'association names: جمعية … للتحسيس والتنمية', true),
	(1046, 'awareness', 'التوعية والتنمية', 'ar', 'exclude', NULL, true),
	(1047, 'awareness', 'التنمية والتحسيس', 'ar', 'exclude', NULL, true),
	(1048, 'awareness', 'التنمية والتوعية', 'ar', 'exclude', NULL, true),
	(1049, 'human_rights', 'حقوق الإنسان', 'ar', 'term', 'as a topic; names of bodies are excluded below', true),
	(1050, 'human_rights', 'ثقافة حقوق الإنسان', 'ar', 'term', NULL, true),
	(1051, 'human_rights', 'الحكامة الجيدة', 'ar', 'term', 'الحكامة alone stems to حكام "rulers, referees"', true),
	(1052, 'human_rights', 'الحكامة الأمنية', 'ar', 'term', NULL, true),
	(1053, 'human_rights', 'تخليق الحياة العامة', 'ar', 'term', NULL, true),
	(1054, 'human_rights', 'تخليق المرفق العام', 'ar', 'term', NULL, true),
	(1055, 'human_rights', 'التخليق', 'ar', 'term', NULL, true),
	(1056, 'human_rights', 'الشطط في استعمال السلطة', 'ar', 'term', NULL, true),
	(1057, 'human_rights', 'الشطط', 'ar', 'term', NULL, true),
	(1058, 'human_rights', 'التعسف في استعمال السلطة', 'ar', 'term', NULL, true),
	(1059, 'human_rights', 'الرشوة', 'ar', 'term', NULL, true),
	(1060, 'human_rights', 'الارتشاء', 'ar', 'term', NULL, true),
	(1061, 'human_rights', 'محاربة الفساد', 'ar', 'term', 'الفساد alone is also the penal term for debauchery', true),
	(1062, 'human_rights', 'الفساد الإداري', 'ar', 'term', NULL, true),
	(1063, 'human_rights', 'الفساد المالي', 'ar', 'term', NULL, true),
	(1064, 'human_rights', 'النزاهة', 'ar', 'term', NULL, true),
	(1065, 'human_rights', 'ربط المسؤولية بالمحاسبة', 'ar', 'term', NULL, true),
	(1066, 'human_rights', 'الحريات العامة', 'ar', 'term', NULL, true),
	(1067, 'human_rights', 'الحريات الفردية', 'ar', 'term', NULL, true),
	(1068, 'human_rights', 'الحقوق والحريات', 'ar', 'term', NULL, true),
	(1069, 'human_rights', 'التعذيب', 'ar', 'term', NULL, true),
	(1070, 'human_rights', 'الاعتقال التعسفي', 'ar', 'term', NULL, true),
	(1071, 'human_rights', 'سوء المعاملة', 'ar', 'term', NULL, true),
	(1072, 'human_rights', 'المقاربة الحقوقية', 'ar', 'term', NULL, true),
	(1073, 'human_rights', 'كرامة المواطن', 'ar', 'term', 'covers كرامة المواطنين', true),
	(1074, 'human_rights', 'المعاملة المهينة', 'ar', 'term', NULL, true),
	(1075, 'human_rights', 'المعاملة الحاطة بالكرامة', 'ar', 'term', NULL, true),
	(1076, 'human_rights', 'استغلال النفوذ', 'ar', 'term', NULL, true),
	(1077, 'human_rights', 'المحسوبية والزبونية', 'ar', 'term', 'each alone collides: محسوب "counted", زبون "customer"', true),
	(1078, 'human_rights', 'الزبونية والمحسوبية', 'ar', 'term', NULL, true),
	(1079, 'human_rights', 'الإفلات من العقاب', 'ar', 'term', NULL, true),
	(1080, 'human_rights', 'الحكرة', 'ary', 'term', 'contempt, abuse by those in authority', true),
	(1081, 'human_rights', 'droits de l''homme', 'fr', 'term', NULL, true),
	(1082, 'human_rights', 'droits humains', 'fr', 'term', NULL, true),
	(1083, 'human_rights', 'bonne gouvernance', 'fr', 'term', NULL, true),
	(1084, 'human_rights', 'gouvernance sécuritaire', 'fr', 'term', NULL, true),
	(1085, 'human_rights', 'moralisation de la vie publique', 'fr', 'term', NULL, true),
	(1086, 'human_rights', 'abus de pouvoir', 'fr', 'term', NULL, true),
	(1087, 'human_rights', 'abus d''autorité', 'fr', 'term', NULL, true),
	(1088, 'human_rights', 'corruption', 'fr', 'term', NULL, true),
	(1089, 'human_rights', 'pots-de-vin', 'fr', 'term', NULL, true),
	(1090, 'human_rights', 'torture', 'fr', 'term', NULL, true),
	(1091, 'human_rights', 'libertés publiques', 'fr', 'term', NULL, true),
	(1092, 'human_rights', 'reddition des comptes', 'fr', 'term', NULL, true),
	(1093, 'human_rights', 'traitements dégradants', 'fr', 'term', NULL, true),
	(1094, 'human_rights', 'trafic d''influence', 'fr', 'term', NULL, true),
	(1095, 'human_rights', 'impunité', 'fr', 'term', NULL, true),
	(1096, 'human_rights', 'جمعية * حقوق الإنسان', 'ar', 'exclude', 'names of bodies: جمعية بوعشوش للكرامة وحقوق الإنسان', true),
	(1097, 'human_rights', 'منظمة * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1098, 'human_rights', 'رابطة * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1099, 'human_rights', 'العصبة * حقوق الإنسان', 'ar', 'exclude', 'العصبة المغربية للدفاع عن حقوق الإنسان', true),
	(1100, 'human_rights', 'المجلس * حقوق الإنسان', 'ar', 'exclude', 'المجلس الوطني لحقوق الإنسان', true),
	(1101, 'human_rights', 'اللجنة * حقوق الإنسان', 'ar', 'exclude', 'also للجنة', true),
	(1102, 'human_rights', 'المركز * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1103, 'human_rights', 'مرصد * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1104, 'human_rights', 'منتدى * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1105, 'human_rights', 'فيدرالية * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1106, 'human_rights', 'فدرالية * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1107, 'human_rights', 'ائتلاف * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1108, 'human_rights', 'المندوبية * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1109, 'human_rights', 'جمعية * الرشوة', 'ar', 'exclude', NULL, true),
	(1110, 'human_rights', 'شبكة * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1111, 'human_rights', 'تنسيقية * حقوق الإنسان', 'ar', 'exclude', NULL, true),
	(1112, 'human_rights', 'جمعية * الحكامة', 'ar', 'exclude', NULL, true),
	(1113, 'human_rights', 'association * droits de l''homme', 'fr', 'exclude', NULL, true),
	(1114, 'human_rights', 'association * droits humains', 'fr', 'exclude', NULL, true),
	(1115, 'human_rights', 'ligue * droits de l''homme', 'fr', 'exclude', NULL, true),
	(1116, 'human_rights', 'organisation * droits de l''homme', 'fr', 'exclude', NULL, true),
	(1117, 'human_rights', 'conseil * droits de l''homme', 'fr', 'exclude', NULL, true),
	(1118, 'human_rights', 'centre * droits de l''homme', 'fr', 'exclude', NULL, true),
	(1119, 'human_rights', 'observatoire * droits de l''homme', 'fr', 'exclude', NULL, true),
	(1120, 'human_rights', 'association * pour * droits de l''homme', 'fr', 'exclude', 'long names: Association X pour la citoyenneté et les droits de l''homme', true),
	(1121, 'human_rights', 'association * pour * droits humains', 'fr', 'exclude', NULL, true),
	(1122, NULL, 'الهيئة الوطنية للنزاهة والوقاية من الرشوة', 'ar', 'exclude', 'name of an institution', true),
	(1123, NULL, 'اللجنة الوطنية للوقاية من حوادث السير', 'ar', 'exclude', 'name of an institution', true),
	(1124, NULL, 'الوكالة الوطنية للسلامة الطرقية', 'ar', 'exclude', 'name of an institution', true),
	(1125, NULL, 'المرصد الوطني لحقوق الطفل', 'ar', 'exclude', 'name of an institution', true),
	(1126, NULL, 'المقاربة الأمنية', 'ar', 'exclude', 'framing guard', true),
	(1127, NULL, 'المقاربة التشاركية', 'ar', 'exclude', 'framing guard', true),
	(1128, NULL, 'الشأن الأمني', 'ar', 'exclude', 'framing guard', true),
	(1129, NULL, 'شرطة القرب', 'ar', 'exclude', 'framing guard', true),
	(1130, NULL, 'الشرطة المواطنة', 'ar', 'exclude', 'framing guard', true),
	(1131, NULL, 'التصدي للجريمة', 'ar', 'exclude', 'framing guard', true),
	(1132, NULL, 'المرصد الوطني للمخدرات والإدمان', 'ar', 'exclude', 'name of an institution', true),
	(1133, NULL, 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة', 'ar', 'exclude', 'name of an institution (UNODC)', true),
	(1134, NULL, 'police de proximité', 'fr', 'exclude', 'framing guard', true),
	(1135, NULL, 'approche sécuritaire', 'fr', 'exclude', 'framing guard', true);

ALTER TABLE meetreg.concerns ENABLE TRIGGER USER;
ALTER TABLE meetreg.concern_terms ENABLE TRIGGER USER;

-- ===================================================================
-- Dump and restore: your rows (and your changes to shipped rows) are
-- dumped; shipped rows come from CREATE EXTENSION.
-- ===================================================================

SELECT pg_catalog.pg_extension_config_dump('meetreg.concerns', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('meetreg.concerns_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('meetreg.concern_terms', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('meetreg.concern_terms_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('meetreg.concern_terms_removed', '');
SELECT pg_catalog.pg_extension_config_dump('meetreg.meetings', '');
SELECT pg_catalog.pg_extension_config_dump('meetreg.meetings_id_seq', '');
