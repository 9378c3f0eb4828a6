/*-------------------------------------------------------------------------
 *
 * mr_match.c
 *	  Compile a lexicon of terms and match it against texts.
 *
 * Compilation maps every distinct stem of the lexicon to a small integer
 * (the stem dictionary, an open-addressing hash table) and indexes terms by
 * the stems of their first word.  Matching walks the text's tokens once: each
 * token is stemmed (both readings when it has a bare proclitic), its stems
 * are looked up in the dictionary (most words of a text miss and cost one
 * probe), and at each token that can start a term the candidate terms are
 * verified against the following tokens, kept in a ring buffer.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_match.h"

#include <string.h>

/* Tokens kept for look-ahead: longer than any term can span. */
#define WINDOW 128
#define WAW 0x0648

typedef struct lex_word
{
	uint32_t	v[MR_READINGS_MAX]; /* stem ids of the word's readings */
	uint8_t		nv;
	uint8_t		gap;			/* a "*" */
} lex_word;

typedef struct lex_term
{
	int32_t		term_id;
	int32_t		concern;
	uint8_t		kind;
	uint8_t		nwords;
	uint32_t	first_word;		/* index into words[] */
} lex_term;

typedef struct dict_entry
{
	uint64_t	hash;			/* 0 = empty */
	uint32_t	off;			/* into stem_pool */
	uint32_t	len;
	uint32_t	id;
} dict_entry;

/*
 * Cache of the readings of text words: the stem ids of a normalized word,
 * so that frequent words (في، من، الأمن، ...) are stemmed and looked up
 * once per lexicon rather than once per occurrence.  It lives with the
 * lexicon (a new lexicon starts empty), and is only ever written by
 * mr_lexicon_match(): the engine is single-threaded.
 */
#define TCACHE_SIZE 4096		/* power of two */
#define TCACHE_MAXLEN 15
typedef struct tcache_entry
{
	uint32_t	hash;
	uint8_t		len;			/* 0 = empty */
	uint8_t		kind;
	uint32_t	cps[TCACHE_MAXLEN];
	uint32_t	v[MR_READINGS_MAX];
} tcache_entry;

struct mr_lexicon
{
	const mr_allocator *mem;
	tcache_entry *tcache;		/* TCACHE_SIZE entries, or NULL */
	/* stem dictionary */
	dict_entry *dict;
	size_t		dict_cap;		/* power of two */
	size_t		nstems;
	uint32_t   *stem_pool;
	size_t		pool_len;
	size_t		pool_cap;
	/* terms */
	lex_term   *terms;
	size_t		nterms;
	size_t		terms_cap;
	lex_word   *words;
	size_t		nwords;
	size_t		words_cap;
	/* one bit per (length, first, last code point) of the stems */
	uint64_t	filter[1024];
	/* terms by stem of their first word: CSR over stem ids */
	uint32_t   *first_off;		/* nstems + 2 entries, or NULL if stale */
	uint32_t   *first_list;
};

/* ----------------------------------------------------------------
 * Growable arrays
 * ----------------------------------------------------------------
 */

static void *
grow(const mr_allocator *mem, void *p, size_t *cap, size_t need, size_t elem)
{
	return mr_grow(mem, p, cap, need, elem, 16);
}

/* ----------------------------------------------------------------
 * Stem dictionary
 * ----------------------------------------------------------------
 */

static inline uint32_t
stem_filter_bit(const uint32_t *w, size_t n)
{
	return (uint32_t) (((n * 31 + w[0]) * 131 + w[n - 1]) & (1024 * 64 - 1));
}

static uint32_t
dict_find(const mr_lexicon *lx, const uint32_t *w, size_t n)
{
	uint64_t	h;
	size_t		i;
	uint32_t	b;

	if (lx->nstems == 0 || n == 0)
		return 0;
	/* most words of a text are not in the lexicon: one access says so */
	b = stem_filter_bit(w, n);
	if (!((lx->filter[b / 64] >> (b % 64)) & 1))
		return 0;
	h = mr_hash_cps(w, n);
	i = h & (lx->dict_cap - 1);
	while (lx->dict[i].hash != 0)
	{
		const dict_entry *e = &lx->dict[i];

		if (e->hash == h && e->len == n &&
			memcmp(lx->stem_pool + e->off, w, n * sizeof(uint32_t)) == 0)
			return e->id;
		i = (i + 1) & (lx->dict_cap - 1);
	}
	return 0;
}

