-- tagger: meetreg.tag() and meetreg.evidence() on texts of our own writing

SELECT meetreg.tag('طالبت فعاليات المجتمع المدني بتكثيف الدوريات الأمنية ومحاربة ترويج المخدرات قرب الثانويات والإعداديات.') AS demands;
SELECT meetreg.tag('اشتكى التجار من تنامي السرقة بالخطف والاعتداء بالسلاح الأبيض على المارة في الأسواق الشعبية.') AS market;
SELECT meetreg.tag('Les associations ont dénoncé le trafic de drogue et les vols à l''arraché aux abords du lycée.') AS french;
SELECT meetreg.tag('دعت المتدخلات إلى حماية القاصرين من الابتزاز الإلكتروني والتحرش عبر مواقع التواصل الاجتماعي.') AS online;
SELECT meetreg.tag('تطرق اللقاء إلى حوادث السير والسياقة المتهورة بالقرب من المدارس، وشغب الملاعب بعد المباريات.') AS roads;

-- spelling, hamza, diacritics, clitics do not matter
SELECT count(DISTINCT meetreg.tag(v)) AS one_answer
FROM (VALUES ('ترويج المخدرات'), ('ترويجُ المُخدِّراتِ'), ('وبترويج المخدرات'), ('للمخدرات'), ('ﺍﻟﻤﺨﺪﺭﺍﺕ')) AS t(v);

-- nothing for the framing of such meetings, a passing "الأمن", or a name
SELECT meetreg.tag('في إطار المقاربة الأمنية التشاركية وتفعيلا لشرطة القرب، نظمت ولاية الأمن لقاء تواصليا مع فعاليات المجتمع المدني لتعزيز الأمن والطمأنينة.') AS framing;
SELECT meetreg.tag('حضر اللقاء ممثلو جمعية النور للتنمية وحقوق الإنسان وجمعية الأمل.') AS association_name;
SELECT meetreg.tag('ناقش الحاضرون احترام حقوق الإنسان في مخافر الشرطة.') AS rights_as_topic;

-- NULL in, NULL out; '' gives '{}'
SELECT meetreg.tag(NULL) IS NULL AS null_in_null_out, meetreg.tag('') AS empty;

-- evidence: why each tag was given, with positions in the original text
SELECT concern, term, matched, start, len, snippet
FROM meetreg.evidence('انعقد اللقاء بمقر الدائرة الرابعة. وطالب المتدخلون بتعزيز الإنارة العمومية في الأزقة، ومحاربة ظاهرة التسول قرب المساجد! وشكر الحاضرون المنظمين.')
ORDER BY start, concern;

-- matched text and positions agree with the original text
SELECT bool_and(substr(t, start, len) = matched) AS substr_is_matched,
       count(*) AS matches
FROM (VALUES ('الأَمْنُ المَدْرَسِيُّ، ومُحيط المؤسّسات التعليمية، والتحرّش بالتلميذات 👮 والابتزاز الإلكترونيّ...')) AS v(t),
     meetreg.evidence(t);

-- evidence agrees with tag
SELECT (SELECT array_agg(DISTINCT concern ORDER BY concern) FROM meetreg.evidence(t)) =
       (SELECT array_agg(c ORDER BY c) FROM meetreg.codes(meetreg.tag(t)) c) AS evidence_matches_tag
FROM (VALUES ('أكد رئيس المنطقة على ضرورة محاربة الهجرة غير الشرعية والاتجار بالبشر وشبكات التهريب.')) AS v(t);

-- a long text: a snippet is the sentence around the match, not the text
SELECT length(snippet) < 300 AS bounded_snippet, start > 20000 AS far_in
FROM meetreg.evidence(repeat('كلمة عادية بلا موضوع ', 1500) || 'وطالبوا بمحاربة المخدرات' || repeat(' كلمة أخرى', 300));

SELECT count(*) AS no_evidence FROM meetreg.evidence('');
