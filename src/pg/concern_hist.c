/*-------------------------------------------------------------------------
 *
 * concern_hist.c
 *	  meetreg.concern_hist: how many meetings, and how many raised each
 *	  concern; the aggregate meetreg.concern_counts() and its accessors.
 *
 * The aggregate's transition state is the type itself (not internal), so
 * that partial aggregates travel between processes (parallel query, Citus
 * workers) as ordinary values.  Inside an aggregate the transition and
 * combine functions update the state in place, in the aggregate's memory
 * context: a row costs one increment per concern, no allocation.
 *
 * Layout: a version byte, the number of count slots, then the counts:
 * counts[0] is the number of meetings, counts[id] the number of meetings
 * that raised concern id.  Slots grow when a set holds a higher id.
 *
 * Text form: a JSON object, e.g. {"total": 120, "drugs": 45, "theft": 30}
 * (concerns in registry order, only those with a count), castable to jsonb
 * and read back by the input function.  Binary form: version byte, total,
 * count of entries, then (code, count) pairs.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "mr_pg.h"
#include "concern_set.h"
#include "concern_hist.h"

/* ----------------------------------------------------------------
 * Construction and checks
 * ----------------------------------------------------------------
 */

ConcernHist *
ch_alloc(MemoryContext cxt, int nslots)
{
	ConcernHist *h;

	if (nslots < 1)
		nslots = 1;
	h = (ConcernHist *) MemoryContextAllocZero(cxt, CH_SIZE(nslots));
	SET_VARSIZE(h, CH_SIZE(nslots));
	h->version = CH_VERSION;
	h->nslots = (uint16) nslots;
	return h;
}

/* A copy of h with room for at least nslots slots. */
static ConcernHist *
ch_grow(MemoryContext cxt, const ConcernHist *h, int nslots)
{
	ConcernHist *g = ch_alloc(cxt, Max(nslots, h->nslots));

	memcpy(g->counts, h->counts, h->nslots * sizeof(int64));
	return g;
}

/* Detoast and check a stored histogram. */
ConcernHist *
ch_get(Datum d)
{
	ConcernHist *h = (ConcernHist *) PG_DETOAST_DATUM(d);

	if (h->version != CH_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("unsupported concern_hist version %d", h->version),
				 errhint("The value was written by another version of meetreg.")));
	if (h->nslots < 1 || h->nslots > MR_MAX_CONCERN_ID + 1 ||
		VARSIZE(h) != CH_SIZE(h->nslots))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid concern_hist value")));
	return h;
}

/* Add b's counts into a (a has at least as many slots). */
static void
ch_add_into(ConcernHist *a, const ConcernHist *b)
{
	int			i;

	for (i = 0; i < b->nslots; i++)
		a->counts[i] += b->counts[i];
}

/* The current value of the meetreg.min_cell setting, or an override. */
static int
min_cell_arg(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() > argno && !PG_ARGISNULL(argno))
	{
		int32		v = PG_GETARG_INT32(argno);

		if (v < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("min_cell must not be negative")));
		return v;
	}
	return mr_min_cell;
}

/* ----------------------------------------------------------------
 * I/O
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_hist_in);
PG_FUNCTION_INFO_V1(concern_hist_out);
PG_FUNCTION_INFO_V1(concern_hist_recv);
PG_FUNCTION_INFO_V1(concern_hist_send);

static void
bad_hist_literal(const char *str, const char *detail) pg_attribute_noreturn();

static void
bad_hist_literal(const char *str, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("malformed concern_hist literal: \"%s\"", str),
			 errdetail("%s", detail)));
}

/* Store count v for code (or the total) into *h, growing it as needed. */
static void
hist_set(ConcernHist **h, const mr_registry *r, const char *code, int len,
		 int64 v, bool *seen_total)
{
	int			id;

	if (len == 5 && strncmp(code, "total", 5) == 0)
	{
		(*h)->counts[0] = v;
		*seen_total = true;
		return;
	}
	id = mr_registry_id_of(r, code, len);
	if (id == 0)
		mr_pg_unknown_concern(code, len);
	if (id >= (*h)->nslots)
		*h = ch_grow(CurrentMemoryContext, *h, id + 1);
	(*h)->counts[id] = v;
}

