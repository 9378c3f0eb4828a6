/*
 * test_tokenize.c -- token boundaries, kinds and character offsets.
 */
#include "unit.h"

TEST(arabic_words_and_punctuation)
{
	CHECK_STR(U_tokens("والمخدرات، بالمخدرات!"),
			  "والمخدرات@0+9|بالمخدرات@11+9");
	CHECK_STR(U_tokens("  لقاء   تواصلي  "), "لقاء@2+4|تواصلي@9+6");
}

TEST(offsets_in_original_characters)
{
	/* diacritics are counted in the original text and trail the token */
	CHECK_STR(U_tokens("الأَمْنُ العام"), "الامن@0+8|العام@9+5");
	/* tatweel inside a word */
	CHECK_STR(U_tokens("مـحـيـط المدرسة"), "محيط@0+7|المدرسه@8+7");
	/* a ligature is one character of the original */
	CHECK_STR(U_tokens("ﻻ شيء"), "لا@0+1|شيء@2+3");
}

TEST(numbers_split_from_letters)
{
	CHECK_STR(U_tokens("2019م"), "2019@0+4|م@4+1");
	CHECK_STR(U_tokens("يوم ٩ يناير ٢٠١٩"), "يوم@0+3|9@4+1|يناير@6+5|2019@12+4");
	CHECK_STR(U_tokens("17/10/2018"), "17@0+2|10@3+2|2018@6+4");
}

TEST(scripts_split)
{
	CHECK_STR(U_tokens("الأمنPolice"), "الامن@0+5|police@5+6");
	CHECK_STR(U_tokens("Sécurité-routière"), "securite@0+8|routiere@9+8");
	CHECK_STR(U_tokens("protection de l'enfance"),
			  "protection@0+10|de@11+2|l@14+1|enfance@16+7");
	CHECK_STR(U_tokens("Москва"), "москва@0+6");
}

TEST(emoji_and_symbols_separate)
{
	/* the emoji is one (astral) code point */
	CHECK_STR(U_tokens("أمن👮سلامة"), "امن@0+3|سلامه@4+5");
	CHECK_STR(U_tokens("👮‍♀️"), "");
	CHECK_STR(U_tokens("#الأمن_المدرسي"), "الامن@1+5|المدرسي@7+7");
}

TEST(expanding_ligature)
{
	/* U+FDFA expands to four words, each spanning the one source char */
	CHECK_STR(U_tokens("ﷺ"), "صلي@0+1|الله@0+1|عليه@0+1|وسلم@0+1");
	CHECK_STR(U_tokens("aﷺb"), "a@0+1|صلي@1+1|الله@1+1|عليه@1+1|وسلم@1+1|b@2+1");
}

TEST(combining_marks)
{
	/* a combining mark the normalizer keeps joins its word */
	CHECK_STR(U_tokens("क़ानून"), "क़ानून@0+6");
	/* a stray accent at the start belongs to no word */
	CHECK_STR(U_tokens("\xCC\x81" "abc"), "abc@1+3");
	/* Latin accents are stripped but counted */
	CHECK_STR(U_tokens("e\xCC\x81" "cole"), "ecole@0+6");
}

TEST(long_words_are_cut)
{
	char		buf[600 * 2 + 1];
	int			i;
	mr_tokenizer t;
	mr_token	tok;
	int			count = 0;
	size_t		total = 0;

	for (i = 0; i < 600; i++)
		memcpy(buf + 2 * i, "ب", 2);
	buf[1200] = '\0';
	mr_tokenizer_init(&t, buf, 1200, &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok))
	{
		CHECK(tok.norm_len <= MR_TOKEN_MAX);
		CHECK(tok.char_start == total);
		total += tok.char_end - tok.char_start;
		count++;
	}
	mr_tokenizer_free(&t);
	CHECK(count == 3);
	CHECK(total == 600);
}

TEST(byte_offsets)
{
	const char *s = "أمن\xC2\xA0Sécurité ١٢";
	mr_tokenizer t;
	mr_token	tok;
	const char *want[] = {"أمن", "Sécurité", "١٢"};
	int			i = 0;

	mr_tokenizer_init(&t, s, strlen(s), &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok) && i < 3)
	{
		CHECK(tok.byte_end - tok.byte_start == strlen(want[i]));
		CHECK(memcmp(s + tok.byte_start, want[i], strlen(want[i])) == 0);
		i++;
	}
	mr_tokenizer_free(&t);
	CHECK(i == 3);
}

TEST(kinds)
{
	mr_tokenizer t;
	mr_token	tok;
	const char *s = "أمن police 42 Москва";
	mr_token_kind want[] = {MR_TOK_ARABIC, MR_TOK_LATIN, MR_TOK_NUMBER, MR_TOK_OTHER};
	int			i = 0;

	mr_tokenizer_init(&t, s, strlen(s), &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok) && i < 4)
		CHECK(tok.kind == want[i++]);
	mr_tokenizer_free(&t);
	CHECK(i == 4);
}

TEST(empty_and_separators_only)
{
	CHECK_STR(U_tokens(""), "");
	CHECK_STR(U_tokens(" ، . ! ؟ "), "");
	CHECK_STR(U_tokens("\xFF\xFE"), "");
}

int
main(void)
{
	RUN(arabic_words_and_punctuation);
	RUN(offsets_in_original_characters);
	RUN(numbers_split_from_letters);
	RUN(scripts_split);
	RUN(emoji_and_symbols_separate);
	RUN(expanding_ligature);
	RUN(combining_marks);
	RUN(long_words_are_cut);
	RUN(byte_offsets);
	RUN(kinds);
	RUN(empty_and_separators_only);
	return UNIT_END("test_tokenize");
}
