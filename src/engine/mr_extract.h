/*-------------------------------------------------------------------------
 *
 * mr_extract.h
 *	  The meeting-fact extractor: from the text of a report of a police –
 *	  civil society meeting, the facts behind meetreg.extract() (when and
 *	  where the meeting was held, who hosted it, its format, how many
 *	  associations took part, which were named, which officials spoke, what
 *	  was asked for and what was promised).
 *
 * Plain C + ICU like the rest of the engine (no PostgreSQL header).  Every
 * allocation goes through the caller's mr_allocator; long loops call
 * mr_check_interrupts (the tokenizer every ~64 KB, the extractor's own
 * passes every few thousand tokens).  Any byte string of any length is
 * accepted: invalid UTF-8 reads as U+FFFD, nothing is ever invented, and a
 * text that reports no meeting gives NULL facts and format 'other'.
 *
 * Contract summary (see "Rules" below for the details)
 * ----------------------------------------------------
 *	 held_on		the day (or month, or year) the meeting was held, as the
 *					text states it; relative dates need `published`.
 *	 city/district/region
 *					where the meeting physically took place (the venue), as
 *					indexes into the gazetteer; place_precision says how
 *					exactly the text locates it.
 *	 venue, host	spans of the text (venue without its leading ب, host in
 *					the form it is written, without a leading ب/و).
 *	 format			communication_meeting, consultation, seminar,
 *					open_days, other.
 *	 association_count, associations, officials, demands, commitments.
 *
 * Spans, not copies: every text result is an mr_span into the body (or
 * into the title when in_title is set), with byte and character offsets
 * (0-based, end exclusive), already trimmed: no leading bullet, clitic ب/و,
 * "بـ" or "إلى", no trailing punctuation or white space.  The caller cuts
 * the original text.
 *
 * Rules
 * -----
 * The text is tokenized once with the engine's tokenizer; words are
 * classified after removing the clitics و/ف, ب/ل/ك and the article (so
 * وبمقر is a venue head with ب, للأمن is أمن); verbs and function words only
 * match without ب/ل/ك/ال.  Multi-word phrases are found with the lexicon
 * matcher (mr_match.h: "لقاء تواصلي" also matches "لقاءا تواصليا",
 * "اللقاء التواصلي"), places with the gazetteer's lexicon, dates with
 * mr_find_dates().  Sentences end at . ! ? ؟ ؛ ; and line breaks (not at ?
 * or ! followed by a comma: "… أي توازن؟"، احتضنتها …"); lines give lists
 * (bullets - – — • * · and "1." "2)"), labels ("التاريخ:") and the
 * headline (up to three short first lines).
 *
 * The anchor.  A sentence that names a meeting (a format phrase, or لقاء /
 * اجتماع / rencontre / réunion, singular, not another meeting: followed by
 * السابق، الأول، الموالي، المقبل، أخرى … or announced: "وعد بعقد لقاء") is a
 * candidate; the anchor is the candidate with an event verb (احتضن، انعقد،
 * عقد، نظم، التأم، استضاف، جمع، ترأس، انطلق …, "a abrité", "s'est tenue")
 * (+4), a date (+3), a venue (+2), a specific format (+2), the earliest on
 * ties; a headline sentence counts 3 less.  When only the title names the
 * meeting, a sentence with an event verb and a date or venue.  The text
 * reports a meeting if the anchor exists and a specific format is named
 * somewhere, or a meeting noun comes with associations or civil society
 * and the anchor has an event verb or a date ("انتهى اللقاء الذي جمع
 * الفريقين" is a match, not a meeting).  Otherwise every single-valued
 * fact is NULL and the format is 'other'; associations, officials and
 * demands are still read (an association's statement), commitments not.
 *
 * held_on.  Every date expression is scored: in the anchor (+6), labelled
 * ("التاريخ:") (+8), in another meeting sentence (+3), with an event verb
 * (+2), by precision (day 2, month 1, year 0); penalized when it dates
 * another meeting (the nearest meeting phrase before it, or within four
 * words after it, is another meeting's: "اللقاء السابق المنعقد في",
 * "اللقاء الموالي يوم غد", "تنظيم الندوة الأولى") (-10), when it is on a
 * publication line or dateline (a short line among the first four or the
 * last, with no meeting word or event verb: "الخميس 12 أبريل 2018 - 10:42";
 * or "<place> في <date>") (-6), or after منذ (-4).  The best date scoring
 * at least 3 wins, the earliest on ties; a range ("من 17 إلى 21 ماي 2023")
 * gives its first day.  A relative date ("أمس"، "اليوم الخميس"، "16 فبراير
 * الجاري") needs `published`; without it, the date of a publication line
 * or dateline is the reference; without either it stays NULL.
 *
 * Places.  Lexicon matches are kept longest-first; a longer name may not
 * start with an adjective of a security body ("الأمن الإقليمي بسطات" is not
 * "إقليم سطات"); with name_lists, only places the text names exactly are
 * kept.  Each mention gets a weight by where it is: inside the venue 1000
 * (900 for a city implied by a district), after مدينة in the anchor 300,
 * inside the host 100, a dateline or a title prefix at a line start
 * ("فاس..", "تمارة:", "الدار البيضاء –", "X في <date>") 40, inside another
 * security body or an official's title ("رئيس المنطقة الأمنية لإنزكان") 20,
 * elsewhere in the anchor, the headline or the title 8, elsewhere 1; and 0
 * inside an association's or a person's name (مولاي المهدي), or for a
 * single definite word after a definite noun ("الأحياء الجديدة" is not El
 * Jadida); places inside an extracted demand or commitment weigh 1.  The
 * weights of each city are summed (a district counts for its city, walking
 * up parents to kind CITY); the best city with at least 8 wins.  So the
 * venue decides ("بمقر جماعة أولاد تايمة" beats the organiser "سرية الدرك
 * الملكي بتارودانت"), then مدينة X, then the host, then datelines; places
 * only discussed do not count.  Without a city, a province or prefecture
 * in the venue or host stands for its seat (the city under it with the same
 * name: "بعمالة إقليم تاوريرت"; needs name_lists).  The district is the
 * heaviest district of that city with weight >= 40, refined to a district
 * under it with weight >= 40 ("مقر المنطقة الأمنية الحي المحمدي عين السبع"
 * + the headline "الحي المحمدي.."); never a district of another city
 * ("المدينة القديمة" of Casablanca in a Meknès venue is dropped).  The
 * region is the city's (walking up to kind REGION), else the heaviest
 * region or province's region with weight >= 40 ("القيادة الجهوية للدرك
 * الملكي بجهة درعة تافيلالت").  A name shared by several rows follows the
 * word before it (مدينة → city, حي/مقاطعة → district, إقليم/عمالة →
 * province, جهة → region), then the row whose city the rest of the text
 * points to, then city > district > province/prefecture > region, then
 * population.  place_precision is the finest level found.
 *
 * venue.  A labelled line ("المكان: …"), else in the anchor (then the
 * headline) the first venue head (مقر، قاعة، مدرج، فضاء، ساحة، رحاب، دار،
 * مركب، مركز، فندق، كلية، مسرح، قصر …, siège, salle) after ب, في or داخل, as
 * the subject of احتضن/استضاف, or after le/au/du; not a head that begins a
 * place name (الدار البيضاء) or carries a pronoun (بمقره).  It runs to a
 * comma, a date, a time word (يوم، صباح …), a singular meeting noun
 * ("قاعة الاجتماعات" goes on), a function word (مع، بين، حول …), بمدينة, a
 * French auxiliary (a abrité), or 12 words.
 *
 * host.  The security body, in this order: a labelled line ("الجهة
 * المنظمة: …"); in the anchor, a body right after an organising verb
 * (نظمت/تنظمها/عقدت/جمع/دعت إليه/بدعوة من/احتضنته <body>, "من طرف", "par
 * la …") or before one in French ("La préfecture de police de X a
 * organisé"); "مسؤولي <body>" in the anchor; an organising verb in another
 * meeting sentence; the body inside the venue ("بمقر ولاية أمن بني ملال").
 * Bodies: ولاية أمن، المنطقة الأمنية، المنطقة الإقليمية للأمن، الأمن
 * الإقليمي، الدائرة الأمنية، مفوضية الشرطة، سرية/مركز الدرك الملكي،
 * القيادة الجهوية للدرك، مديرية الأمن، المديرية العامة للأمن الوطني, zone
 * de sûreté, préfecture de police, arrondissement de police … with their
 * place or ordinal ("لإنزكان", "بتمارة", "الرابعة بتابريكت", "12", "بجهة
 * درعة تافيلالت", "Hay Mohammadi – Aïn Sebaâ"); outside the venue a body
 * needs that complement (the DGSN excepted), and a body inside an
 * official's title is not a host.
 *
 * format.  The first format phrase of the anchor that is not context ("في
 * إطار"، "على هامش"، "ضمن فعاليات" within five words before it); else the
 * anchor's context phrase; else the title's, then the headline's; else the
 * most frequent singular phrase of the text; else the series the meeting
 * belongs to ("في إطار اللقاءات التواصلية"); else, the meeting being one
 * of a security service with associations (a "لقاء" of the genre),
 * communication_meeting.  Phrases: لقاء/اجتماع تواصلي, rencontre de
 * communication; لقاء/اجتماع تشاوري, التشاور, réunion de concertation;
 * ندوة، يوم دراسي، مائدة مستديرة, séminaire, colloque; أيام الأبواب
 * المفتوحة, portes ouvertes.  "ندوة صحفية" is not a seminar.
 *
 * association_count.  A number before جمعية/جمعيات (digits, Arabic-Indic
 * digits, number words up to the thousands, summed: ثلاث، خمس عشرة، خمس
 * وعشرين، عشرين …, French douze …; حوالي/أزيد من before it are ignored),
 * "N من الجمعيات", a dual (جمعيتان، جمعيتين، الجمعيتين، جمعيتي), or a
 * definite number after (الجمعيات الأربع).  Not counts: vague quantities
 * (بعض، عدد من، مجموعة من، عشرات، une vingtaine), totals ("من أصل 600
 * جمعية", "مسجلة").  The first count of the anchor wins, else the first in
 * a sentence about the meeting or its participants (حضر، شارك، ممثلو،
 * بحضور، وفود، الحضور …), else a dual anywhere.
 *
 * associations.  Names headed by جمعية (singular, not after a number),
 * رابطة, ودادية, فيدرالية/تنسيقية/شبكة + جمعيات, Association …, up to a
 * comma, a new name ("وجمعية"), a function word (أن، في، على، عن، إلى …;
 * "في وضعية صعبة" and من after لل+verbal noun stay), a verb of the lists, a
 * ب+verbal noun ("بتعزيز"), a second ب-complement, 12 words.  A later
 * mention that repeats the first words of a name, or whose one or two words
 * all occur in one, is the same association.
 *
 * officials.  Role heads رئيس/رئيسة, نائب (رئيس) with a security word after
 * them (المنطقة، الدائرة، الأمن، المصلحة، خلية، فرقة، مفوضية، الهيئة، مركز،
 * سرية …), والي أمن/الأمن, قائد سرية/المركز/الدرك/القيادة, باشا (مدينة) X,
 * chef/préfet/commandant de …; "رئيس جمعية" and "والي جهة" are not.  The
 * role runs to punctuation, a function word, a ب+verbal noun, a verb of the
 * lists, another role, و + an indefinite word.  The name is ", [السيد]
 * [rank] NAME," after it (2–4 words; ranks العميد (الممتاز|الإقليمي)،
 * الرائد، القبطان، الضابطة الممتازة, le commissaire … and السيد left out)
 * or "NAME، ROLE" (two words, three after عبد/أبو/ابن/بن/مولاي/سيدي).  A
 * role right after على/إلى/عن/لدى/مع is only an object and is dropped
 * unless the same official appears otherwise.  One role that is a prefix
 * of another is the same official (names permitting): the mention with
 * the name is kept (its role as written there), else the longer role.
 *
 * demands.  (1) Items of a list (bullets or numbers) under a heading with
 * مطالب، توصيات، خلاصات، مقترحات، ملتمسات، طالب…, or under المداخلات, unless
 * the item starts with a verb (أثار، أشار، اشتكى، يطالب …: then read as a
 * sentence); a heading "جدول الأعمال" or "مقالات ذات صلة" is skipped, a
 * heading with التزامات gives commitments.  (2) In every other sentence
 * (the headline excepted), the object of a demand word that is a verbal
 * noun (تعزيز، إحداث، تنظيم، فتح، الرفع …; by list and by shape: تفعيل،
 * إفعال، افتعال، استفعال، مفاعلة …): طالب/يطالب/مطالبين/المطالبة ب…،
 * اقترح، التمس، ناشد، أوصى (after the subject, within 40 words); دعا/دعت
 * إلى …; على ضرورة …; the nouns المطالب/المقترحات/التوصيات right before it
 * ("المقترحات، أبرزها إحداث …", "مطالب الجمعيات: تعزيز …"); demandé,
 * réclamé, nécessité de ….  Coordinated objects ("، وبتسريع …"، "وإلى
 * تكوين …") are separate demands; an object ends at the sentence, at
 * فيما/بينما/كما/حيث, at a participle (مؤكدا …), at a verb of the lists, or
 * at a comma not followed by و + verbal noun.  A call by an official is no
 * demand: دعا with an official after it or a civil noun in the oblique
 * case ("دعا الحاضرين إلى"), داعيا/داعين whose sentence's subject is an
 * official, or a دعا without subject after an official's sentence.
 *
 * commitments (meeting reports only).  The same objects after أعلن عن،
 * تعهد ب، التزم ب، وعد ب، قرر (past the speaker's role and name), برمج،
 * مستعد ل، استعداد ل, s'est engagé à, a annoncé; items under a heading with
 * التزامات; and, when an official or a security body speaks in the
 * sentence, a clause with a future verb (سيتم، ستعمم، ستطلق؛ "أن حملات
 * أمنية ستنظم …", from after أن or the clause start) or مبرمج — not stative
 * futures (ستظل، ستبقى، سيكون) nor clauses about meetings ("الذي ستتليه
 * لقاءات أخرى").  Not when civil society is the subject.
 *
 * Known limits: one meeting per report (the best-attested one, the first
 * on ties); a name not set off by commas from its role is missed, and "علي"
 * reads as "على"; French is handled for the common patterns only; the
 * glue should give name_lists (the builder does), else stemmed lexicon
 * matches of other places' names are not filtered out.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_EXTRACT_H
#define MR_EXTRACT_H

#include "mr_engine.h"
#include "mr_match.h"
#include "mr_dates.h"

/* ----------------------------------------------------------------
 * The gazetteer
 * ----------------------------------------------------------------
 */

