/*-------------------------------------------------------------------------
 *
 * mr_extract_lists.c
 *	  The list facts: associations named, officials (role and name),
 *	  demands and commitments.  The rules are documented in mr_extract.h.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_extract_int.h"

#include <string.h>

#define NAME_MAX_WORDS	12
#define ROLE_MAX_WORDS	14
#define OBJ_MAX_WORDS	40
#define OBJ_SEARCH		40

void
xspans_push(xspans *s, mr_span sp, const mr_allocator *mem)
{
	s->v = mr_grow(mem, s->v, &s->cap, (size_t) s->n + 1, sizeof(mr_span), 16);
	s->v[s->n++] = sp;
}

void
xlists_free(xlists *l, const mr_allocator *mem)
{
	if (l->assoc.v)
		mem->free(l->assoc.v, mem->arg);
	if (l->off)
		mem->free(l->off, mem->arg);
	if (l->demands.v)
		mem->free(l->demands.v, mem->arg);
	if (l->commits.v)
		mem->free(l->commits.v, mem->arg);
	memset(l, 0, sizeof(*l));
}

static bool
same_sent(const xdoc *d, size_t a, size_t b)
{
	return a < d->nt && b < d->nt && d->t[a].sent == d->t[b].sent;
}

static bool
place_starts(const xdoc *d, size_t j)
{
	return j < d->nt && d->t[j].place >= 0 && d->places[d->t[j].place].first == j;
}

/* letters of the clitics و/ف and ب/ل/ك (not لل) in front of token t */
static int
front_clitics(const xtok *t, uint8_t cl)
{
	int			k = 0;

	if (t->kind != MR_TOK_ARABIC)
		return 0;
	if (cl & CL_CONJ)
		k++;
	if ((cl & CL_B) || (cl & CL_K) || ((cl & CL_L) && !(cl & CL_ART)))
		k++;
	return k;
}

/* ----------------------------------------------------------------
 * Associations
 * ----------------------------------------------------------------
 */

typedef struct aname
{
	uint32_t	head;
	uint32_t	first;			/* first content word */
	uint32_t	last;
	bool		clean;			/* ended at punctuation or a new name */
	bool		dropped;
} aname;

static bool
is_assoc_head(const xdoc *d, uint32_t i, uint32_t *content)
{
	const xtok *t = &d->t[i];

	if ((t->cls & W_ASSOC_HEAD) && !(t->cls & (W_ASSOC_PL | W_ASSOC_DU)))
	{
		/* الجمعية alone refers back to one already named */
		if (t->kind == MR_TOK_ARABIC && (t->cl & CL_ART))
			return false;
		/* "32 جمعية", "خمس جمعيات": a count */
		if (i > 0 && same_sent(d, i - 1, i) &&
			(d->t[i - 1].kind == MR_TOK_NUMBER || (d->t[i - 1].cls & W_NUM)))
			return false;
		*content = i + 1;
		return true;
	}
	if ((t->cls & W_ASSOC_NET) && i + 1 < d->nt && same_sent(d, i, i + 1) &&
		(d->t[i + 1].cls & W_ASSOC_PL) && !(d->t[i].cl & CL_ART))
	{
		*content = i + 2;
		return true;
	}
	return false;
}

/* Is a new association name starting at j (وجمعية، ورابطة، et l'Association)? */
static bool
new_head_at(const xdoc *d, uint32_t j)
{
	uint32_t	c;
	uint32_t	k = j;

	if (d->t[j].cls & W_WAW)
		k = j + 1;
	else if (d->t[j].kind == MR_TOK_LATIN && (d->t[j].cls & W_STOP))
	{
		/* "et l'Association …" */
		k = j + 1;
		while (k < d->nt && k < j + 3 && (d->t[k].cls & W_FR_CONN))
			k++;
	}
	if (k >= d->nt || !same_sent(d, j, k))
		return false;
	if (k == j && !(d->t[j].cl & CL_CONJ) && d->t[j].kind == MR_TOK_ARABIC)
		return is_assoc_head(d, j, &c) && !(d->t[j].cl & CL_PREP);
	return is_assoc_head(d, k, &c);
}

