/*-------------------------------------------------------------------------
 *
 * concern_hist.h
 *	  The meetreg.concern_hist and meetreg.concern_trend types.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_CONCERN_HIST_H
#define MR_CONCERN_HIST_H

#include "postgres.h"
#include "fmgr.h"

/*
 * concern_hist: counts[0] = meetings, counts[id] = meetings raising
 * concern id, for id < nslots.
 */
typedef struct ConcernHist
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	uint8		version;		/* CH_VERSION */
	uint8		flags;			/* reserved, 0 */
	uint16		nslots;
	int64		counts[FLEXIBLE_ARRAY_MEMBER];
} ConcernHist;

#define CH_VERSION 1
#define CH_DEFAULT_SLOTS 32
#define CH_SIZE(nslots) (offsetof(ConcernHist, counts) + (nslots) * sizeof(int64))

extern ConcernHist *ch_alloc(MemoryContext cxt, int nslots);
extern ConcernHist *ch_get(Datum d);

/*
 * concern_trend: rows sorted by bucket; each row is the bucket (a
 * timestamptz) followed by nslots counts laid out like concern_hist's.  The
 * value may carry room for more rows than nrows (the varlena size covers
 * it, so copies made by the executor stay consistent); the aggregate's final
 * function trims it.
 */
typedef struct ConcernTrend
{
	int32		vl_len_;		/* varlena header (do not touch directly!) */
	uint8		version;		/* CT_VERSION */
	uint8		flags;			/* reserved, 0 */
	uint16		nslots;
	int32		nrows;
	int32		pad;			/* 0; keeps rows 8-byte aligned */
	int64		rows[FLEXIBLE_ARRAY_MEMBER];
} ConcernTrend;

#define CT_VERSION 1
#define CT_ROW_WIDTH(nslots) ((nslots) + 1)
#define CT_SIZE(nslots, nrows) \
	(offsetof(ConcernTrend, rows) + (Size) (nrows) * CT_ROW_WIDTH(nslots) * sizeof(int64))
#define CT_CAPACITY(ct) \
	((int) ((VARSIZE(ct) - offsetof(ConcernTrend, rows)) / (CT_ROW_WIDTH((ct)->nslots) * sizeof(int64))))
#define CT_ROW(ct, i) (&(ct)->rows[(Size) (i) * CT_ROW_WIDTH((ct)->nslots)])

/* the meetreg.min_cell setting */
extern int	mr_min_cell;

#endif							/* MR_CONCERN_HIST_H */
