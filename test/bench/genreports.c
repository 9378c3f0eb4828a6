/*-------------------------------------------------------------------------
 *
 * genreports.c
 *	  Generate synthetic meeting reports for benchmarks and the demo.
 *
 * Usage: genreports [options] > reports.tsv
 *	 --templates FILE	sentence templates (test/bench/templates.tsv)
 *	 --places FILE		the gazetteer (data/places.tsv)
 *	 --count N			number of reports (default 1000)
 *	 --seed S			PRNG seed (default 1)
 *	 --from Y --to Y	years of the meetings (default 2014..2024)
 *	 --min-bytes B		pad every body to at least B bytes (default 0)
 *	 --max-bytes B		... and at most about B bytes (default: min)
 *	 --trends			plant the trends below (default: every concern flat)
 *
 * Output: COPY text format, one report per line:
 *	 id, held_on, city (French), region (French), title, body, planted
 * where planted lists the concern codes whose sentences the body contains.
 *
 * Planted trends (--trends), as the share of meetings raising a concern,
 * from January of the first year to December of the last:
 *	 rising:  cybercrime 5% -> 45%, road_safety 15% -> 40%,
 *			  child_protection 6% -> 24%
 *	 falling: hooliganism 30% -> 4%, illegal_migration 30% -> 6%,
 *			  extremism 22% -> 3%
 *	 flat:	  every other concern (drugs 45%, theft 40%, ...)
 * and regional effects: illegal migration is three times as frequent in
 * Tanger-Tétouan-Al Hoceïma and L'Oriental, hooliganism twice as frequent
 * in Casablanca-Settat.  The demo's trend tables must find exactly these.
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t
rng(void)
{
	uint64_t	x = rng_state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static double
rnd(void)
{
	return (rng() >> 11) * (1.0 / 9007199254740992.0);
}

static int
rnd_int(int n)
{
	return (int) (rnd() * n);
}

static void
die(const char *msg)
{
	fprintf(stderr, "genreports: %s\n", msg);
	exit(1);
}

static char *
xstrdup(const char *s)
{
	char	   *d = strdup(s);

	if (!d)
		die("out of memory");
	return d;
}

/* ---------------------------------------------------------------- */
/* Templates */

typedef struct tlist
{
	char	  **s;
	int			n;
} tlist;

static const char *const codes[] = {
	"drugs", "theft", "assault", "sexual_violence", "violence",
	"organized_crime", "cybercrime", "extremism", "illegal_migration",
	"school_safety", "child_protection", "youth_services", "hooliganism",
	"road_safety", "public_disorder", "urban_safety", "police_presence",
	"police_resources", "communication", "awareness", "human_rights"
};
#define NCODES ((int) (sizeof(codes) / sizeof(codes[0])))

/* flat share of meetings raising each concern */
static const double base_share[NCODES] = {
	0.45, 0.40, 0.20, 0.10, 0.12,
	0.10, 0.15, 0.10, 0.15,
	0.30, 0.12, 0.15, 0.15,
	0.25, 0.18, 0.15, 0.35,
	0.12, 0.20, 0.30, 0.08
};

static tlist titles, intros, framing, closings;
static tlist concern_t[NCODES], commit_t[NCODES];

static void
tadd(tlist *l, const char *s)
{
	l->s = realloc(l->s, sizeof(char *) * (l->n + 1));
	l->s[l->n++] = xstrdup(s);
}

static int
code_index(const char *c)
{
	int			i;

	for (i = 0; i < NCODES; i++)
		if (strcmp(codes[i], c) == 0)
			return i;
	return -1;
}

