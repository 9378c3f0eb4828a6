/*
 * test_stats.c -- trend statistics: Mann-Kendall with ties, Sen's slope
 * (both algorithms), the normal CDF, recent z and sparklines.
 *
 * Expected values are worked out by hand in the comments.  Where a value
 * needs more digits than a hand computation gives (z, p), it was computed
 * independently with exact rationals (Python's fractions) and 40-digit
 * arithmetic (mpmath) in a throwaway script outside the repository, from
 * the definitions, not from this code.
 */
#include "unit.h"
#include "mr_stats.h"

#include <math.h>

/* |got - want| <= tol * max(1, |want|), printing both on failure */
#define CHECK_NEAR(got, want, tol) \
	do { \
		double g_ = (got); \
		double w_ = (want); \
		double s_ = fabs(w_) > 1 ? fabs(w_) : 1; \
		unit_checks++; \
		if (!(fabs(g_ - w_) <= (tol) * s_)) \
		{ \
			unit_case_failed = 1; \
			fprintf(stderr, "%s:%d: in %s: %s\n    got:  %.17g\n    want: %.17g\n", \
					__FILE__, __LINE__, unit_case, #got, g_, w_); \
		} \
	} while (0)

/* relative error within tol (for values far below 1, like tail p-values) */
#define CHECK_REL(got, want, tol) \
	do { \
		double g_ = (got); \
		double w_ = (want); \
		unit_checks++; \
		if (!(fabs(g_ - w_) <= (tol) * fabs(w_))) \
		{ \
			unit_case_failed = 1; \
			fprintf(stderr, "%s:%d: in %s: %s\n    got:  %.17g\n    want: %.17g\n", \
					__FILE__, __LINE__, unit_case, #got, g_, w_); \
		} \
	} while (0)

/* exact equality of doubles, bit for bit except that NaN == NaN */
#define CHECK_SAME(got, want) \
	do { \
		double g_ = (got); \
		double w_ = (want); \
		unit_checks++; \
		if (!((isnan(g_) && isnan(w_)) || \
			  (g_ == w_ && signbit(g_) == signbit(w_)))) \
		{ \
			unit_case_failed = 1; \
			fprintf(stderr, "%s:%d: in %s: %s\n    got:  %.17g\n    want: %.17g\n", \
					__FILE__, __LINE__, unit_case, #got, g_, w_); \
		} \
	} while (0)

/* ---- a counting allocator: every test checks nothing leaks ---- */

static long alloc_live;
static long alloc_calls;

static void *
count_alloc(size_t size, void *arg)
{
	(void) arg;
	alloc_live++;
	alloc_calls++;
	return mr_default_allocator.alloc(size, NULL);
}

static void *
count_realloc(void *ptr, size_t size, void *arg)
{
	(void) arg;
	if (ptr == NULL)
	{
		alloc_live++;
		alloc_calls++;
	}
	return mr_default_allocator.realloc(ptr, size, NULL);
}

static void
count_free(void *ptr, void *arg)
{
	(void) arg;
	if (ptr)
		alloc_live--;
	mr_default_allocator.free(ptr, NULL);
}

static const mr_allocator mem = {count_alloc, count_realloc, count_free, NULL};

/* ---- a seeded PRNG (splitmix64), so random tests are reproducible ---- */

static uint64_t rng_state;

static uint64_t
rng_next(void)
{
	uint64_t	z = (rng_state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* uniform in [0, 1) */
static double
rng_unit(void)
{
	return (double) (rng_next() >> 11) / 9007199254740992.0;
}

/* 0, 1, ..., n-1 as doubles */
static void
iota(double *x, int n, double start)
{
	int			i;

	for (i = 0; i < n; i++)
		x[i] = start + i;
}

static mr_trend_status
mk(const double *x, const double *y, int n, mr_trend *t)
{
	mr_trend_status st = mr_mann_kendall(x, y, n, &mem, t);

	CHECK(alloc_live == 0);
	return st;
}

static double
sen(const double *x, const double *y, int n, mr_sen_method m)
{
	double		r = mr_sen_slope(x, y, n, m, &mem);

	CHECK(alloc_live == 0);
	return r;
}

/* ================================================================
 * Normal CDF
 * ================================================================
 */

TEST(normal_cdf_known_values)
{
	/* reference values: 40-digit mpmath, ncdf(z) */
	CHECK_REL(mr_normal_cdf(1.96), 0.9750021048517795, 1e-15);
	CHECK_REL(mr_normal_cdf(-3), 0.0013498980316300945, 1e-14);
	CHECK_SAME(mr_normal_cdf(0), 0.5);
	CHECK_SAME(mr_normal_cdf(-0.0), 0.5);
	CHECK_REL(mr_normal_cdf(-10), 7.6198530241605261e-24, 1e-13);
	CHECK_REL(mr_normal_cdf(-37), 5.7255712225245768e-300, 1e-13);
	CHECK_REL(mr_normal_cdf(5), 0.99999971334842812, 1e-15);
	/* near the switch between the series and the continued fraction */
	CHECK_REL(mr_normal_cdf(-1.2877919), 0.098909206327528343, 1e-14);
	/* symmetry */
	CHECK_NEAR(mr_normal_cdf(0.7) + mr_normal_cdf(-0.7), 1.0, 1e-15);
	CHECK_NEAR(mr_normal_cdf(2.5) + mr_normal_cdf(-2.5), 1.0, 1e-15);
}

TEST(normal_cdf_limits)
{
	CHECK_SAME(mr_normal_cdf(-40), 0.0);
	CHECK_SAME(mr_normal_cdf(-1e300), 0.0);
	CHECK_SAME(mr_normal_cdf(-INFINITY), 0.0);
	CHECK_SAME(mr_normal_cdf(40), 1.0);
	CHECK_SAME(mr_normal_cdf(INFINITY), 1.0);
	CHECK(isnan(mr_normal_cdf(NAN)));
	/* monotone across the whole range, and within [0, 1] */
	{
		double		prev = 0;
		double		z;
		int			ok = 1;

		for (z = -39; z <= 9; z += 0.001)
		{
			double		p = mr_normal_cdf(z);

			if (p < prev || p > 1)
				ok = 0;
			prev = p;
		}
		CHECK(ok);
	}
}

/* ================================================================
 * Mann-Kendall, worked by hand
 * ================================================================
 */

TEST(mk_increasing_5)
{
	/*
	 * y = 1 2 3 4 5 at x = 1..5: all 10 pairs increase, S = 10, no ties.
	 * Var = 5*4*15/18 = 300/18 = 16.6667.  z = (10-1)/sqrt(16.6667) =
	 * 9/4.08248 = 2.20454.  p = 2(1 - Phi(2.20454)) = 0.027486.  Every
	 * slope is 1; intercept median(y - x) = 0.
	 */
	double		x[5],
				y[5] = {1, 2, 3, 4, 5};
	mr_trend	t;

	iota(x, 5, 1);
	CHECK(mk(x, y, 5, &t) == MR_TREND_OK);
	CHECK(t.n == 5);
	CHECK_SAME(t.s, 10);
	CHECK_NEAR(t.var_s, 300.0 / 18.0, 1e-15);
	CHECK_NEAR(t.z, 2.2045407685048603, 1e-14);
	CHECK_REL(t.p_value, 0.027486336111510347, 1e-13);
	CHECK_SAME(t.sen_slope, 1);
	CHECK_SAME(t.sen_intercept, 0);
}

TEST(mk_increasing_10)
{
	/*
	 * y = x = 1..10: S = 45 (every pair), Var = 10*9*25/18 = 125, z =
	 * 44/sqrt(125) = 3.93548, p = 8.3031e-5.
	 */
	double		x[10];
	mr_trend	t;

	iota(x, 10, 1);
	CHECK(mk(x, x, 10, &t) == MR_TREND_OK);
	CHECK_SAME(t.s, 45);
	CHECK_SAME(t.var_s, 125);
	CHECK_NEAR(t.z, 3.9354796403996299, 1e-14);
	CHECK_REL(t.p_value, 8.3030703326449734e-5, 1e-12);
	CHECK_SAME(t.sen_slope, 1);
	CHECK_SAME(t.sen_intercept, 0);
}

TEST(mk_decreasing_5)
{
	/*
	 * y = 5 4 3 2 1: S = -10, z = (S+1)/sqrt(Var) = -2.20454, same p as
	 * the increasing series.  Slope -1, intercept median(y + x) = 6.
	 */
	double		x[5],
				y[5] = {5, 4, 3, 2, 1};
	mr_trend	t;

	iota(x, 5, 1);
	CHECK(mk(x, y, 5, &t) == MR_TREND_OK);
	CHECK_SAME(t.s, -10);
	CHECK_NEAR(t.z, -2.2045407685048603, 1e-14);
	CHECK_REL(t.p_value, 0.027486336111510347, 1e-13);
	CHECK_SAME(t.sen_slope, -1);
	CHECK_SAME(t.sen_intercept, 6);
}

TEST(mk_constant)
{
	/*
	 * y = 0.25 five times: one tie group t = 5, Var = (5*4*15 - 5*4*15)/18
	 * = 0 and S = 0 whatever the order, so P(|S| >= 0) = 1: p = 1, z = 0.
	 * Every slope is 0 and the intercept is the constant.
	 */
	double		x[5],
				y[5] = {0.25, 0.25, 0.25, 0.25, 0.25};
	mr_trend	t;

	iota(x, 5, 100);
	CHECK(mk(x, y, 5, &t) == MR_TREND_NO_VARIANCE);
	CHECK(t.n == 5);
	CHECK_SAME(t.s, 0);
	CHECK_SAME(t.var_s, 0);
	CHECK_SAME(t.z, 0);
	CHECK_SAME(t.p_value, 1);
	CHECK_SAME(t.sen_slope, 0);
	CHECK_SAME(t.sen_intercept, 0.25);
}

TEST(mk_ties)
{
	/*
	 * y = 1 2 2 3 3 3 4 at x = 1..7.  21 pairs; tied pairs: 1 (the 2s) +
	 * 3 (the 3s) = 4; the series never decreases, so S = 21 - 4 = 17.
	 * Tie groups t = 2 and t = 3:
	 *	 Var = [7*6*19 - 2*1*9 - 3*2*11] / 18 = [798 - 18 - 66] / 18
	 *		 = 714/18 = 39.6667
	 * z = 16 / sqrt(39.6667) = 16 / 6.29815 = 2.54043, p = 0.0110716.
	 *
	 * The 21 slopes (y_j - y_i)/(j - i), sorted: 0 x4, 1/4, 1/3 x3,
	 * 2/5 x2, 1/2 x7, 2/3, 1 x3; the 11th is 1/2.  y - x/2 = .5 1 .5 1 .5
	 * 0 .5, median 0.5.
	 */
	double		x[7],
				y[7] = {1, 2, 2, 3, 3, 3, 4};
	mr_trend	t;

	iota(x, 7, 1);
	CHECK(mk(x, y, 7, &t) == MR_TREND_OK);
	CHECK_SAME(t.s, 17);
	CHECK_NEAR(t.var_s, 714.0 / 18.0, 1e-15);
	CHECK_NEAR(t.z, 2.5404293953198231, 1e-14);
	CHECK_REL(t.p_value, 0.011071644553191885, 1e-13);
	CHECK_SAME(t.sen_slope, 0.5);
	CHECK_SAME(t.sen_intercept, 0.5);
}

TEST(mk_published_example)
{
	/*
	 * J. Little, "A Mann-Kendall Example ('By Hand')", College of the Holy
	 * Cross, Montserrat course notes (MannKendallByHand.txt): 14 values,
	 * 91 pairs: 72 increases, 18 decreases, 1 tie (12.9 twice), S = 54,
	 * V = [14*13*33 - 2*1*9]/18 = 5988/18 = 332.667, Z = (S-1)/sqrt(V) =
	 * 2.9058, one-sided p about .0018 (so two-sided 0.00366).
	 *
	 * Sen's slope of the same data (x = 1..14) is not in the notes; from
	 * exact rationals: the 46th of the 91 slopes is 17/30, and the median
	 * of y - (17/30) x is 61/5 = 12.2.
	 */
	double		x[14],
				y[14] = {12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3,
	15.9, 19.0, 18.3, 20.1, 21.7};
	mr_trend	t;

	iota(x, 14, 1);
	CHECK(mk(x, y, 14, &t) == MR_TREND_OK);
	CHECK_SAME(t.s, 54);
	CHECK_NEAR(t.var_s, 5988.0 / 18.0, 1e-15);
	CHECK_NEAR(t.z, 2.9058, 1e-4);
	CHECK_NEAR(t.z, 2.9058368459965371, 1e-14);
	CHECK_NEAR(t.p_value / 2, 0.0018, 1e-4);
	CHECK_REL(t.p_value, 0.0036627237628824359, 1e-13);
	CHECK_NEAR(t.sen_slope, 17.0 / 30.0, 1e-15);
	CHECK_NEAR(t.sen_intercept, 12.2, 1e-14);
}

TEST(mk_nan_gaps)
{
	/*
	 * y = 1 NaN 2 3 NaN 5 at x = 0..5: the usable points are (0,1) (2,2)
	 * (3,3) (5,5), n = 4.  S = 6 (all pairs increase), Var = 4*3*13/18 =
	 * 26/3, z = 5/sqrt(8.6667) = 1.69842, p = 0.0894294.
	 * Slopes use the real x distance: 1/2, 2/3, 4/5, 1, 1, 1; median
	 * (4/5 + 1)/2 = 0.9.  y - 0.9x = 1, 0.2, 0.3, 0.5: median 0.4.
	 */
	double		x[6],
				y[6] = {1, NAN, 2, 3, NAN, 5};
	mr_trend	t;

	iota(x, 6, 0);
	CHECK(mk(x, y, 6, &t) == MR_TREND_OK);
	CHECK(t.n == 4);
	CHECK_SAME(t.s, 6);
	CHECK_NEAR(t.var_s, 26.0 / 3.0, 1e-15);
	CHECK_NEAR(t.z, 1.6984155512168936, 1e-14);
	CHECK_REL(t.p_value, 0.089429359028993565, 1e-13);
	CHECK_NEAR(t.sen_slope, 0.9, 1e-15);
	CHECK_NEAR(t.sen_intercept, 0.4, 1e-15);

	/* infinities are skipped like NaN; so is the x under a skipped y */
	{
		double		x2[6] = {0, NAN, 2, 3, 3, 5},
					y2[6] = {1, INFINITY, 2, 3, -INFINITY, 5};

		CHECK(mk(x2, y2, 6, &t) == MR_TREND_OK);
		CHECK(t.n == 4);
		CHECK_SAME(t.s, 6);
		CHECK_NEAR(t.sen_slope, 0.9, 1e-15);
	}
}

TEST(mk_small_n)
{
	/* n = 2: S = 1, Var = 2*1*9/18 = 1; too few for z; one slope (3-1)/2 */
	double		x[2] = {0, 2},
				y[2] = {1, 3};
	mr_trend	t;

	CHECK(mk(x, y, 2, &t) == MR_TREND_TOO_FEW);
	CHECK(t.n == 2);
	CHECK_SAME(t.s, 1);
	CHECK_SAME(t.var_s, 1);
	CHECK(isnan(t.z) && isnan(t.p_value));
	CHECK_SAME(t.sen_slope, 1);
	CHECK_SAME(t.sen_intercept, 1);		/* median(1 - 0, 3 - 2) */

	/* n = 1 */
	CHECK(mk(x, y, 1, &t) == MR_TREND_TOO_FEW);
	CHECK(t.n == 1);
	CHECK_SAME(t.s, 0);
	CHECK_SAME(t.var_s, 0);
	CHECK(isnan(t.z) && isnan(t.p_value));
	CHECK(isnan(t.sen_slope) && isnan(t.sen_intercept));

	/* n = 0, and NULL arrays are fine when n = 0 */
	CHECK(mk(NULL, NULL, 0, &t) == MR_TREND_TOO_FEW);
	CHECK(t.n == 0);
	CHECK_SAME(t.s, 0);
	CHECK(isnan(t.sen_slope));

	/* three points of which one is NaN: two usable */
	{
		double		x3[3] = {0, 1, 2},
					y3[3] = {NAN, 5, 4};

		CHECK(mk(x3, y3, 3, &t) == MR_TREND_TOO_FEW);
		CHECK(t.n == 2);
		CHECK_SAME(t.s, -1);
		CHECK_SAME(t.sen_slope, -1);
	}
	/* all NaN */
	{
		double		y3[3] = {NAN, NAN, NAN};

		CHECK(mk(x, y3, 3, &t) == MR_TREND_TOO_FEW);
		CHECK(t.n == 0);
	}
	/* n = 2 with a tie: S = 0, Var = 0 */
	{
		double		y2[2] = {7, 7};

		CHECK(mk(x, y2, 2, &t) == MR_TREND_TOO_FEW);
		CHECK_SAME(t.s, 0);
		CHECK_SAME(t.var_s, 0);
		CHECK_SAME(t.sen_slope, 0);
		CHECK_SAME(t.sen_intercept, 7);
	}
	/* n = 3: y = 1 3 2, S = 1 + 1 - 1 = 1, Var = 3*2*11/18 */
	{
		double		x3[3] = {0, 1, 2},
					y3[3] = {1, 3, 2};

		CHECK(mk(x3, y3, 3, &t) == MR_TREND_OK);
		CHECK_SAME(t.s, 1);
		CHECK_NEAR(t.var_s, 66.0 / 18.0, 1e-15);
		CHECK_SAME(t.z, 0);		/* (1 - 1) / sd */
		CHECK_SAME(t.p_value, 1);
		CHECK_SAME(t.sen_slope, 0.5);	/* slopes 2, 1/2, -1 */
	}
}

TEST(mk_bad_x)
{
	double		y[4] = {1, 2, 3, 4};
	mr_trend	t;

	{
		double		x[4] = {0, 1, 1, 2};	/* duplicate */

		CHECK(mk(x, y, 4, &t) == MR_TREND_BAD_X);
		CHECK(t.n == 4);
		CHECK(isnan(t.s) && isnan(t.var_s) && isnan(t.z) && isnan(t.p_value));
		CHECK(isnan(t.sen_slope) && isnan(t.sen_intercept));
		CHECK(isnan(sen(x, y, 4, MR_SEN_AUTO)));
	}
	{
		double		x[4] = {0, 2, 1, 3};	/* not sorted */

		CHECK(mk(x, y, 4, &t) == MR_TREND_BAD_X);
	}
	{
		double		x[4] = {0, 1, NAN, 3};

		CHECK(mk(x, y, 4, &t) == MR_TREND_BAD_X);
	}
	{
		double		x[4] = {0, 1, 2, INFINITY};

		CHECK(mk(x, y, 4, &t) == MR_TREND_BAD_X);
	}
	{
		/* the duplicate x carries a NaN y: skipped, so x is fine */
		double		x[4] = {0, 1, 1, 2},
					y2[4] = {1, 2, NAN, 4};

		CHECK(mk(x, y2, 4, &t) == MR_TREND_OK);
		CHECK(t.n == 3);
	}
}

TEST(mk_signed_zero_and_sign_of_results)
{
	/*
	 * 0.0 and -0.0 are the same share: y = 0 -0 0 -0 is constant.
	 * y = 2 1 1 2: S = (-1 -1 +0) + (0 +1) + (+1) = 0, ties {1,1} {2,2}.
	 */
	double		x[4] = {0, 1, 2, 3},
				z4[4] = {0.0, -0.0, 0.0, -0.0},
				y[4] = {2, 1, 1, 2};
	mr_trend	t;

	CHECK(mk(x, z4, 4, &t) == MR_TREND_NO_VARIANCE);
	CHECK_SAME(t.sen_slope, 0);
	CHECK_SAME(t.sen_intercept, 0);
	CHECK(!signbit(t.sen_intercept));

	CHECK(mk(x, y, 4, &t) == MR_TREND_OK);
	CHECK_SAME(t.s, 0);
	/* Var = [4*3*13 - 2*1*9 - 2*1*9]/18 = (156 - 36)/18 = 20/3 */
	CHECK_NEAR(t.var_s, 20.0 / 3.0, 1e-15);
	CHECK_SAME(t.z, 0);
	CHECK_SAME(t.p_value, 1);
	/* slopes -1, -1/2, 0, 0, 1/2, 1: median 0, never -0 */
	CHECK_SAME(t.sen_slope, 0);
}

/* ================================================================
 * Mann-Kendall against a brute force
 * ================================================================
 */

/* S and Var(S) the slow, obvious way */
static void
brute_s(const double *y, int n, double *s, double *var)
{
	long		sum = 0;
	double		ties = 0;
	int			i,
				j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			sum += (y[j] > y[i]) - (y[j] < y[i]);
	/* a value's tie group is counted at its first occurrence */
	for (i = 0; i < n; i++)
	{
		int			first = 1,
					cnt = 0;

		for (j = 0; j < i; j++)
			if (y[j] == y[i])
				first = 0;
		if (!first)
			continue;
		for (j = i; j < n; j++)
			if (y[j] == y[i])
				cnt++;
		ties += (double) cnt * (cnt - 1) * (2.0 * cnt + 5);
	}
	*s = (double) sum;
	*var = ((double) n * (n - 1) * (2.0 * n + 5) - ties) / 18;
}

TEST(mk_matches_brute_force)
{
	static double x[3000],
				y[3000];
	int			sizes[] = {3, 4, 5, 7, 16, 33, 100, 257, 1000, 3000};
	int			levels[] = {2, 3, 10, 1000000};
	size_t		si,
				li;

	rng_state = 42;
	for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++)
		for (li = 0; li < sizeof(levels) / sizeof(levels[0]); li++)
		{
			int			n = sizes[si],
						i;
			double		s,
						var;
			mr_trend	t;

			/* a weak trend plus noise, quantized to force ties */
			for (i = 0; i < n; i++)
			{
				x[i] = i * 3 + (i % 3);	/* uneven gaps */
				y[i] = (double) (int) ((rng_unit() + 0.3 * i / n) * levels[li]) /
					levels[li];
			}
			brute_s(y, n, &s, &var);
			mk(x, y, n, &t);
			CHECK_SAME(t.s, s);
			CHECK_NEAR(t.var_s, var, 1e-15);
			if (var > 0)
			{
				/* z^2 Var = (S - sign S)^2 (no sqrt here: no -lm) */
				double		c = (s > 0) ? s - 1 : (s < 0) ? s + 1 : 0;

				CHECK_NEAR(t.z * t.z * var, c * c, 1e-14);
				CHECK(t.z * c >= 0);
				/* p = 2 Phi(-|z|) */
				CHECK_REL(t.p_value, 2 * mr_normal_cdf(-fabs(t.z)), 1e-14);
			}
		}
}

TEST(mk_large_n)
{
	/*
	 * 30,000 daily buckets: O(n log n) for S and Sen's slope by bisection,
	 * quick even under the sanitizers.  y = 0.001 x exactly increasing:
	 * S = n(n-1)/2, Var = n(n-1)(2n+5)/18, slope 0.001 up to rounding.
	 */
	static double x[30000],
				y[30000];
	int			n = 30000,
				i;
	mr_trend	t;
	double		nn = n;

	for (i = 0; i < n; i++)
	{
		x[i] = 20000 + i;
		y[i] = 0.001 * i;
	}
	CHECK(mk(x, y, n, &t) == MR_TREND_OK);
	CHECK_SAME(t.s, nn * (nn - 1) / 2);
	CHECK_NEAR(t.var_s, nn * (nn - 1) * (2 * nn + 5) / 18, 1e-15);
	CHECK_NEAR(t.sen_slope, 0.001, 1e-13);
	CHECK_NEAR(t.sen_intercept, -20, 1e-10);
	CHECK(t.p_value < 1e-300 || t.p_value == 0);
}

/* ================================================================
 * Sen's slope
 * ================================================================
 */

TEST(sen_unequal_x)
{
	/*
	 * Points (0,0) (1,2) (3,3) (7,11).  Slopes: (0,1) 2, (0,3) 1,
	 * (0,7) 11/7, (1,3) 1/2, (1,7) 9/6 = 3/2, (3,7) 8/4 = 2.  Sorted:
	 * 1/2, 1, 3/2, 11/7, 2, 2: median (3/2 + 11/7)/2 = 43/28 = 1.535714.
	 * Intercept: y - 43x/28 = 0, 13/28, -45/28, 7/28: median 1/8.
	 * Had the points been equally spaced (x = 0 1 2 3) the median would
	 * be (2 + 11/3)/2 = 17/6: the real time distance matters.
	 */
	double		x[4] = {0, 1, 3, 7},
				xe[4] = {0, 1, 2, 3},
				y[4] = {0, 2, 3, 11};
	mr_trend	t;

	mk(x, y, 4, &t);
	CHECK_NEAR(t.sen_slope, 43.0 / 28.0, 1e-15);
	CHECK_NEAR(t.sen_intercept, 0.125, 1e-15);
	CHECK_NEAR(sen(xe, y, 4, MR_SEN_AUTO), 17.0 / 6.0, 1e-15);
	CHECK_NEAR(sen(x, y, 4, MR_SEN_BISECT), 43.0 / 28.0, 1e-15);
	CHECK_NEAR(sen(xe, y, 4, MR_SEN_BISECT), 17.0 / 6.0, 1e-15);
}

TEST(sen_outlier)
{
	/*
	 * y = 1 + x/2 at x = 0..9 except y(5) = 100.  The 36 pairs without
	 * point 5 have slope exactly 1/2; of the 9 with it, the 5 before it
	 * are steep upward and the 4 after it downward.  Sorted: 4 negative,
	 * 36 x 1/2, 5 large: the 23rd of 45 is 1/2 -- the outlier does not
	 * move the estimate (least squares would give 1.21).  Intercept:
	 * y - x/2 is 1 nine times and 97.5 once: median 1.
	 * S = 36 + 5 - 4 = 37, Var = 125, z = 36/sqrt(125) = 3.21994.
	 */
	double		x[10],
				y[10];
	mr_trend	t;
	int			i;

	for (i = 0; i < 10; i++)
	{
		x[i] = i;
		y[i] = 1 + 0.5 * i;
	}
	y[5] = 100;
	CHECK(mk(x, y, 10, &t) == MR_TREND_OK);
	CHECK_SAME(t.s, 37);
	CHECK_NEAR(t.z, 3.2199378875996972, 1e-14);
	CHECK_REL(t.p_value, 0.001282183741805306, 1e-12);
	CHECK_SAME(t.sen_slope, 0.5);
	CHECK_SAME(t.sen_intercept, 1);
	CHECK_SAME(sen(x, y, 10, MR_SEN_BISECT), 0.5);
}

TEST(sen_degenerate)
{
	double		x[3] = {1, 2, 3},
				y[3] = {4, 4, 4};

	/* n < 2 */
	CHECK(isnan(sen(x, y, 1, MR_SEN_AUTO)));
	CHECK(isnan(sen(x, y, 0, MR_SEN_BISECT)));
	CHECK(isnan(sen(NULL, NULL, 0, MR_SEN_PAIRS)));
	/* constant */
	CHECK_SAME(sen(x, y, 3, MR_SEN_PAIRS), 0);
	CHECK_SAME(sen(x, y, 3, MR_SEN_BISECT), 0);
	/* two points */
	{
		double		y2[2] = {1, -2};

		CHECK_SAME(sen(x, y2, 2, MR_SEN_PAIRS), -3);
		CHECK_SAME(sen(x, y2, 2, MR_SEN_BISECT), -3);
	}
	/* y range overflows a double: slopes would be inf - inf: NaN */
	{
		double		y2[3] = {-1e308, 1e308, 0};

		CHECK(isnan(sen(x, y2, 3, MR_SEN_PAIRS)));
		CHECK(isnan(sen(x, y2, 3, MR_SEN_BISECT)));
	}
	/* an x range that overflows */
	{
		double		x2[3] = {-1e308, 0, 1e308};

		CHECK(isnan(sen(x2, x, 3, MR_SEN_AUTO)));
	}
	/* huge and tiny but representable values: both methods agree */
	{
		double		x2[4] = {1e-300, 2e-300, 4e-300, 5e-300},
					y2[4] = {1e300, 3e300, 2e300, 6e300},
					a = sen(x2, y2, 4, MR_SEN_PAIRS),
					b = sen(x2, y2, 4, MR_SEN_BISECT);

		/* slopes overflow: NaN, never infinity */
		CHECK(isnan(a));
		CHECK(isnan(b));
	}
	{
		double		x2[4] = {1e150, 2e150, 4e150, 5e150},
					y2[4] = {1e-150, 3e-150, 2e-150, 6e-150},
					a = sen(x2, y2, 4, MR_SEN_PAIRS),
					b = sen(x2, y2, 4, MR_SEN_BISECT);

		/*
		 * in units of 1e-300: slopes 2, 1/3, 5/4, -1/2, 1, 4; sorted -1/2
		 * 1/3 1 5/4 2 4: median (1 + 5/4)/2 = 1.125
		 */
		CHECK_REL(a, 1.125e-300, 1e-14);
		CHECK_REL(b, 1.125e-300, 1e-14);
	}
}

/* the median of the pairwise slopes by sorting all of them */
static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

static double
brute_sen(const double *x, const double *y, int n)
{
	size_t		np = (size_t) n * (n - 1) / 2,
				k = 0;
	double	   *s = malloc(np * sizeof(double)),
				r;
	int			i,
				j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			s[k++] = (y[j] - y[i]) / (x[j] - x[i]);
	qsort(s, np, sizeof(double), cmp_double);
	r = (np % 2) ? s[np / 2] : 0.5 * s[np / 2 - 1] + 0.5 * s[np / 2];
	free(s);
	return r;
}

/* Fill x (strictly increasing, gaps 1..gapmax) and y of one shape. */
static void
make_series(double *x, double *y, int n, int shape)
{
	int			i;
	double		xx = 600;

	for (i = 0; i < n; i++)
	{
		xx += 1 + (double) (rng_next() % 3);
		x[i] = xx;
		switch (shape)
		{
			case 0:				/* noise plus trend, continuous values */
				y[i] = rng_unit() + 0.0001 * i;
				break;
			case 1:				/* shares k/12: huge numbers of tied slopes */
				y[i] = (double) (rng_next() % 13) / 12;
				break;
			case 2:				/* exactly linear: every slope equal */
				y[i] = 0.25 * x[i] - 3;
				break;
			case 3:				/* mostly zero, a few spikes (sparse terms) */
				y[i] = (rng_next() % 10 == 0) ? rng_unit() : 0;
				break;
			case 4:				/* downward, two levels */
				y[i] = (rng_unit() < 0.5 + 0.4 * i / n) ? 0 : 1;
				break;
			default:			/* negative values, scaled up */
				y[i] = -1e6 * rng_unit() + 3.0 * i;
				break;
		}
	}
}

TEST(sen_pairs_matches_sorting)
{
	static double x[700],
				y[700];
	int			sizes[] = {2, 3, 4, 5, 10, 31, 200, 700};
	size_t		si;
	int			shape;

	rng_state = 7;
	for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++)
		for (shape = 0; shape < 6; shape++)
		{
			int			n = sizes[si];

			make_series(x, y, n, shape);
			CHECK_SAME(sen(x, y, n, MR_SEN_PAIRS), brute_sen(x, y, n) + 0.0);
		}
}

TEST(sen_bisect_matches_pairs_small)
{
	static double x[1500],
				y[1500];
	int			sizes[] = {2, 3, 4, 5, 6, 9, 17, 64, 65, 300, 1500};
	size_t		si;
	int			shape,
				mismatches = 0;

	rng_state = 11;
	for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++)
		for (shape = 0; shape < 6; shape++)
		{
			int			n = sizes[si];
			double		a,
						b;

			make_series(x, y, n, shape);
			a = sen(x, y, n, MR_SEN_PAIRS);
			b = sen(x, y, n, MR_SEN_BISECT);
			/* identical unless rounding reorders slopes: a few ulps */
			CHECK_NEAR(b, a, 1e-14);
			if (a != b)
				mismatches++;
		}
	/* data made of small integers and k/12 have no such reordering */
	CHECK(mismatches <= 6);
}

TEST(sen_bisect_matches_pairs_5000)
{
	/*
	 * The large-n path against the exact O(n^2) selection on 5,000 points
	 * (12.5 million slopes), for continuous and for tie-heavy data.
	 */
	static double x[5000],
				y[5000];
	int			shape;

	rng_state = 2026;
	for (shape = 0; shape < 4; shape++)
	{
		double		a,
					b;

		make_series(x, y, 5000, shape);
		a = sen(x, y, 5000, MR_SEN_PAIRS);
		b = sen(x, y, 5000, MR_SEN_BISECT);
		CHECK_NEAR(b, a, 1e-14);
		if (shape == 1 || shape == 2)
			CHECK_SAME(b, a);
		/* AUTO takes the bisection above MR_SEN_PAIRS_MAX_N */
		CHECK_SAME(sen(x, y, 5000, MR_SEN_AUTO), b);
	}
}

/* ================================================================
 * Recent z
 * ================================================================
 */

TEST(recent_z_basic)
{
	/*
	 * History 1 2 3 4 5: mean 3, deviations -2 -1 0 1 2, sum of squares
	 * 10, sample variance 10/4 = 2.5, sd 1.5811388.  Last value 8:
	 * z = 5 / 1.5811388 = 3.1622777 (= sqrt 10).  Last value 3: 0.
	 * Last value 0: -3/1.5811388 = -1.8973666.
	 */
	double		y[6] = {1, 2, 3, 4, 5, 8};

	CHECK_NEAR(mr_recent_z(y, 6, 0), 3.1622776601683795, 1e-15);
	y[5] = 3;
	CHECK_SAME(mr_recent_z(y, 6, 0), 0);
	y[5] = 0;
	CHECK_NEAR(mr_recent_z(y, 6, 0), -1.8973665961010275, 1e-15);
	/* the floor is ignored when the sd is larger */
	y[5] = 8;
	CHECK_NEAR(mr_recent_z(y, 6, 0.5), 3.1622776601683795, 1e-15);
	/* and used when it is larger: 5 / 2 */
	CHECK_NEAR(mr_recent_z(y, 6, 2.0), 2.5, 1e-15);
}

TEST(recent_z_skips_nan)
{
	/*
	 * NaN are absent buckets: history 1 _ 2 3 (k = 3, mean 2, sd 1), the
	 * last usable value 5 (the trailing NaN is skipped): z = 3.
	 */
	double		y[6] = {1, NAN, 2, 3, 5, NAN};

	CHECK_NEAR(mr_recent_z(y, 6, 0), 3, 1e-15);
	CHECK_NEAR(mr_recent_z(y, 5, 0), 3, 1e-15);
	/* fewer than 3 earlier points */
	CHECK(isnan(mr_recent_z(y, 4, 0)));		/* 1 _ 2 | 3 */
	CHECK(isnan(mr_recent_z(y, 3, 0)));
	CHECK(isnan(mr_recent_z(y, 1, 0)));
	CHECK(isnan(mr_recent_z(y, 0, 0)));
	CHECK(isnan(mr_recent_z(NULL, 0, 0)));
	{
		double		all[3] = {NAN, NAN, NAN};

		CHECK(isnan(mr_recent_z(all, 3, 1)));
	}
}

TEST(recent_z_constant_history)
{
	/*
	 * 0.1 three times: a naive mean is 0.30000000000000004/3 =
	 * 0.10000000000000002 and a naive sd 1.4e-17, which would turn an
	 * equal last value into a z of -1.  The history is constant: sd 0.
	 */
	double		y[4] = {0.1, 0.1, 0.1, 0.1};

	CHECK_SAME(mr_recent_z(y, 4, 0), 0);
	CHECK_SAME(mr_recent_z(y, 4, 0.01), 0);
	/* a jump with no floor: no scale to measure it, NaN */
	y[3] = 0.2;
	CHECK(isnan(mr_recent_z(y, 4, 0)));
	CHECK(isnan(mr_recent_z(y, 4, -1)));
	CHECK(isnan(mr_recent_z(y, 4, NAN)));
	/* with a floor: (0.2 - 0.1) / 0.025 = 4 */
	CHECK_NEAR(mr_recent_z(y, 4, 0.025), 4, 1e-14);
	/* downward */
	y[3] = 0;
	CHECK_NEAR(mr_recent_z(y, 4, 0.025), -4, 1e-14);

	/*
	 * A term never seen in 120 months, then one mention in 50 meetings:
	 * with the suggested floor 1/(m sqrt(k)) the score is sqrt(k) =
	 * sqrt(120) = 10.954.
	 */
	{
		static double h[121];

		h[120] = 1.0 / 50;
		CHECK_NEAR(mr_recent_z(h, 121, 0.0018257418583505537),
				   10.954451150103322, 1e-13);
	}
}

TEST(recent_z_extremes)
{
	/* tiny values: the scaled sum of squares does not underflow */
	double		y[5] = {1e-310, 2e-310, 3e-310, 4e-310, 6e-310};

	/* history mean 2.5e-310, sd sqrt(5/3) e-310: z = 3.5/1.29099 */
	CHECK_NEAR(mr_recent_z(y, 5, 0), 2.711088342345192, 1e-12);
	/* huge values: no overflow */
	{
		double		b[5] = {1e300, 2e300, 3e300, 4e300, 6e300};

		CHECK_NEAR(mr_recent_z(b, 5, 0), 2.711088342345192, 1e-14);
	}
	/* never -0 */
	{
		double		c[4] = {1, 2, 3, 2};

		CHECK(!signbit(mr_recent_z(c, 4, 0)));
	}
}

/* ================================================================
 * Sparkline
 * ================================================================
 */

static const char *
spark(const double *y, int n)
{
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, 16);
	if (mr_sparkline(y, n, &b) != MR_OK)
	{
		mr_buf_free(&b);
		return NULL;
	}
	return unit_keep(b.data);
}

TEST(sparkline_levels)
{
	/*
	 * 0..7 scaled by 7: t = i/7, band floor(8t) = 0 1 2 3 4 5 6 8->7.
	 * U+2581..U+2588 are E2 96 81..88.
	 */
	double		y[8] = {0, 1, 2, 3, 4, 5, 6, 7};
	double		y2[9] = {0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1};

	CHECK_STR(spark(y, 8), "▁▂▃▄▅▆▇█");
	/* band edges: exact eighths go up, 1.0 is the top band */
	CHECK_STR(spark(y2, 9), "▁▂▃▄▅▆▇██");
	/* scale is min..max whatever the values */
	{
		double		s[5] = {-3, 7, 2, 2, -3};

		/* t = 0, 1, 0.5, 0.5, 0: bands 0, 7, 4, 4, 0 */
		CHECK_STR(spark(s, 5), "▁█▅▅▁");
	}
	{
		double		s[3] = {1e308, -1e308, 0};	/* range overflows */

		CHECK_STR(spark(s, 3), "█▁▅");
	}
}

TEST(sparkline_gaps_and_flat)
{
	double		g[5] = {1, NAN, 3, INFINITY, 2};
	double		flat[3] = {0.3, 0.3, 0.3};
	double		one[1] = {42};
	double		nan2[2] = {NAN, NAN};

	/* 1 _ 3 _ 2: t = 0, 1, 0.5 */
	CHECK_STR(spark(g, 5), "▁ █ ▅");
	CHECK_STR(spark(flat, 3), "▄▄▄");
	CHECK_STR(spark(one, 1), "▄");
	CHECK_STR(spark(nan2, 2), "  ");
	CHECK_STR(spark(one, 0), "");
	CHECK_STR(spark(NULL, 0), "");
	{
		double		f2[3] = {0.3, NAN, 0.3};

		CHECK_STR(spark(f2, 3), "▄ ▄");
	}
}

TEST(sparkline_appends)
{
	mr_buf		b;
	double		y[2] = {0, 1};

	mr_buf_init(&b, &mr_default_allocator, 16);
	mr_buf_append(&b, "x:", 2);
	CHECK(mr_sparkline(y, 2, &b) == MR_OK);
	CHECK_STR(b.data, "x:▁█");
	CHECK(b.len == 2 + 6);
	/* too long: refused before reading y, buffer untouched */
	CHECK(mr_sparkline(y, 400000000, &b) == MR_TOO_LONG);
	CHECK_STR(b.data, "x:▁█");
	mr_buf_free(&b);
}

/* ================================================================
 * Memory and interrupts
 * ================================================================
 */

static long interrupts_seen;

static void
count_interrupt(void)
{
	interrupts_seen++;
}

TEST(uses_allocator_and_interrupts)
{
	static double x[3000],
				y[3000];
	mr_trend	t;

	rng_state = 5;
	make_series(x, y, 3000, 0);
	alloc_calls = 0;
	interrupts_seen = 0;
	mr_check_interrupts = count_interrupt;
	mk(x, y, 3000, &t);
	CHECK(alloc_calls > 0);
	CHECK(interrupts_seen > 0);
	interrupts_seen = 0;
	CHECK(!isnan(sen(x, y, 3000, MR_SEN_BISECT)));
	CHECK(interrupts_seen > 0);
	mr_check_interrupts = NULL;
	CHECK(alloc_live == 0);
}

int
main(void)
{
	RUN(normal_cdf_known_values);
	RUN(normal_cdf_limits);
	RUN(mk_increasing_5);
	RUN(mk_increasing_10);
	RUN(mk_decreasing_5);
	RUN(mk_constant);
	RUN(mk_ties);
	RUN(mk_published_example);
	RUN(mk_nan_gaps);
	RUN(mk_small_n);
	RUN(mk_bad_x);
	RUN(mk_signed_zero_and_sign_of_results);
	RUN(mk_matches_brute_force);
	RUN(mk_large_n);
	RUN(sen_unequal_x);
	RUN(sen_outlier);
	RUN(sen_degenerate);
	RUN(sen_pairs_matches_sorting);
	RUN(sen_bisect_matches_pairs_small);
	RUN(sen_bisect_matches_pairs_5000);
	RUN(recent_z_basic);
	RUN(recent_z_skips_nan);
	RUN(recent_z_constant_history);
	RUN(recent_z_extremes);
	RUN(sparkline_levels);
	RUN(sparkline_gaps_and_flat);
	RUN(sparkline_appends);
	RUN(uses_allocator_and_interrupts);
	return UNIT_END("test_stats");
}
