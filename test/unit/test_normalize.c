/*
 * test_normalize.c -- every normalization rule of the README, one TEST each.
 */
#include "unit.h"

TEST(nfkc_presentation_forms)
{
	/* lam-alef ligatures (isolated, final, with hamza) */
	CHECK_STR(U_norm("\xEF\xBB\xBB"), "لا");		/* U+FEFB */
	CHECK_STR(U_norm("\xEF\xBB\xB7"), "لا");		/* U+FEF7 lam-alef hamza above */
	CHECK_STR(U_norm("\xEF\xBB\xB9"), "لا");		/* U+FEF9 lam-alef hamza below */
	/* a word written in presentation forms (U+FE8D U+FEDF U+FEE4 ...) */
	CHECK_STR(U_norm("ﺍﻟﻤﺨﺪﺭﺍﺕ"), "المخدرات");
	/* Allah ligature and the salla ligature, which contains spaces */
	CHECK_STR(U_norm("ﷲ"), "الله");
	CHECK_STR(U_norm("ﷺ"), "صلي الله عليه وسلم");
	/* fullwidth and ligature Latin */
	CHECK_STR(U_norm("ＰＯＬＩＣＥ"), "police");
	CHECK_STR(U_norm("ﬁn"), "fin");
}

TEST(tashkeel_removed)
{
	CHECK_STR(U_norm("الْمُخَدِّرَاتُ"), "المخدرات");
	CHECK_STR(U_norm("سَرِقَةٌ"), "سرقه");
	/* tanween fath, shadda, sukun, and the U+0656..U+065F range */
	CHECK_STR(U_norm("أمنًا"), "امنا");
	CHECK_STR(U_norm("ب\xD9\x9F" "ب"), "بب");		/* U+065F wavy hamza below */
	/* superscript alef U+0670 */
	CHECK_STR(U_norm("هٰذا"), "هذا");
}

TEST(quranic_marks_removed)
{
	CHECK_STR(U_norm("قل\xDB\x96"), "قل");			/* U+06D6 */
	CHECK_STR(U_norm("قل\xDB\xAD"), "قل");			/* U+06ED */
	CHECK_STR(U_norm("ا\xDB\x9Cب"), "اب");			/* U+06DC */
	CHECK_STR(U_norm("ص\xD8\x90"), "ص");			/* U+0610 */
}

TEST(tatweel_removed)
{
	CHECK_STR(U_norm("مـــخـدرات"), "مخدرات");
	CHECK_STR(U_norm("ـــ"), "");
}

TEST(alef_variants)
{
	CHECK_STR(U_norm("آ أ إ ٱ ا"), "ا ا ا ا ا");
	CHECK_STR(U_norm("الإنسان"), "الانسان");
	CHECK_STR(U_norm("الأمن"), "الامن");
	/* decomposed forms: alef + combining hamza/madda */
	CHECK_STR(U_norm("ا\xD9\x94"), "ا");			/* alef + U+0654 */
	CHECK_STR(U_norm("ا\xD9\x93"), "ا");			/* alef + U+0653 */
}

TEST(alef_maksura_to_yeh)
{
	CHECK_STR(U_norm("على"), "علي");
	CHECK_STR(U_norm("مستوى"), "مستوي");
}

TEST(teh_marbuta_to_heh)
{
	CHECK_STR(U_norm("مدرسة"), "مدرسه");
	CHECK_STR(U_norm("الجريمة المنظمة"), "الجريمه المنظمه");
}

TEST(hamza_carriers)
{
	CHECK_STR(U_norm("مسؤول"), "مسوول");
	CHECK_STR(U_norm("جرائم"), "جرايم");
	CHECK_STR(U_norm("ي\xD9\x94"), "ي");			/* yeh + combining hamza */
	/* standalone hamza stays */
	CHECK_STR(U_norm("اعتداء"), "اعتداء");
}

TEST(persian_letters)
{
	CHECK_STR(U_norm("ک"), "ك");
	CHECK_STR(U_norm("ی"), "ي");
	CHECK_STR(U_norm("ۀ"), "ه");
	CHECK_STR(U_norm("ہ ھ ە"), "ه ه ه");
	CHECK_STR(U_norm("ڭ گ"), "ك ك");
	CHECK_STR(U_norm("ڤ پ چ ژ"), "ف ب ج ز");
}

