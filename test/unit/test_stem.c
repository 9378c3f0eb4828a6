/*
 * test_stem.c -- the light stemmer: clitics, suffixes, minimum length,
 * protected words, the alternative reading, French plurals.
 */
#include "unit.h"

/* every word of the list has the same stem, want */
static void
same_stem(const char *const *words, const char *want)
{
	for (; *words; words++)
		CHECK_STR(U_stem(*words), want);
}

TEST(article_and_conjunction_forms)
{
	const char *const w[] = {"المخدرات", "والمخدرات", "بالمخدرات", "مخدرات",
		"للمخدرات", "فالمخدرات", "كالمخدرات", "وبالمخدرات", "وللمخدرات",
	"الْمُخَدِّرَات", "مخدر", NULL};

	same_stem(w, "مخدر");
}

TEST(feminine_and_plural_suffixes)
{
	const char *const s1[] = {"السرقة", "السرقات", "سرقة", "والسرقة", "بالسرقات", NULL};
	const char *const s2[] = {"الاعتداءات", "الاعتداء", "اعتداءات", "والاعتداءات", NULL};
	const char *const s3[] = {"التحسيس", "التحسيسية", "التحسيسي", "تحسيسية", NULL};
	const char *const s4[] = {"القاصرين", "القاصرون", "قاصر", "للقاصرين", NULL};
	const char *const s5[] = {"المدرسة", "مدرستين", "المدرسية", "المدرسي", "مدرسة", NULL};

	same_stem(s1, "سرق");
	same_stem(s2, "اعتداء");
	same_stem(s3, "تحسيس");
	same_stem(s4, "قاصر");
	same_stem(s5, "مدرس");
}

TEST(pronoun_suffixes)
{
	CHECK_STR(U_stem("ممتلكاتهم"), "ممتلك");
	CHECK_STR(U_stem("مشاكلها"), "مشاكل");
	CHECK_STR(U_stem("أزقتها"), "ازق");
}

TEST(accusative_alef)
{
	CHECK_STR(U_stem("تواصلياً"), U_stem("تواصلي"));
	CHECK_STR(U_stem("أمنياً"), U_stem("الأمني"));
	CHECK_STR(U_stem("مؤكداً"), U_stem("المؤكد"));
	CHECK_STR(U_stem("القضايا"), U_stem("قضايا"));
	/* short words keep their alef */
	CHECK_STR(U_stem("أيضا"), "ايضا");
	CHECK_STR(U_stem("هنا"), "هنا");
}

TEST(bare_proclitics)
{
	/* removed when the rest is long enough to be a word of its own */
	CHECK_STR(U_stem("ومكافحة"), U_stem("مكافحة"));
	CHECK_STR(U_stem("لمحاربة"), U_stem("محاربة"));
	CHECK_STR(U_stem("وتعاطي"), U_stem("تعاطي"));
	CHECK_STR(U_stem("وترويج"), "ترويج");
	CHECK_STR(U_stem("بمحيط"), "محيط");
	/* kept when it is part of the root */
	CHECK_STR(U_stem("وقاية"), U_stem("الوقاية"));
	CHECK_STR(U_stem("ولاية"), U_stem("الولاية"));
	CHECK_STR(U_stem("وزارة"), U_stem("الوزارة"));
	CHECK_STR(U_stem("لقاءات"), U_stem("اللقاءات"));
	CHECK_STR(U_stem("فعاليات"), U_stem("الفعاليات"));
	CHECK_STR(U_stem("برنامج"), U_stem("البرنامج"));
	CHECK_STR(U_stem("كاميرات"), U_stem("الكاميرات"));
	CHECK_STR(U_stem("وسائل"), U_stem("الوسائل"));
	CHECK_STR(U_stem("لجنة"), "لجن");
	CHECK_STR(U_stem("بلدية"), "بلد");
}

TEST(alternative_reading)
{
	/* the primary reading keeps the ب of بمقر (three letters remain) ... */
	CHECK_STR(U_stem("بمقر"), "بمقر");
	/* ... the alternative removes it, so the matcher also finds مقر */
	CHECK_STR(U_stem_alt("بمقر"), "مقر");
	/* and the other way round */
	CHECK_STR(U_stem_alt("ومكافحة"), "ومكافح");
	/* no ambiguity: no alternative */
	CHECK_STR(U_stem_alt("المخدرات"), "");
	CHECK_STR(U_stem_alt("سرقة"), "");
	CHECK_STR(U_stem_alt("police"), "");
}

TEST(minimum_length)
{
	CHECK_STR(U_stem("من"), "من");
	CHECK_STR(U_stem("في"), "في");
	CHECK_STR(U_stem("حي"), "حي");
	CHECK_STR(U_stem("الحي"), "حي");
	CHECK_STR(U_stem("ال"), "ال");
	/* suffix removal stops at three letters */
	CHECK_STR(U_stem("منها"), "منها");
	CHECK_STR(U_stem("سرية"), "سري");
	CHECK_STR(U_stem("أمنية"), "امن");
	/* an article is removed only when two letters remain */
	CHECK_STR(U_stem("الم"), "الم");
}

