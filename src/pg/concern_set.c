/*-------------------------------------------------------------------------
 *
 * concern_set.c
 *	  The meetreg.concern_set type: a compact set of concerns.
 *
 * A set is a bitmap over concern ids (meetreg.concerns.id, 1..1023): bit i
 * of the set is concern i.  Values are canonical — trailing zero words are
 * trimmed, so the empty set has no words — and equal sets are equal bytes:
 * equality is memcmp, hashing hashes the bytes.  Ids are permanent (a
 * concern cannot be deleted, only renamed), so stored sets stay meaningful
 * when codes change, and the order used by btree indexes never changes.
 *
 * Text form: '{drugs,theft}' by code, in id order on output, any order on
 * input.  Binary form (send/recv): a version byte, a count, and the codes,
 * so that binary COPY moves sets between databases whose concerns were
 * added in a different order.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/gin.h"
#include "access/hash.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "port/pg_bitutils.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "mr_pg.h"
#include "concern_set.h"

#define CS_SEND_VERSION 1

/* GIN strategies (the numbering of contrib/intarray) */
#define CS_OVERLAP_STRATEGY		RTOverlapStrategyNumber		/* 3: && */
#define CS_EQUAL_STRATEGY		RTSameStrategyNumber		/* 6: = */
#define CS_CONTAINS_STRATEGY	RTContainsStrategyNumber	/* 7: @> */
#define CS_CONTAINED_STRATEGY	RTContainedByStrategyNumber /* 8: <@ */

/* ----------------------------------------------------------------
 * Construction
 * ----------------------------------------------------------------
 */

/* A set from a bitmap of nwords words, trimmed to canonical form. */
ConcernSet *
cs_from_words(const uint32 *words, int nwords)
{
	ConcernSet *cs;

	while (nwords > 0 && words[nwords - 1] == 0)
		nwords--;
	cs = (ConcernSet *) palloc(CS_SIZE(nwords));
	SET_VARSIZE(cs, CS_SIZE(nwords));
	if (nwords > 0)
		memcpy(cs->words, words, nwords * sizeof(uint32));
	return cs;
}

ConcernSet *
cs_empty(void)
{
	return cs_from_words(NULL, 0);
}

static inline bool
cs_has(const ConcernSet *cs, int id)
{
	int			w = id / 32;

	return w < CS_NWORDS(cs) && (cs->words[w] & (1U << (id % 32))) != 0;
}

static inline void
bits_set(uint32 *words, int id)
{
	words[id / 32] |= 1U << (id % 32);
}

/* Next member id > after, or -1. */
int
cs_next(const ConcernSet *cs, int after)
{
	int			id = after + 1;
	int			n = CS_NWORDS(cs);

	while (id / 32 < n)
	{
		uint32		w = cs->words[id / 32] >> (id % 32);

		if (w != 0)
			return id + pg_rightmost_one_pos32(w);
		id = (id / 32 + 1) * 32;
	}
	return -1;
}

static int
cs_count(const ConcernSet *cs)
{
	int			n = CS_NWORDS(cs);
	int			c = 0;
	int			i;

	for (i = 0; i < n; i++)
		c += pg_popcount32(cs->words[i]);
	return c;
}

