/*-------------------------------------------------------------------------
 *
 * fuzz_extract.c
 *	  libFuzzer harness for the date parser and the fact extractor.
 *
 * On any input bytes (the first line is used as the title): nothing
 * crashes (ASan/UBSan), and
 *	 - date matches come in order, do not overlap, lie inside the text and
 *	   carry valid dates;
 *	 - every span of the facts lies inside the text and starts and ends on
 *	   character boundaries; the held_on date is valid; counts are >= 0;
 *	   place indexes are -1 or valid.
 * The gazetteer is data/places.tsv (the harness runs from the repository).
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mr_engine.h"
#include "mr_dates.h"
#include "mr_extract.h"

#define REQUIRE(cond) \
	do { if (!(cond)) { fprintf(stderr, "invariant failed: %s\n", #cond); abort(); } } while (0)

static mr_gazetteer *gz;
static mr_extractor *ex;

static void
setup(void)
{
	FILE	   *f = fopen("data/places.tsv", "rb");
	char	   *text;
	long		n;
	size_t		bad_line = 0;
	const char *detail = NULL;

	if (!f)
	{
		fprintf(stderr, "fuzz_extract: run from the repository (data/places.tsv)\n");
		abort();
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	text = malloc(n + 1);
	if (fread(text, 1, n, f) != (size_t) n)
		abort();
	fclose(f);
	gz = mr_gazetteer_from_tsv(text, n, &mr_default_allocator, &bad_line, &detail);
	REQUIRE(gz != NULL);
	ex = mr_extractor_create(gz, &mr_default_allocator);
	free(text);
}

typedef struct dstate
{
	size_t		n;
	size_t		last_end;
} dstate;

static bool
check_date(const mr_date_match *m, void *arg)
{
	dstate	   *st = (dstate *) arg;

	REQUIRE(m->byte_start < m->byte_end && m->byte_end <= st->n);
	REQUIRE(m->char_start < m->char_end);
	REQUIRE(m->byte_start >= st->last_end);
	REQUIRE(!m->has_value || mr_date_valid(m->value.year, m->value.month, m->value.day));
	st->last_end = m->byte_end;
	return true;
}

/*
 * A position the engine could report: the end, or a byte that starts a
 * character.  Invalid bytes read as one U+FFFD each, so a stray
 * continuation byte can start a character too: only a continuation byte
 * that follows a valid lead byte of a longer sequence cannot.
 */
static bool
boundary(const uint8_t *s, size_t n, size_t at)
{
	size_t		i = 0;

	while (i < at)
	{
		uint32_t	cp;

		i += mr_utf8_decode(s + i, n - i, &cp);
	}
	return i == at;
}

static const uint8_t *cur_body,
		   *cur_title;
static size_t cur_n,
			cur_tn;

static void
check_span(const mr_span *sp)
{
	const uint8_t *base = sp->in_title ? cur_title : cur_body;
	size_t		limit = sp->in_title ? cur_tn : cur_n;

	if (mr_span_empty(sp))
		return;
	REQUIRE(base != NULL);
	REQUIRE(sp->byte_end <= limit);
	REQUIRE(sp->char_start <= sp->char_end);
	REQUIRE(boundary(base, limit, sp->byte_start));
	REQUIRE(boundary(base, limit, sp->byte_end));
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	const char *title = NULL;
	size_t		tn = 0;
	const char *body = (const char *) data;
	size_t		n = size;
	mr_date		pub = {2020, 2, 29};
	mr_facts	f;
	dstate		st = {0, 0};
	int			i;

	if (!gz)
		setup();
	if (nl && (size_t) (nl - data) < 200)
	{
		title = (const char *) data;
		tn = nl - data;
		body = (const char *) nl + 1;
		n = size - tn - 1;
	}

	/* dates, with and without a reference */
	st.n = n;
	REQUIRE(mr_find_dates(body, n, NULL, check_date, &st, &mr_default_allocator) == MR_OK);
	st.last_end = 0;
	REQUIRE(mr_find_dates(body, n, &pub, check_date, &st, &mr_default_allocator) == MR_OK);

	/* facts */
	REQUIRE(mr_extractor_run(ex, body, n, title, tn, (size & 1) ? &pub : NULL,
							 &mr_default_allocator, &f) == MR_OK);
	REQUIRE(!f.has_held_on || mr_date_valid(f.held_on.year, f.held_on.month, f.held_on.day));
	REQUIRE(!f.has_association_count || f.association_count >= 0);
	REQUIRE(f.city >= -1 && f.city < (int32_t) gz->nplaces);
	REQUIRE(f.district >= -1 && f.district < (int32_t) gz->nplaces);
	REQUIRE(f.region >= -1 && f.region < (int32_t) gz->nplaces);
	cur_body = (const uint8_t *) body;
	cur_n = n;
	cur_title = (const uint8_t *) title;
	cur_tn = tn;
	check_span(&f.venue);
	check_span(&f.host);
	for (i = 0; i < f.nassociations; i++)
		check_span(&f.associations[i]);
	for (i = 0; i < f.nofficials; i++)
	{
		check_span(&f.officials[i].role);
		check_span(&f.officials[i].name);
	}
	for (i = 0; i < f.ndemands; i++)
		check_span(&f.demands[i]);
	for (i = 0; i < f.ncommitments; i++)
		check_span(&f.commitments[i]);
	mr_facts_free(&f, &mr_default_allocator);
	return 0;
}