static void
dict_insert_entry(dict_entry *dict, size_t cap, const dict_entry *e)
{
	size_t		i = e->hash & (cap - 1);

	while (dict[i].hash != 0)
		i = (i + 1) & (cap - 1);
	dict[i] = *e;
}

/* The id of a stem, adding it if it is new (ids start at 1). */
static uint32_t
dict_add(mr_lexicon *lx, const uint32_t *w, size_t n)
{
	uint32_t	id = dict_find(lx, w, n);
	dict_entry	e;

	if (id != 0)
		return id;
	if ((lx->nstems + 1) * 2 > lx->dict_cap)
	{
		size_t		ncap = lx->dict_cap ? lx->dict_cap * 2 : 256;
		dict_entry *nd = lx->mem->alloc(ncap * sizeof(dict_entry), lx->mem->arg);
		size_t		i;

		memset(nd, 0, ncap * sizeof(dict_entry));
		for (i = 0; i < lx->dict_cap; i++)
			if (lx->dict[i].hash != 0)
				dict_insert_entry(nd, ncap, &lx->dict[i]);
		if (lx->dict)
			lx->mem->free(lx->dict, lx->mem->arg);
		lx->dict = nd;
		lx->dict_cap = ncap;
	}
	lx->stem_pool = grow(lx->mem, lx->stem_pool, &lx->pool_cap,
						 lx->pool_len + n, sizeof(uint32_t));
	memcpy(lx->stem_pool + lx->pool_len, w, n * sizeof(uint32_t));
	{
		uint32_t	b = stem_filter_bit(w, n);

		lx->filter[b / 64] |= UINT64_C(1) << (b % 64);
	}
	e.hash = mr_hash_cps(w, n);
	e.off = (uint32_t) lx->pool_len;
	e.len = (uint32_t) n;
	e.id = (uint32_t) ++lx->nstems;
	lx->pool_len += n;
	dict_insert_entry(lx->dict, lx->dict_cap, &e);
	return e.id;
}

/* ----------------------------------------------------------------
 * Compilation
 * ----------------------------------------------------------------
 */

mr_lexicon *
mr_lexicon_create(const mr_allocator *mem)
{
	mr_lexicon *lx = mem->alloc(sizeof(mr_lexicon), mem->arg);

	memset(lx, 0, sizeof(*lx));
	lx->mem = mem;
	return lx;
}

void
mr_lexicon_free(mr_lexicon *lx)
{
	const mr_allocator *mem = lx->mem;
	void	   *ptrs[] = {lx->dict, lx->stem_pool, lx->terms, lx->words,
	lx->first_off, lx->first_list, lx->tcache};
	size_t		i;

	for (i = 0; i < sizeof(ptrs) / sizeof(ptrs[0]); i++)
		if (ptrs[i])
			mem->free(ptrs[i], mem->arg);
	mem->free(lx, mem->arg);
}

size_t
mr_lexicon_size(const mr_lexicon *lx)
{
	return lx->nterms;
}

const char *
mr_lex_status_message(mr_lex_status st)
{
	switch (st)
	{
		case MR_LEX_OK:
			return "ok";
		case MR_LEX_EMPTY:
			return "the term has no word once normalized";
		case MR_LEX_TOO_LONG:
			return "the term has more than 12 words";
		case MR_LEX_BAD_GAP:
			return "a \"*\" gap must stand between two words";
	}
	return "unknown status";
}

static bool
is_standalone_waw(const mr_token *tok)
{
	return tok->kind == MR_TOK_ARABIC && tok->norm_len == 1 &&
		tok->norm[0] == WAW;
}

/* Is the piece s[0..n) (no white space inside) exactly "*"? */
static bool
is_gap(const char *s, size_t n)
{
	return n == 1 && s[0] == '*';
}

/*
 * Compile the words of a term into out (room for MR_TERM_WORDS_MAX), with
 * dict_add when lx is not NULL (else readings are left empty).
 */
