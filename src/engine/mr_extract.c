/*-------------------------------------------------------------------------
 *
 * mr_extract.c
 *	  The meeting-fact extractor: the anchor sentence, format, date, venue,
 *	  host, places and association count, and the public entry points.
 *	  The rules are documented in mr_extract.h.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_extract_int.h"

#include <string.h>

/* place weights (see mr_extract.h, "Places") */
#define PW_VENUE		1000.0
#define PW_CITYCUE		300.0
#define PW_HOST			100.0
#define PW_DATELINE		40.0
#define PW_BODY			20.0
#define PW_ANCHOR		8.0
#define PW_OTHER		1.0
#define PW_DISTRICT_CITY 0.9	/* a city implied by a district */
#define PW_MIN_CITY		8.0
#define PW_MIN_DISTRICT 40.0

/* format cue flags */
#define CF_OTHER	0x01		/* another meeting (previous, next, future) */
#define CF_PLURAL	0x02		/* a series: اللقاءات التواصلية */
#define CF_CONTEXT	0x04		/* في إطار … */
#define CF_HEAD		0x08		/* in the headline */

/* sentence flags */
#define S_SPEC		0x0001		/* a specific format phrase of this meeting */
#define S_GEN		0x0002		/* a meeting noun of this meeting */
#define S_EVENT		0x0004
#define S_DATE		0x0008
#define S_VENUE		0x0010
#define S_HEAD		0x0020
#define S_PART		0x0040
#define S_SERIES	0x0080		/* only a series or another meeting */

typedef struct body
{
	uint32_t	first;
	uint32_t	last;			/* including its complement */
	int32_t		id;
	bool		comp;			/* has a place or ordinal complement */
} body;

typedef struct xctx
{
	const mr_extractor *ex;
	const mr_gazetteer *gz;
	const mr_allocator *mem;
	xdoc		B;
	xdoc		T;
	xlists		L;
	uint8_t    *cflags;			/* per B.cues */
	uint16_t   *sflags;			/* per B.sents */
	uint8_t    *lmeet;			/* per B.lines: a meeting word or event verb */
	body	   *bodies;
	size_t		nbodies;
	int64_t		anchor;			/* sentence, -1 */
	bool		meeting;
	int64_t		venue_first;
	int64_t		venue_last;
	int64_t		host_first;
	int64_t		host_last;
	bool		host_label;
} xctx;

static bool
is_format_cue(const xcue *c)
{
	return c->cat == CAT_FORMAT && c->id != CU_PRESS;
}

static bool
same_sent(const xdoc *d, size_t a, size_t b)
{
	return a < d->nt && b < d->nt && d->t[a].sent == d->t[b].sent;
}

/* ----------------------------------------------------------------
 * Headline, format cues, sentence flags, anchor
 * ----------------------------------------------------------------
 */

static void
find_headline(xdoc *d)
{
	uint32_t	i;

	d->nheadline = 0;
	if (d->nlines < 2)
		return;
	for (i = 0; i < d->nlines && i < 3; i++)
	{
		const xline *l = &d->lines[i];
		uint16_t	after = l->last + 1 < d->nt ? d->t[l->last + 1].gap : d->tail_gap;
		uint32_t	ntok = l->last - l->first + 1;

		if (i + 1 >= d->nlines || ntok > 30 || (l->flags & (L_BULLET | L_NUMBERED)) ||
			(i > 0 && (l->flags & L_LABEL)))
			break;
		if ((after & G_BRK) && !(after & G_DOTS) && ntok > 8)
			break;
		d->nheadline = i + 1;
	}
}

static void
cue_flags(xctx *c)
{
	const xdoc *d = &c->B;
	size_t		k;

	c->cflags = c->mem->alloc((d->ncues ? d->ncues : 1), c->mem->arg);
	memset(c->cflags, 0, d->ncues ? d->ncues : 1);
	for (k = 0; k < d->ncues; k++)
	{
		const xcue *q = &d->cues[k];
		uint8_t		f = 0;
		uint32_t	j;
		const xsent *s;

		if (!is_format_cue(q))
			continue;
		s = &d->sents[d->t[q->first].sent];
		if (d->t[q->first].cls & W_MEET_PL)
			f |= CF_PLURAL;
		if (same_sent(d, q->last, q->last + 1) && (d->t[q->last + 1].cls & W_OTHERQ))
			f |= CF_OTHER;
		if (q->first > s->first)
		{
			const xtok *p = &d->t[q->first - 1];

			if (p->cls & W_FUTURE)
				f |= CF_OTHER;
			else if (p->cls & W_MASDAR)
			{
				/* "وعد بعقد لقاء …": a meeting to come */
				for (j = s->first; j + 1 < q->first; j++)
					if (d->t[j].cls & (W_COMMIT | W_COMMIT_WEAK | W_FUTURE | W_DEMAND))
					{
						f |= CF_OTHER;
						break;
					}
			}
		}
		for (j = q->first; j > s->first && j + 6 > q->first; j--)
		{
			const xtok *p = &d->t[j - 1];

			if (p->cues & ((1u << CU_COMM) | (1u << CU_CONS) | (1u << CU_SEM) |
						   (1u << CU_OPEN) | (1u << CU_GEN)))
				break;
			if (p->cues & (1u << CU_CONTEXT))
			{
				f |= CF_CONTEXT;
				break;
			}
		}
		if (d->t[q->first].line < d->nheadline)
			f |= CF_HEAD;
		c->cflags[k] = f;
	}
}

/* Is token i a venue head used as a place ("بمقر", "احتضن مقر")? */
static bool
venue_head_at(const xdoc *d, size_t i)
{
	const xtok *t = &d->t[i];

	if (!(t->cls & W_VENUE) || t->pron)
		return false;
	if (t->place >= 0 && d->places[t->place].first == i)
		return false;			/* الدار البيضاء, ساحة جامع الفنا */
	if (t->kind == MR_TOK_LATIN)
		return i > 0 && same_sent(d, i - 1, i) &&
			(d->t[i - 1].cls & (W_FR_CONN | W_STOP)) && d->t[i - 1].kind == MR_TOK_LATIN;
	if (t->cl & CL_B)
		return true;
	if (i > 0 && same_sent(d, i - 1, i) &&
		((d->t[i - 1].cls & (W_HOSTVERB | W_IN)) || (d->t[i - 1].x & X_INSIDE)))
		return true;
	return false;
}