typedef enum mr_place_kind
{
	MR_PLACE_REGION = 1,
	MR_PLACE_PREFECTURE,
	MR_PLACE_PROVINCE,
	MR_PLACE_CITY,
	MR_PLACE_DISTRICT
} mr_place_kind;

typedef struct mr_place
{
	int32_t		parent;			/* index into places, -1 for none */
	mr_place_kind kind;
	int64_t		population;		/* 0 when unknown */
} mr_place;

/*
 * The gazetteer as the glue builds it from meetreg.places: places[i], and a
 * lexicon holding every name and variant of place i as a term with
 * concern = i (term ids are free).  Parents must not form a cycle (the
 * walks below stop after nplaces steps anyway).
 *
 * name_lists (optional, may be NULL): name_lists[i] is the '|'-separated
 * list of the names of place i (name_ar|name_fr|variants).  With it, a
 * lexicon match is kept only for the places one of whose names the text
 * spells exactly (after normalization and the clitics و/ف ب/ل/ك); the
 * stemmed lexicon alone also lets "برشيد" match "الرشيدية" and "المهدية"
 * match "المهدي".  The builder below fills it.
 */
typedef struct mr_gazetteer
{
	const mr_place *places;
	size_t		nplaces;
	const mr_lexicon *names;
	const char *const *name_lists;
} mr_gazetteer;

