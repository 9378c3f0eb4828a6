/*-------------------------------------------------------------------------
 *
 * mr_engine.h
 *	  Public interface of the meetreg text engine.
 *
 * The engine is a plain C library: it depends on libc and ICU only and
 * never includes a PostgreSQL header, so that it can be unit-tested and
 * fuzzed on its own.  The PostgreSQL glue (src/pg/) supplies an allocator
 * and an interrupt hook; everything the engine allocates goes through the
 * allocator, so a PostgreSQL error thrown from the hook (a cancelled query)
 * leaks nothing: the memory context is reset by the caller's abort.
 *
 * Text model
 * ----------
 * Input is UTF-8 of a given byte length (no NUL terminator needed).  Invalid
 * byte sequences are read as U+FFFD, one per bad byte, so any byte string is
 * accepted.  Positions reported to callers are 0-based code point indexes
 * ("characters") and byte offsets into the original input.
 *
 * The normalizer maps every source code point to zero or more output code
 * points, each with a class (mr_class).  normalize(), the tokenizer and the
 * stemmer are all built on that single mapping, so a term and a text that
 * "look the same" after normalization always tokenize and stem the same.
 *
 * Copyright (c) 2026, the meetreg authors.  Licensed under the PostgreSQL
 * License; see LICENSE.
 *-------------------------------------------------------------------------
 */
#ifndef MR_ENGINE_H
#define MR_ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define MR_ENGINE_VERSION "0.4.0"

/* ----------------------------------------------------------------
 * Memory
 * ----------------------------------------------------------------
 */

/*
 * Allocator used for every engine allocation.  alloc and realloc must not
 * return NULL (they either succeed or do not return, as palloc does); the
 * default allocator aborts the process on failure.
 */
typedef struct mr_allocator
{
	void	   *(*alloc) (size_t size, void *arg);
	void	   *(*realloc) (void *ptr, size_t size, void *arg);
	void		(*free) (void *ptr, void *arg);
	void	   *arg;
} mr_allocator;

/* malloc/realloc/free, aborting on out-of-memory (used by tests and tools) */
extern const mr_allocator mr_default_allocator;

/*
 * Hook called from every long loop of the engine (about once per 64 KB of
 * input) so that the host can cancel the work.  It may not return (the
 * PostgreSQL glue calls CHECK_FOR_INTERRUPTS()).  NULL disables it.
 */
typedef void (*mr_interrupt_hook) (void);
extern mr_interrupt_hook mr_check_interrupts;

/* The largest output the engine will build (bytes); beyond it MR_TOO_LONG. */
#define MR_MAX_OUTPUT ((size_t) 0x3FFFFFFF - 64)

typedef enum mr_status
{
	MR_OK = 0,
	MR_TOO_LONG					/* result would exceed MR_MAX_OUTPUT */
} mr_status;

/* Growable byte buffer; data is always NUL-terminated for convenience. */
typedef struct mr_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
	const mr_allocator *mem;
} mr_buf;

extern void mr_buf_init(mr_buf *b, const mr_allocator *mem, size_t initial);
extern bool mr_buf_reserve(mr_buf *b, size_t extra);
extern bool mr_buf_append(mr_buf *b, const char *s, size_t n);
extern bool mr_buf_append_cp(mr_buf *b, uint32_t cp);
extern void mr_buf_free(mr_buf *b);

/*
 * Room for need elements of elem bytes in the array p, whose capacity is
 * *cap elements: the capacity doubles (from initial when p is NULL) until
 * need fits.  Returns the array, moved or not; *cap is updated.
 */
extern void *mr_grow(const mr_allocator *mem, void *p, size_t *cap,
					 size_t need, size_t elem, size_t initial);

/* Growable code point buffer. */
typedef struct mr_cpbuf
{
	uint32_t   *cp;
	size_t		len;
	size_t		cap;
	const mr_allocator *mem;
} mr_cpbuf;