/* ----------------------------------------------------------------
 * Text I/O
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_set_in);
PG_FUNCTION_INFO_V1(concern_set_out);
PG_FUNCTION_INFO_V1(concern_set_recv);
PG_FUNCTION_INFO_V1(concern_set_send);

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* concern_set_in: '{code, code, ...}' (codes in any order, repeats allowed) */
Datum
concern_set_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const mr_registry *r = mr_registry_get(false);
	uint32		words[CS_MAX_WORDS] = {0};
	char	   *p = str;

	while (is_space(*p))
		p++;
	if (*p != '{')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("malformed concern set literal: \"%s\"", str),
				 errdetail("A concern set starts with \"{\", as in '{drugs,theft}'.")));
	p++;
	while (is_space(*p))
		p++;
	if (*p != '}')
	{
		for (;;)
		{
			char	   *start;
			int			len;
			int			id;
			bool		quoted = false;

			while (is_space(*p))
				p++;
			if (*p == '"')
			{
				quoted = true;
				p++;
			}
			start = p;
			while (*p && *p != ',' && *p != '}' && *p != '"' && !is_space(*p))
				p++;
			len = (int) (p - start);
			if (quoted)
			{
				if (*p != '"')
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							 errmsg("malformed concern set literal: \"%s\"", str),
							 errdetail("Unterminated quoted code.")));
				p++;
			}
			if (len == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("malformed concern set literal: \"%s\"", str),
						 errdetail("Empty concern code.")));
			id = mr_registry_id_of(r, start, len);
			if (id == 0 && start[0] == '#')
			{
				/* "#17": a concern id with no code (see concern_set_out) */
				char	   *end;
				long		v = strtol(start + 1, &end, 10);

				if (end == start + len && v >= 1 && v <= MR_MAX_CONCERN_ID)
					id = (int) v;
			}
			if (id == 0)
				mr_pg_unknown_concern(start, len);
			bits_set(words, id);
			while (is_space(*p))
				p++;
			if (*p == ',')
			{
				p++;
				continue;
			}
			if (*p == '}')
				break;
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("malformed concern set literal: \"%s\"", str),
					 errdetail("Expected \",\" or \"}\" after a code.")));
		}
	}
	p++;
	while (is_space(*p))
		p++;
	if (*p != '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("malformed concern set literal: \"%s\"", str),
				 errdetail("Junk after closing \"}\".")));
	PG_RETURN_CONCERN_SET_P(cs_from_words(words, CS_MAX_WORDS));
}

/* concern_set_out: '{code,code}' in id order (registry order) */
Datum
concern_set_out(PG_FUNCTION_ARGS)
{
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(0);
	const mr_registry *r = mr_registry_get(false);
	StringInfoData buf;
	int			id = 0;
	bool		first = true;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	while ((id = cs_next(cs, id)) > 0)
	{
		const char *code = mr_registry_code_of(r, id);

		if (!first)
			appendStringInfoChar(&buf, ',');
		first = false;
		if (code)
			appendStringInfoString(&buf, code);
		else
			appendStringInfo(&buf, "#%d", id);	/* lossless, never expected */
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

/* concern_set_recv: version byte, count, codes */
Datum
concern_set_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	const mr_registry *r = mr_registry_get(false);
	uint32		words[CS_MAX_WORDS] = {0};
	int			version = pq_getmsgbyte(msg);
	int32		n;
	int32		i;

	if (version != CS_SEND_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary concern set version %d", version),
				 errdetail("This version of meetreg reads version %d.", CS_SEND_VERSION)));
	n = pq_getmsgint(msg, 4);
	if (n < 0 || n > MR_MAX_CONCERN_ID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid number of concerns in binary concern set: %d", n)));
	for (i = 0; i < n; i++)
	{
		const char *code = pq_getmsgstring(msg);
		int			id = mr_registry_id_of(r, code, strlen(code));

		if (id == 0)
			mr_pg_unknown_concern(code, (int) strlen(code));
		bits_set(words, id);
	}
	PG_RETURN_CONCERN_SET_P(cs_from_words(words, CS_MAX_WORDS));
}

Datum
concern_set_send(PG_FUNCTION_ARGS)
{
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(0);
	const mr_registry *r = mr_registry_get(false);
	StringInfoData buf;
	int			id = 0;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CS_SEND_VERSION);
	pq_sendint32(&buf, cs_count(cs));
	while ((id = cs_next(cs, id)) > 0)
	{
		const char *code = mr_registry_code_of(r, id);

		if (code == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("concern set refers to concern id %d, which has no code", id)));
		pq_sendstring(&buf, code);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ----------------------------------------------------------------
 * Comparison (btree, hash)
 * ----------------------------------------------------------------
 */

/*
 * Order: the sorted id lists compared element by element, a proper prefix
 * first ({} < {1} < {1,5} < {2}).  It depends on ids only, which never
 * change, so btree indexes stay valid when codes are renamed.
 */
static int
cs_cmp_internal(const ConcernSet *a, const ConcernSet *b)
{
	int			ia = 0,
				ib = 0;

	for (;;)
	{
		ia = cs_next(a, ia);
		ib = cs_next(b, ib);
		if (ia < 0 || ib < 0)
			return (ia >= 0) - (ib >= 0);
		if (ia != ib)
			return ia < ib ? -1 : 1;
	}
}

static bool
cs_eq_internal(const ConcernSet *a, const ConcernSet *b)
{
	return VARSIZE(a) == VARSIZE(b) &&
		memcmp(a->words, b->words, VARSIZE(a) - VARHDRSZ) == 0;
}

PG_FUNCTION_INFO_V1(concern_set_eq);
PG_FUNCTION_INFO_V1(concern_set_ne);
PG_FUNCTION_INFO_V1(concern_set_lt);
PG_FUNCTION_INFO_V1(concern_set_le);
PG_FUNCTION_INFO_V1(concern_set_gt);
PG_FUNCTION_INFO_V1(concern_set_ge);
PG_FUNCTION_INFO_V1(concern_set_cmp);
PG_FUNCTION_INFO_V1(concern_set_hash);
PG_FUNCTION_INFO_V1(concern_set_hash_extended);

Datum
concern_set_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_eq_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)));
}

