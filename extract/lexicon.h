/*
 * lexicon.h - everything the extractor knows, loaded once from data/ and hashed.
 *
 * One phrase table serves every lexicon: a phrase is the space-joined folded tokens of a name,
 * title, place, trigger or engine word (tokenised by the same rw_text_tokenize as articles, so a
 * lexicon entry and the text it must match always split alike). Each phrase carries up to
 * RW_LEX_MAX_HITS hits saying what it is (an actor, a place, an office ...). Matching at a token
 * asks rw_lexicon_max_words() how long a phrase may start there, then tries the longest first.
 *
 * The file formats are documented in docs/lexicons.md. Internal to extract/: the struct is
 * public so mentions.c and relations.c can read the tables without accessor churn.
 */
#ifndef RW_LEXICON_H
#define RW_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/error.h"
#include "base/model.h"
#include "base/strmap.h"
#include "extract/text.h"

#define RW_LEX_MAX_HITS 4
#define RW_LEX_MAX_WORDS 10

typedef enum rw_lex_type {
    RW_LEX_ACTOR = 1, /* ref: index into actors */
    RW_LEX_PLACE,     /* ref: index into places */
    RW_LEX_OFFICE,    /* ref: index into offices */
    RW_LEX_NISBA,     /* ref: index into countries (a nationality adjective, any inflection) */
    RW_LEX_TITLE,     /* ref: index into titles */
    RW_LEX_TRIGGER,   /* ref: index into triggers */
    RW_LEX_WORD,      /* an engine word: its classes are the phrase's `cls` */
} rw_lex_type;

/* Engine word classes (data/words.tsv); a word may be in several. A 128-bit set (GCC and Clang's
 * unsigned __int128): the 64 of a uint64_t ran out. */