extern void mr_cpbuf_init(mr_cpbuf *b, const mr_allocator *mem, size_t initial);
extern void mr_cpbuf_push(mr_cpbuf *b, uint32_t cp);
extern void mr_cpbuf_free(mr_cpbuf *b);

/* ----------------------------------------------------------------
 * UTF-8
 * ----------------------------------------------------------------
 */

/*
 * Decode one code point at s[0..n); returns its byte length (>= 1) and
 * stores the code point (U+FFFD for an invalid or truncated sequence, which
 * then consumes one byte).  n must be >= 1.
 */
static inline int
mr_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		if (n >= 2 && (s[1] & 0xC0) == 0x80)
		{
			*cp = ((uint32_t) (c & 0x1F) << 6) | (s[1] & 0x3F);
			return 2;
		}
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		if (n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
		{
			uint32_t	v = ((uint32_t) (c & 0x0F) << 12) |
			((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);

			/* reject overlongs and surrogates */
			if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF))
			{
				*cp = v;
				return 3;
			}
		}
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		if (n >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
			(s[3] & 0xC0) == 0x80)
		{
			uint32_t	v = ((uint32_t) (c & 0x07) << 18) |
			((uint32_t) (s[1] & 0x3F) << 12) |
			((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);

			if (v >= 0x10000 && v <= 0x10FFFF)
			{
				*cp = v;
				return 4;
			}
		}
	}
	*cp = 0xFFFD;
	return 1;
}

/* Encode cp into out (at least 4 bytes); returns the byte length. */
static inline int
mr_utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

/*
 * 64-bit FNV-1a hash of n code points, never 0 (so 0 can mark an empty
 * slot in the engine's hash tables).
 */
static inline uint64_t
mr_hash_cps(const uint32_t *w, size_t n)
{
	uint64_t	h = 1469598103934665603ULL;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= w[i];
		h *= 1099511628211ULL;
	}
	h ^= h >> 29;
	return h ? h : 1;
}

/* The same hash of n bytes. */
static inline uint64_t
mr_hash_bytes(const char *s, size_t n)
{
	uint64_t	h = 1469598103934665603ULL;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 1099511628211ULL;
	}
	h ^= h >> 29;
	return h ? h : 1;
}

/* Number of code points in s[0..n) as the engine counts them. */
extern size_t mr_utf8_count(const char *s, size_t n);

/* ----------------------------------------------------------------
 * Character classes and the normalizer
 * ----------------------------------------------------------------
 */

/* Class of a normalized (output) code point. */
typedef enum mr_class
{
	MR_C_DROP = 0,				/* source char that maps to nothing */
	MR_C_SPACE = 1,				/* white space (output as U+0020) */
	MR_C_PUNCT = 2,				/* punctuation, symbol, control: separator */
	MR_C_ARABIC = 3,			/* letter of the Arabic script */
	MR_C_LATIN = 4,				/* letter of the Latin script */
	MR_C_LETTER = 5,			/* letter of any other script */
	MR_C_DIGIT = 6,				/* decimal digit, output as ASCII 0-9 */
	MR_C_MARK = 7				/* combining mark kept by normalization */
} mr_class;

static inline bool
mr_class_is_word(mr_class c)
{
	return c >= MR_C_ARABIC;
}

/*
 * The mapping of one source code point: up to MR_MAP_MAX output code points
 * with their classes (n == 0: the source char is dropped).
 */
#define MR_MAP_MAX 18
typedef struct mr_mapping
{
	int			n;
	const uint32_t *cp;			/* n entries, each (class << 21) | cp */
} mr_mapping;

#define MR_ENT_CP(e)	((e) & 0x1FFFFF)
#define MR_ENT_CLASS(e) ((mr_class) (((e) >> 21) & 0x7))

/* Look up the normalization of one source code point. */
extern void mr_map_cp(uint32_t cp, mr_mapping *out);

/*
 * Normalize a text: every rule of the README ("Normalization"), white space
 * runs collapsed to one U+0020 and trimmed at both ends.  Appends to out.
 */
