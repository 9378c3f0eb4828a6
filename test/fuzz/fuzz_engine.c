/*-------------------------------------------------------------------------
 *
 * fuzz_engine.c
 *	  libFuzzer harness for the text engine.
 *
 * On any input bytes: nothing crashes (ASan/UBSan), and
 *	 - normalize() is idempotent and its output is valid UTF-8 with no
 *	   leading, trailing or doubled spaces;
 *	 - tokens come in order, inside the input, with character offsets that
 *	   agree with their byte offsets, and at most MR_TOKEN_MAX code points;
 *	 - stems (every reading) are no longer than their token, and the first
 *	   reading is mr_stem()'s;
 *	 - stem_text() produces one stem per token.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mr_engine.h"

#define REQUIRE(cond) \
	do { if (!(cond)) { fprintf(stderr, "invariant failed: %s\n", #cond); abort(); } } while (0)

static bool
valid_utf8(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		uint32_t	cp;
		int			l = mr_utf8_decode((const unsigned char *) s + i, n - i, &cp);

		if (cp == 0xFFFD && !(l == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0))
			return false;
		i += l;
	}
	return true;
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	mr_buf		a,
				b;
	mr_tokenizer t;
	mr_token	tok;
	size_t		last_byte = 0,
				last_char = 0,
				ntok = 0,
				cnt_byte = 0,
				cnt_char = 0;

	/* normalize */
	mr_buf_init(&a, &mr_default_allocator, size + 1);
	REQUIRE(mr_normalize(s, size, &a) == MR_OK);
	REQUIRE(valid_utf8(a.data, a.len));
	REQUIRE(a.len == 0 || (a.data[0] != ' ' && a.data[a.len - 1] != ' '));
	REQUIRE(strstr(a.data, "  ") == NULL);
	mr_buf_init(&b, &mr_default_allocator, a.len + 1);
	REQUIRE(mr_normalize(a.data, a.len, &b) == MR_OK);
	REQUIRE(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	mr_buf_free(&b);
	mr_buf_free(&a);

	/* tokens */
	mr_tokenizer_init(&t, s, size, &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok))
	{
		uint32_t	st[MR_STEM_MAX];
		size_t		sl;

		REQUIRE(tok.norm_len >= 1 && tok.norm_len <= MR_TOKEN_MAX);
		REQUIRE(tok.byte_start < tok.byte_end && tok.byte_end <= size);
		REQUIRE(tok.char_start < tok.char_end);
		REQUIRE(tok.byte_start >= last_byte || tok.char_start == last_char);
		REQUIRE(tok.char_start >= last_char);
		/* character offsets agree with byte offsets (counted incrementally) */
		if (tok.byte_start >= cnt_byte)
		{
			cnt_char += mr_utf8_count(s + cnt_byte, tok.byte_start - cnt_byte);
			cnt_byte = tok.byte_start;
		}
		REQUIRE(tok.byte_start != cnt_byte || cnt_char == tok.char_start);
		REQUIRE(cnt_char + mr_utf8_count(s + cnt_byte, tok.byte_end - cnt_byte) == tok.char_end);
		sl = mr_stem(tok.norm, tok.norm_len, tok.kind, st);
		REQUIRE(sl >= 1 && sl <= tok.norm_len);
		{
			mr_readings rd;
			int			k;

			REQUIRE(mr_stem_readings(tok.norm, tok.norm_len, tok.kind, &rd) >= 1);
			REQUIRE(rd.len[0] == sl && memcmp(rd.st[0], st, sl * sizeof(uint32_t)) == 0);
			for (k = 0; k < rd.n; k++)
				REQUIRE(rd.len[k] >= 1 && rd.len[k] <= tok.norm_len);
		}
		last_byte = tok.byte_start;
		last_char = tok.char_start;
		ntok++;
	}
	mr_tokenizer_free(&t);

	/* stem_text: one stem per token */
	mr_buf_init(&a, &mr_default_allocator, size + 1);
	REQUIRE(mr_stem_text(s, size, &a) == MR_OK);
	{
		size_t		spaces = 0,
					i;

		for (i = 0; i < a.len; i++)
			spaces += (a.data[i] == ' ');
		REQUIRE(ntok == 0 ? a.len == 0 : spaces == ntok - 1);
	}
	mr_buf_free(&a);
	return 0;
}
