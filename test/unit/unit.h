/*-------------------------------------------------------------------------
 *
 * unit.h
 *	  A minimal unit-test harness for the meetreg engine.
 *
 * A test file defines TEST(name) functions and a main() that RUNs them and
 * returns UNIT_END().  The last line printed is
 *		<file>: <n> ok, <m> failed, <k> checks
 * which test/scripts/run-unit.sh reads.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_UNIT_H
#define MR_UNIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mr_engine.h"

static int	unit_checks;
static int	unit_ok;
static int	unit_failed;
static int	unit_case_failed;
static const char *unit_case = "";

#define TEST(name) static void name(void)

#define RUN(name) unit_run(#name, name)

static inline void
unit_run(const char *name, void (*fn) (void))
{
	unit_case = name;
	unit_case_failed = 0;
	fn();
	if (unit_case_failed)
		unit_failed++;
	else
		unit_ok++;
}

#define CHECK(cond) \
	do { \
		unit_checks++; \
		if (!(cond)) \
		{ \
			unit_case_failed = 1; \
			fprintf(stderr, "%s:%d: in %s: check failed: %s\n", \
					__FILE__, __LINE__, unit_case, #cond); \
		} \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got); \
		const char *w_ = (want); \
		unit_checks++; \
		if (g_ == NULL || strcmp(g_, w_) != 0) \
		{ \
			unit_case_failed = 1; \
			fprintf(stderr, "%s:%d: in %s: %s\n    got:  \"%s\"\n    want: \"%s\"\n", \
					__FILE__, __LINE__, unit_case, #got, g_ ? g_ : "(null)", w_); \
		} \
	} while (0)

#define UNIT_END(file) \
	(printf("%s: %d ok, %d failed, %d checks\n", (file), unit_ok, unit_failed, \
			unit_checks), unit_failed ? 1 : 0)

/* ---- helpers over the engine (malloc'd results, static ring) ---- */

#define UNIT_RING 64
static char *unit_ring[UNIT_RING];
static int	unit_ring_pos;

static inline char *
unit_keep(char *s)
{
	free(unit_ring[unit_ring_pos]);
	unit_ring[unit_ring_pos] = s;
	unit_ring_pos = (unit_ring_pos + 1) % UNIT_RING;
	return s;
}

/* normalize(s) */
static inline const char *
U_norm(const char *s)
{
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, 16);
	if (mr_normalize(s, strlen(s), &b) != MR_OK)
		return NULL;
	return unit_keep(b.data);
}

/* stem(s): the stems of the words of s, space-separated */
static inline const char *
U_stem(const char *s)
{
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, 16);
	if (mr_stem_text(s, strlen(s), &b) != MR_OK)
		return NULL;
	return unit_keep(b.data);
}

/* the other readings of the single word s, "|"-separated ("" if none) */
static inline const char *
U_stem_alt(const char *s)
{
	mr_tokenizer t;
	mr_token	tok;
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, 16);
	mr_tokenizer_init(&t, s, strlen(s), &mr_default_allocator);
	if (mr_tokenizer_next(&t, &tok))
	{
		mr_readings r;
		int			k;

		mr_stem_readings(tok.norm, tok.norm_len, tok.kind, &r);
		for (k = 1; k < r.n; k++)
		{
			if (k > 1)
				mr_buf_append(&b, "|", 1);
			mr_buf_append_cps(&b, r.st[k], r.len[k]);
		}
	}
	mr_tokenizer_free(&t);
	return unit_keep(b.data);
}

/*
 * tokens(s) rendered as "norm@start+len|norm@start+len|..." with 0-based
 * character offsets.
 */
static inline const char *
U_tokens(const char *s)
{
	mr_tokenizer t;
	mr_token	tok;
	mr_buf		b;
	int			first = 1;

	mr_buf_init(&b, &mr_default_allocator, 16);
	mr_tokenizer_init(&t, s, strlen(s), &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok))
	{
		char		num[64];

		if (!first)
			mr_buf_append(&b, "|", 1);
		first = 0;
		mr_buf_append_cps(&b, tok.norm, tok.norm_len);
		snprintf(num, sizeof(num), "@%zu+%zu", tok.char_start,
				 tok.char_end - tok.char_start);
		mr_buf_append(&b, num, strlen(num));
	}
	mr_tokenizer_free(&t);
	return unit_keep(b.data);
}

#endif							/* MR_UNIT_H */