/* The nearest ancestor-or-self of kind `kind`, or -1. */
extern int32_t mr_place_up(const mr_gazetteer *gz, int32_t place,
						   mr_place_kind kind);

/* "region", "prefecture", ... → kind; false if unknown. */
extern bool mr_place_kind_parse(const char *s, size_t n, mr_place_kind *kind);

/*
 * A builder for the gazetteer from rows shaped like meetreg.places (key,
 * kind, parent key, names, population), in any order.  The glue or a tool
 * adds rows, then builds; the built gazetteer owns its arrays and lexicon
 * and is released with mr_gazetteer_free() (only for gazetteers made here).
 */
typedef enum mr_gz_status
{
	MR_GZ_OK = 0,
	MR_GZ_BAD_KEY,				/* empty or duplicate key */
	MR_GZ_BAD_PARENT,			/* unknown parent key, or a cycle */
	MR_GZ_BAD_NAME				/* a name the lexicon refuses */
} mr_gz_status;

typedef struct mr_gazetteer_builder mr_gazetteer_builder;

extern mr_gazetteer_builder *mr_gazetteer_builder_create(const mr_allocator *mem);

/*
 * Add one row.  parent may be NULL/empty.  names is a '|'-separated list
 * (name_ar|name_fr|variants…; empty pieces are skipped).  *index gets the
 * row's index (rows are numbered in the order they are added).  On error
 * the row is not added and *detail (if not NULL) points to a static
 * English explanation.
 */
