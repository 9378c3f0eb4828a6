/*-------------------------------------------------------------------------
 *
 * mr_match.h
 *	  The lexicon matcher: compiled terms, matched against a text's stems.
 *
 * A lexicon is a list of terms, each with a caller-chosen term id, a
 * concern number and a kind (an ordinary term or an exclusion).  A term is
 * compiled through the engine exactly as texts are: tokenized, normalized and
 * stemmed, so "المخدرات" matches والمخدرات، بالمخدرات، مخدرات.
 *
 * Matching rules:
 *	 - a term word matches a text word when one of the word's readings (its
 *	   stem, or the alternative reading of a bare proclitic) equals one of
 *	   the term word's readings;
 *	 - the words of a multi-word term match consecutive words; a standalone
 *	   "و" in the text (or in the term) is skipped, so "الضرب والجرح" also
 *	   matches "بالضرب و الجرح";
 *	 - a word "*" in a term is a gap of 0 to MR_GAP_MAX arbitrary words (for
 *	   names: "جمعية * حقوق الإنسان");
 *	 - a phrase never spans a sentence break (. ! ? ؟ ؛ ; ۔ or a line break);
 *	 - an exclusion suppresses the term matches it overlaps, of its concern,
 *	   or of every concern when its concern is MR_ALL_CONCERNS.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_MATCH_H
#define MR_MATCH_H

#include "mr_engine.h"

#define MR_GAP_MAX 4			/* words a "*" may stand for */
#define MR_TERM_WORDS_MAX 12	/* words (gaps included) in a term */
#define MR_ALL_CONCERNS (-1)	/* concern of an exclusion that covers all */

typedef enum mr_term_kind
{
	MR_KIND_TERM = 0,
	MR_KIND_EXCLUDE = 1
} mr_term_kind;

typedef enum mr_lex_status
{
	MR_LEX_OK = 0,
	MR_LEX_EMPTY,				/* no word left after normalization */
	MR_LEX_TOO_LONG,			/* more than MR_TERM_WORDS_MAX words */
	MR_LEX_BAD_GAP				/* "*" at either end or two in a row */
} mr_lex_status;

typedef struct mr_lexicon mr_lexicon;

extern mr_lexicon *mr_lexicon_create(const mr_allocator *mem);
extern mr_lex_status mr_lexicon_add(mr_lexicon *lx, int32_t term_id,
									int32_t concern, mr_term_kind kind,
									const char *term, size_t len);
extern size_t mr_lexicon_size(const mr_lexicon *lx);
extern void mr_lexicon_free(mr_lexicon *lx);

/* Explain a status in English (for error messages). */
extern const char *mr_lex_status_message(mr_lex_status st);

/*
 * Check a term without a lexicon: the status mr_lexicon_add() would give,
 * and the number of words it compiles to (gaps excluded).
 */
extern mr_lex_status mr_term_check(const char *term, size_t len,
								   const mr_allocator *mem, int *nwords);

typedef struct mr_match
{
	int32_t		term_id;
	int32_t		concern;
	mr_term_kind kind;
	bool		suppressed;		/* overlapped by an exclusion */
	size_t		tok_first;		/* 0-based token ordinals */
	size_t		tok_last;
	size_t		char_start;		/* span in the text, 0-based, end excl. */
	size_t		char_end;
	size_t		byte_start;
	size_t		byte_end;
} mr_match;

typedef struct mr_matches
{
	mr_match   *m;
	size_t		n;
	size_t		cap;
	const mr_allocator *mem;
} mr_matches;

extern void mr_matches_init(mr_matches *ms, const mr_allocator *mem);
extern void mr_matches_free(mr_matches *ms);

/*
 * Find every match of the lexicon in s[0..n) (appended to out in text
 * order), then mark the matches that exclusions suppress.
 */
extern void mr_lexicon_match(const mr_lexicon *lx, const char *s, size_t n,
							 mr_matches *out);

/*
 * The sentence around bytes [start, end) of s: sets *sent_start and *sent_end
 * to byte offsets, at most about max_chars characters around the match
 * (cut at word boundaries where the sentence is longer).
 */
extern void mr_sentence_around(const char *s, size_t n, size_t start,
							   size_t end, size_t max_chars,
							   size_t *sent_start, size_t *sent_end);

#endif							/* MR_MATCH_H */