static void
sentence_flags(xctx *c)
{
	const xdoc *d = &c->B;
	size_t		i;

	c->sflags = c->mem->alloc((d->nsents ? d->nsents : 1) * sizeof(uint16_t), c->mem->arg);
	memset(c->sflags, 0, (d->nsents ? d->nsents : 1) * sizeof(uint16_t));
	for (i = 0; i < d->nt; i++)
	{
		const xtok *t = &d->t[i];
		uint16_t   *f = &c->sflags[t->sent];

		xcheck(i);
		if (t->cls & W_EVENT)
			*f |= S_EVENT;
		if (t->cls & W_PART)
			*f |= S_PART;
		if (t->date >= 0)
			*f |= S_DATE;
		if (t->line < d->nheadline)
			*f |= S_HEAD;
		if (venue_head_at(d, i))
			*f |= S_VENUE;
	}
	for (i = 0; i < d->ncues; i++)
	{
		const xcue *q = &d->cues[i];
		uint16_t   *f = &c->sflags[d->t[q->first].sent];

		if (!is_format_cue(q))
			continue;
		if (c->cflags[i] & (CF_OTHER | CF_PLURAL))
			*f |= S_SERIES;
		else if (q->id == CU_GEN || q->id == CU_CONS_WEAK)
			*f |= S_GEN;
		else
			*f |= S_SPEC;
	}
}

static void
find_anchor(xctx *c)
{
	const xdoc *d = &c->B;
	size_t		s;
	int			best = -1000;
	bool		spec_doc = false;
	bool		civil = false;
	bool		title_spec = false;
	size_t		i;

	c->anchor = -1;
	for (i = 0; i < c->T.ncues; i++)
		if (is_format_cue(&c->T.cues[i]) && c->T.cues[i].id != CU_GEN)
			title_spec = true;
	for (s = 0; s < d->nsents; s++)
	{
		uint16_t	f = c->sflags[s];
		int			score;

		/*
		 * a sentence naming a meeting; when only the title names it, a
		 * sentence with an event verb and a date or a venue
		 */
		if (!(f & (S_SPEC | S_GEN)) &&
			!(title_spec && (f & S_EVENT) && (f & (S_DATE | S_VENUE))))
			continue;
		score = 1 + ((f & S_EVENT) ? 4 : 0) + ((f & S_DATE) ? 3 : 0) +
			((f & S_VENUE) ? 2 : 0) + ((f & S_SPEC) ? 2 : 0) -
			((f & S_HEAD) ? 3 : 0);
		if (score > best)
		{
			best = score;
			c->anchor = (int64_t) s;
		}
		if (f & S_SPEC)
			spec_doc = true;
	}
	if (c->anchor < 0)
		return;
	/* a specific format anywhere (title too), or a meeting noun with civil
	 * society around it and an event or a date */
	if (title_spec)
		spec_doc = true;
	for (i = 0; i < d->nt && !civil; i++)
		if ((d->t[i].cls & (W_ASSOC_SG | W_ASSOC_PL | W_ASSOC_DU)) ||
			(d->t[i].cues & (1u << CU_CIVSOC)))
			civil = true;
	if (spec_doc || (civil && (c->sflags[c->anchor] & (S_EVENT | S_DATE))))
		c->meeting = true;
}

/* ----------------------------------------------------------------
 * Format
 * ----------------------------------------------------------------
 */

static mr_format
cue_format(int id)
{
	switch (id)
	{
		case CU_COMM:
			return MR_FORMAT_COMMUNICATION_MEETING;
		case CU_CONS:
		case CU_CONS_WEAK:
			return MR_FORMAT_CONSULTATION;
		case CU_SEM:
			return MR_FORMAT_SEMINAR;
		case CU_OPEN:
			return MR_FORMAT_OPEN_DAYS;
	}
	return MR_FORMAT_OTHER;
}

static mr_format
find_format(xctx *c)
{
	const xdoc *d = &c->B;
	mr_format	ctxf = MR_FORMAT_OTHER;
	mr_format	series = MR_FORMAT_OTHER;
	int			count[5] = {0, 0, 0, 0, 0};
	int			firstpos[5] = {0, 0, 0, 0, 0};
	size_t		k;
	int			best = 0;
	int			f;

	/* the anchor */
	for (k = 0; k < d->ncues; k++)
	{
		const xcue *q = &d->cues[k];
		mr_format	fm;

		if (!is_format_cue(q) || (int64_t) d->t[q->first].sent != c->anchor)
			continue;
		fm = cue_format(q->id);
		if (fm == MR_FORMAT_OTHER || (c->cflags[k] & (CF_OTHER | CF_PLURAL)))
			continue;
		if (c->cflags[k] & CF_CONTEXT)
		{
			if (ctxf == MR_FORMAT_OTHER)
				ctxf = fm;
			continue;
		}
		if (q->id != CU_CONS_WEAK)
			return fm;
		if (ctxf == MR_FORMAT_OTHER)
			ctxf = fm;
	}
	if (ctxf != MR_FORMAT_OTHER)
		return ctxf;
	/* the title, then the headline */
	for (k = 0; k < c->T.ncues; k++)
		if (is_format_cue(&c->T.cues[k]) && cue_format(c->T.cues[k].id) != MR_FORMAT_OTHER)
			return cue_format(c->T.cues[k].id);
	for (k = 0; k < d->ncues; k++)
		if (is_format_cue(&d->cues[k]) && (c->cflags[k] & CF_HEAD) &&
			!(c->cflags[k] & CF_OTHER) && cue_format(d->cues[k].id) != MR_FORMAT_OTHER)
			return cue_format(d->cues[k].id);
	/* the most frequent in the text */
	for (k = 0; k < d->ncues; k++)
	{
		const xcue *q = &d->cues[k];
		mr_format	fm;

		if (!is_format_cue(q))
			continue;
		fm = cue_format(q->id);
		if (fm == MR_FORMAT_OTHER || (c->cflags[k] & CF_OTHER))
			continue;
		if (c->cflags[k] & CF_PLURAL)
		{
			if (series == MR_FORMAT_OTHER)
				series = fm;
			continue;
		}
		if (count[fm]++ == 0)
			firstpos[fm] = (int) k;
	}
	f = MR_FORMAT_OTHER;
	for (k = 1; k < 5; k++)
		if (count[k] > best || (count[k] == best && best > 0 && firstpos[k] < firstpos[f]))
		{
			best = count[k];
			f = (int) k;
		}
	if (best > 0)
		return (mr_format) f;
	if (series != MR_FORMAT_OTHER)
		return series;
	/*
	 * A meeting (لقاء، اجتماع) of a security service with associations
	 * named by no format: the genre's communication meeting.
	 */
	return MR_FORMAT_COMMUNICATION_MEETING;
}

/* ----------------------------------------------------------------
 * Dates
 * ----------------------------------------------------------------
 */

/* The nearest format cue around date x is another meeting's. */
static bool
date_of_other_meeting(const xctx *c, const xdate *x)
{
	const xdoc *d = &c->B;
	uint32_t	j;

	/* back: the nearest format phrase ending before the date */
	for (j = x->first; j > 0 && j + 10 >= x->first && same_sent(d, j - 1, x->first); j--)
	{
		int32_t		k = d->cue_at[j - 1];
		bool		found = false;

		for (; k >= 0 && (size_t) k < d->ncues && d->cues[k].first == j - 1; k++)
			if (is_format_cue(&d->cues[k]) && d->cues[k].last < x->first)
			{
				if (c->cflags[k] & CF_OTHER)
					return true;
				found = true;
			}
		if (found)
			break;
	}
	/* forward: a phrase starting within four words after it */
	for (j = x->last + 1; j < d->nt && j <= x->last + 4 && same_sent(d, j, x->last); j++)
	{
		int32_t		k = d->cue_at[j];
		bool		found = false;

		for (; k >= 0 && (size_t) k < d->ncues && d->cues[k].first == j; k++)
			if (is_format_cue(&d->cues[k]))
			{
				if (c->cflags[k] & CF_OTHER)
					return true;
				found = true;
			}
		if (found)
			break;
	}
	return false;
}