__extension__ typedef unsigned __int128 rw_wclass;
#define RW_WC(n) ((rw_wclass)1 << (n))
#define RW_W_PREP        RW_WC(0)  /* a preposition: ends a name, may introduce a title complement */
#define RW_W_SIDE        RW_WC(1)  /* marks the other side of a meeting: مع، ب */
#define RW_W_PARTICLE    RW_WC(2)  /* a name particle: بن، أبو، عبد */
#define RW_W_CLAUSE      RW_WC(3)  /* opens a new clause: حيث، أن، الذي */
#define RW_W_BOUNDARY    RW_WC(4)  /* never part of a name */
#define RW_W_PLANNED     RW_WC(5)  /* makes a following event planned: سوف، من المقرر أن */
#define RW_W_NEGATED     RW_WC(6)  /* makes a following event negated: لم، لن */
#define RW_W_COUNTERPART RW_WC(7)  /* نظير: the holder of the subject's office elsewhere */
#define RW_W_GROUP       RW_WC(8)  /* a delegation noun: وفد */
#define RW_W_PAIR        RW_WC(9)  /* the two sides already named: الجانبان، الطرفان */
#define RW_W_ALIAS_SKIP  RW_WC(10) /* words between an alias trigger and the alias: سابقا، باسمه */
#define RW_W_CONJ        RW_WC(11) /* a free-standing conjunction: و */
#define RW_W_PURPOSE     RW_WC(12) /* a proclitic that makes a verb or noun a purpose: ل */
#define RW_W_FUTURE      RW_WC(13) /* a proclitic that makes a verb future: س */
#define RW_W_INSTITUTION RW_WC(14) /* an institution noun: never a name, part of a title: جمهورية */
#define RW_W_DENIED      RW_WC(15) /* a verb of denial: negates the event of its complement clause */
#define RW_W_PHONE       RW_WC(16) /* هاتفياً: the meeting of its clause is a call */
#define RW_W_BACKGROUND  RW_WC(17) /* في لقاءات سابقة: an earlier event, told as background */
#define RW_W_INVITE      RW_WC(18) /* دعا: the one invited visits, the inviter is the host */
#define RW_W_GIVEN       RW_WC(19) /* a given name written with the article: الطاهر، الحبيب */
#define RW_W_MANY        RW_WC(20) /* an office a country holds many of at once: سفير */
#define RW_W_DIRECTION   RW_WC(21) /* إلى، عن، حول: a place after it is a goal or topic, not a venue */
#define RW_W_TOPIC       RW_WC(22) /* الأوضاع، تطورات: "الأوضاع في غزة" is a topic, not a venue */
#define RW_W_OCCASION    RW_WC(23) /* على هامش: the organisation after it is the occasion */
#define RW_W_MESSAGE     RW_WC(24) /* رسالة: "حاملا رسالة من الملك" - the sender is no party */
#define RW_W_SEPARATE    RW_WC(25) /* كل من، ثنائية: the guests were met one by one */
#define RW_W_LATER       RW_WC(26) /* في وقت لاحق: later the same day, as the event before */
#define RW_W_PARTICIPATE RW_WC(27) /* بمشاركة، شارك: those after it took part in a chaired meeting */
#define RW_W_ANAPHOR     RW_WC(28) /* المسؤول، الضيف: "المسؤول الإسباني" is the one Spaniard named */
#define RW_W_VISITOR     RW_WC(29) /* الضيف، الزائر: alone, the one visitor named before */
#define RW_W_PATRONYM    RW_WC(30) /* بن، بنت: links a Gulf name chain (محمد بن عبدالرحمن بن جاسم) */
#define RW_W_FAMILY      RW_WC(31)  /* آل: the family that ends a name chain */
#define RW_W_MAY         RW_WC(32)  /* قد، ربما: before a present-tense trigger, a possibility */
#define RW_W_ONGOING     RW_WC(33)  /* حاليا، الآن: a present-tense event is happening now */
#define RW_W_SOON        RW_WC(34)  /* قريبا، المقبل، سيعقد: what is to come, before or after */
#define RW_W_MEDIA       RW_WC(35)  /* إذاعة، مراسل: a call with one is an interview */
#define RW_W_DEMONSTRATIVE RW_WC(36) /* هذا، بهذه: "هذا اللقاء" refers back to a known event */
#define RW_W_ENTOURAGE   RW_WC(37)  /* المرافق، برفقة: who accompanies a side is no other side */
#define RW_W_FORMER      RW_WC(38)  /* السابق، المكلف: after a title, no holder at the date */
#define RW_W_RELATIVE    RW_WC(39)  /* الذي، التي: a relative clause inside a subject */
#define RW_W_BETWEEN     RW_WC(40)  /* بين: after a meeting noun, its parties follow */
#define RW_W_FEW         RW_WC(41)  /* ثلاثية: a summit of few parties */
#define RW_W_SPORT       RW_WC(42)  /* مباراة، الفريق: a meeting noun near one is a match */
#define RW_W_MEMBERS     RW_WC(43)  /* قادة، أعضاء: with a body after them, a group of it */
#define RW_W_PLACE_OF    RW_WC(44)  /* بمنزل، بمقر: the person after owns the place, no party */
#define RW_W_STATEMENT   RW_WC(45)  /* في تصريح لـ: the one after is told, no party */
#define RW_W_CURRENT     RW_WC(46)  /* الجديد، الحالي: after a title, its holder at the date */
#define RW_W_KIN         RW_WC(47)  /* والد، شقيق: "والد ميسي" is Messi's father, not Messi */
#define RW_W_HOLD_NOW    RW_WC(55)  /* يعقد، يجري: a meeting noun it holds is told in the present */
#define RW_W_INNER       RW_WC(58)  /* الحاج: inside a name, part of the family name */
#define RW_W_HE_THAT     RW_WC(59)  /* أنه: the verb after it is the pronoun's, not the last named */
#define RW_W_SEND        RW_WC(61)  /* أرسل: a visit of what was sent, never of the sender */
#define RW_W_TOWARD      RW_WC(62)  /* إلى، نحو: the goal of a verb of motion follows */
#define RW_W_NAMED_AFTER RW_WC(63)  /* جامعة، مطار: a title and name after it name the place */
#define RW_W_EMBASSY     RW_WC(64)  /* سفارة، قنصلية: the country after it owns it, is not where it is */
#define RW_W_STREET      RW_WC(65)  /* طريق، شارع: a place right after it names the street, no more */
#define RW_W_OUTSIDE     RW_WC(66)  /* خارج: a place a few words after it is where the event is not */
#define RW_W_CARRIED     RW_WC(67)  /* به، بها: what a verb of motion carries, no one who travels */
#define RW_W_EXCELLENCY  RW_WC(68)  /* دولة: before a person, a form of address, no institution */
#define RW_W_REQUEST     RW_WC(69)  /* طلب: a meeting noun it governs is asked for, not held */
#define RW_W_REFUSE      RW_WC(70)  /* رفض: a meeting noun it governs was refused, not held */
#define RW_W_PERFORMED   RW_WC(71)  /* أداها: right after a visit noun with no one named after it,
                                       a pronoun: the visit of whom the sentence is about */
