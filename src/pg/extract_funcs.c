/*-------------------------------------------------------------------------
 *
 * extract_funcs.c
 *	  meetreg.extract(): the facts of a meeting report, and the per-backend
 *	  cache of the gazetteer and the extractor built from meetreg.places.
 *
 * The gazetteer (every place with its parent, kind, population and names)
 * is read with SPI the first time a backend extracts, compiled into the
 * engine's extractor, and kept until meetreg.places changes: a statement
 * trigger on the table queues a relcache invalidation, delivered to every
 * backend at commit, and our callback marks the cache stale.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "mr_pg.h"
#include "mr_extract.h"
#include "concern_set.h"

typedef struct gz_cache
{
	MemoryContext cxt;
	mr_allocator alloc;
	mr_gazetteer *gz;
	mr_extractor *ex;
	char	  **label;			/* French (else Arabic) name of place i */
} gz_cache;

static gz_cache *gzc = NULL;
static bool gz_valid = false;
static Oid	places_relid = InvalidOid;

static void
gz_inval_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == places_relid)
		gz_valid = false;
}

void
mr_gazetteer_cache_init(void)
{
	CacheRegisterRelcacheCallback(gz_inval_callback, (Datum) 0);
}

/* Build the gazetteer and the extractor from meetreg.places. */
static void
gz_load(void)
{
	MemoryContext cxt;
	gz_cache   *c;
	mr_gazetteer_builder *b;
	Oid			nsp = get_namespace_oid("meetreg", true);
	uint64		i;
	int32		bad_row = -1;
	const char *detail = NULL;

	gz_valid = true;			/* an invalidation during the load resets it */
	places_relid = OidIsValid(nsp) ? get_relname_relid("places", nsp) : InvalidOid;
	if (!OidIsValid(places_relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table meetreg.places does not exist"),
				 errhint("Update meetreg with ALTER EXTENSION meetreg UPDATE.")));

	cxt = AllocSetContextCreate(TopMemoryContext, "meetreg gazetteer",
								ALLOCSET_DEFAULT_SIZES);
	c = MemoryContextAllocZero(cxt, sizeof(gz_cache));
	c->cxt = cxt;
	mr_pg_context_allocator(&c->alloc, cxt);
	b = mr_gazetteer_builder_create(&c->alloc);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	PG_TRY();
	{
		if (SPI_execute("SELECT key, kind, parent, "
						"concat_ws('|', name_ar, name_fr, array_to_string(variants, '|')), "
						"coalesce(population, 0), coalesce(name_fr, name_ar) "
						"FROM meetreg.places ORDER BY id", true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read meetreg.places");
		c->label = MemoryContextAllocZero(cxt, sizeof(char *) * (SPI_processed + 1));
		for (i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	td = SPI_tuptable->tupdesc;
			char	   *key = SPI_getvalue(tup, td, 1);
			char	   *kind = SPI_getvalue(tup, td, 2);
			char	   *parent = SPI_getvalue(tup, td, 3);
			char	   *names = SPI_getvalue(tup, td, 4);
			char	   *pop = SPI_getvalue(tup, td, 5);
			char	   *label = SPI_getvalue(tup, td, 6);
			mr_place_kind k;
			int32		index;

			CHECK_FOR_INTERRUPTS();
			if (key == NULL || kind == NULL || !mr_place_kind_parse(kind, strlen(kind), &k))
				continue;
			if (mr_gazetteer_builder_add(b, key, strlen(key), k,
										 parent, parent ? strlen(parent) : 0,
										 names ? names : "", names ? strlen(names) : 0,
										 pop ? strtoll(pop, NULL, 10) : 0,
										 &index, &detail) != MR_GZ_OK)
				continue;		/* rows the table's triggers accepted */
			c->label[index] = MemoryContextStrdup(cxt, label ? label : key);
		}
	}
	PG_CATCH();
	{
		SPI_finish();
		MemoryContextDelete(cxt);
		gz_valid = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
	SPI_finish();

	c->gz = mr_gazetteer_builder_finish(b, &bad_row, &detail);
	if (c->gz == NULL)
	{
		MemoryContextDelete(cxt);
		gz_valid = false;
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("meetreg.places is not a valid hierarchy"),
				 errdetail("%s", detail ? detail : "unknown problem")));
	}
	c->ex = mr_extractor_create(c->gz, &c->alloc);
	if (gzc)
		MemoryContextDelete(gzc->cxt);
	gzc = c;
}

static gz_cache *
gz_get(void)
{
	mr_pg_check_encoding();
	if (!gz_valid || gzc == NULL)
		gz_load();
	return gzc;
}

/* ----------------------------------------------------------------
 * meetreg.extract()
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(meetreg_extract);

enum
{
	F_HELD_ON, F_HELD_ON_PRECISION, F_CITY, F_DISTRICT, F_REGION,
	F_PLACE_PRECISION, F_VENUE, F_HOST, F_FORMAT, F_ASSOCIATION_COUNT,
	F_ASSOCIATIONS, F_OFFICIALS, F_DEMANDS, F_COMMITMENTS, F_CONCERNS,
	F_NFIELDS
};

static const char *
span_src(const mr_span *sp, const char *body, const char *title)
{
	return sp->in_title ? title : body;
}

static Datum
span_text(const mr_span *sp, const char *body, const char *title)
{
	return PointerGetDatum(cstring_to_text_with_len(span_src(sp, body, title) + sp->byte_start,
													sp->byte_end - sp->byte_start));
}

/* A text[] of spans; an empty array when there are none. */
static Datum
span_array(const mr_span *spans, int n, const char *body, const char *title)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));
	int			k = 0;
	int			i;

	for (i = 0; i < n; i++)
		if (!mr_span_empty(&spans[i]))
			elems[k++] = span_text(&spans[i], body, title);
	return PointerGetDatum(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}

