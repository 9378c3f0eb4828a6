/*
 * test_dates.c -- the date-expression parser and the calendar helpers.
 *
 * U_dates(text, reference) renders every match as
 *		"<value> <precision> [<matched text>]"
 * separated by " | ", with <value> YYYY-MM-DD or NULL; it also checks that
 * every match's character and byte offsets agree with each other and that
 * matches come in text order without overlapping.
 */
#include "unit.h"
#include "mr_dates.h"

static const char *prec_name[] = {"?", "day", "month", "year"};

typedef struct collect
{
	const char *s;
	mr_buf		out;
	size_t		last_end;
	int			count;
	int			stop_after;		/* 0: never stop */
} collect;

static bool
collect_cb(const mr_date_match *m, void *arg)
{
	collect    *c = arg;
	char		num[64];

	/* offsets: in bounds, consistent, ordered, not overlapping */
	CHECK(m->byte_start < m->byte_end);
	CHECK(m->byte_start >= c->last_end);
	CHECK(mr_utf8_count(c->s, m->byte_start) == m->char_start);
	CHECK(mr_utf8_count(c->s + m->byte_start, m->byte_end - m->byte_start) ==
		  m->char_end - m->char_start);
	CHECK(m->precision >= MR_DATE_DAY && m->precision <= MR_DATE_YEAR);
	if (m->has_value)
	{
		CHECK(mr_date_valid(m->value.year, m->value.month, m->value.day));
		CHECK(m->value.year >= MR_DATE_MIN_YEAR &&
			  m->value.year <= MR_DATE_MAX_YEAR);
		if (m->precision != MR_DATE_DAY)
			CHECK(m->value.day == 1);
		if (m->precision == MR_DATE_YEAR)
			CHECK(m->value.month == 1);
	}
	c->last_end = m->byte_end;

	if (c->count++ > 0)
		mr_buf_append(&c->out, " | ", 3);
	if (m->has_value)
		snprintf(num, sizeof(num), "%04d-%02d-%02d", m->value.year,
				 m->value.month, m->value.day);
	else
		snprintf(num, sizeof(num), "NULL");
	mr_buf_append(&c->out, num, strlen(num));
	mr_buf_append(&c->out, " ", 1);
	mr_buf_append(&c->out, prec_name[m->precision],
				  strlen(prec_name[m->precision]));
	mr_buf_append(&c->out, " [", 2);
	mr_buf_append(&c->out, c->s + m->byte_start, m->byte_end - m->byte_start);
	mr_buf_append(&c->out, "]", 1);
	return c->stop_after == 0 || c->count < c->stop_after;
}

static const char *
dates_n(const char *s, size_t n, const char *ref, int stop_after)
{
	collect		c;
	mr_date		r;
	mr_date    *rp = NULL;

	if (ref)
	{
		if (sscanf(ref, "%d-%d-%d", &r.year, &r.month, &r.day) != 3)
			return NULL;
		rp = &r;
	}
	memset(&c, 0, sizeof(c));
	c.s = s;
	c.stop_after = stop_after;
	mr_buf_init(&c.out, &mr_default_allocator, 64);
	CHECK(mr_find_dates(s, n, rp, collect_cb, &c, &mr_default_allocator) == MR_OK);
	return unit_keep(c.out.data);
}

static const char *
U_dates(const char *s, const char *ref)
{
	return dates_n(s, strlen(s), ref, 0);
}

/* the one match of s, as a struct (has_value false and spans 0 if none) */
static mr_date_match one_match;
static int	one_count;

static bool
one_cb(const mr_date_match *m, void *arg)
{
	(void) arg;
	if (one_count++ == 0)
		one_match = *m;
	return true;
}

static int
U_one(const char *s, const mr_date *ref)
{
	memset(&one_match, 0, sizeof(one_match));
	one_count = 0;
	mr_find_dates(s, strlen(s), ref, one_cb, NULL, &mr_default_allocator);
	return one_count;
}

/* ---------------------------------------------------------------- */

TEST(calendar_helpers)
{
	mr_date		d;

	CHECK(mr_date_valid(2019, 1, 9));
	CHECK(mr_date_valid(2020, 2, 29));
	CHECK(mr_date_valid(2000, 2, 29));
	CHECK(!mr_date_valid(1900, 2, 29));
	CHECK(!mr_date_valid(2019, 2, 29));
	CHECK(!mr_date_valid(2019, 2, 31));
	CHECK(!mr_date_valid(2019, 4, 31));
	CHECK(!mr_date_valid(2019, 13, 1));
	CHECK(!mr_date_valid(2019, 0, 1));
	CHECK(!mr_date_valid(2019, 1, 0));
	CHECK(!mr_date_valid(0, 1, 1));
	CHECK(mr_date_days_in_month(2019, 2) == 28);
	CHECK(mr_date_days_in_month(2024, 2) == 29);
	CHECK(mr_date_days_in_month(2019, 12) == 31);
	CHECK(mr_date_days_in_month(2019, 13) == 0);

	/* 2019-01-09 was a Wednesday, 2014-08-07 a Thursday */
	CHECK(mr_date_weekday(2019, 1, 9) == 3);
	CHECK(mr_date_weekday(2014, 8, 7) == 4);
	CHECK(mr_date_weekday(1970, 1, 1) == 4);
	CHECK(mr_date_weekday(2000, 1, 1) == 6);
	CHECK(mr_date_weekday(1900, 1, 1) == 1);
	CHECK(mr_date_weekday(2100, 12, 31) == 5);
	CHECK(mr_date_weekday(2019, 13, 1) == -1);

	d = mr_date_add_days((mr_date) {2019, 1, 3}, -7);
	CHECK(d.year == 2018 && d.month == 12 && d.day == 27);
	d = mr_date_add_days((mr_date) {2020, 2, 28}, 1);
	CHECK(d.year == 2020 && d.month == 2 && d.day == 29);
	d = mr_date_add_days((mr_date) {2019, 2, 28}, 1);
	CHECK(d.year == 2019 && d.month == 3 && d.day == 1);
	d = mr_date_add_days((mr_date) {2019, 12, 31}, 1);
	CHECK(d.year == 2020 && d.month == 1 && d.day == 1);
	d = mr_date_add_days((mr_date) {2019, 1, 1}, 365);
	CHECK(d.year == 2020 && d.month == 1 && d.day == 1);
	d = mr_date_add_days((mr_date) {2020, 1, 1}, 366);
	CHECK(d.year == 2021 && d.month == 1 && d.day == 1);
	d = mr_date_add_days((mr_date) {1969, 12, 31}, 0);
	CHECK(d.year == 1969 && d.month == 12 && d.day == 31);
	CHECK(mr_date_to_days((mr_date) {1970, 1, 1}) == 0);
	CHECK(mr_date_to_days((mr_date) {1969, 12, 31}) == -1);
	CHECK(mr_date_to_days((mr_date) {2000, 3, 1}) -
		  mr_date_to_days((mr_date) {2000, 2, 28}) == 2);
	/* extreme offsets do not overflow */
	d = mr_date_add_days((mr_date) {2019, 1, 1}, 2147483647);
	CHECK(d.year > 2019);
	d = mr_date_add_days((mr_date) {2019, 1, 1}, -2147483647 - 1);
	CHECK(d.year < 0);
}