#define RW_W_LATTER      RW_WC(72)  /* الأخير: right after a visit noun, the one named last */
#define RW_W_STATE       RW_WC(73)  /* جمهورية: between an office and a country, the office is the
                                       country's ("رئيس جمهورية النيجر"), not a body's */
#define RW_W_ACCOMPANY   RW_WC(74)  /* يرافق: those who accompany a traveller went where he went */
#define RW_W_BEHALF      RW_WC(75)  /* باسم: ending an office, the body it speaks for follows */
#define RW_W_INTERVIEW   RW_WC(76)  /* مقابلة: a meeting noun that after a preposition is an interview */
#define RW_W_REPRESENTED RW_WC(77)  /* نيابة عن: the person right after it is represented, no party */
#define RW_W_OBJECT_PREP RW_WC(78)  /* عن: the preposition a verb of refusing takes its object with */
#define RW_W_CONTINUES   RW_WC(79)  /* وقد، ثم: a verb right after it opens its own clause */
#define RW_W_PARTNER     RW_WC(80)  /* مع: a place right after it is a partner, no destination */
#define RW_W_CAME_FROM   RW_WC(81)  /* عودته من: the place right after it is where one came from */
#define RW_W_THEOPHORIC  RW_WC(82)  /* عبد: the word after it completes a given name (عبد الملك) */
#define RW_W_THAT        RW_WC(83)  /* أن، إن: opens what is said; a date before it is the saying's */
#define RW_W_SINCE       RW_WC(84)  /* منذ: a date right after it starts a period, no event's day */
#define RW_W_CONDITION   RW_WC(85)  /* إذا، لو: the trigger right after it is what would happen */
#define RW_W_GUEST_OF    RW_WC(86)  /* ضيفا على: the one after it is the host, met as it happened */
#define RW_W_PROGRAMME   RW_WC(87)  /* يتضمن برنامج: every meeting its sentence lists is announced */
#define RW_W_RELATION    RW_WC(88)  /* العلاقات مع: who comes after it is a relation's partner */
#define RW_W_WHERE       RW_WC(111) /* حيث: what follows happened at the place named before */
#define RW_W_THIS_COUNTRY RW_WC(112) /* البلاد: the country the article is filed from */
#define RW_W_QUANTITY    RW_WC(110) /* عدد من: a visit of "a number of" names no traveller */
#define RW_W_RECEIVED    RW_WC(109) /* ويتلقى: what is received is the subject's, no one else's */
#define RW_W_RULER       RW_WC(108) /* صاحب السمو: alone, the ruler the article honours so */
#define RW_W_COMES       RW_WC(107) /* وتأتي: "وتأتي الزيارة" is the visit told, no new one */
#define RW_W_TO_ATTEND   RW_WC(106) /* للمشاركة: a meeting noun after it is what one goes for */
#define RW_W_UPON        RW_WC(105) /* فور، لدى: a verb's own arrival after it tells when it was */
#define RW_W_ONE_OF      RW_WC(104) /* من بينها: what follows is one of those named before */
#define RW_W_COLLECTIVE  RW_WC(103) /* منتخب، جمهور: a meeting verb's subject, no persons */
#define RW_W_DUAL_HOLD   RW_WC(102) /* يعقدا: the two named before hold the meeting noun after it */
#define RW_W_ANY         RW_WC(101) /* أي: a meeting noun after it is denied or supposed */
#define RW_W_DEATH       RW_WC(100) /* وفاة، اغتيال: the person named right after it died, no party */
#define RW_W_ORDINAL     RW_WC(99)  /* الثاني، السادس: a regnal number ends a name, is no surname */
#define RW_W_PUBLIC_EVENT RW_WC(98) /* مفتوح، تواصلي: right after a meeting noun, a public event */
#define RW_W_FAMILY_FIRST RW_WC(97) /* شي، وانغ: a family name written first ("شي جين بينغ" is شي) */
#define RW_W_AIM         RW_WC(96)  /* لبحث: past it, with a guest named, those named are discussed */
#define RW_W_FIRST       RW_WC(95)  /* أول: "أول زيارة ... منذ 2012": the date after منذ is the last time */
#define RW_W_AUTHOR      RW_WC(94)  /* من: after a common noun, the noun's author ("بطلب من X") */
#define RW_W_PREVIOUSLY  RW_WC(114) /* سبق: "سبق لـ X أن التقى Y": the one after its ل is the subject */
#define RW_W_SERVES      RW_WC(113) /* لدى: a title right after it is the one served, no name's office */
#define RW_W_ENVOY       RW_WC(115) /* الموفد: the person after its ل is the one who sent the envoy */
#define RW_W_RETURN_TO   RW_WC(116) /* عودته: a place after it and إلى is where one went home */
#define RW_W_JOINT RW_WC(117)       /* الذين: the guests before it travelled together */
#define RW_W_IN_WHICH RW_WC(118)    /* فيه: a place after it is its own clause's */
#define RW_W_AMONG_THOSE RW_WC(119) /* من: "X من المسؤولين الذين": X is one of them */
#define RW_W_INDIRECT RW_WC(120)    /* غير مباشرة: talks through mediators, no meeting */
#define RW_W_PERFORM_WITH RW_WC(121) /* قام، استهل: "قام X بزيارة Y": the act its ب is X's */
#define RW_W_TO_THEM RW_WC(122) /* إليهما، إليه: إلى with the pronoun of those just named */
#define RW_W_PLURAL_HEAD RW_WC(93)  /* وزراء، رؤساء: a broken plural heading a title: several holders */
#define RW_W_RECEIVE     RW_WC(92)  /* استقبل: a host receiving those named after it, each */
#define RW_W_SIDELINES   RW_WC(91)  /* على هامش: those met there were met one by one */
#define RW_W_HOSTS       RW_WC(90)  /* استضافت: the place right after it is the venue of what it hosts */
#define RW_W_WAS         RW_WC(89)  /* وكان: "وكان X قد زار": X, between it and قد, is the subject */
#define RW_W_WHEN_OF     RW_WC(60)  /* بعد، قبل: a person right after it tells when, no party */
#define RW_W_SOURCE      RW_WC(57)  /* وفق ما أكده: the person after it said the sentence */
#define RW_W_ADDING      RW_WC(56)  /* مشيرا، مضيفا: a new statement; a denial before it ends there */
#define RW_W_DURING      RW_WC(54)  /* خلال، أثناء: the meeting noun after it took place */
#define RW_W_ALLEGED     RW_WC(53)  /* مزعوم: "لقاء مزعوم" is told as a claim the report disputes */
#define RW_W_HELD_BY     RW_WC(52)  /* عقده، نظمته: "اجتماع عقده المكتب": the noun's holder, no guest */
#define RW_W_TOOK_PLACE  RW_WC(51)  /* جرى، انعقد: "اجتماع جرى أمس بين": the noun's own verb */
#define RW_W_FOLLOWING   RW_WC(50)  /* إثر، عقب: the event right after it has happened */
#define RW_W_AMONG       RW_WC(49)  /* وبينهم: those after it are members of a group named before */
#define RW_W_SPEECH      RW_WC(48)  /* قال، أعلن: opening a sentence with no one after it, the last speaker goes on */