/* Officials as "role name" (the name only when the text gives one). */
static Datum
official_array(const mr_official *o, int n, const char *body, const char *title)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n + 1));
	int			k = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		StringInfoData buf;

		if (mr_span_empty(&o[i].role) && mr_span_empty(&o[i].name))
			continue;
		initStringInfo(&buf);
		if (!mr_span_empty(&o[i].role))
			appendBinaryStringInfo(&buf, span_src(&o[i].role, body, title) + o[i].role.byte_start,
								   o[i].role.byte_end - o[i].role.byte_start);
		if (!mr_span_empty(&o[i].name))
		{
			if (buf.len > 0)
				appendStringInfoChar(&buf, ' ');
			appendBinaryStringInfo(&buf, span_src(&o[i].name, body, title) + o[i].name.byte_start,
								   o[i].name.byte_end - o[i].name.byte_start);
		}
		elems[k++] = PointerGetDatum(cstring_to_text_with_len(buf.data, buf.len));
	}
	return PointerGetDatum(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}

static const char *
precision_text(mr_date_precision p)
{
	return p == MR_DATE_DAY ? "day" : p == MR_DATE_MONTH ? "month" : "year";
}

/*
 * meetreg.extract(body text, published date DEFAULT NULL, title text
 * DEFAULT NULL) returns meetreg.meeting_facts: when and where the meeting
 * was held, venue, host, format, association count and names, officials,
 * demands, commitments, and the concerns of title and body.  Facts the text
 * does not state are NULL or empty arrays.  A NULL body gives NULL.
 */
