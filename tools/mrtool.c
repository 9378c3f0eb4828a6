/*-------------------------------------------------------------------------
 *
 * mrtool.c
 *	  Command-line access to the meetreg engine, for developers and
 *	  benchmarks.
 *
 * Usage: mrtool normalize|stem|tokens [FILE]
 *		  mrtool tag LEXICON.tsv [-v] FILE...
 *	 normalize	each input line, normalized
 *	 stem		each input line, as the stems of its words
 *	 tokens		one line per token: line, ordinal, token, normalized,
 *				stem, other readings (|-separated), start, len (1-based)
 *	 tag		compile a lexicon in the format of data/concern_terms.tsv
 *				and print, for each FILE, "FILE<TAB>code,code,..." (the
 *				concerns it raises, sorted); with -v also every match as
 *				"  code<TAB>term<TAB>matched text" (suppressed ones marked)
 *	 extract	mrtool extract PLACES.tsv [-p YYYY-MM-DD] FILE...: the
 *				meeting facts of each FILE in the key<TAB>value format of
 *				the fixtures' .facts files (places by name_fr); the
 *				publication date is -p, else the "published" line of
 *				FILE's .facts sibling when there is one
 * Reads FILE or standard input.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mr_engine.h"
#include "mr_match.h"
#include "mr_extract.h"

static void
put_cps(const uint32_t *cp, size_t n)
{
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, n * 4 + 1);
	mr_buf_append_cps(&b, cp, n);
	fwrite(b.data, 1, b.len, stdout);
	mr_buf_free(&b);
}

/* Read a whole file (NUL-terminated); *len gets its size. */
static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (fread(buf, 1, n, f) != (size_t) n)
	{
		perror(path);
		exit(1);
	}
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

