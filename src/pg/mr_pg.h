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

/* Allocator over CurrentMemoryContext (huge allocations allowed). */
extern const mr_allocator mr_pg_allocator;

/* Raise the error for an engine result that would be too large. */
extern void mr_pg_too_long(const char *what) pg_attribute_noreturn();

/* Refuse to work in a database whose encoding is not UTF8. */
extern void mr_pg_check_encoding(void);

#endif							/* MR_PG_H */
