-- normalize: one query per rule of the README, then edge cases

-- NFKC: presentation forms and lam-alef ligatures become plain letters
SELECT meetreg.normalize('ﻻ ﻷ ﻹ') AS lam_alef,
       meetreg.normalize('ﺍﻟﻤﺨﺪﺭﺍﺕ') AS presentation_forms,
       meetreg.normalize('ﷲ') AS allah_ligature;

-- tashkeel, superscript alef, Quranic marks and tatweel are removed
SELECT meetreg.normalize('الْمُخَدِّرَاتُ') AS tashkeel,
       meetreg.normalize('هٰذا') AS superscript_alef,
       meetreg.normalize('قلۖ') AS quranic_mark,
       meetreg.normalize('مـــخـدرات') AS tatweel;

-- letter folds
SELECT meetreg.normalize('آ أ إ ٱ') AS alef_variants,
       meetreg.normalize('على') AS alef_maksura,
       meetreg.normalize('مدرسة') AS teh_marbuta,
       meetreg.normalize('مسؤول') AS waw_hamza,
       meetreg.normalize('جرائم') AS yeh_hamza,
       meetreg.normalize('ک ی ۀ') AS persian;

-- digits
SELECT meetreg.normalize('٩ يناير ٢٠١٩') AS arabic_indic,
       meetreg.normalize('۱۷/۱۰/۲۰۱۸') AS extended_arabic_indic;

-- Latin: case-folded and unaccented, so French meets its plain spelling
SELECT meetreg.normalize('Sécurité Routière') AS french,
       meetreg.normalize('Sécurité') = meetreg.normalize('securite') AS same_word,
       meetreg.normalize('ＰＯＬＩＣＥ') AS fullwidth;

-- white space runs become one space, trimmed at both ends
SELECT '[' || meetreg.normalize(E'  لقاء \t\n تواصلي  ') || ']' AS collapsed,
       '[' || meetreg.normalize(E'الأمن\u00a0\u2003الوطني') || ']' AS unicode_spaces;

-- format characters (ZWNJ, bidi marks, soft hyphen) are dropped
SELECT meetreg.normalize(E'مخ\u200cدرات\u200f') AS zwnj_rlm;

-- punctuation and symbols stay
SELECT meetreg.normalize('ماذا؟ نعم، 👮!') AS punctuation;

-- the same text written in different ways has one normal form
SELECT count(DISTINCT meetreg.normalize(v)) AS distinct_forms
FROM (VALUES ('الأمن المدرسي'), ('الامن المدرسى'), ('الأَمْنُ المَدْرَسِيُّ'),
             ('الـأمـن   المدرسي'), ('ﺍﻷﻣﻦ ﺍﻟﻤﺪﺭﺳﻲ')) AS t(v);

-- NULL in, NULL out; '' gives ''
SELECT meetreg.normalize(NULL) IS NULL AS null_in_null_out,
       meetreg.normalize('') = '' AS empty_gives_empty;

-- idempotent
SELECT bool_and(meetreg.normalize(meetreg.normalize(v)) = meetreg.normalize(v)) AS idempotent
FROM (VALUES ('ﷺ'), ('Straße'), ('الإعتداءات الجسدية'), ('  x  ')) AS t(v);
