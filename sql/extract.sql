-- extract: the facts of meeting reports of our own writing
SET datestyle = ISO;
\x on

-- a communication meeting: date, place up to the region, venue, host,
-- counts in words, named associations, officials, demands, commitments
SELECT * FROM meetreg.extract(
'طنجة: احتضن مقر ولاية أمن طنجة، صباح يوم الخميس 14 مارس 2024، لقاء تواصليا جمع مسؤولي الولاية بممثلي خمس عشرة جمعية من أحياء بني مكادة والسواني، من بينها جمعية الوفاء للتنمية وجمعية نور الحي.

وافتتح والي أمن طنجة اللقاء بكلمة رحب فيها بالحاضرين، قبل أن يستعرض رئيس خلية التواصل حصيلة العمل الأمني بالمدينة.

ومن بين المطالب التي رفعها المتدخلون:
- تكثيف الدوريات الأمنية بمحيط المؤسسات التعليمية
- محاربة ترويج الأقراص المهلوسة بالأحياء الشعبية
- تحسين الإنارة العمومية بالأزقة

وفي ختام اللقاء، أعلن والي الأمن عن الرفع من عدد الدوريات الراجلة خلال ساعات الليل.');

-- a consultation, with a previous meeting's date as a distractor, a dual count
SELECT held_on, format, association_count, city, venue, host, demands FROM meetreg.extract(
'مكناس — عقدت الدائرة الأمنية الرابعة، عشية يوم الأربعاء 6 نونبر 2019، لقاء تشاوريا مع الجمعيتين الناشطتين بحي البساتين، بعد لقاء أول انعقد يوم 12 شتنبر 2019. وطالب ممثلو الجمعيتين بتعزيز التواجد الأمني قرب السوق الأسبوعي.');

-- a seminar dated relative to the publication date
SELECT held_on, held_on_precision, format, city FROM meetreg.extract(
'نظمت ولاية أمن أكادير، مساء اليوم الخميس، ندوة حول الجرائم الإلكترونية بمشاركة عدد من الجمعيات.', '2022-06-09');
-- the same without a publication date: the date stays unknown, never a guess
SELECT held_on, format, city FROM meetreg.extract(
'نظمت ولاية أمن أكادير، مساء اليوم الخميس، ندوة حول الجرائم الإلكترونية بمشاركة عدد من الجمعيات.');

-- open days, in a title and a body
SELECT held_on, format, city FROM meetreg.extract(
'انطلقت يوم السبت 18 ماي 2019 بمدينة الجديدة فعاليات الدورة الجديدة للأبواب المفتوحة للأمن الوطني، بحضور تلاميذ وجمعيات.',
NULL, 'الأبواب المفتوحة للأمن الوطني بالجديدة');

-- a report about something else: format other, the facts NULL or empty
SELECT * FROM meetreg.extract('فاز فريق المدينة على ضيفه بهدفين لصفر في المباراة التي جرت مساء أمس بالملعب البلدي، وسط حضور جماهيري كبير.');

\x off
-- bad input never raises an error; a NULL body gives NULL
SELECT meetreg.extract(NULL) IS NULL AS null_body;
SELECT (meetreg.extract('')).format AS empty_text;
SELECT (meetreg.extract(E'\u0301\u0651 😀 ،،، …')).format AS odd_text;
SELECT (meetreg.extract(repeat('لقاء تواصلي بمقر ولاية أمن فاس يوم 3 ماي 2019. ', 20000))).city AS long_text;

-- the gazetteer is the extractor's: a DBA's place is found at its next call
BEGIN;
INSERT INTO meetreg.places (key, kind, parent, name_ar, name_fr)
VALUES ('tanger-hay-al-mouahidine-test', 'district', 'tanger', 'حي الموحدين التجريبي', 'Hay Al Mouahidine Test');
SELECT city, district, place_precision FROM meetreg.extract(
'احتضن مقر الدائرة الأمنية بحي الموحدين التجريبي بطنجة، يوم 2 يناير 2024، لقاء تواصليا مع جمعيات الحي.');
ROLLBACK;
SELECT city, district, place_precision FROM meetreg.extract(
'احتضن مقر الدائرة الأمنية بحي الموحدين التجريبي بطنجة، يوم 2 يناير 2024، لقاء تواصليا مع جمعيات الحي.');