TEST(digits)
{
	CHECK_STR(U_norm("٠١٢٣٤٥٦٧٨٩"), "0123456789");	/* Arabic-Indic */
	CHECK_STR(U_norm("۰۱۲۳۴۵۶۷۸۹"), "0123456789");	/* Extended */
	CHECK_STR(U_norm("٩ يناير ٢٠١٩"), "9 يناير 2019");
	CHECK_STR(U_norm("²"), "2");					/* NFKC superscript */
}

TEST(latin_case_and_accents)
{
	CHECK_STR(U_norm("Sécurité"), "securite");
	CHECK_STR(U_norm("SÉCURITÉ ROUTIÈRE"), "securite routiere");
	CHECK_STR(U_norm("Straße"), "strasse");
	CHECK_STR(U_norm("œuvre Æ"), "oeuvre ae");
	CHECK_STR(U_norm("e\xCC\x81" "cole"), "ecole");	/* e + U+0301 */
	CHECK_STR(U_norm("Çà et là"), "ca et la");
	CHECK_STR(U_norm("İstanbul"), "istanbul");
}

TEST(whitespace_collapsed)
{
	CHECK_STR(U_norm("  a \t\n b  "), "a b");
	CHECK_STR(U_norm("الأمن\xC2\xA0\xC2\xA0الوطني"), "الامن الوطني");	/* NBSP */
	CHECK_STR(U_norm("x\xE2\x80\x83y\xE2\x80\xA8z"), "x y z");	/* em space, LS */
	CHECK_STR(U_norm(" \n\t "), "");
}

TEST(format_characters_dropped)
{
	CHECK_STR(U_norm("مخ\xE2\x80\x8C" "درات"), "مخدرات");	/* ZWNJ */
	CHECK_STR(U_norm("\xE2\x80\x8F" "أمن\xE2\x80\x8E"), "امن");	/* RLM, LRM */
	CHECK_STR(U_norm("soft\xC2\xAD" "hyphen"), "softhyphen");
	CHECK_STR(U_norm("\xEF\xBB\xBF" "x"), "x");		/* BOM */
}

TEST(punctuation_and_symbols_kept)
{
	CHECK_STR(U_norm("ماذا؟ نعم، لا!"), "ماذا؟ نعم، لا!");
	CHECK_STR(U_norm("👮 الأمن"), "👮 الامن");
	CHECK_STR(U_norm("17/10/2018"), "17/10/2018");
}

TEST(astral_plane)
{
	/* mathematical bold letters normalize through NFKC at run time */
	CHECK_STR(U_norm("\xF0\x9D\x90\x92\xF0\x9D\x90\x84"), "se");
	/* emoji with skin tone and ZWJ sequences: the ZWJ is dropped */
	CHECK_STR(U_norm("👮\xE2\x80\x8D♀"), "👮♀");
}

TEST(invalid_utf8)
{
	CHECK_STR(U_norm("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
	CHECK_STR(U_norm("\xC3"), "\xEF\xBF\xBD");		/* truncated */
	CHECK_STR(U_norm("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");	/* surrogate */
}

TEST(empty_and_mixed)
{
	CHECK_STR(U_norm(""), "");
	CHECK_STR(U_norm("اجتماع Réunion ١٢ مارس"), "اجتماع reunion 12 مارس");
	/* combining mark with no base letter at the start is dropped */
	CHECK_STR(U_norm("\xCC\x81" "abc"), "abc");
}

TEST(idempotent)
{
	const char *samples[] = {
		"الْمُخَدِّرَاتُ وَالسَّرِقَةُ", "Sécurité routière ٢٠٢٤", "ﷺ ﻻ ﷲ",
		"  Ｐolice\t\tمـحـيـط  ", "قلۖ  ک ی ۀ", "a\xFF" "b"
	};
	size_t		i;

	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++)
	{
		char	   *once = strdup(U_norm(samples[i]));

		CHECK_STR(U_norm(once), once);
		free(once);
	}
}

int
main(void)
{
	RUN(nfkc_presentation_forms);
	RUN(tashkeel_removed);
	RUN(quranic_marks_removed);
	RUN(tatweel_removed);
	RUN(alef_variants);
	RUN(alef_maksura_to_yeh);
	RUN(teh_marbuta_to_heh);
	RUN(hamza_carriers);
	RUN(persian_letters);
	RUN(digits);
	RUN(latin_case_and_accents);
	RUN(whitespace_collapsed);
	RUN(format_characters_dropped);
	RUN(punctuation_and_symbols_kept);
	RUN(astral_plane);
	RUN(invalid_utf8);
	RUN(empty_and_mixed);
	RUN(idempotent);
	return UNIT_END("test_normalize");
}
