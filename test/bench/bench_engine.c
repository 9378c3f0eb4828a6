/*-------------------------------------------------------------------------
 *
 * bench_engine.c
 *	  Single-core throughput of the text engine (not a test: prints numbers).
 *
 * Usage: bench_engine MB FILE...
 * Concatenates the FILEs (Arabic reports) and repeats them up to MB
 * megabytes, then times, on one core:
 *	 normalize			mr_normalize() over the whole text
 *	 tokenize			the tokenizer (tokens with normalized forms)
 *	 tokenize+stem		the tokenizer and the stemmer on every token (every
 *						reading of ambiguous words), the tagger's work per report
 *	 stem_text			meetreg.stem(): tokenize, stem and build the output
 * Each is run 3 times; the best run is reported in MB/s of input.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mr_engine.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static volatile size_t sink;

static void
run_normalize(const char *s, size_t n)
{
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, n + 1);
	mr_normalize(s, n, &b);
	sink += b.len;
	mr_buf_free(&b);
}

static void
run_tokenize(const char *s, size_t n)
{
	mr_tokenizer t;
	mr_token	tok;
	size_t		c = 0;

	mr_tokenizer_init(&t, s, n, &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok))
		c += tok.norm_len;
	mr_tokenizer_free(&t);
	sink += c;
}

static void
run_tokenize_stem(const char *s, size_t n)
{
	mr_tokenizer t;
	mr_token	tok;
	uint32_t	st[MR_STEM_MAX];
	static mr_readings rd;
	size_t		c = 0;

	mr_tokenizer_init(&t, s, n, &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok))
	{
		/* what the tagger does: every reading of words with a prefix */
		if (tok.kind == MR_TOK_ARABIC &&
			(tok.norm[0] == 0x0648 || tok.norm[0] == 0x0641 ||
			 tok.norm[0] == 0x0628 || tok.norm[0] == 0x0643 ||
			 tok.norm[0] == 0x0644))
			c += mr_stem_readings(tok.norm, tok.norm_len, tok.kind, &rd);
		else
			c += mr_stem(tok.norm, tok.norm_len, tok.kind, st);
	}
	mr_tokenizer_free(&t);
	sink += c;
}

static void
run_stem_text(const char *s, size_t n)
{
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, n + 1);
	mr_stem_text(s, n, &b);
	sink += b.len;
	mr_buf_free(&b);
}

static void
bench(const char *name, void (*fn) (const char *, size_t), const char *s, size_t n)
{
	double		best = 1e30;
	int			i;

	for (i = 0; i < 3; i++)
	{
		double		t0 = now();

		fn(s, n);
		t0 = now() - t0;
		if (t0 < best)
			best = t0;
	}
	printf("  %-16s %8.1f MB/s   (%.3f s for %.1f MB)\n", name,
		   n / best / 1e6, best, n / 1e6);
}

int
main(int argc, char **argv)
{
	size_t		target;
	char	   *corpus = NULL;
	size_t		clen = 0;
	char	   *text;
	size_t		n = 0;
	int			i;

	if (argc < 3)
	{
		fprintf(stderr, "usage: bench_engine MB FILE...\n");
		return 2;
	}
	target = (size_t) atol(argv[1]) * 1000 * 1000;
	for (i = 2; i < argc; i++)
	{
		FILE	   *f = fopen(argv[i], "rb");
		long		len;

		if (!f)
		{
			perror(argv[i]);
			return 1;
		}
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		fseek(f, 0, SEEK_SET);
		corpus = realloc(corpus, clen + len + 1);
		if (fread(corpus + clen, 1, len, f) != (size_t) len)
			return 1;
		clen += len;
		corpus[clen++] = '\n';
		fclose(f);
	}
	text = malloc(target + clen);
	while (n < target)
	{
		memcpy(text + n, corpus, clen);
		n += clen;
	}
	printf("engine, one core, %.1f MB of Arabic report text (%d files repeated)\n",
		   n / 1e6, argc - 2);
	bench("normalize", run_normalize, text, n);
	bench("tokenize", run_tokenize, text, n);
	bench("tokenize+stem", run_tokenize_stem, text, n);
	bench("stem_text", run_stem_text, text, n);
	free(text);
	free(corpus);
	return (int) (sink & 0);
}
