-- places: the shipped gazetteer, region_of() and city_of(), a DBA's places

-- the shipped gazetteer is exactly data/places.tsv
CREATE TEMP TABLE tsv_places (key text, kind text, parent text, name_ar text, name_fr text, variants text, population bigint);
\copy tsv_places FROM 'data/places.tsv' WITH (FORMAT text, HEADER true)
SELECT count(*) AS place_differences FROM (
	(SELECT key, kind, parent, name_ar, name_fr, array_to_string(variants, '|'), population FROM meetreg.places WHERE shipped
	 EXCEPT SELECT key, kind, NULLIF(parent, ''), NULLIF(name_ar, ''), NULLIF(name_fr, ''), variants, population FROM tsv_places)
	UNION ALL
	(SELECT key, kind, NULLIF(parent, ''), NULLIF(name_ar, ''), NULLIF(name_fr, ''), variants, population FROM tsv_places
	 EXCEPT SELECT key, kind, parent, name_ar, name_fr, array_to_string(variants, '|'), population FROM meetreg.places WHERE shipped)) d;
SELECT kind, count(*) FROM meetreg.places GROUP BY kind ORDER BY count(*);
SELECT name_fr FROM meetreg.places WHERE kind = 'region' ORDER BY id;

-- any spelling: Arabic variants, French case and accents, hyphens
SELECT n AS name, meetreg.city_of(n) AS city, meetreg.region_of(n) AS region
FROM unnest(ARRAY['الدار البيضاء', 'الدارالبيضاء', 'البيضاء', 'Casablanca', 'CASABLANCA',
                  'سيدي البرنوصي', 'Sidi Bernoussi', 'سيدي مومن', 'الحي الحسني', 'Hay Hassani',
                  'فاس', 'Fès', 'fes', 'Fez', 'مكناس', 'Meknès', 'بني ملال', 'بنى ملال', 'Béni Mellal', 'Beni-Mellal',
                  'إنزكان', 'انزكان', 'Inezgane', 'أيت ملول', 'آيت ملول', 'Aït Melloul', 'Ait-Melloul',
                  'حي أزرو', 'مدينة مراكش', 'Ville de Tanger', 'عمالة مقاطعات الحي الحسني',
                  'جهة سوس ماسة', 'Souss-Massa', 'الداخلة', 'العيون']) n;

-- unknown names give NULL, never an error
SELECT meetreg.city_of('Atlantis') AS unknown, meetreg.region_of('') AS empty,
       meetreg.region_of('؟؟؟') AS punctuation, meetreg.city_of(NULL) AS null_name;

-- a province has a region but no city
SELECT meetreg.city_of('Fahs-Anjra') AS province_city, meetreg.region_of('Fahs-Anjra') AS province_region;

-- a DBA adds a neighbourhood: its names resolve up the hierarchy
BEGIN;
INSERT INTO meetreg.places (key, kind, parent, name_ar, name_fr, variants)
VALUES ('marrakech-hay-al-izdihar', 'district', 'marrakech', 'حي الازدهار', 'Hay Al Izdihar', '{Izdihar}')
RETURNING id >= 100000 AS user_id_range, shipped;
SELECT meetreg.city_of('حي الإزدهار') AS city, meetreg.region_of('izdihar') AS region;
ROLLBACK;
SELECT meetreg.city_of('حي الإزدهار') AS gone_after_rollback;

-- bad rows are refused
INSERT INTO meetreg.places (key, kind, parent, name_fr) VALUES ('Bad Key', 'city', 'prefecture-rabat', 'X');
INSERT INTO meetreg.places (key, kind, parent, name_fr) VALUES ('x-town', 'village', 'prefecture-rabat', 'X');
INSERT INTO meetreg.places (key, kind, name_fr) VALUES ('x-town', 'city', 'X');
INSERT INTO meetreg.places (key, kind, parent, name_fr) VALUES ('x-town', 'city', 'casablanca', 'X');
INSERT INTO meetreg.places (key, kind, parent, name_fr) VALUES ('x-town', 'city', 'no-such-place', 'X');

-- meetings: the region comes from the city unless given
INSERT INTO meetreg.meetings (held_on, city, body, source) VALUES
	('2023-02-01', 'بني ملال', 'نص', 'p1'),
	('2023-02-02', 'Aït Melloul', 'نص', 'p2'),
	('2023-02-03', 'Atlantis', 'نص', 'p3');
INSERT INTO meetreg.meetings (held_on, city, region, body, source) VALUES ('2023-02-04', 'Fès', 'my own region', 'نص', 'p4');
UPDATE meetreg.meetings SET city = 'Oujda' WHERE source = 'p3';
SELECT source, city, region FROM meetreg.meetings WHERE source LIKE 'p_' ORDER BY source;
DELETE FROM meetreg.meetings WHERE source LIKE 'p_';