TEST(protected_words)
{
	const char *const assoc[] = {"جمعية", "الجمعية", "الجمعيات", "جمعيات",
		"للجمعيات", "والجمعيات", "الجمعيتين", "بجمعية", "وجمعية", NULL};

	same_stem(assoc, "جمعيه");
	CHECK(strcmp(U_stem("جمعية"), U_stem("جمع")) != 0);
	CHECK(strcmp(U_stem("الجمعية"), U_stem("الجمعة")) != 0);
	CHECK(strcmp(U_stem("الطلبة"), U_stem("الطلبات")) != 0);
	CHECK(strcmp(U_stem("الدوريات"), U_stem("دور")) != 0);
	CHECK(strcmp(U_stem("الجامعة"), U_stem("جامع")) != 0);
	CHECK(strcmp(U_stem("آليات"), U_stem("إلى")) != 0);
	CHECK_STR(U_stem("آلية"), U_stem("الآليات"));
	CHECK_STR(U_stem("الإلكترونية"), U_stem("إلكتروني"));
	CHECK_STR(U_stem("الوالي"), U_stem("والي"));
	CHECK(strcmp(U_stem("والي"), U_stem("الي")) != 0);
	CHECK_STR(U_stem("الله"), "الله");
	CHECK_STR(U_stem("المدينة"), U_stem("المدن"));
}

TEST(readings)
{
	/* و + ب + word: the reading that strips only the و exists */
	CHECK_STR(U_stem("وبيع"), "وبيع");
	CHECK_STR(U_stem_alt("وبيع"), "بيع|يع");
	/* the other reading of a short word behind a proclitic is its full stem */
	CHECK_STR(U_stem_alt("لقلة"), U_stem("قلة"));
	CHECK_STR(U_stem_alt("وخلية"), U_stem("خلية"));
	CHECK_STR(U_stem_alt("وآفة"), U_stem("آفة"));
	CHECK_STR(U_stem_alt("بسكين"), U_stem("سكين"));
	/* للجنة is لـ + اللجنة: one reading is the word لجنة */
	CHECK_STR(U_stem_alt("للجنة"), U_stem("اللجنة"));
	CHECK_STR(U_stem_alt("للقاء"), U_stem("اللقاء"));
	CHECK_STR(U_stem_alt("للصوص"), U_stem("اللصوص"));
	/* و + آليات, ب + آليات */
	CHECK_STR(U_stem_alt("وآليات"), U_stem("آليات"));
	CHECK_STR(U_stem_alt("بآليات"), U_stem("آليات"));
	/* a root letter two letters in: و + كاميرات */
	CHECK_STR(U_stem("وكاميرات"), U_stem("كاميرات"));
	CHECK_STR(U_stem("فيدرالية"), U_stem("الفيدرالية"));
}

TEST(reported_collisions)
{
	CHECK(strcmp(U_stem("ترأس"), U_stem("الألتراس")) != 0);
	CHECK_STR(U_stem("ألتراس"), U_stem("الألتراس"));
	CHECK_STR(U_stem("إلترات"), U_stem("الألتراس"));
	CHECK(strcmp(U_stem("السكينة"), U_stem("سكين")) != 0);
	CHECK(strcmp(U_stem("الإدمان"), U_stem("آدم")) != 0);
	CHECK(strcmp(U_stem("السلسيون"), U_stem("سلس")) != 0);
	CHECK(strcmp(U_stem("الإنصات"), U_stem("انص")) != 0);
	CHECK_STR(U_stem("المعجون"), "معجون");
	CHECK_STR(U_stem("الهيروين"), "هيروين");
	CHECK_STR(U_stem("الكوكايين"), "كوكايين");
	CHECK_STR(U_stem("البارونات"), U_stem("بارون"));
	/* periodic meetings are not patrols */
	CHECK(strcmp(U_stem("الدورية"), U_stem("الدوريات")) != 0);
}

TEST(normalization_first)
{
	/* hamza, tashkeel and teh marbuta variants stem alike */
	CHECK_STR(U_stem("الإعتداء"), U_stem("الاعتداء"));
	CHECK_STR(U_stem("الأمنِيَّة"), U_stem("الامنيه"));
	CHECK_STR(U_stem("ﺍﻟﻤﺨﺪﺭﺍﺕ"), "مخدر");
}

TEST(french_plurals)
{
	CHECK_STR(U_stem("Drogues"), "drogue");
	CHECK_STR(U_stem("vols"), "vol");
	CHECK_STR(U_stem("agressions"), "agression");
	CHECK_STR(U_stem("locaux"), "local");
	CHECK_STR(U_stem("jeux"), "jeu");
	CHECK_STR(U_stem("virus"), "virus");
	CHECK_STR(U_stem("pays"), "pays");
	CHECK_STR(U_stem("stress"), "stress");
	CHECK_STR(U_stem("bus"), "bus");
	CHECK_STR(U_stem("Sécurité"), "securite");
}

TEST(text_stems)
{
	CHECK_STR(U_stem("الضرب والجرح"), "ضرب جرح");
	CHECK_STR(U_stem("بالضرب و الجرح"), "ضرب و جرح");
	CHECK_STR(U_stem(""), "");
	CHECK_STR(U_stem("2019م"), "2019 م");
}

int
main(void)
{
	RUN(article_and_conjunction_forms);
	RUN(feminine_and_plural_suffixes);
	RUN(pronoun_suffixes);
	RUN(accusative_alef);
	RUN(bare_proclitics);
	RUN(alternative_reading);
	RUN(minimum_length);
	RUN(protected_words);
	RUN(readings);
	RUN(reported_collisions);
	RUN(normalization_first);
	RUN(french_plurals);
	RUN(text_stems);
	return UNIT_END("test_stem");
}