static uint32_t
name_extent(const xdoc *d, uint32_t head, uint32_t first, bool *clean)
{
	bool		latin = d->t[head].kind == MR_TOK_LATIN;
	bool		quoted = (d->t[head].gap & G_QUOTE) != 0;
	int			words = 0;
	int			bcomp = -1;		/* words when the ب-complement began */
	uint32_t	e = head;
	uint32_t	j;

	*clean = false;
	for (j = first; j < d->nt; j++)
	{
		const xtok *t = &d->t[j];

		if (!same_sent(d, head, j))
		{
			*clean = true;
			break;
		}
		if (t->gap & (G_COMMA | G_COLON | G_OPAREN | G_CPAREN))
		{
			*clean = true;
			break;
		}
		if ((t->gap & G_QUOTE) && (quoted || words == 0) && j > first)
		{
			*clean = true;
			break;
		}
		if (j > first && new_head_at(d, j))
		{
			*clean = true;
			break;
		}
		if (t->date >= 0 || t->kind == MR_TOK_NUMBER || (t->cls & W_WAW))
			break;
		if (latin)
		{
			if (t->cls & (W_FR_VERB | W_CLAUSE))
				break;
			if ((t->cls & W_STOP) && !(t->cls & W_FR_CONN) && t->kind == MR_TOK_LATIN)
			{
				/* "pour la citoyenneté et les droits …" stay inside */
				if (!(j + 1 < d->nt && (d->t[j + 1].cls & W_FR_CONN)))
					break;
			}
		}
		else
		{
			if (t->cls & W_STOP)
			{
				const xtok *nx = j + 1 < d->nt && same_sent(d, j, j + 1) ? &d->t[j + 1] : NULL;

				/* "في وضعية صعبة": في + an indefinite noun, inside the name */
				bool		in_ok = (t->cls & W_IN) && nx && words >= 2 &&
				nx->kind == MR_TOK_ARABIC && !(nx->shape & SH_AL) &&
				!(nx->cls & (W_STOP | W_TIME | W_MASDAR)) && nx->date < 0;

				/* "للوقاية من الإدمان": من after لل+verbal noun */
				bool		from_ok = (t->cls & W_FROM) && j > first &&
				(d->t[j - 1].cl & CL_L) && (d->t[j - 1].cls & W_MASDAR);

				if (!in_ok && !from_ok)
					break;
			}
			if ((t->cls & (W_CLAUSE | W_PRONOUN_OBJ | W_TIME)) ||
				((t->cls & (W_NARR | W_DEMAND | W_COMMIT | W_EVENT)) &&
				 !(t->cl & (CL_PREP | CL_ART))))
				break;
			if (xmasdar(d, j) && (t->mcl & CL_B))
				break;
			if ((t->cls & (W_ROLE | W_HONOR)) || (t->x & X_AN))
				break;
			if (t->kind == MR_TOK_ARABIC && ((t->cl & CL_B) || (t->shape & SH_B)))
			{
				if (bcomp >= 0)
					break;
				bcomp = words;
			}
			if (bcomp >= 0 && words - bcomp >= 4)
				break;
		}
		e = j;
		words++;
		if (words >= NAME_MAX_WORDS)
			break;
	}
	return e;
}

/* stems of content words: is a[0..na) a prefix of b[0..nb)? */
static bool
stems_prefix(const xdoc *d, uint32_t af, uint32_t al, uint32_t bf, uint32_t bl)
{
	uint32_t	i;

	if (al - af > bl - bf)
		return false;
	for (i = 0; af + i <= al; i++)
		if (d->t[af + i].stem_hash != d->t[bf + i].stem_hash)
			return false;
	return true;
}

static int
common_prefix(const xdoc *d, uint32_t af, uint32_t al, uint32_t bf, uint32_t bl)
{
	int			n = 0;

	while (af + n <= al && bf + n <= bl &&
		   d->t[af + n].stem_hash == d->t[bf + n].stem_hash)
		n++;
	return n;
}

static bool
all_words_in(const xdoc *d, uint32_t af, uint32_t al, uint32_t bf, uint32_t bl)
{
	uint32_t	i,
				j;

	for (i = af; i <= al; i++)
	{
		bool		found = false;

		for (j = bf; j <= bl && !found; j++)
			found = d->t[i].stem_hash == d->t[j].stem_hash;
		if (!found)
			return false;
	}
	return true;
}

void
xl_associations(xdoc *d, xlists *l, const mr_allocator *mem)
{
	aname	   *v = NULL;
	int			n = 0;
	size_t		cap = 0;
	uint32_t	i;
	int			k;

	for (i = 0; i < d->nt; i++)
	{
		uint32_t	first;
		aname		a;
		int			m;

		xcheck(i);
		if (!is_assoc_head(d, i, &first) || first >= d->nt || !same_sent(d, i, first))
			continue;
		if (d->t[first].gap & (G_COMMA | G_COLON | G_BRK))
			continue;
		a.head = i;
		a.first = first;
		a.last = name_extent(d, i, first, &a.clean);
		a.dropped = false;
		if (a.last < first)
			continue;
		/* the same association again? (among the last ones named) */
		for (m = n > 256 ? n - 256 : 0; m < n; m++)
		{
			aname	   *b = &v[m];

			if (b->dropped)
				continue;
			if (stems_prefix(d, a.first, a.last, b->first, b->last))
			{
				a.dropped = true;
				break;
			}
			if (stems_prefix(d, b->first, b->last, a.first, a.last))
			{
				if (!b->clean && a.clean)
					b->dropped = true;	/* the longer one, cleanly cut */
				else
					a.dropped = true;
				break;
			}
			if (common_prefix(d, a.first, a.last, b->first, b->last) >= 2 && !a.clean)
			{
				a.dropped = true;
				break;
			}
			if (a.last - a.first <= 1 && all_words_in(d, a.first, a.last, b->first, b->last))
			{
				a.dropped = true;
				break;
			}
		}
		v = mr_grow(mem, v, &cap, (size_t) n + 1, sizeof(aname), 16);
		v[n++] = a;
		i = a.last;
	}
	for (k = 0; k < n; k++)
	{
		uint32_t	j;

		for (j = v[k].head; j <= v[k].last; j++)
			d->t[j].flags |= XT_IN_ASSOC;
		if (v[k].dropped)
			continue;
		xspans_push(&l->assoc,
					xdoc_span(d, v[k].head, v[k].last,
							  front_clitics(&d->t[v[k].head], d->t[v[k].head].cl)),
					mem);
	}
	if (v)
		mem->free(v, mem->arg);
}

/* ----------------------------------------------------------------
 * Officials
 * ----------------------------------------------------------------
 */

