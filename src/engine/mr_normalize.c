/*-------------------------------------------------------------------------
 *
 * mr_normalize.c
 *	  The normalizer and the tokenizer of the meetreg engine.
 *
 * Both walk the source once, look every code point up in the generated BMP
 * table (one array access on the hot path) and never call ICU except for
 * code points beyond U+FFFF.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_engine.h"
#include "mr_unimap.h"

#include <string.h>

#include "mr_unitab_data.h"

/* How many source bytes between two calls of the interrupt hook. */
#define MR_CHECK_EVERY 65536

/* ----------------------------------------------------------------
 * Code point mapping
 * ----------------------------------------------------------------
 */

/*
 * Astral code points are computed with ICU on demand and kept in a small
 * direct-mapped cache.  The engine is single-threaded (as a PostgreSQL
 * backend is), so static storage is fine.
 */
#define ASTRAL_CACHE 256
typedef struct astral_entry
{
	uint32_t	cp;				/* 0 = empty (U+0000 is in the BMP) */
	int			n;
	uint32_t	map[MR_MAP_MAX];
} astral_entry;

static astral_entry astral_cache[ASTRAL_CACHE];
static const uint32_t fffd_entry = ((uint32_t) MR_C_PUNCT << 21) | 0xFFFD;

/* Out of line: code points beyond U+FFFF, computed with ICU and cached. */
static void
map_astral(uint32_t cp, mr_mapping *out)
{
	astral_entry *a = &astral_cache[cp % ASTRAL_CACHE];

	if (a->cp != cp)
	{
		int			n = mr_unimap_compute(cp, a->map);

		if (n < 0)
		{
			out->n = 1;
			out->cp = &fffd_entry;
			return;
		}
		a->n = n;
		a->cp = cp;
	}
	out->n = a->n;
	out->cp = a->map;
}

/* The hot path: one table access for the Basic Multilingual Plane. */
static inline void
map_cp(uint32_t cp, mr_mapping *out)
{
	if (cp < 0x10000)
	{
		uint32_t	e = mr_bmp[cp];

		if (e & MR_BMP_POOL)
		{
			uint32_t	idx = e & ~MR_BMP_POOL;

			out->n = (int) mr_pool[idx];
			out->cp = &mr_pool[idx + 1];
		}
		else
		{
			out->n = (MR_ENT_CLASS(e) == MR_C_DROP) ? 0 : 1;
			out->cp = &mr_bmp[cp];
		}
	}
	else
		map_astral(cp, out);
}

void
mr_map_cp(uint32_t cp, mr_mapping *out)
{
	map_cp(cp, out);
}

/* Decode the code point at s[*i], advancing *i (ASCII inline). */
static inline uint32_t
next_cp(const unsigned char *s, size_t n, size_t *i)
{
	uint32_t	cp;

	if (s[*i] < 0x80)
		return s[(*i)++];
	*i += mr_utf8_decode(s + *i, n - *i, &cp);
	return cp;
}

/* ----------------------------------------------------------------
 * normalize()
 * ----------------------------------------------------------------
 */

mr_status
mr_normalize(const char *str, size_t n, mr_buf *out)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		i = 0;
	size_t		next_check = MR_CHECK_EVERY;
	bool		pending_space = false;
	bool		any = false;

	/* most texts keep their length; reserve it up front */
	if (!mr_buf_reserve(out, n))
		return MR_TOO_LONG;

	while (i < n)
	{
		mr_mapping	m;
		int			k;

		if (i >= next_check)
		{
			if (mr_check_interrupts)
				mr_check_interrupts();
			next_check = i + MR_CHECK_EVERY;
		}

		/* room for one space and the longest mapping, written in place */
		if (out->cap - out->len < 1 + 4 * MR_MAP_MAX + 1 &&
			!mr_buf_reserve(out, 1 + 4 * MR_MAP_MAX))
			return MR_TOO_LONG;

		map_cp(next_cp(s, n, &i), &m);
		for (k = 0; k < m.n; k++)
		{
			uint32_t	e = m.cp[k];

			if (MR_ENT_CLASS(e) == MR_C_SPACE)
			{
				pending_space = any;
				continue;
			}
			if (pending_space)
			{
				out->data[out->len++] = ' ';
				pending_space = false;
			}
			out->len += mr_utf8_encode(MR_ENT_CP(e), out->data + out->len);
			any = true;
		}
	}
	out->data[out->len] = '\0';
	return MR_OK;
}

/* ----------------------------------------------------------------
 * Tokenizer
 * ----------------------------------------------------------------
 */

void
mr_tokenizer_init(mr_tokenizer *t, const char *s, size_t n,
				  const mr_allocator *mem)
{
	memset(t, 0, sizeof(*t));
	t->s = (const unsigned char *) s;
	t->n = n;
	mr_cpbuf_init(&t->cur, mem, MR_TOKEN_MAX + 1);
}

void
mr_tokenizer_free(mr_tokenizer *t)
{
	mr_cpbuf_free(&t->cur);
}

static inline mr_token_kind
kind_of_class(mr_class c)
{
	switch (c)
	{
		case MR_C_ARABIC:
			return MR_TOK_ARABIC;
		case MR_C_LATIN:
			return MR_TOK_LATIN;
		case MR_C_DIGIT:
			return MR_TOK_NUMBER;
		default:
			return MR_TOK_OTHER;
	}
}