extern mr_status mr_normalize(const char *s, size_t n, mr_buf *out);

/* ----------------------------------------------------------------
 * Tokenizer
 * ----------------------------------------------------------------
 */

typedef enum mr_token_kind
{
	MR_TOK_ARABIC = 1,
	MR_TOK_LATIN = 2,
	MR_TOK_NUMBER = 3,
	MR_TOK_OTHER = 4
} mr_token_kind;

/*
 * One token.  Offsets refer to the original input: [char_start, char_end)
 * in code points and [byte_start, byte_end) in bytes; the span starts at the
 * first character that contributed a letter and includes diacritics and
 * tatweel that follow the last letter.  norm holds the normalized form
 * (norm_len code points); it is owned by the tokenizer and valid until the
 * next call.
 */
typedef struct mr_token
{
	mr_token_kind kind;
	size_t		char_start;
	size_t		char_end;
	size_t		byte_start;
	size_t		byte_end;
	const uint32_t *norm;
	size_t		norm_len;
} mr_token;

typedef struct mr_tokenizer
{
	const unsigned char *s;
	size_t		n;
	size_t		pos;			/* byte position of the next source char */
	size_t		cpos;			/* its code point index */
	/* pending output of a multi-code-point mapping */
	mr_mapping	pend;
	int			pend_i;
	size_t		pend_byte_start;
	size_t		pend_char_start;
	size_t		pend_byte_end;
	/* token under construction */
	mr_cpbuf	cur;
	size_t		since_check;
} mr_tokenizer;

extern void mr_tokenizer_init(mr_tokenizer *t, const char *s, size_t n,
							  const mr_allocator *mem);
extern bool mr_tokenizer_next(mr_tokenizer *t, mr_token *tok);
extern void mr_tokenizer_free(mr_tokenizer *t);

/* ----------------------------------------------------------------
 * Stemmer
 * ----------------------------------------------------------------
 */

/*
 * The tokenizer cuts a run of letters longer than MR_TOKEN_MAX normalized
 * code points into several tokens, so that memory per token is bounded.
 */
#define MR_TOKEN_MAX 255

/* Room the stemmer needs in its output (every token fits). */
#define MR_STEM_MAX 256

/*
 * Light stemmer.  w is a normalized token (code points, as produced by the
 * tokenizer) of the given kind.  Writes the stem into out (room for
 * MR_STEM_MAX code points) and returns its length.  Words longer than
 * MR_STEM_MAX are copied truncated to MR_STEM_MAX.
 */
extern size_t mr_stem(const uint32_t *w, size_t n, mr_token_kind kind,
					  uint32_t *out);

/*
 * Every reading of a word.  A word that starts with letters that may be
 * proclitics or an article is ambiguous: the و of ومكافحة is "and", the و of
 * وقاية belongs to the root; للجنة is لـ + اللجنة (the word لجنة), not
 * لـ + ال + جنة.  mr_stem() gives the primary reading; the matcher tries
 * them all, for text words and for lexicon terms alike.  st[0] is always
 * mr_stem()'s result; readings are distinct.
 */
#define MR_READINGS_MAX 3
typedef struct mr_readings
{
	int			n;
	uint16_t	len[MR_READINGS_MAX];
	uint32_t	st[MR_READINGS_MAX][MR_STEM_MAX];
} mr_readings;

extern int	mr_stem_readings(const uint32_t *w, size_t n, mr_token_kind kind,
							 mr_readings *r);

/* Kind of a normalized word (for callers that stem a single word). */
extern mr_token_kind mr_word_kind(const uint32_t *w, size_t n);

/*
 * Convenience: tokenize s and append the stems of its words, separated by
 * single spaces, to out (what meetreg.stem(text) returns).
 */
extern mr_status mr_stem_text(const char *s, size_t n, mr_buf *out);

/* Append n code points to a UTF-8 buffer. */
extern bool mr_buf_append_cps(mr_buf *b, const uint32_t *cp, size_t n);

#endif							/* MR_ENGINE_H */
