/*-------------------------------------------------------------------------
 *
 * mr_stats.h
 *	  Trend statistics of the meetreg engine: the Mann-Kendall trend test,
 *	  Sen's slope, the "recent z" score and block sparklines.
 *
 * Series are given as two arrays x[0..n) and y[0..n).  x is the position
 * of a time bucket (months since an epoch, days, ...): empty buckets are
 * simply absent, so slopes use the real distance in time.  y is the
 * measured value (a share).  Conventions shared by every function:
 *
 *	- A point whose y is not finite (NaN, or +/-Infinity) is skipped, as if
 *	  its bucket were absent.  Its x is then ignored too.
 *	- The x of the points used must be finite and strictly increasing.
 *	- Ties in y are exact equality of doubles (so 0.0 and -0.0 tie).  Shares
 *	  computed as ratios of the same integers are bitwise equal, so they tie
 *	  as they should; shares that are equal only up to rounding do not.
 *	- Results never contain -0.0 and never an infinity; what cannot be
 *	  computed is NaN (the SQL glue will probably turn it into NULL).
 *
 * Nothing here allocates except through the mr_allocator passed in, and
 * every long loop calls mr_check_interrupts.  The module does not call the
 * math library (the unit tests are not linked with -lm): it carries its own
 * square root, exponential and erfc, tested against reference values.
 *
 * Copyright (c) 2026, the meetreg authors.  Licensed under the PostgreSQL
 * License; see LICENSE.
 *-------------------------------------------------------------------------
 */
#ifndef MR_STATS_H
#define MR_STATS_H

#include "mr_engine.h"

/* Outcome of mr_mann_kendall(). */
typedef enum mr_trend_status
{
	MR_TREND_OK = 0,			/* every field computed */
	MR_TREND_TOO_FEW,			/* fewer than 3 usable points: n, s and
								 * var_s are filled, z and p_value are NaN,
								 * the Sen fields are filled when n == 2 */
	MR_TREND_NO_VARIANCE,		/* n >= 3 but all y equal: s = var_s = 0,
								 * z = 0, p_value = 1 (exact: S is always
								 * 0), sen_slope = 0, sen_intercept = y */
	MR_TREND_BAD_X				/* the x of the usable points are not finite
								 * and strictly increasing: only n is
								 * filled, all else is NaN */
} mr_trend_status;

/* Result of a Mann-Kendall test on the usable points (x[i], y[i]). */
typedef struct mr_trend
{
	int			n;				/* number of usable points */
	double		s;				/* Kendall's S = sum over i<j of
								 * sign(y[j] - y[i]) */
	double		var_s;			/* variance of S under no trend, with the
								 * correction for ties in y */
	double		z;				/* (S - sign(S)) / sqrt(var_s): normal score
								 * with continuity correction, 0 if S == 0 */
	double		p_value;		/* two-sided: 2 * (1 - Phi(|z|)) */
	double		sen_slope;		/* median of the pairwise slopes (y[j] -
								 * y[i]) / (x[j] - x[i]), per unit of x */
	double		sen_intercept;	/* median of y[i] - sen_slope * x[i]: the
								 * fitted line is y = intercept + slope * x */
} mr_trend;

/*
 * Mann-Kendall test and Sen's slope in one call.  S and its variance take
 * O(n log n) time; Sen's slope is described at mr_sen_slope().  Memory
 * (O(n), or O(n^2) doubles on the exact path of Sen's slope) comes from
 * mem and is freed before returning.  All fields of *out are always set.
 */
extern mr_trend_status mr_mann_kendall(const double *x, const double *y, int n,
									   const mr_allocator *mem, mr_trend *out);

/*
 * Sen's slope alone: the median of the N = m(m-1)/2 pairwise slopes of the
 * m usable points (the mean of the two middle ones when N is even).  NaN
 * when m < 2 or x is bad (see above).
 *
 * MR_SEN_PAIRS computes every slope and selects the median: O(N) time and
 * memory.  MR_SEN_BISECT finds the same order statistics without listing
 * the pairs: it bisects on the value of the slope (over the bit patterns
 * of doubles, so at most 64 steps), counting the slopes below a candidate
 * t in O(m log m) as the inversions of y[i] - t x[i] (kept in double-double
 * precision), until at most 4m slopes remain in the interval, which are
 * then listed and selected from.  O(m log m) time per step, O(m) memory.
 * Its result is the exact median of the true slopes up to rounding: it
 * differs from MR_SEN_PAIRS' only by the rounding of the individual slopes
 * (a few units in the last place), and is identical whenever rounding does
 * not reorder them.  It gives NaN if y's range divided by the smallest x
 * gap, times x's range, exceeds 1e290 (absurd for time series).
 * MR_SEN_AUTO uses PAIRS for m <= MR_SEN_PAIRS_MAX_N and BISECT above.
 */
typedef enum mr_sen_method
{
	MR_SEN_AUTO = 0,
	MR_SEN_PAIRS,
	MR_SEN_BISECT
} mr_sen_method;

#define MR_SEN_PAIRS_MAX_N 2000 /* 1,999,000 slopes, 16 MB */

extern double mr_sen_slope(const double *x, const double *y, int n,
						   mr_sen_method method, const mr_allocator *mem);

/* Phi(z), the standard normal CDF; relative error below 1e-13 everywhere. */
extern double mr_normal_cdf(double z);

/*
 * How many standard deviations the most recent value stands from the
 * values before it: (c - mean(h)) / max(sd(h), sd_floor), where c is the
 * last usable (finite) y and h the k usable values before it, sd being the
 * sample standard deviation (divisor k - 1).
 *
 * NaN when k < 3.  A history that never changed has sd 0; then the result
 * is 0 if c equals it and otherwise depends on sd_floor: with sd_floor > 0
 * it is (c - mean) / sd_floor, a large finite score that ranks a brand-new
 * concern first, with sd_floor <= 0 (or NaN) it is NaN, since there is no
 * scale to measure the jump against.  For shares of m meetings, a floor of
 * one meeting's worth of share spread over the history, e.g.
 * 1 / (m * sqrt(k)), keeps the score finite and comparable; sd_floor is
 * otherwise in the units of y and is ignored when sd is larger.
 */
extern double mr_recent_z(const double *y, int n, double sd_floor);

/*
 * Append a sparkline of y to out: one character per point of y (skipped
 * points included), U+2581..U+2588 (lower one-eighth block .. full block)
 * scaled so the smallest finite value is U+2581 and the largest U+2588, in
 * eight equal bands; a non-finite y is a space (a gap); if all finite
 * values are equal they are all U+2584 (half block).  n <= 0 appends
 * nothing.  MR_TOO_LONG if the output would exceed MR_MAX_OUTPUT, in which
 * case out is unchanged.
 */
extern mr_status mr_sparkline(const double *y, int n, mr_buf *out);

#endif							/* MR_STATS_H */
