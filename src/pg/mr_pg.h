/*-------------------------------------------------------------------------
 *
 * mr_pg.h
 *	  Shared declarations of meetreg's PostgreSQL glue.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_PG_H
#define MR_PG_H

#include "postgres.h"

#include "mr_engine.h"

#include "utils/memutils.h"

/* Allocator over CurrentMemoryContext (huge allocations allowed). */
extern const mr_allocator mr_pg_allocator;

/* Fill *a with an allocator over the given memory context. */
extern void mr_pg_context_allocator(mr_allocator *a, MemoryContext cxt);

/* Raise the error for an engine result that would be too large. */
extern void mr_pg_too_long(const char *what) pg_attribute_noreturn();

/* Refuse to work in a database whose encoding is not UTF8. */
extern void mr_pg_check_encoding(void);

/* ---- the concern registry and lexicon cache (registry.c) ---- */

#define MR_MAX_CONCERN_ID 1023

struct mr_lexicon;
typedef struct mr_registry mr_registry;

extern void mr_registry_init(void);

/*
 * The current registry, loaded or reloaded as needed (with the compiled
 * lexicon if with_lexicon).  Call it once per SQL function call and use the
 * pointer only during that call: a later mr_registry_get() may free it.
 */
extern const mr_registry *mr_registry_get(bool with_lexicon);
/* id of a concern code, 0 if unknown */
extern int	mr_registry_id_of(const mr_registry *r, const char *code, size_t len);
/* the error for an unknown concern code (SQLSTATE 22P02) */
extern void mr_pg_unknown_concern(const char *code, int len) pg_attribute_noreturn();
/* code of a concern id, NULL if unknown */
extern const char *mr_registry_code_of(const mr_registry *r, int id);
/* the compiled lexicon (mr_registry_get(true)); term ids index terms */
extern const struct mr_lexicon *mr_registry_lexicon(const mr_registry *r);
extern const char *mr_registry_term(const mr_registry *r, int32 term_id);

/* ---- the gazetteer cache (extract_funcs.c) ---- */
extern void mr_gazetteer_cache_init(void);

/* ---- dates (dates_funcs.c) ---- */
#include "mr_dates.h"
extern int32 mr_pg_date_to_adt(mr_date d);
extern bool mr_pg_adt_to_date(int32 a, mr_date *d);

#endif							/* MR_PG_H */