typedef struct rw_lex_hit {
    uint8_t type; /* rw_lex_type */
    int ref;
} rw_lex_hit;

typedef struct rw_lex_phrase {
    uint8_t nwords;
    uint8_t nhits;
    rw_lex_hit hits[RW_LEX_MAX_HITS];
    rw_wclass cls; /* the word classes of its RW_LEX_WORD hit (words.tsv), 0 when none */
} rw_lex_phrase;

typedef struct rw_lex_actor {
    char *id, *label, *label_en;
    rw_kind kind;
    char country[8];
} rw_lex_actor;

typedef enum rw_place_kind { RW_PLACE_COUNTRY, RW_PLACE_CITY, RW_PLACE_REGION, RW_PLACE_VENUE } rw_place_kind;

typedef struct rw_lex_place {
    char *id, *label, *label_en, *parent;
    rw_place_kind kind;
    char country[8];
} rw_lex_place;

typedef struct rw_lex_office {
    char *id, *label_en;
    int many; /* a country holds it many times at once (governor, mayor, party leader): its
                 holder at a date is nobody in particular */
} rw_lex_office;

typedef struct rw_lex_role {
    int actor, office;
    char country[8];
    rw_date from, to; /* to = RW_DATE_NONE: still in office */
} rw_lex_role;