TEST(calendar_round_trip)
{
	int64_t		z;
	int			bad = 0;
	int			wd = mr_date_weekday(1899, 1, 1);

	/* every day from 1899 to 2101: from_days(to_days) and weekdays */
	for (z = mr_date_to_days((mr_date) {1899, 1, 1});
		 z <= mr_date_to_days((mr_date) {2101, 12, 31}); z++)
	{
		mr_date		d = mr_date_from_days(z);

		if (!mr_date_valid(d.year, d.month, d.day) ||
			mr_date_to_days(d) != z ||
			mr_date_weekday(d.year, d.month, d.day) != wd)
			bad++;
		wd = (wd + 1) % 7;
	}
	CHECK(bad == 0);
}

TEST(maghrebi_months)
{
	CHECK_STR(U_dates("عقد لقاء يوم 9 يناير 2019 بالمدينة", NULL),
			  "2019-01-09 day [يوم 9 يناير 2019]");
	CHECK_STR(U_dates("في 14 فبراير 2018", NULL), "2018-02-14 day [14 فبراير 2018]");
	CHECK_STR(U_dates("في 3 مارس 2017", NULL), "2017-03-03 day [3 مارس 2017]");
	CHECK_STR(U_dates("في 22 أبريل 2016", NULL), "2016-04-22 day [22 أبريل 2016]");
	CHECK_STR(U_dates("في 5 ماي 2015", NULL), "2015-05-05 day [5 ماي 2015]");
	CHECK_STR(U_dates("في 30 يونيو 2014", NULL), "2014-06-30 day [30 يونيو 2014]");
	CHECK_STR(U_dates("في 31 يوليوز 2013", NULL), "2013-07-31 day [31 يوليوز 2013]");
	CHECK_STR(U_dates("في 07 غشت 2014", NULL), "2014-08-07 day [07 غشت 2014]");
	CHECK_STR(U_dates("في 18 شتنبر 2020", NULL), "2020-09-18 day [18 شتنبر 2020]");
	CHECK_STR(U_dates("في 17 أكتوبر 2018", NULL), "2018-10-17 day [17 أكتوبر 2018]");
	CHECK_STR(U_dates("في 11 نونبر 2021", NULL), "2021-11-11 day [11 نونبر 2021]");
	CHECK_STR(U_dates("في 25 دجنبر 2022", NULL), "2022-12-25 day [25 دجنبر 2022]");
}

TEST(mashriqi_months)
{
	CHECK_STR(U_dates("في 9 كانون الثاني 2019", NULL),
			  "2019-01-09 day [9 كانون الثاني 2019]");
	CHECK_STR(U_dates("في 14 شباط 2018", NULL), "2018-02-14 day [14 شباط 2018]");
	CHECK_STR(U_dates("في 3 آذار 2017", NULL), "2017-03-03 day [3 آذار 2017]");
	CHECK_STR(U_dates("في 22 نيسان 2016", NULL), "2016-04-22 day [22 نيسان 2016]");
	CHECK_STR(U_dates("في 5 أيار 2015", NULL), "2015-05-05 day [5 أيار 2015]");
	CHECK_STR(U_dates("في 30 حزيران 2014", NULL), "2014-06-30 day [30 حزيران 2014]");
	CHECK_STR(U_dates("في 31 تموز 2013", NULL), "2013-07-31 day [31 تموز 2013]");
	CHECK_STR(U_dates("في 7 آب 2014", NULL), "2014-08-07 day [7 آب 2014]");
	CHECK_STR(U_dates("في 18 أيلول 2020", NULL), "2020-09-18 day [18 أيلول 2020]");
	CHECK_STR(U_dates("في 17 تشرين الأول 2018", NULL),
			  "2018-10-17 day [17 تشرين الأول 2018]");
	CHECK_STR(U_dates("في 11 تشرين الثاني 2021", NULL),
			  "2021-11-11 day [11 تشرين الثاني 2021]");
	CHECK_STR(U_dates("في 25 كانون الأول 2022", NULL),
			  "2022-12-25 day [25 كانون الأول 2022]");
	/* without the article */
	CHECK_STR(U_dates("في 2 كانون ثاني 2019 و 3 تشرين أول 2019", NULL),
			  "2019-01-02 day [2 كانون ثاني 2019] | 2019-10-03 day [3 تشرين أول 2019]");
	/* a head word alone is nothing */
	CHECK_STR(U_dates("في 2 كانون 2019", NULL), "");
}

TEST(egyptian_gulf_months)
{
	CHECK_STR(U_dates("1 يناير 2019 و2 فبراير 2019 و3 مارس 2019 و4 أبريل 2019",
					  NULL),
			  "2019-01-01 day [1 يناير 2019] | 2019-02-02 day [2 فبراير 2019] | "
			  "2019-03-03 day [3 مارس 2019] | 2019-04-04 day [4 أبريل 2019]");
	CHECK_STR(U_dates("5 مايو 2019 و6 يونيو 2019 و7 يوليو 2019 و8 أغسطس 2019",
					  NULL),
			  "2019-05-05 day [5 مايو 2019] | 2019-06-06 day [6 يونيو 2019] | "
			  "2019-07-07 day [7 يوليو 2019] | 2019-08-08 day [8 أغسطس 2019]");
	CHECK_STR(U_dates("9 سبتمبر 2019 و10 أكتوبر 2019 و11 نوفمبر 2019 و12 ديسمبر 2019",
					  NULL),
			  "2019-09-09 day [9 سبتمبر 2019] | 2019-10-10 day [10 أكتوبر 2019] | "
			  "2019-11-11 day [11 نوفمبر 2019] | 2019-12-12 day [12 ديسمبر 2019]");
	/* Egyptian spellings */
	CHECK_STR(U_dates("6 يونيه 2019 و7 يوليه 2019", NULL),
			  "2019-06-06 day [6 يونيه 2019] | 2019-07-07 day [7 يوليه 2019]");
}

TEST(algerian_tunisian_months)
{
	CHECK_STR(U_dates("1 جانفي 2019 و2 فيفري 2019 و4 أفريل 2019 و6 جوان 2019",
					  NULL),
			  "2019-01-01 day [1 جانفي 2019] | 2019-02-02 day [2 فيفري 2019] | "
			  "2019-04-04 day [4 أفريل 2019] | 2019-06-06 day [6 جوان 2019]");
	CHECK_STR(U_dates("7 جويلية 2019 و8 أوت 2019 و5 ماي 2019", NULL),
			  "2019-07-07 day [7 جويلية 2019] | 2019-08-08 day [8 أوت 2019] | "
			  "2019-05-05 day [5 ماي 2019]");
}

