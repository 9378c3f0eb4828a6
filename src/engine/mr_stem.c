/*-------------------------------------------------------------------------
 *
 * mr_stem.c
 *	  A light stemmer for Arabic (Light10 in spirit) and French plurals.
 *
 * Input is a normalized word (see mr_unimap.c): alef, yeh, heh and hamza
 * carriers are already folded, so teh marbuta is heh and alef maksura is yeh.
 *
 * Arabic, in order:
 *	 1. A word listed in the exception table gets its listed stem.
 *	 2. Article forms are removed when at least two letters remain:
 *		ال، بال، كال، لل, optionally preceded by the conjunction و or ف
 *		(وال، فال، وبال، ولل، ...).  The exception table is consulted again
 *		on what remains.
 *	 3. Suffixes are removed, each at most once and in this order, when at
 *		least three letters remain: ها هم تين تان ان ات ون ين يه ه ي; a ت
 *		left by a pronoun (أزقتها) is the ة of the noun and goes too, and a
 *		final alef, the seat of the accusative tanween (تواصلياً), goes first
 *		when four letters remain.
 *	 4. Without an article, a bare proclitic (و or ف, then ب ك or ل) is
 *		ambiguous: in وقاية the و is a root letter, in ومكافحة it is "and".
 *		It is removed when at least four letters remain after the suffixes
 *		are gone and the word is not in the table of words whose first letter
 *		belongs to the root; mr_stem_alternative() gives the other reading.
 * A stem is never shorter than two letters; words of one or two letters are
 * returned as they are.
 *
 * French (Latin script, already lower-case and unaccented): a plural -s or
 * -x is removed from words of more than three letters (not after s, u, i or
 * y: "stress", "virus", "avis", "pays"), and -aux becomes -al ("locaux").
 *
 *-------------------------------------------------------------------------
 */
#include "mr_engine.h"

#include <string.h>

/* Arabic letters after normalization */
#define A_ALEF	0x0627
#define A_BEH	0x0628
#define A_TEH	0x062A
#define A_KAF	0x0643
#define A_LAM	0x0644
#define A_MEEM	0x0645
#define A_NOON	0x0646
#define A_HEH	0x0647
#define A_WAW	0x0648
#define A_YEH	0x064A
#define A_FEH	0x0641

/* ----------------------------------------------------------------
 * Exception tables
 * ----------------------------------------------------------------
 */

/*
 * Words whose light stem would merge them with unrelated words, with the
 * stem they get instead.  Keys are forms without proclitics and without the
 * article (the stemmer looks them up after removing those); keys and stems
 * are normalized when the table is built, so they are written naturally.
 */