/* The words after a role head make it a security official's role. */
static bool
role_valid(const xdoc *d, uint32_t i, uint32_t *next)
{
	const xtok *t = &d->t[i];
	uint32_t	j = i + 1;

	if (t->kind == MR_TOK_LATIN)
	{
		while (j < d->nt && j < i + 4 && same_sent(d, i, j) && (d->t[j].cls & W_FR_CONN))
			j++;
		*next = i + 1;
		return j < d->nt && same_sent(d, i, j) && (d->t[j].cls & W_SECWORD);
	}
	if (j >= d->nt || !same_sent(d, i, j) || (d->t[j].gap & (G_COMMA | G_BRK | G_COLON)))
		return false;
	*next = j;
	switch (t->num)
	{
		case ROLE_NAIB:
			if ((d->t[j].cls & W_ROLE) && d->t[j].num == ROLE_RAIS)
			{
				*next = j + 1;
				return j + 1 < d->nt && same_sent(d, j, j + 1) &&
					(d->t[j + 1].cls & W_SECWORD);
			}
			return (d->t[j].cls & W_SECWORD) != 0;
		case ROLE_RAIS:
		case ROLE_QAID:
		case ROLE_WALI:
			return (d->t[j].cls & W_SECWORD) != 0 && !(d->t[j].flags & XT_IN_ASSOC);
		case ROLE_PASHA:
			return (d->t[j].cls & W_CITYCUE) || place_starts(d, j);
	}
	return false;
}

static bool
name_word(const xtok *t)
{
	if (t->kind != MR_TOK_ARABIC && t->kind != MR_TOK_LATIN)
		return false;
	if (t->date >= 0)
		return false;
	if (t->cls & (W_STOP | W_CLAUSE | W_ROLE | W_MEET | W_MEET_PL | W_TIME |
				  W_SECWORD | W_VENUE | W_CIVIL | W_ASSOC_SG | W_ASSOC_PL |
				  W_ASSOC_HEAD | W_EVENT | W_NARR | W_DEMAND | W_COMMIT |
				  W_PART | W_VAGUE | W_OFFGEN | W_HONOR | W_RANK | W_CITYCUE |
				  W_ORDINAL | W_NUM | W_DISTCUE | W_PROVCUE | W_REGIONCUE |
				  W_ACTING | W_FR_VERB | W_WAW | W_FUTURE | W_PRONOUN_OBJ))
		return false;
	if (t->x & X_AN)
		return false;
	if ((t->cl & CL_PREP) && !(t->x & X_NAMESTART))
		return false;
	return true;
}

/* ", [السيد] [rank] NAME ," after the role: the name's tokens */
static bool
name_after(const xdoc *d, uint32_t role_last, int64_t *nf, int64_t *nl)
{
	uint32_t	j = role_last + 1;
	uint32_t	s;
	int			words = 0;
	bool		by_first_name;

	if (j >= d->nt || !same_sent(d, role_last, j))
		return false;
	/* "ROLE، NAME" or, without the comma, "ROLE FIRSTNAME FAMILYNAME" */
	by_first_name = (d->t[j].x & X_FIRSTNAME) != 0 && !(d->t[j].gap & G_COMMA);
	if (!(d->t[j].gap & G_COMMA) && !by_first_name)
		return false;
	while (j < d->nt && same_sent(d, role_last, j) &&
		   ((d->t[j].cls & W_HONOR) ||
			((d->t[j].cls & W_FR_CONN) && d->t[j].kind == MR_TOK_LATIN)))
		j++;
	if (j < d->nt && (d->t[j].cls & W_RANK))
	{
		j++;
		while (j < d->nt && (d->t[j].cls & (W_RANKMOD | W_FR_CONN)) &&
			   !(d->t[j].gap & G_COMMA))
			j++;
	}
	s = j;
	while (j < d->nt && same_sent(d, role_last, j) && words < 5)
	{
		if (j > s && (d->t[j].gap & (G_COMMA | G_OPAREN)))
			break;
		/*
		 * a name led by a first name and no comma: the first name and the
		 * family name (three words when the second is بن, عبد ...)
		 */
		if (by_first_name && words >= 2 &&
			!(words == 2 && (d->t[s + 1].x & X_NAMESTART)))
			break;
		if (!name_word(&d->t[j]))
		{
			if (by_first_name && words >= 2)
				break;
			return false;
		}
		words++;
		j++;
	}
	if (words < 2 || words > 4)
		return false;
	/*
	 * it must end at a comma, the sentence end or a parenthesis (a name
	 * led by a first name may also end where a non-name word begins)
	 */
	if (j < d->nt && same_sent(d, role_last, j) &&
		!(d->t[j].gap & (G_COMMA | G_OPAREN)) && !by_first_name)
		return false;
	*nf = s;
	*nl = j - 1;
	return true;
}

/* "NAME، ROLE": two words (three after عبد/أبو …) before the comma */
static bool
name_before(const xdoc *d, uint32_t head, int64_t *nf, int64_t *nl)
{
	uint32_t	a;

	if (head < 2 || !(d->t[head].gap & G_COMMA) || !same_sent(d, head - 2, head))
		return false;
	if (d->t[head - 1].gap & (G_COMMA | G_QUOTE | G_COLON))
		return false;
	if (!name_word(&d->t[head - 1]) || !name_word(&d->t[head - 2]))
		return false;
	a = head - 2;
	if (a > 0 && same_sent(d, a - 1, a) && !(d->t[a].gap & (G_COMMA | G_QUOTE)) &&
		(d->t[a - 1].x & X_NAMESTART))
		a--;
	/*
	 * a definite noun just before the two words makes them the end of a
	 * longer phrase ("… الفعاليات المدنية المحلية، رئيس"), not a name
	 */
	if (a > 0 && same_sent(d, a - 1, a) && !(d->t[a].gap & (G_COMMA | G_QUOTE)) &&
		name_word(&d->t[a - 1]) && d->t[a - 1].kind == MR_TOK_ARABIC &&
		!(d->t[a - 1].shape & SH_W) && (d->t[a - 1].shape & SH_AL))
		return false;
	*nf = a;
	*nl = head - 2 + 1;
	return true;
}

