/*-------------------------------------------------------------------------
 *
 * meetreg.c
 *	  Module entry point and the engine's PostgreSQL plumbing.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <limits.h>

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include "mr_pg.h"
#include "concern_hist.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* arg is a MemoryContext, or NULL for CurrentMemoryContext */
static void *
pg_alloc(size_t size, void *arg)
{
	return MemoryContextAllocHuge(arg ? (MemoryContext) arg : CurrentMemoryContext,
								  size);
}

static void *
pg_realloc(void *ptr, size_t size, void *arg)
{
	(void) arg;
	return repalloc_huge(ptr, size);
}

static void
pg_free(void *ptr, void *arg)
{
	(void) arg;
	pfree(ptr);
}

const mr_allocator mr_pg_allocator = {pg_alloc, pg_realloc, pg_free, NULL};

void
mr_pg_context_allocator(mr_allocator *a, MemoryContext cxt)
{
	a->alloc = pg_alloc;
	a->realloc = pg_realloc;
	a->free = pg_free;
	a->arg = cxt;
}

/* Called by the engine about once per 64 KB of input. */
static void
pg_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
mr_pg_too_long(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("result of %s would exceed the maximum text size", what),
			 errdetail("A text value can hold at most 1 GB.")));
}

void
mr_pg_check_encoding(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("meetreg requires a database with UTF8 encoding"),
				 errdetail("The current database uses encoding \"%s\".",
						   GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8' TEMPLATE template0 and install meetreg there.")));
}

/* meetreg.min_cell: counts below it are reported as NULL */
int			mr_min_cell = 0;

void
_PG_init(void)
{
	mr_check_interrupts = pg_check_interrupts;
	mr_registry_init();
	mr_gazetteer_cache_init();
	DefineCustomIntVariable("meetreg.min_cell",
							"Counts of meetings below this are reported as NULL.",
							"Small-cell suppression for published figures: the accessors of concern_hist "
							"and concern_trend and the BI views report counts, and the shares computed "
							"from them, as NULL when a count is below this value. 0 turns it off.",
							&mr_min_cell,
							0, 0, INT_MAX,
							PGC_USERSET, 0,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("meetreg");
}

PG_FUNCTION_INFO_V1(meetreg_version);

/* meetreg.version() returns the version of the loaded library. */
Datum
meetreg_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(MR_ENGINE_VERSION));
}