static const char *const stem_exceptions[][2] = {
	/* جمعية "association" must not become جمع "gathering, plural" */
	{"جمعيه", "جمعيه"},
	{"جمعيات", "جمعيه"},
	{"جمعيتين", "جمعيه"},
	{"جمعيتان", "جمعيه"},
	{"جمعيتي", "جمعيه"},
	{"جمعيتها", "جمعيه"},
	{"جمعياتهم", "جمعيه"},
	/*
	 * دوريات "patrols" must not become دور "role, houses"; the singular
	 * دورية is also the adjective "periodic" (الاجتماعات الدورية), so the
	 * plural keeps a stem of its own
	 */
	{"دورية", "دورية"},
	{"دوريات", "دوريات"},
	/* طلبة "students" must not become طلب "request" */
	{"طلبه", "طلبه"},
	{"طلبتنا", "طلبه"},
	/* جامعة "university" must not become جامع "mosque" */
	{"جامعه", "جامعه"},
	{"جامعات", "جامعه"},
	{"جامعي", "جامعه"},
	{"جامعيه", "جامعه"},
	{"جامعيين", "جامعه"},
	{"جامعيون", "جامعه"},
	{"جامعيات", "جامعه"},
	/* آلية "mechanism": the ال belongs to the word */
	{"اليه", "اليه"},
	{"اليات", "اليه"},
	/* loanwords that begin with ال */
	{"الكتروني", "الكترون"},
	{"الكترونيه", "الكترون"},
	{"الكترونيا", "الكترون"},
	{"الكترونيات", "الكترون"},
	{"الماني", "الماني"},
	{"المانيا", "الماني"},
	/* والي "wali (governor)": the وال is not و + article */
	{"والي", "والي"},
	{"ولاه", "والي"},
	{"والدين", "والد"},
	{"والدي", "والد"},
	{"والدان", "والد"},
	{"الله", "الله"},
	{"اللهم", "الله"},
	/* ليلة "night" and ليلي "nightly" */
	{"ليله", "ليل"},
	{"ليلي", "ليل"},
	{"ليليه", "ليل"},
	/* أمنية "security (adj.)" stays with أمن */
	{"امنيه", "امن"},
	{"امنيين", "امن"},
	/* مدينة "city" must not become مدين "debtor" */
	{"مدينه", "مدينه"},
	{"مدن", "مدينه"},
	/* ساكنة "residents" */
	{"ساكنه", "ساكن"},
	/* ألتراس "ultras" must not become ترأس "presided" */
	{"ألتراس", "ألتراس"},
	{"إلترات", "ألتراس"},
	/* سكينة "tranquillity" is not سكين "knife" */
	{"سكينة", "سكينة"},
	/* إدمان "addiction" is not آدم "Adam" */
	{"إدمان", "إدمان"},
	/* loanwords whose ending looks like a suffix */
	{"معجون", "معجون"},
	{"سلسيون", "سلسيون"},
	{"هيروين", "هيروين"},
	{"كوكايين", "كوكايين"},
	{"بارون", "بارون"},
	{"بارونات", "بارون"},
	{"إنصات", "إنصات"},
	/* عمالة "prefecture" must not become عمال "workers" */
	{"عماله", "عماله"},
	{"عمالات", "عماله"},
};

/*
 * Words whose first letter (و ف ب ك ل) belongs to the root, in the form the
 * stemmer sees after suffix removal; a bare proclitic is never removed from
 * them.
 */
static const char *const root_initial[] = {
	/* ب */
	"برنامج", "برامج", "بروتوكول", "بوليس", "بيداغوج", "بلاستيك",
	"بوليساريو",
	/* ف */
	"فيديو", "فيسبوك", "فيروس", "فرنسا", "فيدرال", "فدرال",
	/* ك */
	"كاميرا", "كامير", "كورونا", "كمبيوتر", "كريساج",
	/* ل */
	"لوجستيك", "لوجيستيك", "ليبرال", "لوائح",
	/* و */
	"وسائل", "وسائط", "واتساب", "وزراء", "وثائق", "وظائف", "وقائع",
};

#define HT_SIZE 256				/* power of two, > 2 * number of keys */

typedef struct ht_entry
{
	uint64_t	hash;			/* 0 = empty */
	const uint32_t *key;
	int			keylen;
	const uint32_t *val;		/* NULL for root_initial entries */
	int			vallen;
} ht_entry;

static ht_entry exc_ht[HT_SIZE];
static ht_entry root_ht[HT_SIZE];

/*
 * A filter in front of both tables: one bit per (length, first letter,
 * last letter) of the keys, so that most words are turned away by one
 * memory access instead of a hash of the whole word.
 */
#define FILTER_BITS (32 * 64 * 64)
static uint64_t exc_filter[FILTER_BITS / 64];
static uint64_t root_filter[FILTER_BITS / 64];

static inline uint32_t
letter_slot(uint32_t cp)
{
	return (cp >= 0x0621 && cp <= 0x064A) ? cp - 0x0621 + 1 : 63;
}

static inline uint32_t
filter_bit(const uint32_t *w, size_t n)
{
	return (uint32_t) (((n & 31) * 64 + letter_slot(w[0])) * 64 + letter_slot(w[n - 1]));
}