TEST(french_and_english)
{
	CHECK_STR(U_dates("le 1er janvier 2019", NULL), "2019-01-01 day [1er janvier 2019]");
	CHECK_STR(U_dates("le 1ER FÉVRIER 2019", NULL), "2019-02-01 day [1ER FÉVRIER 2019]");
	CHECK_STR(U_dates("mercredi 9 janvier 2019 à Agadir", NULL),
			  "2019-01-09 day [mercredi 9 janvier 2019]");
	CHECK_STR(U_dates("3 mars 2019, 4 avril 2019, 5 mai 2019, 6 juin 2019", NULL),
			  "2019-03-03 day [3 mars 2019] | 2019-04-04 day [4 avril 2019] | "
			  "2019-05-05 day [5 mai 2019] | 2019-06-06 day [6 juin 2019]");
	CHECK_STR(U_dates("7 juillet 2019, 15 août 2019, 9 septembre 2019", NULL),
			  "2019-07-07 day [7 juillet 2019] | 2019-08-15 day [15 août 2019] | "
			  "2019-09-09 day [9 septembre 2019]");
	CHECK_STR(U_dates("10 octobre 2019, 11 novembre 2019, 25 décembre 2019", NULL),
			  "2019-10-10 day [10 octobre 2019] | 2019-11-11 day [11 novembre 2019] | "
			  "2019-12-25 day [25 décembre 2019]");
	CHECK_STR(U_dates("le premier mai 2019", NULL), "2019-05-01 day [premier mai 2019]");
	CHECK_STR(U_dates("en mars 2019", NULL), "2019-03-01 month [mars 2019]");
	CHECK_STR(U_dates("l'année 2015", NULL), "2015-01-01 year [année 2015]");
	CHECK_STR(U_dates("Wednesday, January 9, 2019", NULL),
			  "2019-01-09 day [Wednesday, January 9, 2019]");
	CHECK_STR(U_dates("on March 3rd, 2020 and 4 July 2020", NULL),
			  "2020-03-03 day [March 3rd, 2020] | 2020-07-04 day [4 July 2020]");
	/* the month name alone is not a date */
	CHECK_STR(U_dates("en mars et en mai", NULL), "");
}

TEST(weekday_forms)
{
	CHECK_STR(U_dates("انعقد يوم الأربعاء 9 يناير 2019 لقاء", NULL),
			  "2019-01-09 day [يوم الأربعاء 9 يناير 2019]");
	CHECK_STR(U_dates("انعقد الأربعاء 9 يناير 2019", NULL),
			  "2019-01-09 day [الأربعاء 9 يناير 2019]");
	CHECK_STR(U_dates("انعقد الأربعاء، 9 يناير 2019", NULL),
			  "2019-01-09 day [الأربعاء، 9 يناير 2019]");
	CHECK_STR(U_dates("الأحد 6 يناير والاثنين 7 يناير والإثنين 14 يناير", "2019-01-20"),
			  "2019-01-06 day [الأحد 6 يناير] | 2019-01-07 day [الاثنين 7 يناير] | "
			  "2019-01-14 day [الإثنين 14 يناير]");
	CHECK_STR(U_dates("الثلاثاء 8 يناير 2019 الخميس 10 يناير 2019", NULL),
			  "2019-01-08 day [الثلاثاء 8 يناير 2019] | 2019-01-10 day [الخميس 10 يناير 2019]");
	CHECK_STR(U_dates("الجمعة 11 يناير 2019 والسبت 12 يناير 2019", NULL),
			  "2019-01-11 day [الجمعة 11 يناير 2019] | 2019-01-12 day [السبت 12 يناير 2019]");
	/* an explicit date wins over a weekday that disagrees with it */
	CHECK_STR(U_dates("يوم الجمعة 9 يناير 2019", NULL),
			  "2019-01-09 day [يوم الجمعة 9 يناير 2019]");
	/* time-of-day words are not part of the match */
	CHECK_STR(U_dates("عشية يوم الأربعاء 17 أكتوبر 2018", NULL),
			  "2018-10-17 day [يوم الأربعاء 17 أكتوبر 2018]");
	/* a weekday alone is not a date, with or without يوم */
	CHECK_STR(U_dates("نظم يوم الخميس لقاء ثم الأحد ندوة", "2019-01-10"), "");
	/* numeric date after a weekday */
	CHECK_STR(U_dates("الأربعاء 17/10/2018", NULL),
			  "2018-10-17 day [الأربعاء 17/10/2018]");
}

TEST(yawmuh_and_fatih)
{
	CHECK_STR(U_dates("انعقد يومه 07 غشت 2014 بمقر المنطقة", NULL),
			  "2014-08-07 day [يومه 07 غشت 2014]");
	CHECK_STR(U_dates("يومه الخميس 07 غشت 2014", NULL),
			  "2014-08-07 day [يومه الخميس 07 غشت 2014]");
	CHECK_STR(U_dates("بمناسبة فاتح ماي 2019", NULL), "2019-05-01 day [فاتح ماي 2019]");
	CHECK_STR(U_dates("ابتداء من الفاتح من شهر يناير 2020", NULL),
			  "2020-01-01 day [الفاتح من شهر يناير 2020]");
	CHECK_STR(U_dates("يوم فاتح ماي", "2019-04-20"), "2019-05-01 day [يوم فاتح ماي]");
	CHECK_STR(U_dates("فاتح ماي", NULL), "NULL day [فاتح ماي]");
	/* فاتح without a month */
	CHECK_STR(U_dates("السيد فاتح 2019", NULL), "");
}

TEST(connectors_and_years)
{
	CHECK_STR(U_dates("في 9 من شهر يناير 2019", NULL),
			  "2019-01-09 day [9 من شهر يناير 2019]");
	CHECK_STR(U_dates("في 9 شهر يناير من سنة 2019", NULL),
			  "2019-01-09 day [9 شهر يناير من سنة 2019]");
	CHECK_STR(U_dates("في 9 يناير 2019م", NULL), "2019-01-09 day [9 يناير 2019م]");
	CHECK_STR(U_dates("في 9 يناير 2019 م.", NULL), "2019-01-09 day [9 يناير 2019 م]");
	/* the date ends a sentence */
	CHECK_STR(U_dates("في 9 يناير 2019. 12 شخصا حضروا", NULL),
			  "2019-01-09 day [9 يناير 2019]");
	/* glued */
	CHECK_STR(U_dates("في9يناير2019", NULL), "2019-01-09 day [9يناير2019]");
}

