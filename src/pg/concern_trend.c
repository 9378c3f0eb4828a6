/*-------------------------------------------------------------------------
 *
 * concern_trend.c
 *	  meetreg.concern_trend: per time bucket, how many meetings and how many
 *	  raised each concern; the aggregate meetreg.concern_trend(bucket,
 *	  concerns), the accessor meetreg.trends() and meetreg.sparkline().
 *
 * For each concern, trends() turns the buckets into a series of shares
 * (meetings raising the concern / meetings held in the bucket) and tests it
 * for a monotonic trend with the Mann-Kendall test (tie-corrected), sizes it
 * with Sen's slope, and measures how far the last bucket stands from the
 * ones before it (recent_z).
 *
 * Empty buckets: a bucket in which no meeting was held has no share at
 * all, so it is missing data, not a zero: it is absent from the series, and
 * the slopes use the real distance between the buckets that exist.  A
 * bucket with meetings in which a concern was not raised has share 0.
 * Distances are counted in the unit the buckets are aligned to: years when
 * every bucket starts a year, months when every bucket starts a month,
 * days when every bucket starts a day, else seconds (all in the session's
 * time zone); Sen's slope is the change of share per such unit.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "mr_pg.h"
#include "mr_stats.h"
#include "concern_set.h"
#include "concern_hist.h"

/* ----------------------------------------------------------------
 * Construction
 * ----------------------------------------------------------------
 */

static ConcernTrend *
ct_alloc(MemoryContext cxt, int nslots, int capacity)
{
	ConcernTrend *ct;

	if (capacity < 1)
		capacity = 1;
	ct = (ConcernTrend *) MemoryContextAllocZero(cxt, CT_SIZE(nslots, capacity));
	SET_VARSIZE(ct, CT_SIZE(nslots, capacity));
	ct->version = CT_VERSION;
	ct->nslots = (uint16) nslots;
	ct->nrows = 0;
	return ct;
}

/* A copy of ct with at least nslots slots and room for capacity rows. */
static ConcernTrend *
ct_resize(MemoryContext cxt, const ConcernTrend *ct, int nslots, int capacity)
{
	ConcernTrend *n = ct_alloc(cxt, Max(nslots, ct->nslots), Max(capacity, ct->nrows));
	int			i;

	n->nrows = ct->nrows;
	for (i = 0; i < ct->nrows; i++)
		memcpy(CT_ROW(n, i), CT_ROW(ct, i), CT_ROW_WIDTH(ct->nslots) * sizeof(int64));
	return n;
}

static ConcernTrend *
ct_get(Datum d)
{
	ConcernTrend *ct = (ConcernTrend *) PG_DETOAST_DATUM(d);

	if (ct->version != CT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("unsupported concern_trend version %d", ct->version),
				 errhint("The value was written by another version of meetreg.")));
	if (ct->nslots < 1 || ct->nslots > MR_MAX_CONCERN_ID + 1 || ct->nrows < 0 ||
		VARSIZE(ct) < CT_SIZE(ct->nslots, ct->nrows))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid concern_trend value")));
	return ct;
}

/*
 * The row of bucket key, inserted (zeroed) if absent.  *ctp may be replaced
 * by a larger copy allocated in cxt.
 */
static int64 *
ct_row_for(ConcernTrend **ctp, MemoryContext cxt, int64 key)
{
	ConcernTrend *ct = *ctp;
	int			lo = 0,
				hi = ct->nrows;
	int			width = CT_ROW_WIDTH(ct->nslots);
	int64	   *row;

	/* meetings often come in time order: try the last row first */
	if (ct->nrows > 0 && CT_ROW(ct, ct->nrows - 1)[0] == key)
		return CT_ROW(ct, ct->nrows - 1);
	if (ct->nrows == 0 || CT_ROW(ct, ct->nrows - 1)[0] < key)
		lo = ct->nrows;
	else
	{
		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;
			int64		k = CT_ROW(ct, mid)[0];

			if (k == key)
				return CT_ROW(ct, mid);
			if (k < key)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	if (ct->nrows >= CT_CAPACITY(ct))
	{
		if (ct->nrows >= 1000000)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("a concern_trend holds at most 1,000,000 buckets"),
					 errhint("Use coarser buckets, such as date_trunc('month', ...).")));
		ct = ct_resize(cxt, ct, ct->nslots, Max(16, ct->nrows * 2));
		*ctp = ct;
	}
	row = CT_ROW(ct, lo);
	if (lo < ct->nrows)
		memmove(CT_ROW(ct, lo + 1), row, (Size) (ct->nrows - lo) * width * sizeof(int64));
	memset(row, 0, width * sizeof(int64));
	row[0] = key;
	ct->nrows++;
	return row;
}