static void
load_templates(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		len;
	int			i;

	if (!f)
		die("cannot open the templates file");
	while ((len = getline(&line, &cap, f)) >= 0)
	{
		char	   *kind = line;
		char	   *code;
		char	   *text;

		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if ((code = strchr(kind, '\t')) == NULL)
			continue;
		*code++ = '\0';
		if ((text = strchr(code, '\t')) == NULL)
			continue;
		*text++ = '\0';
		if (strcmp(kind, "kind") == 0 || *text == '\0')
			continue;
		if (strcmp(kind, "title") == 0)
			tadd(&titles, text);
		else if (strcmp(kind, "intro") == 0)
			tadd(&intros, text);
		else if (strcmp(kind, "framing") == 0)
			tadd(&framing, text);
		else if (strcmp(kind, "closing") == 0)
			tadd(&closings, text);
		else if (strcmp(kind, "concern") == 0 || strcmp(kind, "commitment") == 0)
		{
			int			c = code_index(code);

			if (c < 0)
				continue;
			tadd(kind[0] == 'c' && kind[1] == 'o' && kind[2] == 'n' ?
				 &concern_t[c] : &commit_t[c], text);
		}
	}
	free(line);
	fclose(f);
	if (!titles.n || !intros.n || !framing.n || !closings.n)
		die("templates need titles, intros, framing and closings");
	for (i = 0; i < NCODES; i++)
		if (!concern_t[i].n)
			die("templates need concern sentences for every code");
}

/* ---------------------------------------------------------------- */
/* Places: cities with their Arabic and French names and their region */

typedef struct place
{
	char	   *key;
	char	   *kind;
	char	   *parent;
	char	   *name_ar;
	char	   *name_fr;
	double		pop;
} place;

static place *places;
static int	nplaces;

typedef struct city
{
	const char *name_ar;
	const char *name_fr;
	const char *region_fr;
	double		weight;
} city;

static city *cities;
static int	ncities;
static double total_weight;

static place *
find_place(const char *key)
{
	int			i;

	for (i = 0; i < nplaces; i++)
		if (strcmp(places[i].key, key) == 0)
			return &places[i];
	return NULL;
}

static void
load_places(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		len;
	int			i;

	if (!f)
		die("cannot open the places file");
	while ((len = getline(&line, &cap, f)) >= 0)
	{
		char	   *fld[7] = {0};
		int			nf = 0;
		char	   *p = line;

		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		while (nf < 7)
		{
			fld[nf++] = p;
			if ((p = strchr(p, '\t')) == NULL)
				break;
			*p++ = '\0';
		}
		if (nf < 5 || strcmp(fld[0], "key") == 0)
			continue;
		places = realloc(places, sizeof(place) * (nplaces + 1));
		places[nplaces].key = xstrdup(fld[0]);
		places[nplaces].kind = xstrdup(fld[1]);
		places[nplaces].parent = xstrdup(fld[2]);
		places[nplaces].name_ar = xstrdup(fld[3]);
		places[nplaces].name_fr = xstrdup(fld[4]);
		places[nplaces].pop = (nf >= 7 && fld[6][0]) ? atof(fld[6]) : 0;
		nplaces++;
	}
	free(line);
	fclose(f);
	for (i = 0; i < nplaces; i++)
	{
		place	   *p = &places[i];
		place	   *up = p;
		int			guard = 0;

		if (strcmp(p->kind, "city") != 0 || p->pop < 20000)
			continue;
		while (up && strcmp(up->kind, "region") != 0 && guard++ < 10)
			up = up->parent[0] ? find_place(up->parent) : NULL;
		if (!up)
			continue;
		cities = realloc(cities, sizeof(city) * (ncities + 1));
		cities[ncities].name_ar = p->name_ar;
		cities[ncities].name_fr = p->name_fr;
		cities[ncities].region_fr = up->name_fr;
		/* square root of population: big cities more often, all present */
		{
			double		w = 1.0,
						x = p->pop;
			int			k;

			for (k = 0; k < 30; k++)
				w = 0.5 * (w + x / w);
			cities[ncities].weight = w;
		}
		total_weight += cities[ncities].weight;
		ncities++;
	}
	if (ncities == 0)
		die("no city with a region in the places file");
}

static const city *
pick_city(void)
{
	double		r = rnd() * total_weight;
	int			i;

	for (i = 0; i < ncities; i++)
	{
		r -= cities[i].weight;
		if (r <= 0)
			return &cities[i];
	}
	return &cities[ncities - 1];
}

/* ---------------------------------------------------------------- */
/* Output */

static char *out;
static size_t out_len,
			out_cap;

static void
put(const char *s, size_t n)
{
	if (out_len + n + 1 > out_cap)
	{
		out_cap = (out_len + n + 1) * 2;
		out = realloc(out, out_cap);
	}
	memcpy(out + out_len, s, n);
	out_len += n;
	out[out_len] = '\0';
}

