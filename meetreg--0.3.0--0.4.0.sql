/* meetreg--0.3.0--0.4.0.sql: meeting records from reports (dates, facts, ingest) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION meetreg UPDATE TO '0.4.0'" to load this file. \quit

-- ===================================================================
-- Dates
-- ===================================================================

CREATE FUNCTION meetreg.dates(text, reference date DEFAULT NULL,
	OUT value date,
	OUT "precision" text,
	OUT matched text,
	OUT start integer,
	OUT len integer)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'meetreg_dates'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE
ROWS 5;

COMMENT ON FUNCTION meetreg.dates(text, date) IS
'every date expression of a text (Maghrebi, Mashriqi, Egyptian, Algerian and French month names, weekdays, numeric forms, relative dates against reference): value (NULL when it needs a reference), precision, matched text, 1-based position and length';

-- ===================================================================
-- Meeting facts
-- ===================================================================

CREATE TYPE meetreg.meeting_facts AS (
	held_on				date,
	held_on_precision	text,
	city				text,
	district			text,
	region				text,
	place_precision		text,
	venue				text,
	host				text,
	format				text,
	association_count	integer,
	associations		text[],
	officials			text[],
	demands				text[],
	commitments			text[],
	concerns			meetreg.concern_set
);
COMMENT ON TYPE meetreg.meeting_facts IS
'the facts meetreg.extract() reads in a meeting report';

-- It reads the gazetteer and the lexicon: STABLE.  A NULL body gives NULL.
CREATE FUNCTION meetreg.extract(body text, published date DEFAULT NULL, title text DEFAULT NULL)
RETURNS meetreg.meeting_facts
AS 'MODULE_PATHNAME', 'meetreg_extract'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;

COMMENT ON FUNCTION meetreg.extract(text, date, text) IS
'the facts of a meeting report: when and where it was held, venue, host, format, associations, officials, demands, commitments, concerns; what the text does not state is NULL or empty';

-- the extractor's gazetteer is recompiled when meetreg.places changes
CREATE TRIGGER places_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetreg.places
	FOR EACH STATEMENT EXECUTE FUNCTION meetreg.registry_changed();

-- ===================================================================
-- Meeting records gain the facts and their provenance
-- ===================================================================

ALTER TABLE meetreg.meetings
	ADD COLUMN held_on_precision text,
	ADD COLUMN district text,
	ADD COLUMN place_precision text,
	ADD COLUMN venue text,
	ADD COLUMN host text,
	ADD COLUMN format text,
	ADD COLUMN association_count integer,
	ADD COLUMN associations text[],
	ADD COLUMN officials text[],
	ADD COLUMN demands text[],
	ADD COLUMN commitments text[],
	ADD COLUMN published_on date,
	ADD COLUMN outlet text,
	ADD COLUMN ingested_at timestamptz,
	ADD CONSTRAINT meetings_held_on_precision
		CHECK (held_on_precision OPERATOR(pg_catalog.=) ANY ('{day,month,year}'::text[])),
	ADD CONSTRAINT meetings_place_precision
		CHECK (place_precision OPERATOR(pg_catalog.=) ANY ('{district,city,region}'::text[])),
	ADD CONSTRAINT meetings_format
		CHECK (format OPERATOR(pg_catalog.=) ANY ('{communication_meeting,consultation,seminar,open_days,other}'::text[])),
	ADD CONSTRAINT meetings_association_count
		CHECK (association_count OPERATOR(pg_catalog.>=) 0);

CREATE INDEX meetings_source ON meetreg.meetings (source);

-- A statement that clears the city (meetreg.ingest() re-reading a report that
-- locates the meeting only by its region) keeps the region it gives: only a
-- new city, not a removed one, brings the city's region.
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
		IF NEW.city IS NOT NULL AND NEW.city IS DISTINCT FROM OLD.city
		   AND NEW.region IS NOT DISTINCT FROM OLD.region THEN
			-- a new city and no region given: the city's region
			NEW.region := meetreg.region_of(NEW.city);
		END IF;
	END IF;
	RETURN NEW;
END
$$;

COMMENT ON COLUMN meetreg.meetings.source IS 'where the report comes from (a URL, a file name, ...); meetreg.ingest() updates the record of a source it has seen';
COMMENT ON COLUMN meetreg.meetings.published_on IS 'publication date of the report';
COMMENT ON COLUMN meetreg.meetings.outlet IS 'the outlet that published the report (the host of a URL source)';
COMMENT ON COLUMN meetreg.meetings.ingested_at IS 'when meetreg.ingest() last read the report';

-- ===================================================================
-- Ingest
-- ===================================================================

CREATE FUNCTION meetreg.ingest(body text, published date DEFAULT NULL,
							   title text DEFAULT NULL, source text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
	f			meetreg.meeting_facts;
	existing	bigint;
	result		bigint;
	the_outlet	text;
BEGIN
	IF body IS NULL THEN
		RAISE EXCEPTION 'meetreg.ingest() needs the text of the report'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	f := meetreg.extract(body, published, title);
	the_outlet := pg_catalog.substring(source, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#@]+)');

	IF source IS NOT NULL THEN
		-- one record per source, also under concurrent ingests of the same one
		PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('meetreg.ingest:' OPERATOR(pg_catalog.||) source, 0));
		SELECT m.id INTO existing FROM meetreg.meetings m
		WHERE m.source OPERATOR(pg_catalog.=) ingest.source
		ORDER BY m.id LIMIT 1;
	END IF;

	IF existing IS NULL THEN
		INSERT INTO meetreg.meetings (held_on, held_on_precision, city, district, region,
			place_precision, venue, host, format, association_count, associations, officials,
			demands, commitments, title, body, source, concerns, published_on, outlet, ingested_at)
		VALUES (f.held_on, f.held_on_precision, f.city, f.district, f.region,
			f.place_precision, f.venue, f.host, f.format, f.association_count, f.associations, f.officials,
			f.demands, f.commitments, title, body, source, f.concerns, published, the_outlet,
			pg_catalog.now())
		RETURNING id INTO result;
	ELSE
		UPDATE meetreg.meetings m SET
			held_on = f.held_on, held_on_precision = f.held_on_precision,
			city = f.city, district = f.district, region = f.region,
			place_precision = f.place_precision, venue = f.venue, host = f.host,
			format = f.format, association_count = f.association_count,
			associations = f.associations, officials = f.officials,
			demands = f.demands, commitments = f.commitments,
			title = ingest.title, body = ingest.body, concerns = f.concerns,
			published_on = COALESCE(ingest.published, m.published_on),
			outlet = COALESCE(the_outlet, m.outlet),
			ingested_at = pg_catalog.now()
		WHERE m.id OPERATOR(pg_catalog.=) existing;
		result := existing;
	END IF;
	RETURN result;
END
$$;

COMMENT ON FUNCTION meetreg.ingest(text, date, text, text) IS
'extracts the facts of a report and records it in meetreg.meetings (updating the record of a source seen before); returns the meeting id';

-- ===================================================================
-- BI views: what was asked for and what was promised, per concern
-- ===================================================================

CREATE VIEW meetreg.meeting_demands AS
SELECT m.id AS meeting_id, m.held_on, m.city, m.region,
	   d.n::integer AS demand_no, d.demand,
	   c.code AS concern, c.grp AS concern_group, c.label_ar, c.label_fr, c.label_en
FROM meetreg.meetings m
CROSS JOIN LATERAL pg_catalog.unnest(m.demands) WITH ORDINALITY AS d(demand, n)
LEFT JOIN LATERAL meetreg.codes(meetreg.tag(d.demand)) AS k(code) ON true
LEFT JOIN meetreg.concerns c ON c.code OPERATOR(pg_catalog.=) k.code;

COMMENT ON VIEW meetreg.meeting_demands IS
'one row per demand of a meeting and concern it raises (concern NULL when it raises none): what civil society asked for';

CREATE VIEW meetreg.meeting_commitments AS
SELECT m.id AS meeting_id, m.held_on, m.city, m.region,
	   d.n::integer AS commitment_no, d.commitment,
	   c.code AS concern, c.grp AS concern_group, c.label_ar, c.label_fr, c.label_en
FROM meetreg.meetings m
CROSS JOIN LATERAL pg_catalog.unnest(m.commitments) WITH ORDINALITY AS d(commitment, n)
LEFT JOIN LATERAL meetreg.codes(meetreg.tag(d.commitment)) AS k(code) ON true
LEFT JOIN meetreg.concerns c ON c.code OPERATOR(pg_catalog.=) k.code;

COMMENT ON VIEW meetreg.meeting_commitments IS
'one row per commitment of a meeting and concern it raises (concern NULL when it raises none): what officials announced or promised';
