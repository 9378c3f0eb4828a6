/*-------------------------------------------------------------------------
 *
 * text_funcs.c
 *	  SQL functions over the text engine: normalize, tokens, stem.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "mr_pg.h"

PG_FUNCTION_INFO_V1(meetreg_normalize);
PG_FUNCTION_INFO_V1(meetreg_tokens);
PG_FUNCTION_INFO_V1(meetreg_stem);

/*
 * Engine output is built directly inside a text varlena: the buffer starts
 * with VARHDRSZ bytes that become the header, so the result is never copied
 * (a 200 MB text costs its input plus its output, nothing more).
 */
static void
text_buf_init(mr_buf *b, size_t expected)
{
	static const char hdr[VARHDRSZ] = {0};

	mr_buf_init(b, &mr_pg_allocator, expected + VARHDRSZ + 1);
	mr_buf_append(b, hdr, VARHDRSZ);
}

static text *
text_buf_finish(mr_buf *b)
{
	text	   *t = (text *) b->data;

	SET_VARSIZE(t, b->len);
	return t;
}

/* meetreg.normalize(text) returns the canonical matching form of a text. */
Datum
meetreg_normalize(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	mr_buf		out;
	text	   *result;

	mr_pg_check_encoding();
	text_buf_init(&out, VARSIZE_ANY_EXHDR(in));
	if (mr_normalize(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out) != MR_OK)
		mr_pg_too_long("meetreg.normalize()");
	result = text_buf_finish(&out);
	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_TEXT_P(result);
}

/* meetreg.stem(text) returns the stems of the words of a text. */
Datum
meetreg_stem(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	mr_buf		out;
	text	   *result;

	mr_pg_check_encoding();
	text_buf_init(&out, VARSIZE_ANY_EXHDR(in));
	if (mr_stem_text(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &out) != MR_OK)
		mr_pg_too_long("meetreg.stem()");
	result = text_buf_finish(&out);
	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_TEXT_P(result);
}

/*
 * meetreg.tokens(text) returns one row per word token: ordinal, the token as
 * written, its normalized form, its stem, and its 1-based character position
 * and length in the original text (so substr(text, start, len) = token).
 *
 * Rows go to a tuplestore, which spills to disk beyond work_mem, so memory
 * stays bounded whatever the size of the text.
 */
Datum
meetreg_tokens(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	size_t		n = VARSIZE_ANY_EXHDR(in);
	MemoryContext rowcxt;
	MemoryContext oldcxt;
	mr_tokenizer tz;
	mr_token	tok;
	int64		ordinal = 0;

	mr_pg_check_encoding();
	InitMaterializedSRF(fcinfo, 0);

	rowcxt = AllocSetContextCreate(CurrentMemoryContext,
								   "meetreg tokens row",
								   ALLOCSET_DEFAULT_SIZES);
	mr_tokenizer_init(&tz, s, n, &mr_pg_allocator);

	while (mr_tokenizer_next(&tz, &tok))
	{
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		uint32_t	st[MR_STEM_MAX];
		size_t		sl;
		mr_buf		b;

		if (++ordinal > PG_INT32_MAX || tok.char_start >= PG_INT32_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("text has too many tokens for meetreg.tokens()")));

		oldcxt = MemoryContextSwitchTo(rowcxt);
		values[0] = Int32GetDatum((int32) ordinal);
		values[1] = PointerGetDatum(cstring_to_text_with_len(s + tok.byte_start,
															 tok.byte_end - tok.byte_start));
		mr_buf_init(&b, &mr_pg_allocator, tok.norm_len * 4 + 1);
		mr_buf_append_cps(&b, tok.norm, tok.norm_len);
		values[2] = PointerGetDatum(cstring_to_text_with_len(b.data, b.len));
		sl = mr_stem(tok.norm, tok.norm_len, tok.kind, st);
		b.len = 0;
		mr_buf_append_cps(&b, st, sl);
		values[3] = PointerGetDatum(cstring_to_text_with_len(b.data, b.len));
		values[4] = Int32GetDatum((int32) tok.char_start + 1);
		values[5] = Int32GetDatum((int32) (tok.char_end - tok.char_start));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc,
							 values, nulls);
		MemoryContextSwitchTo(oldcxt);
		MemoryContextReset(rowcxt);
	}
	mr_tokenizer_free(&tz);
	MemoryContextDelete(rowcxt);
	PG_FREE_IF_COPY(in, 0);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(meetreg_name_key);

/*
 * meetreg._name_key(text): the normalized words of a name joined by single
 * spaces, so that "Aït-Melloul", "ait melloul" and "AIT MELLOUL" meet, as do
 * أيت ملول and ايت ملول.  Used to look names up in the gazetteer.
 */
Datum
meetreg_name_key(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	mr_tokenizer tz;
	mr_token	tok;
	mr_buf		out;
	text	   *result;

	mr_pg_check_encoding();
	text_buf_init(&out, VARSIZE_ANY_EXHDR(in));
	mr_tokenizer_init(&tz, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), &mr_pg_allocator);
	while (mr_tokenizer_next(&tz, &tok))
	{
		if ((out.len > VARHDRSZ && !mr_buf_append(&out, " ", 1)) ||
			!mr_buf_append_cps(&out, tok.norm, tok.norm_len))
			mr_pg_too_long("meetreg._name_key()");
	}
	mr_tokenizer_free(&tz);
	result = text_buf_finish(&out);
	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_TEXT_P(result);
}