Datum
meetreg_extract(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	text	   *body_t;
	text	   *title_t = NULL;
	const char *body;
	const char *title = NULL;
	size_t		n;
	size_t		tn = 0;
	mr_date		pub;
	bool		have_pub = false;
	gz_cache   *c;
	mr_facts	f;
	Datum		values[F_NFIELDS];
	bool		nulls[F_NFIELDS];
	MemoryContext work;
	MemoryContext old;
	HeapTuple	tuple;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "meetreg.extract() must return a composite type");
	body_t = PG_GETARG_TEXT_PP(0);
	body = VARDATA_ANY(body_t);
	n = VARSIZE_ANY_EXHDR(body_t);
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
		have_pub = mr_pg_adt_to_date(PG_GETARG_DATEADT(1), &pub);
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
	{
		title_t = PG_GETARG_TEXT_PP(2);
		title = VARDATA_ANY(title_t);
		tn = VARSIZE_ANY_EXHDR(title_t);
	}

	c = gz_get();
	work = AllocSetContextCreate(CurrentMemoryContext, "meetreg extract",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);
	if (mr_extractor_run(c->ex, body, n, title, tn, have_pub ? &pub : NULL,
						 &mr_pg_allocator, &f) != MR_OK)
		mr_pg_too_long("meetreg.extract()");
	MemoryContextSwitchTo(old);

	memset(nulls, true, sizeof(nulls));
	if (f.has_held_on)
	{
		values[F_HELD_ON] = DateADTGetDatum(mr_pg_date_to_adt(f.held_on));
		values[F_HELD_ON_PRECISION] = CStringGetTextDatum(precision_text(f.held_on_precision));
		nulls[F_HELD_ON] = nulls[F_HELD_ON_PRECISION] = false;
	}
	if (f.city >= 0 && c->label[f.city])
	{
		values[F_CITY] = CStringGetTextDatum(c->label[f.city]);
		nulls[F_CITY] = false;
	}
	if (f.district >= 0 && c->label[f.district])
	{
		values[F_DISTRICT] = CStringGetTextDatum(c->label[f.district]);
		nulls[F_DISTRICT] = false;
	}
	if (f.region >= 0 && c->label[f.region])
	{
		values[F_REGION] = CStringGetTextDatum(c->label[f.region]);
		nulls[F_REGION] = false;
	}
	if (mr_place_precision_name(f.place_precision))
	{
		values[F_PLACE_PRECISION] = CStringGetTextDatum(mr_place_precision_name(f.place_precision));
		nulls[F_PLACE_PRECISION] = false;
	}
	if (!mr_span_empty(&f.venue))
	{
		values[F_VENUE] = span_text(&f.venue, body, title);
		nulls[F_VENUE] = false;
	}
	if (!mr_span_empty(&f.host))
	{
		values[F_HOST] = span_text(&f.host, body, title);
		nulls[F_HOST] = false;
	}
	values[F_FORMAT] = CStringGetTextDatum(mr_format_name(f.format));
	nulls[F_FORMAT] = false;
	if (f.has_association_count)
	{
		values[F_ASSOCIATION_COUNT] = Int32GetDatum(f.association_count);
		nulls[F_ASSOCIATION_COUNT] = false;
	}
	values[F_ASSOCIATIONS] = span_array(f.associations, f.nassociations, body, title);
	values[F_OFFICIALS] = official_array(f.officials, f.nofficials, body, title);
	values[F_DEMANDS] = span_array(f.demands, f.ndemands, body, title);
	values[F_COMMITMENTS] = span_array(f.commitments, f.ncommitments, body, title);
	nulls[F_ASSOCIATIONS] = nulls[F_OFFICIALS] = nulls[F_DEMANDS] = nulls[F_COMMITMENTS] = false;

	/* the concerns of the title and the body together */
	if (title != NULL && tn > 0)
	{
		StringInfoData both;

		initStringInfo(&both);
		appendBinaryStringInfo(&both, title, tn);
		appendStringInfoChar(&both, '\n');
		appendBinaryStringInfo(&both, body, n);
		values[F_CONCERNS] = PointerGetDatum(mr_pg_tag(both.data, both.len));
	}
	else
		values[F_CONCERNS] = PointerGetDatum(mr_pg_tag(body, n));
	nulls[F_CONCERNS] = false;

	tuple = heap_form_tuple(tupdesc, values, nulls);
	MemoryContextDelete(work);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}
