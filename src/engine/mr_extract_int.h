/*-------------------------------------------------------------------------
 *
 * mr_extract_int.h
 *	  Internals of the meeting-fact extractor, shared by mr_extract*.c.
 *	  Not a public interface.
 *
 *-------------------------------------------------------------------------
 */
#ifndef MR_EXTRACT_INT_H
#define MR_EXTRACT_INT_H

#include "mr_extract.h"

/* Arabic letters the extractor looks at (clitics, patterns) */
#define AR_WAW		0x0648
#define AR_FA		0x0641
#define AR_BA		0x0628
#define AR_LAM		0x0644
#define AR_KAF		0x0643
#define AR_ALEF		0x0627
#define AR_TA		0x062A
#define AR_YA		0x064A
#define AR_NUN		0x0646
#define AR_SIN		0x0633
#define AR_MIM		0x0645
#define AR_HA		0x0647
#define AR_TEH_M	0x0629		/* ة (normalized to ه, kept for safety) */

/* ----------------------------------------------------------------
 * Word classes (a bitmask per word of the tables and per token)
 * ----------------------------------------------------------------
 */
#define W_BIT(n)		(UINT64_C(1) << (n))
#define W_MEET			W_BIT(0)	/* لقاء اجتماع rencontre réunion */
#define W_MEET_PL		W_BIT(1)	/* لقاءات ندوات ... (a series) */
#define W_EVENT			W_BIT(2)	/* احتضن انعقد عقد نظم التأم ... */
#define W_ORGVERB		W_BIT(3)	/* verbs followed by the organiser */
#define W_HOSTVERB		W_BIT(4)	/* احتضن استضاف: subject is the place */
#define W_VENUE			W_BIT(5)	/* مقر قاعة مدرج ... */
#define W_DEMAND		W_BIT(6)	/* طالب دعا اقترح التمس ... */
#define W_DEMAND_CALL	W_BIT(7)	/* دعا ناشد: may be an official's call */
#define W_NECESSITY		W_BIT(8)	/* ضرورة */
#define W_DEMAND_KW		W_BIT(9)	/* list headings: المطالب التوصيات ... */
#define W_INTERV_KW		W_BIT(10)	/* المداخلات */
#define W_COMMIT		W_BIT(11)	/* أعلن تعهد التزم وعد */
#define W_COMMIT_WEAK	W_BIT(12)	/* مستعد استعداد برمج مبرمج */
#define W_COMMIT_KW		W_BIT(13)	/* التزامات */
#define W_MASDAR		W_BIT(14)	/* verbal noun (list or pattern) */
#define W_STOP			W_BIT(15)	/* function words */
#define W_CLAUSE		W_BIT(16)	/* فيما بينما كما حيث مؤكدا ... */
#define W_ROLE			W_BIT(17)	/* رئيس نائب والي قائد باشا chef */
#define W_SECWORD		W_BIT(18)	/* security complement words */
#define W_RANK			W_BIT(19)	/* العميد الرائد ... */
#define W_HONOR			W_BIT(20)	/* السيد السيدة */
#define W_ASSOC_HEAD	W_BIT(21)	/* جمعية رابطة ودادية association */
#define W_ASSOC_NET		W_BIT(22)	/* فيدرالية تنسيقية شبكة (+ جمعيات) */
#define W_ASSOC_SG		W_BIT(23)	/* جمعية association */
#define W_ASSOC_PL		W_BIT(24)	/* جمعيات associations */
#define W_ASSOC_DU		W_BIT(25)	/* جمعيتان جمعيتين جمعيتي */
#define W_NUM			W_BIT(26)	/* number word (value in num) */
#define W_ORDINAL		W_BIT(27)	/* الأولى الثانية ... */
#define W_OTHERQ		W_BIT(28)	/* السابق الموالي المقبل أخرى ... */
#define W_PART			W_BIT(29)	/* حضر شارك ممثلو بحضور وفود ... */
#define W_VAGUE			W_BIT(30)	/* بعض عدد مجموعة عشرات */
#define W_TIME			W_BIT(31)	/* يوم يومه صباح مساء عشية زوال */
#define W_CITYCUE		W_BIT(32)	/* مدينة */
#define W_REGIONCUE		W_BIT(33)	/* جهة */
#define W_PROVCUE		W_BIT(34)	/* إقليم عمالة */
#define W_DISTCUE		W_BIT(35)	/* حي مقاطعة */
#define W_NARR			W_BIT(36)	/* أثار أشار اشتكى ... */
#define W_OFFGEN		W_BIT(37)	/* المسؤول (الأمني) */
#define W_CIVIL			W_BIT(38)	/* الجمعيات الحاضرون المتدخلون ... */
#define W_LABEL_PLACE	W_BIT(39)	/* المكان */
#define W_LABEL_DATE	W_BIT(40)	/* التاريخ */
#define W_OFFOF			W_BIT(41)	/* مسؤولي responsables */
#define W_SINCE			W_BIT(42)	/* منذ depuis */
#define W_OUTOF			W_BIT(43)	/* أصل مجموع (after من) */
#define W_REGISTERED	W_BIT(44)	/* مسجلة */
#define W_FUTURE		W_BIT(45)	/* سيتم ستعمم ... (computed) */
#define W_FR_CONN		W_BIT(46)	/* de du des d l la le les */
#define W_TEEN			W_BIT(47)	/* عشر عشرة (after a unit) */
#define W_LISTINTRO		W_BIT(48)	/* يلي كالتالي التالية */
#define W_ACTING		W_BIT(49)	/* بالنيابة سابقا */
#define W_NOTNAME		W_BIT(50)	/* words never part of a person's name */
#define W_PRONOUN_OBJ	W_BIT(51)	/* به بها بهم: not objects */
#define W_ABOUT			W_BIT(52)	/* عن (after أعلن) */
#define W_TO			W_BIT(53)	/* إلى */
#define W_FROM			W_BIT(54)	/* من */
#define W_IN			W_BIT(55)	/* في */
#define W_INTO			W_BIT(56)	/* إليه (دعت إليه) */
#define W_INVITE		W_BIT(57)	/* دعوة (بدعوة من) */
#define W_FR_INF		W_BIT(58)	/* French infinitive/noun of action */
#define W_FR_VERB		W_BIT(59)	/* a ont est sont (French auxiliaries) */
#define W_NOTMASDAR		W_BIT(60)	/* looks like a verbal noun, is not */
#define W_NOTFUT		W_BIT(61)	/* looks like a future verb, is not */
#define W_RANKMOD		W_BIT(62)	/* الممتاز الإقليمي (after a rank) */
#define W_WAW			W_BIT(63)	/* a standalone و */