typedef enum rw_title_class {
    RW_TITLE_HONORIFIC, /* معالي، سمو، السيد: says a name follows, no office */
    RW_TITLE_RANK,      /* اللواء، الجنرال: military rank, no office */
    RW_TITLE_HEAD,      /* وزير، مستشار، سفير: an office whose complement follows */
    RW_TITLE_FULL,      /* خادم الحرمين الشريفين: names an office and its country by itself */
} rw_title_class;

typedef struct rw_lex_title {
    rw_title_class cls;
    int office;      /* -1 when none */
    char country[8]; /* "" when none */
} rw_lex_title;

typedef enum rw_frame {
    RW_FRAME_EVENT,  /* sides from the clause: subject before or right after, other side after */
    RW_FRAME_PAIR,   /* the subject is a pair: التقيا، يتصافحان، بحثا */
    RW_FRAME_GATHER, /* جمع: the persons before مع/ب meet the persons after it */
    RW_FRAME_LEAD,   /* برئاسة: the person after leads the delegation before */
    RW_FRAME_MEMBER, /* يضم: the persons after are members of the delegation */
    RW_FRAME_ALIAS,  /* المعروف بـ: the name after is another name of the person before */
    RW_FRAME_CHAIR,  /* ترأس: the chair meets those named after a `participate` word */
    RW_FRAME_DISCUSS, /* بحث، ناقش: the other side only after مع/بـ; without one, what follows is
                         the topic (unless a pair or a coordinated subject discussed together) */
    RW_FRAME_SUMMIT, /* قمة: pairs nobody unless one of few parties or named after بين */
    RW_FRAME_TALK, /* تحدث: a call only with a phone word in its clause (هاتفيا، عبر الهاتف),
                      then read as discuss; without one, no event ("تحدث الوزير عن ...") */
    RW_FRAME_MOTION, /* وصل، توجه: a visit only to a place after a `toward` word or ل ("توجه إلى
                        باريس"); "توجه بكلمة"، "همزة وصل" go nowhere */
    RW_FRAME_ARRIVE, /* حل: a visit only to a place with ب after a traveller named in the clause
                        ("حل رئيس الحكومة اليوم بباريس"); never a subject from an earlier clause,
                        and not after a word that would make it the noun ("إيجاد حل بليبيا") */
    RW_FRAME_LIST, /* وهم: right after a delegation, the persons after are its members ("أعضاء
                      الوفد وهم X و Y"); anywhere else no event, and it bounds no clause */
    RW_FRAME_JOIN, /* انضم: "وانضم إلى اللقاء X"، "ثم انضم إليهما X": those who joined meet the
                      parties of the meeting just told and each other; joining else is no event */
} rw_frame;

typedef enum rw_verb_tense { RW_VT_PAST, RW_VT_PRESENT, RW_VT_FUTURE, RW_VT_NOUN } rw_verb_tense;

typedef struct rw_lex_trigger {
    rw_rel rel;
    rw_frame frame;
    rw_verb_tense tense;
    rw_modality modality;
} rw_lex_trigger;