static void
off_push(xlists *l, const xofficial *o, const mr_allocator *mem)
{
	l->off = mr_grow(mem, l->off, &l->offcap, (size_t) l->noff + 1, sizeof(xofficial), 16);
	l->off[l->noff++] = *o;
}

/* role stems without "بالنيابة" and the like */
static int
role_stems(const xdoc *d, const xofficial *o, uint64_t *out, int max)
{
	int			n = 0;
	uint32_t	i;

	for (i = o->role_first; i <= o->role_last && n < max; i++)
		if (!(d->t[i].cls & (W_ACTING | W_FR_CONN)))
			out[n++] = d->t[i].stem_hash;
	return n;
}

static bool
names_compatible(const xdoc *d, const xofficial *a, const xofficial *b)
{
	if (a->name_first < 0 || b->name_first < 0)
		return true;
	if (a->name_last - a->name_first != b->name_last - b->name_first)
		return false;
	return common_prefix(d, (uint32_t) a->name_first, (uint32_t) a->name_last,
						 (uint32_t) b->name_first, (uint32_t) b->name_last) ==
		(int) (a->name_last - a->name_first + 1);
}

void
xl_officials(xdoc *d, xlists *l, const mr_allocator *mem)
{
	uint32_t	i;
	int			a,
				b;

	for (i = 0; i < d->nt; i++)
	{
		xofficial	o;
		uint32_t	j;
		uint32_t	e;
		const xtok *h = &d->t[i];

		xcheck(i);
		if (!(h->cls & W_ROLE) || (h->flags & XT_IN_ASSOC))
			continue;
		if (h->kind == MR_TOK_ARABIC && (h->cl & CL_ART))
			continue;
		if (!role_valid(d, i, &j))
			continue;
		memset(&o, 0, sizeof(o));
		o.role_first = i;
		o.name_first = o.name_last = -1;
		/* an object of a preposition: "على السيد والي الأمن" */
		if (i > 0 && same_sent(d, i - 1, i))
		{
			uint32_t	p = i - 1;

			if ((d->t[p].cls & W_HONOR) && p > 0 && same_sent(d, p - 1, p))
				p--;
			if (d->t[p].x & X_OBJPREP)
				o.object = true;
		}
		/* the role runs on */
		e = j;
		for (j = e + 1; j < d->nt && j - i < ROLE_MAX_WORDS; j++)
		{
			const xtok *t = &d->t[j];

			if (!same_sent(d, e, j) ||
				(t->gap & (G_COMMA | G_COLON | G_OPAREN | G_QUOTE | G_DASH)))
				break;
			if (t->date >= 0 || (t->cls & (W_HONOR | W_WAW)))
				break;
			if ((t->cls & W_ROLE) && t->kind == MR_TOK_ARABIC)
				break;
			/* a person's name begins: it is not part of the role */
			if (t->x & X_FIRSTNAME)
				break;
			/*
			 * After a definite noun the construct is complete ("رئيس خلية
			 * التواصل"): what follows is an adjective (definite too), a
			 * place, or a prepositional phrase; a bare indefinite noun
			 * starts something else ("... حصيلة العمل", the verb's object).
			 */
			if (t->kind == MR_TOK_ARABIC && j > i &&
				d->t[j - 1].kind == MR_TOK_ARABIC &&
				((d->t[j - 1].shape & SH_AL) || (d->t[j - 1].cl & CL_ART)) &&
				!(t->shape & SH_AL) && !(t->cl & (CL_ART | CL_PREP)) &&
				!(t->shape & SH_B) && t->place < 0 &&
				!(t->cls & (W_SECWORD | W_ACTING)))
				break;
			if (t->cls & W_ACTING)
			{
				e = j;
				continue;
			}
			if (t->kind == MR_TOK_LATIN)
			{
				if (t->cls & (W_STOP | W_FR_VERB | W_CLAUSE))
					break;
				e = j;
				continue;
			}
			if (t->kind != MR_TOK_ARABIC)
				break;
			if ((t->cls & W_STOP) || (t->x & X_AN))
				break;
			if ((t->cls & (W_CLAUSE | W_MEET | W_MEET_PL | W_TIME | W_PRONOUN_OBJ)) ||
				((t->cls & (W_EVENT | W_DEMAND | W_COMMIT | W_NARR | W_COMMIT_WEAK)) &&
				 !(t->cl & (CL_PREP | CL_ART))))
				break;
			if (xmasdar(d, j) && (t->mcl & CL_B) && !(t->cls & W_SECWORD))
				break;
			if ((t->cl & CL_B) && (t->cls & (W_CIVIL | W_PRONOUN_OBJ)))
				break;
			if ((t->shape & SH_W) && !(t->shape & SH_AL) && t->place < 0)
				break;
			if ((t->shape & SH_ACC) && !(t->cls & (W_SECWORD | W_ACTING)) && t->place < 0)
				break;
			if (t->flags & XT_IN_ASSOC)
				break;
			e = j;
		}
		o.role_last = e;
		if (!name_after(d, e, &o.name_first, &o.name_last))
		{
			if (!name_before(d, i, &o.name_first, &o.name_last))
				o.name_first = o.name_last = -1;
		}
		for (j = o.role_first; j <= o.role_last; j++)
			d->t[j].flags |= XT_IN_ROLE;
		if (o.name_first >= 0)
			for (j = (uint32_t) o.name_first; (int64_t) j <= o.name_last; j++)
				d->t[j].flags |= XT_IN_NAME;
		off_push(l, &o, mem);
		i = o.role_last;
	}
	/* the same official mentioned again */
	for (b = 0; b < l->noff; b++)
	{
		uint64_t	sb[ROLE_MAX_WORDS + 2];
		int			nb = role_stems(d, &l->off[b], sb, ROLE_MAX_WORDS + 2);

		xcheck((size_t) b);
		for (a = b > 128 ? b - 128 : 0; a < b; a++)
		{
			xofficial  *A = &l->off[a];
			xofficial  *B = &l->off[b];
			uint64_t	sa[ROLE_MAX_WORDS + 2];
			int			na;
			int			k;
			bool		pre;

			if (A->merged || !names_compatible(d, A, B))
				continue;
			na = role_stems(d, A, sa, ROLE_MAX_WORDS + 2);
			if (na == 0 || nb == 0)
				continue;
			pre = true;
			for (k = 0; k < na && k < nb && pre; k++)
				pre = sa[k] == sb[k];
			if (!pre)
				continue;
			/*
			 * one role is a prefix of the other: keep the mention with the
			 * name (its role as written there), else the longer role
			 */
			if ((A->name_first < 0 && B->name_first >= 0) ||
				(A->name_first < 0 && B->name_first < 0 && nb > na))
			{
				A->role_first = B->role_first;
				A->role_last = B->role_last;
			}
			if (A->name_first < 0)
			{
				A->name_first = B->name_first;
				A->name_last = B->name_last;
			}
			if (!B->object)
				A->object = false;
			B->merged = true;
			break;
		}
	}
}

