/*-------------------------------------------------------------------------
 *
 * mr_extract_words.c
 *	  The extractor's vocabulary: word classes (a hash table of normalized
 *	  words), the recognition of verbal nouns and future verbs by their
 *	  shape, and the phrase lexicon (meeting formats, security bodies, set
 *	  phrases) compiled with the lexicon matcher.
 *
 * Words are written here in ordinary spelling and normalized when the
 * table is built, so hamza, ة/ه and ى/ي variants need no listing.  A word
 * is looked up as written and after removing the clitics و/ف, ب/ل/ك and
 * the article; verbs and function words only match without ب/ل/ك/ال
 * (so بعقد is never the verb عقد), nouns match with any clitic.
 *
 *-------------------------------------------------------------------------
 */
#include "mr_extract_int.h"

#include <string.h>

/* ----------------------------------------------------------------
 * Word lists
 * ----------------------------------------------------------------
 */

typedef struct wlist
{
	uint64_t	cls;
	bool		bare;			/* verbs/function words: no ب/ل/ك/ال */
	const char *words;			/* space-separated */
} wlist;

static const wlist word_lists[] = {
	{W_MEET, false, "لقاء لقاءا اجتماع اجتماعا rencontre reunion"},
	{W_MEET_PL, false, "لقاءات اجتماعات ندوات rencontres reunions seminaires"},
	{W_EVENT, true,
		"احتضن احتضنت احتضنه احتضنها احتضنته احتضنتها تحتضن يحتضن ستحتضن "
		"انعقد انعقدت ينعقد تنعقد سينعقد ستنعقد عقد عقدت عقده عقدها عقدته "
		"عقدتها يعقد تعقد نظم نظمت نظمه نظمها نظمته نظمتها ينظم تنظم ينظمها "
		"تنظمها ينظمه تنظمه التأم التأمت استضاف استضافت يستضيف تستضيف جمع "
		"جمعت ترأس ترأست ترأسه ترأسها انطلق انطلقت افتتح افتتحت شهد شهدت "
		"أقيم أقيمت جرى جرت abrite accueilli accueillie accueille tenu tenue "
		"organise organisee deroule deroulee reuni"},
	{W_EVENT, false, "المنعقد المنعقدة"},
	{W_ORGVERB, true,
		"نظم نظمت نظمه نظمها نظمته نظمتها ينظم تنظم ينظمها تنظمها ينظمه "
		"تنظمه عقد عقدت يعقد تعقد عقدته عقدتها جمع جمعت دعت دعا احتضن احتضنت "
		"احتضنه احتضنته احتضنتها تحتضن يحتضن استضاف استضافت organise "
		"organisee"},
	{W_HOSTVERB, true,
		"احتضن احتضنت احتضنه احتضنها احتضنته احتضنتها تحتضن يحتضن ستحتضن "
		"استضاف استضافت تستضيف يستضيف abrite accueille accueilli"},
	{W_VENUE, false,
		"مقر قاعة مدرج فضاء ساحة رحاب دار مركب مركز فندق كلية مسرح خيمة قصر "
		"مكتبة ثانوية إعدادية مدرسة siege salle locaux amphitheatre hotel"},
	{W_DEMAND, true,
		"طالب طالبت طالبوا طالبنا طالبتا يطالب تطالب يطالبون يطالبن نطالب "
		"دعا دعت دعوا يدعو تدعو يدعون ندعو اقترح اقترحت اقترحوا يقترح تقترح "
		"يقترحون التمس التمست التمسوا يلتمس تلتمس يلتمسون ناشد ناشدت ناشدوا "
		"يناشد تناشد أوصى أوصت أوصوا يوصي توصي نادى نادت نادوا ينادي تنادي "
		"demande demandent demandaient reclame reclament appele appelle "
		"appellent plaide recommande recommandent revendique revendiquent "
		"exige exigent souhaite souhaitent sollicite"},
	{W_DEMAND, false,
		"مطالبين مطالبات مطالبا مطالبة ملتمس ملتمسا ملتمسين داعيا داعية "
		"داعين داعيات مقترحين مطالب مقترحات توصيات اقتراح اقتراحات"},
	{W_DEMAND_CALL, true,
		"دعا دعت دعوا يدعو تدعو يدعون ندعو ناشد ناشدت ناشدوا يناشد تناشد"},
	{W_DEMAND_CALL, false, "داعيا داعية داعين داعيات"},
	{W_NECESSITY, false, "ضرورة necessite"},
	{W_DEMAND_KW, false,
		"مطالب مطلب توصيات توصية خلاصات مقترحات اقتراحات ملتمسات مطالبة "
		"recommandations revendications doleances demandes propositions"},
	{W_INTERV_KW, false, "مداخلات تدخلات interventions"},
	{W_COMMIT, true,
		"أعلن أعلنت أعلنوا تعهد تعهدت تعهدوا يتعهد تتعهد التزم التزمت "
		"التزموا يلتزم تلتزم وعد وعدت وعدوا قرر قررت engage engagee engages "
		"annonce promis promet"},
	{W_COMMIT_WEAK, false,
		"مستعد مستعدة مستعدون مستعدين استعداد مبرمج مبرمجة"},
	{W_COMMIT_WEAK, true, "برمج برمجت تقرر"},
	{W_COMMIT_KW, false, "التزامات engagements"},
	{W_MASDAR, false,
		"وضع فتح دعم رفع عقد هدم نشر عرض ربط منع حجز سحب ضبط حل بث خلق منح "
		"حماية رعاية صيانة وقاية توعية تنمية تربية تقوية تسوية تهيئة تغطية "
		"تعبئة برمجة رقمنة عصرنة هيكلة جدولة إعادة إقامة إضافة إحالة إثارة "
		"إنارة وجود دخول خروج ضمان بناء إيجاد تدخل تتبع تكفل عدم دراسة زيادة "
		"إيلاء تعيين تقديم إرساء مضاعفة مواكبة مراقبة إنشاء تشجيع إصدار "
		"تخفيض تفعيل إخبار إطلاق مكافحة محاربة اعتماد مواصلة توزيع إشراك "
		"تمكين توسيع إحداث تخصيص تفكيك اتخاذ احترام تعميم معالجة تسريع "
		"تبسيط تأطير توفير تشديد تكثيف تنظيم تأمين ترقيم تسييج إصلاح تنسيق "
		"مراسلة تكوين استماع استقبال ترسيخ تعزيز إدماج توجيه تخليق تحرير "
		"حملة حملات تنصيب"},
	{W_NOTMASDAR, false,
		"أطفال أسواق أشخاص أعمال أحياء أموال أوقات أبناء أقراص أرقام أصحاب "
		"أجيال أفراد أقسام أبواب أشكال أنواع أعضاء أهداف أوضاع أطراف أخطار "
		"أسباب أعوان تلميذ تلميذة تاريخ مقاطعة مناسبة أجانب أساتذة اجتماع "
		"استثناء"},
	{W_STOP, true,
		"في على عن إلى الى من مع أن إن أنه أنها أنهم بأن لأن كان كانت الذي "
		"التي الذين اللذين اللتين اللواتي خلال قد لقد حول بعد قبل منذ لكن "
		"لكنه غير ثم أو هذا هذه ذلك تلك هؤلاء هو هي هم لم لن لا ما إذ إذا "
		"عند لدى بين دون ضد نحو أمام وسط تحت فوق رغم حسب بحسب وفق وفقا أي "
		"كل جميع عبر مثل ضمن لفائدة قصد بهدف أجل حتى سواء أيضا كذلك إلا فقط "
		"خاصة ابتداء طيلة عقب إثر أثناء بخصوص حيث فيما بينما كما إنه إنها "
		"عليه عليها له لها لهم منه منها فيه فيها بها به بهم "
		"يومها آنذاك a ont est sont et pour avec sur dans par qui que lors "
		"au aux en devant entre ou mais"},
	{W_CLAUSE, true,
		"فيما بينما كما حيث مؤكدا مؤكدة مؤكدين مؤكدات مشيرا مشيرة مشيرين "
		"مضيفا مضيفة مضيفين مبرزا مبرزة مبرزين معتبرا معتبرة معتبرين موضحا "
		"موضحة لافتا لافتة مذكرا مشددا مشددة مشددين معربا معربة "
		"معربين منوها منوهة مستعرضا مستعرضة tandis alors ainsi"},
	{W_SECWORD, false,
		"منطقة دائرة أمن أمني أمنية مصلحة خلية فرقة مفوضية هيئة مركز شرطة "
		"قسم سرية درك قيادة ولاية مديرية استعلامات إقليمي إقليمية ولائي "
		"ولائية جهوي جهوية قضائية حضرية فرع وحدة ملكي zone surete "
		"arrondissement police commissariat brigade prefecture service "
		"district gendarmerie cellule section securite division"},
	{W_RANK, false,
		"عميد رائد قبطان كولونيل مقدم ضابط ضابطة مفتش مراقب عقيد ليوتنان "
		"كومندار commissaire commandant capitaine lieutenant colonel officier "
		"inspecteur controleur adjudant"},
	{W_RANKMOD, false,
		"ممتاز ممتازة إقليمي إقليمية مركزي مركزية عام ماجور شرطة principal "
		"divisionnaire general police"},
	{W_HONOR, false, "السيد السيدة السادة m mme monsieur madame mr"},
	{W_ASSOC_HEAD, false, "جمعية رابطة ودادية association amicale ligue"},
	{W_ASSOC_NET, false,
		"فيدرالية تنسيقية شبكة ائتلاف اتحاد federation coordination reseau "
		"collectif union"},
	{W_ASSOC_SG, false, "جمعية association"},
	{W_ASSOC_PL, false, "جمعيات associations"},
	{W_ASSOC_DU, false, "جمعيتان جمعيتين جمعيتي"},
	{W_TEEN, false, "عشر عشرة"},
	{W_ORDINAL, false,
		"أول أولى ثاني ثانية ثان ثالث ثالثة رابع رابعة خامس خامسة سادس سادسة "
		"سابع سابعة ثامن ثامنة تاسع تاسعة عاشر عاشرة حادي حادية عشر عشرة "
		"premier premiere deuxieme troisieme quatrieme cinquieme"},
	{W_OTHERQ, false,
		"سابق سابقة ماضي ماضية فارط منصرم منصرمة موالي موالية مقبل مقبلة "
		"قادم قادمة مرتقب مرتقبة آخر أخرى أول أولى precedente precedent "
		"prochaine prochain"},
	{W_PART, true, "حضر حضره حضرها حضرته حضرتها شارك شاركت شاركوا participe"},
	{W_PART, false,
		"حضور مشاركة ممثل ممثلو ممثلي ممثلين ممثلات ممثلة وفود وفد "
		"representants participation presence"},
	{W_VAGUE, false,
		"بعض عدد مجموعة عشرات العديد مختلف جل أغلب عديد ثلة كثير plusieurs "
		"certaines nombreuses quelques"},
	{W_TIME, false, "يوم يومه صباح مساء عشية زوال ليلة ساعة تاريخ"},
	{W_CITYCUE, false, "مدينة ville"},
	{W_REGIONCUE, false, "جهة region"},
	{W_PROVCUE, false, "إقليم عمالة province"},
	{W_DISTCUE, false, "حي مقاطعة دوار quartier"},
	{W_NARR, true,
		"أثار أثارت أثاروا أشار أشارت أشاروا اشتكى اشتكت اشتكوا سجل سجلت "
		"سجلوا تحدث تحدثت تحدثوا قال قالت قالوا أكد أكدت أكدوا نبه نبهت "
		"نبهوا أوضح أوضحت أوضحوا عبر عبرت عبروا انتقد انتقدت انتقدوا تساءل "
		"تساءلت ركز ركزت ركزوا تطرق تطرقت تطرقوا اعتبر اعتبرت اعتبروا أبرز "
		"أبرزت ذكر ذكرت طرح طرحت طرحوا أشاد أشادت أشادوا استعرض استعرضت قدم "
		"قدمت قدموا أعرب أعربت أقر أقرت"},
	{W_OFFGEN, false, "مسؤول مسؤولة مسؤولون مسؤولين"},
	{W_CIVIL, false,
		"جمعية جمعيات جمعيتان جمعيتين حاضرون حاضرين حاضرات مشاركون مشاركين "
		"مشاركات متدخلون متدخلين ممثلو ممثلي ممثلين فاعلون فاعلين سكان ساكنة "
		"مواطنون مواطنين فعاليات طلبة associations participants habitants"},
	{W_LABEL_PLACE, false, "مكان lieu"},
	{W_LABEL_DATE, false, "تاريخ date"},
	{W_OFFOF, false, "مسؤولي responsables"},
	{W_SINCE, true, "منذ depuis"},
	{W_OUTOF, false, "أصل مجموع"},
	{W_REGISTERED, false, "مسجلة مسجل مسجلين منخرطة"},
	{W_FR_CONN, false, "de du des d l la le les"},
	{W_LISTINTRO, false, "يلي كالتالي التالية التالي تالية suivantes suivants"},
	{W_ACTING, true, "بالنيابة نيابة سابقا"},
	{W_PRONOUN_OBJ, true, "به بها بهم بهن"},
	{W_ABOUT, true, "عن"},
	{W_TO, true, "إلى الى"},
	{W_FROM, true, "من"},
	{W_IN, true, "في"},
	{W_INTO, true, "إليه إليها"},
	{W_INVITE, false, "دعوة initiative"},
	{W_FR_VERB, true, "a ont est sont"},
	{W_NOTFUT, false,
		"ستة ستين ستون سيارة سيارات سيدي سيد سيدة سيدات سياسة سياسي سياسية "
		"سياحة سياحي سياحية سيول سير سيرا سيطرة سينما ستار سنة سنوات سنتين "
		"سنين سنويا سيبراني سيبرانية سيليسيون سيما سياق سيادة سيارتين "
		"ستراتيجية سنتيم سيرورة سياج سيناريو ستبقى سيبقى ستظل سيظل ستكون سيكون "
		"ستصبح سيصبح سنبقى سنظل"},
};

