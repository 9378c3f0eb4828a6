-- meetings: automatic tagging, explicit tags, retag, the BI view
SET datestyle = ISO;

INSERT INTO meetreg.meetings (held_on, city, region, title, body, source) VALUES
('2021-03-12', 'Marrakech', 'Marrakech-Safi', 'لقاء تواصلي بمراكش',
 'طالب ممثلو الجمعيات بمحاربة ترويج المخدرات قرب المؤسسات التعليمية.', 'fixture-1'),
('2021-04-02', 'Fès', 'Fès-Meknès', 'ندوة حول السلامة الطرقية',
 'ناقشت الندوة حوادث السير والسياقة المتهورة.', 'fixture-2'),
('2021-05-20', 'Tanger', 'Tanger-Tétouan-Al Hoceïma', NULL,
 'لقاء بدون موضوع محدد.', 'fixture-3');
-- concerns set by the statement are kept
INSERT INTO meetreg.meetings (held_on, city, body, concerns, source)
VALUES ('2021-06-01', 'Rabat', 'نص عن المخدرات', '{theft}', 'fixture-4');

SELECT id, city, concerns FROM meetreg.meetings ORDER BY id;

-- an update of the text re-tags, unless concerns is set too
UPDATE meetreg.meetings SET body = body || ' كما أثيرت ظاهرة السرقة بالعنف.' WHERE source = 'fixture-3';
UPDATE meetreg.meetings SET body = 'نص جديد عن الهجرة السرية', concerns = '{awareness}' WHERE source = 'fixture-4';
UPDATE meetreg.meetings SET city = 'Tétouan' WHERE source = 'fixture-3';
SELECT source, concerns FROM meetreg.meetings ORDER BY id;

-- the GIN index on concerns
SELECT indexdef FROM pg_indexes WHERE schemaname = 'meetreg' AND tablename = 'meetings' ORDER BY 1;

-- retag: after a lexicon change, in batches with progress notices
INSERT INTO meetreg.concern_terms (concern, term, lang) VALUES ('urban_safety', 'بدون موضوع محدد', 'ar');
CALL meetreg.retag(2);
SELECT source, concerns FROM meetreg.meetings ORDER BY id;
DELETE FROM meetreg.concern_terms WHERE term = 'بدون موضوع محدد';
CALL meetreg.retag();
CALL meetreg.retag(0);

-- the BI view: plain columns, one row per meeting and concern
SELECT meeting_id, held_on, city, region, concern, concern_group, label_en
FROM meetreg.meeting_concerns ORDER BY meeting_id, concern;
SELECT attname, format_type(atttypid, atttypmod) AS type
FROM pg_attribute WHERE attrelid = 'meetreg.meeting_concerns'::regclass AND attnum > 0 ORDER BY attnum;

DELETE FROM meetreg.meetings WHERE source LIKE 'fixture-%';