typedef struct rw_lexicon {
    rw_strmap *phrases;  /* folded phrase -> (index + 1) into phrase_v */
    rw_strmap *words;    /* every folded word of every phrase -> 1 + the words of the longest
                            phrase it starts (1: it starts none) */
    rw_strmap *actor_ids, *place_ids, *office_ids; /* id -> index + 1 */
    rw_strmap *forenames; /* folded given names (forenames.tsv): the first word of each form,
                             and a compound form (نور الدين) whole */
    rw_lex_phrase *phrase_v;
    size_t n_phrases, cap_phrases;
    rw_lex_actor *actors;
    size_t n_actors, cap_actors;
    rw_lex_place *places;
    size_t n_places, cap_places;
    rw_lex_office *offices;
    size_t n_offices, cap_offices;
    rw_lex_role *roles;
    size_t n_roles, cap_roles;
    rw_lex_title *titles;
    size_t n_titles, cap_titles;
    rw_lex_trigger *triggers;
    size_t n_triggers, cap_triggers;
    char (*countries)[8]; /* nisba country codes */
    size_t n_countries, cap_countries;
    char **nisba_patterns; /* "*", "ال*", "*ه" ... folded, from words.tsv */
    size_t n_nisba_patterns;
} rw_lexicon;

/* Loads data_dir and then each user directory (same formats; a missing file is skipped, except
 * data_dir/triggers.tsv and data_dir/words.tsv which the engine cannot work without). Country
 * names come from ICU. `t` tokenises and folds the entries. Returns NULL and sets err (file and
 * line) on failure; free with rw_lexicon_close(). */
rw_lexicon *rw_lexicon_open(rw_text *t, const char *data_dir, const char *const *user_dirs,
                            size_t n_user_dirs, rw_error *err);
void rw_lexicon_close(rw_lexicon *lx);

/* The phrase with exactly this folded key, or NULL. */
const rw_lex_phrase *rw_lexicon_lookup(const rw_lexicon *lx, const char *key, size_t len);
/* How many words the longest phrase starting with this folded word has; 0 when none. */
int rw_lexicon_max_words(const rw_lexicon *lx, const char *word, size_t len);
/* rw_known_fn for rw_morph_analyze: whether a folded word occurs in any phrase: 0 when not, else
 * 1 + rw_lexicon_max_words() of it, which rw_analysis.known keeps. `ud` is the rw_lexicon. */
int rw_lexicon_known(const char *fold, size_t len, void *ud);
/* Whether a folded word is (the first word of) a given name of forenames.tsv, or folded words
 * joined by one space a compound given name (نور الدين): 0 not, 1 a given name, 2 a given name
 * that is also an ordinary word (أمل، سعيد، العربي). */
int rw_lexicon_forename(const rw_lexicon *lx, const char *word, size_t len);
/* The word-class bits of a single folded word (0 when none). */
rw_wclass rw_lexicon_word_class(const rw_lexicon *lx, const char *word, size_t len);

/* Whether `office`, held by one at a time (not `many`), has roles in roles.tsv for the United
 * Nations (country UN) only: one holder the world over (the UN Secretary-General). */
int rw_lexicon_office_of_un(const rw_lexicon *lx, int office);
/* Who held `office` in `country` at `date` (RW_DATE_NONE: now): an actor index or -1. */
int rw_lexicon_role_holder(const rw_lexicon *lx, int office, const char *country, rw_date date);
/* Whether `actor` held `office` (roles.tsv) in `country` ("": any) at `*date` (NULL: at any
 * date). */
int rw_lexicon_actor_held(const rw_lexicon *lx, int actor, int office, const char *country,
                          const rw_date *date);
/* The office an actor held at `date` (the first found), or -1; *country set to its country. */
int rw_lexicon_actor_office(const rw_lexicon *lx, int actor, rw_date date, const char **country);
/* Index by id, or -1. */
int rw_lexicon_actor_by_id(const rw_lexicon *lx, const char *id);
int rw_lexicon_place_by_id(const rw_lexicon *lx, const char *id);
/* Whether `code` is the code of a country of places.tsv. */
int rw_lexicon_is_country(const rw_lexicon *lx, const char *code);
/* The index of the place of kind country whose code is `code`, or -1. */
int rw_lexicon_country_place(const rw_lexicon *lx, const char *code);
int rw_lexicon_office_by_id(const rw_lexicon *lx, const char *id);
/* The id of the place that directly encloses the place with lexicon id `id` (the `parent` column
 * of places.tsv: a venue's city, a city's country), or NULL. */
const char *rw_lexicon_place_parent(const rw_lexicon *lx, const char *id);

#endif