/* ----------------------------------------------------------------
 * The aggregate
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_trend_add);
PG_FUNCTION_INFO_V1(concern_trend_add_date);
PG_FUNCTION_INFO_V1(concern_trend_merge);
PG_FUNCTION_INFO_V1(concern_trend_final);

static ConcernTrend *
trend_state(FunctionCallInfo fcinfo, int nslots, MemoryContext *cxt)
{
	ConcernTrend *st;

	if (!AggCheckCallContext(fcinfo, cxt))
		*cxt = CurrentMemoryContext;
	if (PG_ARGISNULL(0))
		return ct_alloc(*cxt, nslots, 16);
	if (*cxt == CurrentMemoryContext)
		return ct_resize(*cxt, ct_get(PG_GETARG_DATUM(0)), nslots, 0);
	st = (ConcernTrend *) PG_GETARG_POINTER(0);
	if (st->nslots < nslots)
		st = ct_resize(*cxt, st, nslots, CT_CAPACITY(st));
	return st;
}

static Datum
trend_add(FunctionCallInfo fcinfo, int64 key)
{
	MemoryContext cxt;
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(2);
	ConcernTrend *st = trend_state(fcinfo, Max(CS_NWORDS(cs) * 32, CH_DEFAULT_SLOTS), &cxt);
	int64	   *row = ct_row_for(&st, cxt, key);
	int			id = 0;

	row[1]++;					/* meetings in the bucket */
	while ((id = cs_next(cs, id)) > 0)
		row[1 + id]++;
	PG_RETURN_POINTER(st);
}

/* concern_trend_add(state, bucket timestamptz, concerns) */
Datum
concern_trend_add(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (TIMESTAMP_NOT_FINITE(PG_GETARG_TIMESTAMPTZ(1)))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("a trend bucket must be a finite time")));
	return trend_add(fcinfo, PG_GETARG_TIMESTAMPTZ(1));
}

/* concern_trend_add_date(state, bucket date, concerns): midnight, local */
Datum
concern_trend_add_date(PG_FUNCTION_ARGS)
{
	DateADT		d;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	d = PG_GETARG_DATEADT(1);
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("a trend bucket must be a finite date")));
	return trend_add(fcinfo, DatumGetTimestampTz(DirectFunctionCall1(date_timestamptz,
																	 DateADTGetDatum(d))));
}

/* concern_trend_merge(state, concern_trend): combine, and roll-up */
Datum
concern_trend_merge(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	ConcernTrend *b;
	ConcernTrend *st;
	int			i;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = ct_get(PG_GETARG_DATUM(1));
	st = trend_state(fcinfo, b->nslots, &cxt);
	for (i = 0; i < b->nrows; i++)
	{
		const int64 *src = CT_ROW(b, i);
		int64	   *dst = ct_row_for(&st, cxt, src[0]);
		int			k;

		for (k = 1; k < CT_ROW_WIDTH(b->nslots); k++)
			dst[k] += src[k];
	}
	PG_RETURN_POINTER(st);
}

/* Final function: the state without its spare room. */
Datum
concern_trend_final(PG_FUNCTION_ARGS)
{
	ConcernTrend *st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (ConcernTrend *) PG_GETARG_POINTER(0);
	PG_RETURN_POINTER(ct_resize(CurrentMemoryContext, st, st->nslots, st->nrows));
}

/* ----------------------------------------------------------------
 * I/O: text is a JSON object, binary a versioned list
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_trend_in);
PG_FUNCTION_INFO_V1(concern_trend_out);
PG_FUNCTION_INFO_V1(concern_trend_recv);
PG_FUNCTION_INFO_V1(concern_trend_send);

/*
 * Text form: {"buckets": [{"bucket": "2019-03-01 00:00:00+00", "total": 40,
 * "drugs": 12, ...}, ...]} with buckets in time order; timestamps are
 * written in ISO form in UTC so the text does not depend on settings.
 */