static mr_lex_status
compile_term(mr_lexicon *lx, const mr_allocator *mem, const char *term,
			 size_t len, lex_word *out, int *nout)
{
	size_t		i = 0;
	int			n = 0;
	int			real = 0;

	while (i < len)
	{
		size_t		j;

		/* split on ASCII white space to find "*" pieces */
		while (i < len && (term[i] == ' ' || term[i] == '\t' ||
						   term[i] == '\n' || term[i] == '\r'))
			i++;
		j = i;
		while (j < len && !(term[j] == ' ' || term[j] == '\t' ||
							term[j] == '\n' || term[j] == '\r'))
			j++;
		if (j == i)
			break;
		if (is_gap(term + i, j - i))
		{
			if (n == 0 || out[n - 1].gap)
				return MR_LEX_BAD_GAP;
			if (n >= MR_TERM_WORDS_MAX)
				return MR_LEX_TOO_LONG;
			memset(&out[n], 0, sizeof(lex_word));
			out[n++].gap = 1;
		}
		else
		{
			mr_tokenizer t;
			mr_token	tok;

			mr_tokenizer_init(&t, term + i, j - i, mem);
			while (mr_tokenizer_next(&t, &tok))
			{
				lex_word   *w;

				if (is_standalone_waw(&tok))
					continue;
				if (n >= MR_TERM_WORDS_MAX)
				{
					mr_tokenizer_free(&t);
					return MR_LEX_TOO_LONG;
				}
				w = &out[n++];
				memset(w, 0, sizeof(*w));
				real++;
				if (lx)
				{
					mr_readings rd;
					int			k;

					mr_stem_readings(tok.norm, tok.norm_len, tok.kind, &rd);
					for (k = 0; k < rd.n; k++)
					{
						uint32_t	id = dict_add(lx, rd.st[k], rd.len[k]);
						int			m;
						bool		seen = false;

						for (m = 0; m < w->nv; m++)
							seen |= (w->v[m] == id);
						if (!seen)
							w->v[w->nv++] = id;
					}
				}
			}
			mr_tokenizer_free(&t);
		}
		i = j;
	}
	if (real == 0)
		return MR_LEX_EMPTY;
	if (out[n - 1].gap)
		return MR_LEX_BAD_GAP;
	*nout = n;
	return MR_LEX_OK;
}

mr_lex_status
mr_term_check(const char *term, size_t len, const mr_allocator *mem,
			  int *nwords)
{
	lex_word	w[MR_TERM_WORDS_MAX];
	int			n = 0;
	mr_lex_status st = compile_term(NULL, mem, term, len, w, &n);
	int			i;

	*nwords = 0;
	if (st == MR_LEX_OK)
		for (i = 0; i < n; i++)
			*nwords += !w[i].gap;
	return st;
}

mr_lex_status
mr_lexicon_add(mr_lexicon *lx, int32_t term_id, int32_t concern,
			   mr_term_kind kind, const char *term, size_t len)
{
	lex_word	w[MR_TERM_WORDS_MAX];
	int			n = 0;
	mr_lex_status st = compile_term(lx, lx->mem, term, len, w, &n);
	lex_term   *t;

	if (st != MR_LEX_OK)
		return st;
	lx->words = grow(lx->mem, lx->words, &lx->words_cap, lx->nwords + n,
					 sizeof(lex_word));
	memcpy(lx->words + lx->nwords, w, n * sizeof(lex_word));
	lx->terms = grow(lx->mem, lx->terms, &lx->terms_cap, lx->nterms + 1,
					 sizeof(lex_term));
	t = &lx->terms[lx->nterms++];
	t->term_id = term_id;
	t->concern = concern;
	t->kind = (uint8_t) kind;
	t->nwords = (uint8_t) n;
	t->first_word = (uint32_t) lx->nwords;
	lx->nwords += n;
	/* the first-word index is rebuilt on the next match */
	if (lx->tcache)
		memset(lx->tcache, 0, TCACHE_SIZE * sizeof(tcache_entry));
	if (lx->first_off)
	{
		lx->mem->free(lx->first_off, lx->mem->arg);
		lx->mem->free(lx->first_list, lx->mem->arg);
		lx->first_off = lx->first_list = NULL;
	}
	return MR_LEX_OK;
}

/* Build the index of terms by the stems of their first word. */
static void
build_first_index(mr_lexicon *lx)
{
	const mr_allocator *mem = lx->mem;
	size_t		nst = lx->nstems + 2;
	uint32_t   *off = mem->alloc(nst * sizeof(uint32_t), mem->arg);
	uint32_t   *fill;
	uint32_t   *list;
	size_t		total = 0;
	size_t		i;
	int			k;

	memset(off, 0, nst * sizeof(uint32_t));
	for (i = 0; i < lx->nterms; i++)
	{
		const lex_word *w = &lx->words[lx->terms[i].first_word];

		for (k = 0; k < w->nv; k++)
			off[w->v[k] + 1]++;
	}
	for (i = 1; i < nst; i++)
		off[i] += off[i - 1];
	total = off[nst - 1];
	list = mem->alloc((total ? total : 1) * sizeof(uint32_t), mem->arg);
	fill = mem->alloc(nst * sizeof(uint32_t), mem->arg);
	memcpy(fill, off, nst * sizeof(uint32_t));
	for (i = 0; i < lx->nterms; i++)
	{
		const lex_word *w = &lx->words[lx->terms[i].first_word];

		for (k = 0; k < w->nv; k++)
			list[fill[w->v[k]]++] = (uint32_t) i;
	}
	mem->free(fill, mem->arg);
	lx->first_off = off;
	lx->first_list = list;
}

