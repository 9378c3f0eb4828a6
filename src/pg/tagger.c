/*-------------------------------------------------------------------------
 *
 * tagger.c
 *	  meetreg.tag(), meetreg.evidence() and term validation.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "mr_pg.h"
#include "mr_match.h"
#include "concern_set.h"

PG_FUNCTION_INFO_V1(meetreg_tag);
PG_FUNCTION_INFO_V1(meetreg_evidence);
PG_FUNCTION_INFO_V1(meetreg_term_problem);

/* Snippets: the sentence around a match, at most this many characters. */
#define SNIPPET_CHARS 240

/* The concerns raised by s[0..n), by the current lexicon. */
ConcernSet *
mr_pg_tag(const char *s, size_t n)
{
	const mr_registry *r = mr_registry_get(true);
	uint32		words[CS_MAX_WORDS] = {0};
	mr_matches	ms;
	size_t		i;

	mr_matches_init(&ms, &mr_pg_allocator);
	mr_lexicon_match(mr_registry_lexicon(r), s, n, &ms);
	for (i = 0; i < ms.n; i++)
	{
		const mr_match *m = &ms.m[i];

		if (m->kind == MR_KIND_TERM && !m->suppressed &&
			m->concern >= 1 && m->concern <= MR_MAX_CONCERN_ID)
			words[m->concern / 32] |= 1U << (m->concern % 32);
	}
	mr_matches_free(&ms);
	return cs_from_words(words, CS_MAX_WORDS);
}

/* meetreg.tag(text) returns the concerns the text raises. */
Datum
meetreg_tag(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	ConcernSet *result = mr_pg_tag(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in));

	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_CONCERN_SET_P(result);
}

/*
 * meetreg.evidence(text) returns every match that tags the text: the
 * concern, the lexicon term, the matched text as written, its 1-based
 * character position and length, and the sentence around it.
 */
Datum
meetreg_evidence(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	size_t		n = VARSIZE_ANY_EXHDR(in);
	const mr_registry *r;
	mr_matches	ms;
	size_t		i;

	InitMaterializedSRF(fcinfo, 0);
	r = mr_registry_get(true);
	mr_matches_init(&ms, &mr_pg_allocator);
	mr_lexicon_match(mr_registry_lexicon(r), s, n, &ms);
	for (i = 0; i < ms.n; i++)
	{
		const mr_match *m = &ms.m[i];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		const char *code;
		const char *term;
		size_t		a,
					z;

		if (m->kind != MR_KIND_TERM || m->suppressed)
			continue;
		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		code = mr_registry_code_of(r, m->concern);
		term = mr_registry_term(r, m->term_id);
		values[0] = code ? CStringGetTextDatum(code) : (nulls[0] = true, (Datum) 0);
		values[1] = term ? CStringGetTextDatum(term) : (nulls[1] = true, (Datum) 0);
		values[2] = PointerGetDatum(cstring_to_text_with_len(s + m->byte_start,
															 m->byte_end - m->byte_start));
		values[3] = Int32GetDatum((int32) Min(m->char_start + 1, PG_INT32_MAX));
		values[4] = Int32GetDatum((int32) Min(m->char_end - m->char_start, PG_INT32_MAX));
		mr_sentence_around(s, n, m->byte_start, m->byte_end, SNIPPET_CHARS, &a, &z);
		values[5] = PointerGetDatum(cstring_to_text_with_len(s + a, z - a));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	mr_matches_free(&ms);
	return (Datum) 0;
}

/*
 * meetreg._term_problem(text): NULL if the text can be a lexicon term, else
 * why not (used by the validation trigger of meetreg.concern_terms).
 */
Datum
meetreg_term_problem(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			nwords;
	mr_lex_status st;

	mr_pg_check_encoding();
	st = mr_term_check(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &mr_pg_allocator, &nwords);
	if (st == MR_LEX_OK)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(mr_lex_status_message(st)));
}
