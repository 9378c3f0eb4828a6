/*-------------------------------------------------------------------------
 *
 * dates_funcs.c
 *	  meetreg.dates(): date expressions in Arabic (and French) reports.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "mr_pg.h"
#include "mr_dates.h"

PG_FUNCTION_INFO_V1(meetreg_dates);

/* DateADT <-> the engine's calendar date */
DateADT
mr_pg_date_to_adt(mr_date d)
{
	return date2j(d.year, d.month, d.day) - POSTGRES_EPOCH_JDATE;
}

bool
mr_pg_adt_to_date(DateADT a, mr_date *d)
{
	if (DATE_NOT_FINITE(a))
		return false;
	j2date(a + POSTGRES_EPOCH_JDATE, &d->year, &d->month, &d->day);
	return true;
}

static const char *
precision_name(mr_date_precision p)
{
	switch (p)
	{
		case MR_DATE_DAY:
			return "day";
		case MR_DATE_MONTH:
			return "month";
		case MR_DATE_YEAR:
			return "year";
	}
	return NULL;
}

typedef struct dates_ctx
{
	ReturnSetInfo *rsinfo;
	const char *s;
	int64		count;
} dates_ctx;

static bool
emit_date(const mr_date_match *m, void *arg)
{
	dates_ctx  *c = (dates_ctx *) arg;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	if ((++c->count & 255) == 0)
		CHECK_FOR_INTERRUPTS();
	if (m->has_value)
		values[0] = DateADTGetDatum(mr_pg_date_to_adt(m->value));
	else
		nulls[0] = true;
	values[1] = CStringGetTextDatum(precision_name(m->precision));
	values[2] = PointerGetDatum(cstring_to_text_with_len(c->s + m->byte_start,
														 m->byte_end - m->byte_start));
	values[3] = Int32GetDatum((int32) Min(m->char_start + 1, PG_INT32_MAX));
	values[4] = Int32GetDatum((int32) Min(m->char_end - m->char_start, PG_INT32_MAX));
	tuplestore_putvalues(c->rsinfo->setResult, c->rsinfo->setDesc, values, nulls);
	return true;
}

/*
 * meetreg.dates(text, reference date DEFAULT NULL) returns every date
 * expression of the text: its value (NULL when it needs a reference and
 * none was given), precision ('day', 'month', 'year'), the matched text and
 * its 1-based position and length.  Relative dates and dates without a year
 * are resolved against reference (the publication date).
 */
Datum
meetreg_dates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *in;
	mr_date		ref;
	bool		have_ref = false;
	dates_ctx	ctx;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	mr_pg_check_encoding();
	in = PG_GETARG_TEXT_PP(0);
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
		have_ref = mr_pg_adt_to_date(PG_GETARG_DATEADT(1), &ref);
	ctx.rsinfo = rsinfo;
	ctx.s = VARDATA_ANY(in);
	ctx.count = 0;
	mr_find_dates(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in), have_ref ? &ref : NULL,
				  emit_date, &ctx, &mr_pg_allocator);
	return (Datum) 0;
}
