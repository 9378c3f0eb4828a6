/*-------------------------------------------------------------------------
 *
 * registry.c
 *	  Per-backend cache of the concern registry and the compiled lexicon.
 *
 * meetreg.concerns (codes) and meetreg.concern_terms (the lexicon) are read
 * with SPI the first time a backend needs them, and kept in a memory context
 * of their own.  A statement trigger on both tables
 * (meetreg.registry_changed()) queues a relcache invalidation of the table;
 * PostgreSQL delivers it to this backend at the next command and to every
 * other backend when the change commits (and undoes it on rollback).  Our
 * relcache callback then marks the cache stale and the next call reloads it:
 * a committed change takes effect in every session at its next call, with
 * no reconnect and no polling.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "mr_pg.h"
#include "mr_match.h"

typedef struct code_entry
{
	const char *code;
	int			id;
} code_entry;

struct mr_registry
{
	MemoryContext cxt;
	mr_allocator alloc;
	/* codes */
	int			ncodes;
	code_entry *by_code;		/* sorted by code */
	const char **by_id;			/* [0..MR_MAX_CONCERN_ID] */
	/* lexicon, loaded on first use */
	bool		have_lexicon;
	mr_lexicon *lexicon;
	int32		nterms;
	const char **terms;			/* term text by term id (array index) */
};

typedef struct mr_registry registry;

static registry *reg = NULL;
static bool reg_valid = false;
static Oid	concerns_relid = InvalidOid;
static Oid	terms_relid = InvalidOid;

static void
registry_inval_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == concerns_relid || relid == terms_relid)
		reg_valid = false;
}

void
mr_registry_init(void)
{
	CacheRegisterRelcacheCallback(registry_inval_callback, (Datum) 0);
}

static Oid
meetreg_table(const char *name)
{
	Oid			nsp = get_namespace_oid("meetreg", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table meetreg.%s does not exist", name),
				 errhint("Install meetreg with CREATE EXTENSION meetreg, or update it with ALTER EXTENSION meetreg UPDATE.")));
	return relid;
}

static int
code_cmp(const void *a, const void *b)
{
	return strcmp(((const code_entry *) a)->code, ((const code_entry *) b)->code);
}

/* Load the codes of meetreg.concerns into a fresh cache. */
static void
registry_load(void)
{
	MemoryContext cxt;
	registry   *r;
	uint64		i;

	/*
	 * Valid from now on: an invalidation that arrives while we read the
	 * tables marks it stale again and the next call reloads.
	 */
	reg_valid = true;
	concerns_relid = meetreg_table("concerns");
	terms_relid = meetreg_table("concern_terms");

	cxt = AllocSetContextCreate(TopMemoryContext, "meetreg registry",
								ALLOCSET_SMALL_SIZES);
	r = MemoryContextAllocZero(cxt, sizeof(registry));
	r->cxt = cxt;
	mr_pg_context_allocator(&r->alloc, cxt);
	r->by_id = MemoryContextAllocZero(cxt, sizeof(char *) * (MR_MAX_CONCERN_ID + 1));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	PG_TRY();
	{
		if (SPI_execute("SELECT id::int4, code FROM meetreg.concerns ORDER BY id",
						true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read meetreg.concerns");
		r->ncodes = (int) SPI_processed;
		r->by_code = MemoryContextAlloc(cxt, sizeof(code_entry) * (r->ncodes + 1));
		for (i = 0; i < SPI_processed; i++)
		{
			bool		isnull;
			int			id = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[i],
														 SPI_tuptable->tupdesc, 1, &isnull));
			char	   *code = SPI_getvalue(SPI_tuptable->vals[i],
											SPI_tuptable->tupdesc, 2);

			if (id < 1 || id > MR_MAX_CONCERN_ID || code == NULL)
				elog(ERROR, "invalid row in meetreg.concerns (id %d)", id);
			r->by_code[i].code = MemoryContextStrdup(cxt, code);
			r->by_code[i].id = id;
			r->by_id[id] = r->by_code[i].code;
		}
		qsort(r->by_code, r->ncodes, sizeof(code_entry), code_cmp);
	}
	PG_CATCH();
	{
		SPI_finish();
		MemoryContextDelete(cxt);
		reg_valid = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
	SPI_finish();

	if (reg)
		MemoryContextDelete(reg->cxt);
	reg = r;
}

int
mr_registry_id_of(const registry *r, const char *code, size_t len)
{
	int			lo = 0,
				hi = r->ncodes - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strncmp(r->by_code[mid].code, code, len);

		if (c == 0 && r->by_code[mid].code[len] != '\0')
			c = 1;
		if (c == 0)
			return r->by_code[mid].id;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

void
mr_pg_unknown_concern(const char *code, int len)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("unknown concern \"%.*s\"", len, code),
			 errhint("SELECT code FROM meetreg.concerns lists the valid codes.")));
}