/* ----------------------------------------------------------------
 * Matching
 * ----------------------------------------------------------------
 */

typedef struct win_tok
{
	uint32_t	v[MR_READINGS_MAX]; /* stem ids (0 = not in the lexicon) */
	uint8_t		waw;			/* a standalone و */
	uint8_t		brk;			/* a sentence break precedes it */
	size_t		char_start,
				char_end,
				byte_start,
				byte_end;
} win_tok;

typedef struct match_state
{
	const mr_lexicon *lx;
	win_tok		win[WINDOW];
	size_t		ntok;			/* tokens read so far */
	mr_matches *out;
} match_state;

#define TOK(ms, i) (&(ms)->win[(i) % WINDOW])

static bool
word_matches(const lex_word *w, const win_tok *t)
{
	int			k,
				j;

	for (k = 0; k < w->nv; k++)
		for (j = 0; j < MR_READINGS_MAX; j++)
			if (w->v[k] != 0 && w->v[k] == t->v[j])
				return true;
	return false;
}

/*
 * Match words [wi, nwords) of term t starting at token q; on success store
 * the last matched token in *last.  Tokens beyond those read are absent.
 */
static bool
match_rest(const match_state *ms, const lex_term *t, int wi, size_t q,
		   size_t *last)
{
	const lex_word *w;
	int			skipped = 0;

	if (wi == t->nwords)
		return true;
	w = &ms->lx->words[t->first_word + wi];
	if (w->gap)
	{
		int			g;

		/* skip 0..MR_GAP_MAX words, never across a sentence break */
		for (g = 0; g <= MR_GAP_MAX; g++)
		{
			size_t		save = *last;

			if (match_rest(ms, t, wi + 1, q, last))
				return true;
			*last = save;
			if (q >= ms->ntok || TOK(ms, q)->brk)
				return false;
			*last = q;
			q++;
		}
		return false;
	}
	/* skip standalone و (at most two) */
	while (q < ms->ntok && TOK(ms, q)->waw && skipped < 2 && !TOK(ms, q)->brk)
	{
		q++;
		skipped++;
	}
	if (q >= ms->ntok || TOK(ms, q)->brk || !word_matches(w, TOK(ms, q)))
		return false;
	*last = q;
	return match_rest(ms, t, wi + 1, q + 1, last);
}

static void
add_match(match_state *ms, const lex_term *t, size_t first, size_t last)
{
	mr_matches *out = ms->out;
	mr_match   *m;

	out->m = grow(out->mem, out->m, &out->cap, out->n + 1, sizeof(mr_match));
	m = &out->m[out->n++];
	m->term_id = t->term_id;
	m->concern = t->concern;
	m->kind = (mr_term_kind) t->kind;
	m->suppressed = false;
	m->tok_first = first;
	m->tok_last = last;
	m->char_start = TOK(ms, first)->char_start;
	m->byte_start = TOK(ms, first)->byte_start;
	m->char_end = TOK(ms, last)->char_end;
	m->byte_end = TOK(ms, last)->byte_end;
}

/* Try every term that can start at token p. */
static void
match_at(match_state *ms, size_t p)
{
	const mr_lexicon *lx = ms->lx;
	const win_tok *tp = TOK(ms, p);
	int			k;

	if (tp->waw || (tp->v[0] | tp->v[1] | tp->v[2]) == 0)
		return;
	for (k = 0; k < MR_READINGS_MAX; k++)
	{
		uint32_t	sid = tp->v[k];
		uint32_t	j;
		int			e;
		bool		dup = false;

		if (sid == 0)
			continue;
		for (e = 0; e < k; e++)
			dup |= (tp->v[e] == sid);
		if (dup)
			continue;
		for (j = lx->first_off[sid]; j < lx->first_off[sid + 1]; j++)
		{
			const lex_term *t = &lx->terms[lx->first_list[j]];
			const lex_word *fw = &lx->words[t->first_word];
			size_t		last = p;
			bool		tried = false;
			int			m;

			/* a term indexed under several readings is tried once */
			for (e = 0; e < k && !tried; e++)
				for (m = 0; m < fw->nv; m++)
					tried |= (tp->v[e] != 0 && fw->v[m] == tp->v[e]);
			if (tried)
				continue;
			if (match_rest(ms, t, 1, p + 1, &last))
				add_match(ms, t, p, last);
		}
	}
}

