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
 * O(n log n) time (counted as merge-sort inversions, not pair by pair);
 * Sen's slope is described at mr_sen_slope().  Memory comes from mem and
 * is freed before returning: about 150 bytes per point, or at most 4 MB
 * on the all-pairs path of Sen's slope.  All fields of *out are always
 * set.  The p-value is the usual normal approximation, which is rough
 * below n = 10 (exact tables exist for small n; we do not use them).
 */
extern mr_trend_status mr_mann_kendall(const double *x, const double *y, int n,
									   const mr_allocator *mem, mr_trend *out);

/*
 * Sen's slope alone: the median of the N = m(m-1)/2 pairwise slopes of the
 * m usable points (the mean of the two middle ones when N is even).  NaN
 * when m < 2 or x is bad (see above).
 *
 * MR_SEN_PAIRS computes every slope and selects the median (quickselect,
 * O(N) expected, O(N log N) worst case): O(N) memory, so it switches to
 * BISECT above 134 million slopes (PostgreSQL's 1 GB allocation limit).
 *
 * MR_SEN_BISECT finds the same order statistics without listing the
 * pairs: it bisects on the value t of the slope, over the bit patterns of
 * doubles (so at most 64 steps per order statistic; about 20-30 on noisy
 * data, more when a great many slopes share the median's value, except
 * exactly 0, the rare-term case, which is tested first), counting the slopes
 * <= t in O(m log m) as the inversions of y[i] - t x[i] (computed in
 * double-double), until at most 4m slopes remain in the interval; those
 * are listed and selected from.  O(m log m) time per step, O(m) memory;
 * 30,000 points take about 0.15 s.  Guarantee: the result is the exact
 * median of the true slopes up to rounding, i.e. it differs from what
 * MR_SEN_PAIRS returns only where rounding of the individual slopes
 * reorders them (a few units in the last place).  In the tests both agree
 * bit for bit on every series tried, including tie-heavy ones.
 *
 * Both give NaN if the range of x or of y overflows a double, or if the
 * median slope does; BISECT also if the smallest x gap is below 1e-290
 * times the largest |x| (not a time series).
 *
 * MR_SEN_AUTO uses PAIRS for m <= MR_SEN_PAIRS_MAX_N and BISECT above.
 */
typedef enum mr_sen_method
{
	MR_SEN_AUTO = 0,
	MR_SEN_PAIRS,
	MR_SEN_BISECT
} mr_sen_method;

#define MR_SEN_PAIRS_MAX_N 1000 /* 499,500 slopes, 4 MB, a few ms */

extern double mr_sen_slope(const double *x, const double *y, int n,
						   mr_sen_method method, const mr_allocator *mem);

/*
 * Phi(z), the standard normal CDF, with a relative error below 1e-14
 * everywhere (also deep in the lower tail: Phi(-37) = 5.7e-300); 0 below
 * z = -38.5 and 1 above z = 8.3, where the double rounds.  NaN for NaN.
 */
extern double mr_normal_cdf(double z);

/*
 * How many standard deviations the most recent value stands from the
 * values before it: (c - mean(h)) / max(sd(h), sd_floor), where c is the
 * last usable (finite) y and h the k usable values before it, sd being the
 * sample standard deviation (divisor k - 1).
 *
 * NaN when k < 3 (or if the score overflows).  A history that never
 * changed has sd 0 (exactly: differences from its first value are used,
 * so 0.1, 0.1, 0.1 is not given a rounding-noise sd); then the result is 0
 * if c equals it and otherwise depends on sd_floor: with sd_floor > 0 it
 * is (c - mean) / sd_floor, a large finite score that ranks a brand-new
 * concern first; with sd_floor <= 0 or NaN it is NaN, there being no scale
 * to measure the jump against.  sd_floor is in the units of y and only
 * matters when sd is smaller.  For shares of about m meetings per bucket
 * a good floor is 1 / (m sqrt(k)): the sd the history would have had if
 * one of its k buckets had had one more match (a never-mentioned term
 * that appears once then scores sqrt(k)).
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