TEST(month_and_year_precision)
{
	CHECK_STR(U_dates("خلال شهر مارس 2019", NULL), "2019-03-01 month [شهر مارس 2019]");
	CHECK_STR(U_dates("في مارس 2019", NULL), "2019-03-01 month [مارس 2019]");
	CHECK_STR(U_dates("شهر كانون الأول 2018", NULL),
			  "2018-12-01 month [شهر كانون الأول 2018]");
	CHECK_STR(U_dates("في شهر مارس من سنة 2019", NULL),
			  "2019-03-01 month [شهر مارس من سنة 2019]");
	CHECK_STR(U_dates("خلال سنة 2015", NULL), "2015-01-01 year [سنة 2015]");
	CHECK_STR(U_dates("منذ عام 2015", NULL), "2015-01-01 year [عام 2015]");
	CHECK_STR(U_dates("برسم سنة 2016م", NULL), "2016-01-01 year [سنة 2016م]");
	CHECK_STR(U_dates("الحصيلة لسنة 2017 ولعام 2018", NULL),
			  "2017-01-01 year [لسنة 2017] | 2018-01-01 year [لعام 2018]");
	CHECK_STR(U_dates("خلال سنتي 2014", NULL), "2014-01-01 year [سنتي 2014]");
	/* و before سنة is not part of the match */
	CHECK_STR(U_dates("وسنة 2015", NULL), "2015-01-01 year [سنة 2015]");
}

TEST(bare_numbers_are_not_years)
{
	CHECK_STR(U_dates("حضر 2019 شخصا", NULL), "");
	CHECK_STR(U_dates("منذ 2015 والمديرية تعمل", NULL), "");
	CHECK_STR(U_dates("2019م", NULL), "");
	CHECK_STR(U_dates("2019", NULL), "");
	CHECK_STR(U_dates("المادة 12 من الدستور", NULL), "");
	CHECK_STR(U_dates("12 شخصا و 9 نساء", "2019-01-01"), "");
}

TEST(numeric_forms)
{
	CHECK_STR(U_dates("بتاريخ 17/10/2018 تم", NULL), "2018-10-17 day [17/10/2018]");
	CHECK_STR(U_dates("بتاريخ 17-10-2018", NULL), "2018-10-17 day [17-10-2018]");
	CHECK_STR(U_dates("بتاريخ 17.10.2018", NULL), "2018-10-17 day [17.10.2018]");
	CHECK_STR(U_dates("بتاريخ 2018-10-17", NULL), "2018-10-17 day [2018-10-17]");
	CHECK_STR(U_dates("بتاريخ 2018/10/17", NULL), "2018-10-17 day [2018/10/17]");
	CHECK_STR(U_dates("بتاريخ 7/1/2019", NULL), "2019-01-07 day [7/1/2019]");
	CHECK_STR(U_dates("بتاريخ 17 / 10 / 2018", NULL),
			  "2018-10-17 day [17 / 10 / 2018]");
	CHECK_STR(U_dates("بتاريخ 17/10/2018م", NULL), "2018-10-17 day [17/10/2018م]");
	CHECK_STR(U_dates("(17/10/2018)", NULL), "2018-10-17 day [17/10/2018]");
	/* Arabic-Indic digits, the Arabic date separator */
	CHECK_STR(U_dates("بتاريخ ١٧/١٠/٢٠١٨", NULL), "2018-10-17 day [١٧/١٠/٢٠١٨]");
	CHECK_STR(U_dates("بتاريخ ١٧؍١٠؍٢٠١٨", NULL), "2018-10-17 day [١٧؍١٠؍٢٠١٨]");
	CHECK_STR(U_dates("بتاريخ ۱۷/۱۰/۲۰۱۸", NULL), "2018-10-17 day [۱۷/۱۰/۲۰۱۸]");
	/* mixed separators, spaces around - and . */
	CHECK_STR(U_dates("17/10-2018 و 17 - 10 - 2018 و 17. 10. 2018", NULL), "");
	/* impossible */
	CHECK_STR(U_dates("31/02/2019 و 10/17/2018 و 00/10/2018", NULL), "");
	CHECK_STR(U_dates("29/02/2020 و 29/02/2019", NULL), "2020-02-29 day [29/02/2020]");
}

TEST(numeric_rejections)
{
	/* two-digit years are never guessed, with or without a reference */
	CHECK_STR(U_dates("17/10/18", NULL), "");
	CHECK_STR(U_dates("17/10/18", "2019-01-01"), "");
	/* a Moroccan dahir number */
	CHECK_STR(U_dates("الظهير الشريف 1.18.19", "2019-01-01"), "");
	/* seasons and ranges */
	CHECK_STR(U_dates("الموسم 2014/2015", "2019-01-01"), "");
	CHECK_STR(U_dates("الموسم 2014-2015", "2019-01-01"), "");
	CHECK_STR(U_dates("سنة 2014/2015 وعام 2014-2015", "2019-01-01"), "");
	/* a longer run of numbers */
	CHECK_STR(U_dates("1.17.10.2018 و 17/10/2018/5", NULL), "");
	CHECK_STR(U_dates("0522/12/34/56", NULL), "");
	/* reference numbers */
	CHECK_STR(U_dates("رقم 17/10/2018 والمادة 12/3 والقانون 12/3/2019", "2019-01-01"),
			  "");
	CHECK_STR(U_dates("n° 12/3/2019 et art. 12/3", "2019-01-01"), "");
	/* decimals and ranges without a year */
	CHECK_STR(U_dates("12.3 و 12-3", "2019-01-01"), "");
}

TEST(numeric_without_year)
{
	CHECK_STR(U_dates("يوم 12/3", NULL), "NULL day [يوم 12/3]");
	CHECK_STR(U_dates("في 12/3", "2019-03-20"), "2019-03-12 day [12/3]");
	CHECK_STR(U_dates("في 28/12", "2019-01-03"), "2018-12-28 day [28/12]");
	CHECK_STR(U_dates("في 29/2", NULL), "NULL day [29/2]");
	CHECK_STR(U_dates("في 30/2 و 12/13 و 12 / 3", "2019-03-20"), "");
}