/* Is there a sentence break in s[from..to)? */
static bool
has_break(const unsigned char *s, size_t from, size_t to)
{
	size_t		i;

	for (i = from; i < to; i++)
	{
		unsigned char c = s[i];

		if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n')
			return true;
		/* ؟ U+061F, ؛ U+061B, ۔ U+06D4 */
		if (c == 0xD8 && i + 1 < to && (s[i + 1] == 0x9F || s[i + 1] == 0x9B))
			return true;
		if (c == 0xDB && i + 1 < to && s[i + 1] == 0x94)
			return true;
	}
	return false;
}

static int
cmp_size(size_t a, size_t b)
{
	return (a > b) - (a < b);
}

/* Mark term matches overlapped by an exclusion of their concern (or all). */
static void
apply_exclusions(mr_matches *out)
{
	size_t		i;

	for (i = 0; i < out->n; i++)
	{
		const mr_match *e = &out->m[i];
		size_t		j;

		if (e->kind != MR_KIND_EXCLUDE)
			continue;
		/*
		 * Matches are in order of their first token and span fewer than
		 * WINDOW tokens: look back and forward from the exclusion only as
		 * far as an overlap is possible.
		 */
		for (j = i; j > 0; j--)
		{
			mr_match   *m = &out->m[j - 1];

			if (m->tok_first + WINDOW < e->tok_first)
				break;
			if (m->kind == MR_KIND_TERM && m->tok_last >= e->tok_first &&
				(e->concern == MR_ALL_CONCERNS || e->concern == m->concern))
				m->suppressed = true;
		}
		for (j = i + 1; j < out->n; j++)
		{
			mr_match   *m = &out->m[j];

			if (cmp_size(m->tok_first, e->tok_last) > 0)
				break;
			if (m->kind == MR_KIND_TERM &&
				(e->concern == MR_ALL_CONCERNS || e->concern == m->concern))
				m->suppressed = true;
		}
	}
}

/* The stem ids of every reading of a text word, through the cache. */
static void
word_readings(const mr_lexicon *lx, const mr_token *tok, mr_readings *rd,
			  uint32_t *v)
{
	tcache_entry *e = NULL;
	uint32_t	h = 2166136261u ^ (uint32_t) tok->kind;
	size_t		i;

	if (tok->norm_len <= TCACHE_MAXLEN && lx->tcache)
	{
		for (i = 0; i < tok->norm_len; i++)
			h = (h ^ tok->norm[i]) * 16777619u;
		e = &lx->tcache[h & (TCACHE_SIZE - 1)];
		if (e->len == tok->norm_len && e->hash == h && e->kind == tok->kind &&
			memcmp(e->cps, tok->norm, tok->norm_len * sizeof(uint32_t)) == 0)
		{
			memcpy(v, e->v, sizeof(e->v));
			return;
		}
	}

	/* only words that start with و ف ب ك ل have other readings */
	if (tok->kind == MR_TOK_ARABIC &&
		(tok->norm[0] == 0x0648 || tok->norm[0] == 0x0641 ||
		 tok->norm[0] == 0x0628 || tok->norm[0] == 0x0643 ||
		 tok->norm[0] == 0x0644))
	{
		int			k;

		mr_stem_readings(tok->norm, tok->norm_len, tok->kind, rd);
		for (k = 0; k < rd->n; k++)
			v[k] = dict_find(lx, rd->st[k], rd->len[k]);
	}
	else
	{
		uint32_t	st[MR_STEM_MAX];
		size_t		sl = mr_stem(tok->norm, tok->norm_len, tok->kind, st);

		v[0] = dict_find(lx, st, sl);
	}

	if (e)
	{
		e->hash = h;
		e->len = (uint8_t) tok->norm_len;
		e->kind = (uint8_t) tok->kind;
		memcpy(e->cps, tok->norm, tok->norm_len * sizeof(uint32_t));
		memcpy(e->v, v, sizeof(e->v));
	}
}