static inline bool
filter_may_hold(const uint64_t *f, const uint32_t *w, size_t n)
{
	uint32_t	b;

	if (n == 0)
		return false;
	b = filter_bit(w, n);
	return (f[b / 64] >> (b % 64)) & 1;
}
static uint32_t ht_store[2048];
static bool ht_ready = false;

static int
utf8_to_store(const char *s, size_t *used, const uint32_t **out)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		n = strlen(s);
	size_t		i = 0;
	int			len = 0;

	*out = &ht_store[*used];
	while (i < n)
	{
		uint32_t	cp;
		mr_mapping	m;
		int			k;

		/* keys are written naturally and normalized here */
		i += mr_utf8_decode(p + i, n - i, &cp);
		mr_map_cp(cp, &m);
		for (k = 0; k < m.n; k++)
		{
			ht_store[(*used)++] = MR_ENT_CP(m.cp[k]);
			len++;
		}
	}
	return len;
}

static void
ht_insert(ht_entry *ht, const uint32_t *k, int kl, const uint32_t *v, int vl)
{
	uint64_t	h = mr_hash_cps(k, kl);
	size_t		i = h & (HT_SIZE - 1);
	uint64_t   *f = (ht == exc_ht) ? exc_filter : root_filter;
	uint32_t	b = filter_bit(k, kl);

	f[b / 64] |= UINT64_C(1) << (b % 64);

	while (ht[i].hash != 0)
		i = (i + 1) & (HT_SIZE - 1);
	ht[i].hash = h;
	ht[i].key = k;
	ht[i].keylen = kl;
	ht[i].val = v;
	ht[i].vallen = vl;
}

static const ht_entry *
ht_lookup(const ht_entry *ht, const uint32_t *w, size_t n)
{
	uint64_t	h;
	size_t		i;

	if (!filter_may_hold(ht == exc_ht ? exc_filter : root_filter, w, n))
		return NULL;
	h = mr_hash_cps(w, n);
	i = h & (HT_SIZE - 1);

	while (ht[i].hash != 0)
	{
		if (ht[i].hash == h && (size_t) ht[i].keylen == n &&
			memcmp(ht[i].key, w, n * sizeof(uint32_t)) == 0)
			return &ht[i];
		i = (i + 1) & (HT_SIZE - 1);
	}
	return NULL;
}

static void
ht_init(void)
{
	size_t		used = 0;
	size_t		i;

	for (i = 0; i < sizeof(stem_exceptions) / sizeof(stem_exceptions[0]); i++)
	{
		const uint32_t *k;
		const uint32_t *v;
		int			kl = utf8_to_store(stem_exceptions[i][0], &used, &k);
		int			vl = utf8_to_store(stem_exceptions[i][1], &used, &v);

		ht_insert(exc_ht, k, kl, v, vl);
	}
	for (i = 0; i < sizeof(root_initial) / sizeof(root_initial[0]); i++)
	{
		const uint32_t *k;
		int			kl = utf8_to_store(root_initial[i], &used, &k);

		ht_insert(root_ht, k, kl, NULL, 0);
	}
	ht_ready = true;
}

/* ----------------------------------------------------------------
 * Arabic
 * ----------------------------------------------------------------
 */

static inline bool
ends_with(const uint32_t *w, size_t n, uint32_t a, uint32_t b)
{
	return n >= 2 && w[n - 2] == a && w[n - 1] == b;
}

/*
 * Length of an article form at the start of w (ال بال كال لل), 0 if none.
 */
static size_t
article_len(const uint32_t *w, size_t n)
{
	if (n >= 2 && w[0] == A_ALEF && w[1] == A_LAM)
		return 2;
	if (n >= 3 && (w[0] == A_BEH || w[0] == A_KAF) &&
		w[1] == A_ALEF && w[2] == A_LAM)
		return 3;
	if (n >= 2 && w[0] == A_LAM && w[1] == A_LAM)
		return 2;
	return 0;
}