/* clitics of a token's best reading */
#define CL_CONJ		0x01		/* و ف */
#define CL_B		0x02		/* ب */
#define CL_L		0x04		/* ل */
#define CL_K		0x08		/* ك */
#define CL_ART		0x10		/* ال */
#define CL_PREP		(CL_B | CL_L | CL_K)

/* punctuation seen in the text before a token (xtok.gap / xtok.lead) */
#define G_NL		0x0001
#define G_PARA		0x0002		/* two or more line breaks */
#define G_BRK		0x0004		/* . ! ? ؟ ؛ ; … */
#define G_COMMA		0x0008
#define G_COLON		0x0010
#define G_DASH		0x0020
#define G_QUOTE		0x0040
#define G_OPAREN	0x0080
#define G_CPAREN	0x0100
#define G_BULLET	0x0200
#define G_SLASH		0x0400
#define G_PIPE		0x0800
#define G_DOTS		0x1000		/* ".." */
#define G_OTHER		0x2000
#define G_DECIMAL	0x4000		/* "." between two numbers */

/* phrase categories (lexicon concern) and ids (lexicon term id) */
enum
{
	CAT_FORMAT = 0,
	CAT_BODY,
	CAT_MISC
};

enum
{
	/* CAT_FORMAT */
	CU_GEN = 1,					/* a meeting noun alone */
	CU_COMM,
	CU_CONS,
	CU_CONS_WEAK,
	CU_SEM,
	CU_OPEN,
	CU_PRESS,					/* exclusion: ندوة صحفية */
	/* CAT_BODY */
	BD_WILAYA,
	BD_ZONE,
	BD_PROV,
	BD_CIRC,
	BD_COMMISS,
	BD_GEND,
	BD_GEND_BARE,				/* الدرك الملكي */
	BD_DGSN,
	BD_DIR,
	/* CAT_MISC */
	CU_AMONG,					/* من بينها */
	CU_OUTOF,					/* من أصل */
	CU_CONTEXT,					/* في إطار على هامش */
	CU_AGENDA,					/* جدول الأعمال */
	CU_LABEL_HOST,				/* الجهة المنظمة */
	CU_OFFGEN,					/* المسؤول الأمني */
	CU_CIVSOC,					/* المجتمع المدني */
	CU_RELATED,					/* مقالات ذات صلة */
	CU_COUNT
};

/* ----------------------------------------------------------------
 * Word tables
 * ----------------------------------------------------------------
 */