static void
puts_(const char *s)
{
	put(s, strlen(s));
}

typedef struct vars
{
	const char *city;
	const char *date;
	const char *host;
	const char *venue;
	char		n[16];
} vars;

/* Append a template with its placeholders filled. */
static void
put_template(const char *t, const vars *v)
{
	while (*t)
	{
		const char *b = strchr(t, '{');
		const char *e;

		if (!b || !(e = strchr(b, '}')))
		{
			puts_(t);
			return;
		}
		put(t, b - t);
		if (strncmp(b, "{city}", 6) == 0)
			puts_(v->city);
		else if (strncmp(b, "{date}", 6) == 0)
			puts_(v->date);
		else if (strncmp(b, "{host}", 6) == 0)
			puts_(v->host);
		else if (strncmp(b, "{venue}", 7) == 0)
			puts_(v->venue);
		else if (strncmp(b, "{n}", 3) == 0)
			puts_(v->n);
		else if (strncmp(b, "{district}", 10) == 0)
			puts_(v->city);
		else
			put(b, e - b + 1);
		t = e + 1;
	}
}

/* Write s escaped for COPY text format. */
static void
copy_field(const char *s)
{
	for (; *s; s++)
	{
		switch (*s)
		{
			case '\\':
				fputs("\\\\", stdout);
				break;
			case '\t':
				fputs("\\t", stdout);
				break;
			case '\n':
				fputs("\\n", stdout);
				break;
			case '\r':
				fputs("\\r", stdout);
				break;
			default:
				putchar(*s);
		}
	}
}

static const char *const months[] = {
	"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
	"يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"
};
static const char *const weekdays[] = {
	"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"
};

static int
days_in_month(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) ? 29 : d[m - 1];
}

static int
weekday(int y, int m, int d)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};

	if (m < 3)
		y -= 1;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static double
share(int c, double progress, const char *region, int trends)
{
	double		p = base_share[c];

	if (trends)
	{
		const char *code = codes[c];

		if (strcmp(code, "cybercrime") == 0)
			p = 0.05 + 0.40 * progress;
		else if (strcmp(code, "road_safety") == 0)
			p = 0.15 + 0.25 * progress;
		else if (strcmp(code, "child_protection") == 0)
			p = 0.06 + 0.18 * progress;
		else if (strcmp(code, "hooliganism") == 0)
			p = 0.30 - 0.26 * progress;
		else if (strcmp(code, "illegal_migration") == 0)
			p = 0.30 - 0.24 * progress;
		else if (strcmp(code, "extremism") == 0)
			p = 0.22 - 0.19 * progress;
		if (strcmp(code, "illegal_migration") == 0 &&
			(strstr(region, "Tanger") || strstr(region, "Oriental")))
			p *= 3;
		if (strcmp(code, "hooliganism") == 0 && strstr(region, "Casablanca"))
			p *= 2;
	}
	return p > 0.95 ? 0.95 : p;
}

