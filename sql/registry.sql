-- registry: shipped data, validation of rows, changes of DBAs

-- the shipped registry and lexicon are exactly the rows of data/*.tsv
CREATE TEMP TABLE tsv_concerns (code text, grp text, label_ar text, label_fr text, label_en text, description text);
\copy tsv_concerns FROM 'data/concerns.tsv' WITH (FORMAT text, HEADER true)
CREATE TEMP TABLE tsv_terms (code text, lang text, kind text, term text, note text);
\copy tsv_terms FROM 'data/concern_terms.tsv' WITH (FORMAT text, HEADER true)
SELECT (SELECT count(*) FROM tsv_concerns) AS tsv_concerns,
       (SELECT count(*) FROM meetreg.concerns WHERE shipped) AS shipped_concerns,
       (SELECT count(*) FROM tsv_terms) = (SELECT count(*) FROM meetreg.concern_terms WHERE shipped) AS same_term_count;
SELECT count(*) AS concern_differences FROM (
	(SELECT code, grp, label_ar, label_fr, label_en, description FROM meetreg.concerns WHERE shipped
	 EXCEPT SELECT code, grp, nullif(label_ar, ''), nullif(label_fr, ''), nullif(label_en, ''), nullif(description, '') FROM tsv_concerns)
	UNION ALL
	(SELECT code, grp, nullif(label_ar, ''), nullif(label_fr, ''), nullif(label_en, ''), nullif(description, '') FROM tsv_concerns
	 EXCEPT SELECT code, grp, label_ar, label_fr, label_en, description FROM meetreg.concerns WHERE shipped)) d;
SELECT count(*) AS term_differences FROM (
	(SELECT coalesce(concern, '*'), lang, kind, term, coalesce(note, '') FROM meetreg.concern_terms WHERE shipped
	 EXCEPT SELECT code, lang, kind, term, coalesce(note, '') FROM tsv_terms)
	UNION ALL
	(SELECT code, lang, kind, term, coalesce(note, '') FROM tsv_terms
	 EXCEPT SELECT coalesce(concern, '*'), lang, kind, term, coalesce(note, '') FROM meetreg.concern_terms WHERE shipped)) d;

-- every code of the taxonomy, with its group, in the taxonomy's order
SELECT id, code, grp FROM meetreg.concerns ORDER BY id;

-- every concern has terms in Arabic and French; every shipped term compiles
SELECT c.code FROM meetreg.concerns c
WHERE NOT EXISTS (SELECT 1 FROM meetreg.concern_terms t WHERE t.concern = c.code AND t.lang = 'ar' AND t.kind = 'term')
   OR NOT EXISTS (SELECT 1 FROM meetreg.concern_terms t WHERE t.concern = c.code AND t.lang = 'fr' AND t.kind = 'term');
SELECT count(*) AS terms_that_do_not_compile FROM meetreg.concern_terms WHERE meetreg._term_problem(term) IS NOT NULL;

-- bad rows are refused with errors that say what is wrong
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('drugz', 'الحشيش', 'ar');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('drugs', '   ', 'ar');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('drugs', 'ـًـ ، .', 'ar');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('drugs', '* المخدرات', 'ar');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('drugs', 'بيع * * المخدرات', 'ar');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('drugs', 'الحشيش', 'en');
INSERT INTO meetreg.concern_terms (concern, term, lang, kind) VALUES ('drugs', 'الحشيش', 'ar', 'maybe');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES (NULL, 'الحشيش', 'ar');
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('drugs', 'المخدرات', 'ar');
INSERT INTO meetreg.concerns (code, grp) VALUES ('Noise-Complaints', 'public order');
INSERT INTO meetreg.concerns (code, grp) VALUES ('noise', '  ');
INSERT INTO meetreg.concerns (code, grp) VALUES ('drugs', 'crime');
DELETE FROM meetreg.concerns WHERE code = 'drugs';
UPDATE meetreg.concerns SET id = 99 WHERE code = 'drugs';

-- a DBA adds a concern and its terms: ids come after the shipped range,
-- the tagger uses them at the next statement
BEGIN;
INSERT INTO meetreg.concerns (code, grp, label_en) VALUES ('noise', 'public order', 'Noise')
RETURNING id, code, shipped;
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES
	('noise', 'الضوضاء الليلية', 'ar'), ('noise', 'tapage nocturne', 'fr')
RETURNING id >= 1000000 AS user_id_range, concern, term, shipped;
SELECT meetreg.tag('اشتكى السكان من الضوضاء الليلية قرب المقاهي') AS tagged;
SELECT '{noise,drugs}'::meetreg.concern_set AS new_code_parses;
ROLLBACK;
-- the rollback is seen too
SELECT meetreg.tag('اشتكى السكان من الضوضاء الليلية قرب المقاهي') AS after_rollback;
SELECT '{noise}'::meetreg.concern_set;

-- changing a shipped row makes it the DBA's (pg_dump keeps it)
BEGIN;
UPDATE meetreg.concerns SET label_fr = 'Stupéfiants' WHERE code = 'drugs' RETURNING code, label_fr, shipped;
UPDATE meetreg.concern_terms SET enabled = false WHERE id = 1 RETURNING id, term, enabled, shipped;
SELECT meetreg.tag('المخدرات') AS without_term_1;
-- deleting a shipped term leaves a tombstone so that a restore keeps it deleted
DELETE FROM meetreg.concern_terms WHERE id = 2;
SELECT id FROM meetreg.concern_terms_removed;
ROLLBACK;
SELECT meetreg.tag('المخدرات') AS term_1_back;

-- renaming a code follows into the lexicon and into stored sets
BEGIN;
CREATE TEMP TABLE kept_sets (s meetreg.concern_set);
INSERT INTO kept_sets VALUES ('{drugs,theft}');
UPDATE meetreg.concerns SET code = 'narcotics' WHERE code = 'drugs';
SELECT s FROM kept_sets;
SELECT count(*) AS terms_following FROM meetreg.concern_terms WHERE concern = 'narcotics';
SELECT meetreg.tag('المخدرات') AS renamed;
ROLLBACK;

-- anyone may read the registry (the tagger reads it as the calling user)
SELECT has_table_privilege('public', 'meetreg.concern_terms', 'SELECT') AS terms_readable,
       has_table_privilege('public', 'meetreg.meetings', 'SELECT') AS meetings_not_public;
