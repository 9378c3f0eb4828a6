/*
 * test_extract.c -- the meeting-fact extractor: every form on texts of our
 * own, robustness (empty, random bytes, megabytes), the gazetteer builder,
 * then an evaluation over test/fixtures/reports (*.txt + *.facts) with
 * floors, and a check of the real seed reports when ../shared/seeds (or
 * ../../shared/seeds, or $MEETREG_SEEDS) exists.
 *
 * Run from the repository root.  MR_EXTRACT_VERBOSE=1 prints every
 * mismatch of the evaluation.
 */
#include "unit.h"
#include "mr_extract.h"

#include <dirent.h>
#include <stdint.h>

static mr_gazetteer *gz;
static mr_extractor *ex;
static char **pkey;				/* key of place i */
static char **pname;			/* name_fr of place i */
static size_t npl;

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (fread(buf, 1, n, f) != (size_t) n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

static char *
field(const char *line, int k)
{
	const char *p = line;
	size_t		n;

	while (k-- > 0 && p)
	{
		p = strchr(p, '\t');
		if (p)
			p++;
	}
	if (!p)
		return strdup("");
	n = strcspn(p, "\t\n");
	return strndup(p, n);
}

static void
load_gazetteer(void)
{
	size_t		len;
	char	   *tsv = read_file("data/places.tsv", &len);
	size_t		bad = 0;
	const char *detail = NULL;
	char	   *p;
	int			first = 1;

	if (!tsv)
	{
		fprintf(stderr, "test_extract: cannot read data/places.tsv (run from the repository root)\n");
		exit(1);
	}
	gz = mr_gazetteer_from_tsv(tsv, len, &mr_default_allocator, &bad, &detail);
	if (!gz)
	{
		fprintf(stderr, "test_extract: places.tsv line %zu: %s\n", bad, detail);
		exit(1);
	}
	for (p = tsv; *p;)
	{
		char	   *e = strchr(p, '\n');

		if (!e)
			e = p + strlen(p);
		if (!first && e > p)
		{
			char	   *line = strndup(p, e - p);

			pkey = realloc(pkey, sizeof(char *) * (npl + 1));
			pname = realloc(pname, sizeof(char *) * (npl + 1));
			pkey[npl] = field(line, 0);
			pname[npl] = field(line, 4);
			npl++;
			free(line);
		}
		first = 0;
		p = *e ? e + 1 : e;
	}
	free(tsv);
	ex = mr_extractor_create(gz, &mr_default_allocator);
}

/* ---- running the extractor on a text of ours ---- */

static mr_facts F;
static const char *Ftext;
static const char *Ftitle;

static void
X3(const char *text, const char *title, const char *published)
{
	mr_date		p;
	bool		hp = false;

	mr_facts_free(&F, &mr_default_allocator);
	if (published)
		hp = sscanf(published, "%d-%d-%d", &p.year, &p.month, &p.day) == 3;
	Ftext = text;
	Ftitle = title;
	mr_extractor_run(ex, text, strlen(text), title, title ? strlen(title) : 0,
					 hp ? &p : NULL, &mr_default_allocator, &F);
}

static void
X(const char *text, const char *published)
{
	X3(text, NULL, published);
}

static const char *
S(const mr_span *sp)
{
	const char *base = sp->in_title ? Ftitle : Ftext;

	if (mr_span_empty(sp) || !base)
		return "";
	return unit_keep(strndup(base + sp->byte_start, sp->byte_end - sp->byte_start));
}

#define DEM(i) ((i) < F.ndemands ? S(&F.demands[i]) : "")
#define COM(i) ((i) < F.ncommitments ? S(&F.commitments[i]) : "")
#define ASC(i) ((i) < F.nassociations ? S(&F.associations[i]) : "")

static const char *
OFF(int i)
{
	char	   *b;
	const char *r;
	const char *n;

	if (i >= F.nofficials)
		return "";
	r = S(&F.officials[i].role);
	n = S(&F.officials[i].name);
	b = malloc(strlen(r) + strlen(n) + 2);
	sprintf(b, "%s%s%s", r, *n ? " " : "", n);
	return unit_keep(b);
}

static const char *
PL(int32_t i)
{
	return i >= 0 && (size_t) i < npl ? pkey[i] : "-";
}

static const char *
DATE(void)
{
	char	   *b = malloc(32);

	if (!F.has_held_on)
		strcpy(b, "-");
	else
		snprintf(b, 32, "%04d-%02d-%02d/%c", F.held_on.year, F.held_on.month,
				 F.held_on.day,
				 F.held_on_precision == MR_DATE_DAY ? 'd' :
				 F.held_on_precision == MR_DATE_MONTH ? 'm' : 'y');
	return unit_keep(b);
}

static int
COUNT(void)
{
	return F.has_association_count ? F.association_count : -1;
}

#define FMT() mr_format_name(F.format)

/* ---------------------------------------------------------------- */
/* Texts of our own                                                  */
/* ---------------------------------------------------------------- */

TEST(formats)
{
	X("احتضن مقر المنطقة الأمنية بسلا يوم الاثنين 3 يونيو 2019 لقاء تواصليا مع ممثلي 12 جمعية.", NULL);
	CHECK_STR(FMT(), "communication_meeting");
	X("عقدت ولاية أمن فاس يوم 4 يونيو 2019 لقاءا تشاوريا مع جمعيات الأحياء.", NULL);
	CHECK_STR(FMT(), "consultation");
	X("نظم الأمن الإقليمي بتازة يوم 5 يونيو 2019 ندوة حول الوقاية من الإدمان بمشاركة جمعيات.", NULL);
	CHECK_STR(FMT(), "seminar");
	X("انطلقت يوم 6 يونيو 2019 بمدينة أكادير فعاليات أيام الأبواب المفتوحة التي تنظمها ولاية أمن أكادير.", NULL);
	CHECK_STR(FMT(), "open_days");
	/* a seminar held within open days */
	X("نظمت المديرية العامة للأمن الوطني يوم 7 يونيو 2019 بمدينة فاس، في إطار أيام الأبواب المفتوحة، ندوة حول الأمن والمجتمع المدني.", NULL);
	CHECK_STR(FMT(), "seminar");
	/* a series and a meeting noun: the series gives the format */
	X("في إطار اللقاءات التواصلية مع المجتمع المدني، انعقد يوم 8 يونيو 2019 بمقر الدائرة الأولى لقاء مع جمعيات الحي.", NULL);
	CHECK_STR(FMT(), "communication_meeting");
	/* a press conference is not a seminar; a match report is no meeting */
	X("قال مدرب الفريق في الندوة الصحفية عقب المباراة يوم 9 يونيو 2019 إن لاعبيه قدموا أداء جيدا.", NULL);
	CHECK_STR(FMT(), "other");
	CHECK(!F.is_meeting);
	CHECK(!F.has_held_on);
	X("Le siège de la zone de sûreté de Salé a abrité, le mardi 11 juin 2019, une rencontre de communication avec quinze associations.", NULL);
	CHECK_STR(FMT(), "communication_meeting");
	CHECK_STR(DATE(), "2019-06-11/d");
	CHECK(COUNT() == 15);
}

TEST(dates)
{
	/* held vs. a previous meeting in the same sentence */
	X("احتضن مقر ولاية أمن مراكش يوم الأربعاء 13 نونبر 2019 لقاء تواصليا ثانيا، بعد اللقاء الأول الذي انعقد في 2 ماي 2019.", NULL);
	CHECK_STR(DATE(), "2019-11-13/d");
	X("تتبع اللقاء السابق المنعقد في 5 ماي 2019 توصياته. واحتضن مقر المنطقة الأمنية بتطوان يوم 20 نونبر 2019 لقاء تواصليا.", NULL);
	CHECK_STR(DATE(), "2019-11-20/d");
	/* a publication line and a dateline are not the meeting date */
	X("الخميس 14 نونبر 2019 - 11:30\nوجدة في 14 نونبر 2019\nاحتضن مقر ولاية أمن وجدة يوم أمس الأربعاء لقاء تواصليا مع الجمعيات.", "2019-11-14");
	CHECK_STR(DATE(), "2019-11-13/d");
	/* relative dates need the publication date ... */
	X("احتضن مقر ولاية أمن وجدة يوم أمس الأربعاء لقاء تواصليا مع الجمعيات.", NULL);
	CHECK_STR(DATE(), "-");
	/* ... unless a publication line gives it */
	X("الخميس 14 نونبر 2019 - 11:30\nاحتضن مقر ولاية أمن وجدة يوم أمس الأربعاء لقاء تواصليا مع الجمعيات.", NULL);
	CHECK_STR(DATE(), "2019-11-13/d");
	X("نظمت ولاية أمن فاس، مساء اليوم الخميس بمدينة فاس، ندوة حول الأمن المدرسي.", "2023-05-18");
	CHECK_STR(DATE(), "2023-05-18/d");
	X("احتضن مقر ولاية أمن بني ملال، زوال يوم الثلاثاء 16 فبراير الجاري، لقاء تواصليا مع جمعيتين.", "2021-02-17");
	CHECK_STR(DATE(), "2021-02-16/d");
	X("تحتضن قاعة الاجتماعات بمقر الأمن الإقليمي ببركان يوم غد الجمعة لقاء تشاوريا مع الجمعيات.", "2021-10-14");
	CHECK_STR(DATE(), "2021-10-15/d");
	/* another meeting announced for tomorrow */
	X("عقدت سرية الدرك الملكي بتارودانت يوم الخميس 18 يوليوز 2019 لقاء تواصليا، على أن يعقد اللقاء الموالي يوم غد الجمعة.", "2019-07-18");
	CHECK_STR(DATE(), "2019-07-18/d");
	/* month and year precision; a "last month" event before */
	X("عقد الأمن الإقليمي بسطات خلال شهر ماي 2018 لقاء تواصليا مع جمعيات الأحياء.", NULL);
	CHECK_STR(DATE(), "2018-05-01/m");
	X("سنة 2016، احتضن مقر الأمن الإقليمي بالمحمدية لقاء تواصليا مع الجمعيات.", NULL);
	CHECK_STR(DATE(), "2016-01-01/y");
	X("في أعقاب أحداث الشهر الماضي، احتضنت قاعة الاجتماعات بالأمن الإقليمي بآسفي، بتاريخ 10/01/2023، لقاء تشاوريا.", "2023-01-11");
	CHECK_STR(DATE(), "2023-01-10/d");
	/* minutes with a labelled date */
	X("محضر اللقاء التشاوري المنعقد بمقر الدائرة الثالثة بمكناس\nالتاريخ: 03/02/2020\nالمكان: مقر الدائرة الثالثة، مكناس\n", NULL);
	CHECK_STR(DATE(), "2020-02-03/d");
	CHECK_STR(S(&F.venue), "مقر الدائرة الثالثة، مكناس");
	/* Arabic-Indic digits; no date at all */
	X("احتضن مقر الأمن الإقليمي بتازة، يوم الخميس ٤ أبريل ٢٠١٩، لقاء تواصليا.", NULL);
	CHECK_STR(DATE(), "2019-04-04/d");
	X("احتضن مقر المنطقة الأمنية بتمارة مؤخرا لقاء تواصليا مع ثلاث جمعيات.", "2022-04-09");
	CHECK_STR(DATE(), "-");
	/* an impossible date is no date */
	X("احتضن مقر ولاية أمن الرشيدية يوم 31 فبراير 2021 لقاء تواصليا.", NULL);
	CHECK_STR(DATE(), "-");
}

TEST(counts)
{
	X("احتضن مقر ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا حضره ممثلو 46 جمعية ناشطة.", NULL);
	CHECK(COUNT() == 46);
	X("احتضن مقر ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا حضره ممثلو ١٤ جمعية.", NULL);
	CHECK(COUNT() == 14);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي ثلاث جمعيات.", NULL);
	CHECK(COUNT() == 3);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي خمس عشرة جمعية.", NULL);
	CHECK(COUNT() == 15);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي عشرين جمعية.", NULL);
	CHECK(COUNT() == 20);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي خمس وعشرين جمعية.", NULL);
	CHECK(COUNT() == 25);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي أزيد من 30 جمعية.", NULL);
	CHECK(COUNT() == 30);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي حوالي ثلاثين جمعية.", NULL);
	CHECK(COUNT() == 30);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تشاوريا شاركت فيه جمعيتان.", NULL);
	CHECK(COUNT() == 2);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا. وأشاد أعضاء الجمعيتين بالمبادرة.", NULL);
	CHECK(COUNT() == 2);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا بمشاركة الجمعيات الأربع الناشطة بالحي.", NULL);
	CHECK(COUNT() == 4);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع عشرين من الجمعيات.", NULL);
	CHECK(COUNT() == 20);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع بعض الجمعيات.", NULL);
	CHECK(COUNT() == -1);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع عدد من الجمعيات ومجموعة من الفعاليات.", NULL);
	CHECK(COUNT() == -1);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي 18 جمعية من أصل أزيد من 600 جمعية مسجلة بالعمالة.", NULL);
	CHECK(COUNT() == 18);
	X("عقدت ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع جمعية الأمل وجمعية النور.", NULL);
	CHECK(COUNT() == -1);
	X("La préfecture de police de Tanger a organisé le 3 juin 2019 une rencontre de communication avec douze associations.", NULL);
	CHECK(COUNT() == 12);
}

TEST(associations_officials)
{
	X("احتضن مقر المنطقة الأمنية بإنزكان يوم 3 يونيو 2019 لقاء تواصليا مع ممثلي 6 جمعيات، من بينها جمعية الأمل للتنمية والتضامن وجمعية النور لمحاربة المخدرات ورابطة تجار السوق الأسبوعي.\n"
	  "وافتتح اللقاء رئيس المنطقة الأمنية بإنزكان، العميد الإقليمي أحمد السوسي، بكلمة رحب فيها بالحاضرين.\n"
	  "وقال كريم العلوي، رئيس المصلحة الإقليمية للشرطة القضائية، إن المصالح الأمنية تعمل ليل نهار.\n"
	  "وأكد رئيس جمعية الأمل للتنمية والتضامن أن الحي يحتاج إلى دوريات.\n"
	  "وفي الختام، أعلن رئيس المنطقة عن تنظيم حملات أمنية.", NULL);
	CHECK(F.nassociations == 3);
	CHECK_STR(ASC(0), "جمعية الأمل للتنمية والتضامن");
	CHECK_STR(ASC(1), "جمعية النور لمحاربة المخدرات");
	CHECK_STR(ASC(2), "رابطة تجار السوق الأسبوعي");
	CHECK(F.nofficials == 2);
	CHECK_STR(OFF(0), "رئيس المنطقة الأمنية بإنزكان أحمد السوسي");
	CHECK_STR(OFF(1), "رئيس المصلحة الإقليمية للشرطة القضائية كريم العلوي");
	CHECK(F.ncommitments == 1);
	CHECK_STR(COM(0), "تنظيم حملات أمنية");
	/* roles of association members are not officials; a role that is only
	 * an object is skipped; a shorter later mention is the same person */
	X("عقدت ولاية أمن أكادير يوم 5 يونيو 2019 لقاء تواصليا ترأسه والي أمن أكادير، عبد الحق الإدريسي، بحضور رئيس خلية التواصل.\n"
	  "وتفاعل والي الأمن مع المداخلات، ووعد بعرض المقترحات على السيد المدير العام.\n"
	  "وطالبت رئيسة جمعية النساء بتعزيز الدوريات.", NULL);
	CHECK(F.nofficials == 2);
	CHECK_STR(OFF(0), "والي أمن أكادير عبد الحق الإدريسي");
	CHECK_STR(OFF(1), "رئيس خلية التواصل");
	CHECK(F.ndemands == 1);
	CHECK_STR(DEM(0), "تعزيز الدوريات");
	/*
	 * the object of the official's verb is not part of the role; a name
	 * led by a first name needs no comma
	 */
	X("احتضن مقر ولاية أمن طنجة يوم 2 أبريل 2024 لقاء تواصليا مع الجمعيات، استعرض خلاله رئيس خلية التواصل حصيلة العمل الأمني بالمدينة.\n"
	  "وتدخل رئيس الهيئة الحضرية بالولاية يوسف المرابط فأكد أهمية الدوريات.", NULL);
	CHECK(F.nofficials == 2);
	CHECK_STR(OFF(0), "رئيس خلية التواصل");
	CHECK_STR(OFF(1), "رئيس الهيئة الحضرية بالولاية يوسف المرابط");
}

TEST(demands_commitments)
{
	/* a list under a heading, and sentences */
	X("احتضن مقر الدائرة الأمنية الثانية بأكادير يوم 5 يونيو 2019 لقاء تواصليا.\n"
	  "وتضمنت أبرز المطالب:\n"
	  "- تكثيف الدوريات الليلية بالأحياء الشعبية؛\n"
	  "– إصلاح الإنارة العمومية بالأزقة.\n"
	  "وطالب الحاضرون بإحداث مركز للشرطة قرب السوق، وبتنظيم حملات تحسيسية بالمدارس، فيما دعا رئيس الدائرة الجمعيات إلى التبليغ عن الجرائم.\n"
	  "ودعت جمعية الأمل إلى إحداث دار للشباب.\n"
	  "وتعهد رئيس الدائرة الأمنية الثانية، سعيد أمين، بتخصيص دورية قارة بالسوق وبتعزيز المراقبة، كما أعلن عن حملة ضد المخدرات.\n"
	  "وأكد المسؤول الأمني أن حملات أمنية ستنظم بالحي خلال الأسابيع المقبلة.", NULL);
	CHECK(F.ndemands == 5);
	CHECK_STR(DEM(0), "تكثيف الدوريات الليلية بالأحياء الشعبية");
	CHECK_STR(DEM(1), "إصلاح الإنارة العمومية بالأزقة");
	CHECK_STR(DEM(2), "إحداث مركز للشرطة قرب السوق");
	CHECK_STR(DEM(3), "تنظيم حملات تحسيسية بالمدارس");
	CHECK_STR(DEM(4), "إحداث دار للشباب");
	CHECK(F.ncommitments == 4);
	CHECK_STR(COM(0), "تخصيص دورية قارة بالسوق");
	CHECK_STR(COM(1), "تعزيز المراقبة");
	CHECK_STR(COM(2), "حملة ضد المخدرات");
	CHECK_STR(COM(3), "حملات أمنية ستنظم بالحي خلال الأسابيع المقبلة");
	/* items under "المداخلات": topics are demands, narrative items are not */
	X("انعقد يوم 5 يونيو 2019 بمقر المنطقة الأمنية بفاس لقاء تواصلي.\n"
	  "وانصبت المداخلات حول النقط التالية:\n"
	  "- ملتمس لفتح دور الشباب في وجه الجمعيات.\n"
	  "- أثار ممثل جمعية الحي مشكل الإنارة.\n", NULL);
	CHECK(F.ndemands == 1);
	CHECK_STR(DEM(0), "ملتمس لفتح دور الشباب في وجه الجمعيات");
	/* an agenda is not a list of demands; ضرورة; a commitment list */
	X("محضر اللقاء التواصلي المنعقد بمقر الدائرة الأولى بوجدة\n"
	  "جدول الأعمال:\n1. تقديم الحصيلة؛\n2. التوصيات.\n"
	  "وأكد المتدخلون على ضرورة تعزيز التواجد الأمني بمحيط المدارس.\n"
	  "التزامات ولاية الأمن:\n- تخصيص دورية راجلة بالسوق.\n", NULL);
	CHECK(F.ndemands == 1);
	CHECK_STR(DEM(0), "تعزيز التواجد الأمني بمحيط المدارس");
	CHECK(F.ncommitments == 1);
	CHECK_STR(COM(0), "تخصيص دورية راجلة بالسوق");
	/* French */
	X("Le siège de la zone de sûreté de Salé a abrité, le mardi 11 juin 2019, une rencontre de communication. "
	  "Les associations ont demandé le renforcement des patrouilles et l'organisation de campagnes de sensibilisation. "
	  "Le chef de la zone s'est engagé à affecter une patrouille devant le lycée.", NULL);
	CHECK(F.ndemands == 2);
	CHECK_STR(DEM(0), "renforcement des patrouilles");
	CHECK_STR(DEM(1), "organisation de campagnes de sensibilisation");
	CHECK(F.ncommitments == 1);
	CHECK_STR(COM(0), "affecter une patrouille devant le lycée");
}

TEST(venue_host_places)
{
	/* venue and host; the district of the venue */
	X("احتضن مقر المنطقة الأمنية الحي الحسني بالدار البيضاء، يوم الخميس 14 مارس 2019، لقاء تواصليا.", NULL);
	CHECK_STR(S(&F.venue), "مقر المنطقة الأمنية الحي الحسني بالدار البيضاء");
	CHECK_STR(S(&F.host), "المنطقة الأمنية الحي الحسني");
	CHECK_STR(PL(F.city), "casablanca");
	CHECK_STR(PL(F.district), "hay-hassani");
	CHECK_STR(PL(F.region), "region-casablanca-settat");
	CHECK_STR(mr_place_precision_name(F.place_precision), "district");
	/* the venue decides the city, not the organiser's */
	X("عقدت سرية الدرك الملكي بتارودانت، يوم الخميس 18 يوليوز 2019، لقاء تواصليا بقاعة الاجتماعات بمقر جماعة أولاد تايمة.", NULL);
	CHECK_STR(PL(F.city), "oulad-teima");
	CHECK_STR(S(&F.venue), "قاعة الاجتماعات بمقر جماعة أولاد تايمة");
	CHECK_STR(S(&F.host), "سرية الدرك الملكي بتارودانت");
	CHECK_STR(mr_place_precision_name(F.place_precision), "city");
	/* a venue head with a pronoun is no venue; the host gives the city */
	X("عقد الأمن الإقليمي بسطات، يوم 3 ماي 2018، لقاء تواصليا بمقره مع جمعيات الأحياء.", NULL);
	CHECK_STR(S(&F.venue), "");
	CHECK_STR(S(&F.host), "الأمن الإقليمي بسطات");
	CHECK_STR(PL(F.city), "settat");
	/* only the region is known */
	X("تحتضن القيادة الجهوية للدرك الملكي بجهة درعة تافيلالت، يوم غد الجمعة، لقاء تشاوريا مع الجمعيات.", "2022-04-07");
	CHECK_STR(PL(F.city), "-");
	CHECK_STR(PL(F.region), "region-draa-tafilalet");
	CHECK_STR(mr_place_precision_name(F.place_precision), "region");
	CHECK_STR(S(&F.host), "القيادة الجهوية للدرك الملكي بجهة درعة تافيلالت");
	/* places only discussed do not locate the meeting; a dateline does */
	X("الحسيمة – مراسل\nفي لقاء مفتوح، جمع الأمن الإقليمي بالحسيمة يوم 10 غشت 2019 ممثلي 27 جمعية من المدينة والجماعات المجاورة كإمزورن وبني بوعياش.", NULL);
	CHECK_STR(PL(F.city), "al-hoceima");
	CHECK_STR(S(&F.host), "الأمن الإقليمي بالحسيمة");
	/* بمدينة in the anchor; "الأحياء الجديدة" is not El Jadida */
	X("نظمت المديرية العامة للأمن الوطني، يوم 18 ماي 2023 بمدينة فاس، ندوة حول أمن الأحياء الجديدة.", NULL);
	CHECK_STR(PL(F.city), "fes");
	CHECK_STR(S(&F.host), "المديرية العامة للأمن الوطني");
	/* a district of another city inside the venue does not win over the
	 * city named there and the host's */
	X("المكان: مقر الدائرة الخامسة، المدينة القديمة، مكناس\nالجهة المنظمة: ولاية أمن مكناس\nالتاريخ: 03/02/2020\nانعقد اللقاء التشاوري مع الجمعيات.", NULL);
	CHECK_STR(PL(F.city), "meknes");
	CHECK_STR(PL(F.district), "-");
	CHECK_STR(S(&F.host), "ولاية أمن مكناس");
	/* an ambiguous name: the context word decides */
	X("احتضن مقر الدائرة الأمنية بحي اليوسفية يوم 3 يونيو 2019 لقاء تواصليا. وأكد والي أمن الرباط على أهمية الحوار.", NULL);
	CHECK_STR(PL(F.district), "rabat-el-youssoufia");
	CHECK_STR(PL(F.city), "rabat");
	X("احتضن مقر الدائرة الأمنية بمدينة اليوسفية يوم 3 يونيو 2019 لقاء تواصليا.", NULL);
	CHECK_STR(PL(F.city), "youssoufia");
	/* the title alone names the meeting */
	X3("نظمت ولاية أمن وجدة يوم 3 ماي 2019 بمقرها حوارا مفتوحا مع الجمعيات.", "لقاء تواصلي بين الأمن والجمعيات بوجدة", NULL);
	CHECK(F.is_meeting);
	CHECK_STR(FMT(), "communication_meeting");
	CHECK_STR(DATE(), "2019-05-03/d");
	CHECK_STR(PL(F.city), "oujda");
	/* a count stated only in the title */
	X3("احتضن مقر ولاية أمن وجدة يوم 3 ماي 2019 لقاء تواصليا مع جمعيات الأحياء.", "وجدة: لقاء يجمع الأمن بممثلي 20 جمعية", NULL);
	CHECK(COUNT() == 20);
	/* a police circumscription numbered in digits */
	X("احتضن مقر الدائرة الأمنية 12 بسلا يوم 3 ماي 2019 لقاء تواصليا.", NULL);
	CHECK_STR(S(&F.host), "الدائرة الأمنية 12 بسلا");
	/* the title locates the meeting when the body does not */
	X3("عقدت المصالح الأمنية يوم 3 يونيو 2019 لقاء تواصليا مع الجمعيات.", "العرائش: لقاء تواصلي", NULL);
	CHECK_STR(PL(F.city), "larache");
}


/*
 * Reports of our own in other styles than the fixtures: an expected value
 * per fact ("-" none, "*" not checked); venue/host are substrings.
 */
typedef struct own_report
{
	const char *text;
	const char *published;
	const char *date;
	const char *city;
	const char *district;
	const char *format;
	int			count;			/* -1 none, -2 not checked */
	const char *venue;
	const char *host;
	int			ndemands;		/* -1 not checked */
	int			ncommitments;
} own_report;

static const own_report own_reports[] = {
	/* a news agency dispatch, "اليوم", a district venue, "أزيد من عشرين" */
	{"الرباط/ (ومع)\nنظمت ولاية أمن الرباط، صباح اليوم الأربعاء، بمقر المنطقة الأمنية حسان، لقاء تواصليا مع فعاليات المجتمع المدني بالمنطقة، بحضور ممثلي أزيد من عشرين جمعية تنشط في مجالات التنمية المحلية.\n"
		"وطالب المشاركون بتعزيز التواجد الأمني بمحيط المؤسسات التعليمية، فيما تعهد المسؤول الأمني بتكثيف الدوريات.",
		"2019-10-16", "2019-10-16/d", "rabat", "rabat-hassan", "communication_meeting", 20,
	"مقر المنطقة الأمنية حسان", "ولاية أمن الرباط", 1, 1},
	/* "تم … عقد اجتماع تواصلي", proposals introduced by أبرزها */
	{"تم يوم الجمعة 15 نونبر 2019 بمقر الأمن الإقليمي بالعرائش عقد اجتماع تواصلي مع رؤساء جمعيات آباء وأولياء التلاميذ بالمدينة.\n"
		"وقد تقدم الحاضرون بمجموعة من المقترحات، أبرزها إحداث دوريات قارة أمام المؤسسات التعليمية، وتنظيم حملات تحسيسية لفائدة التلاميذ.",
		NULL, "2019-11-15/d", "larache", "-", "communication_meeting", -1,
	"مقر الأمن الإقليمي بالعرائش", "الأمن الإقليمي بالعرائش", 2, 0},
	/* the Gendarmerie's regional command; demands after a colon */
	{"عقدت القيادة الجهوية للدرك الملكي بمكناس، يوم الثلاثاء 5 مارس 2024، لقاء تشاوريا مع ممثلي 25 جمعية من الجماعات القروية التابعة لإقليم الحاجب، وذلك بمقر القيادة.\n"
		"ومن أبرز مطالب الجمعيات: تعزيز مراكز الدرك بالعناصر البشرية، ومحاربة سرقة المواشي.",
		NULL, "2024-03-05/d", "meknes", "-", "consultation", 25,
	"مقر القيادة", "القيادة الجهوية للدرك الملكي بمكناس", 2, 0},
	/* French: subject-verb host, "au siège", a vague count */
	{"Casablanca – La préfecture de police de Casablanca a organisé, vendredi 12 avril 2019, au siège du district de sûreté de Ben M'Sick, une réunion de concertation avec une vingtaine d'associations de quartier. "
		"Les participants ont réclamé l'installation de caméras de surveillance. Le préfet de police a annoncé le renforcement des patrouilles.",
		NULL, "2019-04-12/d", "casablanca", "ben-msick", "consultation", -1,
	"siège du district de sûreté de Ben M'Sick", "préfecture de police de Casablanca", 1, 1},
	/* French passive with "par" */
	{"Rabat – Une rencontre de communication a été organisée, jeudi 10 octobre 2019, par la préfecture de police de Rabat au siège de l'arrondissement de police Hay Riad, avec la participation de 14 associations.",
		NULL, "2019-10-10/d", "rabat", "rabat-hay-riad", "communication_meeting", 14,
	"siège de l'arrondissement de police Hay Riad", "préfecture de police de Rabat", -1, -1},
	/* "عشية أمس الخميس"; an organiser after the meeting noun */
	{"طنجة: لقاء تواصلي بين الأمن وجمعيات بني مكادة\nاحتضن مقر الدائرة الأمنية التاسعة ببني مكادة، عشية أمس الخميس، لقاء تواصليا نظمته ولاية أمن طنجة لفائدة ممثلي الجمعيات المحلية.\n"
		"وشدد المتدخلون على ضرورة تكثيف الحملات الأمنية بالأحياء الهامشية.",
		"2021-06-11", "2021-06-10/d", "tanger", "tanger-bni-makada", "communication_meeting", -1,
	"مقر الدائرة الأمنية التاسعة ببني مكادة", "ولاية أمن طنجة", 1, 0},
	/* a place only inside a demand does not locate the meeting */
	{"عقدت مفوضية الشرطة لقاء تواصليا يوم 2 يناير 2020 مع جمعيات حي السلام، وطالب الحاضرون بإحداث دائرة أمنية بحي السلام بالقنيطرة.",
		NULL, "2020-01-02/d", "-", "-", "communication_meeting", -1, "", "", 1, 0},
	/* a football match: اللقاء is the game */
	{"انتهى اللقاء الذي جمع الرجاء والوداد يوم الأحد 3 مارس 2019 بمركب محمد الخامس بالدار البيضاء بالتعادل السلبي.",
		NULL, "-", "-", "-", "other", -1, "", "", 0, 0},
	/* a dateline with a colon gives the reference for "يوم أمس" */
	{"الدار البيضاء: 12 مارس 2019\nاحتضن مقر المنطقة الأمنية ابن مسيك يوم أمس لقاء تواصليا مع فعاليات المجتمع المدني، حضره ممثلو 22 جمعية.",
		NULL, "2019-03-11/d", "casablanca", "ben-msick", "communication_meeting", 22,
	"مقر المنطقة الأمنية ابن مسيك", "المنطقة الأمنية ابن مسيك", -1, -1},
	/* Hijri and Gregorian together */
	{"احتضن مقر ولاية أمن العيون، يوم الأربعاء 17 ربيع الأول 1441 الموافق لـ 13 نونبر 2019، لقاء تواصليا مع جمعيات المجتمع المدني.",
		NULL, "2019-11-13/d", "laayoune", "-", "communication_meeting", -1,
	"مقر ولاية أمن العيون", "ولاية أمن العيون", -1, -1},
	/* a province's seat in the venue; no date */
	{"من المنتظر أن تحتضن قاعة الاجتماعات بعمالة إقليم تاوريرت خلال الأسبوع الجاري لقاء تواصليا بين المصالح الأمنية وجمعيات الأحياء.",
		NULL, "-", "taourirt", "-", "communication_meeting", -1,
	"قاعة الاجتماعات بعمالة إقليم تاوريرت", "", -1, -1},
	/* بمدينة after the venue; counts of associations and of others */
	{"نظمت المنطقة الإقليمية للأمن بالجديدة، يوم السبت 7 دجنبر 2019، بفضاء دار الشباب الحي الجديد بمدينة الجديدة، لقاء تواصليا بحضور 15 جمعية و10 تعاونيات.",
		NULL, "2019-12-07/d", "el-jadida", "-", "communication_meeting", 15,
	"فضاء دار الشباب الحي الجديد", "المنطقة الإقليمية للأمن بالجديدة", -1, -1},
	/* a study day is a seminar */
	{"نظمت ولاية أمن فاس، يوم الخميس 21 نونبر 2019، يوما دراسيا حول العنف ضد النساء بمشاركة فعاليات حقوقية.",
		NULL, "2019-11-21/d", "fes", "-", "seminar", -1, "", "ولاية أمن فاس", -1, -1},
	/* a range of days: the opening day; "12 من الجمعيات" */
	{"انطلقت بمدينة فاس فعاليات الدورة الرابعة لأيام الأبواب المفتوحة للأمن الوطني، التي تتواصل من 17 إلى 21 ماي 2023 بساحة باب بوجلود، بمشاركة 12 من الجمعيات المحلية.",
		NULL, "2023-05-17/d", "fes", "-", "open_days", 12, "ساحة باب بوجلود", "", -1, -1},
	/* an arrest report: no meeting, no commitment from "أعلن" */
	{"أوقفت عناصر الشرطة القضائية بأكادير، أمس الثلاثاء، شخصا يشتبه في تورطه في سرقات بالعنف، وأعلنت المصالح الأمنية عن فتح بحث قضائي.",
		"2019-10-16", "-", "-", "-", "other", -1, "", "", 0, 0},
};

TEST(own_reports_table)
{
	size_t		i;

	for (i = 0; i < sizeof(own_reports) / sizeof(own_reports[0]); i++)
	{
		const own_report *r = &own_reports[i];
		bool		ok = true;

		X(r->text, r->published);
		ok &= strcmp(DATE(), r->date) == 0;
		ok &= strcmp(PL(F.city), r->city) == 0;
		ok &= strcmp(PL(F.district), r->district) == 0;
		ok &= strcmp(FMT(), r->format) == 0;
		ok &= r->count == -2 || COUNT() == r->count;
		ok &= *r->venue ? strstr(S(&F.venue), r->venue) != NULL : mr_span_empty(&F.venue);
		ok &= *r->host ? strstr(S(&F.host), r->host) != NULL : mr_span_empty(&F.host);
		ok &= r->ndemands < 0 || F.ndemands == r->ndemands;
		ok &= r->ncommitments < 0 || F.ncommitments == r->ncommitments;
		CHECK(ok);
		if (!ok)
			fprintf(stderr, "  own report %zu: date %s city %s district %s format %s count %d venue \"%s\" host \"%s\" demands %d commitments %d\n",
					i, DATE(), PL(F.city), PL(F.district), FMT(), COUNT(), S(&F.venue),
					S(&F.host), F.ndemands, F.ncommitments);
	}
}

TEST(not_a_meeting)
{
	X("لقي شخصان مصرعهما في حادثة سير خطيرة فجر اليوم الأحد على الطريق الوطنية رقم 9 بين برشيد وسطات.", "2020-11-15");
	CHECK(!F.is_meeting);
	CHECK_STR(FMT(), "other");
	CHECK_STR(DATE(), "-");
	CHECK_STR(PL(F.city), "-");
	CHECK(COUNT() == -1);
	CHECK(mr_span_empty(&F.venue) && mr_span_empty(&F.host));
	CHECK(F.nofficials == 0 && F.ndemands == 0 && F.ncommitments == 0);
	/* an association's statement: no meeting, but its demands */
	X("بيان\nتتابع جمعية الحي الجديد للتنمية بالعرائش تدهور الوضع الأمني، وإذ يسجل مكتب الجمعية ذلك فإنه:\n"
	  "1. يطالب المصالح الأمنية بتكثيف الدوريات الليلية بالحي؛\n2. يدعو المجلس الجماعي إلى إصلاح الإنارة العمومية.\n", NULL);
	CHECK(!F.is_meeting);
	CHECK(F.nassociations == 1);
	CHECK(F.ndemands == 2);
	CHECK(F.ncommitments == 0);
}

TEST(hard_input)
{
	static char buf[200000];
	size_t		i;
	uint32_t	r = 12345;
	char	   *big;
	size_t		blen = 0;
	const char *unit = "احتضن مقر ولاية أمن طنجة يوم 3 يونيو 2019 لقاء تواصليا مع 12 جمعية، وطالب الحاضرون بتعزيز الدوريات. ";
	size_t		ulen = strlen(unit);

	X("", NULL);
	CHECK(!F.is_meeting && F.format == MR_FORMAT_OTHER && F.city == -1);
	mr_extractor_run(ex, NULL, 0, NULL, 0, NULL, &mr_default_allocator, &F);
	CHECK(!F.is_meeting);
	X("   \n\n\t ", NULL);
	CHECK(!F.is_meeting);
	/* random bytes, many times */
	for (i = 0; i < sizeof(buf); i++)
	{
		r = r * 1103515245u + 12345u;
		buf[i] = (char) (r >> 16);
	}
	for (i = 0; i + 2000 <= sizeof(buf); i += 1999)
	{
		mr_facts	f;

		mr_extractor_run(ex, buf + i, 2000, buf, i % 300, NULL, &mr_default_allocator, &f);
		mr_facts_free(&f, &mr_default_allocator);
	}
	CHECK(mr_extractor_run(ex, buf, sizeof(buf), NULL, 0, NULL, &mr_default_allocator, &F) == MR_OK);
	/* punctuation only, digits only, one endless word */
	memset(buf, '-', 50000);
	CHECK(mr_extractor_run(ex, buf, 50000, NULL, 0, NULL, &mr_default_allocator, &F) == MR_OK);
	memset(buf, '7', 50000);
	CHECK(mr_extractor_run(ex, buf, 50000, NULL, 0, NULL, &mr_default_allocator, &F) == MR_OK);
	for (i = 0; i + 2 <= 60000; i += 2)
		memcpy(buf + i, "\xd8\xa8", 2);
	CHECK(mr_extractor_run(ex, buf, 60000, NULL, 0, NULL, &mr_default_allocator, &F) == MR_OK);
	/* several megabytes of report text: linear, and the first meeting */
	big = malloc(ulen * 30000 + 1);
	for (i = 0; i < 30000; i++)
	{
		memcpy(big + blen, unit, ulen);
		blen += ulen;
	}
	big[blen] = '\0';
	X(big, NULL);
	CHECK(F.is_meeting);
	CHECK_STR(PL(F.city), "tanger");
	CHECK(COUNT() == 12);
	CHECK_STR(DATE(), "2019-06-03/d");
	CHECK(F.ndemands == 30000);
	mr_facts_free(&F, &mr_default_allocator);
	free(big);
	/* published dates that are not dates are ignored */
	{
		mr_date		bad = {2019, 2, 30};
		mr_facts	f;

		mr_extractor_run(ex, unit, ulen, NULL, 0, &bad, &mr_default_allocator, &f);
		CHECK(f.has_held_on);
		mr_facts_free(&f, &mr_default_allocator);
	}
	/* without a gazetteer */
	{
		mr_facts	f;

		mr_extract(unit, ulen, NULL, 0, NULL, NULL, &mr_default_allocator, &f);
		CHECK(f.is_meeting && f.city == -1 && f.has_association_count);
		mr_facts_free(&f, &mr_default_allocator);
	}
}

static int	interrupts;
static void
count_interrupts(void)
{
	interrupts++;
}

TEST(interrupts_called)
{
	char	   *big = malloc(3000000);
	size_t		i;
	mr_facts	f;

	for (i = 0; i < 3000000; i++)
		big[i] = "ab \xd8"[i % 3];
	mr_check_interrupts = count_interrupts;
	mr_extractor_run(ex, big, 3000000, NULL, 0, NULL, &mr_default_allocator, &f);
	mr_check_interrupts = NULL;
	CHECK(interrupts > 10);
	mr_facts_free(&f, &mr_default_allocator);
	free(big);
}

TEST(gazetteer_builder)
{
	mr_gazetteer_builder *b = mr_gazetteer_builder_create(&mr_default_allocator);
	const char *detail = NULL;
	int32_t		idx = -1;
	int32_t		bad = -1;
	mr_gazetteer *g;

	/* children before parents are fine; names are '|'-separated */
	CHECK(mr_gazetteer_builder_add(b, "c", 1, MR_PLACE_CITY, "p", 1, "مدينة س|Ville S", 17, 0, &idx, &detail) == MR_GZ_OK);
	CHECK(idx == 0);
	CHECK(mr_gazetteer_builder_add(b, "p", 1, MR_PLACE_PROVINCE, "r", 1, "", 0, 0, &idx, &detail) == MR_GZ_OK);
	CHECK(mr_gazetteer_builder_add(b, "r", 1, MR_PLACE_REGION, NULL, 0, "", 0, 0, &idx, &detail) == MR_GZ_OK);
	CHECK(mr_gazetteer_builder_add(b, "c", 1, MR_PLACE_CITY, NULL, 0, "", 0, 0, &idx, &detail) == MR_GZ_BAD_KEY);
	CHECK(mr_gazetteer_builder_add(b, "", 0, MR_PLACE_CITY, NULL, 0, "", 0, 0, &idx, &detail) == MR_GZ_BAD_KEY);
	CHECK(mr_gazetteer_builder_add(b, "x", 1, MR_PLACE_CITY, NULL, 0, "a * * b", 7, 0, &idx, &detail) == MR_GZ_BAD_NAME);
	g = mr_gazetteer_builder_finish(b, &bad, &detail);
	CHECK(g != NULL);
	if (g)
	{
		CHECK(g->nplaces == 3);
		CHECK(mr_place_up(g, 0, MR_PLACE_REGION) == 2);
		CHECK(mr_place_up(g, 0, MR_PLACE_CITY) == 0);
		CHECK(mr_place_up(g, 2, MR_PLACE_CITY) == -1);
		mr_gazetteer_free(g);
	}
	/* unknown parents and cycles are refused */
	b = mr_gazetteer_builder_create(&mr_default_allocator);
	mr_gazetteer_builder_add(b, "a", 1, MR_PLACE_CITY, "zz", 2, "", 0, 0, NULL, NULL);
	CHECK(mr_gazetteer_builder_finish(b, &bad, &detail) == NULL);
	CHECK(bad == 0);
	b = mr_gazetteer_builder_create(&mr_default_allocator);
	mr_gazetteer_builder_add(b, "a", 1, MR_PLACE_CITY, "b", 1, "", 0, 0, NULL, NULL);
	mr_gazetteer_builder_add(b, "b", 1, MR_PLACE_CITY, "a", 1, "", 0, 0, NULL, NULL);
	CHECK(mr_gazetteer_builder_finish(b, &bad, &detail) == NULL);
	/* a malformed TSV */
	{
		size_t		line = 0;

		CHECK(mr_gazetteer_from_tsv("h\nk\tnokind\t\tx\tx\t\t\n", 24, &mr_default_allocator, &line, &detail) == NULL);
		CHECK(line == 2);
	}
}

/* ---------------------------------------------------------------- */
/* Evaluation over the fixture corpus                                */
/* ---------------------------------------------------------------- */

/* the words of s, normalized, space-separated (for fuzzy comparison) */
static char *
canon(const char *s, size_t n)
{
	mr_tokenizer t;
	mr_token	tok;
	mr_buf		b;

	mr_buf_init(&b, &mr_default_allocator, n + 8);
	mr_buf_append(&b, " ", 1);
	mr_tokenizer_init(&t, s, n, &mr_default_allocator);
	while (mr_tokenizer_next(&t, &tok))
	{
		mr_buf_append_cps(&b, tok.norm, tok.norm_len);
		mr_buf_append(&b, " ", 1);
	}
	mr_tokenizer_free(&t);
	return b.data;
}

/* equal after normalization (place names: Mohammedia = Mohammédia) */
static bool
canon_eq(const char *a, const char *b)
{
	char	   *ca = canon(a, strlen(a));
	char	   *cb = canon(b, strlen(b));
	bool		r = strcmp(ca, cb) == 0;

	free(ca);
	free(cb);
	return r;
}

/*
 * For venue and host: one contains the other and the shorter has at least
 * half the length of the longer ("قاعة" alone is not the venue).
 */
static bool
fuzzy_close(const char *a, const char *b)
{
	char	   *ca = canon(a, strlen(a));
	char	   *cb = canon(b, strlen(b));
	size_t		la = strlen(ca),
				lb = strlen(cb);
	bool		r = (strstr(ca, cb) || strstr(cb, ca)) &&
		(la < lb ? la * 2 >= lb : lb * 2 >= la);

	free(ca);
	free(cb);
	return r;
}

/* one contains the other, after normalization */
static bool
fuzzy_eq(const char *a, const char *b)
{
	char	   *ca = canon(a, strlen(a));
	char	   *cb = canon(b, strlen(b));
	bool		r = strlen(ca) > 2 && strlen(cb) > 2 && (strstr(ca, cb) || strstr(cb, ca));

	/* containment without the word boundary for clitics (لإصلاح ⊃ إصلاح) */
	if (!r && strlen(ca) > 2 && strlen(cb) > 2)
	{
		ca[strlen(ca) - 1] = '\0';
		cb[strlen(cb) - 1] = '\0';
		r = strstr(ca + 1, cb + 1) || strstr(cb + 1, ca + 1);
	}
	free(ca);
	free(cb);
	return r;
}

typedef struct strlist
{
	char	  **v;
	int			n;
} strlist;

static void
sl_add(strlist *l, const char *s, size_t n)
{
	l->v = realloc(l->v, sizeof(char *) * (l->n + 1));
	l->v[l->n++] = strndup(s, n);
}

static void
sl_free(strlist *l)
{
	int			i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

enum
{
	F_HELD, F_PREC, F_CITY, F_DISTRICT, F_REGION, F_PPREC, F_FORMAT, F_COUNT,
	F_VENUE, F_HOST, F_NSCALAR
};
static const char *const fname[] = {"held_on", "held_on_precision", "city",
	"district", "region", "place_precision", "format", "association_count",
"venue", "host"};

enum
{
	L_ASSOC, L_OFFICIAL, L_DEMAND, L_COMMIT, L_NLIST
};
static const char *const lname[] = {"association", "official", "demand", "commitment"};

typedef struct evalres
{
	int			ok[F_NSCALAR];
	int			total;
	int			tp_p[L_NLIST];	/* extracted items that match */
	int			np[L_NLIST];	/* extracted items */
	int			tp_r[L_NLIST];	/* expected items matched */
	int			nr[L_NLIST];	/* expected items */
} evalres;

static bool verbose;

static void
cmp_scalar(evalres *r, int k, const char *file, const char *want, const char *got)
{
	bool		ok;

	if (!*want || !*got)
		ok = !*want && !*got;
	else if (k == F_VENUE || k == F_HOST)
		ok = fuzzy_close(want, got);
	else
		ok = canon_eq(want, got);
	if (ok)
		r->ok[k]++;
	else if (verbose)
		printf("# %s %s: want \"%s\" got \"%s\"\n", file, fname[k], want, got);
}

static void
cmp_list(evalres *r, int k, const char *file, const strlist *want, const strlist *got)
{
	int			i,
				j;

	for (i = 0; i < got->n; i++)
	{
		bool		m = false;

		for (j = 0; j < want->n && !m; j++)
			m = fuzzy_eq(want->v[j], got->v[i]);
		r->np[k]++;
		if (m)
			r->tp_p[k]++;
		else if (verbose)
			printf("# %s %s: extra \"%s\"\n", file, lname[k], got->v[i]);
	}
	for (j = 0; j < want->n; j++)
	{
		bool		m = false;

		for (i = 0; i < got->n && !m; i++)
			m = fuzzy_eq(want->v[j], got->v[i]);
		r->nr[k]++;
		if (m)
			r->tp_r[k]++;
		else if (verbose)
			printf("# %s %s: missed \"%s\"\n", file, lname[k], want->v[j]);
	}
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static void
eval_one(evalres *r, const char *dir, const char *base)
{
	char		path[1024];
	size_t		tlen,
				flen;
	char	   *text;
	char	   *facts;
	char		want[F_NSCALAR][512];
	char		got[F_NSCALAR][512];
	strlist		wl[L_NLIST],
				gl[L_NLIST];
	mr_date		pub = {0, 0, 0};
	bool		hp = false;
	mr_facts	f;
	char	   *p;
	int			k;

	snprintf(path, sizeof(path), "%s/%s.txt", dir, base);
	text = read_file(path, &tlen);
	snprintf(path, sizeof(path), "%s/%s.facts", dir, base);
	facts = read_file(path, &flen);
	if (!text || !facts)
	{
		free(text);
		free(facts);
		return;
	}
	memset(want, 0, sizeof(want));
	memset(got, 0, sizeof(got));
	memset(wl, 0, sizeof(wl));
	memset(gl, 0, sizeof(gl));
	for (p = facts; *p;)
	{
		char	   *e = strchr(p, '\n');
		char	   *tab;
		char		key[64];
		const char *val;

		if (!e)
			e = p + strlen(p);
		tab = memchr(p, '\t', e - p);
		if (tab && tab - p < 63)
		{
			memcpy(key, p, tab - p);
			key[tab - p] = '\0';
			val = tab + 1;
			if (strcmp(key, "published") == 0)
				hp = sscanf(val, "%d-%d-%d", &pub.year, &pub.month, &pub.day) == 3;
			for (k = 0; k < F_NSCALAR; k++)
				if (strcmp(key, fname[k]) == 0)
					snprintf(want[k], sizeof(want[k]), "%.*s", (int) (e - val), val);
			for (k = 0; k < L_NLIST; k++)
				if (strcmp(key, lname[k]) == 0)
					sl_add(&wl[k], val, e - val);
		}
		p = *e ? e + 1 : e;
	}
	mr_extractor_run(ex, text, tlen, NULL, 0, hp ? &pub : NULL, &mr_default_allocator, &f);
	if (f.has_held_on)
	{
		snprintf(got[F_HELD], 512, "%04d-%02d-%02d", f.held_on.year, f.held_on.month, f.held_on.day);
		snprintf(got[F_PREC], 512, "%s", f.held_on_precision == MR_DATE_DAY ? "day" :
				 f.held_on_precision == MR_DATE_MONTH ? "month" : "year");
	}
	if (f.city >= 0)
		snprintf(got[F_CITY], 512, "%s", pname[f.city]);
	if (f.district >= 0)
		snprintf(got[F_DISTRICT], 512, "%s", pname[f.district]);
	if (f.region >= 0)
		snprintf(got[F_REGION], 512, "%s", pname[f.region]);
	if (mr_place_precision_name(f.place_precision))
		snprintf(got[F_PPREC], 512, "%s", mr_place_precision_name(f.place_precision));
	snprintf(got[F_FORMAT], 512, "%s", mr_format_name(f.format));
	if (f.has_association_count)
		snprintf(got[F_COUNT], 512, "%d", f.association_count);
	if (!mr_span_empty(&f.venue))
		snprintf(got[F_VENUE], 512, "%.*s", (int) (f.venue.byte_end - f.venue.byte_start),
				 text + f.venue.byte_start);
	if (!mr_span_empty(&f.host))
		snprintf(got[F_HOST], 512, "%.*s", (int) (f.host.byte_end - f.host.byte_start),
				 text + f.host.byte_start);
	for (k = 0; k < f.nassociations; k++)
		sl_add(&gl[L_ASSOC], text + f.associations[k].byte_start,
			   f.associations[k].byte_end - f.associations[k].byte_start);
	for (k = 0; k < f.nofficials; k++)
	{
		char		b[2048];
		const mr_official *o = &f.officials[k];

		snprintf(b, sizeof(b), "%.*s%s%.*s", (int) (o->role.byte_end - o->role.byte_start),
				 text + o->role.byte_start, mr_span_empty(&o->name) ? "" : " ",
				 (int) (o->name.byte_end - o->name.byte_start), text + o->name.byte_start);
		sl_add(&gl[L_OFFICIAL], b, strlen(b));
	}
	for (k = 0; k < f.ndemands; k++)
		sl_add(&gl[L_DEMAND], text + f.demands[k].byte_start,
			   f.demands[k].byte_end - f.demands[k].byte_start);
	for (k = 0; k < f.ncommitments; k++)
		sl_add(&gl[L_COMMIT], text + f.commitments[k].byte_start,
			   f.commitments[k].byte_end - f.commitments[k].byte_start);

	r->total++;
	for (k = 0; k < F_NSCALAR; k++)
		cmp_scalar(r, k, base, want[k], got[k]);
	for (k = 0; k < L_NLIST; k++)
	{
		cmp_list(r, k, base, &wl[k], &gl[k]);
		sl_free(&wl[k]);
		sl_free(&gl[k]);
	}
	mr_facts_free(&f, &mr_default_allocator);
	free(text);
	free(facts);
}

static evalres fixture_result;

TEST(fixture_evaluation)
{
	const char *dir = "test/fixtures/reports";
	DIR		   *dh = opendir(dir);
	struct dirent *de;
	char	  **bases = NULL;
	int			nb = 0;
	int			i;
	evalres    *r = &fixture_result;
	double		acc[F_NSCALAR];

	CHECK(dh != NULL);
	if (!dh)
		return;
	while ((de = readdir(dh)) != NULL)
	{
		size_t		l = strlen(de->d_name);

		if (l > 4 && strcmp(de->d_name + l - 4, ".txt") == 0)
		{
			bases = realloc(bases, sizeof(char *) * (nb + 1));
			bases[nb++] = strndup(de->d_name, l - 4);
		}
	}
	closedir(dh);
	qsort(bases, nb, sizeof(char *), cmp_names);
	memset(r, 0, sizeof(*r));
	for (i = 0; i < nb; i++)
	{
		eval_one(r, dir, bases[i]);
		free(bases[i]);
	}
	free(bases);
	CHECK(r->total >= 45);
	if (r->total == 0)
		return;
	printf("# fixture evaluation over %d reports\n", r->total);
	for (i = 0; i < F_NSCALAR; i++)
	{
		acc[i] = (double) r->ok[i] / r->total;
		printf("#   %-18s %5.3f (%d/%d)\n", fname[i], acc[i], r->ok[i], r->total);
	}
	for (i = 0; i < L_NLIST; i++)
		printf("#   %-18s precision %5.3f (%d/%d)  recall %5.3f (%d/%d)\n", lname[i],
			   r->np[i] ? (double) r->tp_p[i] / r->np[i] : 1.0, r->tp_p[i], r->np[i],
			   r->nr[i] ? (double) r->tp_r[i] / r->nr[i] : 1.0, r->tp_r[i], r->nr[i]);
}

/* ---------------------------------------------------------------- */
/* The real seeds (read at test time; never copied into the repo)   */
/* ---------------------------------------------------------------- */

static const char *
seeds_dir(void)
{
	static const char *const cand[] = {"../shared/seeds", "../../shared/seeds"};
	const char *env = getenv("MEETREG_SEEDS");
	size_t		i;

	if (env && *env)
		return env;
	for (i = 0; i < sizeof(cand) / sizeof(cand[0]); i++)
	{
		DIR		   *d = opendir(cand[i]);

		if (d)
		{
			closedir(d);
			return cand[i];
		}
	}
	return NULL;
}

typedef struct seed_expect
{
	const char *file;
	const char *published;		/* the article's date (for relative dates) */
	const char *held_on;		/* "2014-08-07/d" or "-" */
	const char *held_on_alt;	/* another acceptable reading, or NULL */
	const char *city;
	const char *district;		/* "-" when none */
	const char *format;
	const char *format_alt;
	int			count;			/* -1: none stated */
} seed_expect;

/*
 * From test/fixtures/reports/seed_expectations.md.  Seed 001 has only
 * "اليوم الخميس": the publication date is the article's (the 2023 open
 * days in Fès); seed 003 has "16 فبراير الجاري": either publication year
 * is accepted.  Seed 004: the venue is the Inezgane security district's
 * seat; Hay Azrou (Aït Melloul) is where the participants came from, not
 * where the meeting was held, so the city is Inezgane and no district.
 */
static const seed_expect seed_expects[] = {
	{"000_639097f22e724e9d.txt", NULL, "2014-08-07/d", NULL, "casablanca", "sidi-bernoussi",
	"communication_meeting", NULL, 46},
	{"001_c2e2cb3496da57a8.txt", "2023-05-18", "2023-05-18/d", NULL, "fes", "-",
	"seminar", "open_days", -1},
	{"002_8a90be08bee86c88.txt", NULL, "2018-10-17/d", NULL, "meknes", "-",
	"consultation", NULL, -1},
	{"003_3f987641d29bcc28.txt", "2021-02-17", "2021-02-16/d", NULL, "beni-mellal", "-",
	"communication_meeting", NULL, 2},
	{"004_df448382665b1299.txt", NULL, "2019-01-09/d", NULL, "inezgane", "-",
	"communication_meeting", NULL, -1},
};

TEST(seeds)
{
	const char *dir = seeds_dir();
	size_t		i;
	int			found = 0;

	if (!dir)
	{
		printf("# seeds: no seed directory, skipped\n");
		return;
	}
	for (i = 0; i < sizeof(seed_expects) / sizeof(seed_expects[0]); i++)
	{
		const seed_expect *s = &seed_expects[i];
		char		path[1024];
		size_t		len;
		char	   *text;
		const char *d;

		snprintf(path, sizeof(path), "%s/%s", dir, s->file);
		text = read_file(path, &len);
		if (!text)
			continue;
		found++;
		X(text, s->published);
		d = DATE();
		CHECK(strcmp(d, s->held_on) == 0 || (s->held_on_alt && strcmp(d, s->held_on_alt) == 0));
		CHECK_STR(PL(F.city), s->city);
		CHECK_STR(PL(F.district), s->district);
		CHECK(strcmp(FMT(), s->format) == 0 || (s->format_alt && strcmp(FMT(), s->format_alt) == 0));
		CHECK(COUNT() == s->count);
		printf("# seed %s: held_on %s city %s district %s format %s count %d\n",
			   s->file, d, PL(F.city), PL(F.district), FMT(), COUNT());
		mr_facts_free(&F, &mr_default_allocator);
		Ftext = NULL;
		free(text);
	}
	CHECK(found == 5);
}

/* the floors the evaluation must keep (regressions fail) */
TEST(fixture_floors)
{
	const evalres *r = &fixture_result;
	double		t = r->total ? r->total : 1;

	CHECK(r->ok[F_HELD] / t >= 0.95);
	CHECK(r->ok[F_CITY] / t >= 0.95);
	CHECK(r->ok[F_REGION] / t >= 0.95);
	CHECK(r->ok[F_DISTRICT] / t >= 0.90);
	CHECK(r->ok[F_FORMAT] / t >= 0.95);
	CHECK(r->ok[F_COUNT] / t >= 0.95);
	CHECK(r->ok[F_VENUE] / t >= 0.85);
	CHECK(r->ok[F_HOST] / t >= 0.85);
	/* lists: precision and recall by normalized containment */
	CHECK(r->tp_p[L_ASSOC] >= 0.9 * r->np[L_ASSOC] && r->tp_r[L_ASSOC] >= 0.9 * r->nr[L_ASSOC]);
	CHECK(r->tp_p[L_OFFICIAL] >= 0.9 * r->np[L_OFFICIAL] &&
		  r->tp_r[L_OFFICIAL] >= 0.9 * r->nr[L_OFFICIAL]);
	CHECK(r->tp_p[L_DEMAND] >= 0.85 * r->np[L_DEMAND] &&
		  r->tp_r[L_DEMAND] >= 0.9 * r->nr[L_DEMAND]);
	CHECK(r->tp_p[L_COMMIT] >= 0.9 * r->np[L_COMMIT] &&
		  r->tp_r[L_COMMIT] >= 0.9 * r->nr[L_COMMIT]);
}

int
main(void)
{
	verbose = getenv("MR_EXTRACT_VERBOSE") && *getenv("MR_EXTRACT_VERBOSE") == '1';
	load_gazetteer();
	RUN(formats);
	RUN(dates);
	RUN(counts);
	RUN(associations_officials);
	RUN(demands_commitments);
	RUN(venue_host_places);
	RUN(own_reports_table);
	RUN(not_a_meeting);
	RUN(hard_input);
	RUN(interrupts_called);
	RUN(gazetteer_builder);
	RUN(fixture_evaluation);
	RUN(fixture_floors);
	RUN(seeds);
	mr_facts_free(&F, &mr_default_allocator);
	mr_extractor_free(ex);
	mr_gazetteer_free(gz);
	{
		size_t		i;

		for (i = 0; i < npl; i++)
		{
			free(pkey[i]);
			free(pname[i]);
		}
		free(pkey);
		free(pname);
	}
	return UNIT_END("test_extract");
}
