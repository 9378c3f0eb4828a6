-- extract_fixtures: field by field, the extractor against the expected facts
-- of the 45 reports of test/fixtures/reports (our own writing)
SET datestyle = ISO;
CREATE TEMP TABLE fx_text (name text, body text);
\copy fx_text FROM PROGRAM 'perl test/scripts/fixtures_copy.pl texts'
CREATE TEMP TABLE fx_facts (name text, key text, value text);
\copy fx_facts FROM PROGRAM 'perl test/scripts/fixtures_copy.pl facts'
SELECT count(*) AS reports FROM fx_text;

CREATE TEMP TABLE fx AS
SELECT t.name, (meetreg.extract(t.body, (SELECT NULLIF(value, '')::date FROM fx_facts f
                                         WHERE f.name = t.name AND f.key = 'published'))).*
FROM fx_text t;

CREATE TEMP TABLE expected AS
SELECT name,
       max(value) FILTER (WHERE key = 'held_on') AS held_on,
       max(value) FILTER (WHERE key = 'held_on_precision') AS held_on_precision,
       max(value) FILTER (WHERE key = 'city') AS city,
       max(value) FILTER (WHERE key = 'region') AS region,
       max(value) FILTER (WHERE key = 'format') AS format,
       max(value) FILTER (WHERE key = 'association_count') AS association_count
FROM fx_facts GROUP BY name;

-- one row per field: how many reports the extractor gets right (place names
-- compared in their normalized form: Mohammedia = Mohammédia)
SELECT field, count(*) FILTER (WHERE NULLIF(want, '') IS NOT DISTINCT FROM got) AS right, count(*) AS reports
FROM (SELECT 'held_on' AS field, e.held_on AS want, x.held_on::text AS got FROM expected e JOIN fx x USING (name)
      UNION ALL SELECT 'held_on_precision', e.held_on_precision, x.held_on_precision FROM expected e JOIN fx x USING (name)
      UNION ALL SELECT 'city', meetreg.normalize(e.city), meetreg.normalize(x.city) FROM expected e JOIN fx x USING (name)
      UNION ALL SELECT 'region', meetreg.normalize(e.region), meetreg.normalize(x.region) FROM expected e JOIN fx x USING (name)
      UNION ALL SELECT 'format', e.format, x.format FROM expected e JOIN fx x USING (name)
      UNION ALL SELECT 'association_count', e.association_count, x.association_count::text FROM expected e JOIN fx x USING (name)) f
GROUP BY field ORDER BY field;

-- list fields: expected items found (an extracted item equal to or containing it, after normalization)
SELECT key AS field, count(*) FILTER (WHERE found) AS found, count(*) AS expected
FROM (SELECT f.key, EXISTS (SELECT 1 FROM fx x, unnest(CASE f.key WHEN 'demand' THEN x.demands
                                                                 WHEN 'commitment' THEN x.commitments
                                                                 ELSE x.associations END) item
                            WHERE x.name = f.name
                              AND strpos(meetreg.normalize(item), meetreg.normalize(f.value)) > 0
                               OR (x.name = f.name AND strpos(meetreg.normalize(f.value), meetreg.normalize(item)) > 0)) AS found
      FROM fx_facts f WHERE f.key IN ('association', 'demand', 'commitment')) s
GROUP BY key ORDER BY key;
