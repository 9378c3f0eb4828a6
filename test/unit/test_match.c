/*
 * test_match.c -- the lexicon matcher: readings, phrases, و skipping, gaps,
 * sentence breaks, exclusions, offsets, snippets.
 */
#include "unit.h"
#include "mr_match.h"

enum
{
	DRUGS = 1, THEFT = 2, ASSAULT = 3, SEXUAL = 4, RIGHTS = 5, SCHOOL = 6,
	COMM = 7
};

static mr_lexicon *lx;

static void
add(int id, int concern, mr_term_kind kind, const char *term)
{
	mr_lex_status st = mr_lexicon_add(lx, id, concern, kind, term, strlen(term));

	if (st != MR_LEX_OK)
		fprintf(stderr, "cannot add \"%s\": %s\n", term, mr_lex_status_message(st));
}

static void
build(void)
{
	lx = mr_lexicon_create(&mr_default_allocator);
	add(1, DRUGS, MR_KIND_TERM, "المخدرات");
	add(2, DRUGS, MR_KIND_TERM, "الأقراص المهلوسة");
	add(3, DRUGS, MR_KIND_TERM, "القرقوبي");
	add(4, DRUGS, MR_KIND_TERM, "drogue");
	add(10, THEFT, MR_KIND_TERM, "السرقة");
	add(11, THEFT, MR_KIND_TERM, "vol à l'arraché");
	add(20, ASSAULT, MR_KIND_TERM, "الضرب والجرح");
	add(21, ASSAULT, MR_KIND_TERM, "الاعتداءات الجسدية");
	add(30, SEXUAL, MR_KIND_TERM, "الجسدية والجنسية");
	add(40, RIGHTS, MR_KIND_TERM, "حقوق الإنسان");
	add(41, RIGHTS, MR_KIND_EXCLUDE, "جمعية * حقوق الإنسان");
	add(50, SCHOOL, MR_KIND_TERM, "محيط المؤسسات التعليمية");
	add(51, SCHOOL, MR_KIND_TERM, "مقر");
	add(60, COMM, MR_KIND_TERM, "التواصل");
	add(61, MR_ALL_CONCERNS, MR_KIND_EXCLUDE, "لقاء تواصلي");
	add(62, COMM, MR_KIND_EXCLUDE, "اللقاءات التواصلية");
}

/* "concern:term_id@char_start+len" for every unsuppressed term match */
static const char *
M(const char *text)
{
	mr_matches ms;
	mr_buf		b;
	size_t		i;

	mr_matches_init(&ms, &mr_default_allocator);
	mr_lexicon_match(lx, text, strlen(text), &ms);
	mr_buf_init(&b, &mr_default_allocator, 16);
	for (i = 0; i < ms.n; i++)
	{
		char		x[64];

		if (ms.m[i].kind != MR_KIND_TERM || ms.m[i].suppressed)
			continue;
		snprintf(x, sizeof(x), "%s%d:%d@%zu+%zu", b.len ? " " : "",
				 ms.m[i].concern, ms.m[i].term_id, ms.m[i].char_start,
				 ms.m[i].char_end - ms.m[i].char_start);
		mr_buf_append(&b, x, strlen(x));
	}
	mr_matches_free(&ms);
	return unit_keep(b.data);
}

TEST(clitics_plurals_spelling)
{
	CHECK_STR(M("والمخدرات"), "1:1@0+9");
	CHECK_STR(M("بالمخدرات ومخدرات"), "1:1@0+9 1:1@10+7");
	CHECK_STR(M("الْمُخَدِّرَات"), "1:1@0+14");
	CHECK_STR(M("السرقات و السرقة"), "2:10@0+7 2:10@10+6");
	CHECK_STR(M("Drogues"), "1:4@0+7");
}

TEST(phrases)
{
	CHECK_STR(M("ترويج الأقراص المهلوسة"), "1:2@6+16");
	/* a different second word: no match */
	CHECK_STR(M("الأقراص المضغوطة"), "");
	/* French with elision */
	CHECK_STR(M("un vol a l'arrache"), "2:11@3+15");
}

TEST(waw_skipped)
{
	CHECK_STR(M("الضرب والجرح"), "3:20@0+12");
	CHECK_STR(M("بالضرب و الجرح"), "3:20@0+14");
	/* a standalone و never starts a match and is never a word of a term */
	CHECK_STR(M("و"), "");
}

TEST(overlapping_terms_of_two_concerns)
{
	CHECK_STR(M("الاعتداءات الجسدية والجنسية"), "3:21@0+18 4:30@11+16");
}

TEST(sentence_breaks)
{
	CHECK_STR(M("الضرب. والجرح"), "");
	CHECK_STR(M("الضرب، والجرح"), "3:20@0+13");
	CHECK_STR(M("الأقراص\nالمهلوسة"), "");
	CHECK_STR(M("الأقراص؟ المهلوسة"), "");
}

TEST(gaps_and_exclusions)
{
	/* human rights as a topic */
	CHECK_STR(M("احترام حقوق الإنسان"), "5:40@7+12");
	/* inside an association's name: suppressed */
	CHECK_STR(M("جمعية بوعشوش للكرامة وحقوق الإنسان"), "");
	CHECK_STR(M("جمعية حقوق الإنسان"), "");
	/* a gap of more than four words does not reach */
	CHECK_STR(M("جمعية أ ب ت ث ج حقوق الإنسان"), "5:40@16+12");
	/* an exclusion of one concern leaves the others */
	CHECK_STR(M("جمعية محاربة المخدرات وحقوق الإنسان"), "1:1@13+8");
	/* a framing exclusion for all concerns */
	CHECK_STR(M("عقد لقاء تواصلي حول التواصل"), "7:60@20+7");
	CHECK_STR(M("في إطار اللقاءات التواصلية"), "");
}

