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
	/* دوريات "patrols" must not become دور "role, houses" */
	{"دوريه", "دوريه"},
	{"دوريات", "دوريه"},
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
	"بوليساريو", "بنزين",
	/* ف */
	"فيديو", "فيسبوك", "فيروس", "فرنسا", "فضاءات",
	/* ك */
	"كاميرا", "كامير", "كورونا", "كمبيوتر", "كريساج", "كوكايين",
	/* ل */
	"لوجستيك", "لوجيستيك", "ليبرال", "لوائح",
	/* و */
	"وسائل", "وسائط", "واتساب", "وزراء", "وثائق", "وظائف", "وقائع",
	"واجبات", "وضعيات",
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
static uint32_t ht_store[2048];
static bool ht_ready = false;

static uint64_t
hash_cps(const uint32_t *w, size_t n)
{
	uint64_t	h = 1469598103934665603ULL;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= w[i];
		h *= 1099511628211ULL;
	}
	return h ? h : 1;
}

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
	uint64_t	h = hash_cps(k, kl);
	size_t		i = h & (HT_SIZE - 1);

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
	uint64_t	h = hash_cps(w, n);
	size_t		i = h & (HT_SIZE - 1);

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
 * Stem an Arabic word.  If alt is true, return the alternative reading of
 * a bare proclitic instead (0 if there is none).
 */
static size_t
stem_arabic(const uint32_t *w, size_t n, uint32_t *out, bool alt)
{
	const ht_entry *e;
	size_t		a;
	size_t		q;
	size_t		core;
	size_t		primary_q;
	size_t		i;

	if (!ht_ready)
		ht_init();

	if (n <= 2)
		return alt ? 0 : copy_out(w, n, out);

	/* 1. exceptions on the whole word */
	if ((e = ht_lookup(exc_ht, w, n)) != NULL)
		return alt ? 0 : copy_out(e->val, e->vallen, out);

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
		if (alt)
			return 0;
		if ((e = ht_lookup(exc_ht, w + a, n - a)) != NULL)
			return copy_out(e->val, e->vallen, out);
		core = strip_suffixes(w + a, n - a);
		return copy_out(w + a, core, out);
	}

	/* 4. bare proclitics: look for an exception behind them first */
	q = proclitic_len(w, n);
	for (i = q; i > 0; i--)
	{
		if (n - i >= 2 && (e = ht_lookup(exc_ht, w + i, n - i)) != NULL)
		{
			if (alt)
				return 0;
			return copy_out(e->val, e->vallen, out);
		}
	}

	/* 3. suffixes */
	core = strip_suffixes(w, n);

	if (q == 0)
		return alt ? 0 : copy_out(w, core, out);

	/* choose how many proclitic letters the primary reading removes */
	if (ht_lookup(root_ht, w, core) != NULL)
		primary_q = 0;
	else
	{
		primary_q = q;
		while (primary_q > 0 && core - primary_q < 4)
			primary_q--;
	}

	if (!alt)
		return copy_out(w + primary_q, core - primary_q, out);

	/*
	 * The alternative: if the primary kept letters, remove them all (when
	 * at least two letters remain); if it removed them, keep them.
	 */
	if (primary_q < q)
	{
		if (core - q < 2)
			return 0;
		return copy_out(w + q, core - q, out);
	}
	return copy_out(w, core, out);
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
			return stem_arabic(w, n, out, false);
		case MR_TOK_LATIN:
			return stem_latin(w, n, out);
		default:
			return copy_out(w, n, out);
	}
}

size_t
mr_stem_alternative(const uint32_t *w, size_t n, mr_token_kind kind,
					uint32_t *out)
{
	if (kind != MR_TOK_ARABIC || n > MR_STEM_MAX)
		return 0;
	return stem_arabic(w, n, out, true);
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