typedef struct wnum
{
	const char *word;
	int			value;
} wnum;

static const wnum role_words[] = {
	{"رئيس", ROLE_RAIS}, {"رئيسة", ROLE_RAIS}, {"نائب", ROLE_NAIB},
	{"نائبة", ROLE_NAIB}, {"والي", ROLE_WALI}, {"قائد", ROLE_QAID},
	{"قائدة", ROLE_QAID}, {"باشا", ROLE_PASHA}, {"chef", ROLE_FR},
	{"prefet", ROLE_FR}, {"commandant", ROLE_FR}, {"directeur", ROLE_FR},
	{"directrice", ROLE_FR},
};

typedef struct wextra
{
	uint16_t	extra;
	const char *words;
} wextra;

static const wextra extra_words[] = {
	{X_NAMESTART, "عبد أبو أبي ابن بن بنت مولاي سيدي لالة آيت أيت أم"},
	{X_INSIDE, "داخل"},
	{X_AN, "أن بأن أنه بأنه"},
	{X_OBJPREP, "على لدى مع عن إلى الى"},
	{X_HIGHLIGHT, "أبرزها أهمها أبرز أهم أبرزهم ومنها منها"},
	{X_AGENT, "par طرف"},
	/*
	 * Common first names of Moroccan officials (men and women), so that a
	 * name that follows a role without a comma ("رئيس الهيئة الحضرية
	 * عزيز الفيلالي") is read as a name, and a role stops before it.  Names
	 * that are everyday words (نور، حياة، وفاء، أمين، جمال، سكينة) are
	 * left out.
	 */
	{X_FIRSTNAME, "محمد أحمد امحمد يوسف مصطفى عزيز رشيد سعيد خالد حسن حسين عمر "
		"إدريس ادريس عادل كريم نبيل هشام يونس أيوب أنس بلال حمزة زكرياء زكريا "
		"إسماعيل إبراهيم عثمان طارق سمير منير توفيق فؤاد لحسن الحسين الحسن المهدي "
		"مهدي العربي الطيب إلياس الياس ياسين ياسر وليد عماد نجيب لطفي مراد فريد حميد "
		"عبداللطيف عبدالله عبدالرحيم عبدالإله عبدالحق عبدالعزيز عبدالكريم "
		"مولود بوشعيب الحبيب صلاح محسن محمود شكيب سفيان زهير أسامة جواد رضوان "
		"رضا مروان عصام أشرف خليل الميلودي المصطفى سليمان قاسم نور الدين نورالدين "
		"عبد_الرحمن حكيم عبدالصمد إدريس المختار مختار الهاشمي هاشم بوبكر أبوبكر "
		"فاطمة خديجة نادية مريم أمينة زينب سعاد ليلى حنان سناء نزهة لطيفة نعيمة "
		"رشيدة كوثر سلمى هند إيمان أسماء سميرة مليكة زهرة نوال بشرى جميلة سهام "
		"ابتسام عائشة حليمة نجاة فتيحة سلوى هدى غزلان ياسمينة دنيا حفيظة "
		"mohamed mohammed ahmed youssef mustapha mostafa aziz rachid said khalid "
		"hassan hicham omar abdellatif abdelaziz abdelkader fatima khadija nadia"},
};