/* A publication line, a dateline or a sign-off line. */
static bool
publication_like(const xctx *c, const xdate *x)
{
	const xdoc *d = &c->B;
	const xline *l = &d->lines[d->t[x->first].line];
	uint32_t	ntok = l->last - l->first + 1;

	if (((l->flags & L_LABEL) && (d->t[l->first].cls & W_LABEL_DATE)) ||
		c->lmeet[d->t[x->first].line])
		return false;
	/* "الرباط في 16 مايو 2019" */
	if (x->first >= 2 && (d->t[x->first - 1].cls & W_IN) &&
		d->t[x->first - 2].place >= 0 && ntok <= 14)
		return true;
	if (ntok > 12)
		return false;
	return d->t[x->first].line < 4 || d->t[x->first].line + 1 == d->nlines;
}

static void
line_flags(xctx *c)
{
	const xdoc *d = &c->B;
	size_t		i;

	c->lmeet = c->mem->alloc(d->nlines ? d->nlines : 1, c->mem->arg);
	memset(c->lmeet, 0, d->nlines ? d->nlines : 1);
	for (i = 0; i < d->nt; i++)
		if ((d->t[i].cls & W_EVENT) ||
			(d->t[i].cues & ((1u << CU_GEN) | (1u << CU_COMM) | (1u << CU_CONS) |
							 (1u << CU_SEM) | (1u << CU_OPEN))))
			c->lmeet[d->t[i].line] = 1;
}

static void
score_dates(xctx *c)
{
	xdoc	   *d = &c->B;
	size_t		i;

	for (i = 0; i < d->ndates; i++)
	{
		xdate	   *x = &d->dates[i];
		const xline *l = &d->lines[d->t[x->first].line];
		uint32_t	sent = d->t[x->first].sent;
		uint16_t	sf = c->sflags[sent];
		double		s = 0;

		s += x->m.precision == MR_DATE_DAY ? 2 : x->m.precision == MR_DATE_MONTH ? 1 : 0;
		if ((int64_t) sent == c->anchor)
			s += 6;
		else
		{
			if (sf & (S_SPEC | S_GEN))
				s += 3;
			if (sf & S_EVENT)
				s += 2;
		}
		if ((l->flags & L_LABEL) && (d->t[l->first].cls & W_LABEL_DATE))
			s += 8;
		if (date_of_other_meeting(c, x))
			s -= 10;
		if (publication_like(c, x))
			s -= 6;
		if ((x->first >= 1 && (d->t[x->first - 1].cls & W_SINCE)) ||
			(x->first >= 2 && (d->t[x->first - 2].cls & W_SINCE)))
			s -= 4;
		x->score = s;
	}
}

static const xdate *
best_date(const xctx *c)
{
	const xdoc *d = &c->B;
	const xdate *best = NULL;
	size_t		i;

	for (i = 0; i < d->ndates; i++)
		if (d->dates[i].score >= 3 && (!best || d->dates[i].score > best->score))
			best = &d->dates[i];
	return best;
}

/*
 * A range "من 17 إلى 21 ماي 2023", "ما بين 17 و21 ماي": the parser gives the
 * last day; a multi-day event is dated by its first day.
 */
static void
range_start(const xdoc *d, const xdate *x, mr_date *held)
{
	uint32_t	f = x->first;
	const xtok *n;
	int			day;

	if (x->m.precision != MR_DATE_DAY || f < 2 || !same_sent(d, f - 2, f))
		return;
	if (!(d->t[f - 1].cls & (W_TO | W_WAW)) && !(d->t[f].gap & G_DASH))
		return;
	n = (d->t[f - 1].cls & (W_TO | W_WAW)) ? &d->t[f - 2] : &d->t[f - 1];
	if (n->kind != MR_TOK_NUMBER || n->num < 1 || n->num >= held->day)
		return;
	day = n->num;
	/* the word before the first day: من / بين / ما بين */
	if (n > d->t && same_sent(d, (size_t) (n - d->t) - 1, f) &&
		((n - 1)->cls & (W_FROM | W_STOP)) != 0)
		held->day = day;
}

/* Without a publication date: the first publication line's date. */
static bool
fallback_reference(xctx *c, mr_date *ref)
{
	const xdoc *d = &c->B;
	size_t		i;
	bool		relative = false;

	for (i = 0; i < d->ndates; i++)
		if (!d->dates[i].m.has_value)
			relative = true;
	if (!relative)
		return false;
	for (i = 0; i < d->ndates; i++)
		if (d->dates[i].m.has_value && d->dates[i].m.precision == MR_DATE_DAY &&
			publication_like(c, &d->dates[i]))
		{
			*ref = d->dates[i].m.value;
			return true;
		}
	return false;
}

/* ----------------------------------------------------------------
 * Security bodies, venue, host
 * ----------------------------------------------------------------
 */

static bool
place_starts(const xdoc *d, size_t j)
{
	return j < d->nt && d->t[j].place >= 0 && d->places[d->t[j].place].first == j;
}

/* The complement of a body phrase ending at `last`: place, ordinal … */
static uint32_t
body_extent(const xdoc *d, uint32_t last, bool *comp)
{
	uint32_t	e = last;
	int			places = 0;
	bool		ordinal = false;

	*comp = false;
	for (;;)
	{
		uint32_t	j = e + 1;
		const xtok *t;

		if (j >= d->nt || !same_sent(d, e, j) ||
			(d->t[j].gap & (G_COMMA | G_COLON | G_OPAREN | G_BRK)))
			break;
		t = &d->t[j];
		if ((t->gap & G_DASH) && !(places > 0 && place_starts(d, j)))
			break;
		if (place_starts(d, j))
		{
			if (places > 0 && !(t->gap & G_DASH))
				break;
			e = d->places[t->place].last;
			places++;
			*comp = true;
			continue;
		}
		if (places > 0)
			break;
		if ((t->cls & (W_ORDINAL | W_TEEN)) ||
			(t->kind == MR_TOK_NUMBER && t->num > 0 && t->num < 1000 && !ordinal &&
			 t->date < 0))
		{
			/* "الدائرة الأمنية السابعة عشرة", "الدائرة الأمنية 12" */
			e = j;
			ordinal = true;
			*comp = true;
			continue;
		}
		if ((t->cls & (W_CITYCUE | W_REGIONCUE | W_PROVCUE)) && (t->cl & CL_B) &&
			!ordinal && place_starts(d, j + 1) && same_sent(d, j, j + 1))
		{
			e = d->places[d->t[j + 1].place].last;
			*comp = true;
			break;
		}
		if ((t->cls & W_FR_CONN) && place_starts(d, j + 1) && same_sent(d, j, j + 1))
		{
			e = j;
			continue;
		}
		break;
	}
	return e;
}

