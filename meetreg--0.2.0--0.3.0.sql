/* meetreg--0.2.0--0.3.0.sql: histograms, trends, the gazetteer, BI views */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION meetreg UPDATE TO '0.3.0'" to load this file. \quit

-- ===================================================================
-- concern_hist: meetings and, per concern, meetings that raised it
-- ===================================================================

CREATE TYPE meetreg.concern_hist;

CREATE FUNCTION meetreg.concern_hist_in(cstring) RETURNS meetreg.concern_hist
AS 'MODULE_PATHNAME', 'concern_hist_in' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_hist_out(meetreg.concern_hist) RETURNS cstring
AS 'MODULE_PATHNAME', 'concern_hist_out' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_hist_recv(internal) RETURNS meetreg.concern_hist
AS 'MODULE_PATHNAME', 'concern_hist_recv' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_hist_send(meetreg.concern_hist) RETURNS bytea
AS 'MODULE_PATHNAME', 'concern_hist_send' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE TYPE meetreg.concern_hist (
	INPUT = meetreg.concern_hist_in,
	OUTPUT = meetreg.concern_hist_out,
	RECEIVE = meetreg.concern_hist_recv,
	SEND = meetreg.concern_hist_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE meetreg.concern_hist IS
'a histogram of concerns: the number of meetings and, per concern, the number that raised it; text form {"total": N, "code": N, ...}';

CREATE CAST (meetreg.concern_hist AS jsonb) WITH INOUT;

-- transition and combine functions: no table access, IMMUTABLE; not STRICT
-- (the first row starts the state, NULL sets are skipped)
CREATE FUNCTION meetreg.concern_hist_add(meetreg.concern_hist, meetreg.concern_set) RETURNS meetreg.concern_hist
AS 'MODULE_PATHNAME', 'concern_hist_add' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_hist_merge(meetreg.concern_hist, meetreg.concern_hist) RETURNS meetreg.concern_hist
AS 'MODULE_PATHNAME', 'concern_hist_merge' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE meetreg.concern_counts(meetreg.concern_set) (
	SFUNC = meetreg.concern_hist_add,
	STYPE = meetreg.concern_hist,
	COMBINEFUNC = meetreg.concern_hist_merge,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE meetreg.concern_counts(meetreg.concern_set) IS
'histogram of the concern sets of a group of meetings (NULL sets are not counted)';

CREATE AGGREGATE meetreg.concern_counts(meetreg.concern_hist) (
	SFUNC = meetreg.concern_hist_merge,
	STYPE = meetreg.concern_hist,
	COMBINEFUNC = meetreg.concern_hist_merge,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE meetreg.concern_counts(meetreg.concern_hist) IS
'roll-up: the sum of histograms (monthly per city into yearly per region, ...)';

-- accessors: they read meetreg.min_cell and the registry, so STABLE
CREATE FUNCTION meetreg.total(meetreg.concern_hist) RETURNS bigint
AS 'MODULE_PATHNAME', 'concern_hist_total' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.total(meetreg.concern_hist, min_cell integer) RETURNS bigint
AS 'MODULE_PATHNAME', 'concern_hist_total' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.count(meetreg.concern_hist, concern text) RETURNS bigint
AS 'MODULE_PATHNAME', 'concern_hist_count' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.count(meetreg.concern_hist, concern text, min_cell integer) RETURNS bigint
AS 'MODULE_PATHNAME', 'concern_hist_count' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.share(meetreg.concern_hist, concern text) RETURNS float8
AS 'MODULE_PATHNAME', 'concern_hist_share' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.share(meetreg.concern_hist, concern text, min_cell integer) RETURNS float8
AS 'MODULE_PATHNAME', 'concern_hist_share' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.entries(meetreg.concern_hist,
	OUT concern text, OUT meetings bigint, OUT share float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'concern_hist_entries' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 21;
CREATE FUNCTION meetreg.entries(meetreg.concern_hist, min_cell integer,
	OUT concern text, OUT meetings bigint, OUT share float8)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'concern_hist_entries' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 21;

COMMENT ON FUNCTION meetreg.total(meetreg.concern_hist) IS 'number of meetings (NULL below meetreg.min_cell)';
COMMENT ON FUNCTION meetreg.total(meetreg.concern_hist, integer) IS 'number of meetings (NULL below min_cell)';
COMMENT ON FUNCTION meetreg.count(meetreg.concern_hist, text) IS 'meetings that raised the concern (NULL below meetreg.min_cell)';
COMMENT ON FUNCTION meetreg.count(meetreg.concern_hist, text, integer) IS 'meetings that raised the concern (NULL below min_cell)';
COMMENT ON FUNCTION meetreg.share(meetreg.concern_hist, text) IS 'share of meetings that raised the concern (NULL below meetreg.min_cell)';
COMMENT ON FUNCTION meetreg.share(meetreg.concern_hist, text, integer) IS 'share of meetings that raised the concern (NULL below min_cell)';
COMMENT ON FUNCTION meetreg.entries(meetreg.concern_hist) IS 'one row per concern raised: code, meetings, share (NULL below meetreg.min_cell)';
COMMENT ON FUNCTION meetreg.entries(meetreg.concern_hist, integer) IS 'one row per concern raised: code, meetings, share (NULL below min_cell)';
COMMENT ON FUNCTION meetreg.concern_hist_in(cstring) IS 'concern_hist input: {"total": N, "code": N, ...}';
COMMENT ON FUNCTION meetreg.concern_hist_out(meetreg.concern_hist) IS 'concern_hist output: {"total": N, "code": N, ...}';
COMMENT ON FUNCTION meetreg.concern_hist_recv(internal) IS 'concern_hist binary input (version byte, total, (code, count) pairs)';
COMMENT ON FUNCTION meetreg.concern_hist_send(meetreg.concern_hist) IS 'concern_hist binary output (version byte, total, (code, count) pairs)';
COMMENT ON FUNCTION meetreg.concern_hist_add(meetreg.concern_hist, meetreg.concern_set) IS 'transition function of concern_counts(concern_set): one more meeting';
COMMENT ON FUNCTION meetreg.concern_hist_merge(meetreg.concern_hist, meetreg.concern_hist) IS 'combine function of concern_counts, and transition function of the roll-up';

-- ===================================================================
-- concern_trend: per time bucket, meetings and per-concern counts
-- ===================================================================

CREATE TYPE meetreg.concern_trend;

CREATE FUNCTION meetreg.concern_trend_in(cstring) RETURNS meetreg.concern_trend
AS 'MODULE_PATHNAME', 'concern_trend_in' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_trend_out(meetreg.concern_trend) RETURNS cstring
AS 'MODULE_PATHNAME', 'concern_trend_out' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_trend_recv(internal) RETURNS meetreg.concern_trend
AS 'MODULE_PATHNAME', 'concern_trend_recv' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_trend_send(meetreg.concern_trend) RETURNS bytea
AS 'MODULE_PATHNAME', 'concern_trend_send' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE TYPE meetreg.concern_trend (
	INPUT = meetreg.concern_trend_in,
	OUTPUT = meetreg.concern_trend_out,
	RECEIVE = meetreg.concern_trend_recv,
	SEND = meetreg.concern_trend_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE meetreg.concern_trend IS
'per time bucket, the number of meetings and per concern the number that raised it; read it with meetreg.trends()';

CREATE CAST (meetreg.concern_trend AS jsonb) WITH INOUT;

CREATE FUNCTION meetreg.concern_trend_add(meetreg.concern_trend, timestamptz, meetreg.concern_set) RETURNS meetreg.concern_trend
AS 'MODULE_PATHNAME', 'concern_trend_add' LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- a date is midnight in the session's time zone: STABLE
CREATE FUNCTION meetreg.concern_trend_add(meetreg.concern_trend, date, meetreg.concern_set) RETURNS meetreg.concern_trend
AS 'MODULE_PATHNAME', 'concern_trend_add_date' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_trend_merge(meetreg.concern_trend, meetreg.concern_trend) RETURNS meetreg.concern_trend
AS 'MODULE_PATHNAME', 'concern_trend_merge' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION meetreg.concern_trend_final(meetreg.concern_trend) RETURNS meetreg.concern_trend
AS 'MODULE_PATHNAME', 'concern_trend_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE meetreg.concern_trend(bucket timestamptz, concerns meetreg.concern_set) (
	SFUNC = meetreg.concern_trend_add,
	STYPE = meetreg.concern_trend,
	FINALFUNC = meetreg.concern_trend_final,
	COMBINEFUNC = meetreg.concern_trend_merge,
	PARALLEL = SAFE
);
CREATE AGGREGATE meetreg.concern_trend(bucket date, concerns meetreg.concern_set) (
	SFUNC = meetreg.concern_trend_add,
	STYPE = meetreg.concern_trend,
	FINALFUNC = meetreg.concern_trend_final,
	COMBINEFUNC = meetreg.concern_trend_merge,
	PARALLEL = SAFE
);
CREATE AGGREGATE meetreg.concern_trend(meetreg.concern_trend) (
	SFUNC = meetreg.concern_trend_merge,
	STYPE = meetreg.concern_trend,
	FINALFUNC = meetreg.concern_trend_final,
	COMBINEFUNC = meetreg.concern_trend_merge,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE meetreg.concern_trend(timestamptz, meetreg.concern_set) IS
'concern counts per time bucket (use date_trunc for the bucket), read with meetreg.trends()';
COMMENT ON AGGREGATE meetreg.concern_trend(date, meetreg.concern_set) IS
'concern counts per time bucket (a date is midnight in the session time zone), read with meetreg.trends()';
COMMENT ON AGGREGATE meetreg.concern_trend(meetreg.concern_trend) IS
'roll-up: merges trend states (e.g. cities into regions)';

CREATE FUNCTION meetreg.trends(meetreg.concern_trend, alpha float8 DEFAULT 0.05, min_cell integer DEFAULT NULL,
	OUT concern text,
	OUT buckets integer,
	OUT first_bucket timestamptz,
	OUT last_bucket timestamptz,
	OUT meetings bigint,
	OUT share_first float8,
	OUT share_last float8,
	OUT sen_slope float8,
	OUT mann_kendall_z float8,
	OUT p_value float8,
	OUT direction text,
	OUT recent_z float8,
	OUT sparkline text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'concern_trend_trends'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 21;
COMMENT ON FUNCTION meetreg.trends(meetreg.concern_trend, float8, integer) IS
'per concern: Mann-Kendall trend test and Sen''s slope of its share per bucket, direction at p < alpha, recent_z, sparkline (counts below min_cell, default meetreg.min_cell, are NULL)';

CREATE FUNCTION meetreg.sparkline(float8[]) RETURNS text
AS 'MODULE_PATHNAME', 'meetreg_sparkline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meetreg.sparkline(float8[]) IS
'a sparkline of the values (▁▂▃▄▅▆▇█, scaled from min to max; a space for NULL)';

COMMENT ON FUNCTION meetreg.concern_trend_in(cstring) IS 'concern_trend input: {"buckets": [{"bucket": ..., "total": N, "code": N}, ...]}';
COMMENT ON FUNCTION meetreg.concern_trend_out(meetreg.concern_trend) IS 'concern_trend output: {"buckets": [{"bucket": ..., "total": N, "code": N}, ...]}';
COMMENT ON FUNCTION meetreg.concern_trend_recv(internal) IS 'concern_trend binary input';
COMMENT ON FUNCTION meetreg.concern_trend_send(meetreg.concern_trend) IS 'concern_trend binary output';
COMMENT ON FUNCTION meetreg.concern_trend_add(meetreg.concern_trend, timestamptz, meetreg.concern_set) IS 'transition function of concern_trend(timestamptz, concern_set)';
COMMENT ON FUNCTION meetreg.concern_trend_add(meetreg.concern_trend, date, meetreg.concern_set) IS 'transition function of concern_trend(date, concern_set)';
COMMENT ON FUNCTION meetreg.concern_trend_merge(meetreg.concern_trend, meetreg.concern_trend) IS 'combine function of concern_trend, and transition function of its roll-up';
COMMENT ON FUNCTION meetreg.concern_trend_final(meetreg.concern_trend) IS 'final function of concern_trend: the state without spare room';

-- ===================================================================
-- The gazetteer
-- ===================================================================

-- Places shipped with meetreg have ids below 100,000; yours start there.
CREATE SEQUENCE meetreg.places_id_seq AS integer START 100000 MINVALUE 100000;

CREATE TABLE meetreg.places (
	id			integer PRIMARY KEY DEFAULT pg_catalog.nextval('meetreg.places_id_seq'),
	key			text NOT NULL UNIQUE,
	kind		text NOT NULL,
	parent		text REFERENCES meetreg.places (key) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
	name_ar		text,
	name_fr		text,
	variants	text[] NOT NULL DEFAULT '{}',
	population	bigint,
	shipped		boolean NOT NULL DEFAULT false,
	CONSTRAINT places_key_format CHECK (key OPERATOR(pg_catalog.~) '^[a-z0-9][a-z0-9-]*$'),
	CONSTRAINT places_kind CHECK (kind OPERATOR(pg_catalog.=) ANY ('{region,prefecture,province,city,district}'::text[])),
	CONSTRAINT places_parent CHECK ((kind OPERATOR(pg_catalog.=) 'region') = (parent IS NULL)),
	CONSTRAINT places_named CHECK (name_ar IS NOT NULL OR name_fr IS NOT NULL)
);
ALTER SEQUENCE meetreg.places_id_seq OWNED BY meetreg.places.id;
CREATE INDEX places_parent_idx ON meetreg.places (parent);

COMMENT ON TABLE meetreg.places IS
'gazetteer of Morocco: the 12 regions, their prefectures and provinces, cities and districts, with Arabic and French names and variants; add your own rows';
COMMENT ON COLUMN meetreg.places.kind IS 'region, prefecture, province, city or district';
COMMENT ON COLUMN meetreg.places.parent IS 'key of the place it belongs to (NULL for regions); districts may nest';
COMMENT ON COLUMN meetreg.places.variants IS 'other spellings, in any script (hamza, diacritics, case and accents need no variant)';

-- every name of every place, as a lookup key (kept by a trigger)
CREATE TABLE meetreg.place_names (
	name_key	text NOT NULL,
	place_id	integer NOT NULL REFERENCES meetreg.places (id) ON DELETE CASCADE,
	PRIMARY KEY (name_key, place_id)
);
CREATE INDEX place_names_place ON meetreg.place_names (place_id);
COMMENT ON TABLE meetreg.place_names IS
'the names of meetreg.places as lookup keys (normalized words); maintained by a trigger, do not edit';

CREATE TABLE meetreg.places_removed (
	id			integer PRIMARY KEY,
	removed_at	timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE meetreg.places_removed IS
'ids of shipped places that were deleted (so that dump and restore keep them deleted)';

CREATE FUNCTION meetreg._name_key(text) RETURNS text
AS 'MODULE_PATHNAME', 'meetreg_name_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION meetreg._name_key(text) IS
'the normalized words of a name joined by single spaces (gazetteer lookups; internal)';

CREATE FUNCTION meetreg.places_check()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
	parent_kind text;
BEGIN
	IF NEW.key IS NULL OR NEW.key OPERATOR(pg_catalog.!~) '^[a-z0-9][a-z0-9-]*$' THEN
		RAISE EXCEPTION 'invalid place key "%"', NEW.key
			USING ERRCODE = 'check_violation',
				  DETAIL = 'A key is lower-case ASCII letters, digits and hyphens, such as "ait-melloul".';
	END IF;
	IF NEW.kind IS NULL OR NOT (NEW.kind OPERATOR(pg_catalog.=) ANY ('{region,prefecture,province,city,district}'::text[])) THEN
		RAISE EXCEPTION 'invalid kind of place "%"', NEW.kind
			USING ERRCODE = 'check_violation',
				  HINT = 'The kinds are region, prefecture, province, city and district.';
	END IF;
	IF NEW.kind OPERATOR(pg_catalog.<>) 'region' THEN
		SELECT p.kind INTO parent_kind FROM meetreg.places p WHERE p.key OPERATOR(pg_catalog.=) NEW.parent;
		IF NEW.parent IS NULL THEN
			RAISE EXCEPTION 'a % needs a parent place', NEW.kind
				USING ERRCODE = 'not_null_violation',
					  HINT = 'Give the key of the place it belongs to, e.g. its province for a city, its city for a district.';
		ELSIF parent_kind IS NOT NULL AND NOT (
			(NEW.kind OPERATOR(pg_catalog.=) ANY ('{prefecture,province}'::text[]) AND parent_kind OPERATOR(pg_catalog.=) 'region') OR
			(NEW.kind OPERATOR(pg_catalog.=) 'city' AND parent_kind OPERATOR(pg_catalog.=) ANY ('{prefecture,province,region}'::text[])) OR
			(NEW.kind OPERATOR(pg_catalog.=) 'district' AND parent_kind OPERATOR(pg_catalog.=) ANY ('{city,district}'::text[]))) THEN
			RAISE EXCEPTION 'a % cannot belong to a %', NEW.kind, parent_kind
				USING ERRCODE = 'check_violation',
					  HINT = 'Regions hold prefectures and provinces, which hold cities, which hold districts (districts may nest).';
		END IF;
	END IF;
	IF TG_OP = 'UPDATE' THEN
		IF OLD.shipped AND NEW.shipped AND (NEW.*) IS DISTINCT FROM (OLD.*) THEN
			NEW.shipped := false;
		END IF;
	ELSIF NOT NEW.shipped THEN
		IF EXISTS (SELECT 1 FROM meetreg.places p WHERE p.id OPERATOR(pg_catalog.=) NEW.id AND p.shipped) THEN
			-- restoring a dump: a changed shipped place replaces the shipped one
			UPDATE meetreg.places
			   SET key = NEW.key, kind = NEW.kind, parent = NEW.parent,
				   name_ar = NEW.name_ar, name_fr = NEW.name_fr,
				   variants = NEW.variants, population = NEW.population,
				   shipped = false
			 WHERE id OPERATOR(pg_catalog.=) NEW.id;
			RETURN NULL;
		END IF;
	END IF;
	RETURN NEW;
END
$$;

CREATE FUNCTION meetreg.places_names()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		IF OLD.id OPERATOR(pg_catalog.<) 100000 THEN
			INSERT INTO meetreg.places_removed (id) VALUES (OLD.id) ON CONFLICT (id) DO NOTHING;
		END IF;
		RETURN NULL;
	END IF;
	DELETE FROM meetreg.place_names WHERE place_id OPERATOR(pg_catalog.=) NEW.id;
	INSERT INTO meetreg.place_names (name_key, place_id)
	SELECT DISTINCT k, NEW.id
	FROM pg_catalog.unnest(ARRAY[NEW.name_ar, NEW.name_fr] OPERATOR(pg_catalog.||) NEW.variants) AS n(name),
		 LATERAL meetreg._name_key(n.name) AS k
	WHERE k OPERATOR(pg_catalog.<>) '';
	RETURN NULL;
END
$$;

CREATE FUNCTION meetreg.places_removed_apply()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	DELETE FROM meetreg.places WHERE id OPERATOR(pg_catalog.=) NEW.id;
	RETURN NULL;
END
$$;

CREATE TRIGGER places_check
	BEFORE INSERT OR UPDATE ON meetreg.places
	FOR EACH ROW EXECUTE FUNCTION meetreg.places_check();
CREATE TRIGGER places_names
	AFTER INSERT OR UPDATE OR DELETE ON meetreg.places
	FOR EACH ROW EXECUTE FUNCTION meetreg.places_names();
CREATE TRIGGER places_removed_apply
	AFTER INSERT ON meetreg.places_removed
	FOR EACH ROW EXECUTE FUNCTION meetreg.places_removed_apply();

COMMENT ON FUNCTION meetreg.places_check() IS 'trigger: validates places and replaces shipped rows on restore';
COMMENT ON FUNCTION meetreg.places_names() IS 'trigger: keeps meetreg.place_names, remembers deleted shipped places';
COMMENT ON FUNCTION meetreg.places_removed_apply() IS 'trigger: deletes a shipped place again when its removal is restored';

-- The place a name designates: every name and variant, compared word by
-- word after normalization (so Arabic orthographic variants, French case
-- and accents, hyphens and apostrophes do not matter), then again without
-- a leading "مدينة", "جهة", "إقليم", "عمالة", "ولاية", "حي", "ville de",
-- "région", "province", "préfecture" ...  When several places share the
-- name: a city first, then a district, then a prefecture or province, then
-- a region; then the most populous.
CREATE FUNCTION meetreg._place_id(name text)
RETURNS integer
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
AS $$
DECLARE
	k text := meetreg._name_key(name);
	found integer;
BEGIN
	FOR attempt IN 1..2 LOOP
		SELECT n.place_id INTO found
		FROM meetreg.place_names n JOIN meetreg.places p ON p.id OPERATOR(pg_catalog.=) n.place_id
		WHERE n.name_key OPERATOR(pg_catalog.=) k
		ORDER BY CASE p.kind WHEN 'city' THEN 1 WHEN 'district' THEN 2
							 WHEN 'prefecture' THEN 3 WHEN 'province' THEN 3 ELSE 4 END,
				 p.population DESC NULLS LAST, p.id
		LIMIT 1;
		IF found IS NOT NULL OR attempt OPERATOR(pg_catalog.=) 2 THEN
			RETURN found;
		END IF;
		k := pg_catalog.regexp_replace(k,
			'^(مدينه|جهه|اقليم|عماله|عمالات|ولايه|مقاطعه|مقاطعات|حي|جماعه|ville de|ville d|ville|region de|region du|region|province de|province d|province|prefecture de|prefecture d|prefecture|commune de|commune d|commune|quartier) +', '');
	END LOOP;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION meetreg._place_id(text) IS 'id of the place a name designates, or NULL (internal)';

-- The nearest place of a kind above (or at) a place.
CREATE FUNCTION meetreg._place_up(place integer, wanted text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
	WITH RECURSIVE up AS (
		SELECT p.key, p.kind, p.parent, COALESCE(p.name_fr, p.name_ar) AS name, 0 AS depth
		FROM meetreg.places p WHERE p.id OPERATOR(pg_catalog.=) place
		UNION ALL
		SELECT p.key, p.kind, p.parent, COALESCE(p.name_fr, p.name_ar), up.depth OPERATOR(pg_catalog.+) 1
		FROM meetreg.places p JOIN up ON p.key OPERATOR(pg_catalog.=) up.parent
		WHERE up.depth OPERATOR(pg_catalog.<) 12
	)
	SELECT name FROM up WHERE kind OPERATOR(pg_catalog.=) wanted ORDER BY depth LIMIT 1
$$;
COMMENT ON FUNCTION meetreg._place_up(integer, text) IS 'name of the nearest place of a kind at or above a place (internal)';

CREATE FUNCTION meetreg.region_of(text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$ SELECT meetreg._place_up(meetreg._place_id($1), 'region') $$;
COMMENT ON FUNCTION meetreg.region_of(text) IS
'the region (official French name) of a place named in any spelling, or NULL';

CREATE FUNCTION meetreg.city_of(text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$ SELECT meetreg._place_up(meetreg._place_id($1), 'city') $$;
COMMENT ON FUNCTION meetreg.city_of(text) IS
'the city (official French name) of a place named in any spelling (a district gives its city), or NULL';

GRANT SELECT ON meetreg.places, meetreg.place_names, meetreg.places_removed TO PUBLIC;

-- the shipped gazetteer, generated by tools/gen_places_sql.sh from data/places.tsv
INSERT INTO meetreg.places (id, key, kind, parent, name_ar, name_fr, variants, population, shipped) VALUES
	(1, 'region-tanger-tetouan-al-hoceima', 'region', NULL, 'طنجة تطوان الحسيمة', 'Tanger-Tétouan-Al Hoceïma', ARRAY['Tanger Tetouan Al Hoceima', 'Tangier-Tetouan-Al Hoceima', 'Tanger-Tetouan-Hoceima', 'طنجة-تطوان-الحسيمة', 'جهة طنجة تطوان الحسيمة', 'جهة طنجة-تطوان-الحسيمة'], 4030222, true),
	(2, 'region-oriental', 'region', NULL, 'الشرق', 'L''Oriental', ARRAY['Oriental', 'L’Oriental', 'Région de l''Oriental', 'Région de l’Oriental', 'جهة الشرق', 'الجهة الشرقية'], 2294665, true),
	(3, 'region-fes-meknes', 'region', NULL, 'فاس مكناس', 'Fès-Meknès', ARRAY['Fes Meknes', 'Fez-Meknes', 'Fez Meknes', 'فاس-مكناس', 'جهة فاس مكناس', 'جهة فاس-مكناس'], 4467911, true),
	(4, 'region-rabat-sale-kenitra', 'region', NULL, 'الرباط سلا القنيطرة', 'Rabat-Salé-Kénitra', ARRAY['Rabat Sale Kenitra', 'الرباط-سلا-القنيطرة', 'جهة الرباط سلا القنيطرة', 'جهة الرباط-سلا-القنيطرة'], 5132639, true),
	(5, 'region-beni-mellal-khenifra', 'region', NULL, 'بني ملال خنيفرة', 'Béni Mellal-Khénifra', ARRAY['Beni Mellal Khenifra', 'Beni-Mellal-Khenifra', 'بني ملال-خنيفرة', 'جهة بني ملال خنيفرة', 'جهة بني ملال-خنيفرة'], 2525801, true),
	(6, 'region-casablanca-settat', 'region', NULL, 'الدار البيضاء سطات', 'Casablanca-Settat', ARRAY['Casablanca Settat', 'Grand Casablanca-Settat', 'الدار البيضاء-سطات', 'جهة الدار البيضاء سطات', 'جهة الدار البيضاء-سطات', 'البيضاء سطات', 'جهة البيضاء سطات'], 7688967, true),
	(7, 'region-marrakech-safi', 'region', NULL, 'مراكش آسفي', 'Marrakech-Safi', ARRAY['Marrakech Safi', 'Marrakesh-Safi', 'مراكش-آسفي', 'جهة مراكش آسفي', 'جهة مراكش-آسفي'], 4892393, true),
	(8, 'region-draa-tafilalet', 'region', NULL, 'درعة تافيلالت', 'Drâa-Tafilalet', ARRAY['Draa Tafilalet', 'Daraa-Tafilalet', 'درعة-تافيلالت', 'جهة درعة تافيلالت', 'جهة درعة-تافيلالت'], 1655623, true),
	(9, 'region-souss-massa', 'region', NULL, 'سوس ماسة', 'Souss-Massa', ARRAY['Souss Massa', 'سوس-ماسة', 'جهة سوس ماسة', 'جهة سوس-ماسة'], 3020431, true),
	(10, 'region-guelmim-oued-noun', 'region', NULL, 'كلميم واد نون', 'Guelmim-Oued Noun', ARRAY['Guelmim Oued Noun', 'كلميم-واد نون', 'كلميم وادي نون', 'جهة كلميم واد نون', 'جهة كلميم-واد نون'], 448685, true),
	(11, 'region-laayoune-sakia-el-hamra', 'region', NULL, 'العيون الساقية الحمراء', 'Laâyoune-Sakia El Hamra', ARRAY['Laayoune Sakia El Hamra', 'Laayoune-Saguia el Hamra', 'العيون-الساقية الحمراء', 'جهة العيون الساقية الحمراء', 'جهة العيون-الساقية الحمراء'], 451028, true),
	(12, 'region-dakhla-oued-ed-dahab', 'region', NULL, 'الداخلة وادي الذهب', 'Dakhla-Oued Ed-Dahab', ARRAY['Dakhla Oued Ed Dahab', 'Dakhla-Oued Eddahab', 'الداخلة-وادي الذهب', 'الداخلة واد الذهب', 'جهة الداخلة وادي الذهب', 'جهة الداخلة-وادي الذهب'], 219965, true),
	(13, 'prefecture-tanger-assilah', 'prefecture', 'region-tanger-tetouan-al-hoceima', 'طنجة أصيلة', 'Tanger-Assilah', ARRAY['Tanger Assilah', 'Tanger-Asilah', 'Tangier-Assilah', 'طنجة-أصيلة', 'طنجة أصيلا', 'عمالة طنجة أصيلة', 'عمالة طنجة-أصيلة', 'إقليم طنجة أصيلة'], 1494413, true),
	(14, 'prefecture-mdiq-fnideq', 'prefecture', 'region-tanger-tetouan-al-hoceima', 'المضيق الفنيدق', 'M''diq-Fnideq', ARRAY['Mdiq-Fnideq', 'Mdiq Fnideq', 'M’diq-Fnideq', 'المضيق-الفنيدق', 'عمالة المضيق الفنيدق', 'عمالة المضيق-الفنيدق', 'إقليم المضيق الفنيدق'], 254064, true),
	(15, 'province-tetouan', 'province', 'region-tanger-tetouan-al-hoceima', 'تطوان', 'Tétouan', ARRAY['إقليم تطوان', 'عمالة تطوان'], 611928, true),
	(16, 'province-fahs-anjra', 'province', 'region-tanger-tetouan-al-hoceima', 'الفحص أنجرة', 'Fahs-Anjra', ARRAY['Fahs Anjra', 'الفحص-أنجرة', 'إقليم الفحص أنجرة', 'إقليم الفحص-أنجرة', 'عمالة الفحص أنجرة'], 100789, true),
	(17, 'province-larache', 'province', 'region-tanger-tetouan-al-hoceima', 'العرائش', 'Larache', ARRAY['إقليم العرائش', 'عمالة العرائش'], 510211, true),
	(18, 'province-al-hoceima', 'province', 'region-tanger-tetouan-al-hoceima', 'الحسيمة', 'Al Hoceïma', ARRAY['إقليم الحسيمة', 'عمالة الحسيمة'], 371527, true),
	(19, 'province-chefchaouen', 'province', 'region-tanger-tetouan-al-hoceima', 'شفشاون', 'Chefchaouen', ARRAY['إقليم شفشاون', 'عمالة شفشاون'], 412713, true),
	(20, 'province-ouezzane', 'province', 'region-tanger-tetouan-al-hoceima', 'وزان', 'Ouezzane', ARRAY['إقليم وزان', 'عمالة وزان'], 274577, true),
	(21, 'prefecture-oujda-angad', 'prefecture', 'region-oriental', 'وجدة أنجاد', 'Oujda-Angad', ARRAY['Oujda Angad', 'وجدة-أنجاد', 'وجدة أنكاد', 'عمالة وجدة أنجاد', 'عمالة وجدة-أنجاد', 'عمالة وجدة أنكاد', 'إقليم وجدة أنجاد'], 572454, true),
	(22, 'province-nador', 'province', 'region-oriental', 'الناظور', 'Nador', ARRAY['إقليم الناظور', 'عمالة الناظور', 'إقليم الناضور'], 565987, true),
	(23, 'province-driouch', 'province', 'region-oriental', 'الدريوش', 'Driouch', ARRAY['إقليم الدريوش', 'عمالة الدريوش'], 188191, true),
	(24, 'province-jerada', 'province', 'region-oriental', 'جرادة', 'Jerada', ARRAY['إقليم جرادة', 'عمالة جرادة'], 103527, true),
	(25, 'province-berkane', 'province', 'region-oriental', 'بركان', 'Berkane', ARRAY['إقليم بركان', 'عمالة بركان'], 284061, true),
	(26, 'province-taourirt', 'province', 'region-oriental', 'تاوريرت', 'Taourirt', ARRAY['إقليم تاوريرت', 'عمالة تاوريرت'], 220157, true),
	(27, 'province-guercif', 'province', 'region-oriental', 'جرسيف', 'Guercif', ARRAY['إقليم جرسيف', 'عمالة جرسيف'], 215837, true),
	(28, 'province-figuig', 'province', 'region-oriental', 'فجيج', 'Figuig', ARRAY['إقليم فجيج', 'عمالة فجيج'], 144451, true),
	(29, 'prefecture-fes', 'prefecture', 'region-fes-meknes', 'فاس', 'Fès', ARRAY['عمالة فاس', 'إقليم فاس'], 1256172, true),
	(30, 'prefecture-meknes', 'prefecture', 'region-fes-meknes', 'مكناس', 'Meknès', ARRAY['عمالة مكناس', 'إقليم مكناس'], 942945, true),
	(31, 'province-el-hajeb', 'province', 'region-fes-meknes', 'الحاجب', 'El Hajeb', ARRAY['إقليم الحاجب', 'عمالة الحاجب'], 267156, true),
	(32, 'province-ifrane', 'province', 'region-fes-meknes', 'إفران', 'Ifrane', ARRAY['إقليم إفران', 'عمالة إفران'], 160904, true),
	(33, 'province-moulay-yacoub', 'province', 'region-fes-meknes', 'مولاي يعقوب', 'Moulay Yacoub', ARRAY['إقليم مولاي يعقوب', 'عمالة مولاي يعقوب'], 216954, true),
	(34, 'province-sefrou', 'province', 'region-fes-meknes', 'صفرو', 'Sefrou', ARRAY['إقليم صفرو', 'عمالة صفرو'], 304748, true),
	(35, 'province-boulemane', 'province', 'region-fes-meknes', 'بولمان', 'Boulemane', ARRAY['إقليم بولمان', 'عمالة بولمان'], 205411, true),
	(36, 'province-taounate', 'province', 'region-fes-meknes', 'تاونات', 'Taounate', ARRAY['إقليم تاونات', 'عمالة تاونات'], 612650, true),
	(37, 'province-taza', 'province', 'region-fes-meknes', 'تازة', 'Taza', ARRAY['إقليم تازة', 'عمالة تازة'], 500971, true),
	(38, 'prefecture-rabat', 'prefecture', 'region-rabat-sale-kenitra', 'الرباط', 'Rabat', ARRAY['عمالة الرباط', 'إقليم الرباط'], 515619, true),
	(39, 'prefecture-sale', 'prefecture', 'region-rabat-sale-kenitra', 'سلا', 'Salé', ARRAY['عمالة سلا', 'إقليم سلا'], 1089554, true),
	(40, 'prefecture-skhirate-temara', 'prefecture', 'region-rabat-sale-kenitra', 'الصخيرات تمارة', 'Skhirate-Témara', ARRAY['Skhirate Temara', 'Skhirat-Temara', 'Skhirat Temara', 'الصخيرات-تمارة', 'عمالة الصخيرات تمارة', 'عمالة الصخيرات-تمارة', 'إقليم الصخيرات تمارة'], 783475, true),
	(41, 'province-kenitra', 'province', 'region-rabat-sale-kenitra', 'القنيطرة', 'Kénitra', ARRAY['إقليم القنيطرة', 'عمالة القنيطرة'], 1284247, true),
	(42, 'province-khemisset', 'province', 'region-rabat-sale-kenitra', 'الخميسات', 'Khémisset', ARRAY['إقليم الخميسات', 'عمالة الخميسات'], 563036, true),
	(43, 'province-sidi-kacem', 'province', 'region-rabat-sale-kenitra', 'سيدي قاسم', 'Sidi Kacem', ARRAY['إقليم سيدي قاسم', 'عمالة سيدي قاسم'], 545509, true),
	(44, 'province-sidi-slimane', 'province', 'region-rabat-sale-kenitra', 'سيدي سليمان', 'Sidi Slimane', ARRAY['إقليم سيدي سليمان', 'عمالة سيدي سليمان'], 351199, true),
	(45, 'province-beni-mellal', 'province', 'region-beni-mellal-khenifra', 'بني ملال', 'Béni Mellal', ARRAY['إقليم بني ملال', 'عمالة بني ملال'], 580327, true),
	(46, 'province-azilal', 'province', 'region-beni-mellal-khenifra', 'أزيلال', 'Azilal', ARRAY['إقليم أزيلال', 'عمالة أزيلال'], 574112, true),
	(47, 'province-fquih-ben-salah', 'province', 'region-beni-mellal-khenifra', 'الفقيه بن صالح', 'Fquih Ben Salah', ARRAY['إقليم الفقيه بن صالح', 'عمالة الفقيه بن صالح'], 475977, true),
	(48, 'province-khenifra', 'province', 'region-beni-mellal-khenifra', 'خنيفرة', 'Khénifra', ARRAY['إقليم خنيفرة', 'عمالة خنيفرة'], 370240, true),
	(49, 'province-khouribga', 'province', 'region-beni-mellal-khenifra', 'خريبكة', 'Khouribga', ARRAY['إقليم خريبكة', 'عمالة خريبكة'], 525145, true),
	(50, 'prefecture-casablanca', 'prefecture', 'region-casablanca-settat', 'الدار البيضاء', 'Casablanca', ARRAY['عمالة الدار البيضاء', 'عمالة الدار البيضاء الكبرى', 'إقليم الدار البيضاء'], 3218036, true),
	(51, 'prefecture-mohammedia', 'prefecture', 'region-casablanca-settat', 'المحمدية', 'Mohammédia', ARRAY['عمالة المحمدية', 'إقليم المحمدية'], 514057, true),
	(52, 'province-el-jadida', 'province', 'region-casablanca-settat', 'الجديدة', 'El Jadida', ARRAY['إقليم الجديدة', 'عمالة الجديدة'], 914367, true),
	(53, 'province-nouaceur', 'province', 'region-casablanca-settat', 'النواصر', 'Nouaceur', ARRAY['إقليم النواصر', 'عمالة النواصر'], 672324, true),
	(54, 'province-mediouna', 'province', 'region-casablanca-settat', 'مديونة', 'Médiouna', ARRAY['إقليم مديونة', 'عمالة مديونة'], 345787, true),
	(55, 'province-benslimane', 'province', 'region-casablanca-settat', 'بنسليمان', 'Benslimane', ARRAY['إقليم بنسليمان', 'عمالة بنسليمان', 'إقليم ابن سليمان'], 279517, true),
	(56, 'province-berrechid', 'province', 'region-casablanca-settat', 'برشيد', 'Berrechid', ARRAY['إقليم برشيد', 'عمالة برشيد'], 640657, true),
	(57, 'province-settat', 'province', 'region-casablanca-settat', 'سطات', 'Settat', ARRAY['إقليم سطات', 'عمالة سطات'], 652292, true),
	(58, 'province-sidi-bennour', 'province', 'region-casablanca-settat', 'سيدي بنور', 'Sidi Bennour', ARRAY['إقليم سيدي بنور', 'عمالة سيدي بنور'], 451930, true),
	(59, 'prefecture-marrakech', 'prefecture', 'region-marrakech-safi', 'مراكش', 'Marrakech', ARRAY['عمالة مراكش', 'إقليم مراكش'], 1571580, true),
	(60, 'province-chichaoua', 'province', 'region-marrakech-safi', 'شيشاوة', 'Chichaoua', ARRAY['إقليم شيشاوة', 'عمالة شيشاوة'], 379079, true),
	(61, 'province-al-haouz', 'province', 'region-marrakech-safi', 'الحوز', 'Al Haouz', ARRAY['El Haouz', 'Haouz', 'إقليم الحوز', 'عمالة الحوز'], 642815, true),
	(62, 'province-el-kelaa-des-sraghna', 'province', 'region-marrakech-safi', 'قلعة السراغنة', 'El Kelâa des Sraghna', ARRAY['إقليم قلعة السراغنة', 'عمالة قلعة السراغنة', 'إقليم السراغنة'], 560273, true),
	(63, 'province-essaouira', 'province', 'region-marrakech-safi', 'الصويرة', 'Essaouira', ARRAY['إقليم الصويرة', 'عمالة الصويرة'], 426719, true),
	(64, 'province-rehamna', 'province', 'region-marrakech-safi', 'الرحامنة', 'Rehamna', ARRAY['Rhamna', 'إقليم الرحامنة', 'عمالة الرحامنة'], 346108, true),
	(65, 'province-safi', 'province', 'region-marrakech-safi', 'آسفي', 'Safi', ARRAY['إقليم آسفي', 'عمالة آسفي'], 719671, true),
	(66, 'province-youssoufia', 'province', 'region-marrakech-safi', 'اليوسفية', 'Youssoufia', ARRAY['إقليم اليوسفية', 'عمالة اليوسفية'], 246148, true),
	(67, 'province-errachidia', 'province', 'region-draa-tafilalet', 'الرشيدية', 'Errachidia', ARRAY['إقليم الرشيدية', 'عمالة الرشيدية'], 427572, true),
	(68, 'province-ouarzazate', 'province', 'region-draa-tafilalet', 'ورزازات', 'Ouarzazate', ARRAY['إقليم ورزازات', 'عمالة ورزازات'], 304932, true),
	(69, 'province-midelt', 'province', 'region-draa-tafilalet', 'ميدلت', 'Midelt', ARRAY['إقليم ميدلت', 'عمالة ميدلت'], 313769, true),
	(70, 'province-tinghir', 'province', 'region-draa-tafilalet', 'تنغير', 'Tinghir', ARRAY['إقليم تنغير', 'عمالة تنغير'], 323805, true),
	(71, 'province-zagora', 'province', 'region-draa-tafilalet', 'زاكورة', 'Zagora', ARRAY['إقليم زاكورة', 'عمالة زاكورة'], 285545, true),
	(72, 'prefecture-agadir-ida-outanane', 'prefecture', 'region-souss-massa', 'أكادير إداوتنان', 'Agadir Ida-Outanane', ARRAY['Agadir Ida Outanane', 'Agadir Ida Ou Tanane', 'Agadir-Ida-Ou-Tanane', 'Agadir-Ida Outanane', 'أكادير-إداوتنان', 'أكادير إدا وتنان', 'أكادير-إدا وتنان', 'عمالة أكادير إداوتنان', 'عمالة أكادير إدا وتنان', 'إقليم أكادير إداوتنان'], 721431, true),
	(73, 'prefecture-inezgane-ait-melloul', 'prefecture', 'region-souss-massa', 'إنزكان أيت ملول', 'Inezgane-Aït Melloul', ARRAY['Inezgane Ait Melloul', 'إنزكان-أيت ملول', 'عمالة إنزكان أيت ملول', 'عمالة إنزكان-أيت ملول', 'إقليم إنزكان أيت ملول'], 636916, true),
	(74, 'province-chtouka-ait-baha', 'province', 'region-souss-massa', 'اشتوكة أيت باها', 'Chtouka-Aït Baha', ARRAY['Chtouka Ait Baha', 'اشتوكة-أيت باها', 'شتوكة أيت باها', 'إقليم اشتوكة أيت باها', 'إقليم شتوكة أيت باها', 'عمالة اشتوكة أيت باها'], 493623, true),
	(75, 'province-taroudant', 'province', 'region-souss-massa', 'تارودانت', 'Taroudant', ARRAY['إقليم تارودانت', 'عمالة تارودانت'], 858162, true),
	(76, 'province-tiznit', 'province', 'region-souss-massa', 'تيزنيت', 'Tiznit', ARRAY['إقليم تيزنيت', 'عمالة تيزنيت'], 198542, true),
	(77, 'province-tata', 'province', 'region-souss-massa', 'طاطا', 'Tata', ARRAY['إقليم طاطا', 'عمالة طاطا'], 111757, true),
	(78, 'province-guelmim', 'province', 'region-guelmim-oued-noun', 'كلميم', 'Guelmim', ARRAY['إقليم كلميم', 'عمالة كلميم'], 196267, true),
	(79, 'province-assa-zag', 'province', 'region-guelmim-oued-noun', 'آسا الزاك', 'Assa-Zag', ARRAY['Assa Zag', 'آسا-الزاك', 'إقليم آسا الزاك', 'إقليم آسا-الزاك', 'عمالة آسا الزاك'], 53298, true),
	(80, 'province-tan-tan', 'province', 'region-guelmim-oued-noun', 'طانطان', 'Tan-Tan', ARRAY['إقليم طانطان', 'عمالة طانطان'], 94519, true),
	(81, 'province-sidi-ifni', 'province', 'region-guelmim-oued-noun', 'سيدي إفني', 'Sidi Ifni', ARRAY['إقليم سيدي إفني', 'عمالة سيدي إفني'], 104601, true),
	(82, 'province-laayoune', 'province', 'region-laayoune-sakia-el-hamra', 'العيون', 'Laâyoune', ARRAY['إقليم العيون', 'عمالة العيون'], 295555, true),
	(83, 'province-boujdour', 'province', 'region-laayoune-sakia-el-hamra', 'بوجدور', 'Boujdour', ARRAY['إقليم بوجدور', 'عمالة بوجدور'], 65381, true),
	(84, 'province-tarfaya', 'province', 'region-laayoune-sakia-el-hamra', 'طرفاية', 'Tarfaya', ARRAY['إقليم طرفاية', 'عمالة طرفاية'], 16228, true),
	(85, 'province-es-semara', 'province', 'region-laayoune-sakia-el-hamra', 'السمارة', 'Es-Semara', ARRAY['إقليم السمارة', 'عمالة السمارة'], 73864, true),
	(86, 'province-oued-ed-dahab', 'province', 'region-dakhla-oued-ed-dahab', 'وادي الذهب', 'Oued Ed-Dahab', ARRAY['Oued Eddahab', 'Oued Ed Dahab', 'واد الذهب', 'إقليم وادي الذهب', 'إقليم واد الذهب', 'عمالة وادي الذهب'], 195467, true),
	(87, 'province-aousserd', 'province', 'region-dakhla-oued-ed-dahab', 'أوسرد', 'Aousserd', ARRAY['إقليم أوسرد', 'عمالة أوسرد'], 24498, true),
	(88, 'tanger', 'city', 'prefecture-tanger-assilah', 'طنجة', 'Tanger', ARRAY['Tangier', 'Tangiers', 'Tanja'], 1275428, true),
	(89, 'asilah', 'city', 'prefecture-tanger-assilah', 'أصيلة', 'Asilah', ARRAY['Assilah', 'Arzila', 'أصيلا'], 36039, true),
	(90, 'gueznaia', 'city', 'prefecture-tanger-assilah', 'اكزناية', 'Gueznaia', ARRAY['Gzenaya', 'Gzinaya', 'كزناية'], 88676, true),
	(91, 'mdiq', 'city', 'prefecture-mdiq-fnideq', 'المضيق', 'M''diq', ARRAY['Mdiq', 'M’diq', 'Rincón'], 67599, true),
	(92, 'fnideq', 'city', 'prefecture-mdiq-fnideq', 'الفنيدق', 'Fnideq', ARRAY['Castillejos'], 77250, true),
	(93, 'martil', 'city', 'prefecture-mdiq-fnideq', 'مرتيل', 'Martil', ARRAY['Río Martín'], 95896, true),
	(94, 'tetouan', 'city', 'province-tetouan', 'تطوان', 'Tétouan', ARRAY['Tetuan', 'Tetouane', 'Titwan'], 422757, true),
	(95, 'oued-laou', 'city', 'province-tetouan', 'واد لو', 'Oued Laou', ARRAY['Oued Lao', 'وادي لاو', 'واد لاو'], 11690, true),
	(96, 'anjra', 'city', 'province-fahs-anjra', 'أنجرة', 'Anjra', '{}', 17251, true),
	(97, 'ksar-sghir', 'city', 'province-fahs-anjra', 'القصر الصغير', 'Ksar Sghir', ARRAY['Ksar Es-Seghir', 'Ksar Seghir', 'Alcazarseguer'], 17125, true),
	(98, 'larache', 'city', 'province-larache', 'العرائش', 'Larache', ARRAY['El Araich', 'Laarache'], 133731, true),
	(99, 'ksar-el-kebir', 'city', 'province-larache', 'القصر الكبير', 'Ksar El Kébir', ARRAY['Ksar el-Kebir', 'Ksar Lakbir', 'Alcazarquivir'], 124701, true),
	(100, 'al-hoceima', 'city', 'province-al-hoceima', 'الحسيمة', 'Al Hoceïma', ARRAY['Al-Hoceima', 'El Hoceima', 'Hoceima', 'Alhucemas'], 50225, true),
	(101, 'imzouren', 'city', 'province-al-hoceima', 'إمزورن', 'Imzouren', ARRAY['Imzourn'], 34848, true),
	(102, 'targuist', 'city', 'province-al-hoceima', 'تارجيست', 'Targuist', ARRAY['Targist', 'تاركيست'], 14638, true),
	(103, 'beni-bouayach', 'city', 'province-al-hoceima', 'بني بوعياش', 'Beni Bouayach', ARRAY['Bni Bouayach'], 20013, true),
	(104, 'ketama', 'city', 'province-al-hoceima', 'كتامة', 'Ketama', '{}', 16690, true),
	(105, 'issaguen', 'city', 'province-al-hoceima', 'إساكن', 'Issaguen', ARRAY['Issaguene'], 17834, true),
	(106, 'chefchaouen', 'city', 'province-chefchaouen', 'شفشاون', 'Chefchaouen', ARRAY['Chaouen', 'Xauen', 'الشاون'], 46168, true),
	(107, 'bab-berred', 'city', 'province-chefchaouen', 'باب برد', 'Bab Berred', ARRAY['Bab Berret'], 24743, true),
	(108, 'ouezzane', 'city', 'province-ouezzane', 'وزان', 'Ouezzane', ARRAY['Ouazzane', 'Wazzane'], 57737, true),
	(109, 'oujda', 'city', 'prefecture-oujda-angad', 'وجدة', 'Oujda', ARRAY['Wajda', 'Ujda'], 506224, true),
	(110, 'nador', 'city', 'province-nador', 'الناظور', 'Nador', ARRAY['الناضور'], 158202, true),
	(111, 'beni-ansar', 'city', 'province-nador', 'بني انصار', 'Beni Ansar', ARRAY['Bni Ansar'], 50508, true),
	(112, 'al-aroui', 'city', 'province-nador', 'العروي', 'Al Aroui', ARRAY['Al Aaroui', 'El Aroui', 'Monte Arruit'], 46540, true),
	(113, 'zaio', 'city', 'province-nador', 'زايو', 'Zaïo', '{}', 36766, true),
	(114, 'selouane', 'city', 'province-nador', 'سلوان', 'Selouane', ARRAY['Slouane'], 29628, true),
	(115, 'zeghanghane', 'city', 'province-nador', 'أزغنغان', 'Zeghanghane', ARRAY['Zghanghan'], 31431, true),
	(116, 'driouch', 'city', 'province-driouch', 'الدريوش', 'Driouch', ARRAY['Driouech'], 15661, true),
	(117, 'midar', 'city', 'province-driouch', 'ميضار', 'Midar', '{}', 15391, true),
	(118, 'jerada', 'city', 'province-jerada', 'جرادة', 'Jerada', ARRAY['Jrada'], 41014, true),
	(119, 'ain-bni-mathar', 'city', 'province-jerada', 'عين بني مطهر', 'Aïn Bni Mathar', ARRAY['Ain Beni Mathar'], 15488, true),
	(120, 'berkane', 'city', 'province-berkane', 'بركان', 'Berkane', '{}', 99069, true),
	(121, 'ahfir', 'city', 'province-berkane', 'أحفير', 'Ahfir', '{}', 16310, true),
	(122, 'saidia', 'city', 'province-berkane', 'السعيدية', 'Saïdia', '{}', 10514, true),
	(123, 'taourirt', 'city', 'province-taourirt', 'تاوريرت', 'Taourirt', '{}', 100402, true),
	(124, 'el-aioun-sidi-mellouk', 'city', 'province-taourirt', 'العيون سيدي ملوك', 'El Aïoun Sidi Mellouk', ARRAY['Aioun Sidi Mellouk', 'العيون-سيدي ملوك'], 40652, true),
	(125, 'guercif', 'city', 'province-guercif', 'جرسيف', 'Guercif', ARRAY['Guersif'], 80703, true),
	(126, 'bouarfa', 'city', 'province-figuig', 'بوعرفة', 'Bouarfa', '{}', 30068, true),
	(127, 'figuig', 'city', 'province-figuig', 'فجيج', 'Figuig', '{}', 10449, true),
	(128, 'fes', 'city', 'prefecture-fes', 'فاس', 'Fès', ARRAY['Fez'], 1167842, true),
	(129, 'oulad-tayeb', 'city', 'prefecture-fes', 'أولاد الطيب', 'Oulad Tayeb', ARRAY['Ouled Tayeb'], 56352, true),
	(130, 'meknes', 'city', 'prefecture-meknes', 'مكناس', 'Meknès', ARRAY['Mekness', 'Miknas', 'مكناسة', 'مكناسة الزيتون'], 551503, true),
	(131, 'ouislane', 'city', 'prefecture-meknes', 'ويسلان', 'Ouislane', ARRAY['Wislane'], 112180, true),
	(132, 'toulal', 'city', 'prefecture-meknes', 'تولال', 'Toulal', '{}', 26970, true),
	(133, 'boufakrane', 'city', 'prefecture-meknes', 'بوفكران', 'Boufakrane', '{}', 16892, true),
	(134, 'moulay-idriss-zerhoun', 'city', 'prefecture-meknes', 'مولاي إدريس زرهون', 'Moulay Idriss Zerhoun', ARRAY['Moulay Idriss', 'My Idriss Zerhoun', 'مولاي إدريس'], 10038, true),
	(135, 'el-hajeb', 'city', 'province-el-hajeb', 'الحاجب', 'El Hajeb', '{}', 41359, true),
	(136, 'ain-taoujdate', 'city', 'province-el-hajeb', 'عين تاوجطات', 'Aïn Taoujdate', ARRAY['Ain Taoujtate'], 33055, true),
	(137, 'sebaa-aioun', 'city', 'province-el-hajeb', 'سبع عيون', 'Sebaâ Aïoun', ARRAY['Sabaa Aiyoun', 'Sebt Aioun'], 28736, true),
	(138, 'agourai', 'city', 'province-el-hajeb', 'أكوراي', 'Agouraï', '{}', 19158, true),
	(139, 'ifrane', 'city', 'province-ifrane', 'إفران', 'Ifrane', '{}', 13964, true),
	(140, 'azrou', 'city', 'province-ifrane', 'أزرو', 'Azrou', '{}', 57657, true),
	(141, 'moulay-yacoub', 'city', 'province-moulay-yacoub', 'مولاي يعقوب', 'Moulay Yacoub', ARRAY['Moulay Yaacoub', 'My Yacoub'], 4545, true),
	(142, 'ain-chkef', 'city', 'province-moulay-yacoub', 'عين الشقف', 'Aïn Chkef', ARRAY['Ain Chqef'], 91541, true),
	(143, 'sefrou', 'city', 'province-sefrou', 'صفرو', 'Sefrou', '{}', 86903, true),
	(144, 'imouzzer-kandar', 'city', 'province-sefrou', 'إيموزار كندر', 'Imouzzer Kandar', ARRAY['Immouzzer Kandar', 'Imouzzer Kander', 'Immouzer Kandar', 'إيموزار كندار'], 21943, true),
	(145, 'bhalil', 'city', 'province-sefrou', 'البهاليل', 'Bhalil', ARRAY['بهاليل'], 13727, true),
	(146, 'el-menzel', 'city', 'province-sefrou', 'المنزل', 'El Menzel', '{}', 11400, true),
	(147, 'boulemane', 'city', 'province-boulemane', 'بولمان', 'Boulemane', ARRAY['Boulmane'], 6761, true),
	(148, 'missour', 'city', 'province-boulemane', 'ميسور', 'Missour', '{}', 28408, true),
	(149, 'outat-el-haj', 'city', 'province-boulemane', 'أوطاط الحاج', 'Outat El Haj', ARRAY['Outat Oulad El Haj'], 20673, true),
	(150, 'taounate', 'city', 'province-taounate', 'تاونات', 'Taounate', '{}', 39114, true),
	(151, 'karia-ba-mohamed', 'city', 'province-taounate', 'قرية با محمد', 'Karia Ba Mohamed', ARRAY['Qariat Ba Mohamed', 'Karia Ba Mohammed'], 20859, true),
	(152, 'tissa', 'city', 'province-taounate', 'تيسة', 'Tissa', '{}', 12096, true),
	(153, 'ghafsai', 'city', 'province-taounate', 'غفساي', 'Ghafsaï', ARRAY['Rhafsai'], 7117, true),
	(154, 'taza', 'city', 'province-taza', 'تازة', 'Taza', '{}', 150763, true),
	(155, 'tahla', 'city', 'province-taza', 'تاهلة', 'Tahla', '{}', 28612, true),
	(156, 'rabat', 'city', 'prefecture-rabat', 'الرباط', 'Rabat', '{}', 509916, true),
	(157, 'sale', 'city', 'prefecture-sale', 'سلا', 'Salé', ARRAY['Sla', 'Sala'], 945101, true),
	(158, 'sidi-bouknadel', 'city', 'prefecture-sale', 'سيدي بوقنادل', 'Sidi Bouknadel', ARRAY['Bouknadel', 'بوقنادل', 'سيدي أبي القنادل'], 43598, true),
	(159, 'ameur', 'city', 'prefecture-sale', 'عامر', 'Ameur', ARRAY['جماعة عامر'], 75942, true),
	(160, 'temara', 'city', 'prefecture-skhirate-temara', 'تمارة', 'Témara', '{}', 297098, true),
	(161, 'skhirate', 'city', 'prefecture-skhirate-temara', 'الصخيرات', 'Skhirate', ARRAY['Skhirat'], 122705, true),
	(162, 'ain-el-aouda', 'city', 'prefecture-skhirate-temara', 'عين العودة', 'Aïn El Aouda', ARRAY['Ain Aouda'], 98502, true),
	(163, 'ain-attig', 'city', 'prefecture-skhirate-temara', 'عين عتيق', 'Aïn Attig', ARRAY['Ain Atiq'], 73985, true),
	(164, 'harhoura', 'city', 'prefecture-skhirate-temara', 'الهرهورة', 'Harhoura', '{}', 20950, true),
	(165, 'tamesna', 'city', 'prefecture-skhirate-temara', 'تامسنا', 'Tamesna', ARRAY['Tamesna Ville'], NULL, true),
	(166, 'kenitra', 'city', 'province-kenitra', 'القنيطرة', 'Kénitra', ARRAY['Knitra', 'Port-Lyautey', 'Port Lyautey'], 507736, true),
	(167, 'souk-el-arbaa', 'city', 'province-kenitra', 'سوق الأربعاء', 'Souk El Arbaâ', ARRAY['Souk Larbaa', 'Souk El Arbaa du Gharb', 'سوق أربعاء الغرب', 'سوق الأربعاء الغرب'], 70894, true),
	(168, 'mehdia', 'city', 'province-kenitra', 'مهدية', 'Mehdia', ARRAY['Mehdya', 'المهدية'], 58558, true),
	(169, 'sidi-taibi', 'city', 'province-kenitra', 'سيدي الطيبي', 'Sidi Taïbi', '{}', 76227, true),
	(170, 'moulay-bousselham', 'city', 'province-kenitra', 'مولاي بوسلهام', 'Moulay Bousselham', ARRAY['Moulay Bouselham'], 32643, true),
	(171, 'khemisset', 'city', 'province-khemisset', 'الخميسات', 'Khémisset', ARRAY['Khmisset'], 125834, true),
	(172, 'tiflet', 'city', 'province-khemisset', 'تيفلت', 'Tiflet', ARRAY['Tifelt'], 103850, true),
	(173, 'rommani', 'city', 'province-khemisset', 'الرماني', 'Rommani', ARRAY['Romani'], 11117, true),
	(174, 'sidi-allal-el-bahraoui', 'city', 'province-khemisset', 'سيدي علال البحراوي', 'Sidi Allal El Bahraoui', ARRAY['Sidi Allal Bahraoui'], 29147, true),
	(175, 'sidi-kacem', 'city', 'province-sidi-kacem', 'سيدي قاسم', 'Sidi Kacem', ARRAY['Petitjean'], 75037, true),
	(176, 'mechra-bel-ksiri', 'city', 'province-sidi-kacem', 'مشرع بلقصيري', 'Mechra Bel Ksiri', ARRAY['Mechraa Bel Ksiri'], 32615, true),
	(177, 'jorf-el-melha', 'city', 'province-sidi-kacem', 'جرف الملحة', 'Jorf El Melha', '{}', 31976, true),
	(178, 'sidi-slimane', 'city', 'province-sidi-slimane', 'سيدي سليمان', 'Sidi Slimane', '{}', 95114, true),
	(179, 'sidi-yahya-el-gharb', 'city', 'province-sidi-slimane', 'سيدي يحيى الغرب', 'Sidi Yahya El Gharb', ARRAY['Sidi Yahia El Gharb'], 39946, true),
	(180, 'beni-mellal', 'city', 'province-beni-mellal', 'بني ملال', 'Béni Mellal', ARRAY['Beni-Mellal', 'Bni Mellal'], 209594, true),
	(181, 'kasba-tadla', 'city', 'province-beni-mellal', 'قصبة تادلة', 'Kasba Tadla', ARRAY['Kasbat Tadla'], 48172, true),
	(182, 'zaouiat-cheikh', 'city', 'province-beni-mellal', 'زاوية الشيخ', 'Zaouiat Cheikh', ARRAY['Zaouiet Cheikh'], 25088, true),
	(183, 'el-ksiba', 'city', 'province-beni-mellal', 'القصيبة', 'El Ksiba', ARRAY['Ksiba'], 19964, true),
	(184, 'azilal', 'city', 'province-azilal', 'أزيلال', 'Azilal', '{}', 48138, true),
	(185, 'demnate', 'city', 'province-azilal', 'دمنات', 'Demnate', ARRAY['Demnat'], 33635, true),
	(186, 'fquih-ben-salah', 'city', 'province-fquih-ben-salah', 'الفقيه بن صالح', 'Fquih Ben Salah', ARRAY['Fkih Ben Salah', 'Fqih Ben Saleh', 'Fqih Bensaleh', 'Fkih Bensalah', 'الفقيه بنصالح'], 97380, true),
	(187, 'souk-sebt-oulad-nemma', 'city', 'province-fquih-ben-salah', 'سوق السبت أولاد النمة', 'Souk Sebt Oulad Nemma', ARRAY['Souk Sebt Ouled Nemma', 'Souk Sebt', 'سوق السبت'], 60293, true),
	(188, 'khenifra', 'city', 'province-khenifra', 'خنيفرة', 'Khénifra', '{}', 123738, true),
	(189, 'mrirt', 'city', 'province-khenifra', 'مريرت', 'M''rirt', ARRAY['Mrirt', 'M’rirt'], 46285, true),
	(190, 'khouribga', 'city', 'province-khouribga', 'خريبكة', 'Khouribga', '{}', 195931, true),
	(191, 'oued-zem', 'city', 'province-khouribga', 'وادي زم', 'Oued Zem', ARRAY['واد زم'], 93776, true),
	(192, 'boujad', 'city', 'province-khouribga', 'أبي الجعد', 'Boujad', ARRAY['Bejaad', 'Boujaad', 'Abi Al Jaad', 'أبو الجعد', 'بجعد', 'بوجعد'], 47209, true),
	(193, 'casablanca', 'city', 'prefecture-casablanca', 'الدار البيضاء', 'Casablanca', ARRAY['Casa', 'Dar el Beida', 'Dar Beida', 'الدارالبيضاء', 'البيضاء', 'كازا', 'كازابلانكا'], 3215935, true),
	(194, 'mohammedia', 'city', 'prefecture-mohammedia', 'المحمدية', 'Mohammédia', ARRAY['Mohammadia', 'Fédala'], 194358, true),
	(195, 'ain-harrouda', 'city', 'prefecture-mohammedia', 'عين حرودة', 'Aïn Harrouda', '{}', 60804, true),
	(196, 'bni-yakhlef', 'city', 'prefecture-mohammedia', 'بني يخلف', 'Bni Yakhlef', ARRAY['Beni Yakhlef'], 117653, true),
	(197, 'ech-challalate', 'city', 'prefecture-mohammedia', 'الشلالات', 'Ech-Challalate', ARRAY['Chellalat', 'Echallalate'], 98015, true),
	(198, 'el-jadida', 'city', 'province-el-jadida', 'الجديدة', 'El Jadida', ARRAY['El-Jadida', 'Jadida', 'Mazagan'], 237464, true),
	(199, 'azemmour', 'city', 'province-el-jadida', 'أزمور', 'Azemmour', ARRAY['Azemour'], 42098, true),
	(200, 'bir-jdid', 'city', 'province-el-jadida', 'البئر الجديد', 'Bir Jdid', ARRAY['Lbir Jdid', 'لبير الجديد'], 30247, true),
	(201, 'nouaceur', 'city', 'province-nouaceur', 'النواصر', 'Nouaceur', '{}', 36326, true),
	(202, 'bouskoura', 'city', 'province-nouaceur', 'بوسكورة', 'Bouskoura', '{}', 200359, true),
	(203, 'dar-bouazza', 'city', 'province-nouaceur', 'دار بوعزة', 'Dar Bouazza', '{}', 302970, true),
	(204, 'oulad-azzouz', 'city', 'province-nouaceur', 'أولاد عزوز', 'Oulad Azzouz', ARRAY['Ouled Azzouz'], 81048, true),
	(205, 'ouled-salah', 'city', 'province-nouaceur', 'أولاد صالح', 'Ouled Salah', ARRAY['Oulad Salah', 'Oulad Saleh'], 51621, true),
	(206, 'mediouna', 'city', 'province-mediouna', 'مديونة', 'Médiouna', '{}', 29972, true),
	(207, 'tit-mellil', 'city', 'province-mediouna', 'تيط مليل', 'Tit Mellil', ARRAY['Tit Melil'], 56019, true),
	(208, 'lahraouyine', 'city', 'province-mediouna', 'الهراويين', 'Lahraouyine', ARRAY['Lahraouiyine', 'Lahraouine', 'لهراويين'], 87977, true),
	(209, 'sidi-hajjaj-oued-hassar', 'city', 'province-mediouna', 'سيدي حجاج واد حصار', 'Sidi Hajjaj Oued Hassar', '{}', 76362, true),
	(210, 'majjatia-oulad-taleb', 'city', 'province-mediouna', 'المجاطية أولاد الطالب', 'Majjatia Oulad Taleb', ARRAY['Al Majjatia Oulad Taleb', 'المجاطية'], 95457, true),
	(211, 'benslimane', 'city', 'province-benslimane', 'بنسليمان', 'Benslimane', ARRAY['Ben Slimane', 'بن سليمان', 'ابن سليمان'], 67317, true),
	(212, 'bouznika', 'city', 'province-benslimane', 'بوزنيقة', 'Bouznika', '{}', 55722, true),
	(213, 'el-mansouria', 'city', 'province-benslimane', 'المنصورية', 'El Mansouria', ARRAY['Mansouria'], 29139, true),
	(214, 'berrechid', 'city', 'province-berrechid', 'برشيد', 'Berrechid', ARRAY['Berchid'], 168687, true),
	(215, 'had-soualem', 'city', 'province-berrechid', 'حد السوالم', 'Had Soualem', ARRAY['Had Essoualem', 'السوالم'], 74762, true),
	(216, 'deroua', 'city', 'province-berrechid', 'الدروة', 'Deroua', ARRAY['Drouua'], 96619, true),
	(217, 'sidi-rahal-chatai', 'city', 'province-berrechid', 'سيدي رحال الشاطئ', 'Sidi Rahal Chatai', ARRAY['Sidi Rahal Plage'], 34431, true),
	(218, 'settat', 'city', 'province-settat', 'سطات', 'Settat', '{}', 171556, true),
	(219, 'ben-ahmed', 'city', 'province-settat', 'بن احمد', 'Ben Ahmed', ARRAY['ابن أحمد'], 33469, true),
	(220, 'el-borouj', 'city', 'province-settat', 'البروج', 'El Borouj', '{}', 19438, true),
	(221, 'sidi-bennour', 'city', 'province-sidi-bennour', 'سيدي بنور', 'Sidi Bennour', '{}', 56201, true),
	(222, 'zemamra', 'city', 'province-sidi-bennour', 'الزمامرة', 'Zemamra', ARRAY['Zmamra', 'زمامرة'], 13993, true),
	(223, 'oualidia', 'city', 'province-sidi-bennour', 'الوليدية', 'Oualidia', ARRAY['Loualidia', 'Walidia'], 21742, true),
	(224, 'marrakech', 'city', 'prefecture-marrakech', 'مراكش', 'Marrakech', ARRAY['Marrakesh', 'Marrakch', 'Marakech'], 1002697, true),
	(225, 'tassoultante', 'city', 'prefecture-marrakech', 'تسلطانت', 'Tassoultante', ARRAY['Tassoultant'], 106013, true),
	(226, 'tamansourt', 'city', 'prefecture-marrakech', 'تامنصورت', 'Tamansourt', '{}', NULL, true),
	(227, 'chichaoua', 'city', 'province-chichaoua', 'شيشاوة', 'Chichaoua', '{}', 38452, true),
	(228, 'imintanoute', 'city', 'province-chichaoua', 'إمنتانوت', 'Imintanoute', ARRAY['Imi n''Tanoute'], 25049, true),
	(229, 'tahannaout', 'city', 'province-al-haouz', 'تحناوت', 'Tahannaout', ARRAY['Tahanaout'], 16236, true),
	(230, 'ait-ourir', 'city', 'province-al-haouz', 'آيت أورير', 'Aït Ourir', '{}', 56954, true),
	(231, 'amizmiz', 'city', 'province-al-haouz', 'أمزميز', 'Amizmiz', '{}', 13840, true),
	(232, 'ourika', 'city', 'province-al-haouz', 'أوريكة', 'Ourika', '{}', 50558, true),
	(233, 'tameslouht', 'city', 'province-al-haouz', 'تمصلوحت', 'Tameslouht', ARRAY['Tameslohte'], 40283, true),
	(234, 'el-kelaa-des-sraghna', 'city', 'province-el-kelaa-des-sraghna', 'قلعة السراغنة', 'El Kelâa des Sraghna', ARRAY['Kelaat Sraghna', 'Kelaa des Sraghna', 'El Kelaa', 'Kalaat Sraghna', 'Qalaat Sraghna'], 106418, true),
	(235, 'el-attaouia', 'city', 'province-el-kelaa-des-sraghna', 'العطاوية', 'El Attaouia', ARRAY['Laattaouia', 'Attaouia'], 38405, true),
	(236, 'tamelelt', 'city', 'province-el-kelaa-des-sraghna', 'تملالت', 'Tamelelt', ARRAY['Tamallalt'], 20528, true),
	(237, 'essaouira', 'city', 'province-essaouira', 'الصويرة', 'Essaouira', ARRAY['Mogador', 'Souira'], 82962, true),
	(238, 'ben-guerir', 'city', 'province-rehamna', 'ابن جرير', 'Ben Guerir', ARRAY['Benguerir', 'بنجرير', 'بن جرير'], 114872, true),
	(239, 'safi', 'city', 'province-safi', 'آسفي', 'Safi', ARRAY['Asfi'], 323888, true),
	(240, 'sebt-gzoula', 'city', 'province-safi', 'سبت كزولة', 'Sebt Gzoula', '{}', 24600, true),
	(241, 'youssoufia', 'city', 'province-youssoufia', 'اليوسفية', 'Youssoufia', ARRAY['Louis-Gentil'], 65669, true),
	(242, 'chemaia', 'city', 'province-youssoufia', 'الشماعية', 'Chemaïa', ARRAY['Echemmaia'], 26547, true),
	(243, 'errachidia', 'city', 'province-errachidia', 'الرشيدية', 'Errachidia', ARRAY['Er-Rachidia', 'Ksar es Souk', 'قصر السوق'], 97687, true),
	(244, 'erfoud', 'city', 'province-errachidia', 'أرفود', 'Erfoud', ARRAY['Arfoud'], 28912, true),
	(245, 'rissani', 'city', 'province-errachidia', 'الريصاني', 'Rissani', ARRAY['Er-Rissani', 'Moulay Ali Cherif', 'مولاي علي الشريف'], 22082, true),
	(246, 'goulmima', 'city', 'province-errachidia', 'كلميمة', 'Goulmima', '{}', 14624, true),
	(247, 'tinejdad', 'city', 'province-errachidia', 'تنجداد', 'Tinejdad', '{}', 9528, true),
	(248, 'boudnib', 'city', 'province-errachidia', 'بودنيب', 'Boudnib', '{}', 13411, true),
	(249, 'ouarzazate', 'city', 'province-ouarzazate', 'ورزازات', 'Ouarzazate', ARRAY['Warzazat'], 79218, true),
	(250, 'taznakht', 'city', 'province-ouarzazate', 'تازناخت', 'Taznakht', '{}', 8268, true),
	(251, 'midelt', 'city', 'province-midelt', 'ميدلت', 'Midelt', '{}', 62648, true),
	(252, 'rich', 'city', 'province-midelt', 'الريش', 'Rich', ARRAY['Er-Rich'], 28462, true),
	(253, 'boumia', 'city', 'province-midelt', 'بومية', 'Boumia', '{}', 21713, true),
	(254, 'imilchil', 'city', 'province-midelt', 'إملشيل', 'Imilchil', '{}', 9164, true),
	(255, 'tinghir', 'city', 'province-tinghir', 'تنغير', 'Tinghir', ARRAY['Tinerhir'], 44239, true),
	(256, 'kelaat-mgouna', 'city', 'province-tinghir', 'قلعة مكونة', 'Kelâat M''Gouna', ARRAY['Kalaat Mgouna', 'Kelaa Mgouna', 'Kelaat M’Gouna'], 17737, true),
	(257, 'boumalne-dades', 'city', 'province-tinghir', 'بومالن دادس', 'Boumalne Dadès', ARRAY['Boumalne'], 12391, true),
	(258, 'zagora', 'city', 'province-zagora', 'زاكورة', 'Zagora', '{}', 42294, true),
	(259, 'agdz', 'city', 'province-zagora', 'أكدز', 'Agdz', ARRAY['Agdez'], 11189, true),
	(260, 'agadir', 'city', 'prefecture-agadir-ida-outanane', 'أكادير', 'Agadir', ARRAY['أغادير'], 504768, true),
	(261, 'drargua', 'city', 'prefecture-agadir-ida-outanane', 'الدراركة', 'Drargua', ARRAY['Drarga'], 107621, true),
	(262, 'aourir', 'city', 'prefecture-agadir-ida-outanane', 'أورير', 'Aourir', '{}', 46032, true),
	(263, 'inezgane', 'city', 'prefecture-inezgane-ait-melloul', 'إنزكان', 'Inezgane', ARRAY['Inzegane', 'Inezgan'], 137512, true),
	(264, 'ait-melloul', 'city', 'prefecture-inezgane-ait-melloul', 'آيت ملول', 'Aït Melloul', ARRAY['Ait-Melloul'], 210870, true),
	(265, 'dcheira-el-jihadia', 'city', 'prefecture-inezgane-ait-melloul', 'الدشيرة الجهادية', 'Dcheira El Jihadia', ARRAY['Dcheira', 'Dchira', 'الدشيرة'], 113041, true),
	(266, 'lqliaa', 'city', 'prefecture-inezgane-ait-melloul', 'لقليعة', 'Lqliâa', ARRAY['Leqliaa', 'القليعة'], 107133, true),
	(267, 'temsia', 'city', 'prefecture-inezgane-ait-melloul', 'تمسية', 'Temsia', '{}', 52663, true),
	(268, 'biougra', 'city', 'province-chtouka-ait-baha', 'بيوكرى', 'Biougra', ARRAY['بيوكرة'], 50626, true),
	(269, 'ait-amira', 'city', 'province-chtouka-ait-baha', 'آيت عميرة', 'Aït Amira', ARRAY['Khemis Ait Amira', 'خميس آيت عميرة'], 113236, true),
	(270, 'sidi-bibi', 'city', 'province-chtouka-ait-baha', 'سيدي بيبي', 'Sidi Bibi', '{}', 72929, true),
	(271, 'ait-baha', 'city', 'province-chtouka-ait-baha', 'آيت باها', 'Aït Baha', '{}', 6007, true),
	(272, 'taroudant', 'city', 'province-taroudant', 'تارودانت', 'Taroudant', ARRAY['Taroudannt', 'Taroudante'], 83496, true),
	(273, 'oulad-teima', 'city', 'province-taroudant', 'أولاد تايمة', 'Oulad Teima', ARRAY['Ouled Teima'], 100284, true),
	(274, 'oulad-berhil', 'city', 'province-taroudant', 'أولاد برحيل', 'Oulad Berhil', ARRAY['Ouled Berhil'], 30330, true),
	(275, 'aoulouz', 'city', 'province-taroudant', 'أولوز', 'Aoulouz', '{}', 21502, true),
	(276, 'tiznit', 'city', 'province-tiznit', 'تيزنيت', 'Tiznit', '{}', 86595, true),
	(277, 'tafraout', 'city', 'province-tiznit', 'تافراوت', 'Tafraout', ARRAY['Tafraoute'], 6124, true),
	(278, 'tata', 'city', 'province-tata', 'طاطا', 'Tata', '{}', 19544, true),
	(279, 'guelmim', 'city', 'province-guelmim', 'كلميم', 'Guelmim', ARRAY['Goulimine', 'Gulimin'], 126729, true),
	(280, 'bouizakarne', 'city', 'province-guelmim', 'بويزكارن', 'Bouizakarne', ARRAY['Bouizakaren'], 18036, true),
	(281, 'assa', 'city', 'province-assa-zag', 'آسا', 'Assa', '{}', 15601, true),
	(282, 'tan-tan', 'city', 'province-tan-tan', 'طانطان', 'Tan-Tan', ARRAY['Tantan', 'Tan Tan'], 76134, true),
	(283, 'el-ouatia', 'city', 'province-tan-tan', 'الوطية', 'El Ouatia', ARRAY['Tan-Tan Plage', 'طانطان الشاطئ'], 14258, true),
	(284, 'sidi-ifni', 'city', 'province-sidi-ifni', 'سيدي إفني', 'Sidi Ifni', ARRAY['Ifni'], 22696, true),
	(285, 'laayoune', 'city', 'province-laayoune', 'العيون', 'Laâyoune', ARRAY['El Aaiun', 'El Ayoun', 'Layoune', 'Aaiun', 'El Aioune'], 262791, true),
	(286, 'el-marsa', 'city', 'province-laayoune', 'المرسى', 'El Marsa', ARRAY['Laâyoune Plage', 'العيون الشاطئ'], 28848, true),
	(287, 'boujdour', 'city', 'province-boujdour', 'بوجدور', 'Boujdour', ARRAY['Bojador'], 57360, true),
	(288, 'tarfaya', 'city', 'province-tarfaya', 'طرفاية', 'Tarfaya', '{}', 11030, true),
	(289, 'smara', 'city', 'province-es-semara', 'السمارة', 'Smara', ARRAY['Es-Semara', 'Es Semara', 'Semara'], 56607, true),
	(290, 'dakhla', 'city', 'province-oued-ed-dahab', 'الداخلة', 'Dakhla', ARRAY['Ad Dakhla', 'Villa Cisneros'], 165463, true),
	(291, 'aousserd', 'city', 'province-aousserd', 'أوسرد', 'Aousserd', ARRAY['Awsard'], 3855, true),
	(292, 'lagouira', 'city', 'province-aousserd', 'الكويرة', 'Lagouira', ARRAY['La Güera'], 3127, true),
	(293, 'bir-gandouz', 'city', 'province-aousserd', 'بئر كندوز', 'Bir Gandouz', '{}', 9183, true),
	(294, 'casablanca-anfa', 'district', 'casablanca', 'الدار البيضاء أنفا', 'Casablanca-Anfa', ARRAY['Casablanca Anfa', 'الدار البيضاء-أنفا', 'عمالة مقاطعات الدار البيضاء أنفا', 'عمالة مقاطعات الدار البيضاء-أنفا', 'عمالة الدار البيضاء أنفا'], 344165, true),
	(295, 'anfa', 'district', 'casablanca-anfa', 'أنفا', 'Anfa', ARRAY['مقاطعة أنفا'], 66202, true),
	(296, 'maarif', 'district', 'casablanca-anfa', 'المعاريف', 'Maârif', ARRAY['Al Maarif', 'المعارف', 'مقاطعة المعاريف'], 139669, true),
	(297, 'sidi-belyout', 'district', 'casablanca-anfa', 'سيدي بليوط', 'Sidi Belyout', ARRAY['Sidi Beliout', 'مقاطعة سيدي بليوط'], 138294, true),
	(298, 'casablanca-ancienne-medina', 'district', 'sidi-belyout', 'المدينة القديمة', 'Ancienne Médina', ARRAY['Ancienne Médina de Casablanca', 'Old Medina', 'المدينة القديمة للدار البيضاء'], NULL, true),
	(299, 'derb-omar', 'district', 'sidi-belyout', 'درب عمر', 'Derb Omar', '{}', NULL, true),
	(300, 'derb-ghallef', 'district', 'maarif', 'درب غلف', 'Derb Ghallef', ARRAY['Derb Ghalef', 'درب غلاف'], NULL, true),
	(301, 'ain-diab', 'district', 'anfa', 'عين الذئاب', 'Aïn Diab', ARRAY['Corniche Ain Diab', 'عين الدياب'], NULL, true),
	(302, 'bourgogne', 'district', 'casablanca-anfa', 'بوركون', 'Bourgogne', ARRAY['بورغون', 'حي بوركون'], NULL, true),
	(303, 'al-fida-mers-sultan', 'district', 'casablanca', 'الفداء مرس السلطان', 'Al Fida-Mers Sultan', ARRAY['Al Fida Mers Sultan', 'Al-Fida-Mers-Sultan', 'الفداء-مرس السلطان', 'عمالة مقاطعات الفداء مرس السلطان', 'عمالة مقاطعات الفداء-مرس السلطان', 'عمالة الفداء مرس السلطان', 'الفداء درب السلطان', 'عمالة مقاطعات الفداء درب السلطان'], 224072, true),
	(304, 'al-fida', 'district', 'al-fida-mers-sultan', 'الفداء', 'Al Fida', ARRAY['Al-Fida', 'El Fida', 'مقاطعة الفداء'], 125933, true),
	(305, 'mers-sultan', 'district', 'al-fida-mers-sultan', 'مرس السلطان', 'Mers Sultan', ARRAY['Mers-Sultan', 'Mers Soltane', 'مقاطعة مرس السلطان'], 98139, true),
	(306, 'derb-sultan', 'district', 'al-fida-mers-sultan', 'درب السلطان', 'Derb Sultan', ARRAY['Derb Soltane', 'Derb Sultane', 'درب سلطان'], NULL, true),
	(307, 'casablanca-habous', 'district', 'al-fida-mers-sultan', 'حي الأحباس', 'Habous', ARRAY['Quartier Habous', 'Quartier des Habous', 'حي الحبوس', 'الحبوس'], NULL, true),
	(308, 'ain-sebaa-hay-mohammadi', 'district', 'casablanca', 'عين السبع الحي المحمدي', 'Aïn Sebaâ-Hay Mohammadi', ARRAY['Ain Sebaa Hay Mohammadi', 'عين السبع-الحي المحمدي', 'الحي المحمدي عين السبع', 'عمالة مقاطعات عين السبع الحي المحمدي', 'عمالة مقاطعات عين السبع-الحي المحمدي', 'عمالة مقاطعات الحي المحمدي عين السبع', 'عمالة عين السبع الحي المحمدي'], 364835, true),
	(309, 'ain-sebaa', 'district', 'ain-sebaa-hay-mohammadi', 'عين السبع', 'Aïn Sebaâ', ARRAY['Ain Seba', 'مقاطعة عين السبع'], 155828, true),
	(310, 'hay-mohammadi', 'district', 'ain-sebaa-hay-mohammadi', 'الحي المحمدي', 'Hay Mohammadi', ARRAY['Hay Mohammedi', 'Hay Mohamadi', 'Al Hay Al Mohammadi', 'مقاطعة الحي المحمدي'], 104232, true),
	(311, 'roches-noires', 'district', 'ain-sebaa-hay-mohammadi', 'الصخور السوداء', 'Roches Noires', ARRAY['Roches-Noires', 'Assoukhour Assawda', 'Assoukhour Assaouda', 'روش نوار', 'مقاطعة الصخور السوداء'], 104775, true),
	(312, 'derb-moulay-cherif', 'district', 'hay-mohammadi', 'درب مولاي الشريف', 'Derb Moulay Cherif', ARRAY['درب مولاي شريف'], NULL, true),
	(313, 'carrieres-centrales', 'district', 'hay-mohammadi', 'كاريان سنطرال', 'Carrières Centrales', ARRAY['Karyan Central', 'كاريان سانطرال'], NULL, true),
	(314, 'belvedere', 'district', 'ain-sebaa-hay-mohammadi', 'بلفدير', 'Belvédère', ARRAY['بلفيدير'], NULL, true),
	(315, 'hay-hassani', 'district', 'casablanca', 'الحي الحسني', 'Hay Hassani', ARRAY['Hay-Hassani', 'Hay El Hassani', 'Hay Al Hassani', 'Al Hay Al Hassani', 'عمالة مقاطعات الحي الحسني', 'عمالة الحي الحسني', 'مقاطعة الحي الحسني'], 537509, true),
	(316, 'oulfa', 'district', 'hay-hassani', 'الألفة', 'Oulfa', ARRAY['Al Oulfa', 'Hay Oulfa', 'حي الألفة'], NULL, true),
	(317, 'lissasfa', 'district', 'hay-hassani', 'ليساسفة', 'Lissasfa', ARRAY['Lyssasfa', 'الليساسفة'], NULL, true),
	(318, 'beausejour', 'district', 'hay-hassani', 'بوسيجور', 'Beauséjour', ARRAY['بوسجور'], NULL, true),
	(319, 'derb-el-ouedad', 'district', 'hay-hassani', 'درب الوداد', 'Derb El Ouedad', ARRAY['Derb Louedad', 'Derb El Wedad', 'Derb Lwdad'], NULL, true),
	(320, 'casablanca-residence-al-baraka', 'district', 'hay-hassani', 'إقامة البركة', 'Résidence Al Baraka', ARRAY['Residence Baraka', 'Iqamat Al Baraka', 'إقامة بركة'], NULL, true),
	(321, 'ain-chock', 'district', 'casablanca', 'عين الشق', 'Aïn Chock', ARRAY['Ain Chok', 'عمالة مقاطعات عين الشق', 'عمالة عين الشق', 'مقاطعة عين الشق'], 374707, true),
	(322, 'sidi-maarouf', 'district', 'ain-chock', 'سيدي معروف', 'Sidi Maârouf', ARRAY['Sidi Marouf'], NULL, true),
	(323, 'californie', 'district', 'ain-chock', 'كاليفورنيا', 'Californie', ARRAY['California', 'حي كاليفورنيا'], NULL, true),
	(324, 'sidi-bernoussi', 'district', 'casablanca', 'سيدي البرنوصي', 'Sidi Bernoussi', ARRAY['Sidi Barnoussi', 'Bernoussi', 'البرنوصي', 'Sidi Bernoussi-Zenata', 'سيدي البرنوصي زناتة', 'عمالة مقاطعات سيدي البرنوصي', 'عمالة سيدي البرنوصي', 'مقاطعة سيدي البرنوصي'], 706362, true),
	(325, 'sidi-moumen', 'district', 'sidi-bernoussi', 'سيدي مومن', 'Sidi Moumen', ARRAY['Sidi Momen', 'مقاطعة سيدي مومن'], 551443, true),
	(326, 'hay-al-qods', 'district', 'sidi-bernoussi', 'حي القدس', 'Hay Al Qods', ARRAY['Al Qods', 'Hay El Qods', 'El Qods', 'Hay Al Quds', 'القدس', 'القدس البرنوصي'], NULL, true),
	(327, 'al-azhar', 'district', 'sidi-bernoussi', 'حي الأزهر', 'Al Azhar', ARRAY['Hay Al Azhar', 'Hay Azhar', 'الأزهر'], NULL, true),
	(328, 'attacharouk', 'district', 'sidi-bernoussi', 'حي التشارك', 'Attacharouk', ARRAY['Hay Attacharouk', 'Tacharouk', 'التشارك'], NULL, true),
	(329, 'ahl-loghlam', 'district', 'sidi-moumen', 'أهل الغلام', 'Ahl Loghlam', ARRAY['Ahl Laghlam', 'أهل لغلام'], NULL, true),
	(330, 'douar-sekouila', 'district', 'sidi-moumen', 'دوار السكويلة', 'Douar Sekouila', ARRAY['Douar Skouila', 'Sekouila', 'السكويلة'], NULL, true),
	(331, 'karyan-thomas', 'district', 'sidi-moumen', 'كاريان طوما', 'Karyan Thomas', ARRAY['Douar Thomas', 'دوار طوما'], NULL, true),
	(332, 'ben-msick', 'district', 'casablanca', 'ابن مسيك', 'Ben M''Sick', ARRAY['Ben Msik', 'Ben M''sik', 'Ben Msick', 'Ben M’Sick', 'بن مسيك', 'بنمسيك', 'عمالة مقاطعات ابن مسيك', 'عمالة مقاطعات بن مسيك', 'عمالة ابن مسيك', 'مقاطعة ابن مسيك'], 207252, true),
	(333, 'sbata', 'district', 'ben-msick', 'سباتة', 'Sbata', ARRAY['اسباتة', 'مقاطعة سباتة'], 101640, true),
	(334, 'moulay-rachid', 'district', 'casablanca', 'مولاي رشيد', 'Moulay Rachid', ARRAY['My Rachid', 'Moulay Rchid', 'حي مولاي رشيد', 'عمالة مقاطعات مولاي رشيد', 'عمالة مولاي رشيد', 'مقاطعة مولاي رشيد'], 457033, true),
	(335, 'sidi-othmane', 'district', 'moulay-rachid', 'سيدي عثمان', 'Sidi Othmane', ARRAY['Sidi Otmane', 'Sidi Othman', 'مقاطعة سيدي عثمان'], 211894, true),
	(336, 'dar-bouazza-hay-errahma', 'district', 'dar-bouazza', 'حي الرحمة', 'Hay Errahma', ARRAY['Hay Rahma', 'Hay Er-Rahma', 'Errahma'], NULL, true),
	(337, 'rabat-agdal-riyad', 'district', 'rabat', 'أكدال الرياض', 'Agdal-Riyad', ARRAY['Agdal Riyad', 'Agdal-Riad', 'Agdal Ryad', 'أكدال-الرياض', 'مقاطعة أكدال الرياض'], 70435, true),
	(338, 'rabat-hay-riad', 'district', 'rabat-agdal-riyad', 'حي الرياض', 'Hay Riad', ARRAY['Hay Ryad', 'Hay Riyad'], NULL, true),
	(339, 'rabat-hassan', 'district', 'rabat', 'حسان', 'Hassan', ARRAY['Hassane', 'مقاطعة حسان'], 92454, true),
	(340, 'rabat-el-youssoufia', 'district', 'rabat', 'اليوسفية', 'El Youssoufia', ARRAY['Al Youssoufia', 'مقاطعة اليوسفية'], 157587, true),
	(341, 'rabat-takaddoum', 'district', 'rabat-el-youssoufia', 'حي التقدم', 'Takaddoum', ARRAY['Hay Takaddoum', 'Taqaddoum'], NULL, true),
	(342, 'rabat-souissi', 'district', 'rabat', 'السويسي', 'Souissi', ARRAY['Soussi', 'مقاطعة السويسي'], 21049, true),
	(343, 'rabat-yacoub-el-mansour', 'district', 'rabat', 'يعقوب المنصور', 'Yacoub El Mansour', ARRAY['Yaacoub El Mansour', 'Yacoub Al Mansour', 'مقاطعة يعقوب المنصور'], 168391, true),
	(344, 'rabat-akkari', 'district', 'rabat', 'العكاري', 'Akkari', ARRAY['Hay Akkari', 'حي العكاري'], NULL, true),
	(345, 'rabat-touarga', 'district', 'rabat', 'التواركة', 'Touarga', ARRAY['Méchouar de Rabat', 'مشور التواركة'], 5703, true),
	(346, 'sale-bab-lamrissa', 'district', 'sale', 'باب لمريسة', 'Bab Lamrissa', ARRAY['Bab Mrissa', 'باب المريسة', 'مقاطعة باب لمريسة'], 167319, true),
	(347, 'sale-bettana', 'district', 'sale', 'بطانة', 'Bettana', ARRAY['Btana', 'مقاطعة بطانة'], 76233, true),
	(348, 'sale-hssaine', 'district', 'sale', 'احصين', 'Hssaine', ARRAY['Hssain', 'Lahssaine', 'حصين', 'مقاطعة احصين'], 234326, true),
	(349, 'sale-layayda', 'district', 'sale', 'العيايدة', 'Layayda', ARRAY['Laayayda', 'مقاطعة العيايدة'], 229838, true),
	(350, 'sale-tabriquet', 'district', 'sale', 'تابريكت', 'Tabriquet', ARRAY['Tabriket', 'مقاطعة تابريكت'], 237385, true),
	(351, 'sale-al-jadida', 'district', 'sale', 'سلا الجديدة', 'Sala Al Jadida', ARRAY['Sala Jadida', 'Salé Al Jadida', 'Sala El Jadida'], NULL, true),
	(352, 'sale-hay-karima', 'district', 'sale', 'حي كريمة', 'Hay Karima', '{}', NULL, true),
	(353, 'sale-qaryat-oulad-moussa', 'district', 'sale', 'قرية أولاد موسى', 'Qaryat Oulad Moussa', ARRAY['Karia Oulad Moussa', 'Qariat Oulad Moussa'], NULL, true),
	(354, 'sale-sidi-moussa', 'district', 'sale', 'سيدي موسى', 'Sidi Moussa', '{}', NULL, true),
	(355, 'fes-agdal', 'district', 'fes', 'أكدال', 'Agdal', ARRAY['مقاطعة أكدال'], 128030, true),
	(356, 'fes-medina', 'district', 'fes', 'فاس المدينة', 'Fès-Médina', ARRAY['Fes Medina', 'Médina de Fès', 'Fès el-Bali', 'فاس البالي', 'مقاطعة فاس المدينة'], 49775, true),
	(357, 'fes-jnan-el-ouard', 'district', 'fes', 'جنان الورد', 'Jnan El Ouard', ARRAY['Jnane El Ouard', 'Jnan Lward', 'مقاطعة جنان الورد'], 187737, true),
	(358, 'fes-el-mariniyine', 'district', 'fes', 'المرينيين', 'El Mariniyine', ARRAY['Mérinides', 'Al Mariniyine', 'Marinyine', 'مقاطعة المرينيين'], 206427, true),
	(359, 'fes-saiss', 'district', 'fes', 'سايس', 'Saïss', ARRAY['Sais', 'مقاطعة سايس'], 237242, true),
	(360, 'fes-zouagha', 'district', 'fes', 'زواغة', 'Zouagha', ARRAY['مقاطعة زواغة'], 358631, true),
	(361, 'fes-jdid', 'district', 'fes', 'فاس الجديد', 'Fès Jdid', ARRAY['Fès el-Jdid', 'Méchouar Fès Jdid', 'Méchouar-Fès-El Jadid', 'المشور فاس الجديد'], 15121, true),
	(362, 'fes-bensouda', 'district', 'fes-zouagha', 'بنسودة', 'Bensouda', ARRAY['Ben Souda', 'بن سودة', 'حي بنسودة'], NULL, true),
	(363, 'fes-narjiss', 'district', 'fes', 'النرجس', 'Narjiss', ARRAY['Hay Narjiss', 'حي النرجس'], NULL, true),
	(364, 'fes-aouinat-hajjaj', 'district', 'fes', 'عوينات الحجاج', 'Aouinat Hajjaj', ARRAY['Aouinat El Hajjaj'], NULL, true),
	(365, 'fes-bab-ftouh', 'district', 'fes', 'باب فتوح', 'Bab Ftouh', '{}', NULL, true),
	(366, 'meknes-hamria', 'district', 'meknes', 'الحمرية', 'Hamria', ARRAY['Hamriya', 'حي الحمرية'], NULL, true),
	(367, 'meknes-marjane', 'district', 'meknes', 'مرجان', 'Marjane', ARRAY['Hay Marjane', 'حي مرجان'], NULL, true),
	(368, 'meknes-bassatine', 'district', 'meknes', 'البساتين', 'Bassatine', ARRAY['Hay Bassatine', 'حي البساتين'], NULL, true),
	(369, 'meknes-borj-moulay-omar', 'district', 'meknes', 'برج مولاي عمر', 'Borj Moulay Omar', '{}', NULL, true),
	(370, 'meknes-sidi-baba', 'district', 'meknes', 'سيدي بابا', 'Sidi Baba', '{}', NULL, true),
	(371, 'meknes-zitoune', 'district', 'meknes', 'حي الزيتون', 'Zitoune', ARRAY['Hay Zitoune'], NULL, true),
	(372, 'marrakech-menara', 'district', 'marrakech', 'المنارة', 'Ménara', ARRAY['مقاطعة المنارة'], 522259, true),
	(373, 'marrakech-gueliz', 'district', 'marrakech', 'جيليز', 'Guéliz', ARRAY['كيليز', 'مقاطعة جيليز'], 219863, true),
	(374, 'marrakech-medina', 'district', 'marrakech', 'مراكش المدينة', 'Marrakech-Médina', ARRAY['Marrakech Medina', 'Médina de Marrakech', 'مقاطعة مراكش المدينة'], 81103, true),
	(375, 'marrakech-sidi-youssef-ben-ali', 'district', 'marrakech', 'سيدي يوسف بن علي', 'Sidi Youssef Ben Ali', ARRAY['Sidi Youssef Benali', 'SYBA', 'مقاطعة سيدي يوسف بن علي'], 107966, true),
	(376, 'marrakech-annakhil', 'district', 'marrakech', 'النخيل', 'Annakhil', ARRAY['En Nakhil', 'Palmeraie', 'مقاطعة النخيل'], 71506, true),
	(377, 'marrakech-mechouar-kasba', 'district', 'marrakech', 'مشور القصبة', 'Méchouar-Kasba', ARRAY['Mechouar Kasba'], 12116, true),
	(378, 'marrakech-daoudiate', 'district', 'marrakech-gueliz', 'الداوديات', 'Daoudiate', ARRAY['Daoudiat'], NULL, true),
	(379, 'marrakech-massira', 'district', 'marrakech-menara', 'حي المسيرة', 'Massira', ARRAY['Al Massira', 'Hay Massira'], NULL, true),
	(380, 'marrakech-mhamid', 'district', 'marrakech-menara', 'المحاميد', 'M''hamid', ARRAY['Mhamid', 'Hay Mhamid', 'حي المحاميد'], NULL, true),
	(381, 'marrakech-azli', 'district', 'marrakech-menara', 'أزلي', 'Azli', ARRAY['Hay Azli'], NULL, true),
	(382, 'marrakech-jemaa-el-fna', 'district', 'marrakech-medina', 'ساحة جامع الفنا', 'Jemaa el-Fna', ARRAY['Jamaa El Fna', 'Djemaa el-Fna', 'Place Jemaa el-Fna', 'جامع الفنا', 'جامع الفناء'], NULL, true),
	(383, 'tanger-medina', 'district', 'tanger', 'طنجة المدينة', 'Tanger-Médina', ARRAY['Tanger Medina', 'Médina de Tanger', 'مقاطعة طنجة المدينة'], 343535, true),
	(384, 'tanger-charf-mghogha', 'district', 'tanger', 'الشرف مغوغة', 'Charf-Mghogha', ARRAY['Charf Mghogha', 'Mghogha', 'مغوغة', 'الشرف-مغوغة', 'مقاطعة الشرف مغوغة'], 252656, true),
	(385, 'tanger-charf-souani', 'district', 'tanger', 'الشرف السواني', 'Charf-Souani', ARRAY['Charf Souani', 'Souani', 'السواني', 'الشرف-السواني', 'مقاطعة الشرف السواني'], 111772, true),
	(386, 'tanger-bni-makada', 'district', 'tanger', 'بني مكادة', 'Beni Makada', ARRAY['Bni Makada', 'Beni Mekkada', 'Bni Mekada', 'مقاطعة بني مكادة'], 567465, true),
	(387, 'tanger-casabarata', 'district', 'tanger-bni-makada', 'كاسابراطا', 'Casabarata', ARRAY['Casa Barata'], NULL, true),
	(388, 'tanger-bir-chifa', 'district', 'tanger-bni-makada', 'بئر الشفاء', 'Bir Chifa', ARRAY['Bir Chiffa', 'حي بئر الشفاء'], NULL, true),
	(389, 'tanger-mesnana', 'district', 'tanger', 'مسنانة', 'Mesnana', '{}', NULL, true),
	(390, 'tanger-marshan', 'district', 'tanger-medina', 'مرشان', 'Marshan', ARRAY['Marchan'], NULL, true),
	(391, 'agadir-talborjt', 'district', 'agadir', 'تالبرجت', 'Talborjt', ARRAY['Talborj'], NULL, true),
	(392, 'agadir-anza', 'district', 'agadir', 'أنزا', 'Anza', '{}', NULL, true),
	(393, 'agadir-tikiouine', 'district', 'agadir', 'تيكيوين', 'Tikiouine', '{}', NULL, true),
	(394, 'agadir-bensergao', 'district', 'agadir', 'بنسركاو', 'Bensergao', ARRAY['Ben Sergao', 'بن سركاو'], NULL, true),
	(395, 'agadir-hay-dakhla', 'district', 'agadir', 'حي الداخلة', 'Hay Dakhla', ARRAY['Quartier Dakhla'], NULL, true),
	(396, 'agadir-founty', 'district', 'agadir', 'فونتي', 'Founty', '{}', NULL, true),
	(397, 'agadir-ihchach', 'district', 'agadir', 'إحشاش', 'Ihchach', '{}', NULL, true),
	(398, 'oujda-lazaret', 'district', 'oujda', 'لازاري', 'Lazaret', ARRAY['Hay Lazaret', 'حي لازاري'], NULL, true),
	(399, 'oujda-sidi-maafa', 'district', 'oujda', 'سيدي معافة', 'Sidi Maafa', '{}', NULL, true),
	(400, 'oujda-sidi-yahya', 'district', 'oujda', 'سيدي يحيى', 'Sidi Yahya', '{}', NULL, true),
	(401, 'kenitra-ouled-oujih', 'district', 'kenitra', 'أولاد أوجيه', 'Ouled Oujih', ARRAY['Oulad Oujih', 'Hay Oulad Oujih'], NULL, true),
	(402, 'kenitra-saknia', 'district', 'kenitra', 'الساكنية', 'Saknia', ARRAY['Sakniya'], NULL, true),
	(403, 'kenitra-bir-rami', 'district', 'kenitra', 'بئر الرامي', 'Bir Rami', '{}', NULL, true),
	(404, 'kenitra-khabazat', 'district', 'kenitra', 'الخبازات', 'Khabazat', '{}', NULL, true),
	(405, 'kenitra-maamora', 'district', 'kenitra', 'المعمورة', 'Maâmora', '{}', NULL, true),
	(406, 'tetouan-jbel-dersa', 'district', 'tetouan', 'جبل درسة', 'Jbel Dersa', ARRAY['Jebel Dersa'], NULL, true),
	(407, 'tetouan-kouilma', 'district', 'tetouan', 'كويلمة', 'Kouilma', '{}', NULL, true),
	(408, 'tetouan-touabel', 'district', 'tetouan', 'الطوابل', 'Touabel', '{}', NULL, true),
	(409, 'tetouan-mhannech', 'district', 'tetouan', 'امهناش', 'M''hannech', ARRAY['Mhannech', 'مهناش'], NULL, true),
	(410, 'beni-mellal-ain-asserdoun', 'district', 'beni-mellal', 'عين أسردون', 'Aïn Asserdoun', ARRAY['Ain Asserdon'], NULL, true),
	(411, 'beni-mellal-ouled-hamdane', 'district', 'beni-mellal', 'أولاد حمدان', 'Ouled Hamdane', ARRAY['Oulad Hamdane', 'حي أولاد حمدان'], NULL, true),
	(412, 'ait-melloul-hay-azrou', 'district', 'ait-melloul', 'حي أزرو', 'Hay Azrou', ARRAY['Azrou Ait Melloul'], NULL, true),
	(413, 'inezgane-tarrast', 'district', 'inezgane', 'تراست', 'Tarrast', ARRAY['Hay Tarrast', 'حي تراست'], NULL, true),
	(414, 'laayoune-khatt-ramla', 'district', 'laayoune', 'خط الرملة', 'Khatt Ramla', ARRAY['Khat Ramla', 'Hay Khatt Ramla'], NULL, true),
	(415, 'laayoune-maatallah', 'district', 'laayoune', 'معطى الله', 'Maatallah', ARRAY['Hay Maatallah', 'حي معطى الله'], NULL, true),
	(416, 'laayoune-colominas', 'district', 'laayoune', 'كولومينا', 'Colominas', ARRAY['Hay Colomina', 'حي كولومينا'], NULL, true),
	(417, 'laayoune-hay-al-wahda', 'district', 'laayoune', 'حي الوحدة', 'Hay Al Wahda', ARRAY['Hay Wahda'], NULL, true);

SELECT pg_catalog.pg_extension_config_dump('meetreg.places', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('meetreg.places_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('meetreg.places_removed', '');

-- ===================================================================
-- Meetings: the region is filled from the city when not given
-- ===================================================================

CREATE OR REPLACE FUNCTION meetreg.meetings_tag()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		IF NEW.concerns IS NULL THEN
			NEW.concerns := meetreg.tag(pg_catalog.concat_ws(E'\n', NEW.title, NEW.body));
		END IF;
		IF NEW.region IS NULL AND NEW.city IS NOT NULL THEN
			NEW.region := meetreg.region_of(NEW.city);
		END IF;
	ELSE
		IF meetreg._same_concerns(NEW.concerns, OLD.concerns)
		   AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) THEN
			-- the text changed and the statement did not set concerns itself
			NEW.concerns := meetreg.tag(pg_catalog.concat_ws(E'\n', NEW.title, NEW.body));
		END IF;
		IF NEW.city IS DISTINCT FROM OLD.city AND NEW.region IS NOT DISTINCT FROM OLD.region THEN
			-- a new city and no region given: the city's region
			NEW.region := meetreg.region_of(NEW.city);
		END IF;
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION meetreg.meetings_tag() IS
'trigger: fills meetings.concerns with meetreg.tag(title, body) and meetings.region from the city, unless the statement sets them';

DROP TRIGGER meetings_tag ON meetreg.meetings;
CREATE TRIGGER meetings_tag
	BEFORE INSERT OR UPDATE OF title, body, city, region ON meetreg.meetings
	FOR EACH ROW EXECUTE FUNCTION meetreg.meetings_tag();

-- meetings recorded with 0.2.0 get their region now
UPDATE meetreg.meetings SET region = meetreg.region_of(city)
WHERE region IS NULL AND city IS NOT NULL AND meetreg.region_of(city) IS NOT NULL;

-- ===================================================================
-- BI views: plain columns only
-- ===================================================================

CREATE VIEW meetreg.monthly_concerns AS
SELECT g.month, g.region, g.city, e.concern, e.meetings,
	   meetreg.total(g.hist) AS total_meetings, e.share
FROM (SELECT pg_catalog.date_trunc('month', m.held_on)::date AS month,
			 m.region, m.city, meetreg.concern_counts(m.concerns) AS hist
	  FROM meetreg.meetings m
	  WHERE m.held_on IS NOT NULL
	  GROUP BY 1, 2, 3) g,
	 LATERAL meetreg.entries(g.hist) e;
COMMENT ON VIEW meetreg.monthly_concerns IS
'per month, region and city: meetings raising each concern, all meetings, share (NULL below meetreg.min_cell)';

CREATE VIEW meetreg.concern_trends_by_region AS
SELECT r.region, t.concern, t.direction, t.sen_slope, t.p_value, t.recent_z, t.sparkline
FROM (SELECT m.region,
			 meetreg.concern_trend(pg_catalog.date_trunc('month', m.held_on), m.concerns) AS trend
	  FROM meetreg.meetings m
	  WHERE m.held_on IS NOT NULL AND m.region IS NOT NULL
	  GROUP BY m.region) r,
	 LATERAL meetreg.trends(r.trend) t;
COMMENT ON VIEW meetreg.concern_trends_by_region IS
'per region and concern: monthly trend of the share of meetings raising it (Mann-Kendall, p < 0.05), Sen''s slope per month, recent_z, sparkline';