static const wnum number_words[] = {
	{"واحد", 1}, {"واحدة", 1}, {"اثنان", 2}, {"اثنين", 2}, {"اثنتان", 2},
	{"اثنتين", 2}, {"ثلاث", 3}, {"ثلاثة", 3}, {"أربع", 4}, {"أربعة", 4},
	{"خمس", 5}, {"خمسة", 5}, {"ست", 6}, {"ستة", 6}, {"سبع", 7}, {"سبعة", 7},
	{"ثمان", 8}, {"ثماني", 8}, {"ثمانية", 8}, {"تسع", 9}, {"تسعة", 9},
	{"عشر", 10}, {"عشرة", 10}, {"إحدى", 1}, {"أحد", 1}, {"اثنتا", 2},
	{"اثنا", 2}, {"اثني", 2}, {"اثنتي", 2}, {"عشرين", 20}, {"عشرون", 20},
	{"ثلاثين", 30}, {"ثلاثون", 30}, {"أربعين", 40}, {"أربعون", 40},
	{"خمسين", 50}, {"خمسون", 50}, {"ستين", 60}, {"ستون", 60},
	{"سبعين", 70}, {"سبعون", 70}, {"ثمانين", 80}, {"ثمانون", 80},
	{"تسعين", 90}, {"تسعون", 90}, {"مائة", 100}, {"مئة", 100},
	{"مائتين", 200}, {"مائتي", 200}, {"مئتين", 200}, {"ثلاثمائة", 300},
	{"أربعمائة", 400}, {"خمسمائة", 500}, {"ألف", 1000},
	{"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4},
	{"cinq", 5}, {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9},
	{"dix", 10}, {"onze", 11}, {"douze", 12}, {"treize", 13},
	{"quatorze", 14}, {"quinze", 15}, {"seize", 16}, {"vingt", 20},
	{"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60},
	{"cent", 100},
};

/* ----------------------------------------------------------------
 * The hash table
 * ----------------------------------------------------------------
 */

static const xw_entry *
xw_find(const xwords *w, const char *s, size_t n)
{
	uint64_t	h;
	size_t		i;

	if (w->cap == 0)
		return NULL;
	h = mr_hash_bytes(s, n);
	i = h & (w->cap - 1);
	while (w->tab[i].hash != 0)
	{
		const xw_entry *e = &w->tab[i];

		if (e->hash == h && e->len == n && memcmp(w->pool + e->off, s, n) == 0)
			return e;
		i = (i + 1) & (w->cap - 1);
	}
	return NULL;
}

static void
xw_grow(xwords *w)
{
	size_t		ncap = w->cap ? w->cap * 2 : 1024;
	xw_entry   *nt = w->mem->alloc(ncap * sizeof(xw_entry), w->mem->arg);
	size_t		i;

	memset(nt, 0, ncap * sizeof(xw_entry));
	for (i = 0; i < w->cap; i++)
		if (w->tab[i].hash != 0)
		{
			size_t		j = w->tab[i].hash & (ncap - 1);

			while (nt[j].hash != 0)
				j = (j + 1) & (ncap - 1);
			nt[j] = w->tab[i];
		}
	if (w->tab)
		w->mem->free(w->tab, w->mem->arg);
	w->tab = nt;
	w->cap = ncap;
}

/* Add (or merge into) the entry for the normalized form of word[0..n). */
static void
xw_add(xwords *w, const char *word, size_t n, uint64_t cls, bool bare,
	   int value, uint16_t extra)
{
	mr_buf		b;
	xw_entry   *e;
	uint64_t	h;
	size_t		i;

	mr_buf_init(&b, w->mem, n * 2 + 8);
	mr_normalize(word, n, &b);
	if (b.len == 0)
	{
		mr_buf_free(&b);
		return;
	}
	if ((w->n + 1) * 2 > w->cap)
		xw_grow(w);
	h = mr_hash_bytes(b.data, b.len);
	i = h & (w->cap - 1);
	while (w->tab[i].hash != 0)
	{
		e = &w->tab[i];
		if (e->hash == h && e->len == b.len &&
			memcmp(w->pool + e->off, b.data, b.len) == 0)
			break;
		i = (i + 1) & (w->cap - 1);
	}
	e = &w->tab[i];
	if (e->hash == 0)
	{
		if (w->pool_len + b.len > w->pool_cap)
		{
			size_t		nc = w->pool_cap ? w->pool_cap * 2 : 16384;

			while (nc < w->pool_len + b.len)
				nc *= 2;
			w->pool = w->pool ? w->mem->realloc(w->pool, nc, w->mem->arg)
				: w->mem->alloc(nc, w->mem->arg);
			w->pool_cap = nc;
		}
		memcpy(w->pool + w->pool_len, b.data, b.len);
		e->hash = h;
		e->off = w->pool_len;
		e->len = (uint32_t) b.len;
		e->value = -1;
		e->extra = 0;
		e->cls_bare = e->cls_any = 0;
		w->pool_len += b.len;
		w->n++;
	}
	if (bare)
	{
		e->cls_bare |= cls;
		if (cls & (W_EVENT | W_DEMAND | W_COMMIT | W_NARR | W_PART | W_ORGVERB |
				   W_HOSTVERB | W_COMMIT_WEAK))
			extra |= X_VERB;
	}
	else
		e->cls_any |= cls;
	if (value >= 0)
		e->value = value;
	e->extra |= extra;
	mr_buf_free(&b);
}

void
xw_build(xwords *w, const mr_allocator *mem)
{
	size_t		k;

	memset(w, 0, sizeof(*w));
	w->mem = mem;
	for (k = 0; k < sizeof(word_lists) / sizeof(word_lists[0]); k++)
	{
		const char *p = word_lists[k].words;

		while (*p)
		{
			const char *q;

			while (*p == ' ')
				p++;
			q = p;
			while (*q && *q != ' ')
				q++;
			if (q > p)
				xw_add(w, p, q - p, word_lists[k].cls, word_lists[k].bare, -1, 0);
			p = q;
		}
	}
	for (k = 0; k < sizeof(extra_words) / sizeof(extra_words[0]); k++)
	{
		const char *p = extra_words[k].words;

		while (*p)
		{
			const char *q;

			while (*p == ' ')
				p++;
			q = p;
			while (*q && *q != ' ')
				q++;
			if (q > p)
				xw_add(w, p, q - p, 0, true, -1, extra_words[k].extra);
			p = q;
		}
	}
	for (k = 0; k < sizeof(number_words) / sizeof(number_words[0]); k++)
		xw_add(w, number_words[k].word, strlen(number_words[k].word),
			   W_NUM, false, number_words[k].value, 0);
	for (k = 0; k < sizeof(role_words) / sizeof(role_words[0]); k++)
		xw_add(w, role_words[k].word, strlen(role_words[k].word),
			   W_ROLE, false, role_words[k].value, 0);
}

void
xw_free(xwords *w)
{
	if (w->tab)
		w->mem->free(w->tab, w->mem->arg);
	if (w->pool)
		w->mem->free(w->pool, w->mem->arg);
	memset(w, 0, sizeof(*w));
}

/* ----------------------------------------------------------------
 * Classifying a token
 * ----------------------------------------------------------------
 */

/* Look up a word given as code points. */
static const xw_entry *
lookup_cps(const xwords *w, const uint32_t *cp, size_t n)
{
	char		buf[MR_TOKEN_MAX * 4 + 16];
	size_t		len = 0;
	size_t		i;

	if (n > MR_TOKEN_MAX)
		return NULL;
	for (i = 0; i < n; i++)
		len += mr_utf8_encode(cp[i], buf + len);
	return xw_find(w, buf, len);
}

/*
 * Verbal-noun shapes (on a word without clitics, article or pronoun):
 * تفعيل تفعلة-like (ت..ي.), إفعال (ا..ا.), افتعال (ا.ت.ا.), انفعال,
 * استفعال, مفاعلة (م.ا..ه), تفاعل (ت.ا..).
 */
static bool
masdar_shape(const uint32_t *c, size_t n)
{
	if (n == 5 && c[0] == AR_TA && c[3] == AR_YA)
		return true;
	if (n == 5 && c[0] == AR_ALEF && c[3] == AR_ALEF)
		return true;
	if (n == 6 && c[0] == AR_ALEF && c[2] == AR_TA && c[4] == AR_ALEF)
		return true;
	if (n == 6 && c[0] == AR_ALEF && c[1] == AR_NUN && c[4] == AR_ALEF)
		return true;
	if (n == 7 && c[0] == AR_ALEF && c[1] == AR_SIN && c[2] == AR_TA &&
		c[5] == AR_ALEF)
		return true;
	if ((n == 5 || n == 6) && c[0] == AR_MIM && c[2] == AR_ALEF &&
		(c[n - 1] == AR_HA || c[n - 1] == AR_TEH_M))
		return true;
	if (n == 5 && c[0] == AR_TA && c[2] == AR_ALEF)
		return true;
	return false;
}

/* length without a pronoun suffix (هم ها هن كم نا ه), or n */
static size_t
strip_pronoun(const uint32_t *c, size_t n)
{
	if (n >= 6 && c[n - 2] == AR_HA && (c[n - 1] == AR_MIM || c[n - 1] == AR_ALEF ||
										c[n - 1] == AR_NUN))
		return n - 2;
	if (n >= 6 && c[n - 2] == AR_KAF && c[n - 1] == AR_MIM)
		return n - 2;
	if (n >= 6 && c[n - 2] == AR_NUN && c[n - 1] == AR_ALEF)
		return n - 2;
	if (n >= 5 && c[n - 1] == AR_HA)
		return n - 1;
	return n;
}

typedef struct variant
{
	const uint32_t *cp;
	size_t		n;
	uint8_t		cl;
} variant;

static int
addv(variant *v, int nv, const uint32_t *cp, size_t n, uint8_t cl)
{
	if (nv < 12)
	{
		v[nv].cp = cp;
		v[nv].n = n;
		v[nv].cl = cl;
		nv++;
	}
	return nv;
}

void
xw_classify(const xwords *w, const uint32_t *norm, size_t n,
			mr_token_kind kind, xtok *t)
{
	variant		v[12];
	int			nv = 0;
	int			k;
	int			base_n;
	bool		first_hit = true;

	t->cls = 0;
	t->num = -1;
	t->cl = 0;
	t->mcl = 0;
	t->pron = 0;
	t->x = 0;
	t->shape = 0;
	t->nlet = (uint8_t) (n > 255 ? 255 : n);
	if (n == 0)
		return;
	if (kind == MR_TOK_ARABIC)
	{
		size_t		o = 0;

		if ((norm[0] == AR_WAW || norm[0] == AR_FA) && n >= 3)
		{
			t->shape |= SH_W;
			o = 1;
		}
		if (n >= o + 3 && norm[o] == AR_ALEF && norm[o + 1] == AR_LAM)
			t->shape |= SH_AL;
		else if (n >= 4 && norm[n - 1] == AR_ALEF)
			t->shape |= SH_ACC;
		if (n >= 4 && norm[n - 2] == AR_YA && norm[n - 1] == AR_NUN)
			t->shape |= SH_IN;
		if (n >= o + 3 && norm[o] == AR_BA)
			t->shape |= SH_B;
	}
	if (kind == MR_TOK_NUMBER)
	{
		int64_t		val = 0;
		size_t		i;

		for (i = 0; i < n && i < 9; i++)
			if (norm[i] >= '0' && norm[i] <= '9')
				val = val * 10 + (norm[i] - '0');
		t->num = (n <= 9) ? (int32_t) val : -1;
		return;
	}

	if (kind == MR_TOK_ARABIC && n == 1 && norm[0] == AR_WAW)
	{
		t->cls = W_WAW;
		return;
	}
	nv = addv(v, nv, norm, n, 0);
	if (kind == MR_TOK_ARABIC)
	{
		if ((norm[0] == AR_WAW || norm[0] == AR_FA) && n >= 3)
			nv = addv(v, nv, norm + 1, n - 1, CL_CONJ);
		base_n = nv;
		for (k = 0; k < base_n; k++)
		{
			const uint32_t *c = v[k].cp;
			size_t		m = v[k].n;
			uint8_t		p;

			if (m < 3 || !(c[0] == AR_BA || c[0] == AR_LAM || c[0] == AR_KAF))
				continue;
			p = c[0] == AR_BA ? CL_B : c[0] == AR_LAM ? CL_L : CL_K;
			nv = addv(v, nv, c + 1, m - 1, (uint8_t) (v[k].cl | p));
			/* لل…: also ل + ال… with the article's alif written away */
			if (c[0] == AR_LAM && m >= 4 && c[1] == AR_LAM)
				nv = addv(v, nv, c + 2, m - 2, (uint8_t) (v[k].cl | CL_L | CL_ART));
		}
		base_n = nv;
		for (k = 0; k < base_n; k++)
		{
			const uint32_t *c = v[k].cp;
			size_t		m = v[k].n;

			if (!(v[k].cl & CL_ART) && m >= 4 && c[0] == AR_ALEF && c[1] == AR_LAM)
				nv = addv(v, nv, c + 2, m - 2, (uint8_t) (v[k].cl | CL_ART));
		}
	}

	for (k = 0; k < nv; k++)
	{
		const xw_entry *e = lookup_cps(w, v[k].cp, v[k].n);
		uint64_t	cls = 0;

		if (e)
		{
			cls = e->cls_any;
			if (!(v[k].cl & (CL_PREP | CL_ART)))
			{
				cls |= e->cls_bare;
				/* extras are bare words (و allowed), except بأن */
				if (!(v[k].cl & (CL_PREP | CL_ART)))
					t->x |= e->extra;
			}
			if ((cls & (W_NUM | W_ROLE)) && t->num < 0)
				t->num = e->value;
		}
		if (cls)
		{
			if (first_hit)
				t->cl = v[k].cl;
			first_hit = false;
			if ((cls & W_MASDAR) && !(t->cls & W_MASDAR))
				t->mcl = v[k].cl;
			t->cls |= cls;
		}
	}

	if (kind == MR_TOK_ARABIC && !(t->cls & (W_MASDAR | W_NOTMASDAR)))
	{
		/* the shape of a verbal noun, on a bare reading, maybe + pronoun */
		for (k = 0; k < nv; k++)
		{
			size_t		m = v[k].n;
			size_t		mp = strip_pronoun(v[k].cp, m);
			const xw_entry *e;

			if (masdar_shape(v[k].cp, m) ||
				(mp != m && masdar_shape(v[k].cp, mp)))
			{
				e = lookup_cps(w, v[k].cp, m);
				if (e && (e->cls_any & W_NOTMASDAR))
					continue;
				t->cls |= W_MASDAR;
				t->mcl = v[k].cl;
				t->pron = (mp != m);
				break;
			}
			/* a listed verbal noun with a pronoun: إشراكهم، تعزيزه */
			if (mp != m)
			{
				e = lookup_cps(w, v[k].cp, mp);
				if (e && (e->cls_any & W_MASDAR))
				{
					t->cls |= W_MASDAR;
					t->mcl = v[k].cl;
					t->pron = 1;
					break;
				}
			}
		}
	}

	if (kind == MR_TOK_ARABIC && !(t->cls & W_NOTFUT))
	{
		/* a future verb: س + ي/ت/ن + at least two letters (سيتم، ستعمم) */
		for (k = 0; k < nv && k < 2; k++)
		{
			const uint32_t *c = v[k].cp;
			size_t		m = v[k].n;

			if ((v[k].cl & ~CL_CONJ) == 0 && m >= 4 && c[0] == AR_SIN &&
				(c[1] == AR_YA || c[1] == AR_TA || c[1] == AR_NUN) &&
				c[2] != AR_ALEF)
			{
				t->cls |= W_FUTURE;
				break;
			}
		}
	}

	if (kind == MR_TOK_LATIN && n >= 5 && !(t->cls & (W_STOP | W_FR_CONN)))
	{
		/* French nouns of action and infinitives */
		const uint32_t *e = norm + n;

		if ((n >= 6 && e[-4] == 'm' && e[-3] == 'e' && e[-2] == 'n' && e[-1] == 't') ||
			(n >= 6 && e[-4] == 't' && e[-3] == 'i' && e[-2] == 'o' && e[-1] == 'n') ||
			(n >= 6 && e[-3] == 'a' && e[-2] == 'g' && e[-1] == 'e') ||
			(e[-2] == 'e' && e[-1] == 'r') || (e[-2] == 'i' && e[-1] == 'r'))
			t->cls |= W_FR_INF;
	}
}

/* ----------------------------------------------------------------
 * The phrase lexicon
 * ----------------------------------------------------------------
 */

typedef struct cue_def
{
	int			id;
	int			cat;
	mr_term_kind kind;
	const char *terms;			/* '|'-separated */
} cue_def;

static const cue_def cue_defs[] = {
	{CU_GEN, CAT_FORMAT, MR_KIND_TERM, "لقاء|اجتماع|rencontre|réunion"},
	{CU_COMM, CAT_FORMAT, MR_KIND_TERM,
		"لقاء تواصلي|اجتماع تواصلي|لقاء للتواصل|جلسة تواصلية|"
		"rencontre de communication|réunion de communication|"
		"journée de communication"},
	{CU_CONS, CAT_FORMAT, MR_KIND_TERM,
		"لقاء تشاوري|اجتماع تشاوري|لقاء للتشاور|جلسة تشاورية|"
		"réunion de concertation|rencontre de concertation"},
	{CU_CONS_WEAK, CAT_FORMAT, MR_KIND_TERM, "تشاور|يتشاور|تتشاور|concertation"},
	{CU_SEM, CAT_FORMAT, MR_KIND_TERM,
		"ندوة|يوم دراسي|يوما دراسيا|مائدة مستديرة|séminaire|colloque|"
		"table ronde|journée d'étude"},
	{CU_OPEN, CAT_FORMAT, MR_KIND_TERM,
		"أيام الأبواب المفتوحة|الأبواب المفتوحة|portes ouvertes"},
	{CU_PRESS, CAT_FORMAT, MR_KIND_EXCLUDE,
		"ندوة صحفية|ندوة صحافية|conférence de presse|point de presse"},
	{BD_WILAYA, CAT_BODY, MR_KIND_TERM, "ولاية أمن|ولاية الأمن|préfecture de police"},
	{BD_ZONE, CAT_BODY, MR_KIND_TERM,
		"المنطقة الأمنية|منطقة الأمن|zone de sûreté|zone de sécurité"},
	{BD_PROV, CAT_BODY, MR_KIND_TERM,
		"المنطقة الإقليمية للأمن|الأمن الإقليمي|sûreté provinciale|"
		"sûreté régionale"},
	{BD_CIRC, CAT_BODY, MR_KIND_TERM,
		"الدائرة الأمنية|دائرة الشرطة|دائرة الأمن|arrondissement de police"},
	{BD_COMMISS, CAT_BODY, MR_KIND_TERM,
		"مفوضية الشرطة|مفوضية الأمن|commissariat de police|commissariat"},
	{BD_GEND, CAT_BODY, MR_KIND_TERM,
		"سرية الدرك الملكي|سرية الدرك|مركز الدرك الملكي|مركز الدرك|"
		"القيادة الجهوية للدرك الملكي|القيادة الجهوية للدرك|"
		"compagnie de gendarmerie|brigade de gendarmerie"},
	{BD_GEND_BARE, CAT_BODY, MR_KIND_TERM, "الدرك الملكي|gendarmerie royale"},
	{BD_DGSN, CAT_BODY, MR_KIND_TERM,
		"المديرية العامة للأمن الوطني|الإدارة العامة للأمن الوطني|"
		"direction générale de la sûreté nationale|DGSN"},
	{BD_DIR, CAT_BODY, MR_KIND_TERM,
		"مديرية الأمن|المديرية الجهوية للأمن|المديرية الإقليمية للأمن"},
	{CU_AMONG, CAT_MISC, MR_KIND_TERM,
		"من بينها|من بينهم|من بينهن|في مقدمتها|من ضمنها|parmi lesquelles|"
		"parmi lesquels"},
	{CU_OUTOF, CAT_MISC, MR_KIND_TERM, "من أصل|من مجموع|sur un total"},
	{CU_CONTEXT, CAT_MISC, MR_KIND_TERM,
		"في إطار|على هامش|ضمن فعاليات|في سياق|dans le cadre|en marge"},
	{CU_AGENDA, CAT_MISC, MR_KIND_TERM, "جدول الأعمال|ordre du jour"},
	{CU_LABEL_HOST, CAT_MISC, MR_KIND_TERM, "الجهة المنظمة|organisateur"},
	{CU_OFFGEN, CAT_MISC, MR_KIND_TERM,
		"المسؤول الأمني|المسؤولة الأمنية|المسؤولون الأمنيون|المسؤولين الأمنيين"},
	{CU_RELATED, CAT_MISC, MR_KIND_TERM,
		"مقالات ذات صلة|مواضيع ذات صلة|أخبار ذات صلة|اقرأ أيضا|اقرأ أيضاً|"
		"إقرأ أيضا|à lire aussi|lire aussi"},
	{CU_CIVSOC, CAT_MISC, MR_KIND_TERM,
		"المجتمع المدني|النسيج الجمعوي|الفاعلين الجمعويين|société civile"},
};

mr_lexicon *
xw_build_cues(const mr_allocator *mem)
{
	mr_lexicon *lx = mr_lexicon_create(mem);
	size_t		k;

	for (k = 0; k < sizeof(cue_defs) / sizeof(cue_defs[0]); k++)
	{
		const char *p = cue_defs[k].terms;

		while (*p)
		{
			const char *q = strchr(p, '|');
			size_t		len = q ? (size_t) (q - p) : strlen(p);

			if (len > 0)
				(void) mr_lexicon_add(lx, cue_defs[k].id, cue_defs[k].cat,
									  cue_defs[k].kind, p, len);
			p += len;
			if (*p == '|')
				p++;
		}
	}
	return lx;
}

/* ----------------------------------------------------------------
 * Exact place names
 * ----------------------------------------------------------------
 */

static void
xn_insert(xnames *x, const char *key, size_t len, int32_t place,
		  const mr_allocator *mem)
{
	uint64_t	h = mr_hash_bytes(key, len);
	size_t		i;

	if ((x->n + 1) * 2 > x->cap)
	{
		size_t		ncap = x->cap ? x->cap * 2 : 4096;
		xname	   *nt = mem->alloc(ncap * sizeof(xname), mem->arg);

		memset(nt, 0, ncap * sizeof(xname));
		for (i = 0; i < x->cap; i++)
			if (x->tab[i].hash != 0)
			{
				size_t		j = x->tab[i].hash & (ncap - 1);

				while (nt[j].hash != 0)
					j = (j + 1) & (ncap - 1);
				nt[j] = x->tab[i];
			}
		if (x->tab)
			mem->free(x->tab, mem->arg);
		x->tab = nt;
		x->cap = ncap;
	}
	/* skip an identical (key, place) */
	for (i = h & (x->cap - 1); x->tab[i].hash != 0; i = (i + 1) & (x->cap - 1))
		if (x->tab[i].hash == h && x->tab[i].place == place &&
			x->tab[i].len == len && memcmp(x->pool + x->tab[i].off, key, len) == 0)
			return;
	x->pool = mr_grow(mem, x->pool, &x->pool_cap, x->pool_len + len, 1, 16384);
	memcpy(x->pool + x->pool_len, key, len);
	x->tab[i].hash = h;
	x->tab[i].off = x->pool_len;
	x->tab[i].len = (uint32_t) len;
	x->tab[i].place = place;
	x->pool_len += len;
	x->n++;
}

void
xn_build(xnames *x, const mr_gazetteer *gz, const mr_allocator *mem)
{
	size_t		i;
	mr_buf		key;

	memset(x, 0, sizeof(*x));
	if (!gz || !gz->name_lists)
		return;
	mr_buf_init(&key, mem, 64);
	for (i = 0; i < gz->nplaces; i++)
	{
		const char *p = gz->name_lists[i];

		while (p && *p)
		{
			const char *q = strchr(p, '|');
			size_t		len = q ? (size_t) (q - p) : strlen(p);
			mr_tokenizer t;
			mr_token	tok;

			key.len = 0;
			mr_tokenizer_init(&t, p, len, mem);
			while (mr_tokenizer_next(&t, &tok))
			{
				if (key.len)
					mr_buf_append(&key, " ", 1);
				mr_buf_append_cps(&key, tok.norm, tok.norm_len);
			}
			mr_tokenizer_free(&t);
			if (key.len)
				xn_insert(x, key.data, key.len, (int32_t) i, mem);
			p += len;
			if (*p == '|')
				p++;
		}
	}
	mr_buf_free(&key);
}

void
xn_free(xnames *x, const mr_allocator *mem)
{
	if (x->tab)
		mem->free(x->tab, mem->arg);
	if (x->pool)
		mem->free(x->pool, mem->arg);
	memset(x, 0, sizeof(*x));
}

/* The places named exactly key[0..len); returns how many (at most max). */
int
xn_lookup(const xnames *x, const char *key, size_t len, int32_t *out, int max)
{
	uint64_t	h;
	size_t		i;
	int			n = 0;

	if (x->cap == 0)
		return 0;
	h = mr_hash_bytes(key, len);
	for (i = h & (x->cap - 1); x->tab[i].hash != 0; i = (i + 1) & (x->cap - 1))
		if (x->tab[i].hash == h && x->tab[i].len == len &&
			memcmp(x->pool + x->tab[i].off, key, len) == 0 && n < max)
			out[n++] = x->tab[i].place;
	return n;
}