TEST(yearless_with_reference)
{
	CHECK_STR(U_dates("في 16 فبراير", "2019-02-20"), "2019-02-16 day [16 فبراير]");
	/* year rollover backwards: the nearest 28 December */
	CHECK_STR(U_dates("انعقد يوم 28 دجنبر بمقر الولاية", "2019-01-03"),
			  "2018-12-28 day [يوم 28 دجنبر]");
	/* and forwards */
	CHECK_STR(U_dates("سينظم يوم 3 يناير", "2019-12-28"), "2020-01-03 day [يوم 3 يناير]");
	/* six months is the limit */
	CHECK_STR(U_dates("في 1 يوليوز", "2019-01-01"), "2019-07-01 day [1 يوليوز]");
	CHECK_STR(U_dates("في 20 يوليوز", "2019-01-01"), "2018-07-20 day [20 يوليوز]");
	/* without a reference: the match, no value */
	CHECK_STR(U_dates("في 16 فبراير", NULL), "NULL day [16 فبراير]");
	/* شهر MONTH: month precision, nearest month */
	CHECK_STR(U_dates("خلال شهر مارس", "2019-05-10"), "2019-03-01 month [شهر مارس]");
	CHECK_STR(U_dates("خلال شهر نونبر", "2019-02-10"), "2018-11-01 month [شهر نونبر]");
	CHECK_STR(U_dates("خلال شهر يناير", "2019-11-10"), "2020-01-01 month [شهر يناير]");
	CHECK_STR(U_dates("خلال شهر مارس", NULL), "NULL month [شهر مارس]");
	/* a month alone is not a date */
	CHECK_STR(U_dates("مارس الأمن نشاطه", "2019-05-10"), "");
	/* yearless, resolved into a non-leap year: impossible, dropped */
	CHECK_STR(U_dates("في 29 فبراير", "2019-02-10"), "");
	CHECK_STR(U_dates("في 29 فبراير", "2020-02-10"), "2020-02-29 day [29 فبراير]");
	CHECK_STR(U_dates("في 29 فبراير", NULL), "NULL day [29 فبراير]");
}

TEST(current_past_next)
{
	/* الجاري: the reference's year */
	CHECK_STR(U_dates("زوال يوم الثلاثاء 16 فبراير الجاري", "2016-02-18"),
			  "2016-02-16 day [يوم الثلاثاء 16 فبراير الجاري]");
	CHECK_STR(U_dates("16 فبراير الجاري", NULL), "NULL day [16 فبراير الجاري]");
	CHECK_STR(U_dates("خلال شهر مارس الجاري", "2019-03-10"),
			  "2019-03-01 month [شهر مارس الجاري]");
	/* الماضي: the latest one before the reference */
	CHECK_STR(U_dates("في 16 فبراير الماضي", "2019-03-10"),
			  "2019-02-16 day [16 فبراير الماضي]");
	CHECK_STR(U_dates("في 16 مارس المنصرم", "2019-03-10"),
			  "2018-03-16 day [16 مارس المنصرم]");
	CHECK_STR(U_dates("خلال شهر دجنبر الماضي", "2019-01-10"),
			  "2018-12-01 month [شهر دجنبر الماضي]");
	CHECK_STR(U_dates("في فبراير الفارط", "2019-02-10"), "2018-02-01 month [فبراير الفارط]");
	/* المقبل / القادم: the first one after it */
	CHECK_STR(U_dates("في 5 يناير المقبل", "2019-12-20"),
			  "2020-01-05 day [5 يناير المقبل]");
	CHECK_STR(U_dates("خلال شهر أبريل القادم", "2019-03-10"),
			  "2019-04-01 month [شهر أبريل القادم]");
	/* من السنة الماضية / من هذه السنة */
	CHECK_STR(U_dates("في 5 مارس من السنة الماضية", "2019-01-10"),
			  "2018-03-05 day [5 مارس من السنة الماضية]");
	CHECK_STR(U_dates("في شهر مارس من هذه السنة", "2019-01-10"),
			  "2019-03-01 month [شهر مارس من هذه السنة]");
	CHECK_STR(U_dates("في مارس من العام المقبل", "2019-01-10"),
			  "2020-03-01 month [مارس من العام المقبل]");
	/* DAY من الشهر الجاري */
	CHECK_STR(U_dates("يوم 16 من الشهر الجاري", "2019-02-18"),
			  "2019-02-16 day [يوم 16 من الشهر الجاري]");
	CHECK_STR(U_dates("يوم 31 من الشهر الماضي", "2019-03-18"), "");
	CHECK_STR(U_dates("يوم 28 من الشهر الماضي", "2019-01-18"),
			  "2018-12-28 day [يوم 28 من الشهر الماضي]");
	CHECK_STR(U_dates("يوم 5 من الشهر المقبل", NULL),
			  "NULL day [يوم 5 من الشهر المقبل]");
	/* الجاري به العمل is "in force" */
	CHECK_STR(U_dates("وفق القانون الجاري به العمل والشهر الجاري بها", "2019-01-01"), "");
	CHECK_STR(U_dates("16 فبراير الجاري به العمل", "2019-02-18"),
			  "2019-02-16 day [16 فبراير]");
}

TEST(relative_months_and_years)
{
	CHECK_STR(U_dates("خلال الشهر الجاري", "2019-02-18"), "2019-02-01 month [الشهر الجاري]");
	CHECK_STR(U_dates("خلال الشهر الماضي", "2019-01-18"), "2018-12-01 month [الشهر الماضي]");
	CHECK_STR(U_dates("خلال الشهر المنصرم", "2019-03-18"), "2019-02-01 month [الشهر المنصرم]");
	CHECK_STR(U_dates("خلال الشهر المقبل", "2019-12-18"), "2020-01-01 month [الشهر المقبل]");
	CHECK_STR(U_dates("خلال هذا الشهر", "2019-12-18"), "2019-12-01 month [هذا الشهر]");
	CHECK_STR(U_dates("خلال السنة الماضية", "2019-12-18"), "2018-01-01 year [السنة الماضية]");
	CHECK_STR(U_dates("خلال العام الماضي", "2019-12-18"), "2018-01-01 year [العام الماضي]");
	CHECK_STR(U_dates("خلال السنة الجارية", "2019-12-18"), "2019-01-01 year [السنة الجارية]");
	CHECK_STR(U_dates("خلال هذا العام", "2019-12-18"), "2019-01-01 year [هذا العام]");
	CHECK_STR(U_dates("خلال هذه السنة", "2019-12-18"), "2019-01-01 year [هذه السنة]");
	CHECK_STR(U_dates("خلال السنة المقبلة", "2019-12-18"), "2020-01-01 year [السنة المقبلة]");
	CHECK_STR(U_dates("والشهر الماضي والسنة الماضية", NULL),
			  "NULL month [الشهر الماضي] | NULL year [السنة الماضية]");
	/* not dates */
	CHECK_STR(U_dates("الشهر والسنة والعام", "2019-12-18"), "");
	CHECK_STR(U_dates("الأسبوع الماضي", "2019-12-18"), "");
}

