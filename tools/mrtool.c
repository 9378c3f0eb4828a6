/*-------------------------------------------------------------------------
 *
 * mrtool.c
 *	  Command-line access to the meetreg engine, for developers and
 *	  benchmarks.
 *
 * Usage: mrtool normalize|stem|tokens [FILE]
 *	 normalize	each input line, normalized
 *	 stem		each input line, as the stems of its words
 *	 tokens		one line per token: line, ordinal, token, normalized,
 *				stem, other readings (|-separated), start, len (1-based)
 * Reads FILE or standard input.
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mr_engine.h"

static void
put_cps(const uint32_t *cp, size_t n)
{
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, n * 4 + 1);
	mr_buf_append_cps(&b, cp, n);
	fwrite(b.data, 1, b.len, stdout);
	mr_buf_free(&b);
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

	if (argc < 2 || argc > 3)
	{
		fprintf(stderr, "usage: mrtool normalize|stem|tokens [FILE]\n");
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