static void
find_bodies(xctx *c)
{
	xdoc	   *d = &c->B;
	size_t		k;
	uint32_t	j;

	c->bodies = c->mem->alloc((d->ncues ? d->ncues : 1) * sizeof(body), c->mem->arg);
	c->nbodies = 0;
	for (k = 0; k < d->ncues; k++)
	{
		const xcue *q = &d->cues[k];
		body	   *b;

		if (q->cat != CAT_BODY)
			continue;
		b = &c->bodies[c->nbodies++];
		b->first = q->first;
		b->id = q->id;
		b->last = body_extent(d, q->last, &b->comp);
		if (q->id == BD_DGSN)
			b->comp = true;
		for (j = b->first + 1; j <= b->last; j++)
			d->t[j].flags |= XT_IN_BODY;
	}
}

/* The body is right after an organising verb (دعت إليه، بدعوة من …). */
static bool
after_organizer(const xdoc *d, uint32_t first)
{
	uint32_t	j = first;
	int			skipped = 0;

	while (j > 0 && same_sent(d, j - 1, first) && skipped <= 2)
	{
		const xtok *p = &d->t[j - 1];

		if (j != first && (d->t[j].gap & (G_COMMA | G_COLON)))
			return false;
		if ((p->cls & W_ORGVERB) && !(p->cl & CL_PREP))
			return true;
		if ((p->cls & W_INVITE) && (p->cl & CL_B))
			return true;
		/* the agent of a passive: "من طرف …", "par la …" */
		if ((p->x & X_AGENT) && p->kind == MR_TOK_LATIN)
			return true;
		if ((p->x & X_AGENT) && j >= 2 && same_sent(d, j - 2, first) &&
			(d->t[j - 2].cls & W_FROM))
			return true;
		if (p->cls & (W_INTO | W_FROM | W_FR_CONN))
		{
			j--;
			skipped++;
			continue;
		}
		if (p->kind == MR_TOK_LATIN && skipped < 2)
		{
			/* "organisée par la …" */
			j--;
			skipped++;
			continue;
		}
		return false;
	}
	return false;
}

/* "La préfecture de police de X a organisé …": the body before the verb */
static bool
before_organizer(const xdoc *d, const body *b)
{
	uint32_t	j = b->last + 1;

	if (d->t[b->first].kind != MR_TOK_LATIN)
		return false;
	if (j < d->nt && same_sent(d, b->last, j) && (d->t[j].cls & W_FR_VERB))
		j++;
	return j < d->nt && same_sent(d, b->last, j) &&
		(d->t[j].cls & (W_ORGVERB | W_HOSTVERB));
}

static bool
after_officials_of(const xdoc *d, uint32_t first)
{
	uint32_t	j = first;
	int			skipped = 0;

	while (j > 0 && same_sent(d, j - 1, first) && skipped <= 2)
	{
		const xtok *p = &d->t[j - 1];

		if (p->cls & W_OFFOF)
			return true;
		if (p->cls & W_FR_CONN)
		{
			j--;
			skipped++;
			continue;
		}
		return false;
	}
	return false;
}

static void
find_venue(xctx *c)
{
	const xdoc *d = &c->B;
	size_t		li;
	int64_t		h = -1;
	uint32_t	e;
	int			pass;

	c->venue_first = c->venue_last = -1;
	/* a labelled line "المكان: …" */
	for (li = 0; li < d->nlines; li++)
	{
		const xline *l = &d->lines[li];
		uint32_t	k;

		if (!(l->flags & L_LABEL) || !(d->t[l->first].cls & W_LABEL_PLACE))
			continue;
		for (k = l->first + 1; k <= l->last; k++)
			if (d->t[k].gap & G_COLON)
			{
				c->venue_first = k;
				c->venue_last = l->last;
				return;
			}
	}
	if (c->anchor < 0)
		return;
	for (pass = 0; pass < 2 && h < 0; pass++)
	{
		size_t		s0 = pass == 0 ? (size_t) c->anchor : 0;
		size_t		s1 = pass == 0 ? (size_t) c->anchor + 1 : d->nsents;
		size_t		s;

		for (s = s0; s < s1 && h < 0; s++)
		{
			uint32_t	i;

			if (pass == 1 && !(c->sflags[s] & S_HEAD))
				continue;
			for (i = d->sents[s].first; i <= d->sents[s].last; i++)
				if (venue_head_at(d, i))
				{
					h = i;
					break;
				}
		}
	}
	if (h < 0)
		return;
	e = (uint32_t) h;
	while (e + 1 < d->nt && e + 1 - h < 12)
	{
		uint32_t	j = e + 1;
		const xtok *t = &d->t[j];

		if (!same_sent(d, e, j) || (t->gap & (G_COMMA | G_COLON | G_OPAREN | G_BRK)))
			break;
		if (t->date >= 0 || (t->cls & (W_TIME | W_MEET | W_STOP | W_PART |
									   W_EVENT | W_FR_VERB | W_CLAUSE)))
			break;
		if ((t->cls & W_CITYCUE) && (t->cl & CL_B))
			break;
		if (d->cue_at[j] >= 0 && is_format_cue(&d->cues[d->cue_at[j]]) &&
			!(t->cls & W_MEET_PL))
			break;				/* "قاعة الاجتماعات" goes on */
		e = j;
	}
	c->venue_first = h;
	c->venue_last = e;
}

static bool
in_venue(const xctx *c, uint32_t i)
{
	return c->venue_first >= 0 && (int64_t) i >= c->venue_first &&
		(int64_t) i <= c->venue_last;
}