Datum
concern_set_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!cs_eq_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)));
}

Datum
concern_set_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_cmp_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)) < 0);
}

Datum
concern_set_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_cmp_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)) <= 0);
}

Datum
concern_set_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_cmp_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)) > 0);
}

Datum
concern_set_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_cmp_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)) >= 0);
}

Datum
concern_set_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cs_cmp_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)));
}

Datum
concern_set_hash(PG_FUNCTION_ARGS)
{
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(0);

	PG_RETURN_DATUM(hash_any((unsigned char *) cs->words, VARSIZE(cs) - VARHDRSZ));
}

Datum
concern_set_hash_extended(PG_FUNCTION_ARGS)
{
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(0);

	PG_RETURN_DATUM(hash_any_extended((unsigned char *) cs->words,
									  VARSIZE(cs) - VARHDRSZ,
									  PG_GETARG_INT64(1)));
}

/* ----------------------------------------------------------------
 * Set operators
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_set_contains);
PG_FUNCTION_INFO_V1(concern_set_contained);
PG_FUNCTION_INFO_V1(concern_set_overlaps);
PG_FUNCTION_INFO_V1(concern_set_union);
PG_FUNCTION_INFO_V1(concern_set_intersect);
PG_FUNCTION_INFO_V1(concern_set_minus);
PG_FUNCTION_INFO_V1(concern_set_cardinality);

static bool
cs_contains_internal(const ConcernSet *a, const ConcernSet *b)
{
	int			na = CS_NWORDS(a),
				nb = CS_NWORDS(b);
	int			i;

	if (nb > na)
		return false;			/* b has a member beyond a's last word */
	for (i = 0; i < nb; i++)
		if ((b->words[i] & ~a->words[i]) != 0)
			return false;
	return true;
}

static bool
cs_overlaps_internal(const ConcernSet *a, const ConcernSet *b)
{
	int			n = Min(CS_NWORDS(a), CS_NWORDS(b));
	int			i;

	for (i = 0; i < n; i++)
		if ((a->words[i] & b->words[i]) != 0)
			return true;
	return false;
}

/* a @> b */
Datum
concern_set_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_contains_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)));
}

/* a <@ b */
Datum
concern_set_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_contains_internal(PG_GETARG_CONCERN_SET_P(1), PG_GETARG_CONCERN_SET_P(0)));
}

/* a && b */
Datum
concern_set_overlaps(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cs_overlaps_internal(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1)));
}

typedef enum
{
	OP_UNION, OP_INTERSECT, OP_MINUS
} set_op;