/* extra word properties (xw_entry.extra, xtok.x) */
#define X_NAMESTART 0x01		/* عبد أبو ابن بن مولاي سيدي: a name goes on */
#define X_INSIDE	0x02		/* داخل */
#define X_AN		0x04		/* أن بأن: a clause follows */
#define X_VERB		0x08		/* a verb of the lists (bare) */
#define X_OBJPREP	0x10		/* على لدى مع عن إلى: an object follows */
#define X_RELATED	0x20		/* a "related articles" heading word */
#define X_HIGHLIGHT 0x40		/* أبرزها أهمها: "the main ones are" */
#define X_AGENT		0x80		/* par, (من) طرف: the agent of a passive */
#define X_FIRSTNAME 0x100		/* a common first name: a person's name starts */

/* word shapes (xtok.shape) */
#define SH_W		0x01		/* starts with و/ف */
#define SH_AL		0x02		/* starts with ال (after و/ف) */
#define SH_ACC		0x04		/* indefinite, ends with ا (accusative) */
#define SH_IN		0x08		/* ends with ين (oblique plural or dual) */
#define SH_B		0x10		/* starts with ب (after و/ف) */

/* role kinds (xtok.num of a W_ROLE word) */
#define ROLE_RAIS	1			/* رئيس */
#define ROLE_NAIB	2			/* نائب */
#define ROLE_WALI	3			/* والي */
#define ROLE_QAID	4			/* قائد */
#define ROLE_PASHA	5			/* باشا */
#define ROLE_FR		6			/* chef préfet … */

typedef struct xw_entry
{
	uint64_t	hash;			/* 0 = empty slot */
	size_t		off;			/* key in pool */
	uint32_t	len;
	int32_t		value;			/* number value or role kind, -1 none */
	uint16_t	extra;			/* X_* */
	uint64_t	cls_bare;		/* classes valid without ب/ل/ك/ال */
	uint64_t	cls_any;		/* classes valid with any clitic */
} xw_entry;

typedef struct xwords
{
	const mr_allocator *mem;
	xw_entry   *tab;
	size_t		cap;
	size_t		n;
	char	   *pool;
	size_t		pool_len;
	size_t		pool_cap;
} xwords;

/* exact place names: normalized words joined by one space → place */
typedef struct xname
{
	uint64_t	hash;			/* 0 = empty */
	size_t		off;
	uint32_t	len;
	int32_t		place;
} xname;

typedef struct xnames
{
	xname	   *tab;
	size_t		cap;
	size_t		n;
	char	   *pool;
	size_t		pool_len;
	size_t		pool_cap;
} xnames;

struct mr_extractor
{
	const mr_allocator *mem;
	const mr_gazetteer *gz;
	xwords		words;
	mr_lexicon *cues;
	xnames		exact;			/* empty without gz->name_lists */
};

/* ----------------------------------------------------------------
 * Analyzed text
 * ----------------------------------------------------------------
 */
typedef struct xtok
{
	size_t		byte_start;
	size_t		byte_end;
	size_t		char_start;
	size_t		char_end;
	uint64_t	cls;
	uint64_t	stem_hash;		/* hash of the primary stem */
	uint32_t	sent;			/* sentence index */
	uint32_t	line;			/* line index */
	int32_t		num;			/* number value, -1 none */
	int32_t		place;			/* index into xdoc.places (group), -1 */
	int32_t		date;			/* index into xdoc.dates, -1 */
	uint16_t	gap;			/* G_* before the token */
	uint16_t	lead;			/* G_* after the last line break before it */
	uint32_t	cues;			/* bit (1 << id) of phrases covering it */
	uint8_t		kind;			/* mr_token_kind */
	uint8_t		cl;				/* CL_* of the best reading */
	uint8_t		mcl;			/* CL_* of the verbal-noun reading */
	uint8_t		nlet;			/* letters, capped at 255 */
	uint8_t		pron;			/* ends with a pronoun suffix (ه ها هم) */
	uint8_t		flags;			/* XT_* */
	uint16_t	x;				/* X_* */
	uint8_t		shape;			/* SH_* */
} xtok;

#define XT_IN_ASSOC		0x01	/* inside an association name */
#define XT_IN_ROLE		0x02	/* inside an official's role */
#define XT_IN_NAME		0x04	/* inside an official's name */
#define XT_IN_ITEM		0x08	/* inside a demand or commitment found */
#define XT_IN_BODY		0x10	/* inside the complement of a security body */

typedef struct xsent
{
	uint32_t	first;
	uint32_t	last;			/* inclusive */
} xsent;

