/*-------------------------------------------------------------------------
 *
 * mr_dates.h
 *	  Date expressions in report texts: calendar helpers and the parser
 *	  behind meetreg.dates(text, reference date).
 *
 * The parser walks the engine's token stream (so spelling variants, hamza,
 * tashkeel, tatweel and Arabic-Indic digits are already folded) and looks at
 * the original bytes between two tokens only to classify the separator
 * ("/", "-", ".", comma, parentheses, white space).  It keeps a small window
 * of recent tokens: memory is bounded whatever the input, and the
 * tokenizer's interrupt checks cover the whole walk.
 *
 * What is recognized
 * ------------------
 * Absolute dates (precision 'day'):
 *	 [يوم|يومه] [weekday[،]] DAY [من] [شهر] MONTH [/ or (MONTH)] YEAR [م]
 *	 DAY is 1-31 (one or two digits, "1er" in French) or فاتح/الفاتح
 *	 (= 1).  YEAR is four digits, optionally after "من" and/or سنة/عام.
 *	 English order "January 9, 2019" for Latin month names.
 *	 Numeric: D/M/YYYY, D-M-YYYY, D.M.YYYY and YYYY-M-D (also with / or .);
 *	 "/" and the Arabic date separator U+060D may have spaces around them.
 * Month precision: [شهر] MONTH YEAR ("شهر مارس 2019", "مارس 2019").
 * Year precision: سنة|عام|لسنة|لعام|بسنة|سنتي|année|year followed by YEAR
 * ("خلال سنة 2015": the span is "سنة 2015").  A bare number is never a year.
 *
 * Month names (any of them, in any text): Maghrebi يناير ... يوليوز غشت
 * شتنبر نونبر دجنبر, Mashriqi كانون الثاني ... آب أيلول تشرين الأول
 * (two words; also without the article: كانون ثاني), Egyptian/Gulf مايو
 * يونيو/يونيه يوليو/يوليه أغسطس ..., Algerian/Tunisian جانفي فيفري أفريل
 * جوان جويلية أوت, French and English.  Two names of one month may be
 * written together: "غشت (أغسطس) 2014", "كانون الثاني/يناير 2019".
 *
 * Weekdays (الأحد ... السبت, French, English) and يوم/يومه before a date
 * belong to the match; a weekday that disagrees with an explicit date is
 * ignored (the date wins).  Words of the time of day (مساء, صباح, عشية,
 * زوال) are not part of any match.  A word may carry the conjunction و
 * or ف (وأمس, والشهر الماضي, وسنة 2015); it is left out of the span.
 *
 * Dates relative to the reference (the publication date)
 * -------------------------------------------------------
 * These need the reference; without one they are still reported, with
 * has_value = false (SQL NULL), never a guess.
 *	 DAY MONTH (no year): the year of the reference, moved by one year when
 *		that is more than 183 days away from the reference (so the date is
 *		the nearest one: reference 2019-01-03 and "28 دجنبر" give
 *		2018-12-28; reference 2019-12-28 and "3 يناير" give 2020-01-03).
 *	 شهر MONTH (no year): likewise, the nearest month (at most six months
 *		away).  A month name alone ("مارس") is not a date.
 *	 DAY/MONTH numeric without a year ("12/3", "/" only): as DAY MONTH.
 *	 DAY MONTH الجاري|الحالي, [شهر] MONTH الجاري: the year of the reference
 *		(whatever the month).
 *	 ... الماضي|المنصرم|الفارط|الفائت|المنقضي: the latest such date (or
 *		month) strictly before the reference; ... المقبل|القادم: the first
 *		strictly after it.
 *	 ... [من] السنة|العام الجارية|الماضية|المقبلة, من هذه السنة, من هذا العام:
 *		that year.
 *	 DAY [من] الشهر الجاري|الماضي|المقبل: that day of that month.
 *	 الشهر الجاري|الحالي|الماضي|المنصرم|...|المقبل, هذا الشهر (month) and
 *		السنة|العام الجارية|الماضية|..., هذه السنة, هذا العام (year).
 *	 [يوم] أمس, البارحة (-1), أمس الأول, أول أمس (-2), غدا, يوم غد (+1),
 *		[يوم] بعد غد (+2), each optionally followed by a weekday, and
 *		اليوم + weekday (0; "اليوم" alone is too often "the day" of
 *		something: اليوم الوطني, اليوم الدراسي).  غد alone needs يوم before
 *		or a weekday after ("غد أفضل" is not a date).  When the weekday
 *		disagrees with the computed day, the nearest day with that weekday
 *		within three days is taken ("اليوم الخميس" with a Wednesday
 *		reference is the next day).
 *	 [يوم] weekday الماضي|المنصرم|... / المقبل|القادم: the nearest such
 *		weekday strictly before / after the reference ("الأربعاء الماضي"
 *		said on a Wednesday is a week before).
 * When an explicit date follows any of these ("أمس الأربعاء 9 يناير
 * 2019"), the explicit date wins and the whole phrase is the match.
 * غدا is also a literary verb ("became"); the risk is accepted.
 *
 * Not recognized: a weekday alone ("يوم الخميس", "يومه الخميس": last or
 * next Thursday?), weeks ("الأسبوع الماضي": there is no 'week' precision),
 * ranges ("من 9 إلى 12 يناير" yields only "12 يناير").
 *
 * What is rejected
 * ----------------
 *	 - impossible dates (31 فبراير, 29 فبراير 2019, day 0, month 13) and years
 *	   outside MR_DATE_MIN_YEAR..MR_DATE_MAX_YEAR: no match at all (a date
 *	   written with a bad year does not fall back to a date without one);
 *	   a yearless date is kept when it exists in some year (29 فبراير), and
 *	   dropped if its resolved year makes it impossible;
 *	 - two-digit years ("17/10/18", "1.18.19" is a Moroccan dahir number):
 *	   never a date, neither with nor without a reference;
 *	 - seasons and ranges: "2014/2015", "سنة 2014-2015";
 *	 - numeric forms inside a longer run of numbers ("1.17.10.2018") or
 *	   after رقم/عدد/المادة/الفصل/ظهير/n°... (file and law numbers);
 *	   D.M and D-M without a year (decimals, ranges);
 *	 - Hijri dates: their month names are not month names here, their
 *	   years are out of range, and a year followed by هـ/هجري is rejected;
 *	 - "الجاري به العمل" ("in force") is not "the current [month]";
 *	 - آب is also "father": with a day and no year it needs يوم, a weekday
 *	   or a relative word around it.
 *
 * Matches never overlap; at each position the longest one wins, and they
 * are reported in text order.  A reference that is not a valid date is
 * treated as no reference.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_DATES_H
#define MR_DATES_H

#include "mr_engine.h"

/* Years the parser accepts (explicit or resolved). */
#define MR_DATE_MIN_YEAR 1900
#define MR_DATE_MAX_YEAR 2100