extern mr_gz_status mr_gazetteer_builder_add(mr_gazetteer_builder *b,
											 const char *key, size_t keylen,
											 mr_place_kind kind,
											 const char *parent, size_t parentlen,
											 const char *names, size_t nameslen,
											 int64_t population,
											 int32_t *index, const char **detail);

/*
 * Resolve parents and return the gazetteer (NULL with *detail set when a
 * parent key is unknown or parents form a cycle; *bad_row gets the row).
 * The builder is freed in both cases.
 */
extern mr_gazetteer *mr_gazetteer_builder_finish(mr_gazetteer_builder *b,
												 int32_t *bad_row,
												 const char **detail);
extern void mr_gazetteer_builder_free(mr_gazetteer_builder *b);
extern void mr_gazetteer_free(mr_gazetteer *gz);

/*
 * The text of a file in the format of data/places.tsv (header line; key,
 * kind, parent, name_ar, name_fr, variants, population, tab-separated; an
 * empty field is NULL) as a gazetteer, for tests and tools.  Returns NULL
 * with *bad_line (1-based; 0 for a hierarchy error) and *detail set when the
 * text is malformed.  Free the result with mr_gazetteer_free().
 */
extern mr_gazetteer *mr_gazetteer_from_tsv(const char *text, size_t n,
										   const mr_allocator *mem,
										   size_t *bad_line,
										   const char **detail);

