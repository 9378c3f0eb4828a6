/*-------------------------------------------------------------------------
 *
 * mr_stats.c
 *	  Mann-Kendall trend test, Sen's slope, recent z score, sparklines.
 *
 * See mr_stats.h for the conventions (skipped points, NaN results).
 *
 * The unit-test binaries are linked without -lm, so this file calls no
 * function of the math library: <math.h> is included only for the
 * classification macros (isnan, isfinite), fabs (a compiler builtin) and
 * the NAN and INFINITY constants.  The square root, exponential and erfc
 * below are our own, written for the ranges used here.
 *
 * Copyright (c) 2026, the meetreg authors.  Licensed under the PostgreSQL
 * License; see LICENSE.
 *-------------------------------------------------------------------------
 */
#include "mr_stats.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* ----------------------------------------------------------------
 * Small helpers
 * ----------------------------------------------------------------
 */

static inline void
check_interrupts(void)
{
	if (mr_check_interrupts)
		mr_check_interrupts();
}

/* Turn -0.0 into +0.0 (SQL prints "-0", which surprises everyone). */
static inline double
no_negzero(double v)
{
	return v + 0.0;
}

/*
 * 2^e as a double, for e in the normal range [-1022, 1023], built from its
 * bits (ldexp would need the math library).
 */
static double
pow2(int e)
{
	uint64_t	bits = (uint64_t) (e + 1023) << 52;
	double		d;

	memcpy(&d, &bits, sizeof(d));
	return d;
}

/* v * 2^e for any e, rounding once if the result is subnormal. */
static double
scale2(double v, int e)
{
	while (e > 1023)
	{
		v *= pow2(1023);
		e -= 1023;
	}
	while (e < -1022)
	{
		/* stop early once v is 0, so that the loop stays short */
		if (v == 0)
			return v;
		if (e - (-1022) >= -52)
		{
			/* the last step: one rounding into the subnormal range */
			v *= pow2(e + 52);
			return v * pow2(-52);
		}
		v *= pow2(-1022);
		e += 1022;
	}
	return v * pow2(e);
}

/* The unbiased binary exponent of a finite nonzero double (floor(log2|v|)). */
static int
exponent_of(double v)
{
	uint64_t	bits;
	int			e;

	memcpy(&bits, &v, sizeof(v));
	e = (int) ((bits >> 52) & 0x7FF);
	if (e == 0)
	{
		/* subnormal: normalize first */
		return exponent_of(v * pow2(64)) - 64;
	}
	return e - 1023;
}

/*
 * Error-free transformations (Dekker, Knuth).  They need double arithmetic
 * without excess precision, which every platform PostgreSQL supports in
 * practice (SSE2 on x86-64, AArch64, ...).  If they are not exact the
 * results degrade gracefully to plain double precision.
 */

/* a + b = *s + *e exactly */
static inline void
two_sum(double a, double b, double *s, double *e)
{
	double		sum = a + b;
	double		bb = sum - a;

	*e = (a - (sum - bb)) + (b - bb);
	*s = sum;
}

/* split a into two halves of 26 bits each; |a| < 1e300 */
static inline void
split(double a, double *hi, double *lo)
{
	double		c = 134217729.0 * a;	/* 2^27 + 1 */

	*hi = c - (c - a);
	*lo = a - *hi;
}

