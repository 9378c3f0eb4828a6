-- dates: every date expression, resolved against a publication date
SET datestyle = ISO;

SELECT * FROM meetreg.dates('انعقد يوم الأربعاء 9 يناير 2019 بمقر الولاية لقاء تواصلي.');
SELECT * FROM meetreg.dates('نظمت المنطقة الأمنية يومه 07 غشت 2014 لقاء مع الجمعيات.');

-- month names of every family, and Arabic-Indic digits
SELECT value, "precision", matched FROM meetreg.dates(
	'12 مارس 2021، 3 ماي 2020، 15 يوليوز 2019، 2 غشت 2018، 5 شتنبر 2017، 6 نونبر 2016، 7 دجنبر 2015، '
	'15 تشرين الأول 2020، 1 آذار 2019، 10 أيلول 2018، 4 كانون الثاني 2017، '
	'20 مايو 2016، 21 أغسطس 2015، 30 سبتمبر 2014، '
	'٩ جانفي ٢٠٢٢، 1er juin 2023, le 14 février 2024');

-- numeric forms; month and year precision
SELECT value, "precision", matched FROM meetreg.dates('في 17/10/2018 ثم 2019-03-05، وخلال شهر مارس 2019 ثم سنة 2015.');

-- relative dates and dates without a year need the publication date
SELECT value, "precision", matched FROM meetreg.dates('زوال يوم الثلاثاء 16 فبراير الجاري واليوم الخميس وأمس الأربعاء ويوم غد الجمعة', '2021-02-18');
SELECT value, "precision", matched FROM meetreg.dates('زوال يوم الثلاثاء 16 فبراير الجاري واليوم الخميس');

-- not dates: impossible days, seasons, Hijri years, bare numbers
SELECT count(*) AS none FROM meetreg.dates('31 فبراير 2019، 29 فبراير 2019، الموسم 2014/2015، 3 رمضان 1440 هـ، القانون 103.13 و 2019 شخصا');
SELECT value FROM meetreg.dates('29 فبراير 2020') ;

-- positions index the original text, also after diacritics
SELECT bool_and(substr(t, start, len) = matched) AS substr_is_matched, count(*)
FROM (VALUES ('انْعَقَدَ اللِّقَاءُ يَوْمَ الأَرْبِعَاءِ ١٧ أَكْتُوبَر ٢٠١٨ وَيَوْمَ 3 ماي 2019')) v(t), meetreg.dates(t);

-- NULL and empty texts: no rows
SELECT count(*) FROM meetreg.dates(NULL);
SELECT count(*) FROM meetreg.dates('');
SELECT count(*) FROM meetreg.dates(repeat('٩ يناير ٢٠١٩ ', 10000));