Datum
concern_trend_out(PG_FUNCTION_ARGS)
{
	ConcernTrend *ct = ct_get(PG_GETARG_DATUM(0));
	const mr_registry *r = mr_registry_get(false);
	StringInfoData buf;
	int			i,
				id;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"buckets\": [");
	for (i = 0; i < ct->nrows; i++)
	{
		const int64 *row = CT_ROW(ct, i);
		struct pg_tm tm;
		fsec_t		fsec;

		if (timestamp2tm(row[0], NULL, &tm, &fsec, NULL, NULL) != 0)
			elog(ERROR, "concern_trend bucket out of range");
		appendStringInfo(&buf, "%s{\"bucket\": \"%04d-%02d-%02d %02d:%02d:%02d",
						 i ? ", " : "", tm.tm_year, tm.tm_mon, tm.tm_mday,
						 tm.tm_hour, tm.tm_min, tm.tm_sec);
		if (fsec)
			appendStringInfo(&buf, ".%06d", (int) fsec);
		appendStringInfo(&buf, "+00\", \"total\": " INT64_FORMAT, row[1]);
		for (id = 1; id < ct->nslots; id++)
		{
			const char *code;

			if (row[1 + id] == 0)
				continue;
			code = mr_registry_code_of(r, id);
			if (code)
				appendStringInfo(&buf, ", \"%s\": " INT64_FORMAT, code, row[1 + id]);
			else
				appendStringInfo(&buf, ", \"#%d\": " INT64_FORMAT, id, row[1 + id]);
		}
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* A minimal reader for the JSON text form written by concern_trend_out. */
typedef struct jreader
{
	const char *str;			/* whole literal, for messages */
	const char *p;
} jreader;

static void
jr_fail(jreader *jr, const char *detail) pg_attribute_noreturn();

static void
jr_fail(jreader *jr, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("malformed concern_trend literal: \"%s\"", jr->str),
			 errdetail("%s", detail)));
}

static void
jr_space(jreader *jr)
{
	while (*jr->p == ' ' || *jr->p == '\t' || *jr->p == '\n' || *jr->p == '\r')
		jr->p++;
}

static bool
jr_peek(jreader *jr, char c)
{
	jr_space(jr);
	return *jr->p == c;
}

static void
jr_expect(jreader *jr, char c)
{
	jr_space(jr);
	if (*jr->p != c)
		jr_fail(jr, psprintf("Expected \"%c\".", c));
	jr->p++;
}

/* a quoted string without escapes; returns a palloc'd copy */
static char *
jr_string(jreader *jr)
{
	const char *start;

	jr_expect(jr, '"');
	start = jr->p;
	while (*jr->p && *jr->p != '"' && *jr->p != '\\')
		jr->p++;
	if (*jr->p != '"')
		jr_fail(jr, "Unterminated or escaped string.");
	jr->p++;
	return pnstrdup(start, jr->p - 1 - start);
}

static int64
jr_count(jreader *jr)
{
	char	   *end;
	long long	v;

	jr_space(jr);
	errno = 0;
	v = strtoll(jr->p, &end, 10);
	if (end == jr->p || errno != 0 || v < 0)
		jr_fail(jr, "Counts are non-negative integers.");
	jr->p = end;
	return (int64) v;
}

/*
 * concern_trend_in: {"buckets": [{"bucket": "<timestamptz>", "total": N,
 * "code": N, ...}, ...]} (the output of concern_trend_out)
 */
