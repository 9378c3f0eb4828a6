/*-------------------------------------------------------------------------
 *
 * mr_dates.c
 *	  Calendar helpers and the date-expression parser (see mr_dates.h for
 *	  what is recognized and the rules of ambiguous cases).
 *
 * The parser reads tokens into a small ring (WIN entries).  Every token is
 * looked up once in a hash table of the words dates are made of (month
 * names, weekdays, relative words, ...), and the bytes of the original text
 * between it and the previous token are classified (nothing, white space,
 * one punctuation character, or anything else).  At the head of the ring
 * every pattern is tried; the longest match is reported (or, for a date
 * that is written but impossible, silently consumed) and its tokens leave
 * the ring; without a match the head token leaves alone.  Patterns are at
 * most about fifteen tokens long, well within the ring.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_dates.h"

#include <string.h>

/* ----------------------------------------------------------------
 * Calendar
 * ----------------------------------------------------------------
 */

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
mr_date_days_in_month(int y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && is_leap(y))
		return 29;
	return dim[m - 1];
}

bool
mr_date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 &&
		d >= 1 && d <= mr_date_days_in_month(y, m);
}

/* days since 1970-01-01 of a proleptic Gregorian date (m in 1..12) */
static int64_t
days_from_civil(int64_t y, int m, int64_t d)
{
	int64_t		era;
	int64_t		yoe;
	int64_t		doy;
	int64_t		doe;

	y -= (m <= 2);
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int64_t
mr_date_to_days(mr_date d)
{
	if (d.month < 1 || d.month > 12)
		return 0;
	return days_from_civil(d.year, d.month, d.day);
}

/* keeps the year within int */
#define MAX_DAYS INT64_C(700000000000)

mr_date
mr_date_from_days(int64_t z)
{
	mr_date		r;
	int64_t		era;
	int64_t		doe;
	int64_t		yoe;
	int64_t		doy;
	int64_t		mp;
	int64_t		y;

	if (z > MAX_DAYS)
		z = MAX_DAYS;
	if (z < -MAX_DAYS)
		z = -MAX_DAYS;
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.day = (int) (doy - (153 * mp + 2) / 5 + 1);
	r.month = (int) (mp < 10 ? mp + 3 : mp - 9);
	r.year = (int) (y + (r.month <= 2));
	return r;
}

int
mr_date_weekday(int y, int m, int d)
{
	int64_t		z;
	int64_t		w;

	if (m < 1 || m > 12)
		return -1;
	z = days_from_civil(y, m, d);
	/* 1970-01-01 was a Thursday */
	w = (z + 4) % 7;
	return (int) (w < 0 ? w + 7 : w);
}

mr_date
mr_date_add_days(mr_date d, int days)
{
	return mr_date_from_days(mr_date_to_days(d) + days);
}

/* ----------------------------------------------------------------
 * The words of dates
 * ----------------------------------------------------------------
 */

enum
{
	W_NONE = 0,
	W_MONTH,					/* val: 1..12 */
	W_MONTH_HEAD,				/* كانون (1), تشرين (2): need an ordinal */
	W_ORD,						/* اول (1), ثاني (2) */
	W_ORD_DEF,					/* الاول (1), الثاني (2) */
	W_WEEKDAY,					/* val: 0 = Sunday .. 6 */
	W_YAWM,						/* يوم */
	W_YAWMUH,					/* يومه */
	W_TODAY,					/* اليوم */
	W_FIRST,					/* فاتح: the first day */
	W_ORDSUFFIX,				/* er of 1er, st of 1st ... */
	W_MIN,						/* من */
	W_SHAHR,					/* شهر */
	W_YEARWORD,					/* سنة, عام ... before a year */
	W_YESTERDAY,				/* امس, البارحه */
	W_GHAD,						/* غد */
	W_GHADAN,					/* غدا */
	W_BAAD,						/* بعد */
	W_THE_MONTH,				/* الشهر */
	W_THE_YEAR,					/* السنه, العام */
	W_THIS,						/* هذا, هذه */
	W_REL,						/* val: 0 current, -1 past, +1 next */
	W_MEEM,						/* م after a Gregorian year */
	W_HIJRI,					/* هـ, هجري after a Hijri year */
	W_NUMWORD,					/* رقم, عدد ...: a number, not a date */
	W_INFORCE					/* به, بها, العمل after الجاري */
};

/* flag: a month name that is also a common word (آب "father") */
#define WF_WEAK 1

typedef struct date_word
{
	const char *text;			/* written naturally, normalized at init */
	uint8_t		cat;
	int8_t		val;
	uint8_t		flags;
} date_word;

static const date_word date_words[] = {
	/* January */
	{"يناير", W_MONTH, 1, 0}, {"جانفي", W_MONTH, 1, 0},
	{"janvier", W_MONTH, 1, 0}, {"january", W_MONTH, 1, 0},
	/* February */
	{"فبراير", W_MONTH, 2, 0}, {"فيفري", W_MONTH, 2, 0},
	{"شباط", W_MONTH, 2, 0}, {"février", W_MONTH, 2, 0},
	{"february", W_MONTH, 2, 0},
	/* March */
	{"مارس", W_MONTH, 3, 0}, {"آذار", W_MONTH, 3, 0},
	{"mars", W_MONTH, 3, 0}, {"march", W_MONTH, 3, 0},
	/* April */
	{"أبريل", W_MONTH, 4, 0}, {"أفريل", W_MONTH, 4, 0},
	{"نيسان", W_MONTH, 4, 0}, {"avril", W_MONTH, 4, 0},
	{"april", W_MONTH, 4, 0},
	/* May */
	{"ماي", W_MONTH, 5, 0}, {"مايو", W_MONTH, 5, 0},
	{"أيار", W_MONTH, 5, 0}, {"mai", W_MONTH, 5, 0},
	{"may", W_MONTH, 5, 0},
	/* June */
	{"يونيو", W_MONTH, 6, 0}, {"يونيه", W_MONTH, 6, 0},
	{"جوان", W_MONTH, 6, 0}, {"حزيران", W_MONTH, 6, 0},
	{"juin", W_MONTH, 6, 0}, {"june", W_MONTH, 6, 0},
	/* July */
	{"يوليوز", W_MONTH, 7, 0}, {"يوليو", W_MONTH, 7, 0},
	{"يوليه", W_MONTH, 7, 0}, {"جويلية", W_MONTH, 7, 0},
	{"تموز", W_MONTH, 7, 0}, {"juillet", W_MONTH, 7, 0},
	{"july", W_MONTH, 7, 0},
	/* August */
	{"غشت", W_MONTH, 8, 0}, {"أغسطس", W_MONTH, 8, 0},
	{"أوت", W_MONTH, 8, 0}, {"آب", W_MONTH, 8, WF_WEAK},
	{"août", W_MONTH, 8, 0}, {"august", W_MONTH, 8, 0},
	/* September */
	{"شتنبر", W_MONTH, 9, 0}, {"سبتمبر", W_MONTH, 9, 0},
	{"أيلول", W_MONTH, 9, 0}, {"septembre", W_MONTH, 9, 0},
	{"september", W_MONTH, 9, 0},
	/* October (تشرين الأول below) */
	{"أكتوبر", W_MONTH, 10, 0}, {"octobre", W_MONTH, 10, 0},
	{"october", W_MONTH, 10, 0},
	/* November */
	{"نونبر", W_MONTH, 11, 0}, {"نوفمبر", W_MONTH, 11, 0},
	{"novembre", W_MONTH, 11, 0}, {"november", W_MONTH, 11, 0},
	/* December */
	{"دجنبر", W_MONTH, 12, 0}, {"ديسمبر", W_MONTH, 12, 0},
	{"décembre", W_MONTH, 12, 0}, {"december", W_MONTH, 12, 0},
	/* Mashriqi two-word names */
	{"كانون", W_MONTH_HEAD, 1, 0}, {"تشرين", W_MONTH_HEAD, 2, 0},
	{"أول", W_ORD, 1, 0}, {"ثاني", W_ORD, 2, 0},
	{"الأول", W_ORD_DEF, 1, 0}, {"الثاني", W_ORD_DEF, 2, 0},
	/* weekdays */
	{"الأحد", W_WEEKDAY, 0, 0}, {"الإثنين", W_WEEKDAY, 1, 0},
	{"الثلاثاء", W_WEEKDAY, 2, 0}, {"الأربعاء", W_WEEKDAY, 3, 0},
	{"الخميس", W_WEEKDAY, 4, 0}, {"الجمعة", W_WEEKDAY, 5, 0},
	{"السبت", W_WEEKDAY, 6, 0},
	{"dimanche", W_WEEKDAY, 0, 0}, {"lundi", W_WEEKDAY, 1, 0},
	{"mardi", W_WEEKDAY, 2, 0}, {"mercredi", W_WEEKDAY, 3, 0},
	{"jeudi", W_WEEKDAY, 4, 0}, {"vendredi", W_WEEKDAY, 5, 0},
	{"samedi", W_WEEKDAY, 6, 0},
	{"sunday", W_WEEKDAY, 0, 0}, {"monday", W_WEEKDAY, 1, 0},
	{"tuesday", W_WEEKDAY, 2, 0}, {"wednesday", W_WEEKDAY, 3, 0},
	{"thursday", W_WEEKDAY, 4, 0}, {"friday", W_WEEKDAY, 5, 0},
	{"saturday", W_WEEKDAY, 6, 0},
	/* day words */
	{"يوم", W_YAWM, 0, 0}, {"يومه", W_YAWMUH, 0, 0},
	{"اليوم", W_TODAY, 0, 0},
	{"فاتح", W_FIRST, 0, 0}, {"الفاتح", W_FIRST, 0, 0},
	{"premier", W_FIRST, 0, 0},
	{"er", W_ORDSUFFIX, 0, 0}, {"st", W_ORDSUFFIX, 0, 0},
	{"nd", W_ORDSUFFIX, 0, 0}, {"rd", W_ORDSUFFIX, 0, 0},
	{"th", W_ORDSUFFIX, 0, 0},
	{"من", W_MIN, 0, 0}, {"شهر", W_SHAHR, 0, 0},
	/* before a year */
	{"سنة", W_YEARWORD, 0, 0}, {"عام", W_YEARWORD, 0, 0},
	{"لسنة", W_YEARWORD, 0, 0}, {"لعام", W_YEARWORD, 0, 0},
	{"بسنة", W_YEARWORD, 0, 0}, {"سنتي", W_YEARWORD, 0, 0},
	{"année", W_YEARWORD, 0, 0}, {"year", W_YEARWORD, 0, 0},
	/* relative days */
	{"أمس", W_YESTERDAY, 0, 0}, {"بالأمس", W_YESTERDAY, 0, 0},
	{"البارحة", W_YESTERDAY, 0, 0},
	{"غد", W_GHAD, 0, 0}, {"غدا", W_GHADAN, 0, 0},
	{"بعد", W_BAAD, 0, 0},
	/* relative months and years */
	{"الشهر", W_THE_MONTH, 0, 0},
	{"السنة", W_THE_YEAR, 0, 0}, {"العام", W_THE_YEAR, 0, 0},
	{"هذا", W_THIS, 0, 0}, {"هذه", W_THIS, 0, 0},
	{"الجاري", W_REL, 0, 0}, {"الجارية", W_REL, 0, 0},
	{"الحالي", W_REL, 0, 0}, {"الحالية", W_REL, 0, 0},
	{"الماضي", W_REL, -1, 0}, {"الماضية", W_REL, -1, 0},
	{"المنصرم", W_REL, -1, 0}, {"المنصرمة", W_REL, -1, 0},
	{"الفارط", W_REL, -1, 0}, {"الفارطة", W_REL, -1, 0},
	{"الفائت", W_REL, -1, 0}, {"الفائتة", W_REL, -1, 0},
	{"المنقضي", W_REL, -1, 0}, {"المنقضية", W_REL, -1, 0},
	{"المقبل", W_REL, 1, 0}, {"المقبلة", W_REL, 1, 0},
	{"القادم", W_REL, 1, 0}, {"القادمة", W_REL, 1, 0},
	/* after a year */
	{"م", W_MEEM, 0, 0},
	{"هـ", W_HIJRI, 0, 0}, {"هجري", W_HIJRI, 0, 0},
	{"هجرية", W_HIJRI, 0, 0},
	/* numbers that are references, not dates */
	{"رقم", W_NUMWORD, 0, 0}, {"برقم", W_NUMWORD, 0, 0},
	{"عدد", W_NUMWORD, 0, 0}, {"المادة", W_NUMWORD, 0, 0},
	{"الفصل", W_NUMWORD, 0, 0}, {"البند", W_NUMWORD, 0, 0},
	{"ظهير", W_NUMWORD, 0, 0}, {"مرسوم", W_NUMWORD, 0, 0},
	{"قانون", W_NUMWORD, 0, 0}, {"القانون", W_NUMWORD, 0, 0},
	{"n", W_NUMWORD, 0, 0}, {"no", W_NUMWORD, 0, 0},
	{"num", W_NUMWORD, 0, 0}, {"numéro", W_NUMWORD, 0, 0},
	{"art", W_NUMWORD, 0, 0}, {"article", W_NUMWORD, 0, 0},
	/* الجاري به العمل: "in force" */
	{"به", W_INFORCE, 0, 0}, {"بها", W_INFORCE, 0, 0},
	{"العمل", W_INFORCE, 0, 0},
};

#define NWORDS (sizeof(date_words) / sizeof(date_words[0]))

/* longest normalized word worth a lookup */
#define WORD_MAX 16

#define WT_SIZE 512				/* power of two, > 2 * NWORDS */

typedef struct wt_entry
{
	uint64_t	hash;			/* 0 = empty */
	uint32_t	key[WORD_MAX];
	int			keylen;
	const date_word *word;
} wt_entry;

/* single-threaded engine (a PostgreSQL backend): static tables are fine */
static wt_entry word_table[WT_SIZE];
static bool word_table_ready = false;

static void
word_table_init(void)
{
	size_t		i;

	for (i = 0; i < NWORDS; i++)
	{
		const unsigned char *p = (const unsigned char *) date_words[i].text;
		size_t		n = strlen(date_words[i].text);
		size_t		pos = 0;
		uint32_t	key[WORD_MAX];
		int			len = 0;
		uint64_t	h;
		size_t		slot;

		/* the same mapping the tokenizer applies */
		while (pos < n)
		{
			uint32_t	cp;
			mr_mapping	m;
			int			k;

			pos += mr_utf8_decode(p + pos, n - pos, &cp);
			mr_map_cp(cp, &m);
			for (k = 0; k < m.n; k++)
			{
				if (mr_class_is_word(MR_ENT_CLASS(m.cp[k])) && len < WORD_MAX)
					key[len++] = MR_ENT_CP(m.cp[k]);
			}
		}
		h = mr_hash_cps(key, len);
		slot = h & (WT_SIZE - 1);
		while (word_table[slot].hash != 0)
			slot = (slot + 1) & (WT_SIZE - 1);
		word_table[slot].hash = h;
		memcpy(word_table[slot].key, key, len * sizeof(uint32_t));
		word_table[slot].keylen = len;
		word_table[slot].word = &date_words[i];
	}
	word_table_ready = true;
}

static const date_word *
word_lookup(const uint32_t *w, size_t n)
{
	uint64_t	h;
	size_t		slot;

	if (n == 0 || n > WORD_MAX)
		return NULL;
	h = mr_hash_cps(w, n);
	slot = h & (WT_SIZE - 1);
	while (word_table[slot].hash != 0)
	{
		if (word_table[slot].hash == h &&
			(size_t) word_table[slot].keylen == n &&
			memcmp(word_table[slot].key, w, n * sizeof(uint32_t)) == 0)
			return word_table[slot].word;
		slot = (slot + 1) & (WT_SIZE - 1);
	}
	return NULL;
}

/* ----------------------------------------------------------------
 * The token window
 * ----------------------------------------------------------------
 */

/* what separates a token from the previous one in the original text */
typedef enum gap_kind
{
	G_BREAK = 0,				/* start of text, long or mixed gap, overlap */
	G_NONE,						/* nothing (or only dropped characters) */
	G_SPACE,					/* white space */
	G_PUNCT						/* one punctuation character (+ spaces) */
} gap_kind;

/* longest gap (in characters) that is looked at */
#define GAP_MAX 16

typedef struct dtok
{
	size_t		cs;
	size_t		ce;
	size_t		bs;
	size_t		be;
	size_t		wcs;			/* start of the word after a proclitic و/ف */
	size_t		wbs;
	mr_token_kind kind;
	uint8_t		cat;			/* W_* of the word, W_NONE otherwise */
	int8_t		val;
	uint8_t		flags;
	int			ndig;			/* number: digits */
	int			num;			/* number: value, -1 beyond 4 digits */
	gap_kind	gap;			/* the gap before this token */
	uint32_t	gpunct;			/* G_PUNCT: the character */
	bool		gspace;			/* the gap has white space */
} dtok;

#define WIN 32					/* ring size (longest pattern ~15 tokens) */

typedef struct dstate
{
	mr_tokenizer tz;
	const unsigned char *s;
	dtok		win[WIN];
	int			head;
	int			count;
	bool		eof;
	dtok		prev;			/* the token before the head */
	bool		has_prev;
	size_t		last_be;		/* byte end of the last token read */
	bool		any;
	bool		has_ref;
	mr_date		ref;
} dstate;

static void
classify_gap(dstate *st, dtok *t)
{
	size_t		i = st->last_be;
	int			chars = 0;
	int			npunct = 0;

	t->gap = G_BREAK;
	t->gpunct = 0;
	t->gspace = false;
	if (!st->any || t->bs < st->last_be)
		return;
	while (i < t->bs)
	{
		uint32_t	cp;
		mr_mapping	m;
		int			k;

		if (++chars > GAP_MAX)
			return;
		i += mr_utf8_decode(st->s + i, t->bs - i, &cp);
		mr_map_cp(cp, &m);
		for (k = 0; k < m.n; k++)
		{
			mr_class	c = MR_ENT_CLASS(m.cp[k]);

			if (c == MR_C_SPACE)
				t->gspace = true;
			else if (c == MR_C_PUNCT)
			{
				if (npunct++ > 0)
					return;
				t->gpunct = MR_ENT_CP(m.cp[k]);
			}
			/* marks and other leftovers: ignored */
		}
	}
	if (npunct)
		t->gap = G_PUNCT;
	else
		t->gap = t->gspace ? G_SPACE : G_NONE;
}

#define A_WAW	0x0648
#define A_FEH	0x0641

/*
 * Move the word start of t past its proclitic (one source character that
 * maps to the letter alone, and the marks after it), so that a match does
 * not begin with "and".  Left alone when the letter comes from a ligature.
 */
static void
skip_proclitic(dstate *st, dtok *t)
{
	size_t		i = t->bs;
	size_t		c = t->cs;
	uint32_t	cp;
	mr_mapping	m;

	i += mr_utf8_decode(st->s + i, t->be - i, &cp);
	mr_map_cp(cp, &m);
	if (m.n != 1)
		return;
	c++;
	while (i < t->be)
	{
		int			l = mr_utf8_decode(st->s + i, t->be - i, &cp);

		mr_map_cp(cp, &m);
		if (m.n != 0)
			break;
		i += l;
		c++;
	}
	if (i >= t->be)
		return;
	t->wbs = i;
	t->wcs = c;
}

static void
read_token(dstate *st, const mr_token *tok, dtok *t)
{
	t->cs = tok->char_start;
	t->ce = tok->char_end;
	t->bs = tok->byte_start;
	t->be = tok->byte_end;
	t->wcs = t->cs;
	t->wbs = t->bs;
	t->kind = tok->kind;
	t->cat = W_NONE;
	t->val = 0;
	t->flags = 0;
	t->ndig = 0;
	t->num = -1;
	classify_gap(st, t);
	st->last_be = tok->byte_end;
	st->any = true;

	if (tok->kind == MR_TOK_NUMBER)
	{
		size_t		i;

		t->ndig = (int) tok->norm_len;
		if (tok->norm_len <= 4)
		{
			t->num = 0;
			for (i = 0; i < tok->norm_len; i++)
				t->num = t->num * 10 + (int) (tok->norm[i] - '0');
		}
	}
	else if (tok->kind == MR_TOK_ARABIC || tok->kind == MR_TOK_LATIN)
	{
		const date_word *w = word_lookup(tok->norm, tok->norm_len);

		/* و "and" or ف "then" written onto the word: وأمس، فالشهر الماضي */
		if (w == NULL && tok->kind == MR_TOK_ARABIC && tok->norm_len >= 3 &&
			(tok->norm[0] == A_WAW || tok->norm[0] == A_FEH))
		{
			w = word_lookup(tok->norm + 1, tok->norm_len - 1);
			if (w && (w->cat == W_ORDSUFFIX || w->cat == W_MEEM ||
					  w->cat == W_HIJRI))
				w = NULL;
			if (w)
				skip_proclitic(st, t);
		}
		if (w)
		{
			t->cat = w->cat;
			t->val = w->val;
			t->flags = w->flags;
		}
	}
}

static void
fill(dstate *st)
{
	mr_token	tok;

	while (!st->eof && st->count < WIN)
	{
		if (!mr_tokenizer_next(&st->tz, &tok))
		{
			st->eof = true;
			break;
		}
		read_token(st, &tok, &st->win[(st->head + st->count) % WIN]);
		st->count++;
	}
}

/* the i-th token from the head, NULL beyond the window */
static inline const dtok *
T(const dstate *st, int i)
{
	if (i < 0 || i >= st->count)
		return NULL;
	return &st->win[(st->head + i) % WIN];
}

/* the token before the i-th one (may be the one before the head) */
static inline const dtok *
T_before(const dstate *st, int i)
{
	if (i > 0)
		return T(st, i - 1);
	return st->has_prev ? &st->prev : NULL;
}

static inline bool
is_cat(const dstate *st, int i, int cat)
{
	const dtok *t = T(st, i);

	return t != NULL && t->cat == cat;
}

/* the i-th token exists, is of category cat and follows white space */
static inline bool
soft_cat(const dstate *st, int i, int cat)
{
	const dtok *t = T(st, i);

	return t != NULL && t->cat == cat &&
		(t->gap == G_NONE || t->gap == G_SPACE);
}

static inline bool
soft(const dtok *t)
{
	return t->gap == G_NONE || t->gap == G_SPACE;
}

static inline bool
comma(const dtok *t)
{
	return t->gap == G_PUNCT && (t->gpunct == ',' || t->gpunct == 0x060C);
}

/* separators of numeric dates: / - . and the Arabic date separator */
static inline bool
date_sep(uint32_t c)
{
	return c == '/' || c == '-' || c == '.' || c == 0x060D;
}

static inline bool
slash_sep(uint32_t c)
{
	return c == '/' || c == 0x060D;
}

/* t follows its predecessor through a numeric-date separator */
static inline bool
num_sep(const dtok *t)
{
	return t->gap == G_PUNCT && date_sep(t->gpunct) &&
		(!t->gspace || slash_sep(t->gpunct));
}

static inline bool
is_num(const dtok *t)
{
	return t != NULL && t->kind == MR_TOK_NUMBER;
}

/*
 * A number at i continues a longer number (split by the tokenizer, or
 * written 1.17.10...) or is a reference number (رقم 12/3).
 */
static bool
number_in_context(const dstate *st, int i)
{
	const dtok *t = T(st, i);
	const dtok *b = T_before(st, i);

	if (b == NULL || t->gap == G_BREAK)
		return false;
	if (b->kind == MR_TOK_NUMBER && (t->gap == G_NONE || num_sep(t)))
		return true;
	if (b->cat == W_NUMWORD)
		return true;
	return false;
}

/* ----------------------------------------------------------------
 * Matching
 * ----------------------------------------------------------------
 */

typedef struct cand
{
	int			end;			/* tokens [0, end) of the window; 0 = none */
	bool		emit;			/* false: consume silently (impossible) */
	bool		has_value;
	mr_date		v;
	mr_date_precision prec;
} cand;

static inline bool
in_range(int y)
{
	return y >= MR_DATE_MIN_YEAR && y <= MR_DATE_MAX_YEAR;
}

static void
set_skip(cand *c, int end)
{
	c->end = end;
	c->emit = false;
	c->has_value = false;
}

/* a resolved value; out of range or impossible: consumed silently */
static void
set_value(cand *c, int end, mr_date_precision p, int y, int m, int d)
{
	if (!in_range(y) || !mr_date_valid(y, m, d))
	{
		set_skip(c, end);
		return;
	}
	c->end = end;
	c->emit = true;
	c->has_value = true;
	c->prec = p;
	c->v.year = y;
	c->v.month = m;
	c->v.day = d;
}

static void
set_null(cand *c, int end, mr_date_precision p)
{
	c->end = end;
	c->emit = true;
	c->has_value = false;
	c->prec = p;
	memset(&c->v, 0, sizeof(c->v));
}

/* keep the longer candidate (the first one on a tie) */
static void
take(cand *best, const cand *c)
{
	if (c->end > best->end)
		*best = *c;
}

/* a yearless day that exists in some year (29 February does) */
static bool
day_possible(int m, int d)
{
	return d >= 1 && d <= mr_date_days_in_month(2000, m);
}

/* the year that puts m-d nearest the reference (within 183 days) */
static int
nearest_year_day(const dstate *st, int m, int d)
{
	int			y = st->ref.year;
	int64_t		r = mr_date_to_days(st->ref);
	int64_t		c = days_from_civil(y, m, 1) + d - 1;

	if (c - r > 183)
		y--;
	else if (r - c > 183)
		y++;
	return y;
}

/* the year that puts month m nearest the reference (within six months) */
static int
nearest_year_month(const dstate *st, int m)
{
	int			diff = m - st->ref.month;

	if (diff > 6)
		return st->ref.year - 1;
	if (diff < -6)
		return st->ref.year + 1;
	return st->ref.year;
}

/* the year of m-d (d = 0: month) before (-1) or after (+1) the reference */
static int
rel_year(const dstate *st, int rel, int m, int d)
{
	int			rm = st->ref.month;
	int			rd = st->ref.day;

	if (rel < 0)
	{
		if (m < rm || (d > 0 && m == rm && d < rd))
			return st->ref.year;
		return st->ref.year - 1;
	}
	if (rel > 0)
	{
		if (m > rm || (d > 0 && m == rm && d > rd))
			return st->ref.year;
		return st->ref.year + 1;
	}
	return st->ref.year;
}

/* the relative word at i is "in force" (الجاري به العمل), not a date */
static bool
rel_in_force(const dstate *st, int i)
{
	return T(st, i)->val == 0 && soft_cat(st, i + 1, W_INFORCE);
}

/* a day: 0..99 in one or two digits, 1er, فاتح */
static int
parse_day(const dstate *st, int i, int *day)
{
	const dtok *t = T(st, i);
	const dtok *b;

	if (t == NULL)
		return -1;
	if (t->cat == W_FIRST)
	{
		*day = 1;
		return i + 1;
	}
	if (!is_num(t) || t->ndig > 2)
		return -1;
	/* the tail of a long digit run cut by the tokenizer */
	b = T_before(st, i);
	if (b && is_num(b) && t->gap == G_NONE)
		return -1;
	*day = t->num;
	i++;
	t = T(st, i);
	if (t && t->cat == W_ORDSUFFIX && t->gap == G_NONE)
		i++;
	return i;
}

/* one month name at i; returns the next index or -1 */
static int
parse_month1(const dstate *st, int i, int *month, bool *weak)
{
	const dtok *t = T(st, i);
	const dtok *u;

	if (t == NULL)
		return -1;
	if (t->cat == W_MONTH)
	{
		*month = t->val;
		*weak = (t->flags & WF_WEAK) != 0;
		return i + 1;
	}
	if (t->cat == W_MONTH_HEAD)
	{
		u = T(st, i + 1);
		if (u && soft(u) && (u->cat == W_ORD || u->cat == W_ORD_DEF))
		{
			bool		first = (u->val == 1);

			if (t->val == 1)	/* كانون */
				*month = first ? 12 : 1;
			else				/* تشرين */
				*month = first ? 10 : 11;
			*weak = false;
			return i + 2;
		}
	}
	return -1;
}

/*
 * A month name, optionally followed by another name of the same month
 * after "/" or "(" (with_paren: whether "(" is allowed; *paren tells if it
 * was used, so that the year may follow ")").
 */
static int
parse_month(const dstate *st, int i, bool with_paren, int *month, bool *weak,
			bool *paren)
{
	int			j = parse_month1(st, i, month, weak);
	const dtok *u;

	*paren = false;
	if (j < 0)
		return -1;
	u = T(st, j);
	if (u && u->gap == G_PUNCT &&
		(slash_sep(u->gpunct) || (with_paren && u->gpunct == '(')))
	{
		int			m2;
		bool		w2;
		int			k = parse_month1(st, j, &m2, &w2);

		if (k > 0 && m2 == *month)
		{
			*paren = (u->gpunct == '(');
			*weak = *weak && w2;
			j = k;
		}
	}
	return j;
}

/*
 * A year at i: [من] [سنة] YYYY [م].  Returns 1 (found, *next after it),
 * 0 (none), -1 (a four-digit number stands where the year goes but it is
 * out of range, Hijri, or a season: *next after it, to be consumed).
 */
static int
parse_year(const dstate *st, int i, bool paren, int *year, int *next)
{
	const dtok *t = T(st, i);
	const dtok *u;
	int			j = i;

	if (t == NULL)
		return 0;
	if (!soft(t) && !(paren && t->gap == G_PUNCT && t->gpunct == ')'))
		return 0;
	if (t->cat == W_MIN)
	{
		t = T(st, ++j);
		if (t == NULL || !soft(t))
			return 0;
	}
	if (t->cat == W_YEARWORD)
	{
		t = T(st, ++j);
		if (t == NULL || !soft(t))
			return 0;
	}
	if (!is_num(t) || t->ndig != 4)
		return 0;
	*year = t->num;
	*next = ++j;
	u = T(st, j);
	if (!in_range(*year))
		return -1;
	if (u && soft(u) && u->cat == W_HIJRI)
	{
		*next = j + 1;
		return -1;
	}
	if (is_num(u) && num_sep(u))
		return -1;
	if (u && soft(u) && u->cat == W_MEEM)
		*next = j + 1;
	return 1;
}

enum
{
	TAIL_NONE = 0,
	TAIL_REL,					/* الجاري / الماضي / المقبل: val */
	TAIL_YEAR					/* من السنة الماضية: year offset */
};

/* what may follow a yearless month: a relative word or a relative year */
static int
parse_tail(const dstate *st, int i, int *kind, int *off)
{
	int			j = i;

	*kind = TAIL_NONE;
	if (soft_cat(st, i, W_REL))
	{
		if (rel_in_force(st, i))
			return -1;
		*kind = TAIL_REL;
		*off = T(st, i)->val;
		return i + 1;
	}
	if (soft_cat(st, j, W_MIN))
		j++;
	if (soft_cat(st, j, W_THE_YEAR) && soft_cat(st, j + 1, W_REL) &&
		!rel_in_force(st, j + 1))
	{
		*kind = TAIL_YEAR;
		*off = T(st, j + 1)->val;
		return j + 2;
	}
	if (soft_cat(st, j, W_THIS) && soft_cat(st, j + 1, W_THE_YEAR))
	{
		*kind = TAIL_YEAR;
		*off = 0;
		return j + 2;
	}
	return -1;
}

/*
 * DAY [من] [شهر] MONTH ... at i.  ctx: a weekday or a day word comes
 * before, which makes a weak month name acceptable.
 */
static void
core_day_month(const dstate *st, int i, bool ctx, cand *best)
{
	int			d;
	int			m;
	int			y;
	int			j;
	int			k;
	int			e;
	int			ye;
	int			r;
	bool		weak;
	bool		paren;
	int			tail;
	int			off;
	const dtok *t;
	cand		c;

	memset(&c, 0, sizeof(c));
	j = parse_day(st, i, &d);
	if (j < 0)
		return;
	k = j;
	if (soft_cat(st, k, W_MIN))
		k++;
	if (soft_cat(st, k, W_SHAHR))
		k++;
	t = T(st, k);
	if (t == NULL || !soft(t))
		return;

	/* DAY [من] الشهر الجاري|الماضي|المقبل */
	if (t->cat == W_THE_MONTH && soft_cat(st, k + 1, W_REL) &&
		!rel_in_force(st, k + 1))
	{
		int			rel = T(st, k + 1)->val;

		if (d < 1 || d > 31)
			set_skip(&c, k + 2);
		else if (!st->has_ref)
			set_null(&c, k + 2, MR_DATE_DAY);
		else
		{
			int			ry = st->ref.year;
			int			rm = st->ref.month + rel;

			if (rm < 1)
			{
				rm = 12;
				ry--;
			}
			else if (rm > 12)
			{
				rm = 1;
				ry++;
			}
			set_value(&c, k + 2, MR_DATE_DAY, ry, rm, d);
		}
		take(best, &c);
		return;
	}

	e = parse_month(st, k, true, &m, &weak, &paren);
	if (e < 0)
		return;
	r = parse_year(st, e, paren, &y, &ye);
	if (r < 0)
	{
		set_skip(&c, ye);
		take(best, &c);
		return;
	}
	if (r > 0)
	{
		set_value(&c, ye, MR_DATE_DAY, y, m, d);
		take(best, &c);
		return;
	}
	if (paren)
		e = parse_month(st, k, false, &m, &weak, &paren);

	/* no year */
	ye = parse_tail(st, e, &tail, &off);
	if (ye < 0)
	{
		if (weak && !ctx)
			return;
		ye = e;
	}
	if (!day_possible(m, d))
		set_skip(&c, ye);
	else if (!st->has_ref)
		set_null(&c, ye, MR_DATE_DAY);
	else if (tail == TAIL_REL)
		set_value(&c, ye, MR_DATE_DAY, rel_year(st, off, m, d), m, d);
	else if (tail == TAIL_YEAR)
		set_value(&c, ye, MR_DATE_DAY, st->ref.year + off, m, d);
	else
		set_value(&c, ye, MR_DATE_DAY, nearest_year_day(st, m, d), m, d);
	take(best, &c);
}

/* [شهر] MONTH YEAR | شهر MONTH | [شهر] MONTH الجاري ... (month precision) */
static void
core_month(const dstate *st, int i, cand *best)
{
	int			k = i;
	int			m;
	int			y;
	int			e;
	int			ye;
	int			r;
	bool		weak;
	bool		paren;
	bool		shahr = false;
	int			tail;
	int			off;
	cand		c;

	memset(&c, 0, sizeof(c));
	if (is_cat(st, k, W_SHAHR))
	{
		const dtok *t = T(st, k + 1);

		if (t == NULL || !soft(t))
			return;
		shahr = true;
		k++;
	}
	e = parse_month(st, k, true, &m, &weak, &paren);
	if (e < 0)
		return;
	r = parse_year(st, e, paren, &y, &ye);
	if (r < 0)
	{
		set_skip(&c, ye);
		take(best, &c);
		return;
	}
	if (r > 0)
	{
		set_value(&c, ye, MR_DATE_MONTH, y, m, 1);
		take(best, &c);
		return;
	}
	if (paren)
		e = parse_month(st, k, false, &m, &weak, &paren);
	ye = parse_tail(st, e, &tail, &off);
	if (ye < 0)
	{
		if (!shahr)
			return;
		ye = e;
	}
	else if (weak && !shahr)
		return;
	if (!st->has_ref)
		set_null(&c, ye, MR_DATE_MONTH);
	else if (tail == TAIL_REL)
		set_value(&c, ye, MR_DATE_MONTH, rel_year(st, off, m, 0), m, 1);
	else if (tail == TAIL_YEAR)
		set_value(&c, ye, MR_DATE_MONTH, st->ref.year + off, m, 1);
	else
		set_value(&c, ye, MR_DATE_MONTH, nearest_year_month(st, m), m, 1);
	take(best, &c);
}

/* English order: MONTH DAY[,] YEAR, Latin month names only */
static void
core_month_day_year(const dstate *st, int i, cand *best)
{
	const dtok *t = T(st, i);
	const dtok *u;
	int			m;
	int			d;
	int			j;
	cand		c;

	memset(&c, 0, sizeof(c));
	if (t == NULL || t->cat != W_MONTH || t->kind != MR_TOK_LATIN)
		return;
	m = t->val;
	u = T(st, i + 1);
	if (!is_num(u) || !soft(u) || u->ndig > 2)
		return;
	d = u->num;
	j = i + 2;
	if (soft_cat(st, j, W_ORDSUFFIX) && T(st, j)->gap == G_NONE)
		j++;
	u = T(st, j);
	if (!is_num(u) || u->ndig != 4 || !(soft(u) || comma(u)))
		return;
	set_value(&c, j + 1, MR_DATE_DAY, u->num, m, d);
	take(best, &c);
}

/* D/M/YYYY, YYYY-M-D ..., D/M */
static void
core_numeric(const dstate *st, int i, cand *best)
{
	const dtok *t0 = T(st, i);
	const dtok *t1 = T(st, i + 1);
	const dtok *t2 = T(st, i + 2);
	const dtok *t3 = T(st, i + 3);
	cand		c;

	memset(&c, 0, sizeof(c));
	if (!is_num(t0) || !is_num(t1) || !num_sep(t1))
		return;
	if (number_in_context(st, i))
		return;

	if (is_num(t2) && num_sep(t2) && t2->gpunct == t1->gpunct)
	{
		int			y;
		int			m;
		int			d;
		int			end = i + 3;

		/* part of a longer run: 1.17.10.2018 */
		if (is_num(t3) && num_sep(t3))
			return;
		if (t0->ndig <= 2 && t1->ndig <= 2 && t2->ndig == 4)
		{
			d = t0->num;
			m = t1->num;
			y = t2->num;
		}
		else if (t0->ndig == 4 && t1->ndig <= 2 && t2->ndig <= 2)
		{
			y = t0->num;
			m = t1->num;
			d = t2->num;
		}
		else if (t0->ndig <= 2 && t1->ndig <= 2 && t2->ndig == 2)
		{
			/* a two-digit year: never guessed */
			set_skip(&c, end);
			take(best, &c);
			return;
		}
		else
			return;
		if (t3 && soft(t3) && t3->cat == W_MEEM)
			end++;
		set_value(&c, end, MR_DATE_DAY, y, m, d);
		take(best, &c);
		return;
	}

	/* D/M without a year: "/" only, no spaces */
	if (t0->ndig <= 2 && t1->ndig <= 2 && slash_sep(t1->gpunct) &&
		!t1->gspace)
	{
		int			d = t0->num;
		int			m = t1->num;

		if (is_num(t2) && num_sep(t2))
			return;
		if (!day_possible(m, d))
			return;
		if (!st->has_ref)
			set_null(&c, i + 2, MR_DATE_DAY);
		else
			set_value(&c, i + 2, MR_DATE_DAY, nearest_year_day(st, m, d), m, d);
		take(best, &c);
	}
}

/* every date core starting at i (day_only: after a weekday or day word) */
static void
core(const dstate *st, int i, bool ctx, bool day_only, cand *best)
{
	core_day_month(st, i, ctx, best);
	core_month_day_year(st, i, best);
	core_numeric(st, i, best);
	if (!day_only)
		core_month(st, i, best);
}

/*
 * A relative day at i: [يوم] أمس|البارحة|أمس الأول|أول أمس|غدا|غد|بعد غد
 * [weekday], or اليوم weekday (*dir = 0: the reference + *off, moved to
 * the nearest *wd when given); or [يوم] weekday الماضي|المقبل (*dir = -1
 * or +1: the nearest *wd strictly before or after the reference).
 * Returns the next index (-1: none).
 */
static int
parse_rel_day(const dstate *st, int i, int *off, int *wd, int *dir)
{
	int			j = i;
	bool		yawm = false;
	bool		needs_wd = false;
	const dtok *t;

	*wd = -1;
	*dir = 0;
	*off = 0;
	if (is_cat(st, j, W_YAWM))
	{
		yawm = true;
		j++;
		t = T(st, j);
		if (t == NULL || !soft(t))
			return -1;
	}
	t = T(st, j);
	if (t == NULL)
		return -1;
	switch (t->cat)
	{
		case W_YESTERDAY:
			*off = -1;
			j++;
			if (soft_cat(st, j, W_ORD_DEF) && T(st, j)->val == 1)
			{
				*off = -2;
				j++;
			}
			break;
		case W_ORD:
			if (t->val != 1 || !soft_cat(st, j + 1, W_YESTERDAY))
				return -1;
			*off = -2;
			j += 2;
			break;
		case W_BAAD:
			if (!soft_cat(st, j + 1, W_GHAD) && !soft_cat(st, j + 1, W_GHADAN))
				return -1;
			*off = 2;
			j += 2;
			break;
		case W_GHADAN:
			*off = 1;
			j++;
			break;
		case W_GHAD:
			*off = 1;
			j++;
			needs_wd = !yawm;
			break;
		case W_WEEKDAY:
			if (!soft_cat(st, j + 1, W_REL) || T(st, j + 1)->val == 0)
				return -1;
			*wd = t->val;
			*dir = T(st, j + 1)->val;
			return j + 2;
		case W_TODAY:
			if (yawm)
				return -1;
			*off = 0;
			j++;
			needs_wd = true;
			break;
		default:
			return -1;
	}
	if (soft_cat(st, j, W_WEEKDAY))
	{
		*wd = T(st, j)->val;
		j++;
	}
	else if (needs_wd)
		return -1;
	return j;
}

/* the value of a relative day (see parse_rel_day) ending before token e */
static void
rel_day_value(const dstate *st, cand *c, int e, int off, int wd, int dir)
{
	mr_date		b;
	int			delta;

	if (!st->has_ref)
	{
		set_null(c, e, MR_DATE_DAY);
		return;
	}
	if (dir != 0)
	{
		/* the nearest wd strictly before / after the reference */
		int			rwd = mr_date_weekday(st->ref.year, st->ref.month,
										  st->ref.day);

		if (dir < 0)
			delta = (rwd - wd + 7) % 7;
		else
			delta = (wd - rwd + 7) % 7;
		if (delta == 0)
			delta = 7;
		b = mr_date_add_days(st->ref, dir * delta);
	}
	else
	{
		/* reference + off, moved to the nearest wd (-3..+3 days) */
		b = mr_date_add_days(st->ref, off);
		if (wd >= 0)
		{
			delta = (wd - mr_date_weekday(b.year, b.month, b.day) + 7) % 7;
			if (delta > 3)
				delta -= 7;
			b = mr_date_add_days(b, delta);
		}
	}
	set_value(c, e, MR_DATE_DAY, b.year, b.month, b.day);
}

/* الشهر الجاري, هذا الشهر ... (month); السنة الماضية, هذا العام ... (year) */
static void
rel_month_year(const dstate *st, int i, cand *best)
{
	const dtok *t = T(st, i);
	int			off;
	int			end;
	bool		year;
	cand		c;

	memset(&c, 0, sizeof(c));
	if (t == NULL)
		return;
	if ((t->cat == W_THE_MONTH || t->cat == W_THE_YEAR) &&
		soft_cat(st, i + 1, W_REL) && !rel_in_force(st, i + 1))
	{
		year = (t->cat == W_THE_YEAR);
		off = T(st, i + 1)->val;
		end = i + 2;
	}
	else if (t->cat == W_THIS &&
			 (soft_cat(st, i + 1, W_THE_MONTH) || soft_cat(st, i + 1, W_THE_YEAR)))
	{
		year = is_cat(st, i + 1, W_THE_YEAR);
		off = 0;
		end = i + 2;
	}
	else
		return;
	if (!st->has_ref)
		set_null(&c, end, year ? MR_DATE_YEAR : MR_DATE_MONTH);
	else if (year)
		set_value(&c, end, MR_DATE_YEAR, st->ref.year + off, 1, 1);
	else
	{
		int			ym = st->ref.year * 12 + (st->ref.month - 1) + off;

		set_value(&c, end, MR_DATE_MONTH, ym / 12, ym % 12 + 1, 1);
	}
	take(best, &c);
}

/* سنة|عام ... YYYY [م] */
static void
year_only(const dstate *st, int i, cand *best)
{
	const dtok *u = T(st, i + 1);
	const dtok *v = T(st, i + 2);
	int			end = i + 2;
	cand		c;

	memset(&c, 0, sizeof(c));
	if (!is_cat(st, i, W_YEARWORD) || !is_num(u) || !soft(u) || u->ndig != 4)
		return;
	if (v && soft(v) && v->cat == W_HIJRI)
		set_skip(&c, end + 1);
	else if (is_num(v) && num_sep(v))
		set_skip(&c, end + 1);	/* a season: سنة 2014/2015 */
	else
	{
		if (v && soft(v) && v->cat == W_MEEM)
			end++;
		set_value(&c, end, MR_DATE_YEAR, u->num, 1, 1);
	}
	take(best, &c);
}

/* the longest match at the head of the window */
static void
match_head(const dstate *st, cand *best)
{
	int			i = 0;
	int			off;
	int			wd;
	int			dir;
	int			e;
	bool		ctx = false;
	const dtok *t;

	memset(best, 0, sizeof(*best));

	/* [يوم|يومه] [weekday[،]] date */
	if (is_cat(st, 0, W_YAWM) || is_cat(st, 0, W_YAWMUH))
	{
		i = 1;
		ctx = true;
	}
	if (is_cat(st, i, W_WEEKDAY) && (i == 0 || soft(T(st, i))))
	{
		i++;
		ctx = true;
	}
	if (i > 0 && (t = T(st, i)) != NULL &&
		(soft(t) || (is_cat(st, i - 1, W_WEEKDAY) && comma(t))))
		core(st, i, ctx, true, best);

	/* a date by itself */
	core(st, 0, false, false, best);

	/* relative days, or an explicit date after them */
	e = parse_rel_day(st, 0, &off, &wd, &dir);
	if (e > 0)
	{
		cand		c;

		memset(&c, 0, sizeof(c));
		t = T(st, e);
		if (t && (soft(t) || comma(t)))
			core(st, e, true, true, &c);
		if (c.end == 0)
			rel_day_value(st, &c, e, off, wd, dir);
		take(best, &c);
	}

	rel_month_year(st, 0, best);
	year_only(st, 0, best);
}

/* drop k tokens from the head */
static void
advance(dstate *st, int k)
{
	while (k-- > 0 && st->count > 0)
	{
		st->prev = st->win[st->head];
		st->has_prev = true;
		st->head = (st->head + 1) % WIN;
		st->count--;
	}
}

mr_status
mr_find_dates(const char *s, size_t n, const mr_date *reference,
			  mr_date_callback cb, void *arg, const mr_allocator *mem)
{
	dstate		st;
	size_t		last_end = 0;

	if (!word_table_ready)
		word_table_init();

	memset(&st, 0, sizeof(st));
	st.s = (const unsigned char *) s;
	if (reference && mr_date_valid(reference->year, reference->month,
								   reference->day))
	{
		st.has_ref = true;
		st.ref = *reference;
	}
	if (s == NULL)
		n = 0;
	mr_tokenizer_init(&st.tz, s ? s : "", n, mem);

	for (;;)
	{
		cand		c;

		fill(&st);
		if (st.count == 0)
			break;

		/*
		 * A character that expands to several tokens (½ is 1⁄2) gives them
		 * all its span: none of them may start a match inside the last one.
		 */
		if (T(&st, 0)->bs < last_end)
		{
			advance(&st, 1);
			continue;
		}
		match_head(&st, &c);
		if (c.end == 0)
		{
			advance(&st, 1);
			continue;
		}
		if (c.emit)
		{
			mr_date_match m;
			const dtok *first = T(&st, 0);
			const dtok *last = T(&st, c.end - 1);

			m.has_value = c.has_value;
			m.value = c.v;
			m.precision = c.prec;
			m.char_start = first->wcs;
			m.char_end = last->ce;
			m.byte_start = first->wbs;
			m.byte_end = last->be;
			last_end = m.byte_end;
			if (!cb(&m, arg))
				break;
		}
		advance(&st, c.end);
	}
	mr_tokenizer_free(&st.tz);
	return MR_OK;
}