#define MAX_CODES 256

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* mrtool tag LEXICON.tsv [-v] FILE... */
static int
cmd_tag(int argc, char **argv)
{
	size_t		len;
	char	   *lexsrc;
	char	   *codes[MAX_CODES];
	int			ncodes = 0;
	char	  **terms = NULL;
	int		   *term_concern = NULL;
	int			nterms = 0;
	mr_lexicon *lx = mr_lexicon_create(&mr_default_allocator);
	char	   *line;
	char	   *save = NULL;
	int			verbose = 0;
	int			i;
	int			first_file = 3;

	if (argc < 4)
	{
		fprintf(stderr, "usage: mrtool tag LEXICON.tsv [-v] FILE...\n");
		return 2;
	}
	if (strcmp(argv[3], "-v") == 0)
	{
		verbose = 1;
		first_file = 4;
	}
	lexsrc = slurp(argv[2], &len);
	for (line = strtok_r(lexsrc, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		char	   *f[5] = {0};
		int			nf = 0;
		char	   *p = line;
		int			concern = MR_ALL_CONCERNS;
		mr_lex_status st;

		while (nf < 5)
		{
			f[nf++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		if (nf < 4 || strcmp(f[0], "code") == 0)
			continue;
		if (strcmp(f[0], "*") != 0)
		{
			for (i = 0; i < ncodes && strcmp(codes[i], f[0]) != 0; i++)
				;
			if (i == ncodes)
			{
				if (ncodes == MAX_CODES)
					return 1;
				codes[ncodes++] = f[0];
			}
			concern = i;
		}
		terms = realloc(terms, sizeof(char *) * (nterms + 1));
		term_concern = realloc(term_concern, sizeof(int) * (nterms + 1));
		terms[nterms] = f[3];
		term_concern[nterms] = concern;
		st = mr_lexicon_add(lx, nterms, concern,
							strcmp(f[2], "exclude") == 0 ? MR_KIND_EXCLUDE : MR_KIND_TERM,
							f[3], strlen(f[3]));
		if (st != MR_LEX_OK)
			fprintf(stderr, "mrtool: term \"%s\": %s\n", f[3], mr_lex_status_message(st));
		nterms++;
	}
	for (i = first_file; i < argc; i++)
	{
		char	   *text = slurp(argv[i], &len);
		mr_matches	ms;
		const char *found[MAX_CODES];
		int			nfound = 0;
		size_t		k;
		int			j;

		mr_matches_init(&ms, &mr_default_allocator);
		mr_lexicon_match(lx, text, len, &ms);
		for (k = 0; k < ms.n; k++)
		{
			const mr_match *m = &ms.m[k];

			if (m->kind != MR_KIND_TERM || m->suppressed)
				continue;
			for (j = 0; j < nfound && found[j] != codes[m->concern]; j++)
				;
			if (j == nfound)
				found[nfound++] = codes[m->concern];
		}
		qsort(found, nfound, sizeof(char *), cmp_str);
		printf("%s\t", argv[i]);
		for (j = 0; j < nfound; j++)
			printf("%s%s", j ? "," : "", found[j]);
		putchar('\n');
		if (verbose)
			for (k = 0; k < ms.n; k++)
			{
				const mr_match *m = &ms.m[k];

				printf("  %s%s\t%s\t%.*s\n",
					   m->kind == MR_KIND_EXCLUDE ? "exclude:" : (m->suppressed ? "suppressed:" : ""),
					   m->concern >= 0 ? codes[m->concern] : "*", terms[m->term_id],
					   (int) (m->byte_end - m->byte_start), text + m->byte_start);
			}
		mr_matches_free(&ms);
		free(text);
	}
	mr_lexicon_free(lx);
	free(terms);
	free(term_concern);
	free(lexsrc);
	return 0;
}

/* the name_fr column of places.tsv, by row (rows in file order) */
static char **
place_names(char *tsv, size_t *n)
{
	char	  **v = NULL;
	size_t		cnt = 0;
	char	   *line;
	char	   *save = NULL;
	int			first = 1;

	for (line = strtok_r(tsv, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
	{
		char	   *p = line;
		int			k;

		if (first)
		{
			first = 0;
			continue;
		}
		for (k = 0; k < 4 && p; k++)
		{
			p = strchr(p, '\t');
			if (p)
				p++;
		}
		v = realloc(v, sizeof(char *) * (cnt + 1));
		v[cnt] = p ? strndup(p, strcspn(p, "\t")) : strdup("?");
		cnt++;
	}
	*n = cnt;
	return v;
}

static void
put_span(const char *key, const mr_span *sp, const char *body, const char *title)
{
	const char *s = sp->in_title ? title : body;

	if (mr_span_empty(sp))
		return;
	printf("%s\t%.*s\n", key, (int) (sp->byte_end - sp->byte_start), s + sp->byte_start);
}

/* mrtool extract PLACES.tsv [-p YYYY-MM-DD] FILE... */
static int
cmd_extract(int argc, char **argv)
{
	size_t		len;
	char	   *tsv;
	char	   *tsv2;
	size_t		bad = 0;
	const char *detail = NULL;
	mr_gazetteer *gz;
	mr_extractor *ex;
	char	  **names;
	size_t		nnames;
	mr_date		pub;
	bool		have_pub = false;
	int			i = 3;

	if (argc < 4)
	{
		fprintf(stderr, "usage: mrtool extract PLACES.tsv [-p YYYY-MM-DD] FILE...\n");
		return 2;
	}
	tsv = slurp(argv[2], &len);
	tsv2 = strdup(tsv);
	gz = mr_gazetteer_from_tsv(tsv, len, &mr_default_allocator, &bad, &detail);
	if (!gz)
	{
		fprintf(stderr, "mrtool: %s line %zu: %s\n", argv[2], bad, detail ? detail : "?");
		return 1;
	}
	names = place_names(tsv2, &nnames);
	ex = mr_extractor_create(gz, &mr_default_allocator);
	if (i + 1 < argc && strcmp(argv[i], "-p") == 0)
	{
		have_pub = sscanf(argv[i + 1], "%d-%d-%d", &pub.year, &pub.month, &pub.day) == 3;
		i += 2;
	}
	for (; i < argc; i++)
	{
		char	   *text = slurp(argv[i], &len);
		mr_facts	f;
		mr_date		p = pub;
		bool		hp = have_pub;
		int			k;

		if (!hp)
		{
			/* the published line of FILE.facts (FILE ending in .txt) */
			size_t		l = strlen(argv[i]);
			char	   *fn = malloc(l + 8);
			FILE	   *ff;

			strcpy(fn, argv[i]);
			if (l > 4 && strcmp(fn + l - 4, ".txt") == 0)
				strcpy(fn + l - 4, ".facts");
			ff = fopen(fn, "r");
			if (ff)
			{
				char		buf[4096];

				while (fgets(buf, sizeof(buf), ff))
					if (sscanf(buf, "published\t%d-%d-%d", &p.year, &p.month, &p.day) == 3)
						hp = true;
				fclose(ff);
			}
			free(fn);
		}
		mr_extractor_run(ex, text, len, NULL, 0, hp ? &p : NULL, &mr_default_allocator, &f);
		printf("== %s\n", argv[i]);
		if (hp)
			printf("published\t%04d-%02d-%02d\n", p.year, p.month, p.day);
		if (f.has_held_on)
			printf("held_on\t%04d-%02d-%02d\nheld_on_precision\t%s\n",
				   f.held_on.year, f.held_on.month, f.held_on.day,
				   f.held_on_precision == MR_DATE_DAY ? "day" :
				   f.held_on_precision == MR_DATE_MONTH ? "month" : "year");
		if (f.city >= 0 && (size_t) f.city < nnames)
			printf("city\t%s\n", names[f.city]);
		if (f.district >= 0 && (size_t) f.district < nnames)
			printf("district\t%s\n", names[f.district]);
		if (f.region >= 0 && (size_t) f.region < nnames)
			printf("region\t%s\n", names[f.region]);
		if (mr_place_precision_name(f.place_precision))
			printf("place_precision\t%s\n", mr_place_precision_name(f.place_precision));
		put_span("venue", &f.venue, text, "");
		put_span("host", &f.host, text, "");
		printf("format\t%s\n", mr_format_name(f.format));
		if (f.has_association_count)
			printf("association_count\t%d\n", f.association_count);
		for (k = 0; k < f.nassociations; k++)
			put_span("association", &f.associations[k], text, "");
		for (k = 0; k < f.nofficials; k++)
		{
			const mr_official *o = &f.officials[k];

			printf("official\t%.*s%s%.*s\n",
				   (int) (o->role.byte_end - o->role.byte_start), text + o->role.byte_start,
				   mr_span_empty(&o->name) ? "" : " ",
				   (int) (o->name.byte_end - o->name.byte_start), text + o->name.byte_start);
		}
		for (k = 0; k < f.ndemands; k++)
			put_span("demand", &f.demands[k], text, "");
		for (k = 0; k < f.ncommitments; k++)
			put_span("commitment", &f.commitments[k], text, "");
		mr_facts_free(&f, &mr_default_allocator);
		free(text);
	}
	mr_extractor_free(ex);
	mr_gazetteer_free(gz);
	for (i = 0; (size_t) i < nnames; i++)
		free(names[i]);
	free(names);
	free(tsv);
	free(tsv2);
	return 0;
}

int
main(int argc, char **argv)
{
	FILE	   *in = stdin;
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		len;
	long		lineno = 0;
	const char *cmd;

	if (argc >= 2 && strcmp(argv[1], "tag") == 0)
		return cmd_tag(argc, argv);
	if (argc >= 2 && strcmp(argv[1], "extract") == 0)
		return cmd_extract(argc, argv);
	if (argc < 2 || argc > 3)
	{
		fprintf(stderr, "usage: mrtool normalize|stem|tokens [FILE]\n"
				"       mrtool tag LEXICON.tsv [-v] FILE...\n"
				"       mrtool extract PLACES.tsv [-p YYYY-MM-DD] FILE...\n");
		return 2;
	}
	cmd = argv[1];
	if (argc == 3 && (in = fopen(argv[2], "r")) == NULL)
	{
		perror(argv[2]);
		return 1;
	}
	while ((len = getline(&line, &cap, in)) >= 0)
	{
		mr_buf		out;

		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (strcmp(cmd, "normalize") == 0 || strcmp(cmd, "stem") == 0)
		{
			mr_buf_init(&out, &mr_default_allocator, len + 1);
			if (cmd[0] == 'n')
				mr_normalize(line, len, &out);
			else
				mr_stem_text(line, len, &out);
			puts(out.data);
			mr_buf_free(&out);
		}
		else if (strcmp(cmd, "tokens") == 0)
		{
			mr_tokenizer t;
			mr_token	tok;
			long		ord = 0;

			mr_tokenizer_init(&t, line, len, &mr_default_allocator);
			while (mr_tokenizer_next(&t, &tok))
			{
				uint32_t	st[MR_STEM_MAX];
				size_t		sl;

				printf("%ld\t%ld\t%.*s\t", lineno, ++ord,
					   (int) (tok.byte_end - tok.byte_start), line + tok.byte_start);
				put_cps(tok.norm, tok.norm_len);
				putchar('\t');
				sl = mr_stem(tok.norm, tok.norm_len, tok.kind, st);
				put_cps(st, sl);
				putchar('\t');
				{
					mr_readings rd;
					int			k;

					mr_stem_readings(tok.norm, tok.norm_len, tok.kind, &rd);
					for (k = 1; k < rd.n; k++)
					{
						if (k > 1)
							putchar('|');
						put_cps(rd.st[k], rd.len[k]);
					}
				}
				printf("\t%zu\t%zu\n", tok.char_start + 1, tok.char_end - tok.char_start);
			}
			mr_tokenizer_free(&t);
		}
		else
		{
			fprintf(stderr, "mrtool: unknown command \"%s\"\n", cmd);
			return 2;
		}
	}
	free(line);
	return 0;
}