Datum
concern_trend_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const mr_registry *r = mr_registry_get(false);
	ConcernTrend *ct = ct_alloc(CurrentMemoryContext, CH_DEFAULT_SLOTS, 16);
	jreader		jr = {str, str};
	char	   *key;

	jr_expect(&jr, '{');
	key = jr_string(&jr);
	if (strcmp(key, "buckets") != 0)
		jr_fail(&jr, "A concern_trend is a JSON object with a \"buckets\" array.");
	jr_expect(&jr, ':');
	jr_expect(&jr, '[');
	while (!jr_peek(&jr, ']'))
	{
		TimestampTz bucket = 0;
		int64		total = -1;
		int64		counts[MR_MAX_CONCERN_ID + 1];
		int			maxid = 0;
		int64	   *row;
		int			id;
		bool		have_bucket = false;

		memset(counts, 0, sizeof(counts));
		jr_expect(&jr, '{');
		while (!jr_peek(&jr, '}'))
		{
			key = jr_string(&jr);
			jr_expect(&jr, ':');
			if (strcmp(key, "bucket") == 0)
			{
				char	   *ts = jr_string(&jr);

				bucket = DatumGetTimestampTz(DirectFunctionCall3(timestamptz_in,
																 CStringGetDatum(ts),
																 ObjectIdGetDatum(InvalidOid),
																 Int32GetDatum(-1)));
				have_bucket = true;
			}
			else if (strcmp(key, "total") == 0)
				total = jr_count(&jr);
			else
			{
				id = mr_registry_id_of(r, key, strlen(key));
				if (id == 0)
					mr_pg_unknown_concern(key, (int) strlen(key));
				counts[id] = jr_count(&jr);
				maxid = Max(maxid, id);
			}
			if (jr_peek(&jr, ','))
				jr.p++;
		}
		jr_expect(&jr, '}');
		if (!have_bucket || total < 0)
			jr_fail(&jr, "Every bucket needs \"bucket\" and \"total\".");
		if (maxid >= ct->nslots)
			ct = ct_resize(CurrentMemoryContext, ct, maxid + 1, CT_CAPACITY(ct));
		row = ct_row_for(&ct, CurrentMemoryContext, bucket);
		if (row[1] != 0)
			jr_fail(&jr, "A bucket appears twice.");
		row[1] = total;
		for (id = 1; id <= maxid; id++)
		{
			if (counts[id] > total)
				jr_fail(&jr, "A concern cannot be raised by more meetings than the total.");
			row[1 + id] = counts[id];
		}
		if (jr_peek(&jr, ','))
			jr.p++;
	}
	jr_expect(&jr, ']');
	jr_expect(&jr, '}');
	jr_space(&jr);
	if (*jr.p != '\0')
		jr_fail(&jr, "Junk after the closing \"}\".");
	PG_RETURN_POINTER(ct_resize(CurrentMemoryContext, ct, ct->nslots, ct->nrows));
}

Datum
concern_trend_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	const mr_registry *r = mr_registry_get(false);
	int			version = pq_getmsgbyte(msg);
	int32		nrows;
	int32		i;
	ConcernTrend *ct;

	if (version != CT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary concern_trend version %d", version)));
	nrows = pq_getmsgint(msg, 4);
	if (nrows < 0 || nrows > 1000000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid number of buckets in binary concern_trend")));
	ct = ct_alloc(CurrentMemoryContext, CH_DEFAULT_SLOTS, Max(nrows, 1));
	for (i = 0; i < nrows; i++)
	{
		int64		key = pq_getmsgint64(msg);
		int64		total = pq_getmsgint64(msg);
		int32		n = pq_getmsgint(msg, 4);
		int64	   *row;
		int32		k;

		row = ct_row_for(&ct, CurrentMemoryContext, key);
		if (total < 0 || n < 0 || n > MR_MAX_CONCERN_ID)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid bucket in binary concern_trend")));
		row[1] = total;
		for (k = 0; k < n; k++)
		{
			const char *code = pq_getmsgstring(msg);
			int64		v = pq_getmsgint64(msg);
			int			id = mr_registry_id_of(r, code, strlen(code));

			if (id == 0)
				mr_pg_unknown_concern(code, (int) strlen(code));
			if (v < 0 || v > total)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						 errmsg("invalid count in binary concern_trend")));
			if (id >= ct->nslots)
			{
				ct = ct_resize(CurrentMemoryContext, ct, id + 1, CT_CAPACITY(ct));
				row = ct_row_for(&ct, CurrentMemoryContext, key);
			}
			row[1 + id] = v;
		}
	}
	PG_RETURN_POINTER(ct_resize(CurrentMemoryContext, ct, ct->nslots, ct->nrows));
}

