/*-------------------------------------------------------------------------
 *
 * mr_unimap.h
 *	  ICU-based computation of the normalization of one code point.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_UNIMAP_H
#define MR_UNIMAP_H

#include "mr_engine.h"

/*
 * Compute the mapping of cp into out (room for MR_MAP_MAX entries, each
 * (class << 21) | code point).  Returns the number of entries (0: dropped),
 * or -1 if ICU failed or the mapping does not fit.
 */
extern int	mr_unimap_compute(uint32_t cp, uint32_t *out);

#endif							/* MR_UNIMAP_H */