/* ----------------------------------------------------------------
 * Facts
 * ----------------------------------------------------------------
 */

typedef enum mr_format
{
	MR_FORMAT_OTHER = 0,
	MR_FORMAT_COMMUNICATION_MEETING,
	MR_FORMAT_CONSULTATION,
	MR_FORMAT_SEMINAR,
	MR_FORMAT_OPEN_DAYS
} mr_format;

/* 'other', 'communication_meeting', ... */
extern const char *mr_format_name(mr_format f);

/*
 * A piece of the body (or of the title when in_title; the current rules
 * take every span from the body); empty = none.
 */
typedef struct mr_span
{
	size_t		byte_start;
	size_t		byte_end;
	size_t		char_start;
	size_t		char_end;
	bool		in_title;
} mr_span;

static inline bool
mr_span_empty(const mr_span *s)
{
	return s->byte_end <= s->byte_start;
}

/* An official: the role as written and the person's name (may be empty). */
typedef struct mr_official
{
	mr_span		role;
	mr_span		name;
} mr_official;

typedef struct mr_facts
{
	bool		is_meeting;		/* the text reports a meeting */

	bool		has_held_on;
	mr_date		held_on;		/* first day of the month/year if coarser */
	mr_date_precision held_on_precision;

	int32_t		city;			/* place indexes, -1 = none */
	int32_t		district;
	int32_t		region;
	int			place_precision;	/* 0 none, else MR_PLACE_DISTRICT,
									 * MR_PLACE_CITY or MR_PLACE_REGION */

	mr_span		venue;
	mr_span		host;

	mr_format	format;

	bool		has_association_count;
	int			association_count;

	/* arrays allocated with the allocator given to the extractor */
	mr_span    *associations;
	int			nassociations;
	mr_official *officials;
	int			nofficials;
	mr_span    *demands;
	int			ndemands;
	mr_span    *commitments;
	int			ncommitments;
} mr_facts;

/* "district", "city", "region" or NULL for a place_precision value */
extern const char *mr_place_precision_name(int precision);

/* ----------------------------------------------------------------
 * Extraction
 * ----------------------------------------------------------------
 */

/*
 * An extractor holds the compiled word tables and phrase lexicon (about a
 * thousand entries) for one gazetteer; build it once and reuse it (it is
 * read-only while extracting).  gz may be NULL (no places are resolved).
 * gz must outlive the extractor.
 */
typedef struct mr_extractor mr_extractor;

extern mr_extractor *mr_extractor_create(const mr_gazetteer *gz,
										 const mr_allocator *mem);
extern void mr_extractor_free(mr_extractor *ex);

/*
 * Extract the facts of body[0..n) (UTF-8, any bytes), with an optional
 * title (title may be NULL) and publication date (NULL = unknown; used for
 * relative dates).  Results are allocated with mem (free them with
 * mr_facts_free).  Returns MR_OK, or MR_TOO_LONG (empty facts) for input
 * longer than MR_MAX_OUTPUT bytes.
 */
extern mr_status mr_extractor_run(const mr_extractor *ex,
								  const char *body, size_t n,
								  const char *title, size_t tn,
								  const mr_date *published,
								  const mr_allocator *mem, mr_facts *out);

/* One-shot: create an extractor, run it, free it. */
extern mr_status mr_extract(const char *body, size_t n,
							const char *title, size_t tn,
							const mr_date *published,
							const mr_gazetteer *gz,
							const mr_allocator *mem, mr_facts *out);

/* Release the arrays of f (mem must be the allocator given to extraction). */
extern void mr_facts_free(mr_facts *f, const mr_allocator *mem);

#endif							/* MR_EXTRACT_H */
