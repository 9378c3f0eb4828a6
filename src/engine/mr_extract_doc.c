/*-------------------------------------------------------------------------
 *
 * mr_extract_doc.c
 *	  The extractor's view of a text: tokens with word classes and the
 *	  punctuation before them, sentences, lines (lists, labels, the
 *	  headline), phrase matches, place mentions and dates.
 *
 * Memory is linear in the number of tokens; every pass is linear and
 * calls the interrupt hook (the tokenizer calls it too).
 *
 *-------------------------------------------------------------------------
 */
#include "mr_extract_int.h"

#include <stdlib.h>
#include <string.h>

void
xcheck(size_t i)
{
	if ((i & 4095) == 4095 && mr_check_interrupts)
		mr_check_interrupts();
}

static void *
xgrow(const mr_allocator *mem, void *p, size_t *cap, size_t need, size_t elem)
{
	return mr_grow(mem, p, cap, need, elem, 64);
}

/* ----------------------------------------------------------------
 * Punctuation between tokens
 * ----------------------------------------------------------------
 */

static uint16_t
punct_flag(uint32_t c)
{
	switch (c)
	{
		case '\n':
			return G_NL;
		case '.':
		case '!':
		case '?':
		case ';':
		case 0x061F:			/* ؟ */
		case 0x061B:			/* ؛ */
		case 0x06D4:			/* ۔ */
		case 0x2026:			/* … */
			return G_BRK;
		case ',':
		case 0x060C:			/* ، */
		case 0x066B:
			return G_COMMA;
		case ':':
			return G_COLON;
		case '-':
		case 0x2010:
		case 0x2011:
		case 0x2012:
		case 0x2013:
		case 0x2014:
		case 0x2015:
		case 0x2212:
			return G_DASH;
		case '"':
		case '\'':
		case 0x00AB:
		case 0x00BB:
		case 0x2018:
		case 0x2019:
		case 0x201A:
		case 0x201C:
		case 0x201D:
		case 0x201E:
		case 0x2039:
		case 0x203A:
			return G_QUOTE;
		case '(':
		case '[':
		case '{':
			return G_OPAREN;
		case ')':
		case ']':
		case '}':
			return G_CPAREN;
		case '*':
		case 0x2022:
		case 0x00B7:
		case 0x2023:
		case 0x25AA:
		case 0x25CF:
		case 0x25E6:
		case 0x25A0:
		case 0x25BA:
		case 0x27A2:
		case 0x2043:
		case 0x2219:
			return G_BULLET;
		case '/':
			return G_SLASH;
		case '|':
			return G_PIPE;
		case ' ':
		case '\t':
		case '\r':
		case 0x00A0:
		case 0x200B:
		case 0x200C:
		case 0x200D:
		case 0x200E:
		case 0x200F:
		case 0xFEFF:
		case 0x0640:
			return 0;
	}
	if (c >= 0x2000 && c <= 0x200A)
		return 0;
	return G_OTHER;
}

/* Flags of s[from..to); *lead gets those after the last line break. */
static uint16_t
gap_flags(const unsigned char *s, size_t from, size_t to, uint16_t *lead)
{
	uint16_t	f = 0;
	uint16_t	l = 0;
	int			nl = 0;
	int			dots = 0;
	size_t		i = from;

	while (i < to)
	{
		uint32_t	c;
		int			len = mr_utf8_decode(s + i, to - i, &c);
		uint16_t	g = punct_flag(c);

		if (c == '.')
		{
			if (++dots >= 2)
				g |= G_DOTS;
		}
		else if (g != 0)
			dots = 0;
		if (g & G_NL)
		{
			nl++;
			l = 0;
		}
		else
			l |= g;
		f |= g;
		i += len;
	}
	if (nl >= 2)
		f |= G_PARA;
	*lead = l;
	return f;
}

/* ----------------------------------------------------------------
 * Clitic letters and spans
 * ----------------------------------------------------------------
 */