/* Suffix removal (step 3); returns the new length. */
static size_t
strip_suffixes(const uint32_t *w, size_t n)
{
	bool		pronoun = false;

	/* ها */
	if (n >= 5 && ends_with(w, n, A_HEH, A_ALEF))
	{
		n -= 2;
		pronoun = true;
	}
	/* هم */
	if (n >= 5 && ends_with(w, n, A_HEH, A_MEEM))
	{
		n -= 2;
		pronoun = true;
	}
	/* before a pronoun ة is written ت: أزقتها is أزقة + ها */
	if (pronoun && n >= 4 && w[n - 1] == A_TEH && w[n - 2] != A_ALEF)
		n -= 1;
	/*
	 * The seat of the accusative tanween: تواصلياً is تواصلي, مؤكداً is مؤكد
	 * (normalization removed the tanween itself and left the alef).
	 */
	if (!pronoun && n >= 5 && w[n - 1] == A_ALEF)
		n -= 1;
	/* تين تان: feminine dual, the stem of the singular without ة */
	if (n >= 6 && w[n - 3] == A_TEH &&
		((w[n - 2] == A_YEH || w[n - 2] == A_ALEF) && w[n - 1] == A_NOON))
		n -= 3;
	/* ان */
	if (n >= 5 && ends_with(w, n, A_ALEF, A_NOON))
		n -= 2;
	/* ات */
	if (n >= 5 && ends_with(w, n, A_ALEF, A_TEH))
		n -= 2;
	/* ون */
	if (n >= 5 && ends_with(w, n, A_WAW, A_NOON))
		n -= 2;
	/* ين */
	if (n >= 5 && ends_with(w, n, A_YEH, A_NOON))
		n -= 2;
	/* يه (ية) */
	if (n >= 5 && ends_with(w, n, A_YEH, A_HEH))
		n -= 2;
	/* ه (ة) */
	if (n >= 4 && w[n - 1] == A_HEH)
		n -= 1;
	/* ي */
	if (n >= 4 && w[n - 1] == A_YEH)
		n -= 1;
	return n;
}

/* Length of the bare proclitic sequence (و|ف)?(ب|ك|ل)? at the start. */
static size_t
proclitic_len(const uint32_t *w, size_t n)
{
	size_t		q = 0;

	if (n > q && (w[q] == A_WAW || w[q] == A_FEH))
		q++;
	if (n > q && (w[q] == A_BEH || w[q] == A_KAF || w[q] == A_LAM))
		q++;
	return q;
}

static size_t
copy_out(const uint32_t *w, size_t n, uint32_t *out)
{
	if (n > MR_STEM_MAX)
		n = MR_STEM_MAX;
	memcpy(out, w, n * sizeof(uint32_t));
	return n;
}

/*
 * The stem of a word with no prefix left to consider: the exception table,
 * else suffix removal.
 */
static size_t
stem_rest(const uint32_t *w, size_t n, uint32_t *out)
{
	const ht_entry *e;

	if (n <= 2)
		return copy_out(w, n, out);
	if ((e = ht_lookup(exc_ht, w, n)) != NULL)
		return copy_out(e->val, e->vallen, out);
	return copy_out(w, strip_suffixes(w, n), out);
}

/* Add a reading to r unless it is empty, too short or already there. */
static void
add_reading(mr_readings *r, const uint32_t *st, size_t len)
{
	int			i;

	if (r == NULL || len < 2 || r->n >= MR_READINGS_MAX)
		return;
	for (i = 0; i < r->n; i++)
		if (r->len[i] == len && memcmp(r->st[i], st, len * sizeof(uint32_t)) == 0)
			return;
	memcpy(r->st[r->n], st, len * sizeof(uint32_t));
	r->len[r->n++] = (uint16_t) len;
}

/* Add stem_rest(w) as a reading. */
static void
add_rest_reading(mr_readings *r, const uint32_t *w, size_t n)
{
	uint32_t	tmp[MR_STEM_MAX];

	if (r != NULL && n >= 2)
		add_reading(r, tmp, stem_rest(w, n, tmp));
}