/*
 * Produce the next token.  Returns false at the end of the input.
 *
 * A token is a maximal run of output code points of one word kind (Arabic
 * letters, Latin letters, digits, letters of other scripts); combining marks
 * kept by normalization join the current token, and dropped code points
 * (diacritics, tatweel, format characters) neither start nor end a token.
 * A change of kind ends a token ("2019م" is "2019" and "م").
 */
bool
mr_tokenizer_next(mr_tokenizer *t, mr_token *tok)
{
	const unsigned char *s = t->s;
	size_t		n = t->n;
	bool		in_tok = false;
	mr_token_kind kind = MR_TOK_OTHER;

	t->cur.len = 0;

	for (;;)
	{
		mr_mapping	m;
		size_t		bstart;
		size_t		bend;
		size_t		cstart;
		int			k;

		/*
		 * Fast path, the common case inside a word: one- and two-byte
		 * characters that map to a single code point of the word's class
		 * (or to nothing), read in a tight loop with the state in locals.
		 */
		if (in_tok && t->pend_i >= t->pend.n)
		{
			const unsigned char *p = s + t->pos;
			const unsigned char *end = s + n;
			const unsigned char *start = p;
			mr_class want = kind == MR_TOK_ARABIC ? MR_C_ARABIC :
				kind == MR_TOK_LATIN ? MR_C_LATIN :
				kind == MR_TOK_NUMBER ? MR_C_DIGIT : MR_C_LETTER;
			size_t		len = t->cur.len;
			size_t		cpos = t->cpos;
			size_t		last_byte = tok->byte_end;
			size_t		last_char = tok->char_end;
			uint32_t   *buf = t->cur.cp;

			while (p < end && len < MR_TOKEN_MAX)
			{
				unsigned char c = *p;
				uint32_t	cp;
				uint32_t	e;
				int			l;
				mr_class	cl;

				if (c < 0x80)
				{
					cp = c;
					l = 1;
				}
				else if (c >= 0xC2 && c <= 0xDF && p + 1 < end && (p[1] & 0xC0) == 0x80)
				{
					cp = ((uint32_t) (c & 0x1F) << 6) | (p[1] & 0x3F);
					l = 2;
				}
				else
					break;
				e = mr_bmp[cp];
				if (e & MR_BMP_POOL)
					break;
				cl = MR_ENT_CLASS(e);
				if (cl == want)
					buf[len++] = MR_ENT_CP(e);
				else if (cl != MR_C_DROP)
					break;
				p += l;
				cpos++;
			}
			if (p > start)
			{
				/* every character read extends the span (letters, marks) */
				last_byte = p - s;
				last_char = cpos;
			}
			t->since_check += p - start;
			t->pos = p - s;
			t->cpos = cpos;
			t->cur.len = len;
			tok->byte_end = last_byte;
			tok->char_end = last_char;
		}

		/* fetch the next source code point, or resume a pending mapping */
		if (t->pend_i < t->pend.n)
		{
			m = t->pend;
			k = t->pend_i;
			bstart = t->pend_byte_start;
			bend = t->pend_byte_end;
			cstart = t->pend_char_start;
		}
		else
		{
			uint32_t	cp;

			if (t->pos >= n)
				break;
			if (t->since_check >= MR_CHECK_EVERY)
			{
				if (mr_check_interrupts)
					mr_check_interrupts();
				t->since_check = 0;
			}
			bstart = t->pos;
			cp = next_cp(s, n, &t->pos);
			bend = t->pos;
			t->since_check += bend - bstart;
			cstart = t->cpos++;
			map_cp(cp, &m);
			k = 0;
			t->pend.n = 0;
			t->pend_i = 0;

			if (m.n == 0)
			{
				/* dropped: extends the token's span, never starts one */
				if (in_tok)
				{
					tok->byte_end = bend;
					tok->char_end = cstart + 1;
				}
				continue;
			}
		}

		for (; k < m.n; k++)
		{
			uint32_t	e = m.cp[k];
			mr_class	c = MR_ENT_CLASS(e);

			if (c == MR_C_MARK)
			{
				if (in_tok && t->cur.len < MR_TOKEN_MAX)
				{
					t->cur.cp[t->cur.len++] = MR_ENT_CP(e);
					tok->byte_end = bend;
					tok->char_end = cstart + 1;
				}
				continue;
			}
			if (mr_class_is_word(c))
			{
				mr_token_kind kc = kind_of_class(c);

				if (in_tok && (kc != kind || t->cur.len >= MR_TOKEN_MAX))
				{
					/* kind changes (or the word is too long): emit */
					goto emit_pending;
				}
				if (!in_tok)
				{
					in_tok = true;
					kind = kc;
					tok->byte_start = bstart;
					tok->char_start = cstart;
				}
				/* cur has room for MR_TOKEN_MAX + 1 code points */
				t->cur.cp[t->cur.len++] = MR_ENT_CP(e);
				tok->byte_end = bend;
				tok->char_end = cstart + 1;
				continue;
			}
			/* separator */
			if (in_tok)
			{
				k++;
				goto emit_pending;
			}
			continue;

	emit_pending:
			/* remember where to resume inside this mapping */
			t->pend = m;
			t->pend_i = k;
			t->pend_byte_start = bstart;
			t->pend_byte_end = bend;
			t->pend_char_start = cstart;
			goto emit;
		}
		t->pend.n = 0;
		t->pend_i = 0;
	}

	if (!in_tok)
		return false;
emit:
	tok->kind = kind;
	tok->norm = t->cur.cp;
	tok->norm_len = t->cur.len;
	return true;
}