/* ----------------------------------------------------------------
 * Demands and commitments
 * ----------------------------------------------------------------
 */

enum
{
	HEAD_NONE = 0,
	HEAD_DEMAND,
	HEAD_INTERV,
	HEAD_COMMIT,
	HEAD_AGENDA
};

static int
heading_kind(const xdoc *d, const xline *l)
{
	uint32_t	s = d->sents[d->t[l->last].sent].first;
	uint32_t	k;
	int			kind = HEAD_NONE;

	if (s < l->first)
		s = l->first;
	for (k = s; k <= l->last; k++)
	{
		const xtok *t = &d->t[k];

		if (t->cues & ((1u << CU_AGENDA) | (1u << CU_RELATED)))
			return HEAD_AGENDA;
		if (t->cls & W_COMMIT_KW)
			return HEAD_COMMIT;
		if ((t->cls & W_DEMAND_KW) || ((t->cls & W_DEMAND) && !(t->cls & W_DEMAND_CALL)))
			kind = HEAD_DEMAND;
		else if ((t->cls & W_INTERV_KW) && kind == HEAD_NONE)
			kind = HEAD_INTERV;
	}
	return kind;
}

static bool
verb_first(const xtok *t)
{
	return (t->x & X_VERB) && (t->cls & (W_NARR | W_DEMAND | W_COMMIT));
}

static void
mark(xdoc *d, uint32_t f, uint32_t l)
{
	uint32_t	j;

	for (j = f; j <= l && j < d->nt; j++)
		d->t[j].flags |= XT_IN_ITEM;
}

static void
push_item(xdoc *d, xspans *out, uint32_t f, uint32_t l, int skip,
		  const mr_allocator *mem)
{
	mr_span		sp;

	if (l < f)
		return;
	sp = xdoc_span(d, f, l, skip);
	/* a closing quote or parenthesis right after the last word */
	if (l + 1 <= d->nt)
	{
		const unsigned char *s = (const unsigned char *) d->s;
		size_t		b = sp.byte_end;
		size_t		limit = l + 1 < d->nt ? d->t[l + 1].byte_start : d->n;
		int			open = 0;
		size_t		k;

		for (k = sp.byte_start; k < sp.byte_end; k++)
			if (s[k] == '"' || s[k] == '(')
				open ^= 1;
		if (open && b < limit && (s[b] == '"' || s[b] == ')'))
		{
			sp.byte_end = b + 1;
			sp.char_end++;
		}
	}
	xspans_push(out, sp, mem);
	mark(d, f, l);
}

static void
list_items(xdoc *d, xlists *l, const mr_allocator *mem)
{
	uint32_t	li = 0;

	while (li < d->nlines)
	{
		uint32_t	run_end;
		int			kind;

		if (!(d->lines[li].flags & (L_BULLET | L_NUMBERED)))
		{
			li++;
			continue;
		}
		run_end = li;
		while (run_end + 1 < d->nlines &&
			   (d->lines[run_end + 1].flags & (L_BULLET | L_NUMBERED)))
			run_end++;
		kind = li > 0 ? heading_kind(d, &d->lines[li - 1]) : HEAD_NONE;
		for (; li <= run_end; li++)
		{
			const xline *ln = &d->lines[li];
			uint32_t	f = ln->first + ((ln->flags & L_NUMBERED) ? 1 : 0);
			const xtok *t;

			if (f > ln->last)
				continue;
			t = &d->t[f];
			if (kind == HEAD_AGENDA)
			{
				mark(d, f, ln->last);
				continue;
			}
			if (kind == HEAD_NONE || verb_first(t))
				continue;		/* read as sentences */
			if (kind == HEAD_COMMIT)
				push_item(d, &l->commits, f, ln->last, 0, mem);
			else
				push_item(d, &l->demands, f, ln->last, 0, mem);
		}
	}
}