/*
 * Bytes/characters of the first `k` letters of token t (and the marks or
 * tatweel that follow them).
 */
static void
skip_letters(const char *str, const xtok *t, int k, size_t *bs, size_t *cs)
{
	const unsigned char *s = (const unsigned char *) str;
	size_t		b = t->byte_start;
	size_t		c = t->char_start;
	int			seen = 0;

	while (b < t->byte_end)
	{
		uint32_t	cp;
		int			len = mr_utf8_decode(s + b, t->byte_end - b, &cp);
		mr_mapping	m;
		int			letters = 0;
		int			j;

		mr_map_cp(cp, &m);
		for (j = 0; j < m.n; j++)
			if (mr_class_is_word(MR_ENT_CLASS(m.cp[j])) &&
				MR_ENT_CLASS(m.cp[j]) != MR_C_MARK)
				letters++;
		if (letters > 0 && seen >= k)
			break;
		seen += letters;
		b += len;
		c++;
	}
	if (b >= t->byte_end)
	{
		/* never leave an empty token */
		b = t->byte_start;
		c = t->char_start;
	}
	*bs = b;
	*cs = c;
}

int
xtok_clitic_letters(const xtok *t)
{
	int			k = 0;

	if (t->kind != MR_TOK_ARABIC)
		return 0;
	if (t->cl & CL_CONJ)
		k++;
	if (t->cl & (CL_B | CL_K))
		k++;
	return k;
}

mr_span
xdoc_span(const xdoc *d, uint32_t first, uint32_t last, int skip)
{
	mr_span		sp;

	memset(&sp, 0, sizeof(sp));
	if (first >= d->nt || last >= d->nt || last < first)
		return sp;
	sp.byte_start = d->t[first].byte_start;
	sp.char_start = d->t[first].char_start;
	if (skip > 0)
		skip_letters(d->s, &d->t[first], skip, &sp.byte_start, &sp.char_start);
	sp.byte_end = d->t[last].byte_end;
	sp.char_end = d->t[last].char_end;
	sp.in_title = d->is_title;
	return sp;
}

/* ----------------------------------------------------------------
 * Phrase and place matches
 * ----------------------------------------------------------------
 */

static int
cmp_xcue(const void *a, const void *b)
{
	const xcue *x = a;
	const xcue *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->last != y->last)
		return x->last > y->last ? -1 : 1;
	if (x->cat != y->cat)
		return x->cat < y->cat ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

static void
find_cues(const mr_extractor *ex, xdoc *d, const mr_allocator *mem)
{
	mr_matches	ms;
	size_t		i;
	size_t		n = 0;
	uint32_t	maxlast[CAT_MISC + 1];
	bool		any[CAT_MISC + 1];

	mr_matches_init(&ms, mem);
	mr_lexicon_match(ex->cues, d->s, d->n, &ms);
	d->cues = mem->alloc((ms.n ? ms.n : 1) * sizeof(xcue), mem->arg);
	for (i = 0; i < ms.n; i++)
	{
		const mr_match *m = &ms.m[i];

		if (m->kind != MR_KIND_TERM || m->suppressed || m->tok_last >= d->nt)
			continue;
		d->cues[n].id = m->term_id;
		d->cues[n].cat = m->concern;
		d->cues[n].first = (uint32_t) m->tok_first;
		d->cues[n].last = (uint32_t) m->tok_last;
		n++;
	}
	mr_matches_free(&ms);
	qsort(d->cues, n, sizeof(xcue), cmp_xcue);
	/* drop a format or body phrase inside a longer one of its category */
	memset(any, 0, sizeof(any));
	memset(maxlast, 0, sizeof(maxlast));
	d->ncues = 0;
	for (i = 0; i < n; i++)
	{
		xcue		c = d->cues[i];
		int			cat = (c.cat >= 0 && c.cat <= CAT_MISC) ? c.cat : CAT_MISC;

		if (cat != CAT_MISC && any[cat] && c.last <= maxlast[cat])
			continue;
		any[cat] = true;
		if (c.last > maxlast[cat])
			maxlast[cat] = c.last;
		d->cues[d->ncues++] = c;
	}
	d->cue_at = mem->alloc((d->nt ? d->nt : 1) * sizeof(int32_t), mem->arg);
	for (i = 0; i < d->nt; i++)
		d->cue_at[i] = -1;
	for (i = d->ncues; i > 0; i--)
	{
		const xcue *c = &d->cues[i - 1];
		uint32_t	k;

		d->cue_at[c->first] = (int32_t) (i - 1);
		if (c->id >= 0 && c->id < 32)
			for (k = c->first; k <= c->last; k++)
				d->t[k].cues |= (uint32_t) 1 << c->id;
	}
}