TEST(relative_days)
{
	/* 2019-02-21 is a Thursday */
	CHECK_STR(U_dates("نظمت مساء اليوم الخميس بمدينة فاس", "2019-02-21"),
			  "2019-02-21 day [اليوم الخميس]");
	/* the weekday disagrees: the nearest Thursday within three days */
	CHECK_STR(U_dates("اليوم الخميس", "2019-02-20"), "2019-02-21 day [اليوم الخميس]");
	CHECK_STR(U_dates("اليوم الخميس", "2019-02-24"), "2019-02-21 day [اليوم الخميس]");
	CHECK_STR(U_dates("اليوم الخميس", "2019-02-25"), "2019-02-28 day [اليوم الخميس]");
	CHECK_STR(U_dates("جرى يوم أمس الأربعاء", "2019-02-21"),
			  "2019-02-20 day [يوم أمس الأربعاء]");
	CHECK_STR(U_dates("جرى أمس", "2019-03-01"), "2019-02-28 day [أمس]");
	CHECK_STR(U_dates("جرى بالأمس", "2019-03-01"), "2019-02-28 day [بالأمس]");
	CHECK_STR(U_dates("جرى البارحة", "2019-01-01"), "2018-12-31 day [البارحة]");
	CHECK_STR(U_dates("يوم غد الجمعة", "2019-02-21"), "2019-02-22 day [يوم غد الجمعة]");
	CHECK_STR(U_dates("سيعقد غدا", "2019-12-31"), "2020-01-01 day [غدا]");
	CHECK_STR(U_dates("سيعقد غداً السبت", "2019-02-22"), "2019-02-23 day [غداً السبت]");
	CHECK_STR(U_dates("جرى أول أمس", "2019-02-21"), "2019-02-19 day [أول أمس]");
	CHECK_STR(U_dates("جرى أمس الأول", "2019-02-21"), "2019-02-19 day [أمس الأول]");
	CHECK_STR(U_dates("بعد غد", "2019-02-21"), "2019-02-23 day [بعد غد]");
	CHECK_STR(U_dates("يوم بعد غد السبت", "2019-02-21"),
			  "2019-02-23 day [يوم بعد غد السبت]");
	/* last / next weekday, strictly before / after (2019-01-09: Wednesday) */
	CHECK_STR(U_dates("يوم الأربعاء الماضي والخميس المقبل", "2019-01-09"),
			  "2019-01-02 day [يوم الأربعاء الماضي] | 2019-01-10 day [الخميس المقبل]");
	CHECK_STR(U_dates("الجمعة الماضية والأربعاء القادم", "2019-01-09"),
			  "2019-01-04 day [الجمعة الماضية] | 2019-01-16 day [الأربعاء القادم]");
	CHECK_STR(U_dates("الأحد المنصرم", NULL), "NULL day [الأحد المنصرم]");
	CHECK_STR(U_dates("الأحد الجاري", "2019-01-09"), "");
	/* proclitic و is left out of the match */
	CHECK_STR(U_dates("وأمس وغدا", "2019-02-21"),
			  "2019-02-20 day [أمس] | 2019-02-22 day [غدا]");
	/* without a reference */
	CHECK_STR(U_dates("اليوم الخميس ويوم أمس الأربعاء ويوم غد الجمعة", NULL),
			  "NULL day [اليوم الخميس] | NULL day [يوم أمس الأربعاء] | "
			  "NULL day [يوم غد الجمعة]");
	/* not dates */
	CHECK_STR(U_dates("اليوم الوطني والیوم الدراسي", "2019-02-21"), "");
	CHECK_STR(U_dates("من أجل غد أفضل", "2019-02-21"), "");
	CHECK_STR(U_dates("بعد ذلك", "2019-02-21"), "");
	/* an explicit date after a relative word wins */
	CHECK_STR(U_dates("أمس الأربعاء 9 يناير 2019", "2019-03-01"),
			  "2019-01-09 day [أمس الأربعاء 9 يناير 2019]");
	CHECK_STR(U_dates("اليوم الخميس 10 يناير 2019", NULL),
			  "2019-01-10 day [اليوم الخميس 10 يناير 2019]");
	/* near the limits of the year range */
	CHECK_STR(U_dates("غدا", "2100-12-31"), "");
	CHECK_STR(U_dates("أمس", "1900-01-01"), "");
	/* an invalid reference is no reference */
	CHECK_STR(U_dates("أمس", "2019-02-30"), "NULL day [أمس]");
}

TEST(impossible_dates)
{
	CHECK_STR(U_dates("31 فبراير 2019", NULL), "");
	CHECK_STR(U_dates("30 فبراير 2020", NULL), "");
	CHECK_STR(U_dates("29 فبراير 2019", NULL), "");
	CHECK_STR(U_dates("31 أبريل 2019", NULL), "");
	CHECK_STR(U_dates("0 يناير 2019", NULL), "");
	CHECK_STR(U_dates("45 مارس", "2019-01-01"), "");
	CHECK_STR(U_dates("17/13/2018", NULL), "");
	CHECK_STR(U_dates("2018-13-17", NULL), "");
	/* an impossible date is dropped whole, not read as a month */
	CHECK_STR(U_dates("31 فبراير 2019 ثم 1 مارس 2019", NULL),
			  "2019-03-01 day [1 مارس 2019]");
}

TEST(leap_years)
{
	CHECK_STR(U_dates("29 فبراير 2020", NULL), "2020-02-29 day [29 فبراير 2020]");
	CHECK_STR(U_dates("29 فبراير 2000", NULL), "2000-02-29 day [29 فبراير 2000]");
	CHECK_STR(U_dates("29 فبراير 1900", NULL), "");
	CHECK_STR(U_dates("29 فبراير 2100", NULL), "");
	CHECK_STR(U_dates("29/02/2024", NULL), "2024-02-29 day [29/02/2024]");
}

TEST(year_range)
{
	CHECK_STR(U_dates("9 يناير 1900 و 31 دجنبر 2100", NULL),
			  "1900-01-09 day [9 يناير 1900] | 2100-12-31 day [31 دجنبر 2100]");
	/* out of range: dropped whole (no fallback to a yearless date) */
	CHECK_STR(U_dates("9 يناير 1899 و 9 يناير 2101", "2019-01-01"), "");
	CHECK_STR(U_dates("سنة 1850 وعام 2200 و مارس 1750", NULL), "");
	CHECK_STR(U_dates("1/1/1899", NULL), "");
}

TEST(hijri_ignored)
{
	CHECK_STR(U_dates("3 رمضان 1440", NULL), "");
	CHECK_STR(U_dates("سنة 1440 هـ", NULL), "");
	CHECK_STR(U_dates("1440هـ", NULL), "");
	CHECK_STR(U_dates("الأربعاء 3 رمضان 1440 الموافق 8 ماي 2019", NULL),
			  "2019-05-08 day [8 ماي 2019]");
	CHECK_STR(U_dates("فاتح محرم 1441 هـ", "2019-08-30"), "");
	CHECK_STR(U_dates("12 ربيع الأول 1441 هـ", "2019-08-30"), "");
	/* a year followed by هـ is Hijri even in range */
	CHECK_STR(U_dates("9 يناير 2019 هـ", NULL), "");
}