static ConcernSet *
cs_combine(const ConcernSet *a, const ConcernSet *b, set_op op)
{
	int			na = CS_NWORDS(a),
				nb = CS_NWORDS(b);
	int			n = Max(na, nb);
	uint32		words[CS_MAX_WORDS];
	int			i;

	for (i = 0; i < n; i++)
	{
		uint32		wa = i < na ? a->words[i] : 0;
		uint32		wb = i < nb ? b->words[i] : 0;

		words[i] = op == OP_UNION ? (wa | wb) :
			op == OP_INTERSECT ? (wa & wb) : (wa & ~wb);
	}
	return cs_from_words(words, n);
}

Datum
concern_set_union(PG_FUNCTION_ARGS)
{
	PG_RETURN_CONCERN_SET_P(cs_combine(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1), OP_UNION));
}

Datum
concern_set_intersect(PG_FUNCTION_ARGS)
{
	PG_RETURN_CONCERN_SET_P(cs_combine(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1), OP_INTERSECT));
}

Datum
concern_set_minus(PG_FUNCTION_ARGS)
{
	PG_RETURN_CONCERN_SET_P(cs_combine(PG_GETARG_CONCERN_SET_P(0), PG_GETARG_CONCERN_SET_P(1), OP_MINUS));
}

/* cardinality(concern_set): number of concerns */
Datum
concern_set_cardinality(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cs_count(PG_GETARG_CONCERN_SET_P(0)));
}

/* ----------------------------------------------------------------
 * Casts and codes()
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(concern_set_to_array);
PG_FUNCTION_INFO_V1(concern_set_from_array);
PG_FUNCTION_INFO_V1(concern_set_codes);

/* concern_set::text[] — codes in id order */
Datum
concern_set_to_array(PG_FUNCTION_ARGS)
{
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(0);
	const mr_registry *r = mr_registry_get(false);
	int			n = cs_count(cs);
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));
	int			k = 0;
	int			id = 0;

	while ((id = cs_next(cs, id)) > 0)
	{
		const char *code = mr_registry_code_of(r, id);

		elems[k++] = code ? CStringGetTextDatum(code)
			: CStringGetTextDatum(psprintf("#%d", id));
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}

/* text[]::concern_set — every element a known code; NULLs refused */
Datum
concern_set_from_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	const mr_registry *r = mr_registry_get(false);
	uint32		words[CS_MAX_WORDS] = {0};
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("cannot cast a multidimensional array to meetreg.concern_set")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		text	   *t;
		int			id;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("a concern set cannot contain NULL")));
		t = DatumGetTextPP(elems[i]);
		id = mr_registry_id_of(r, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		if (id == 0)
			mr_pg_unknown_concern(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		bits_set(words, id);
	}
	PG_RETURN_CONCERN_SET_P(cs_from_words(words, CS_MAX_WORDS));
}

/* meetreg.codes(concern_set) returns setof text, in id order */
Datum
concern_set_codes(PG_FUNCTION_ARGS)
{
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const mr_registry *r;
	int			id = 0;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC | MAT_SRF_BLESS);
	r = mr_registry_get(false);
	while ((id = cs_next(cs, id)) > 0)
	{
		const char *code = mr_registry_code_of(r, id);
		Datum		v = code ? CStringGetTextDatum(code)
			: CStringGetTextDatum(psprintf("#%d", id));
		bool		isnull = false;

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &v, &isnull);
	}
	return (Datum) 0;
}

/* ----------------------------------------------------------------
 * GIN support: keys are the concern ids (int4)
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(gin_concern_set_extract_value);
PG_FUNCTION_INFO_V1(gin_concern_set_extract_query);
PG_FUNCTION_INFO_V1(gin_concern_set_consistent);
PG_FUNCTION_INFO_V1(gin_concern_set_triconsistent);

static Datum *
ids_as_keys(const ConcernSet *cs, int32 *nkeys)
{
	int			n = cs_count(cs);
	Datum	   *keys = palloc(sizeof(Datum) * (n + 1));
	int			k = 0;
	int			id = 0;

	while ((id = cs_next(cs, id)) > 0)
		keys[k++] = Int32GetDatum(id);
	*nkeys = k;
	return keys;
}

/* extractValue: one key per member; an empty set has no keys */
Datum
gin_concern_set_extract_value(PG_FUNCTION_ARGS)
{
	ConcernSet *cs = PG_GETARG_CONCERN_SET_P(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);

	PG_RETURN_POINTER(ids_as_keys(cs, nkeys));
}