typedef struct pm
{
	uint32_t	first;
	uint32_t	last;
	int32_t		place;
} pm;

static int
cmp_pm(const void *a, const void *b)
{
	const pm   *x = a;
	const pm   *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->last != y->last)
		return x->last > y->last ? -1 : 1;
	return (x->place > y->place) - (x->place < y->place);
}

/*
 * Keep the candidates of a place mention that the text spells exactly
 * (first word with or without و/ف and ب/ل/ك); false if none is left.
 */
static bool
exact_filter(const mr_extractor *ex, xdoc *d, xplace *g, const mr_allocator *mem)
{
	mr_tokenizer tz;
	mr_token	tok;
	mr_buf		rest;
	uint32_t   *first = NULL;
	size_t		nfirst = 0;
	size_t		b0 = d->t[g->first].byte_start;
	size_t		b1 = d->t[g->last].byte_end;
	int32_t		found[64];
	int			nfound = 0;
	int			v;
	uint32_t	k;
	uint32_t	kept = 0;

	mr_buf_init(&rest, mem, 64);
	mr_tokenizer_init(&tz, d->s + b0, b1 - b0, mem);
	while (mr_tokenizer_next(&tz, &tok))
	{
		if (first == NULL)
		{
			nfirst = tok.norm_len;
			first = mem->alloc((nfirst + 2) * sizeof(uint32_t), mem->arg);
			memcpy(first + 2, tok.norm, nfirst * sizeof(uint32_t));
			first[0] = first[1] = 0;
		}
		else
		{
			mr_buf_append(&rest, " ", 1);
			mr_buf_append_cps(&rest, tok.norm, tok.norm_len);
		}
	}
	mr_tokenizer_free(&tz);
	if (!first)
	{
		mr_buf_free(&rest);
		return false;
	}
	/* variants of the first word: as is, without و/ف, without ب/ل/ك, لل → ال */
	for (v = 0; v < 6; v++)
	{
		const uint32_t *w = first + 2;
		size_t		n = nfirst;
		mr_buf		key;
		bool		lal = false;

		if (v & 1)
		{
			if (n < 3 || !(w[0] == AR_WAW || w[0] == AR_FA))
				continue;
			w++;
			n--;
		}
		if (v >= 2 && v <= 3)
		{
			if (n < 3 || !(w[0] == AR_BA || w[0] == AR_LAM || w[0] == AR_KAF))
				continue;
			w++;
			n--;
		}
		if (v >= 4)
		{
			if (n < 4 || w[0] != AR_LAM || w[1] != AR_LAM)
				continue;
			w += 2;
			n -= 2;
			lal = true;
		}
		mr_buf_init(&key, mem, 64);
		if (lal)
		{
			mr_buf_append_cp(&key, AR_ALEF);
			mr_buf_append_cp(&key, AR_LAM);
		}
		mr_buf_append_cps(&key, w, n);
		mr_buf_append(&key, rest.data, rest.len);
		nfound += xn_lookup(&ex->exact, key.data, key.len, found + nfound, 64 - nfound);
		mr_buf_free(&key);
	}
	mem->free(first, mem->arg);
	mr_buf_free(&rest);
	for (k = 0; k < g->ncand; k++)
	{
		int32_t		c = d->cands[g->cand_off + k];
		int			j;

		for (j = 0; j < nfound; j++)
			if (found[j] == c)
			{
				d->cands[g->cand_off + kept++] = c;
				break;
			}
	}
	g->ncand = kept;
	return kept > 0;
}

