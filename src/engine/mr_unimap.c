/*-------------------------------------------------------------------------
 *
 * mr_unimap.c
 *	  The normalization of one code point, computed with ICU.
 *
 * This file is the single definition of meetreg's character mapping.  It is
 * compiled into tools/gen_unitab, which evaluates it for every code point of
 * the Basic Multilingual Plane at build time and writes the lookup table the
 * engine uses on its hot path (mr_unitab_data.h), and into the engine itself,
 * which evaluates it at run time for the rare code points beyond U+FFFF
 * (emoji, mathematical alphanumerics, ...).
 *
 * The mapping of a code point c is, in order:
 *	 1. default-ignorable code points (ZWJ, ZWNJ, bidi controls, soft hyphen,
 *		variation selectors, ...) and the Arabic marks meetreg strips
 *		(tashkeel U+064B-U+065F and U+0670, Quranic annotation marks
 *		U+06D6-U+06ED and U+0610-U+061A, other Arabic combining marks,
 *		tatweel U+0640, high hamza U+0674) map to nothing;
 *	 2. white space (Unicode White_Space) maps to U+0020;
 *	 3. otherwise: NFKC, then full Unicode case folding, then canonical
 *		decomposition with the accents of Latin, Greek and Cyrillic letters
 *		(combining diacritical marks) and the Arabic marks above removed,
 *		then canonical recomposition;
 *	 4. the Arabic letter folds (alef and yeh variants, teh marbuta, hamza
 *		carriers, Persian/Urdu letters) and the Latin letter folds (oe, ae,
 *		o-slash, d-stroke, l-stroke, dotless i) are applied to each resulting
 *		code point, and every decimal digit becomes its ASCII digit.
 * Each output code point is then classified (mr_class).
 *
 *-------------------------------------------------------------------------
 */
#include "mr_unimap.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uscript.h>

/* Arabic combining marks that are stripped (step 1). */
static bool
is_stripped_arabic_mark(uint32_t c)
{
	return (c >= 0x064B && c <= 0x065F) ||
		c == 0x0670 ||
		(c >= 0x06D6 && c <= 0x06ED) ||
		(c >= 0x0610 && c <= 0x061A) ||
		(c >= 0x0898 && c <= 0x089F) ||
		(c >= 0x08CA && c <= 0x08FF) ||
		c == 0x0640 ||			/* tatweel */
		c == 0x0674;			/* high hamza */
}

/* Combining diacritical marks removed from letters (accent stripping). */
static bool
is_stripped_accent(uint32_t c)
{
	return (c >= 0x0300 && c <= 0x036F) ||
		(c >= 0x1AB0 && c <= 0x1AFF) ||
		(c >= 0x1DC0 && c <= 0x1DFF) ||
		(c >= 0x20D0 && c <= 0x20FF) ||
		(c >= 0xFE20 && c <= 0xFE2F);
}