int
main(int argc, char **argv)
{
	const char *tpath = "test/bench/templates.tsv";
	const char *ppath = "data/places.tsv";
	long		count = 1000;
	int			from = 2014,
				to = 2024;
	long		min_bytes = 0,
				max_bytes = -1;
	int			trends = 0;
	long		id;
	int			i;

	for (i = 1; i < argc; i++)
	{
		const char *a = argv[i];
		const char *v = (i + 1 < argc) ? argv[i + 1] : "";

		if (strcmp(a, "--trends") == 0)
		{
			trends = 1;
			continue;
		}
		i++;
		if (strcmp(a, "--templates") == 0)
			tpath = v;
		else if (strcmp(a, "--places") == 0)
			ppath = v;
		else if (strcmp(a, "--count") == 0)
			count = atol(v);
		else if (strcmp(a, "--seed") == 0)
			rng_state ^= (uint64_t) atoll(v) * 0x9E3779B97F4A7C15ULL;
		else if (strcmp(a, "--from") == 0)
			from = atoi(v);
		else if (strcmp(a, "--to") == 0)
			to = atoi(v);
		else if (strcmp(a, "--min-bytes") == 0)
			min_bytes = atol(v);
		else if (strcmp(a, "--max-bytes") == 0)
			max_bytes = atol(v);
		else
			die("unknown option (see the header of genreports.c)");
	}
	if (max_bytes < min_bytes)
		max_bytes = min_bytes;
	if (to < from)
		die("--to is before --from");
	load_templates(tpath);
	load_places(ppath);
	for (i = 0; i < 16; i++)
		rng();

	for (id = 1; id <= count; id++)
	{
		int			nmonths = (to - from + 1) * 12;
		int			mi = rnd_int(nmonths);
		int			y = from + mi / 12,
					m = 1 + mi % 12;
		int			d = 1 + rnd_int(days_in_month(y, m));
		double		progress = nmonths > 1 ? (double) mi / (nmonths - 1) : 0;
		const city *c = pick_city();
		char		date[128],
					iso[32],
					host[256],
					venue[300];
		int			chosen[NCODES];
		int			nchosen = 0;
		vars		v;
		long		target;
		int			k;

		snprintf(date, sizeof(date), "%s %d %s %d", weekdays[weekday(y, m, d)], d, months[m - 1], y);
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m, d);
		snprintf(host, sizeof(host), rnd() < 0.5 ? "ولاية أمن %s" : "المنطقة الأمنية %s", c->name_ar);
		snprintf(venue, sizeof(venue), "مقر %s", host);
		v.city = c->name_ar;
		v.date = date;
		v.host = host;
		v.venue = venue;
		snprintf(v.n, sizeof(v.n), "%d", 11 + rnd_int(40));	/* "{n} جمعية" needs n >= 11 */

		for (k = 0; k < NCODES; k++)
			if (rnd() < share(k, progress, c->region_fr, trends))
				chosen[nchosen++] = k;
		/* shuffle the order in which concerns are raised */
		for (k = nchosen - 1; k > 0; k--)
		{
			int			j = rnd_int(k + 1),
						t = chosen[k];

			chosen[k] = chosen[j];
			chosen[j] = t;
		}

		/* title */
		out_len = 0;
		put_template(titles.s[rnd_int(titles.n)], &v);
		printf("%ld\t%s\t", id, iso);
		copy_field(c->name_fr);
		putchar('\t');
		copy_field(c->region_fr);
		putchar('\t');
		copy_field(out);
		putchar('\t');

		/* body */
		out_len = 0;
		put_template(intros.s[rnd_int(intros.n)], &v);
		puts_("\n\n");
		put_template(framing.s[rnd_int(framing.n)], &v);
		puts_("\n\n");
		for (k = 0; k < nchosen; k++)
		{
			const tlist *l = &concern_t[chosen[k]];

			puts_("– ");
			put_template(l->s[rnd_int(l->n)], &v);
			puts_("\n");
		}
		puts_("\n");
		for (k = 0; k < nchosen; k++)
		{
			const tlist *l = &commit_t[chosen[k]];

			if (l->n && rnd() < 0.4)
			{
				put_template(l->s[rnd_int(l->n)], &v);
				puts_(" ");
			}
		}
		target = min_bytes + (max_bytes > min_bytes ? rnd_int((int) (max_bytes - min_bytes)) : 0);
		while ((long) out_len < target - 600)
		{
			/* pad: more framing, and more sentences on the same concerns */
			puts_("\n\n");
			put_template(framing.s[rnd_int(framing.n)], &v);
			if (nchosen && rnd() < 0.5)
			{
				const tlist *l = &concern_t[chosen[rnd_int(nchosen)]];

				puts_(" ");
				put_template(l->s[rnd_int(l->n)], &v);
			}
		}
		puts_("\n\n");
		put_template(closings.s[rnd_int(closings.n)], &v);
		copy_field(out);
		putchar('\t');
		/* the planted concerns, in code order */
		{
			int			first = 1;

			for (k = 0; k < NCODES; k++)
			{
				int			j,
							in = 0;

				for (j = 0; j < nchosen; j++)
					in |= (chosen[j] == k);
				if (in)
				{
					printf("%s%s", first ? "" : ",", codes[k]);
					first = 0;
				}
			}
		}
		putchar('\n');
	}
	return 0;
}