/*
 * Stem an Arabic word into out (the primary reading).  If r is not NULL,
 * also collect every reading of an ambiguous prefix into r (primary first).
 */
static size_t
stem_arabic(const uint32_t *w, size_t n, uint32_t *out, mr_readings *r)
{
	const ht_entry *e;
	size_t		a;
	size_t		q;
	size_t		k;
	size_t		kept;
	size_t		maxq;
	size_t		primary_q;
	size_t		len;

	if (!ht_ready)
		ht_init();

	if (n <= 2)
	{
		len = copy_out(w, n, out);
		add_reading(r, out, len);
		return len;
	}

	/* 1. exceptions on the whole word */
	if ((e = ht_lookup(exc_ht, w, n)) != NULL)
	{
		len = copy_out(e->val, e->vallen, out);
		add_reading(r, out, len);
		return len;
	}

	/* 2. article, optionally after و or ف */
	a = article_len(w, n);
	if (a > 0 && n - a < 2)
		a = 0;
	if (a == 0 && n >= 4 && (w[0] == A_WAW || w[0] == A_FEH))
	{
		size_t		a2 = article_len(w + 1, n - 1);

		if (a2 > 0 && n - 1 - a2 >= 2)
			a = 1 + a2;
	}
	if (a > 0)
	{
		len = stem_rest(w + a, n - a, out);
		add_reading(r, out, len);
		if (r != NULL)
		{
			size_t		lam = (w[0] == A_WAW || w[0] == A_FEH) ? 1 : 0;

			/*
			 * لل before a word that starts with ل: للجنة is لـ + اللجنة, the
			 * word لجنة.
			 */
			if (w[lam] == A_LAM && w[lam + 1] == A_LAM && a == lam + 2)
				add_rest_reading(r, w + lam + 1, n - lam - 1);
			/* واليات, بآليات: a word of the exception table behind one letter */
			if (a >= 3 && (e = ht_lookup(exc_ht, w + 1, n - 1)) != NULL)
				add_reading(r, e->val, e->vallen);
		}
		return len;
	}

	/* 4. bare proclitics (و or ف, then ب ك or ل) */
	q = proclitic_len(w, n);
	if (q == 0)
	{
		len = stem_rest(w, n, out);
		add_reading(r, out, len);
		return len;
	}

	/* an exception behind the proclitics wins: بجمعية is ب + جمعية */
	for (k = q; k > 0; k--)
	{
		if (n - k >= 2 && (e = ht_lookup(exc_ht, w + k, n - k)) != NULL)
		{
			len = copy_out(e->val, e->vallen, out);
			add_reading(r, out, len);
			/* the other readings still count (وجمعية is و + جمعية) */
			break;
		}
	}
	if (k > 0)
	{
		if (r != NULL)
		{
			add_reading(r, w, strip_suffixes(w, n));
			for (k = 1; k <= q; k++)
				add_rest_reading(r, w + k, n - k);
		}
		return len;
	}

	/* letters that belong to the root are never removed */
	maxq = q;
	for (k = 0; k < q; k++)
	{
		size_t		core_k = strip_suffixes(w + k, n - k);

		if (ht_lookup(root_ht, w + k, core_k) != NULL)
		{
			maxq = k;
			break;
		}
	}

	/*
	 * The primary reading removes the proclitics only when at least four
	 * letters remain once the suffixes are gone.
	 */
	kept = strip_suffixes(w, n);
	primary_q = maxq;
	while (primary_q > 0 && kept - primary_q < 4)
		primary_q--;
	if (primary_q == 0)
		len = copy_out(w, kept, out);
	else
		len = stem_rest(w + primary_q, n - primary_q, out);
	add_reading(r, out, len);

	/* every other way to read the prefix */
	if (r != NULL)
	{
		if (primary_q != 0)
			add_reading(r, w, kept);
		for (k = 1; k <= maxq; k++)
			if (k != primary_q)
				add_rest_reading(r, w + k, n - k);
	}
	return len;
}