static void
find_host(xctx *c)
{
	const xdoc *d = &c->B;
	size_t		k;
	size_t		li;
	int64_t		pick = -1;
	int			pass;

	c->host_first = c->host_last = -1;
	c->host_label = false;
	/* "الجهة المنظمة: …" */
	for (li = 0; li < d->nlines; li++)
	{
		const xline *l = &d->lines[li];
		uint32_t	j;

		if (!(l->flags & L_LABEL) || !(d->t[l->first].cues & (1u << CU_LABEL_HOST)))
			continue;
		for (j = l->first + 1; j <= l->last; j++)
			if (d->t[j].gap & G_COLON)
			{
				c->host_first = j;
				c->host_last = l->last;
				c->host_label = true;
				return;
			}
	}
	/* 0: organiser in the anchor, 1: "مسؤولي X" in the anchor,
	 * 2: organiser in another meeting sentence, 3: inside the venue */
	for (pass = 0; pass < 4 && pick < 0; pass++)
		for (k = 0; k < c->nbodies && pick < 0; k++)
		{
			const body *b = &c->bodies[k];
			uint32_t	s = d->t[b->first].sent;
			bool		role = (d->t[b->first].flags & XT_IN_ROLE) != 0;

			switch (pass)
			{
				case 0:
					if ((int64_t) s == c->anchor && b->comp && !role &&
						(after_organizer(d, b->first) ||
						 (before_organizer(d, b) && !in_venue(c, b->first))))
						pick = (int64_t) k;
					break;
				case 1:
					if ((int64_t) s == c->anchor && b->comp && !role &&
						after_officials_of(d, b->first))
						pick = (int64_t) k;
					break;
				case 2:
					if ((c->sflags[s] & (S_SPEC | S_GEN)) && b->comp && !role &&
						after_organizer(d, b->first))
						pick = (int64_t) k;
					break;
				case 3:
					if (in_venue(c, b->first))
						pick = (int64_t) k;
					break;
			}
		}
	if (pick >= 0)
	{
		c->host_first = c->bodies[pick].first;
		c->host_last = c->bodies[pick].last;
		if (in_venue(c, c->bodies[pick].first) && c->host_last > c->venue_last)
			c->host_last = c->venue_last;
		return;
	}
	/* inside the venue: "مقر منطقة سيدي البرنوصي", "مقر الدائرة الثانية" */
	if (c->venue_first >= 0)
	{
		uint32_t	i;

		for (i = (uint32_t) c->venue_first + 1; (int64_t) i <= c->venue_last; i++)
		{
			const xtok *t = &d->t[i];
			bool		comp;
			uint32_t	e;

			if (!(t->cls & W_SECWORD) || t->kind != MR_TOK_ARABIC)
				continue;
			e = body_extent(d, i, &comp);
			if (comp)
			{
				c->host_first = i;
				c->host_last = (int64_t) e > c->venue_last ? c->venue_last : e;
				return;
			}
		}
	}
}

/* ----------------------------------------------------------------
 * Places
 * ----------------------------------------------------------------
 */

static int
kind_rank(mr_place_kind k)
{
	switch (k)
	{
		case MR_PLACE_CITY:
			return 4;
		case MR_PLACE_DISTRICT:
			return 3;
		case MR_PLACE_PROVINCE:
		case MR_PLACE_PREFECTURE:
			return 2;
		case MR_PLACE_REGION:
			return 1;
	}
	return 0;
}

/* Pick the row of a mention: context word, then the leading city, then
 * kind, then population. */
static int32_t
choose_row(const xctx *c, const xdoc *d, const xplace *g, int32_t lead_city)
{
	const mr_gazetteer *gz = c->gz;
	const int32_t *cand = d->cands + g->cand_off;
	uint32_t	want = 0;		/* bit per kind */
	int32_t		best = -1;
	int			bi;
	uint32_t	k;

	if (g->first > 0 && same_sent(d, g->first - 1, g->first))
	{
		uint64_t	pc = d->t[g->first - 1].cls;

		if (pc & W_CITYCUE)
			want = 1u << MR_PLACE_CITY;
		else if (pc & W_DISTCUE)
			want = 1u << MR_PLACE_DISTRICT;
		else if (pc & W_PROVCUE)
			want = (1u << MR_PLACE_PROVINCE) | (1u << MR_PLACE_PREFECTURE);
		else if (pc & W_REGIONCUE)
			want = 1u << MR_PLACE_REGION;
	}
	for (bi = 0; bi < 2 && best < 0; bi++)
		for (k = 0; k < g->ncand; k++)
		{
			const mr_place *p = &gz->places[cand[k]];
			const mr_place *b;

			if (bi == 0 && want && !(want & (1u << p->kind)))
				continue;
			if (best < 0)
			{
				best = cand[k];
				continue;
			}
			b = &gz->places[best];
			if (lead_city >= 0)
			{
				bool		pc = mr_place_up(gz, cand[k], MR_PLACE_CITY) == lead_city;
				bool		bc = mr_place_up(gz, best, MR_PLACE_CITY) == lead_city;

				if (pc != bc)
				{
					if (pc)
						best = cand[k];
					continue;
				}
			}
			if (kind_rank(p->kind) != kind_rank(b->kind))
			{
				if (kind_rank(p->kind) > kind_rank(b->kind))
					best = cand[k];
				continue;
			}
			if (p->population > b->population)
				best = cand[k];
		}
	return best;
}

/* A single definite word after a definite noun: an adjective (الجديدة). */
static bool
adjective_like(const xdoc *d, const xplace *g)
{
	const xtok *p;

	if (g->first != g->last || g->first == 0 || !same_sent(d, g->first - 1, g->first))
		return false;
	if (!(d->t[g->first].cl & CL_ART) || (d->t[g->first].cl & CL_PREP))
		return false;
	p = &d->t[g->first - 1];
	return (p->cl & CL_ART) && !(p->cls & (W_SECWORD | W_CITYCUE | W_PROVCUE |
										   W_REGIONCUE | W_DISTCUE)) &&
		p->place < 0;
}

/* A place at the start of one of the first lines, before ":" ".." "–". */
static bool
dateline_like(const xdoc *d, const xplace *g)
{
	const xline *l = &d->lines[d->t[g->first].line];
	uint16_t	after = g->last + 1 < d->nt ? d->t[g->last + 1].gap : d->tail_gap;
	uint32_t	ntok = l->last - l->first + 1;

	if (d->t[g->first].line >= 4 && !d->is_title)
		return false;
	/* "فاس..", "تمارة: …", "الدار البيضاء – …" */
	if ((after & (G_COLON | G_DOTS | G_DASH)) && !(d->t[g->first].gap & G_COLON) &&
		g->first == l->first)
		return true;
	if (g->first == l->first && g->last + 1 < d->nt && (d->t[g->last + 1].cls & W_IN) &&
		d->t[g->last + 2 < d->nt ? g->last + 2 : g->last].date >= 0)
		return true;
	/* a short author line: "الدار البيضاء – كريم الصافي", "… - مكناس" */
	if (ntok <= 7 && !d->is_title)
	{
		uint32_t	k;

		for (k = l->first + 1; k <= l->last; k++)
			if (d->t[k].gap & G_DASH)
				return true;
	}
	return false;
}

static bool
in_span(int64_t f, int64_t l, uint32_t i)
{
	return f >= 0 && (int64_t) i >= f && (int64_t) i <= l;
}