/*
 * extractQuery.  The search mode covers the empty query and empty items:
 *	 @> '{}'  every row matches (GIN_SEARCH_MODE_ALL);
 *	 <@ q	  rows whose members are all in q, including empty sets
 *			  (GIN_SEARCH_MODE_INCLUDE_EMPTY; any one key of q may match);
 *	 && '{}'  no row matches (no keys, default mode);
 *	 = q	  like @>, then rechecked; = '{}' must find the empty sets
 *			  (GIN_SEARCH_MODE_INCLUDE_EMPTY with no keys).
 */
Datum
gin_concern_set_extract_query(PG_FUNCTION_ARGS)
{
	ConcernSet *q = PG_GETARG_CONCERN_SET_P(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	int32	   *search_mode = (int32 *) PG_GETARG_POINTER(6);
	Datum	   *keys = ids_as_keys(q, nkeys);

	switch (strategy)
	{
		case CS_CONTAINS_STRATEGY:
			if (*nkeys == 0)
				*search_mode = GIN_SEARCH_MODE_ALL;
			break;
		case CS_CONTAINED_STRATEGY:
			*search_mode = GIN_SEARCH_MODE_INCLUDE_EMPTY;
			break;
		case CS_EQUAL_STRATEGY:
			if (*nkeys == 0)
				*search_mode = GIN_SEARCH_MODE_INCLUDE_EMPTY;
			break;
		case CS_OVERLAP_STRATEGY:
			break;
		default:
			elog(ERROR, "unrecognized strategy number: %d", strategy);
	}
	PG_RETURN_POINTER(keys);
}

/*
 * consistent.  Recheck policy, per strategy:
 *	 &&  exact: the row has one of the query's keys;
 *	 @>  exact: the row has every key of the query;
 *	 <@  recheck: GIN cannot see the row's keys outside the query;
 *	 =   recheck: the row has every query key, but may have more.
 */
Datum
gin_concern_set_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	int32		i;

	switch (strategy)
	{
		case CS_OVERLAP_STRATEGY:
			*recheck = false;
			for (i = 0; i < nkeys; i++)
				if (check[i])
					PG_RETURN_BOOL(true);
			PG_RETURN_BOOL(false);
		case CS_CONTAINS_STRATEGY:
		case CS_EQUAL_STRATEGY:
			*recheck = (strategy == CS_EQUAL_STRATEGY);
			for (i = 0; i < nkeys; i++)
				if (!check[i])
					PG_RETURN_BOOL(false);
			PG_RETURN_BOOL(true);
		case CS_CONTAINED_STRATEGY:
			*recheck = true;
			PG_RETURN_BOOL(true);
		default:
			elog(ERROR, "unrecognized strategy number: %d", strategy);
	}
	PG_RETURN_BOOL(false);
}

Datum
gin_concern_set_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	GinTernaryValue res;
	int32		i;

	switch (strategy)
	{
		case CS_OVERLAP_STRATEGY:
			res = GIN_FALSE;
			for (i = 0; i < nkeys; i++)
			{
				if (check[i] == GIN_TRUE)
					PG_RETURN_GIN_TERNARY_VALUE(GIN_TRUE);
				if (check[i] == GIN_MAYBE)
					res = GIN_MAYBE;
			}
			PG_RETURN_GIN_TERNARY_VALUE(res);
		case CS_CONTAINS_STRATEGY:
		case CS_EQUAL_STRATEGY:
			res = (strategy == CS_EQUAL_STRATEGY) ? GIN_MAYBE : GIN_TRUE;
			for (i = 0; i < nkeys; i++)
			{
				if (check[i] == GIN_FALSE)
					PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
				if (check[i] == GIN_MAYBE)
					res = GIN_MAYBE;
			}
			PG_RETURN_GIN_TERNARY_VALUE(res);
		case CS_CONTAINED_STRATEGY:
			PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
		default:
			elog(ERROR, "unrecognized strategy number: %d", strategy);
	}
	PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
}