/* ----------------------------------------------------------------
 * French
 * ----------------------------------------------------------------
 */

static size_t
stem_latin(const uint32_t *w, size_t n, uint32_t *out)
{
	size_t		len = copy_out(w, n, out);

	if (len > 4 && out[len - 3] == 'a' && out[len - 2] == 'u' &&
		out[len - 1] == 'x' && !(out[len - 4] == 'e'))
	{
		/* locaux -> local, but eaux, travaux-like words keep -au */
		out[len - 2] = 'l';
		return len - 1;
	}
	if (len > 3 && (out[len - 1] == 's' || out[len - 1] == 'x'))
	{
		uint32_t	p = out[len - 2];

		if (p != 's' && p != 'u' && p != 'i' && p != 'y')
			return len - 1;
		if (out[len - 1] == 'x' && p == 'u')
			return len - 1;		/* jeux -> jeu, lieux -> lieu */
	}
	return len;
}

/* ----------------------------------------------------------------
 * Public entry points
 * ----------------------------------------------------------------
 */

size_t
mr_stem(const uint32_t *w, size_t n, mr_token_kind kind, uint32_t *out)
{
	if (n > MR_STEM_MAX)
		return copy_out(w, n, out);
	switch (kind)
	{
		case MR_TOK_ARABIC:
			return stem_arabic(w, n, out, NULL);
		case MR_TOK_LATIN:
			return stem_latin(w, n, out);
		default:
			return copy_out(w, n, out);
	}
}

int
mr_stem_readings(const uint32_t *w, size_t n, mr_token_kind kind,
				 mr_readings *r)
{
	uint32_t	tmp[MR_STEM_MAX];

	r->n = 0;
	if (kind == MR_TOK_ARABIC && n <= MR_STEM_MAX)
	{
		size_t		len = stem_arabic(w, n, tmp, r);

		/* a one-letter stem is not a reading add_reading() keeps */
		if (r->n == 0)
		{
			memcpy(r->st[0], tmp, len * sizeof(uint32_t));
			r->len[0] = (uint16_t) len;
			r->n = 1;
		}
		return r->n;
	}
	r->len[0] = (uint16_t) mr_stem(w, n, kind, r->st[0]);
	r->n = 1;
	return 1;
}

mr_token_kind
mr_word_kind(const uint32_t *w, size_t n)
{
	if (n == 0)
		return MR_TOK_OTHER;
	if (w[0] >= '0' && w[0] <= '9')
		return MR_TOK_NUMBER;
	if ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'))
		return MR_TOK_LATIN;
	if (w[0] >= 0x0600 && w[0] <= 0x06FF)
		return MR_TOK_ARABIC;
	{
		mr_mapping	m;

		mr_map_cp(w[0], &m);
		if (m.n > 0)
		{
			switch (MR_ENT_CLASS(m.cp[0]))
			{
				case MR_C_ARABIC:
					return MR_TOK_ARABIC;
				case MR_C_LATIN:
					return MR_TOK_LATIN;
				case MR_C_DIGIT:
					return MR_TOK_NUMBER;
				default:
					break;
			}
		}
	}
	return MR_TOK_OTHER;
}

mr_status
mr_stem_text(const char *s, size_t n, mr_buf *out)
{
	mr_tokenizer t;
	mr_token	tok;
	uint32_t	st[MR_STEM_MAX];
	bool		first = true;
	mr_status	rc = MR_OK;

	mr_tokenizer_init(&t, s, n, out->mem);
	while (mr_tokenizer_next(&t, &tok))
	{
		size_t		sl = mr_stem(tok.norm, tok.norm_len, tok.kind, st);

		if ((!first && !mr_buf_append(out, " ", 1)) ||
			!mr_buf_append_cps(out, st, sl))
		{
			rc = MR_TOO_LONG;
			break;
		}
		first = false;
	}
	mr_tokenizer_free(&t);
	return rc;
}