/* the masdar at token j, with its clitic letters to skip */
static bool
masdar_at(const xdoc *d, uint32_t j, bool need_b)
{
	const xtok *t = &d->t[j];

	if (!xmasdar(d, j) || (t->flags & (XT_IN_ASSOC | XT_IN_ROLE | XT_IN_NAME)))
		return false;
	if (t->mcl & (CL_L | CL_K))
		return false;
	if (need_b && !(t->mcl & CL_B))
		return false;
	return true;
}

/* Is there a coordinated object at j (وب+masdar, و+masdar, وإلى …)? *start
 * gets its first word. */
static bool
coordinated_at(const xdoc *d, uint32_t j, bool after_comma, uint32_t *start)
{
	const xtok *t = &d->t[j];

	if (t->kind == MR_TOK_LATIN)
		return false;
	if ((t->cls & W_TO) && (t->shape & SH_W) && j + 1 < d->nt &&
		same_sent(d, j, j + 1) && masdar_at(d, j + 1, false))
	{
		*start = j + 1;
		return true;
	}
	if (masdar_at(d, j, false) && (t->mcl & CL_CONJ) && (t->mcl & CL_B))
	{
		*start = j;
		return true;
	}
	if (after_comma && masdar_at(d, j, false) && (t->mcl & CL_CONJ) &&
		(t->mcl & ~(CL_CONJ | CL_B | CL_ART)) == 0)
	{
		*start = j;
		return true;
	}
	return false;
}

/* Emit the object(s) starting at s: end at the clause, split coordination. */
static void
emit_objects(xdoc *d, xspans *out, uint32_t s, const mr_allocator *mem)
{
	uint32_t	e = s;
	uint32_t	j;

	for (j = s + 1;; j++)
	{
		const xtok *t;
		uint32_t	ns;
		bool		stop = false;

		if (j >= d->nt || !same_sent(d, e, j) || e - s + 1 >= OBJ_MAX_WORDS)
			stop = true;
		else
		{
			t = &d->t[j];
			if (t->gap & G_COLON)
				stop = true;
			else if (t->gap & G_COMMA)
			{
				if (coordinated_at(d, j, true, &ns))
				{
					push_item(d, out, s, e, front_clitics(&d->t[s], d->t[s].mcl), mem);
					s = e = ns;
					j = ns;
					continue;
				}
				stop = true;
			}
			else if ((t->cls & W_CLAUSE) && !(t->cl & (CL_PREP | CL_ART)))
				stop = true;
			else if (((t->cls & (W_DEMAND | W_COMMIT | W_NARR | W_COMMIT_WEAK)) &&
					  !(t->cl & (CL_PREP | CL_ART)) && !(t->cls & W_MASDAR) &&
					  t->kind == MR_TOK_ARABIC && (t->shape & SH_W)))
				stop = true;
			else if (coordinated_at(d, j, false, &ns) && ns == j + 1)
			{
				/* "… وإلى تكوين …" */
				push_item(d, out, s, e, front_clitics(&d->t[s], d->t[s].mcl), mem);
				s = e = ns;
				j = ns;
				continue;
			}
			else if ((t->cls & W_MASDAR) && (t->mcl & CL_CONJ) && (t->mcl & CL_B) &&
					 masdar_at(d, j, true))
			{
				/* "… وبتسريع …" */
				push_item(d, out, s, e, front_clitics(&d->t[s], d->t[s].mcl), mem);
				s = e = j;
				continue;
			}
		}
		if (stop)
		{
			push_item(d, out, s, e, front_clitics(&d->t[s], d->t[s].mcl), mem);
			return;
		}
		e = j;
	}
}

/* An official (1), civil society (-1) or nobody known (0) at token j. */
static int
speaker_at(const xdoc *d, uint32_t j)
{
	const xtok *t = &d->t[j];

	if (t->flags & XT_IN_ITEM)
		return 0;
	if (t->flags & (XT_IN_ROLE | XT_IN_NAME))
		return 1;
	if (t->cues & ((1u << CU_OFFGEN) | (1u << BD_WILAYA) | (1u << BD_ZONE) |
				   (1u << BD_PROV) | (1u << BD_DGSN) | (1u << BD_GEND) |
				   (1u << BD_CIRC) | (1u << BD_COMMISS)))
		return 1;
	if (((t->cls & (W_CIVIL | W_ASSOC_HEAD | W_ASSOC_PL | W_ASSOC_DU)) ||
		 (t->flags & XT_IN_ASSOC)) && !(t->cl & CL_PREP) &&
		!(j > 0 && same_sent(d, j - 1, j) && (d->t[j - 1].x & X_OBJPREP)))
		return -1;
	return 0;
}

/* The speaker before token i in its sentence (the nearest one). */
static int
speaker_before(const xdoc *d, uint32_t i)
{
	uint32_t	s = d->sents[d->t[i].sent].first;
	uint32_t	j;

	for (j = i; j > s; j--)
	{
		int			r = speaker_at(d, j - 1);

		if (r != 0)
			return r;
	}
	return 0;
}

/* The first speaker of the sentence of token i, before it (its subject). */
static int
speaker_first(const xdoc *d, uint32_t i)
{
	uint32_t	j;

	for (j = d->sents[d->t[i].sent].first; j < i; j++)
	{
		int			r = speaker_at(d, j);

		if (r != 0)
			return r;
	}
	return 0;
}

/*
 * The word after a verb: 1 an official, -1 civil society (its subject),
 * 2 civil society in the oblique case right after دعا (its object: an
 * official's call "دعا الحاضرين إلى"), 0 nothing known.
 */