/* concern_hist_in: {"total": N, "code": N, ...} */
Datum
concern_hist_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const mr_registry *r = mr_registry_get(false);
	ConcernHist *h = ch_alloc(CurrentMemoryContext, 32);
	bool		seen_total = false;
	char	   *p = str;
	int			i;

	while (isspace((unsigned char) *p))
		p++;
	if (*p++ != '{')
		bad_hist_literal(str, "A concern_hist is a JSON object such as {\"total\": 10, \"drugs\": 4}.");
	for (;;)
	{
		char	   *key;
		int			keylen;
		char	   *end;
		long long	v;

		while (isspace((unsigned char) *p))
			p++;
		if (*p == '}' && !seen_total && p[-1] == '{')
			break;				/* "{}" is refused below */
		if (*p++ != '"')
			bad_hist_literal(str, "Expected a quoted key.");
		key = p;
		while (*p && *p != '"')
			p++;
		if (*p != '"')
			bad_hist_literal(str, "Unterminated key.");
		keylen = (int) (p - key);
		p++;
		while (isspace((unsigned char) *p))
			p++;
		if (*p++ != ':')
			bad_hist_literal(str, "Expected \":\" after a key.");
		while (isspace((unsigned char) *p))
			p++;
		errno = 0;
		v = strtoll(p, &end, 10);
		if (end == p || errno != 0 || v < 0)
			bad_hist_literal(str, "Counts are non-negative integers.");
		p = end;
		hist_set(&h, r, key, keylen, (int64) v, &seen_total);
		while (isspace((unsigned char) *p))
			p++;
		if (*p == ',')
		{
			p++;
			continue;
		}
		if (*p == '}')
			break;
		bad_hist_literal(str, "Expected \",\" or \"}\".");
	}
	p++;
	while (isspace((unsigned char) *p))
		p++;
	if (*p != '\0')
		bad_hist_literal(str, "Junk after the closing \"}\".");
	if (!seen_total)
		bad_hist_literal(str, "The key \"total\" (the number of meetings) is required.");
	for (i = 1; i < h->nslots; i++)
		if (h->counts[i] > h->counts[0])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("malformed concern_hist literal: \"%s\"", str),
					 errdetail("A concern cannot be raised by more meetings than the total.")));
	PG_RETURN_POINTER(h);
}