static void
find_places(const mr_extractor *ex, xdoc *d, const mr_allocator *mem)
{
	const mr_gazetteer *gz = ex->gz;
	mr_matches	ms;
	pm		   *v;
	size_t		n = 0;
	size_t		i;
	uint32_t	maxlast = 0;
	bool		any = false;

	if (!gz || !gz->names || gz->nplaces == 0)
		return;
	mr_matches_init(&ms, mem);
	mr_lexicon_match(gz->names, d->s, d->n, &ms);
	v = mem->alloc((ms.n ? ms.n : 1) * sizeof(pm), mem->arg);
	for (i = 0; i < ms.n; i++)
	{
		const mr_match *m = &ms.m[i];

		if (m->kind != MR_KIND_TERM || m->suppressed || m->concern < 0 ||
			(size_t) m->concern >= gz->nplaces || m->tok_last >= d->nt)
			continue;
		/*
		 * "الأمن الإقليمي بسطات" is not "إقليم سطات": a longer name may not
		 * start with a security adjective (الإقليمي، الجهوية …)
		 */
		if (m->tok_last > m->tok_first &&
			(d->t[m->tok_first].cls & W_SECWORD) &&
			!(d->t[m->tok_first].cls & (W_PROVCUE | W_REGIONCUE | W_CITYCUE | W_DISTCUE)))
			continue;
		v[n].first = (uint32_t) m->tok_first;
		v[n].last = (uint32_t) m->tok_last;
		v[n].place = m->concern;
		n++;
	}
	mr_matches_free(&ms);
	qsort(v, n, sizeof(pm), cmp_pm);
	d->places = mem->alloc((n ? n : 1) * sizeof(xplace), mem->arg);
	d->cands = mem->alloc((n ? n : 1) * sizeof(int32_t), mem->arg);
	for (i = 0; i < n; i++)
	{
		xplace	   *g = d->nplaces ? &d->places[d->nplaces - 1] : NULL;

		xcheck(i);
		if (g && g->first == v[i].first && g->last == v[i].last)
		{
			/* the same span: one more candidate row (distinct) */
			if (d->cands[d->ncands - 1] != v[i].place)
			{
				d->cands[d->ncands++] = v[i].place;
				g->ncand++;
			}
			continue;
		}
		if (any && v[i].last <= maxlast)
			continue;			/* inside a longer name */
		any = true;
		if (v[i].last > maxlast)
			maxlast = v[i].last;
		g = &d->places[d->nplaces++];
		g->first = v[i].first;
		g->last = v[i].last;
		g->cand_off = (uint32_t) d->ncands;
		g->ncand = 1;
		g->weight = 0;
		g->chosen = -1;
		d->cands[d->ncands++] = v[i].place;
	}
	mem->free(v, mem->arg);
	if (ex->exact.n > 0)
	{
		size_t		kept = 0;

		for (i = 0; i < d->nplaces; i++)
		{
			xplace		g = d->places[i];

			xcheck(i);
			if (exact_filter(ex, d, &g, mem))
				d->places[kept++] = g;
		}
		d->nplaces = kept;
	}
	for (i = 0; i < d->nplaces; i++)
	{
		uint32_t	k;

		for (k = d->places[i].first; k <= d->places[i].last; k++)
			if (d->t[k].place < 0)
				d->t[k].place = (int32_t) i;
	}
}

/* ----------------------------------------------------------------
 * Dates
 * ----------------------------------------------------------------
 */