Datum
concern_trend_send(PG_FUNCTION_ARGS)
{
	ConcernTrend *ct = ct_get(PG_GETARG_DATUM(0));
	const mr_registry *r = mr_registry_get(false);
	StringInfoData buf;
	int			i,
				id;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CT_VERSION);
	pq_sendint32(&buf, ct->nrows);
	for (i = 0; i < ct->nrows; i++)
	{
		const int64 *row = CT_ROW(ct, i);
		int32		n = 0;

		for (id = 1; id < ct->nslots; id++)
			n += (row[1 + id] != 0);
		pq_sendint64(&buf, row[0]);
		pq_sendint64(&buf, row[1]);
		pq_sendint32(&buf, n);
		for (id = 1; id < ct->nslots; id++)
		{
			const char *code;

			if (row[1 + id] == 0)
				continue;
			code = mr_registry_code_of(r, id);
			if (code == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_DATA_EXCEPTION),
						 errmsg("concern_trend refers to concern id %d, which has no code", id)));
			pq_sendstring(&buf, code);
			pq_sendint64(&buf, row[1 + id]);
		}
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ----------------------------------------------------------------
 * trends() and sparkline()
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_trend_trends);
PG_FUNCTION_INFO_V1(meetreg_sparkline);

/*
 * Positions of the buckets on the time axis, in the unit they are aligned
 * to (see the header comment); sets *unit to its name.
 */
static void
bucket_positions(const ConcernTrend *ct, double *x, const char **unit)
{
	bool		years = true,
				months = true,
				days = true;
	int			i;

	for (i = 0; i < ct->nrows; i++)
	{
		struct pg_tm tm;
		fsec_t		fsec;
		int			tz;

		if (timestamp2tm(CT_ROW(ct, i)[0], &tz, &tm, &fsec, NULL, NULL) != 0)
			elog(ERROR, "concern_trend bucket out of range");
		if (tm.tm_hour != 0 || tm.tm_min != 0 || tm.tm_sec != 0 || fsec != 0)
			years = months = days = false;
		if (tm.tm_mday != 1)
			years = months = false;
		if (tm.tm_mon != 1)
			years = false;
		x[i] = (double) tm.tm_year * 12 + (tm.tm_mon - 1);	/* months */
	}
	if (years)
	{
		*unit = "year";
		for (i = 0; i < ct->nrows; i++)
			x[i] = floor(x[i] / 12);
	}
	else if (months)
		*unit = "month";
	else if (days)
	{
		*unit = "day";
		for (i = 0; i < ct->nrows; i++)
			x[i] = (double) (CT_ROW(ct, i)[0] / USECS_PER_DAY);
	}
	else
	{
		*unit = "second";
		for (i = 0; i < ct->nrows; i++)
			x[i] = (double) (CT_ROW(ct, i)[0] / USECS_PER_SEC);
	}
}

static Datum
float8_or_null(double v, bool *isnull)
{
	if (isnan(v) || isinf(v))
	{
		*isnull = true;
		return (Datum) 0;
	}
	return Float8GetDatum(v);
}

/*
 * trends(concern_trend, alpha float8 DEFAULT 0.05, min_cell int DEFAULT
 * NULL) returns one row per concern raised in at least one bucket, in
 * registry order: buckets, first and last bucket, meetings raising it,
 * its share in the first and last buckets, Sen's slope (change of share
 * per bucket unit), the Mann-Kendall z and two-sided p-value, the
 * direction ('rising' or 'falling' when p < alpha, else 'flat'), recent_z
 * and a sparkline of the shares.
 */