static void
weigh_places(xctx *c)
{
	xdoc	   *d = &c->B;
	size_t		i;

	for (i = 0; i < d->nplaces; i++)
	{
		xplace	   *g = &d->places[i];
		const xtok *t = &d->t[g->first];
		double		w = PW_OTHER;

		xcheck(i);
		if ((t->flags & (XT_IN_ASSOC | XT_IN_NAME)) || adjective_like(d, g) ||
			(g->first > 0 && same_sent(d, g->first - 1, g->first) &&
			 (d->t[g->first - 1].x & X_NAMESTART)))
		{
			/* an association's name, a person's (مولاي المهدي) */
			g->weight = 0;
			continue;
		}
		if (in_span(c->venue_first, c->venue_last, g->first))
			w = PW_VENUE;
		else if (t->flags & XT_IN_ITEM)
			w = PW_OTHER;		/* inside a demand or a commitment */
		else if ((int64_t) t->sent == c->anchor && g->first > 0 &&
				 same_sent(d, g->first - 1, g->first) &&
				 (d->t[g->first - 1].cls & W_CITYCUE))
			w = PW_CITYCUE;
		else if (in_span(c->host_first, c->host_last, g->first))
			w = PW_HOST;
		else if (dateline_like(d, g))
			w = PW_DATELINE;
		else
		{
			bool		inbody = (t->flags & (XT_IN_ROLE | XT_IN_BODY)) != 0;

			if (inbody)
				w = PW_BODY;
			else if ((int64_t) t->sent == c->anchor)
				w = PW_ANCHOR;
			else if ((t->line < d->nheadline) ||
					 (g->first > 0 && (d->t[g->first - 1].cls & W_CITYCUE) &&
					  (c->sflags[t->sent] & (S_SPEC | S_GEN))))
				w = PW_ANCHOR;
		}
		g->weight = w;
	}
	for (i = 0; i < c->T.nplaces; i++)
	{
		xplace	   *g = &c->T.places[i];

		g->weight = dateline_like(&c->T, g) ? PW_DATELINE : PW_ANCHOR;
		if (adjective_like(&c->T, g))
			g->weight = 0;
	}
}

typedef struct score_acc
{
	int32_t    *idx;
	double	   *w;
	size_t		n;
} score_acc;

static void
acc_add(score_acc *a, int32_t place, double w)
{
	size_t		i;

	if (place < 0)
		return;
	for (i = 0; i < a->n; i++)
		if (a->idx[i] == place)
		{
			a->w[i] += w;
			return;
		}
	a->idx[a->n] = place;
	a->w[a->n] = w;
	a->n++;
}

static int32_t
acc_best(const score_acc *a, double min)
{
	int32_t		best = -1;
	double		bw = 0;
	size_t		i;

	for (i = 0; i < a->n; i++)
		if (a->w[i] >= min && a->w[i] > bw)
		{
			bw = a->w[i];
			best = a->idx[i];
		}
	return best;
}

/* Score cities (and regions) over the mentions of both texts. */
static void
score_cities(xctx *c, int32_t lead, score_acc *cities, score_acc *regions)
{
	const mr_gazetteer *gz = c->gz;
	xdoc	   *docs[2];
	int			di;

	docs[0] = &c->B;
	docs[1] = &c->T;
	cities->n = regions->n = 0;
	for (di = 0; di < 2; di++)
	{
		xdoc	   *d = docs[di];
		size_t		i;

		for (i = 0; i < d->nplaces; i++)
		{
			xplace	   *g = &d->places[i];
			int32_t		r;
			mr_place_kind k;

			if (g->weight <= 0)
				continue;
			r = choose_row(c, d, g, lead);
			g->chosen = r;
			if (r < 0)
				continue;
			k = gz->places[r].kind;
			if (k == MR_PLACE_CITY)
				acc_add(cities, r, g->weight);
			else if (k == MR_PLACE_DISTRICT)
				acc_add(cities, mr_place_up(gz, r, MR_PLACE_CITY),
						g->weight * PW_DISTRICT_CITY);
			else
				acc_add(regions, mr_place_up(gz, r, MR_PLACE_REGION), g->weight);
		}
	}
}

/* depth of a place (steps to the root) */
static int
place_depth(const mr_gazetteer *gz, int32_t p)
{
	int			n = 0;

	while (p >= 0 && (size_t) n <= gz->nplaces)
	{
		p = gz->places[p].parent;
		n++;
	}
	return n;
}

static bool
is_descendant(const mr_gazetteer *gz, int32_t p, int32_t anc)
{
	size_t		steps = 0;

	if (p == anc)
		return false;
	while (p >= 0 && steps <= gz->nplaces)
	{
		p = gz->places[p].parent;
		if (p == anc)
			return true;
		steps++;
	}
	return false;
}

/*
 * A province or prefecture in the venue or the host ("بقاعة الاجتماعات
 * بعمالة إقليم تاوريرت") is at its seat: the city of the same name under it
 * (found through the exact names; none when the gazetteer has no names).
 */
static int32_t
province_seat(const xctx *c)
{
	const mr_gazetteer *gz = c->gz;
	const xdoc *d = &c->B;
	size_t		i;

	if (!gz->name_lists || c->ex->exact.n == 0)
		return -1;
	for (i = 0; i < d->nplaces; i++)
	{
		const xplace *g = &d->places[i];
		const char *p;
		mr_buf		key;

		if (g->chosen < 0 || g->weight < PW_HOST ||
			(gz->places[g->chosen].kind != MR_PLACE_PROVINCE &&
			 gz->places[g->chosen].kind != MR_PLACE_PREFECTURE))
			continue;
		mr_buf_init(&key, c->mem, 64);
		for (p = gz->name_lists[g->chosen]; p && *p;)
		{
			const char *q = strchr(p, '|');
			size_t		len = q ? (size_t) (q - p) : strlen(p);
			mr_tokenizer t;
			mr_token	tok;
			int32_t		found[16];
			int			nf;
			int			k;

			key.len = 0;
			mr_tokenizer_init(&t, p, len, c->mem);
			while (mr_tokenizer_next(&t, &tok))
			{
				if (key.len)
					mr_buf_append(&key, " ", 1);
				mr_buf_append_cps(&key, tok.norm, tok.norm_len);
			}
			mr_tokenizer_free(&t);
			nf = key.len ? xn_lookup(&c->ex->exact, key.data, key.len, found, 16) : 0;
			for (k = 0; k < nf; k++)
				if (gz->places[found[k]].kind == MR_PLACE_CITY &&
					gz->places[found[k]].parent == g->chosen)
				{
					mr_buf_free(&key);
					return found[k];
				}
			p += len;
			if (*p == '|')
				p++;
		}
		mr_buf_free(&key);
	}
	return -1;
}