void
mr_lexicon_match(const mr_lexicon *lx, const char *s, size_t n,
				 mr_matches *out)
{
	match_state *ms;
	mr_readings *rd;
	mr_tokenizer t;
	mr_token	tok;
	size_t		next = 0;		/* next start position to try */
	size_t		prev_end = 0;
	bool		any_exclusion = false;
	size_t		first_match = out->n;
	size_t		i;

	if (lx->nterms == 0)
		return;
	if (lx->first_off == NULL)
		build_first_index((mr_lexicon *) lx);
	if (lx->tcache == NULL)
	{
		mr_lexicon *mlx = (mr_lexicon *) lx;	/* the cache is mutable */

		mlx->tcache = lx->mem->alloc(TCACHE_SIZE * sizeof(tcache_entry), lx->mem->arg);
		memset(mlx->tcache, 0, TCACHE_SIZE * sizeof(tcache_entry));
	}

	/* per-call scratch comes from the caller's allocator, not the lexicon's */
	ms = out->mem->alloc(sizeof(match_state), out->mem->arg);
	rd = out->mem->alloc(sizeof(mr_readings), out->mem->arg);
	ms->lx = lx;
	ms->ntok = 0;
	ms->out = out;

	mr_tokenizer_init(&t, s, n, out->mem);
	while (mr_tokenizer_next(&t, &tok))
	{
		win_tok    *w;

		/* a full window: the oldest start has all its look-ahead */
		if (ms->ntok - next >= WINDOW - 1)
			match_at(ms, next++);

		w = TOK(ms, ms->ntok);
		w->char_start = tok.char_start;
		w->char_end = tok.char_end;
		w->byte_start = tok.byte_start;
		w->byte_end = tok.byte_end;
		w->brk = ms->ntok > 0 &&
			has_break((const unsigned char *) s, prev_end, tok.byte_start);
		prev_end = tok.byte_end;
		w->waw = is_standalone_waw(&tok);
		memset(w->v, 0, sizeof(w->v));
		if (!w->waw)
			word_readings(lx, &tok, rd, w->v);
		ms->ntok++;
	}
	mr_tokenizer_free(&t);
	while (next < ms->ntok)
		match_at(ms, next++);
	out->mem->free(ms, out->mem->arg);
	out->mem->free(rd, out->mem->arg);

	for (i = first_match; i < out->n; i++)
		if (out->m[i].kind == MR_KIND_EXCLUDE)
			any_exclusion = true;
	if (any_exclusion)
		apply_exclusions(out);
}

void
mr_matches_init(mr_matches *ms, const mr_allocator *mem)
{
	memset(ms, 0, sizeof(*ms));
	ms->mem = mem;
}

void
mr_matches_free(mr_matches *ms)
{
	if (ms->m)
		ms->mem->free(ms->m, ms->mem->arg);
	ms->m = NULL;
	ms->n = ms->cap = 0;
}

/* ----------------------------------------------------------------
 * Snippets
 * ----------------------------------------------------------------
 */

/* Byte length of the sentence break ending at s[i] (0 if none). */
static int
break_at(const unsigned char *s, size_t n, size_t i)
{
	unsigned char c = s[i];

	if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n')
		return 1;
	if (i + 1 < n && ((c == 0xD8 && (s[i + 1] == 0x9F || s[i + 1] == 0x9B)) ||
					  (c == 0xDB && s[i + 1] == 0x94)))
		return 2;
	return 0;
}

void
mr_sentence_around(const char *str, size_t n, size_t start, size_t end,
				   size_t max_chars, size_t *sent_start, size_t *sent_end)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		a = start;
	size_t		b = end;
	size_t		chars = 0;

	/* back to the previous break, at most max_chars/2 characters */
	while (a > 0 && chars < max_chars / 2)
	{
		size_t		p = a - 1;

		while (p > 0 && (s[p] & 0xC0) == 0x80)
			p--;
		if (break_at(s, n, p) ||
			(p > 0 && (s[p - 1] == 0xD8 || s[p - 1] == 0xDB) && break_at(s, n, p - 1) == 2))
			break;
		a = p;
		chars++;
	}
	/* forward to the next break (included), at most max_chars/2 */
	chars = 0;
	while (b < n && chars < max_chars / 2)
	{
		int			bl = break_at(s, n, b);

		if (bl)
		{
			if (s[b] != '\n')
				b += bl;
			break;
		}
		b++;
		while (b < n && (s[b] & 0xC0) == 0x80)
			b++;
		chars++;
	}
	/* trim white space, and cut at a word boundary if we stopped mid-text */
	while (a < start && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
		a++;
	while (b > end && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
		b--;
	*sent_start = a;
	*sent_end = b;
}