Datum
concern_trend_trends(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ConcernTrend *ct;
	double		alpha = PG_ARGISNULL(1) ? 0.05 : PG_GETARG_FLOAT8(1);
	int			min_cell = mr_min_cell;
	const mr_registry *r;
	double	   *x;
	double	   *y;
	const char *unit;
	int			n;
	int			id;
	double		mean_meetings = 0;

	if (!PG_ARGISNULL(2))
	{
		min_cell = PG_GETARG_INT32(2);
		if (min_cell < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("min_cell must not be negative")));
	}
	if (isnan(alpha) || alpha <= 0 || alpha >= 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("alpha must be between 0 and 1"),
				 errdetail("It is the significance level of the trend test, usually 0.05.")));

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no meetings: no rows */
	ct = ct_get(PG_GETARG_DATUM(0));
	n = ct->nrows;
	r = mr_registry_get(false);
	if (n == 0)
		return (Datum) 0;
	x = palloc(sizeof(double) * n);
	y = palloc(sizeof(double) * n);
	bucket_positions(ct, x, &unit);
	for (int i = 0; i < n; i++)
		mean_meetings += CT_ROW(ct, i)[1];
	mean_meetings /= n;

	for (id = 1; id < ct->nslots; id++)
	{
		Datum		values[13];
		bool		nulls[13] = {0};
		int64		meetings = 0;
		int64		first_count = CT_ROW(ct, 0)[1 + id];
		int64		last_count = CT_ROW(ct, n - 1)[1 + id];
		int64		first_total = CT_ROW(ct, 0)[1];
		int64		last_total = CT_ROW(ct, n - 1)[1];
		const char *code;
		mr_trend	t;
		mr_trend_status ts;
		mr_buf		spark;
		double		rz;
		bool		suppressed;
		int			i;

		for (i = 0; i < n; i++)
		{
			int64		total = CT_ROW(ct, i)[1];

			meetings += CT_ROW(ct, i)[1 + id];
			y[i] = total > 0 ? (double) CT_ROW(ct, i)[1 + id] / (double) total : NAN;
		}
		if (meetings == 0)
			continue;
		CHECK_FOR_INTERRUPTS();
		code = mr_registry_code_of(r, id);
		suppressed = meetings < min_cell;

		ts = mr_mann_kendall(x, y, n, &mr_pg_allocator, &t);
		rz = mr_recent_z(y, n, n > 1 && mean_meetings > 0 ?
						 1.0 / (mean_meetings * sqrt((double) (n - 1))) : 0.0);

		values[0] = CStringGetTextDatum(code ? code : psprintf("#%d", id));
		values[1] = Int32GetDatum(n);
		values[2] = TimestampTzGetDatum(CT_ROW(ct, 0)[0]);
		values[3] = TimestampTzGetDatum(CT_ROW(ct, n - 1)[0]);
		if (suppressed)
			nulls[4] = nulls[5] = nulls[6] = true;
		else
		{
			values[4] = Int64GetDatum(meetings);
			if (first_count < min_cell || first_total < min_cell)
				nulls[5] = true;
			else
				values[5] = Float8GetDatum((double) first_count / first_total);
			if (last_count < min_cell || last_total < min_cell)
				nulls[6] = true;
			else
				values[6] = Float8GetDatum((double) last_count / last_total);
		}
		values[7] = float8_or_null(t.sen_slope, &nulls[7]);
		values[8] = float8_or_null(t.z, &nulls[8]);
		values[9] = float8_or_null(t.p_value, &nulls[9]);
		if (ts == MR_TREND_OK && t.p_value < alpha)
			values[10] = CStringGetTextDatum(t.z > 0 ? "rising" : "falling");
		else
			values[10] = CStringGetTextDatum("flat");
		values[11] = float8_or_null(rz, &nulls[11]);
		if (suppressed)
			nulls[11] = true;
		mr_buf_init(&spark, &mr_pg_allocator, n * 3 + 1);
		if (suppressed || mr_sparkline(y, n, &spark) != MR_OK)
			nulls[12] = true;
		else
			values[12] = PointerGetDatum(cstring_to_text_with_len(spark.data, spark.len));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	(void) unit;
	return (Datum) 0;
}

/* meetreg.sparkline(float8[]): ▁▂▃▄▅▆▇█, a space for NULL or NaN */
Datum
meetreg_sparkline(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	double	   *y;
	mr_buf		out;
	int			i;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("meetreg.sparkline() takes a one-dimensional array")));
	deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &nulls, &n);
	y = palloc(sizeof(double) * (n + 1));
	for (i = 0; i < n; i++)
		y[i] = nulls[i] ? NAN : DatumGetFloat8(elems[i]);
	mr_buf_init(&out, &mr_pg_allocator, n * 3 + 1);
	if (mr_sparkline(y, n, &out) != MR_OK)
		mr_pg_too_long("meetreg.sparkline()");
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out.data, out.len));
}