static int
subject_after(const xdoc *d, uint32_t i)
{
	uint32_t	j;

	for (j = i + 1; j < d->nt && j <= i + 2 && same_sent(d, i, j); j++)
	{
		const xtok *t = &d->t[j];
		int			r;

		if (t->cls & W_HONOR)
			continue;
		r = speaker_at(d, j);
		if (r < 0 && (t->shape & SH_IN) && !(t->cls & (W_ASSOC_SG | W_ASSOC_HEAD)))
			return 2;
		return r;
	}
	return 0;
}

/* The speaker of the sentence before the one of token i. */
static int
speaker_previous(const xdoc *d, uint32_t i)
{
	uint32_t	s = d->t[i].sent;

	if (s == 0)
		return 0;
	return speaker_before(d, d->sents[s - 1].last + 1 < d->nt ?
						  d->sents[s - 1].last + 1 : d->sents[s - 1].last);
}

/* A French object: skip articles, start at the noun/infinitive. */
static int64_t
french_object(const xdoc *d, uint32_t i)
{
	uint32_t	j;

	for (j = i + 1; j < d->nt && j <= i + 5 && same_sent(d, i, j); j++)
	{
		const xtok *t = &d->t[j];

		if (t->kind != MR_TOK_LATIN)
			return -1;
		if (t->cls & (W_FR_CONN | W_FR_VERB | W_NUM | W_STOP))
			continue;
		if ((t->cls & (W_FR_INF | W_MASDAR)) || j > i + 1)
			return j;
	}
	return -1;
}

static void
french_cue(xdoc *d, xlists *l, uint32_t *ip, bool meeting,
		   const mr_allocator *mem)
{
	uint32_t	i = *ip;
	const xtok *t = &d->t[i];
	bool		demand = (t->cls & (W_DEMAND | W_NECESSITY)) != 0;
	int64_t		obj;
	uint32_t	s,
				e,
				k;
	xspans	   *out;

	if (!demand && !((t->cls & W_COMMIT) && meeting))
		return;
	obj = french_object(d, i);
	if (obj < 0)
		return;
	out = demand ? &l->demands : &l->commits;
	s = e = (uint32_t) obj;
	/* "… et l'organisation de …": a second object */
	for (k = s + 1; k < d->nt && same_sent(d, s, k) && k - s < OBJ_MAX_WORDS; k++)
	{
		const xtok *q = &d->t[k];

		if (q->gap & (G_COMMA | G_COLON))
			break;
		if ((q->cls & W_STOP) && q->kind == MR_TOK_LATIN && !(q->cls & W_FR_CONN))
		{
			uint32_t	m = k + 1;

			while (m < d->nt && m < k + 3 && (d->t[m].cls & W_FR_CONN))
				m++;
			if (m < d->nt && m > k + 1 && same_sent(d, k, m) &&
				(d->t[m].cls & W_FR_INF))
			{
				push_item(d, out, s, e, 0, mem);
				s = e = m;
				k = m;
				continue;
			}
		}
		e = k;
	}
	push_item(d, out, s, e, 0, mem);
	*ip = e;
}

/* A clause word or a new cue verb ends the search for an object. */
static bool
search_stop(const xtok *q)
{
	if ((q->cls & W_CLAUSE) && !(q->cl & (CL_PREP | CL_ART)))
		return true;
	if ((q->x & X_VERB) && (q->cls & (W_COMMIT | W_NARR | W_DEMAND)))
		return true;
	return false;
}

