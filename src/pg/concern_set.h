/*-------------------------------------------------------------------------
 *
 * concern_set.h
 *	  The meetreg.concern_set type.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_CONCERN_SET_H
#define MR_CONCERN_SET_H

#include "postgres.h"
#include "fmgr.h"

#include "mr_pg.h"

/*
 * A bitmap over concern ids: bit (id % 32) of words[id / 32].  Canonical:
 * no trailing zero word.  Stored with 4-byte alignment and plain storage
 * (at most 32 words), so values are never compressed or short-headed.
 */
typedef struct ConcernSet
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	uint32		words[FLEXIBLE_ARRAY_MEMBER];
} ConcernSet;

#define CS_MAX_WORDS	((MR_MAX_CONCERN_ID + 1 + 31) / 32)
#define CS_SIZE(nwords) (offsetof(ConcernSet, words) + (nwords) * sizeof(uint32))
#define CS_NWORDS(cs)	((int) ((VARSIZE(cs) - VARHDRSZ) / sizeof(uint32)))

#define DatumGetConcernSetP(X)		((ConcernSet *) PG_DETOAST_DATUM(X))
#define PG_GETARG_CONCERN_SET_P(n)	DatumGetConcernSetP(PG_GETARG_DATUM(n))
#define PG_RETURN_CONCERN_SET_P(x)	PG_RETURN_POINTER(x)

extern ConcernSet *cs_from_words(const uint32 *words, int nwords);
extern ConcernSet *cs_empty(void);
/* next member id greater than after (start with 0), or -1 */
extern int	cs_next(const ConcernSet *cs, int after);

/* the concerns raised by a text (tagger.c) */
extern ConcernSet *mr_pg_tag(const char *s, size_t n);

#endif							/* MR_CONCERN_SET_H */