static void
resolve_places(xctx *c, mr_facts *out)
{
	const mr_gazetteer *gz = c->gz;
	size_t		cap = c->B.nplaces + c->T.nplaces + 1;
	score_acc	cities;
	score_acc	regions;
	int32_t		lead;
	int32_t		city;
	int32_t		district = -1;
	double		dw = 0;
	xdoc	   *docs[2];
	int			di;

	if (!gz || cap == 1)
		return;
	cities.idx = c->mem->alloc(cap * sizeof(int32_t), c->mem->arg);
	cities.w = c->mem->alloc(cap * sizeof(double), c->mem->arg);
	regions.idx = c->mem->alloc(cap * sizeof(int32_t), c->mem->arg);
	regions.w = c->mem->alloc(cap * sizeof(double), c->mem->arg);
	score_cities(c, -1, &cities, &regions);
	lead = acc_best(&cities, 0.5);
	score_cities(c, lead, &cities, &regions);
	city = acc_best(&cities, PW_MIN_CITY);

	docs[0] = &c->B;
	docs[1] = &c->T;
	if (city >= 0)
	{
		int32_t		refined = -1;
		int			rdepth = 0;
		double		rw = 0;

		/* the best district of that city in the venue, host, datelines */
		for (di = 0; di < 2; di++)
		{
			size_t		i;

			for (i = 0; i < docs[di]->nplaces; i++)
			{
				const xplace *g = &docs[di]->places[i];

				if (g->chosen < 0 || g->weight < PW_MIN_DISTRICT ||
					gz->places[g->chosen].kind != MR_PLACE_DISTRICT ||
					mr_place_up(gz, g->chosen, MR_PLACE_CITY) != city)
					continue;
				if (g->weight > dw)
				{
					dw = g->weight;
					district = g->chosen;
				}
			}
		}
		/* refined by a more specific district under it */
		if (district >= 0)
			for (di = 0; di < 2; di++)
			{
				size_t		i;

				for (i = 0; i < docs[di]->nplaces; i++)
				{
					const xplace *g = &docs[di]->places[i];

					if (g->chosen < 0 || g->weight <= 0 ||
						!is_descendant(gz, g->chosen, district))
						continue;
					if (g->weight >= PW_MIN_DISTRICT)
					{
						int			dep = place_depth(gz, g->chosen);

						if (dep > rdepth || (dep == rdepth && g->weight > rw))
						{
							refined = g->chosen;
							rdepth = dep;
							rw = g->weight;
						}
					}
				}
			}
		if (refined >= 0)
			district = refined;
		out->city = city;
		out->district = district;
		out->region = mr_place_up(gz, city, MR_PLACE_REGION);
		out->place_precision = district >= 0 ? MR_PLACE_DISTRICT : MR_PLACE_CITY;
	}
	else if ((city = province_seat(c)) >= 0)
	{
		out->city = city;
		out->region = mr_place_up(gz, city, MR_PLACE_REGION);
		out->place_precision = MR_PLACE_CITY;
	}
	else
	{
		int32_t		region = acc_best(&regions, PW_MIN_DISTRICT);

		if (region >= 0)
		{
			out->region = region;
			out->place_precision = MR_PLACE_REGION;
		}
	}
	c->mem->free(cities.idx, c->mem->arg);
	c->mem->free(cities.w, c->mem->arg);
	c->mem->free(regions.idx, c->mem->arg);
	c->mem->free(regions.w, c->mem->arg);
}

/* ----------------------------------------------------------------
 * Association count
 * ----------------------------------------------------------------
 */

/* The count stated at association noun i, or -1. */
static int
count_at(const xdoc *d, uint32_t i)
{
	const xtok *t = &d->t[i];
	int			value = -1;
	uint32_t	start = i;

	if (t->flags & XT_IN_ASSOC)
		return -1;
	if (i + 1 < d->nt && same_sent(d, i, i + 1) &&
		(d->t[i + 1].cls & W_REGISTERED))
		return -1;
	if (t->cls & W_ASSOC_DU)
		return 2;
	if (i > 0 && same_sent(d, i - 1, i) && !(t->gap & (G_COMMA | G_COLON)))
	{
		const xtok *p = &d->t[i - 1];

		if (p->kind == MR_TOK_NUMBER && p->num > 0 && p->num < 100000)
		{
			value = p->num;
			start = i - 1;
		}
		else if ((p->cls & W_FROM) && i >= 2 && same_sent(d, i - 2, i) &&
				 (d->t[i - 2].kind == MR_TOK_NUMBER || (d->t[i - 2].cls & W_NUM)) &&
				 !(d->t[i - 2].cls & W_TEEN) && d->t[i - 2].num > 1 &&
				 d->t[i - 2].num < 100000 && (t->cls & W_ASSOC_PL))
		{
			/* "12 من الجمعيات", "عشرين من الجمعيات" */
			value = d->t[i - 2].num;
			start = i - 2;
		}
		else if (p->cls & W_NUM)
		{
			uint32_t	j = i;
			int			sum = 0;
			int			words = 0;

			while (j > 0 && words < 5 && same_sent(d, j - 1, j) &&
				   !(d->t[j].gap & (G_COMMA | G_COLON)))
			{
				const xtok *q = &d->t[j - 1];

				if (q->cls & W_WAW)
				{
					j--;
					continue;
				}
				if (!(q->cls & W_NUM) || q->num < 0)
					break;
				sum += q->num;
				words++;
				j--;
			}
			if (words > 0 && sum > 0)
			{
				value = sum;
				start = j;
			}
		}
	}
	if (value < 0 && (t->cls & W_ASSOC_PL) && i + 1 < d->nt && same_sent(d, i, i + 1) &&
		(d->t[i + 1].cls & W_NUM) && (d->t[i + 1].cl & CL_ART) && d->t[i + 1].num > 1)
		return d->t[i + 1].num;
	if (value < 0)
		return -1;
	/* "من أصل 600 جمعية" */
	if (start >= 1 && (d->t[start - 1].cues & (1u << CU_OUTOF)))
		return -1;
	if (start >= 1 && (d->t[start - 1].cls & W_OUTOF))
		return -1;
	if (start >= 2 && (d->t[start - 2].cues & (1u << CU_OUTOF)) &&
		(d->t[start - 1].cls & W_VAGUE))
		return -1;
	if (start >= 3 && (d->t[start - 3].cues & (1u << CU_OUTOF)))
		return -1;
	return value;
}

static void
find_count(xctx *c, mr_facts *out)
{
	const xdoc *d = &c->B;
	uint32_t	i;
	int			pass;

	for (pass = 0; pass < 3; pass++)
		for (i = 0; i < d->nt; i++)
		{
			const xtok *t = &d->t[i];
			int			v;

			xcheck(i);
			if (!(t->cls & (W_ASSOC_SG | W_ASSOC_PL | W_ASSOC_DU)))
				continue;
			if (pass == 0 && (int64_t) t->sent != c->anchor)
				continue;
			if (pass == 1 && !(c->sflags[t->sent] & (S_PART | S_SPEC | S_GEN)))
				continue;
			/* "أشاد أعضاء الجمعيتين …": the two that took part */
			if (pass == 2 && !(t->cls & W_ASSOC_DU))
				continue;
			v = count_at(d, i);
			if (v > 0)
			{
				out->has_association_count = true;
				out->association_count = v;
				return;
			}
		}
	/* a title given apart: "لقاء يجمع الأمن بـ20 جمعية" */
	for (i = 0; i < c->T.nt; i++)
		if ((c->T.t[i].cls & (W_ASSOC_SG | W_ASSOC_PL | W_ASSOC_DU)))
		{
			int			v = count_at(&c->T, i);

			if (v > 0)
			{
				out->has_association_count = true;
				out->association_count = v;
				return;
			}
		}
}

/* ----------------------------------------------------------------
 * Output
 * ----------------------------------------------------------------
 */

static mr_span
trimmed_span(const xdoc *d, int64_t first, int64_t last)
{
	mr_span		sp;

	memset(&sp, 0, sizeof(sp));
	if (first < 0 || last < first)
		return sp;
	return xdoc_span(d, (uint32_t) first, (uint32_t) last,
					 xtok_clitic_letters(&d->t[first]));
}