/* concern_hist_out: {"total": N, "code": N, ...} in registry order */
Datum
concern_hist_out(PG_FUNCTION_ARGS)
{
	ConcernHist *h = ch_get(PG_GETARG_DATUM(0));
	const mr_registry *r = mr_registry_get(false);
	StringInfoData buf;
	int			id;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"total\": " INT64_FORMAT, h->counts[0]);
	for (id = 1; id < h->nslots; id++)
	{
		const char *code;

		if (h->counts[id] == 0)
			continue;
		code = mr_registry_code_of(r, id);
		if (code)
			appendStringInfo(&buf, ", \"%s\": " INT64_FORMAT, code, h->counts[id]);
		else
			appendStringInfo(&buf, ", \"#%d\": " INT64_FORMAT, id, h->counts[id]);
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

Datum
concern_hist_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	const mr_registry *r = mr_registry_get(false);
	ConcernHist *h = ch_alloc(CurrentMemoryContext, 32);
	int			version = pq_getmsgbyte(msg);
	bool		seen_total = true;
	int32		n;
	int32		i;

	if (version != CH_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary concern_hist version %d", version)));
	h->counts[0] = pq_getmsgint64(msg);
	n = pq_getmsgint(msg, 4);
	if (h->counts[0] < 0 || n < 0 || n > MR_MAX_CONCERN_ID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary concern_hist")));
	for (i = 0; i < n; i++)
	{
		const char *code = pq_getmsgstring(msg);
		int64		v = pq_getmsgint64(msg);

		if (v < 0 || v > h->counts[0])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid count in binary concern_hist")));
		hist_set(&h, r, code, (int) strlen(code), v, &seen_total);
	}
	PG_RETURN_POINTER(h);
}

Datum
concern_hist_send(PG_FUNCTION_ARGS)
{
	ConcernHist *h = ch_get(PG_GETARG_DATUM(0));
	const mr_registry *r = mr_registry_get(false);
	StringInfoData buf;
	int32		n = 0;
	int			id;

	for (id = 1; id < h->nslots; id++)
		n += (h->counts[id] != 0);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CH_VERSION);
	pq_sendint64(&buf, h->counts[0]);
	pq_sendint32(&buf, n);
	for (id = 1; id < h->nslots; id++)
	{
		const char *code;

		if (h->counts[id] == 0)
			continue;
		code = mr_registry_code_of(r, id);
		if (code == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("concern_hist refers to concern id %d, which has no code", id)));
		pq_sendstring(&buf, code);
		pq_sendint64(&buf, h->counts[id]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ----------------------------------------------------------------
 * The aggregate
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_hist_add);
PG_FUNCTION_INFO_V1(concern_hist_merge);

/*
 * The state to update: in an aggregate, the state itself (or a new one in
 * the aggregate context); elsewhere, a copy, so that a direct call never
 * modifies its argument.
 */
static ConcernHist *
state_for_update(FunctionCallInfo fcinfo, int nslots, MemoryContext *cxt)
{
	ConcernHist *st;

	if (!AggCheckCallContext(fcinfo, cxt))
		*cxt = CurrentMemoryContext;
	if (PG_ARGISNULL(0))
		return ch_alloc(*cxt, nslots);
	if (*cxt == CurrentMemoryContext)	/* not in an aggregate: copy */
	{
		ConcernHist *src = ch_get(PG_GETARG_DATUM(0));

		return ch_grow(*cxt, src, nslots);
	}
	st = (ConcernHist *) PG_GETARG_POINTER(0);
	if (st->nslots < nslots)
		st = ch_grow(*cxt, st, nslots);
	return st;
}

/* concern_hist_add(state, concern_set): one more meeting */
Datum
concern_hist_add(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	ConcernSet *cs;
	ConcernHist *st;
	int			id = 0;
	int			top;

	if (PG_ARGISNULL(1))
	{
		/* a meeting with unknown concerns is not counted */
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	cs = PG_GETARG_CONCERN_SET_P(1);
	top = CS_NWORDS(cs) * 32;
	st = state_for_update(fcinfo, Max(top, CH_DEFAULT_SLOTS), &cxt);
	st->counts[0]++;
	while ((id = cs_next(cs, id)) > 0)
		st->counts[id]++;
	PG_RETURN_POINTER(st);
}

/*
 * concern_hist_merge(state, concern_hist): the combine function of both
 * aggregates and the transition function of the roll-up aggregate.
 */
Datum
concern_hist_merge(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	ConcernHist *b;
	ConcernHist *st;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = ch_get(PG_GETARG_DATUM(1));
	st = state_for_update(fcinfo, b->nslots, &cxt);
	ch_add_into(st, b);
	PG_RETURN_POINTER(st);
}

/* ----------------------------------------------------------------
 * Accessors
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_hist_total);
PG_FUNCTION_INFO_V1(concern_hist_count);
PG_FUNCTION_INFO_V1(concern_hist_share);
PG_FUNCTION_INFO_V1(concern_hist_entries);

static int
code_arg_id(const mr_registry *r, text *code)
{
	int			id = mr_registry_id_of(r, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code));

	if (id == 0)
		mr_pg_unknown_concern(VARDATA_ANY(code), (int) VARSIZE_ANY_EXHDR(code));
	return id;
}

/* total(concern_hist [, min_cell]): number of meetings */
Datum
concern_hist_total(PG_FUNCTION_ARGS)
{
	ConcernHist *h = ch_get(PG_GETARG_DATUM(0));
	int			min_cell = min_cell_arg(fcinfo, 1);

	if (h->counts[0] < min_cell)
		PG_RETURN_NULL();
	PG_RETURN_INT64(h->counts[0]);
}

/* count(concern_hist, code [, min_cell]): meetings that raised the concern */
Datum
concern_hist_count(PG_FUNCTION_ARGS)
{
	ConcernHist *h = ch_get(PG_GETARG_DATUM(0));
	int			id = code_arg_id(mr_registry_get(false), PG_GETARG_TEXT_PP(1));
	int			min_cell = min_cell_arg(fcinfo, 2);
	int64		c = id < h->nslots ? h->counts[id] : 0;

	if (c < min_cell)
		PG_RETURN_NULL();
	PG_RETURN_INT64(c);
}

/* share(concern_hist, code [, min_cell]): count / total */
Datum
concern_hist_share(PG_FUNCTION_ARGS)
{
	ConcernHist *h = ch_get(PG_GETARG_DATUM(0));
	int			id = code_arg_id(mr_registry_get(false), PG_GETARG_TEXT_PP(1));
	int			min_cell = min_cell_arg(fcinfo, 2);
	int64		c = id < h->nslots ? h->counts[id] : 0;

	if (h->counts[0] == 0 || c < min_cell || h->counts[0] < min_cell)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) c / (double) h->counts[0]);
}

/*
 * entries(concern_hist [, min_cell]) returns one row per concern raised at
 * least once: the code, the number of meetings, the share of all meetings.
 * Counts below min_cell, and shares computed from them, are NULL.
 */
Datum
concern_hist_entries(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ConcernHist *h = ch_get(PG_GETARG_DATUM(0));
	int			min_cell = min_cell_arg(fcinfo, 1);
	const mr_registry *r;
	int			id;

	InitMaterializedSRF(fcinfo, 0);
	r = mr_registry_get(false);
	for (id = 1; id < h->nslots; id++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		const char *code;
		int64		c = h->counts[id];

		if (c == 0)
			continue;
		code = mr_registry_code_of(r, id);
		values[0] = CStringGetTextDatum(code ? code : psprintf("#%d", id));
		if (c < min_cell)
			nulls[1] = nulls[2] = true;
		else
		{
			values[1] = Int64GetDatum(c);
			if (h->counts[0] < min_cell || h->counts[0] == 0)
				nulls[2] = true;
			else
				values[2] = Float8GetDatum((double) c / (double) h->counts[0]);
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