/* a * b = *p + *e exactly (barring overflow and underflow) */
static inline void
two_prod(double a, double b, double *p, double *e)
{
	double		ah,
				al,
				bh,
				bl;

	*p = a * b;
	split(a, &ah, &al);
	split(b, &bh, &bl);
	*e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

/* ----------------------------------------------------------------
 * Square root, exponential, erfc, normal CDF
 * ----------------------------------------------------------------
 */

/*
 * Square root of a >= 0, correctly rounded in practice: Newton's iteration
 * from a bit-level first guess, then one correction from the exact
 * residual.
 */
static double
st_sqrt(double a)
{
	uint64_t	bits;
	double		g;
	double		p,
				e;
	int			i;

	if (!(a > 0))
		return (a == 0) ? 0.0 : NAN;
	if (!isfinite(a))
		return a;
	if (a < DBL_MIN)
		return st_sqrt(a * pow2(108)) * pow2(-54);

	/* halving the exponent gives a guess within 6% */
	memcpy(&bits, &a, sizeof(a));
	bits = (bits >> 1) + ((uint64_t) 0x1FF8 << 48);
	memcpy(&g, &bits, sizeof(g));
	/* error 6e-2 -> 2e-3 -> 2e-6 -> 2e-12 -> rounding */
	for (i = 0; i < 5; i++)
		g = 0.5 * (g + a / g);
	/* one more step with the exact residual a - g^2 */
	two_prod(g, g, &p, &e);
	return g + ((a - p) - e) / (2.0 * g);
}

/*
 * e^a, relative error about 1 ulp.  a = k ln 2 + r with |r| <= ln(2)/2
 * (Cody and Waite's reduction: ln 2 in two parts, the first with enough
 * trailing zeros that k * LN2_HI is exact), then the Taylor series of e^r
 * to degree 13 (the first omitted term is below 5e-18 relative), then
 * scaling by 2^k.
 */
#define LN2_HI 0.6931471803691238	/* 0x1.62e42fee00000p-1 */
#define LN2_LO 1.9082149292705877e-10
#define LOG2_E 1.4426950408889634

static double
st_exp(double a)
{
	double		kd,
				r,
				p;
	int			k,
				j;

	if (isnan(a))
		return a;
	if (a > 709.78)
		return INFINITY;
	if (a < -745.2)
		return 0.0;
	kd = a * LOG2_E;
	k = (int) (kd >= 0 ? kd + 0.5 : kd - 0.5);	/* |kd| < 1076: no overflow */
	r = (a - k * LN2_HI) - k * LN2_LO;
	p = 1.0;
	for (j = 13; j >= 1; j--)
		p = 1.0 + p * r / j;
	return scale2(p, k);
}

#define ONE_OVER_SQRT_PI 0.5641895835477563
#define TWO_OVER_SQRT_PI 1.1283791670955126
#define SQRT1_2_HI 0.7071067811865476
#define SQRT1_2_LO (-4.833646656726457e-17)

/*
 * erfc(x) for x = xh + xl >= 0 given in double-double, so that the rounding
 * of x (x is z / sqrt(2) here) does not cost accuracy in the far tail,
 * where the relative error of erfc is about 2x^2 times that of x.
 *
 * x < 1: erfc = 1 - erf with erf's Taylor series (alternating, but its
 * terms stay below 1, and erfc >= 0.157, so the cancellation costs only a
 * few ulps).
 *
 * x >= 1: Laplace's continued fraction
 *		erfc(x) = e^{-x^2} / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / ...
 * evaluated backwards from a fixed depth.  Measured against 40-digit
 * values, 240 levels suffice at x = 1, 120 at 1.5, 60 at 2 and 20 from 4
 * on; 300 / x^2 + 20 covers these with a margin.  e^{-x^2} is computed
 * from x^2 = p + e (exact) as e^{-p} (1 - e), e being below 1e-13.
 */
static double
st_erfc_dd(double xh, double xl)
{
	if (isnan(xh))
		return xh;
	if (xh < 1.0)
	{
		double		x = xh + xl;
		double		x2 = x * x;
		double		term = x;	/* (-1)^j x^(2j+1) / j! */
		double		sum = x;
		int			j;

		for (j = 1; j < 60; j++)
		{
			double		t;

			term *= -x2 / j;
			t = term / (2 * j + 1);
			sum += t;
			if (fabs(t) < 1e-17 * fabs(sum))
				break;
		}
		return 1.0 - TWO_OVER_SQRT_PI * sum;
	}
	if (xh > 27.3)
		return 0.0;				/* below the smallest subnormal */
	else
	{
		double		p,
					e,
					f;
		int			k,
					depth = (int) (300.0 / (xh * xh)) + 20;

		two_prod(xh, xh, &p, &e);
		e += 2.0 * xh * xl;
		f = xh;
		for (k = depth; k >= 1; k--)
			f = xh + (0.5 * k) / f;
		return st_exp(-p) * (1.0 - e) * ONE_OVER_SQRT_PI / f;
	}
}

/* erfc(|z| / sqrt(2)), the two-sided tail probability of z */
static double
two_sided_tail(double z)
{
	double		h,
				l;

	z = fabs(z);
	if (!(z < 40))
		return (z >= 40) ? 0.0 : z;	/* erfc underflows from z = 38.6 on */
	two_prod(z, SQRT1_2_HI, &h, &l);
	l += z * SQRT1_2_LO;
	two_sum(h, l, &h, &l);
	return st_erfc_dd(h, l);
}

double
mr_normal_cdf(double z)
{
	double		tail;

	if (isnan(z))
		return z;
	/* Phi(z) = erfc(-z / sqrt 2) / 2, with the tail always computed for |z| */
	tail = 0.5 * two_sided_tail(z);
	return (z < 0) ? tail : 1.0 - tail;
}

/* ----------------------------------------------------------------
 * Selection
 * ----------------------------------------------------------------
 */

static inline void
swap_d(double *a, double *b)
{
	double		t = *a;

	*a = *b;
	*b = t;
}

/* heapsort a[0..n), the fallback that bounds quickselect's worst case */
static void
heap_sort(double *a, size_t n)
{
	size_t		i,
				end;

	if (n < 2)
		return;
	for (end = n; end > 0; end--)
	{
		/* build on the first pass, then only restore from the root */
		size_t		start = (end == n) ? n / 2 : 1;

		for (i = start; i > 0; i--)
		{
			size_t		root = i - 1;

			for (;;)
			{
				size_t		child = 2 * root + 1;

				if (child >= end)
					break;
				if (child + 1 < end && a[child + 1] > a[child])
					child++;
				if (!(a[child] > a[root]))
					break;
				swap_d(&a[child], &a[root]);
				root = child;
			}
		}
		swap_d(&a[0], &a[end - 1]);
	}
}

/*
 * Rearrange a[0..n) (no NaN) so that a[k] is the value a full sort would
 * put there, everything before it <= a[k] and everything after it >=
 * a[k]; return a[k].  Quickselect with three-way partitioning (the arrays
 * here are full of ties: a constant series has only zero slopes) and
 * pseudo-random median-of-three pivots from a fixed seed, so results are
 * reproducible; if it takes too many rounds the rest is heapsorted, which
 * bounds the time by O(n log n) for any input.
 */
static double
select_kth(double *a, size_t n, size_t k)
{
	size_t		lo = 0,
				hi = n;
	uint64_t	rng = 0x9E3779B97F4A7C15ULL;
	int			rounds = 0,
				max_rounds = 16;
	size_t		m;

	for (m = n; m > 1; m /= 2)
		max_rounds += 3;

	while (hi - lo > 1)
	{
		size_t		len = hi - lo;
		double		p,
					c[3];
		size_t		lt,
					i,
					gt;
		int			j;

		if (++rounds > max_rounds)
		{
			heap_sort(a + lo, len);
			return a[k];
		}
		if ((rounds & 7) == 0)
			check_interrupts();

		for (j = 0; j < 3; j++)
		{
			/* xorshift64 */
			rng ^= rng << 13;
			rng ^= rng >> 7;
			rng ^= rng << 17;
			c[j] = a[lo + (size_t) (rng % len)];
		}
		/* median of the three */
		if (c[0] > c[1])
			swap_d(&c[0], &c[1]);
		if (c[1] > c[2])
			swap_d(&c[1], &c[2]);
		if (c[0] > c[1])
			swap_d(&c[0], &c[1]);
		p = c[1];

		/* Dijkstra: [lo,lt) < p, [lt,i) == p, [gt,hi) > p */
		lt = lo;
		i = lo;
		gt = hi;
		while (i < gt)
		{
			if (a[i] < p)
				swap_d(&a[lt++], &a[i++]);
			else if (a[i] > p)
				swap_d(&a[i], &a[--gt]);
			else
				i++;
		}
		if (k < lt)
			hi = lt;
		else if (k >= gt)
			lo = gt;
		else
			return a[k];
	}
	return a[k];
}

/*
 * The median of a[0..n), n >= 1 (the mean of the two middle values when n
 * is even).  Reorders a.
 */
static double
median_of(double *a, size_t n)
{
	size_t		k = (n - 1) / 2;
	double		lo = select_kth(a, n, k);
	double		hi;
	size_t		i;

	if (n % 2 == 1)
		return lo;
	/* everything after a[k] is >= a[k]: the next order statistic is its min */
	hi = a[k + 1];
	for (i = k + 2; i < n; i++)
		if (a[i] < hi)
			hi = a[i];
	/* halves first: no overflow, and exact unless subnormal */
	return 0.5 * lo + 0.5 * hi;
}

/* ----------------------------------------------------------------
 * Usable points
 * ----------------------------------------------------------------
 */

/*
 * Copy the points whose y is finite into xs, ys (arrays of n); return how
 * many, and set *bad_x if their x are not finite and strictly increasing.
 */
static int
usable_points(const double *x, const double *y, int n,
			  double *xs, double *ys, bool *bad_x)
{
	int			m = 0;
	int			i;

	*bad_x = false;
	for (i = 0; i < n; i++)
	{
		if (!isfinite(y[i]))
			continue;
		if (!isfinite(x[i]) || (m > 0 && !(x[i] > xs[m - 1])))
			*bad_x = true;
		xs[m] = x[i];
		ys[m] = y[i];
		m++;
	}
	return m;
}

/* ----------------------------------------------------------------
 * Kendall's S
 * ----------------------------------------------------------------
 */

/*
 * Sort a[0..n) ascending (merge sort, using tmp of n) and return the
 * number of pairs i < j with a[i] > a[j] (strict inversions).
 */
static int64_t
sort_count_strict(double *a, double *tmp, size_t n)
{
	int64_t		inv = 0;
	double	   *src = a,
			   *dst = tmp;
	size_t		width;

	for (width = 1; width < n; width *= 2)
	{
		size_t		lo;

		for (lo = 0; lo < n; lo += 2 * width)
		{
			size_t		mid = (n - lo > width) ? lo + width : n;
			size_t		hi = (n - lo > 2 * width) ? lo + 2 * width : n;
			size_t		i = lo,
						j = mid,
						k = lo;

			while (i < mid && j < hi)
			{
				if (src[i] <= src[j])
					dst[k++] = src[i++];
				else
				{
					/* src[j] is below every left element still waiting */
					inv += (int64_t) (mid - i);
					dst[k++] = src[j++];
				}
			}
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		{
			double	   *t = src;

			src = dst;
			dst = t;
		}
		check_interrupts();
		if (width > n / 2)
			break;				/* width * 2 >= n: sorted; avoids overflow */
	}
	if (src != a)
		memcpy(a, src, n * sizeof(double));
	return inv;
}

/* t (t - 1) (2t + 5), the term of Var(S) for a group of t tied values */
static inline double
tie_term(double t)
{
	return t * (t - 1) * (2 * t + 5);
}

/*
 * S and Var(S) of ys[0..m) (in x order).  S = C - D, where D counts the
 * pairs i < j with y[i] > y[j], T the tied pairs and C = N - D - T the
 * rest, so S = N - T - 2D: O(m log m) instead of looking at every pair.
 * Sets *all_tied when every value is equal.
 */
static void
kendall_s(const double *ys, int m, const mr_allocator *mem,
		  double *s, double *var_s, bool *all_tied)
{
	double	   *a,
			   *tmp;
	int64_t		d,
				t_pairs = 0;
	int64_t		npairs = (int64_t) m * (m - 1) / 2;
	double		ties = 0;
	int			i,
				run;

	*all_tied = false;
	if (m < 2)
	{
		*s = 0;
		*var_s = 0;
		*all_tied = (m == 1);
		return;
	}
	a = mem->alloc((size_t) m * sizeof(double), mem->arg);
	tmp = mem->alloc((size_t) m * sizeof(double), mem->arg);
	memcpy(a, ys, (size_t) m * sizeof(double));
	d = sort_count_strict(a, tmp, (size_t) m);

	/* runs of equal values in the sorted copy are the tie groups */
	run = 1;
	for (i = 1; i <= m; i++)
	{
		if (i < m && a[i] == a[i - 1])
		{
			run++;
			continue;
		}
		if (run > 1)
		{
			t_pairs += (int64_t) run * (run - 1) / 2;
			ties += tie_term(run);
		}
		if (run == m)
			*all_tied = true;
		run = 1;
	}
	mem->free(a, mem->arg);
	mem->free(tmp, mem->arg);

	*s = (double) (npairs - t_pairs - 2 * d);
	*var_s = (tie_term(m) - ties) / 18.0;
	if (*all_tied)
		*var_s = 0;				/* exactly, whatever the rounding above */
}

/* ----------------------------------------------------------------
 * Sen's slope: every pair
 * ----------------------------------------------------------------
 */

/* the largest number of slopes listed at once (1 GB, PostgreSQL's limit) */
#define MAX_LISTED_SLOPES ((size_t) 0x3FFFFFFF / sizeof(double))

static double
sen_pairs(const double *xs, const double *ys, int m, const mr_allocator *mem)
{
	size_t		npairs = (size_t) m * (size_t) (m - 1) / 2;
	double	   *sl = mem->alloc(npairs * sizeof(double), mem->arg);
	size_t		k = 0;
	double		med;
	int			i,
				j;

	for (i = 0; i < m; i++)
	{
		for (j = i + 1; j < m; j++)
			sl[k++] = (ys[j] - ys[i]) / (xs[j] - xs[i]);
		if ((i & 63) == 0)
			check_interrupts();
	}
	med = median_of(sl, npairs);
	mem->free(sl, mem->arg);
	return med;
}

/* ----------------------------------------------------------------
 * Sen's slope: bisection on the slope value
 *
 * For t a candidate slope and i < j (so x[i] < x[j]):
 *		slope(i,j) <= t  <=>  y[j] - t x[j] <= y[i] - t x[i],
 * so with u[i] = y[i] - t x[i], the number of slopes <= t is the number of
 * pairs i < j with u[i] >= u[j], counted by a merge sort in O(m log m).
 * Bisecting t until few slopes lie in (lo, hi] and then listing those finds
 * any order statistic of the slopes without listing all m^2/2 of them.
 *
 * Rounding: u is computed in double-double (error about 1e-32 of |y| +
 * |t x|), so a slope is misclassified against t only if it is that close to
 * t.  Counts and listings use the same computed u, so the bookkeeping is
 * consistent, and misclassified slopes sit at the edge of the interval, so
 * they shift the answer by no more than their distance to t.
 *
 * Listing (lo, hi]: order the points by u(lo) ascending (ties: larger x
 * first).  A pair whose u order is the same at lo and at hi has its slope
 * outside (lo, hi]; a pair i < j with slope in (lo, hi] has u_i(lo) <
 * u_j(lo) and u_i(hi) >= u_j(hi): it is an inversion of u(hi) in that
 * order.  Conversely an inversion a-before-b has x[a] < x[b] (for x[a] >
 * x[b] the gap u_b - u_a only grows with t), which is checked anyway.  So
 * a merge sort of u(hi) in u(lo) order lists exactly those pairs.
 * ----------------------------------------------------------------
 */

typedef struct sen_item
{
	double		hi;				/* key, double-double */
	double		lo;
	int			idx;			/* index of the point, in x order */
} sen_item;

typedef struct sen_ctx
{
	int			m;
	const double *xs;			/* original points, for the listed slopes */
	const double *ys;
	double	   *xc;				/* scaled and centred x */
	double	   *yc;				/* scaled y (exactly) */
	sen_item   *items;
	sen_item   *tmp;
	double	   *list;			/* listed slopes */
	size_t		list_cap;
	size_t		list_len;
	bool		list_overflow;
} sen_ctx;

/* key compare: -1, 0, 1 (lexicographic on the double-double) */
static inline int
key_cmp(const sen_item *a, const sen_item *b)
{
	if (a->hi != b->hi)
		return (a->hi < b->hi) ? -1 : 1;
	if (a->lo != b->lo)
		return (a->lo < b->lo) ? -1 : 1;
	return 0;
}

/* u = y - t x in double-double */
static inline void
u_of(double y, double x, double t, sen_item *out)
{
	double		p,
				e,
				s,
				f,
				l;

	two_prod(t, x, &p, &e);
	two_sum(y, -p, &s, &f);
	l = f - e;
	/* normalize: hi = fl(s + l) */
	out->hi = s + l;
	out->lo = l - (out->hi - s);
}

enum sen_msort_mode
{
	MS_COUNT,					/* count pairs a-before-b, key a >= key b */
	MS_COUNT_STRICT,			/* count pairs a-before-b, key a > key b */
	MS_SORT,					/* sort by key asc, idx desc; no counting */
	MS_LIST						/* as MS_COUNT, and list those pairs' slopes */
};

static void
list_pair(sen_ctx *c, int a, int b)
{
	if (a >= b)
		return;					/* not a real crossing (see above) */
	if (c->list_len == c->list_cap)
	{
		c->list_overflow = true;
		return;
	}
	c->list[c->list_len++] = (c->ys[b] - c->ys[a]) / (c->xs[b] - c->xs[a]);
}

/*
 * Merge sort c->items[0..m) by key (bottom-up, ties keep their order so
 * that "a before b" keeps its meaning) and return the count of the mode.
 */
static int64_t
sen_msort(sen_ctx *c, enum sen_msort_mode mode)
{
	size_t		n = (size_t) c->m;
	sen_item   *src = c->items,
			   *dst = c->tmp;
	int64_t		count = 0;
	size_t		width;

	for (width = 1; width < n; width *= 2)
	{
		size_t		lo;

		for (lo = 0; lo < n; lo += 2 * width)
		{
			size_t		mid = (n - lo > width) ? lo + width : n;
			size_t		hi = (n - lo > 2 * width) ? lo + 2 * width : n;
			size_t		i = lo,
						j = mid,
						k = lo;

			while (i < mid && j < hi)
			{
				int			cmp = key_cmp(&src[j], &src[i]);
				bool		right_first;

				if (mode == MS_SORT)
					right_first = cmp < 0 ||
						(cmp == 0 && src[j].idx > src[i].idx);
				else if (mode == MS_COUNT_STRICT)
					right_first = cmp < 0;
				else
					right_first = cmp <= 0;
				if (right_first)
				{
					/* every waiting left key is >= (or >) src[j]'s */
					if (mode != MS_SORT)
						count += (int64_t) (mid - i);
					if (mode == MS_LIST)
					{
						size_t		l;

						for (l = i; l < mid; l++)
							list_pair(c, src[l].idx, src[j].idx);
					}
					dst[k++] = src[j++];
				}
				else
					dst[k++] = src[i++];
			}
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		{
			sen_item   *t = src;

			src = dst;
			dst = t;
		}
		if (width > n / 2)
			break;
	}
	if (src != c->items)
		memcpy(c->items, src, n * sizeof(sen_item));
	check_interrupts();
	return count;
}

/* number of slopes <= t, or < t if strict (in scaled units) */
static int64_t
count_slopes(sen_ctx *c, double t, bool strict)
{
	int			i;

	for (i = 0; i < c->m; i++)
	{
		u_of(c->yc[i], c->xc[i], t, &c->items[i]);
		c->items[i].idx = i;
	}
	return sen_msort(c, strict ? MS_COUNT_STRICT : MS_COUNT);
}

static inline int64_t
count_le(sen_ctx *c, double t)
{
	return count_slopes(c, t, false);
}

/* order-preserving map of doubles (no NaN) to integers, -0 and 0 alike */
static int64_t
key_of(double d)
{
	uint64_t	bits;

	memcpy(&bits, &d, sizeof(d));
	if (bits >> 63)
		return -(int64_t) (bits & ~((uint64_t) 1 << 63));
	return (int64_t) bits;
}

static double
from_key(int64_t k)
{
	uint64_t	bits;
	double		d;

	if (k < 0)
		bits = (uint64_t) (-k) | ((uint64_t) 1 << 63);
	else
		bits = (uint64_t) k;

	memcpy(&d, &bits, sizeof(d));
	return d;
}

/*
 * The k-th smallest slope (1-based).  Returns true and sets *orig when the
 * answer is a listed slope (computed from the original points, in original
 * units, exactly as MR_SEN_PAIRS computes it); returns false and sets
 * *scaled (in scaled units) when the answer is a bisection bound: exactly
 * 0, or the upper of two adjacent doubles.
 */
static bool
kth_slope(sen_ctx *c, int64_t k, int64_t npairs, double bound,
		  double *orig, double *scaled)
{
	int64_t		lo = key_of(-bound),
				hi = key_of(bound);
	int64_t		c_lo = 0,
				c_hi = npairs;
	int64_t		cap = (int64_t) c->list_cap / 2;
	int64_t		r,
				c0;
	double		t_lo,
				t_hi;
	int			i;

	/*
	 * Bisection has to narrow the interval to adjacent doubles when more
	 * than cap slopes share the answer's value; that takes 60-odd steps.
	 * The usual such value is 0 (a rare term: long runs of zero shares), so
	 * test it first: if the k-th slope is exactly 0, we are done in two
	 * counts.  Otherwise 0 is a fine first split anyway.
	 */
	c0 = count_le(c, 0.0);
	if (c0 >= k)
	{
		if (count_slopes(c, 0.0, true) < k)
		{
			*scaled = 0.0;
			return false;
		}
		hi = 0;
		c_hi = c0;
	}
	else
	{
		lo = 0;
		c_lo = c0;
	}

	while (c_hi - c_lo > cap && (uint64_t) hi - (uint64_t) lo > 1)
	{
		int64_t		mid = lo + (int64_t) (((uint64_t) hi - (uint64_t) lo) / 2);
		int64_t		cnt = count_le(c, from_key(mid));

		if (cnt < k)
		{
			lo = mid;
			c_lo = cnt;
		}
		else
		{
			hi = mid;
			c_hi = cnt;
		}
	}
	if (c_hi - c_lo > cap)
	{
		/* every slope in (lo, hi] rounds to lo or hi: hi is within an ulp */
		*scaled = from_key(hi);
		return false;
	}

	/*
	 * List (lo, hi].  Recount below lo from the same u values the listing
	 * uses, so the rank is consistent with it by construction.
	 */
	t_lo = from_key(lo);
	t_hi = from_key(hi);
	c_lo = count_le(c, t_lo);
	for (i = 0; i < c->m; i++)
	{
		u_of(c->yc[i], c->xc[i], t_lo, &c->items[i]);
		c->items[i].idx = i;
	}
	(void) sen_msort(c, MS_SORT);
	for (i = 0; i < c->m; i++)
		u_of(c->yc[c->items[i].idx], c->xc[c->items[i].idx], t_hi,
			 &c->items[i]);
	c->list_len = 0;
	c->list_overflow = false;
	(void) sen_msort(c, MS_LIST);
	if (c->list_overflow || c->list_len == 0)
	{
		/* only if rounding made (lo, hi] tiny: hi is as good as any */
		*scaled = t_hi;
		return false;
	}
	r = k - c_lo;
	if (r < 1)
		r = 1;
	if (r > (int64_t) c->list_len)
		r = (int64_t) c->list_len;
	*orig = select_kth(c->list, c->list_len, (size_t) (r - 1));
	return true;
}

static double
sen_bisect(const double *xs, const double *ys, int m, const mr_allocator *mem)
{
	sen_ctx		c;
	double		xmax = 0,
				ymax = 0,
				ymin,
				yrange,
				gap,
				bound,
				result = NAN;
	int			ex,
				ey,
				i;
	double		xmid;
	int64_t		npairs = (int64_t) m * (m - 1) / 2;
	int64_t		k1 = (npairs + 1) / 2,
				k2 = npairs / 2 + 1;
	double		v[2];

	/*
	 * Scale x and y by powers of two (exactly, y staying exact) so both lie
	 * within (-1, 1), then centre x (exact for integer bucket numbers): the
	 * u values stay small and the split in two_prod cannot overflow.
	 */
	for (i = 0; i < m; i++)
	{
		if (fabs(xs[i]) > xmax)
			xmax = fabs(xs[i]);
		if (fabs(ys[i]) > ymax)
			ymax = fabs(ys[i]);
	}
	ex = (xmax > 0) ? exponent_of(xmax) + 1 : 0;
	ey = (ymax > 0) ? exponent_of(ymax) + 1 : 0;

	memset(&c, 0, sizeof(c));
	c.m = m;
	c.xs = xs;
	c.ys = ys;
	c.xc = mem->alloc((size_t) m * sizeof(double), mem->arg);
	c.yc = mem->alloc((size_t) m * sizeof(double), mem->arg);
	xmid = scale2(xs[m / 2], -ex);
	for (i = 0; i < m; i++)
	{
		c.xc[i] = scale2(xs[i], -ex) - xmid;
		c.yc[i] = scale2(ys[i], -ey);
	}

	/* every slope is at most (range of y) / (smallest x gap) in size */
	gap = INFINITY;
	ymin = ymax = c.yc[0];
	for (i = 0; i < m; i++)
	{
		if (i > 0 && c.xc[i] - c.xc[i - 1] < gap)
			gap = c.xc[i] - c.xc[i - 1];
		if (c.yc[i] > ymax)
			ymax = c.yc[i];
		if (c.yc[i] < ymin)
			ymin = c.yc[i];
	}
	yrange = ymax - ymin;
	if (yrange == 0)
		result = 0;				/* constant series */
	else if (gap > 0 && (bound = yrange / gap) < 1e290)
	{
		size_t		cap = (size_t) m * 4 + 64;

		/* make sure no slope is at or beyond the bound after rounding */
		bound = bound * (1 + 1e-6) + DBL_MIN;
		c.items = mem->alloc((size_t) m * sizeof(sen_item), mem->arg);
		c.tmp = mem->alloc((size_t) m * sizeof(sen_item), mem->arg);
		/* twice the listing target: room for rounding's extra crossings */
		c.list_cap = 2 * cap;
		c.list = mem->alloc(c.list_cap * sizeof(double), mem->arg);

		for (i = 0; i < (k1 == k2 ? 1 : 2); i++)
		{
			double		o,
						s;

			if (kth_slope(&c, i == 0 ? k1 : k2, npairs, bound, &o, &s))
				v[i] = o;
			else
				v[i] = scale2(s, ey - ex);	/* back to original units */
		}
		result = (k1 == k2) ? v[0] : 0.5 * v[0] + 0.5 * v[1];

		mem->free(c.items, mem->arg);
		mem->free(c.tmp, mem->arg);
		mem->free(c.list, mem->arg);
	}
	mem->free(c.xc, mem->arg);
	mem->free(c.yc, mem->arg);
	return result;
}

/* Sen's slope of the usable points (x valid, m >= 2) */
static double
sen_usable(const double *xs, const double *ys, int m, mr_sen_method method,
		   const mr_allocator *mem)
{
	double		r;
	size_t		npairs = (size_t) m * (size_t) (m - 1) / 2;

	/* ranges that overflow would give NaN slopes (inf / inf) */
	if (!isfinite(xs[m - 1] - xs[0]))
		return NAN;
	if (method == MR_SEN_AUTO)
		method = (m <= MR_SEN_PAIRS_MAX_N) ? MR_SEN_PAIRS : MR_SEN_BISECT;
	if (method == MR_SEN_PAIRS && npairs > MAX_LISTED_SLOPES)
		method = MR_SEN_BISECT;
	{
		double		lo = ys[0],
					hi = ys[0];
		int			i;

		for (i = 1; i < m; i++)
		{
			if (ys[i] < lo)
				lo = ys[i];
			if (ys[i] > hi)
				hi = ys[i];
		}
		if (!isfinite(hi - lo))
			return NAN;
	}
	if (method == MR_SEN_PAIRS)
		r = sen_pairs(xs, ys, m, mem);
	else
		r = sen_bisect(xs, ys, m, mem);
	return isfinite(r) ? no_negzero(r) : NAN;
}

double
mr_sen_slope(const double *x, const double *y, int n, mr_sen_method method,
			 const mr_allocator *mem)
{
	double	   *xs,
			   *ys;
	double		r = NAN;
	bool		bad_x;
	int			m;

	if (n < 2)
		return NAN;
	xs = mem->alloc((size_t) n * sizeof(double), mem->arg);
	ys = mem->alloc((size_t) n * sizeof(double), mem->arg);
	m = usable_points(x, y, n, xs, ys, &bad_x);
	if (!bad_x && m >= 2)
		r = sen_usable(xs, ys, m, method, mem);
	mem->free(xs, mem->arg);
	mem->free(ys, mem->arg);
	return r;
}

/* median of y[i] - slope * x[i] */
static double
sen_intercept(const double *xs, const double *ys, int m, double slope,
			  const mr_allocator *mem)
{
	double	   *r;
	double		med;
	int			i;

	if (isnan(slope) || m < 1)
		return NAN;
	r = mem->alloc((size_t) m * sizeof(double), mem->arg);
	for (i = 0; i < m; i++)
	{
		r[i] = ys[i] - slope * xs[i];
		if (isnan(r[i]))
		{
			mem->free(r, mem->arg);
			return NAN;
		}
	}
	med = median_of(r, (size_t) m);
	mem->free(r, mem->arg);
	return isfinite(med) ? no_negzero(med) : NAN;
}

/* ----------------------------------------------------------------
 * Mann-Kendall
 * ----------------------------------------------------------------
 */

mr_trend_status
mr_mann_kendall(const double *x, const double *y, int n,
				const mr_allocator *mem, mr_trend *out)
{
	double	   *xs,
			   *ys;
	bool		bad_x,
				all_tied;
	int			m;
	mr_trend_status st;

	out->n = 0;
	out->s = out->var_s = out->z = out->p_value = NAN;
	out->sen_slope = out->sen_intercept = NAN;
	if (n < 0)
		n = 0;

	xs = mem->alloc((size_t) (n > 0 ? n : 1) * sizeof(double), mem->arg);
	ys = mem->alloc((size_t) (n > 0 ? n : 1) * sizeof(double), mem->arg);
	m = usable_points(x, y, n, xs, ys, &bad_x);
	out->n = m;
	if (bad_x)
	{
		st = MR_TREND_BAD_X;
		goto done;
	}

	kendall_s(ys, m, mem, &out->s, &out->var_s, &all_tied);
	out->s = no_negzero(out->s);
	if (m >= 2)
	{
		out->sen_slope = all_tied ? 0.0 :
			sen_usable(xs, ys, m, MR_SEN_AUTO, mem);
		out->sen_intercept = sen_intercept(xs, ys, m, out->sen_slope, mem);
	}

	if (m < 3)
		st = MR_TREND_TOO_FEW;
	else if (all_tied)
	{
		/* S is 0 in every ordering: P(|S| >= 0) = 1 exactly */
		out->z = 0;
		out->p_value = 1;
		st = MR_TREND_NO_VARIANCE;
	}
	else
	{
		double		sd = st_sqrt(out->var_s);

		if (out->s > 0)
			out->z = (out->s - 1) / sd;
		else if (out->s < 0)
			out->z = (out->s + 1) / sd;
		else
			out->z = 0;
		out->z = no_negzero(out->z);
		out->p_value = two_sided_tail(out->z);
		st = MR_TREND_OK;
	}

done:
	mem->free(xs, mem->arg);
	mem->free(ys, mem->arg);
	return st;
}

/* ----------------------------------------------------------------
 * Recent z
 * ----------------------------------------------------------------
 */

double
mr_recent_z(const double *y, int n, double sd_floor)
{
	int			last = -1,
				k = 0,
				i;
	double		a = 0,
				c,
				sum = 0,
				mean_d,
				scale = 0,
				ss = 0,
				sd,
				z;
	bool		constant = true;

	for (i = n - 1; i >= 0; i--)
		if (isfinite(y[i]))
		{
			last = i;
			break;
		}
	if (last < 0)
		return NAN;

	/*
	 * Work on differences from the first history value: exact for a
	 * constant history (whose sd must come out exactly 0, which a plain
	 * mean of 0.1, 0.1, 0.1 would not give) and accurate for one that
	 * barely moves.
	 */
	for (i = 0; i < last; i++)
	{
		if (!isfinite(y[i]))
			continue;
		if (k == 0)
			a = y[i];
		else if (y[i] != a)
			constant = false;
		sum += y[i] - a;
		k++;
	}
	if (k < 3)
		return NAN;
	c = y[last] - a;
	if (constant)
	{
		sd = 0;
		mean_d = 0;
	}
	else
	{
		mean_d = sum / k;
		/* sum of squares scaled by the largest deviation: no overflow */
		for (i = 0; i < last; i++)
			if (isfinite(y[i]) && fabs((y[i] - a) - mean_d) > scale)
				scale = fabs((y[i] - a) - mean_d);
		if (scale > 0)
		{
			for (i = 0; i < last; i++)
			{
				double		d;

				if (!isfinite(y[i]))
					continue;
				d = ((y[i] - a) - mean_d) / scale;
				ss += d * d;
			}
		}
		sd = scale * st_sqrt(ss / (k - 1));
	}
	if (sd_floor > sd)			/* false for a NaN floor */
		sd = sd_floor;
	if (sd == 0)
		return (c == mean_d) ? 0.0 : NAN;
	z = (c - mean_d) / sd;
	return isfinite(z) ? no_negzero(z) : NAN;
}

/* ----------------------------------------------------------------
 * Sparkline
 * ----------------------------------------------------------------
 */

mr_status
mr_sparkline(const double *y, int n, mr_buf *out)
{
	double		lo = INFINITY,
				hi = -INFINITY,
				range;
	char	   *p;
	int			i;

	if (n <= 0)
		return MR_OK;
	if ((size_t) n > MR_MAX_OUTPUT / 3 || !mr_buf_reserve(out, (size_t) n * 3))
		return MR_TOO_LONG;
	for (i = 0; i < n; i++)
	{
		if (!isfinite(y[i]))
			continue;
		if (y[i] < lo)
			lo = y[i];
		if (y[i] > hi)
			hi = y[i];
	}
	/* halves: the range of huge values cannot overflow */
	range = 0.5 * hi - 0.5 * lo;

	p = out->data + out->len;
	for (i = 0; i < n; i++)
	{
		int			level;

		if (!isfinite(y[i]))
		{
			*p++ = ' ';
			continue;
		}
		if (!(range > 0))
			level = 3;			/* all equal: U+2584, half height */
		else
		{
			/* in [0, 1] by monotonicity of rounding, so level in [0, 8] */
			level = (int) (8.0 * ((0.5 * y[i] - 0.5 * lo) / range));
			if (level > 7)
				level = 7;
		}
		/* U+2581 + level is E2 96 81+level in UTF-8 */
		*p++ = (char) 0xE2;
		*p++ = (char) 0x96;
		*p++ = (char) (0x81 + level);
		if ((i & 0xFFFF) == 0xFFFF)
			check_interrupts();
	}
	out->len = (size_t) (p - out->data);
	out->data[out->len] = '\0';
	return MR_OK;
}