const char *
mr_registry_code_of(const registry *r, int id)
{
	if (id < 1 || id > MR_MAX_CONCERN_ID)
		return NULL;
	return r->by_id[id];
}

/* Compile meetreg.concern_terms into the cache's lexicon. */
static void
lexicon_load(registry *r)
{
	uint64		i;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	PG_TRY();
	{
		if (SPI_execute("SELECT c.id::int4, t.kind = 'exclude', t.term, t.concern IS NULL "
						"FROM meetreg.concern_terms t "
						"LEFT JOIN meetreg.concerns c ON c.code = t.concern "
						"WHERE t.enabled ORDER BY t.id",
						true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read meetreg.concern_terms");
		r->lexicon = mr_lexicon_create(&r->alloc);
		r->terms = MemoryContextAllocZero(r->cxt, sizeof(char *) * (SPI_processed + 1));
		for (i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	td = SPI_tuptable->tupdesc;
			bool		n1,
						n2,
						n4;
			Datum		cid = SPI_getbinval(tup, td, 1, &n1);
			bool		exclude = DatumGetBool(SPI_getbinval(tup, td, 2, &n2));
			char	   *term = SPI_getvalue(tup, td, 3);
			bool		all = DatumGetBool(SPI_getbinval(tup, td, 4, &n4));
			int32		concern;

			CHECK_FOR_INTERRUPTS();
			if (term == NULL || (n1 && !all))
				continue;
			concern = all ? MR_ALL_CONCERNS : DatumGetInt32(cid);
			r->terms[r->nterms] = MemoryContextStrdup(r->cxt, term);
			/* terms that do not compile were refused on insert; skip any */
			if (mr_lexicon_add(r->lexicon, r->nterms, concern,
							   exclude ? MR_KIND_EXCLUDE : MR_KIND_TERM,
							   term, strlen(term)) == MR_LEX_OK)
				r->nterms++;
		}
	}
	PG_CATCH();
	{
		SPI_finish();
		PG_RE_THROW();
	}
	PG_END_TRY();
	SPI_finish();
	r->have_lexicon = true;
}

const registry *
mr_registry_get(bool with_lexicon)
{
	mr_pg_check_encoding();
	if (!reg_valid || reg == NULL)
		registry_load();
	if (with_lexicon && !reg->have_lexicon)
	{
		/* a failed load leaves nothing half-built behind */
		PG_TRY();
		{
			lexicon_load(reg);
		}
		PG_CATCH();
		{
			reg_valid = false;
			PG_RE_THROW();
		}
		PG_END_TRY();
	}
	return reg;
}

const struct mr_lexicon *
mr_registry_lexicon(const registry *r)
{
	return r->lexicon;
}

const char *
mr_registry_term(const registry *r, int32 term_id)
{
	if (!r->have_lexicon || term_id < 0 || term_id >= r->nterms)
		return NULL;
	return r->terms[term_id];
}

PG_FUNCTION_INFO_V1(meetreg_registry_changed);

/*
 * meetreg.registry_changed(): statement trigger on meetreg.concerns and
 * meetreg.concern_terms; tells every backend (at commit) that its cache of
 * the registry is stale.
 */
Datum
meetreg_registry_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("meetreg.registry_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