static bool
is_dropped(uint32_t c)
{
	return is_stripped_arabic_mark(c) ||
		u_hasBinaryProperty((UChar32) c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/*
 * Letter folds applied after NFKC and case folding (step 4).  Returns the
 * number of code points written to out (1 or 2).
 */
static int
fold_letter(uint32_t c, uint32_t *out)
{
	switch (c)
	{
			/* alef variants -> alef */
		case 0x0622:			/* alef with madda above */
		case 0x0623:			/* alef with hamza above */
		case 0x0625:			/* alef with hamza below */
		case 0x0671:			/* alef wasla */
		case 0x0672:			/* alef with wavy hamza above */
		case 0x0673:			/* alef with wavy hamza below */
		case 0x0675:			/* high hamza alef */
			out[0] = 0x0627;
			return 1;
			/* yeh variants -> yeh */
		case 0x0649:			/* alef maksura */
		case 0x0626:			/* yeh with hamza above */
		case 0x06CC:			/* Farsi yeh */
		case 0x06D0:			/* yeh (Pashto e) */
		case 0x0678:			/* high hamza yeh */
			out[0] = 0x064A;
			return 1;
			/* teh marbuta and heh variants -> heh */
		case 0x0629:			/* teh marbuta */
		case 0x06C0:			/* heh with yeh above */
		case 0x06C1:			/* heh goal */
		case 0x06C2:			/* heh goal with hamza above */
		case 0x06C3:			/* teh marbuta goal */
		case 0x06BE:			/* heh doachashmee */
		case 0x06D5:			/* ae */
			out[0] = 0x0647;
			return 1;
			/* waw with hamza -> waw */
		case 0x0624:
		case 0x0676:			/* high hamza waw */
			out[0] = 0x0648;
			return 1;
			/* keheh, swash kaf, gaf, ng (Moroccan g) -> kaf */
		case 0x06A9:
		case 0x06AA:
		case 0x06AF:
		case 0x06AD:
			out[0] = 0x0643;
			return 1;
		case 0x06A4:			/* veh -> feh */
			out[0] = 0x0641;
			return 1;
		case 0x067E:			/* peh -> beh */
			out[0] = 0x0628;
			return 1;
		case 0x0686:			/* tcheh -> jeem */
			out[0] = 0x062C;
			return 1;
		case 0x0698:			/* jeh -> zain */
			out[0] = 0x0632;
			return 1;
			/* Latin letters without a canonical decomposition */
		case 0x0153:			/* oe ligature */
			out[0] = 'o';
			out[1] = 'e';
			return 2;
		case 0x00E6:			/* ae ligature */
			out[0] = 'a';
			out[1] = 'e';
			return 2;
		case 0x00F8:			/* o with stroke */
			out[0] = 'o';
			return 1;
		case 0x0111:			/* d with stroke */
			out[0] = 'd';
			return 1;
		case 0x0142:			/* l with stroke */
			out[0] = 'l';
			return 1;
		case 0x0131:			/* dotless i */
			out[0] = 'i';
			return 1;
		default:
			break;
	}
	if (u_charType((UChar32) c) == U_DECIMAL_DIGIT_NUMBER)
	{
		int32_t		v = u_charDigitValue((UChar32) c);

		if (v >= 0 && v <= 9)
		{
			out[0] = (uint32_t) ('0' + v);
			return 1;
		}
	}
	out[0] = c;
	return 1;
}

/* Class of one output code point. */
static mr_class
classify(uint32_t c)
{
	int8_t		t;

	if (c == 0x20)
		return MR_C_SPACE;
	if (c >= '0' && c <= '9')
		return MR_C_DIGIT;
	if (c < 0x80)
	{
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			return MR_C_LATIN;
		return MR_C_PUNCT;
	}
	t = u_charType((UChar32) c);
	switch (t)
	{
		case U_UPPERCASE_LETTER:
		case U_LOWERCASE_LETTER:
		case U_TITLECASE_LETTER:
		case U_MODIFIER_LETTER:
		case U_OTHER_LETTER:
			{
				UErrorCode err = U_ZERO_ERROR;
				UScriptCode sc = uscript_getScript((UChar32) c, &err);

				if (U_FAILURE(err))
					return MR_C_LETTER;
				if (sc == USCRIPT_ARABIC)
					return MR_C_ARABIC;
				if (sc == USCRIPT_LATIN)
					return MR_C_LATIN;
				return MR_C_LETTER;
			}
		case U_NON_SPACING_MARK:
		case U_COMBINING_SPACING_MARK:
		case U_ENCLOSING_MARK:
			return MR_C_MARK;
		case U_DECIMAL_DIGIT_NUMBER:
			return MR_C_DIGIT;
		default:
			return MR_C_PUNCT;
	}
}

static const UNormalizer2 *nfkc;
static const UNormalizer2 *nfd;
static const UNormalizer2 *nfc;

static bool
load_normalizers(void)
{
	UErrorCode	err = U_ZERO_ERROR;

	if (nfkc && nfd && nfc)
		return true;
	nfkc = unorm2_getNFKCInstance(&err);
	if (U_FAILURE(err))
		return false;
	nfd = unorm2_getNFDInstance(&err);
	if (U_FAILURE(err))
		return false;
	nfc = unorm2_getNFCInstance(&err);
	return U_SUCCESS(err);
}

#define UBUF 128

/* UTF-16 buffer -> code points (at most max); returns count. */
static int
u16_to_cps(const UChar *u, int32_t ulen, uint32_t *cps, int max)
{
	int32_t		i = 0;
	int			n = 0;

	while (i < ulen && n < max)
	{
		UChar32		c;

		U16_NEXT(u, i, ulen, c);
		cps[n++] = (uint32_t) c;
	}
	return n;
}

int
mr_unimap_compute(uint32_t cp, uint32_t *out)
{
	UChar		src[4];
	UChar		a[UBUF];
	UChar		b[UBUF];
	UChar		c[UBUF];
	int32_t		len = 0;
	int32_t		alen;
	int32_t		blen;
	int32_t		clen;
	uint32_t	cps[UBUF];
	int			ncps;
	int			nout = 0;
	UErrorCode	err = U_ZERO_ERROR;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
	{
		out[0] = ((uint32_t) MR_C_PUNCT << 21) | 0xFFFD;
		return 1;
	}
	if (is_dropped(cp))
		return 0;
	if (u_isUWhiteSpace((UChar32) cp))
	{
		out[0] = ((uint32_t) MR_C_SPACE << 21) | 0x20;
		return 1;
	}
	if (!load_normalizers())
		return -1;

	U16_APPEND_UNSAFE(src, len, (UChar32) cp);

	/* NFKC */
	alen = unorm2_normalize(nfkc, src, len, a, UBUF, &err);
	if (U_FAILURE(err))
		return -1;
	/* full case folding */
	blen = u_strFoldCase(b, UBUF, a, alen, U_FOLD_CASE_DEFAULT, &err);
	if (U_FAILURE(err))
		return -1;
	/* canonical decomposition, then drop accents and Arabic marks */
	clen = unorm2_normalize(nfd, b, blen, c, UBUF, &err);
	if (U_FAILURE(err))
		return -1;
	ncps = u16_to_cps(c, clen, cps, UBUF);
	{
		int			i,
					j = 0;

		for (i = 0; i < ncps; i++)
		{
			if (is_stripped_accent(cps[i]) || is_dropped(cps[i]))
				continue;
			cps[j++] = cps[i];
		}
		ncps = j;
	}
	/* canonical recomposition */
	{
		int32_t		k = 0;
		int			i;

		for (i = 0; i < ncps; i++)
			U16_APPEND_UNSAFE(b, k, (UChar32) cps[i]);
		alen = unorm2_normalize(nfc, b, k, a, UBUF, &err);
		if (U_FAILURE(err))
			return -1;
		ncps = u16_to_cps(a, alen, cps, UBUF);
	}
	/* letter folds, digits, classes */
	{
		int			i;

		for (i = 0; i < ncps; i++)
		{
			uint32_t	f[2];
			int			nf;
			int			k;

			if (u_isUWhiteSpace((UChar32) cps[i]))
			{
				f[0] = 0x20;
				nf = 1;
			}
			else
				nf = fold_letter(cps[i], f);
			for (k = 0; k < nf; k++)
			{
				if (nout >= MR_MAP_MAX)
					return -1;
				out[nout++] = ((uint32_t) classify(f[k]) << 21) | f[k];
			}
		}
	}
	return nout;
}