TEST(spelling_variants)
{
	const char *want = "2019-04-01 month";

	CHECK(strncmp(U_dates("أبريل 2019", NULL), want, strlen(want)) == 0);
	CHECK(strncmp(U_dates("إبريل 2019", NULL), want, strlen(want)) == 0);
	CHECK(strncmp(U_dates("ابريل 2019", NULL), want, strlen(want)) == 0);
	CHECK_STR(U_dates("17 اكتوبر 2018", NULL), "2018-10-17 day [17 اكتوبر 2018]");
	CHECK_STR(U_dates("5 ايار 2015 و7 اب 2014", NULL),
			  "2015-05-05 day [5 ايار 2015] | 2014-08-07 day [7 اب 2014]");
	/* tatweel and tashkeel inside the words */
	CHECK_STR(U_dates("9 يـنـايـر 2019", NULL), "2019-01-09 day [9 يـنـايـر 2019]");
	CHECK_STR(U_dates("يَوْمَ الأَرْبِعَاءِ 9 يَنَايِرَ 2019", NULL),
			  "2019-01-09 day [يَوْمَ الأَرْبِعَاءِ 9 يَنَايِرَ 2019]");
	/* a Persian yeh folds too */
	CHECK_STR(U_dates("9 ینایر 2019", NULL), "2019-01-09 day [9 ینایر 2019]");
	/* Arabic-Indic digits */
	CHECK_STR(U_dates("٩ يناير ٢٠١٩م", NULL), "2019-01-09 day [٩ يناير ٢٠١٩م]");
	CHECK_STR(U_dates("سنة ٢٠١٥", NULL), "2015-01-01 year [سنة ٢٠١٥]");
}

TEST(dual_month_names)
{
	CHECK_STR(U_dates("في غشت (أغسطس) 2014", NULL),
			  "2014-08-01 month [غشت (أغسطس) 2014]");
	CHECK_STR(U_dates("في 7 غشت (أغسطس) 2014", NULL),
			  "2014-08-07 day [7 غشت (أغسطس) 2014]");
	CHECK_STR(U_dates("في 12 كانون الثاني/يناير 2019", NULL),
			  "2019-01-12 day [12 كانون الثاني/يناير 2019]");
	CHECK_STR(U_dates("في 12 يناير/كانون الثاني", NULL),
			  "NULL day [12 يناير/كانون الثاني]");
	/* without a year the parenthesis is not taken in */
	CHECK_STR(U_dates("في 7 غشت (أغسطس)", NULL), "NULL day [7 غشت]");
	/* two different months are not one */
	CHECK_STR(U_dates("يناير/فبراير 2019", NULL), "2019-02-01 month [فبراير 2019]");
}

TEST(weak_month_ab)
{
	/* آب is also "father" */
	CHECK_STR(U_dates("له 3 أب", "2019-08-10"), "");
	CHECK_STR(U_dates("يوم 3 آب", "2019-08-10"), "2019-08-03 day [يوم 3 آب]");
	CHECK_STR(U_dates("3 آب 2019", NULL), "2019-08-03 day [3 آب 2019]");
	CHECK_STR(U_dates("3 آب الماضي", "2019-08-10"), "2019-08-03 day [3 آب الماضي]");
	CHECK_STR(U_dates("شهر آب", "2019-08-10"), "2019-08-01 month [شهر آب]");
	CHECK_STR(U_dates("أب الماضي", "2019-08-10"), "");
}

TEST(longest_match_no_overlap)
{
	/* one match, not a weekday match plus a date match */
	CHECK_STR(U_dates("يوم الأربعاء 9 يناير 2019", "2019-01-10"),
			  "2019-01-09 day [يوم الأربعاء 9 يناير 2019]");
	/* a range gives its last date */
	CHECK_STR(U_dates("من 9 إلى 12 يناير 2019", NULL), "2019-01-12 day [12 يناير 2019]");
	CHECK_STR(U_dates("أيام 9 و10 يناير 2019", NULL), "2019-01-10 day [10 يناير 2019]");
	/* adjacent dates */
	CHECK_STR(U_dates("9 يناير 2019 10 يناير 2019", NULL),
			  "2019-01-09 day [9 يناير 2019] | 2019-01-10 day [10 يناير 2019]");
}

TEST(several_dates)
{
	const char *s =
		"انعقد يوم الأربعاء 9 يناير 2019 لقاء تواصلي، بعد لقاء أول يوم "
		"17/10/2018، وسيعقد لقاء آخر يوم غد الجمعة، في إطار برنامج سنة 2019 "
		"الذي انطلق في شهر مارس 2018.";

	CHECK_STR(U_dates(s, "2019-01-10"),
			  "2019-01-09 day [يوم الأربعاء 9 يناير 2019] | "
			  "2018-10-17 day [يوم 17/10/2018] | "
			  "2019-01-11 day [يوم غد الجمعة] | "
			  "2019-01-01 year [سنة 2019] | "
			  "2018-03-01 month [شهر مارس 2018]");
	/* the callback stops the search */
	CHECK_STR(dates_n(s, strlen(s), NULL, 2),
			  "2019-01-09 day [يوم الأربعاء 9 يناير 2019] | "
			  "2018-10-17 day [يوم 17/10/2018]");
}

TEST(offsets)
{
	/* tashkeel and tatweel before the date shift characters, not tokens */
	const char *s = "عُقِدَ اللِّقَاءُ الـتّـواصلي يوم 9 يناير 2019.";
	const char *at = strstr(s, "يوم");
	mr_date		ref = {2019, 1, 10};

	CHECK(U_one(s, NULL) == 1);
	CHECK(one_match.byte_start == (size_t) (at - s));
	CHECK(one_match.byte_end == strlen(s) - 1);
	CHECK(one_match.char_start == 30);
	CHECK(one_match.char_end == 46);

	/* Arabic-Indic digits: one character each */
	CHECK(U_one("في ١٧/١٠/٢٠١٨", NULL) == 1);
	CHECK(one_match.char_start == 3 && one_match.char_end == 13);
	CHECK(one_match.byte_start == 5 && one_match.byte_end == 5 + 18);

	/* a proclitic و with a diacritic is left out of the match */
	CHECK(U_one("وَأمس", &ref) == 1);
	CHECK(one_match.char_start == 2 && one_match.char_end == 5);
	CHECK(one_match.byte_start == 4);
	CHECK(one_match.has_value && one_match.value.day == 9);

	/* a date at the very start and at the very end */
	CHECK(U_one("17/10/2018", NULL) == 1);
	CHECK(one_match.char_start == 0 && one_match.char_end == 10);
	CHECK(one_match.byte_start == 0 && one_match.byte_end == 10);

	/* trailing tashkeel belongs to the last token */
	CHECK(U_one("سَنَةَ 2015", NULL) == 1);
	CHECK(one_match.char_start == 0 && one_match.char_end == 11);
}

TEST(no_value_fields)
{
	CHECK(U_one("أمس", NULL) == 1);
	CHECK(!one_match.has_value);
	CHECK(one_match.value.year == 0 && one_match.value.month == 0 &&
		  one_match.value.day == 0);
	CHECK(one_match.precision == MR_DATE_DAY);
	CHECK(U_one("السنة الماضية", NULL) == 1);
	CHECK(one_match.precision == MR_DATE_YEAR);
}