typedef enum mr_date_precision
{
	MR_DATE_DAY = 1,
	MR_DATE_MONTH,
	MR_DATE_YEAR
} mr_date_precision;

/* A proleptic Gregorian date; day and month are 1 when precision is coarser. */
typedef struct mr_date
{
	int			year;
	int			month;
	int			day;
} mr_date;

typedef struct mr_date_match
{
	bool		has_value;		/* false: relative and no reference */
	mr_date		value;			/* all zero when !has_value */
	mr_date_precision precision;
	/* span in the original text, 0-based, end exclusive */
	size_t		char_start;
	size_t		char_end;
	size_t		byte_start;
	size_t		byte_end;
} mr_date_match;

/* Returns false to stop the search. */
typedef bool (*mr_date_callback) (const mr_date_match *m, void *arg);

/*
 * Find the date expressions of s[0..n) (UTF-8, any bytes accepted) and call
 * cb for each, in text order.  reference may be NULL.  Never fails: returns
 * MR_OK.  Memory is bounded (a window of a few dozen tokens).
 */
extern mr_status mr_find_dates(const char *s, size_t n,
							   const mr_date *reference,
							   mr_date_callback cb, void *arg,
							   const mr_allocator *mem);

/* ---- calendar helpers (proleptic Gregorian, no range limit) ---- */

/* true if y-m-d exists (year 1..9999, m 1..12, d 1..days in the month) */
extern bool mr_date_valid(int y, int m, int d);

/* 28..31; 0 for a month outside 1..12 */
extern int	mr_date_days_in_month(int y, int m);

/*
 * 0 = Sunday ... 6 = Saturday; -1 for a month outside 1..12.  A day beyond
 * the month's end counts on into the following months.
 */
extern int	mr_date_weekday(int y, int m, int d);

/* Days since 1970-01-01 (negative before) and back. */
extern int64_t mr_date_to_days(mr_date d);
extern mr_date mr_date_from_days(int64_t days);

/* d + days (d should be valid; days may be negative; never overflows) */
extern mr_date mr_date_add_days(mr_date d, int days);

#endif							/* MR_DATES_H */