typedef struct date_ctx
{
	xdoc	   *d;
	const mr_allocator *mem;
} date_ctx;

/* index of the first token whose end is after byte b */
static uint32_t
tok_at_byte(const xdoc *d, size_t b)
{
	size_t		lo = 0;
	size_t		hi = d->nt;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (d->t[mid].byte_end <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (uint32_t) lo;
}

static bool
date_cb(const mr_date_match *m, void *arg)
{
	date_ctx   *ctx = arg;
	xdoc	   *d = ctx->d;
	xdate	   *x;
	uint32_t	first = tok_at_byte(d, m->byte_start);
	uint32_t	last = first;

	if (first >= d->nt)
		return true;
	while (last + 1 < d->nt && d->t[last + 1].byte_start < m->byte_end)
		last++;
	d->dates = xgrow(ctx->mem, d->dates, &d->dcap, d->ndates + 1, sizeof(xdate));
	x = &d->dates[d->ndates++];
	x->m = *m;
	x->first = first;
	x->last = last;
	x->score = 0;
	return true;
}

static void
find_dates(xdoc *d, const mr_date *ref, const mr_allocator *mem)
{
	date_ctx	ctx;
	size_t		i;

	ctx.d = d;
	ctx.mem = mem;
	d->ndates = 0;
	for (i = 0; i < d->nt; i++)
		d->t[i].date = -1;
	mr_find_dates(d->s, d->n, ref, date_cb, &ctx, mem);
	for (i = 0; i < d->ndates; i++)
	{
		uint32_t	k;

		for (k = d->dates[i].first; k <= d->dates[i].last; k++)
			d->t[k].date = (int32_t) i;
	}
}

void
xdoc_redate(xdoc *d, const mr_date *ref, const mr_allocator *mem)
{
	find_dates(d, ref, mem);
}

/* ----------------------------------------------------------------
 * The analysis
 * ----------------------------------------------------------------
 */

static void
split_lines(xdoc *d, const mr_allocator *mem)
{
	size_t		i;
	size_t		lcap = 0;
	uint32_t	sent = 0;

	for (i = 0; i < d->nt; i++)
	{
		xtok	   *t = &d->t[i];

		xcheck(i);
		if (i > 0)
		{
			/* "… أي توازن؟"، احتضنتها": a comma after ? ! carries on */
			bool		brk = (t->gap & G_NL) ||
			((t->gap & G_BRK) && !(t->gap & (G_DECIMAL | G_COMMA)));

			if (brk)
				sent++;
		}
		t->sent = sent;
		if (i == 0 || (t->gap & G_NL))
		{
			d->lines = xgrow(mem, d->lines, &lcap, d->nlines + 1, sizeof(xline));
			d->lines[d->nlines].first = (uint32_t) i;
			d->lines[d->nlines].flags = 0;
			d->nlines++;
		}
		d->lines[d->nlines - 1].last = (uint32_t) i;
		t->line = (uint32_t) (d->nlines - 1);
	}
	d->nsents = d->nt ? sent + 1 : 0;
	d->sents = mem->alloc((d->nsents ? d->nsents : 1) * sizeof(xsent), mem->arg);
	for (i = 0; i < d->nt; i++)
	{
		xsent	   *s = &d->sents[d->t[i].sent];

		if (i == 0 || d->t[i].sent != d->t[i - 1].sent)
			s->first = (uint32_t) i;
		s->last = (uint32_t) i;
	}
	for (i = 0; i < d->nlines; i++)
	{
		xline	   *l = &d->lines[i];
		const xtok *f = &d->t[l->first];
		uint16_t	after = l->last + 1 < d->nt ? d->t[l->last + 1].gap : d->tail_gap;
		uint32_t	k;

		if (f->lead & (G_DASH | G_BULLET))
			l->flags |= L_BULLET;
		else if (f->kind == MR_TOK_NUMBER && f->num >= 1 && f->num <= 99 &&
				 l->last > l->first &&
				 (d->t[l->first + 1].gap & (G_BRK | G_CPAREN | G_DASH)) &&
				 !(d->t[l->first + 1].gap & G_DECIMAL))
			l->flags |= L_NUMBERED;
		if (after & G_COLON)
			l->flags |= L_COLON_END;
		for (k = l->first + 1; k <= l->last && k <= l->first + 3; k++)
			if (d->t[k].gap & G_COLON)
			{
				if (f->kind != MR_TOK_NUMBER)
					l->flags |= L_LABEL;
				break;
			}
	}
}

void
xdoc_analyze(const mr_extractor *ex, xdoc *d, const char *s, size_t n,
			 bool is_title, const mr_date *ref, const mr_allocator *mem)
{
	mr_tokenizer tz;
	mr_token	tok;
	size_t		prev_end = 0;
	uint16_t	lead;

	memset(d, 0, sizeof(*d));
	d->s = s;
	d->n = n;
	d->is_title = is_title;
	if (s == NULL || n == 0)
		return;

	mr_tokenizer_init(&tz, s, n, mem);
	while (mr_tokenizer_next(&tz, &tok))
	{
		xtok	   *t;
		uint32_t	st[MR_STEM_MAX];
		size_t		sl;

		d->t = xgrow(mem, d->t, &d->tcap, d->nt + 1, sizeof(xtok));
		t = &d->t[d->nt];
		memset(t, 0, sizeof(*t));
		t->byte_start = tok.byte_start;
		t->byte_end = tok.byte_end;
		t->char_start = tok.char_start;
		t->char_end = tok.char_end;
		t->kind = (uint8_t) tok.kind;
		t->place = -1;
		t->date = -1;
		t->gap = gap_flags((const unsigned char *) s, prev_end, tok.byte_start, &lead);
		t->lead = d->nt == 0 ? t->gap : lead;
		/* l'arrondissement, Aït-Melloul: elision and hyphen inside a name */
		if (d->nt > 0 && tok.byte_start == prev_end + 1 &&
			(s[prev_end] == '\'' || s[prev_end] == '-'))
			t->gap &= ~(G_QUOTE | G_DASH);
		if (d->nt > 0 && tok.byte_start == prev_end + 3 &&
			memcmp(s + prev_end, "\xe2\x80\x99", 3) == 0)
			t->gap &= ~G_QUOTE;
		if (d->nt > 0 && tok.kind == MR_TOK_NUMBER &&
			d->t[d->nt - 1].kind == MR_TOK_NUMBER &&
			tok.byte_start == prev_end + 1 &&
			(s[prev_end] == '.' || s[prev_end] == ','))
		{
			t->gap &= ~(G_BRK | G_COMMA);
			t->gap |= G_DECIMAL;
		}
		xw_classify(&ex->words, tok.norm, tok.norm_len, tok.kind, t);
		sl = mr_stem(tok.norm, tok.norm_len, tok.kind, st);
		t->stem_hash = mr_hash_cps(st, sl);
		prev_end = tok.byte_end;
		d->nt++;
	}
	mr_tokenizer_free(&tz);
	d->tail_gap = gap_flags((const unsigned char *) s, prev_end, n, &lead);
	if (d->nt == 0)
		return;

	split_lines(d, mem);
	find_cues(ex, d, mem);
	find_places(ex, d, mem);
	find_dates(d, ref, mem);
}

void
xdoc_free(xdoc *d, const mr_allocator *mem)
{
	void	   *ptrs[] = {d->t, d->sents, d->lines, d->cues, d->places,
	d->cands, d->dates, d->cue_at};
	size_t		i;

	for (i = 0; i < sizeof(ptrs) / sizeof(ptrs[0]); i++)
		if (ptrs[i])
			mem->free(ptrs[i], mem->arg);
	memset(d, 0, sizeof(*d));
}