TEST(alternative_reading)
{
	/* بمقر: the primary reading keeps the ب, the alternative finds مقر */
	CHECK_STR(M("بمقر الدائرة"), "6:51@0+4");
	CHECK_STR(M("بمحيط المؤسسات التعليمية"), "6:50@0+24");
}

TEST(term_check)
{
	int			n;

	CHECK(mr_term_check("الضرب و الجرح", strlen("الضرب و الجرح"), &mr_default_allocator, &n) == MR_LEX_OK && n == 2);
	CHECK(mr_term_check("  ، . ", 8, &mr_default_allocator, &n) == MR_LEX_EMPTY);
	CHECK(mr_term_check("و", strlen("و"), &mr_default_allocator, &n) == MR_LEX_EMPTY);
	CHECK(mr_term_check("ـًـ", strlen("ـًـ"), &mr_default_allocator, &n) == MR_LEX_EMPTY);
	CHECK(mr_term_check("* حقوق", strlen("* حقوق"), &mr_default_allocator, &n) == MR_LEX_BAD_GAP);
	CHECK(mr_term_check("حقوق *", strlen("حقوق *"), &mr_default_allocator, &n) == MR_LEX_BAD_GAP);
	CHECK(mr_term_check("أ * * ب", strlen("أ * * ب"), &mr_default_allocator, &n) == MR_LEX_BAD_GAP);
	CHECK(mr_term_check("أ ب ت ث ج ح خ د ذ ر ز س ش", strlen("أ ب ت ث ج ح خ د ذ ر ز س ش"),
						&mr_default_allocator, &n) == MR_LEX_TOO_LONG);
}

TEST(long_text_window)
{
	/* matches far into a long text, across the look-ahead window */
	mr_buf		b;
	int			i;
	mr_matches	ms;
	size_t		count = 0;

	mr_buf_init(&b, &mr_default_allocator, 16);
	for (i = 0; i < 3000; i++)
		mr_buf_append(&b, "كلمة أخرى ", strlen("كلمة أخرى "));
	mr_buf_append(&b, "بالضرب و الجرح ", strlen("بالضرب و الجرح "));
	for (i = 0; i < 200; i++)
		mr_buf_append(&b, "المخدرات ", strlen("المخدرات "));
	mr_matches_init(&ms, &mr_default_allocator);
	mr_lexicon_match(lx, b.data, b.len, &ms);
	for (i = 0; i < (int) ms.n; i++)
		count += ms.m[i].kind == MR_KIND_TERM;
	CHECK(count == 201);
	CHECK(ms.n > 0 && ms.m[0].concern == ASSAULT && ms.m[0].tok_first == 6000);
	mr_matches_free(&ms);
	mr_buf_free(&b);
}

TEST(snippets)
{
	const char *s = "مقدمة عامة. طالب المتدخلون بمحاربة المخدرات قرب المدارس. خاتمة";
	const char *w = strstr(s, "المخدرات");
	size_t		a,
				z;

	mr_sentence_around(s, strlen(s), w - s, w - s + strlen("المخدرات"), 200, &a, &z);
	CHECK(z > a);
	{
		char		buf[512];

		memcpy(buf, s + a, z - a);
		buf[z - a] = '\0';
		CHECK_STR(buf, "طالب المتدخلون بمحاربة المخدرات قرب المدارس.");
	}
	/* a long sentence is cut around the match */
	{
		mr_buf		b;
		int			i;
		size_t		pos;

		mr_buf_init(&b, &mr_default_allocator, 16);
		for (i = 0; i < 300; i++)
			mr_buf_append(&b, "كلمة ", strlen("كلمة "));
		pos = b.len;
		mr_buf_append(&b, "المخدرات", strlen("المخدرات"));
		for (i = 0; i < 300; i++)
			mr_buf_append(&b, " كلمة", strlen(" كلمة"));
		mr_sentence_around(b.data, b.len, pos, pos + strlen("المخدرات"), 120, &a, &z);
		CHECK(mr_utf8_count(b.data + a, z - a) <= 130);
		CHECK(a < pos && z > pos);
		mr_buf_free(&b);
	}
}

TEST(empty_inputs)
{
	mr_lexicon *empty = mr_lexicon_create(&mr_default_allocator);
	mr_matches	ms;

	mr_matches_init(&ms, &mr_default_allocator);
	mr_lexicon_match(empty, "المخدرات", strlen("المخدرات"), &ms);
	CHECK(ms.n == 0);
	mr_lexicon_match(lx, "", 0, &ms);
	CHECK(ms.n == 0);
	mr_matches_free(&ms);
	mr_lexicon_free(empty);
}

int
main(void)
{
	int			rc;

	build();
	RUN(clitics_plurals_spelling);
	RUN(phrases);
	RUN(waw_skipped);
	RUN(overlapping_terms_of_two_concerns);
	RUN(sentence_breaks);
	RUN(gaps_and_exclusions);
	RUN(alternative_reading);
	RUN(term_check);
	RUN(long_text_window);
	RUN(snippets);
	RUN(empty_inputs);
	rc = UNIT_END("test_match");
	mr_lexicon_free(lx);
	return rc;
}