void
xl_demands_commitments(xdoc *d, xlists *l, bool meeting,
					   const mr_allocator *mem)
{
	uint32_t	i;

	list_items(d, l, mem);
	for (i = 0; i < d->nt; i++)
	{
		const xtok *t = &d->t[i];
		uint32_t	j;
		int64_t		obj = -1;
		bool		demand = false;
		bool		verb = (t->x & X_VERB) != 0;

		xcheck(i);
		if (t->flags & (XT_IN_ITEM | XT_IN_ASSOC | XT_IN_NAME))
			continue;
		if (t->line < d->nheadline)
			continue;
		if (t->kind == MR_TOK_LATIN)
		{
			french_cue(d, l, &i, meeting, mem);
			continue;
		}
		if (t->kind != MR_TOK_ARABIC)
			continue;

		if (t->cls & W_DEMAND_CALL)
		{
			/* دعا … إلى + verbal noun, unless an official calls */
			int			f = subject_after(d, i);
			int			who;

			demand = true;
			for (j = i + 1; j < d->nt && j <= i + 12 && same_sent(d, i, j); j++)
			{
				const xtok *q = &d->t[j];

				if ((q->cls & W_INTO) || search_stop(q))
					break;
				if ((q->cls & W_TO) && j + 1 < d->nt && masdar_at(d, j + 1, false))
				{
					obj = j + 1;
					break;
				}
			}
			if (!verb)
			{
				/* داعيا/داعين: the subject of the sentence calls */
				if (speaker_first(d, i) > 0)
					obj = -1;
			}
			else if (f == 1 || f == 2)
				obj = -1;
			else if (f == 0)
			{
				who = speaker_before(d, i);
				if (who == 0 && (t->shape & SH_W))
					who = speaker_previous(d, i);
				if (who > 0)
					obj = -1;
			}
		}
		else if ((t->cls & W_NECESSITY) && !(t->cl & CL_ART))
		{
			/* "على ضرورة …" (not بالضرورة, "necessarily") */
			demand = true;
			j = i + 1;
			if (j < d->nt && same_sent(d, i, j) && masdar_at(d, j, false) &&
				speaker_before(d, i) <= 0)
				obj = j;
		}
		else if (t->cls & W_DEMAND)
		{
			/*
			 * طالب … ب+verbal noun; the nouns المطالب/المقترحات/التوصيات
			 * right before it ("المقترحات، أبرزها إحداث …", "مطالب
			 * الجمعيات: تعزيز …")
			 */
			int			reach = verb ? OBJ_SEARCH : 5;

			demand = true;
			for (j = i + 1; j < d->nt && j <= i + reach && same_sent(d, i, j); j++)
			{
				const xtok *q = &d->t[j];

				if (((q->gap & G_COLON) && verb) || (q->cls & W_LISTINTRO) || search_stop(q))
					break;
				if (masdar_at(d, j, false))
				{
					obj = j;
					break;
				}
				if (!verb && !(q->cues & (1u << CU_AMONG)) && !(q->x & X_HIGHLIGHT) &&
					!(q->cls & (W_FROM | W_STOP | W_CIVIL)))
					break;
			}
			/* "ومن بين المطالب التي رفعها الحاضرون: تعزيز …، وإحداث …" */
			if (obj < 0 && !verb && (t->cls & W_DEMAND_KW))
				for (j = i + 1; j < d->nt && j <= i + 15 && same_sent(d, i, j); j++)
				{
					if (search_stop(&d->t[j]) && !(d->t[j].gap & G_COLON))
						break;
					if (d->t[j].gap & G_COLON)
					{
						if (masdar_at(d, j, false))
							obj = j;
						break;
					}
				}
		}
		else if ((t->cls & W_COMMIT) && verb && meeting)
		{
			/* أعلن عن …، تعهد/التزم/وعد ب…: past the speaker's role */
			int			f = subject_after(d, i);

			if (f < 0 || (f == 0 && speaker_before(d, i) < 0))
				continue;
			for (j = i + 1; j < d->nt && j <= i + 20 && same_sent(d, i, j); j++)
			{
				const xtok *q = &d->t[j];

				if (q->flags & (XT_IN_ROLE | XT_IN_NAME))
					continue;
				if (search_stop(q) || (q->cls & W_PRONOUN_OBJ))
					break;
				if ((q->cls & W_ABOUT) && j + 1 < d->nt && same_sent(d, j, j + 1))
				{
					obj = j + 1;
					break;
				}
				if (masdar_at(d, j, false))
				{
					obj = j;
					break;
				}
			}
		}
		else if ((t->cls & W_COMMIT_WEAK) && meeting)
		{
			if (speaker_before(d, i) <= 0)
				continue;
			for (j = i + 1; j < d->nt && j <= i + 4 && same_sent(d, i, j); j++)
				if (masdar_at(d, j, false) ||
					((d->t[j].cls & W_MASDAR) && (d->t[j].mcl & CL_L) &&
					 !(d->t[j].flags & (XT_IN_ASSOC | XT_IN_ROLE))))
				{
					obj = j;
					break;
				}
			if (obj < 0 && !verb)
			{
				/* "أن إحداث دائرة … مبرمج": the clause before it */
				uint32_t	k = i;

				while (k > 0 && same_sent(d, k - 1, i) && !(d->t[k].gap & G_COMMA) &&
					   !(d->t[k - 1].x & X_AN) && i - k < 10)
					k--;
				if (k < i && masdar_at(d, k, false))
					obj = k;
			}
		}
		else if ((t->cls & W_FUTURE) && meeting && !(t->cl & CL_PREP))
		{
			/* "أن حملات أمنية ستنظم …" said by an official */
			uint32_t	k = i;

			if (speaker_before(d, i) <= 0)
				continue;
			if (i > 0 && same_sent(d, i - 1, i) &&
				(d->t[i - 1].cues & ((1u << CU_GEN) | (1u << CU_COMM) | (1u << CU_SEM) |
									 (1u << CU_CONS))))
				continue;
			while (k > 0 && same_sent(d, k - 1, i) && !(d->t[k].gap & G_COMMA) &&
				   !(d->t[k - 1].x & X_AN) &&
				   !(d->t[k - 1].flags & (XT_IN_ROLE | XT_IN_NAME | XT_IN_ITEM)) &&
				   !((d->t[k - 1].x & X_VERB)) && i - k < 8)
				k--;
			/* about meetings ("هذا اللقاء الذي ستتليه لقاءات أخرى"): no promise */
			for (j = k; j <= i + 1 && j < d->nt; j++)
				if (d->t[j].cues & ((1u << CU_GEN) | (1u << CU_COMM) | (1u << CU_SEM) |
									(1u << CU_CONS) | (1u << CU_OPEN)) ||
					(d->t[j].cls & W_MEET_PL))
					break;
			if (j <= i + 1 && j < d->nt)
				continue;
			obj = k;
		}
		if (obj < 0 || (d->t[obj].flags & XT_IN_ITEM))
			continue;
		{
			xspans	   *out = demand ? &l->demands : &l->commits;
			uint32_t	last = (uint32_t) obj;

			emit_objects(d, out, (uint32_t) obj, mem);
			while (last + 1 < d->nt && (d->t[last + 1].flags & XT_IN_ITEM) &&
				   same_sent(d, last, last + 1))
				last++;
			/* "…، التي …، وبإصلاح …": more objects of the same verb */
			if (verb)
				for (j = last + 1; j < d->nt && same_sent(d, last, j); j++)
				{
					const xtok *q = &d->t[j];

					if (search_stop(q))
						break;
					if ((q->gap & G_COMMA) && masdar_at(d, j, true) && (q->mcl & CL_CONJ))
					{
						emit_objects(d, out, j, mem);
						last = j;
						while (last + 1 < d->nt && (d->t[last + 1].flags & XT_IN_ITEM) &&
							   same_sent(d, last, last + 1))
							last++;
						j = last;
					}
				}
			if (last > i)
				i = last;
		}
	}
}