#define L_BULLET	0x01
#define L_NUMBERED	0x02		/* "1." – the item starts at first + 1 */
#define L_COLON_END 0x04
#define L_LABEL		0x08		/* "word[ word]:" at the start */

typedef struct xline
{
	uint32_t	first;
	uint32_t	last;
	uint32_t	flags;
} xline;

/* a phrase of the cue lexicon (longest kept) */
typedef struct xcue
{
	int32_t		id;
	int32_t		cat;
	uint32_t	first;
	uint32_t	last;
} xcue;

/* a place mention: one span, its candidate rows */
typedef struct xplace
{
	uint32_t	first;
	uint32_t	last;
	uint32_t	cand_off;		/* into xdoc.cands */
	uint32_t	ncand;
	double		weight;
	int32_t		chosen;			/* resolved row, -1 */
} xplace;

typedef struct xdate
{
	mr_date_match m;
	uint32_t	first;
	uint32_t	last;
	double		score;
} xdate;

typedef struct xdoc
{
	const char *s;
	size_t		n;
	bool		is_title;
	xtok	   *t;
	size_t		nt;
	size_t		tcap;
	uint16_t	tail_gap;		/* G_* after the last token */
	xsent	   *sents;
	size_t		nsents;
	xline	   *lines;
	size_t		nlines;
	xcue	   *cues;
	size_t		ncues;
	xplace	   *places;
	size_t		nplaces;
	int32_t    *cands;
	size_t		ncands;
	xdate	   *dates;
	size_t		ndates;
	size_t		dcap;
	int32_t    *cue_at;			/* first cue starting at token i, -1 */
	uint32_t	nheadline;		/* lines 0..nheadline-1 are headlines */
} xdoc;

/* a working list of spans */
typedef struct xspans
{
	mr_span    *v;
	int			n;
	size_t		cap;
} xspans;

/* ---- mr_extract_words.c ---- */
extern void xw_build(xwords *w, const mr_allocator *mem);
extern void xw_free(xwords *w);
extern void xw_classify(const xwords *w, const uint32_t *norm, size_t n,
						mr_token_kind kind, xtok *t);
extern mr_lexicon *xw_build_cues(const mr_allocator *mem);
extern void xn_build(xnames *x, const mr_gazetteer *gz, const mr_allocator *mem);
extern void xn_free(xnames *x, const mr_allocator *mem);
extern int	xn_lookup(const xnames *x, const char *key, size_t len,
					  int32_t *out, int max);

/* ---- mr_extract_doc.c ---- */
extern void xdoc_analyze(const mr_extractor *ex, xdoc *d, const char *s,
						 size_t n, bool is_title, const mr_date *ref,
						 const mr_allocator *mem);
extern void xdoc_redate(xdoc *d, const mr_date *ref, const mr_allocator *mem);
extern void xdoc_free(xdoc *d, const mr_allocator *mem);
extern mr_span xdoc_span(const xdoc *d, uint32_t first, uint32_t last,
						 int skip_letters);
extern int	xtok_clitic_letters(const xtok *t);
extern void xcheck(size_t i);

static inline bool
xhas(const xdoc *d, size_t i, uint64_t cls)
{
	return i < d->nt && (d->t[i].cls & cls) != 0;
}

/* a verbal noun that is not a place name (بإنزكان has the shape) */
static inline bool
xmasdar(const xdoc *d, size_t i)
{
	return i < d->nt && (d->t[i].cls & W_MASDAR) && d->t[i].place < 0;
}

/* a new sentence starts at token i */
static inline bool
xbreak_before(const xdoc *d, size_t i)
{
	return i == 0 || i >= d->nt || d->t[i].sent != d->t[i - 1].sent;
}

/* ---- mr_extract_lists.c ---- */
typedef struct xofficial
{
	uint32_t	role_first;
	uint32_t	role_last;
	int64_t		name_first;		/* -1 none */
	int64_t		name_last;
	bool		object;			/* only the object of a preposition */
	bool		merged;
} xofficial;

typedef struct xlists
{
	xspans		assoc;
	xofficial  *off;
	int			noff;
	size_t		offcap;
	xspans		demands;
	xspans		commits;
} xlists;

extern void xl_associations(xdoc *d, xlists *l, const mr_allocator *mem);
extern void xl_officials(xdoc *d, xlists *l, const mr_allocator *mem);
extern void xl_demands_commitments(xdoc *d, xlists *l, bool meeting,
								   const mr_allocator *mem);
extern void xspans_push(xspans *s, mr_span sp, const mr_allocator *mem);
extern void xlists_free(xlists *l, const mr_allocator *mem);

#endif							/* MR_EXTRACT_INT_H */