TEST(empty_and_hard_input)
{
	CHECK_STR(U_dates("", NULL), "");
	CHECK_STR(U_dates("   ", "2019-01-01"), "");
	CHECK_STR(dates_n(NULL, 0, NULL, 0), "");
	CHECK_STR(dates_n("\xFF\xFE\x80", 3, "2019-01-01", 0), "");
	/* invalid bytes around a date */
	CHECK_STR(U_dates("\xFF" "9 يناير 2019" "\xC3", NULL), "2019-01-09 day [9 يناير 2019]");
	/* a NUL inside the text is punctuation: the year is not joined */
	CHECK_STR(dates_n("9 يناير\0 2019", sizeof("9 يناير\0 2019") - 1, NULL, 0),
			  "NULL day [9 يناير]");
	/* a ligature expanding to several words, digits from one character */
	CHECK_STR(U_dates("ﷺ 9 يناير 2019 ½ ㏩", NULL), "2019-01-09 day [9 يناير 2019]");
	/* ½ is the two tokens 1 and 2 with one span: no overlapping match */
	CHECK_STR(U_dates("9/½ March", NULL), "NULL day [9/½]");
	/* a long digit run cut by the tokenizer */
	{
		char		buf[400];

		memset(buf, '1', 300);
		strcpy(buf + 300, "/10/2018 و 12 يناير 2019");
		CHECK_STR(U_dates(buf, NULL), "2019-01-12 day [12 يناير 2019]");
	}
}

TEST(random_bytes)
{
	unsigned int seed = 12345;
	int			round;
	char	   *buf = malloc(4096);
	const char *pieces[] = {
		"يوم", "الأربعاء", "9", "يناير", "2019", "/", "-", ".", " ", "،",
		"كانون", "الثاني", "غد", "أمس", "الأول", "شهر", "سنة", "(", ")",
		"الجاري", "هـ", "م", "17", "10", "1er", "janvier", "\xFF", "\xD8",
		"١٢", "ـ", "َ", "فاتح", "من", "اليوم", "بعد", "2014", "13", "31",
	};
	int			npieces = sizeof(pieces) / sizeof(pieces[0]);

	for (round = 0; round < 2000; round++)
	{
		size_t		n = 0;
		int			k;
		int			len = 1 + (int) ((seed >> 8) % 60);

		for (k = 0; k < len; k++)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 5 == 0)
			{
				/* a random byte */
				buf[n++] = (char) (seed >> 8);
				continue;
			}
			p = pieces[(seed >> 16) % npieces];
			if (n + strlen(p) + 1 >= 4096)
				break;
			memcpy(buf + n, p, strlen(p));
			n += strlen(p);
		}
		/* the collector checks offsets, order and values */
		(void) dates_n(buf, n, (round & 1) ? "2019-02-21" : NULL, 0);
	}
	free(buf);
	CHECK(round == 2000);
}

/* ---- bounded memory and interrupts on a large text ---- */

static size_t live_bytes;
static size_t peak_bytes;

static void *
count_alloc(size_t size, void *arg)
{
	size_t	   *p = malloc(size + sizeof(size_t));

	(void) arg;
	*p = size;
	live_bytes += size;
	if (live_bytes > peak_bytes)
		peak_bytes = live_bytes;
	return p + 1;
}

static void *
count_realloc(void *ptr, size_t size, void *arg)
{
	size_t	   *p = (size_t *) ptr - 1;

	(void) arg;
	live_bytes -= *p;
	p = realloc(p, size + sizeof(size_t));
	*p = size;
	live_bytes += size;
	if (live_bytes > peak_bytes)
		peak_bytes = live_bytes;
	return p + 1;
}

static void
count_free(void *ptr, void *arg)
{
	size_t	   *p = (size_t *) ptr - 1;

	(void) arg;
	live_bytes -= *p;
	free(p);
}

static const mr_allocator count_allocator = {
	count_alloc, count_realloc, count_free, NULL
};

static int	interrupts;

static void
count_interrupt(void)
{
	interrupts++;
}

static int	big_count;

static bool
big_cb(const mr_date_match *m, void *arg)
{
	(void) arg;
	if (m->has_value && m->value.year == 2019 && m->value.month == 1 &&
		m->value.day == 9)
		big_count++;
	return true;
}

TEST(large_text)
{
	const char *unit = "انعقد يوم الأربعاء 9 يناير 2019 لقاء حول الأمن، ";
	size_t		ul = strlen(unit);
	size_t		reps = (4 * 1024 * 1024) / ul;
	char	   *buf = malloc(reps * ul + 1);
	size_t		i;
	mr_date		ref = {2019, 1, 10};

	for (i = 0; i < reps; i++)
		memcpy(buf + i * ul, unit, ul);
	buf[reps * ul] = '\0';

	live_bytes = peak_bytes = 0;
	interrupts = 0;
	big_count = 0;
	mr_check_interrupts = count_interrupt;
	CHECK(mr_find_dates(buf, reps * ul, &ref, big_cb, NULL, &count_allocator) == MR_OK);
	mr_check_interrupts = NULL;
	CHECK((size_t) big_count == reps);
	CHECK(live_bytes == 0);
	CHECK(peak_bytes < 8192);
	CHECK(interrupts >= (int) ((reps * ul) / 65536) - 1);

	/* a long run of separators and one of digits */
	memset(buf, '/', reps * ul);
	CHECK(mr_find_dates(buf, reps * ul, &ref, big_cb, NULL, &count_allocator) == MR_OK);
	memset(buf, '7', reps * ul);
	CHECK(mr_find_dates(buf, reps * ul, &ref, big_cb, NULL, &count_allocator) == MR_OK);
	CHECK((size_t) big_count == reps);
	CHECK(live_bytes == 0);
	free(buf);
}

int
main(void)
{
	RUN(calendar_helpers);
	RUN(calendar_round_trip);
	RUN(maghrebi_months);
	RUN(mashriqi_months);
	RUN(egyptian_gulf_months);
	RUN(algerian_tunisian_months);
	RUN(french_and_english);
	RUN(weekday_forms);
	RUN(yawmuh_and_fatih);
	RUN(connectors_and_years);
	RUN(month_and_year_precision);
	RUN(bare_numbers_are_not_years);
	RUN(numeric_forms);
	RUN(numeric_rejections);
	RUN(numeric_without_year);
	RUN(yearless_with_reference);
	RUN(current_past_next);
	RUN(relative_months_and_years);
	RUN(relative_days);
	RUN(impossible_dates);
	RUN(leap_years);
	RUN(year_range);
	RUN(hijri_ignored);
	RUN(spelling_variants);
	RUN(dual_month_names);
	RUN(weak_month_ab);
	RUN(longest_match_no_overlap);
	RUN(several_dates);
	RUN(offsets);
	RUN(no_value_fields);
	RUN(empty_and_hard_input);
	RUN(random_bytes);
	RUN(large_text);
	return UNIT_END("test_dates");
}