static void *
copy_array(const mr_allocator *mem, const void *src, size_t n, size_t elem)
{
	void	   *p;

	if (n == 0)
		return NULL;
	p = mem->alloc(n * elem, mem->arg);
	memcpy(p, src, n * elem);
	return p;
}

const char *
mr_format_name(mr_format f)
{
	switch (f)
	{
		case MR_FORMAT_COMMUNICATION_MEETING:
			return "communication_meeting";
		case MR_FORMAT_CONSULTATION:
			return "consultation";
		case MR_FORMAT_SEMINAR:
			return "seminar";
		case MR_FORMAT_OPEN_DAYS:
			return "open_days";
		case MR_FORMAT_OTHER:
			break;
	}
	return "other";
}

const char *
mr_place_precision_name(int precision)
{
	switch (precision)
	{
		case MR_PLACE_DISTRICT:
			return "district";
		case MR_PLACE_CITY:
			return "city";
		case MR_PLACE_REGION:
			return "region";
	}
	return NULL;
}

mr_extractor *
mr_extractor_create(const mr_gazetteer *gz, const mr_allocator *mem)
{
	mr_extractor *ex = mem->alloc(sizeof(mr_extractor), mem->arg);

	memset(ex, 0, sizeof(*ex));
	ex->mem = mem;
	ex->gz = gz;
	xw_build(&ex->words, mem);
	ex->cues = xw_build_cues(mem);
	xn_build(&ex->exact, gz, mem);
	return ex;
}

void
mr_extractor_free(mr_extractor *ex)
{
	const mr_allocator *mem;

	if (!ex)
		return;
	mem = ex->mem;
	xw_free(&ex->words);
	xn_free(&ex->exact, mem);
	if (ex->cues)
		mr_lexicon_free(ex->cues);
	mem->free(ex, mem->arg);
}

static void
facts_init(mr_facts *out)
{
	memset(out, 0, sizeof(*out));
	out->city = out->district = out->region = -1;
	out->format = MR_FORMAT_OTHER;
}

mr_status
mr_extractor_run(const mr_extractor *ex, const char *body, size_t n,
				 const char *title, size_t tn, const mr_date *published,
				 const mr_allocator *mem, mr_facts *out)
{
	xctx		c;
	mr_date		ref;
	const mr_date *refp = published;
	int			i;

	facts_init(out);
	if (n > MR_MAX_OUTPUT || tn > MR_MAX_OUTPUT)
		return MR_TOO_LONG;
	if (body == NULL)
		n = 0;
	if (title == NULL)
		tn = 0;
	if (refp && !mr_date_valid(refp->year, refp->month, refp->day))
		refp = NULL;

	memset(&c, 0, sizeof(c));
	c.ex = ex;
	c.gz = ex->gz;
	c.mem = mem;
	xdoc_analyze(ex, &c.B, body, n, false, refp, mem);
	xdoc_analyze(ex, &c.T, title, tn, true, NULL, mem);
	find_headline(&c.B);

	xl_associations(&c.B, &c.L, mem);
	xl_officials(&c.B, &c.L, mem);
	cue_flags(&c);
	sentence_flags(&c);
	line_flags(&c);
	find_anchor(&c);
	find_bodies(&c);

	if (c.meeting)
	{
		const xdate *dt;

		out->is_meeting = true;
		if (!refp && fallback_reference(&c, &ref))
		{
			xdoc_redate(&c.B, &ref, mem);
			mem->free(c.sflags, mem->arg);
			sentence_flags(&c);
		}
		score_dates(&c);
		dt = best_date(&c);
		if (dt && dt->m.has_value)
		{
			out->has_held_on = true;
			out->held_on = dt->m.value;
			out->held_on_precision = dt->m.precision;
			range_start(&c.B, dt, &out->held_on);
		}
		out->format = find_format(&c);
		find_venue(&c);
		find_host(&c);
		out->venue = trimmed_span(&c.B, c.venue_first, c.venue_last);
		if (c.host_label)
			out->host = xdoc_span(&c.B, (uint32_t) c.host_first, (uint32_t) c.host_last, 0);
		else
			out->host = trimmed_span(&c.B, c.host_first, c.host_last);
		/* the lists first: places inside a demand do not locate the meeting */
		xl_demands_commitments(&c.B, &c.L, true, mem);
		weigh_places(&c);
		resolve_places(&c, out);
		find_count(&c, out);
	}
	else
		xl_demands_commitments(&c.B, &c.L, false, mem);

	out->associations = copy_array(mem, c.L.assoc.v, c.L.assoc.n, sizeof(mr_span));
	out->nassociations = c.L.assoc.n;
	out->demands = copy_array(mem, c.L.demands.v, c.L.demands.n, sizeof(mr_span));
	out->ndemands = c.L.demands.n;
	out->commitments = copy_array(mem, c.L.commits.v, c.L.commits.n, sizeof(mr_span));
	out->ncommitments = c.L.commits.n;
	for (i = 0; i < c.L.noff; i++)
		if (!c.L.off[i].merged && !c.L.off[i].object)
			out->nofficials++;
	if (out->nofficials > 0)
	{
		int			k = 0;

		out->officials = mem->alloc(out->nofficials * sizeof(mr_official), mem->arg);
		for (i = 0; i < c.L.noff; i++)
		{
			const xofficial *o = &c.L.off[i];

			if (o->merged || o->object)
				continue;
			out->officials[k].role = xdoc_span(&c.B, o->role_first, o->role_last,
											   xtok_clitic_letters(&c.B.t[o->role_first]));
			if (o->name_first >= 0)
				out->officials[k].name = xdoc_span(&c.B, (uint32_t) o->name_first,
												   (uint32_t) o->name_last, 0);
			else
				memset(&out->officials[k].name, 0, sizeof(mr_span));
			k++;
		}
	}

	xlists_free(&c.L, mem);
	if (c.cflags)
		mem->free(c.cflags, mem->arg);
	if (c.sflags)
		mem->free(c.sflags, mem->arg);
	if (c.lmeet)
		mem->free(c.lmeet, mem->arg);
	if (c.bodies)
		mem->free(c.bodies, mem->arg);
	xdoc_free(&c.B, mem);
	xdoc_free(&c.T, mem);
	return MR_OK;
}

mr_status
mr_extract(const char *body, size_t n, const char *title, size_t tn,
		   const mr_date *published, const mr_gazetteer *gz,
		   const mr_allocator *mem, mr_facts *out)
{
	mr_extractor *ex = mr_extractor_create(gz, mem);
	mr_status	st = mr_extractor_run(ex, body, n, title, tn, published, mem, out);

	mr_extractor_free(ex);
	return st;
}

void
mr_facts_free(mr_facts *f, const mr_allocator *mem)
{
	if (f->associations)
		mem->free(f->associations, mem->arg);
	if (f->officials)
		mem->free(f->officials, mem->arg);
	if (f->demands)
		mem->free(f->demands, mem->arg);
	if (f->commitments)
		mem->free(f->commitments, mem->arg);
	facts_init(f);
}
