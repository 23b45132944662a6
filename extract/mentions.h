/*
 * mentions.h - who and where a sentence talks about: lexicon matches and names found by context.
 *
 * A sentence's tokens are first grouped into units: the longest lexicon phrase starting at each
 * token (tried through the clitic-aware analyser, so وبالعاصمة finds العاصمة), or a single
 * unknown word, number or punctuation mark. Mentions are then read off the units:
 *   - lexicon actors and places;
 *   - persons no lexicon knows, named after a title ("وزير الزراعة أمجد بدر", "اللواء مرهف أبو
 *     قصرة"), with coordination ("وزيري الخارجية والدفاع السوريين أسعد الشيباني ومرهف أبو قصرة"
 *     pairs two offices with two names in order);
 *   - a title without a name ("الرئيس الروسي", "نظيره الروسي"): a role placeholder that
 *     relations.c resolves once the whole article has been read;
 *   - a surname or name already seen in the article;
 *   - role anaphora: "المسؤول الإسباني" is the one Spaniard named before, "الضيف" the one visitor;
 *   - delegations ("وفد روسي"), one group entity per delegation country in the article;
 *   - aliases the text states ("المعروف سابقا باسمه الحركي أبو محمد الجولاني").
 *
 * Internal to extract/: the state is shared by mentions.c, relations.c and extract.c.
 */
#ifndef RW_MENTIONS_H
#define RW_MENTIONS_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "extract/anacache.h"
#include "extract/dates.h"
#include "extract/facts.h"
#include "extract/lexicon.h"
#include "extract/morph.h"
#include "extract/text.h"

#define RW_MAX_ANALYSES 4
/* How many distinct tokens an extractor remembers the analyses of (anacache.h): ANT's 13 MB of
 * text have about 120,000 (whitespace-separated); the table is 2 MB, its records a few more. */
#define RW_ANACACHE_WORDS (1u << 17)

/* The lexicon's answers about one word token that the rules ask again and again: looked up when
 * the token is first analysed and cached with its analyses (anacache.h), so a repeated word needs
 * no lookup in the lexicon's tables, which are larger than the processor's cache. All depend on
 * the folded token alone. */
typedef struct rw_tokfacts {
    uint32_t phrase;                       /* the whole folded token as a one-word phrase: 1 + its
                                              index in lx->phrase_v, 0 when none */
    uint32_t stem_phrase[RW_MAX_ANALYSES]; /* the same for the stem of each analysis */
    uint8_t forename;                      /* rw_lexicon_forename() of the whole token */
    uint8_t in_phrases;                    /* the whole token may be a later word of a phrase
                                              (it is a word of one, or holds a space) */
    uint8_t stem_forename[RW_MAX_ANALYSES]; /* rw_lexicon_forename() of each stem */
    uint8_t pflags[RW_MAX_ANALYSES];       /* the RW_P_* word classes of each analysis's
                                              proclitic letters */
    rw_date_heads dates;                   /* rw_dates_heads() of the token */
} rw_tokfacts;

typedef enum rw_unit_kind {
    RW_U_OTHER,   /* a word no lexicon knows */
    RW_U_ACTOR,
    RW_U_PLACE,
    RW_U_OFFICE,
    RW_U_TITLE,
    RW_U_TRIGGER,
    RW_U_NISBA,
    RW_U_WORD,    /* an engine word (cls says which classes) */
    RW_U_NUMBER,
    RW_U_PUNCT,
} rw_unit_kind;

/* Proclitic flags of a unit's first token, from the word classes of the removed letters. */
enum { RW_P_CONJ = 1, RW_P_SIDE = 2, RW_P_PURPOSE = 4, RW_P_FUTURE = 8 };

typedef struct rw_unit {
    uint32_t tok, ntok;   /* tokens [tok, tok + ntok) */
    uint8_t kind;         /* rw_unit_kind */
    uint8_t pflags;       /* RW_P_* */
    uint8_t prefix_len;   /* folded bytes of proclitics on the first token */
    uint8_t suffix;       /* rw_suffix_class of the first token's analysis */
    uint8_t definite;     /* the (stripped) first word starts with ال */
    rw_wclass cls;        /* word classes of the phrase (words.tsv) */
    int ref;              /* index into the lexicon table of `kind` */
    int ana;              /* which analysis of the first token was used */
} rw_unit;

#define RW_NO_SPEAKER INT_MIN

typedef enum rw_pm_kind { RW_PM_PERSON, RW_PM_GROUP, RW_PM_PLACE } rw_pm_kind;

/* A mention of a participant or a place in the current sentence. `ref` >= 0 is an entity
 * index; ref < 0 is the role placeholder -(ref + 1). */
typedef struct rw_pm {
    uint32_t unit, unit_end; /* units [unit, unit_end) */
    int ref;
    uint8_t kind;            /* rw_pm_kind */
    uint8_t side;            /* preceded by مع or carrying ب: the other side of a meeting */
    uint8_t coord;           /* joined to the previous mention by و */
} rw_pm;

/* A title with no name: resolved after the whole article has been read. */
typedef struct rw_placeholder {
    int office;          /* lexicon office, or -1 for a counterpart (نظيره) */
    char country[8];     /* "" when the text gives none */
    int resolved;        /* entity, -1 until resolved */
    int many;            /* never resolved by roles.tsv: an office held by many at once (سفير) */
    int former;          /* a former or designate holder ("الرئيس السابق"): resolved only in
                            the article, else nobody */
    int of_place;        /* a place follows the title ("أمير منطقة المدينة المنورة"، "محافظ جدة"):
                            the office of that place, never of another holder in the article */
    int several;         /* a dual or plural title of no country ("وزيرا خارجية البلدين"):
                            several holders, none of whom it names alone */
    char *surface;       /* as written */
    char *words;         /* the title folded as rw_heldrole.words (with its place, of_place):
                            an unnamed title is first the one the article named in these words */
    uint32_t sentence;   /* where the title stands */
} rw_placeholder;

/* An office held by a person, as the article states it ("وزير الخارجية السوري أسعد الشيباني"). */
typedef struct rw_heldrole {
    int entity, office;  /* office -1: a title no office table knows; `text` has it */
    char country[8];
    char *text;
    char *words;         /* its words folded, without clitics or article, one space apart: what
                            a later unnamed title ("الوزير"، "وزير الثقافة") is matched against */
    uint32_t sentence;
    rw_span span;
    int title_only;      /* an office word that is an honorific too, alone before the name
                            ("الأمير X", a prince): a later bare title names him, but he holds
                            no office by it */
    int of_pronoun;      /* its head carries a pronoun ("ويلتقي رئيسه مارتن شولتز": the president
                            of the body just named): no unnamed title of the article is his */
} rw_heldrole;

/* The most parties one side of an event holds: a meeting's list ("وضم الاجتماع كلا من ...")
 * names up to a dozen. */
#define RW_MAX_SIDE 12

typedef struct rw_event {
    rw_rel rel;
    rw_frame frame;
    rw_modality modality;
    rw_verb_tense tense;
    int side_a[RW_MAX_SIDE], side_b[RW_MAX_SIDE]; /* refs as in rw_pm */
    int na, nb;
    int places[4];
    int nplaces;
    int host_place;           /* a place that received the guests: they visited it */
    int companions[RW_MAX_SIDE]; /* refs of persons and delegations accompanying a visit's
                                    travellers (مرفوقا بـ، ويرافقه): they went where those went */
    int ncompanions;
    int implicit;             /* side A inferred from an earlier clause */
    int lexicon_sides;        /* how many sides are lexicon actors (for confidence) */
    int background;           /* told as an earlier event (في لقاءات سابقة): inherits nothing */
    int separate;             /* "مع كل من B و C": B and C were met one by one */
    int own_places;           /* each of side B was met at a place of his own ("التقى A في
                                 إسطنبول و B في أثينا"): guest_place[i] is side_b[i]'s, or -1 */
    int guest_place[RW_MAX_SIDE];
    int reported;             /* a past event a speaker tells ("أكد X أنه صافح Y"): the report's
                               * day is not its day */
    int tentative;            /* a headline's present tense or bare noun: its modality is the
                                 body's report of the same event (rw_relations_finish) */
    int before_statement;     /* a meeting noun a statement followed ("قال X عقب لقائه بـ Y"): the
                                 statement is the news, of the report's day */
    int own_trip;             /* the visit told right before it goes to no place known */
    int since; /* told right after منذ ("منذ وصوله إلى قصر الإليزيه"): the start of
                  a period - at home, taking office, no visit */
    int received;             /* a host's verb of receiving with side B after it, no side word
                                 ("استقبل X A و B"): each received, not one meeting of them all */
    int guests_marked;        /* side B follows a side word ("اجتمع X مع A و B") */
    int told_past;            /* a noun whose clause has a verb of taking place in the past
                                 ("الاجتماع الذي دار بين X و Y"): told as held, like a past verb */
    int guest;                /* a visit to a host named after ضيفا على: the host's meeting with the
                                 travellers has the visit's modality, not an invitation's */
    int pronoun_guest;        /* "واستقبله X": side B is the pronoun's one, whom the sentence is
                                 about - the one a verb that goes on with it has for subject */
    rw_date date;
    char *date_text, *trigger, *alias;
    uint32_t sentence;
    rw_span span;
} rw_event;

/* Flags of a fact while the article is finished (rw_xstate.fflags). */
enum {
    RW_FACT_BACKGROUND = 1, /* from a background event: inherits no place or date */
    RW_FACT_TENTATIVE = 2,  /* from a headline: takes the body's modality, or goes */
    RW_FACT_DROP = 4,       /* to be removed */
    RW_FACT_REPORTED = 8,   /* told by a speaker ("أكد X أنه صافح Y"): not dated by the report */
    RW_FACT_STATEMENT = 16, /* a meeting a statement of the lead followed: the report's day */
    RW_FACT_NOUN = 32,      /* told by a verbal noun ("زيارة"), not a verb */
    RW_FACT_PRESENT = 64,   /* told by a verb in the present tense ("يزور") */
    RW_FACT_OWN_TRIP = 128, /* the visit told right before it goes to a place the engine does
                               not know ("وزار X معراب حيث التقى Y"): no visit gives it a place */
};

/* Per-article state plus the per-sentence scratch, reused across articles. */
typedef struct rw_xstate {
    const rw_lexicon *lx;
    const rw_morph *morph;
    const rw_dates *dates;
    rw_text *t;
    rw_extraction *x;
    const char *text; /* the document text */
    rw_date doc_date;

    /* the current sentence */
    const rw_tokens *tk;
    uint32_t sentence;
    rw_analysis (*an)[RW_MAX_ANALYSES];
    uint8_t *n_an;
    rw_tokfacts *tf; /* per token; only word tokens' are set */
    rw_date_heads *dh; /* per token, for rw_dates_find_with(); set when dh_valid */
    int dh_valid;
    rw_anacache *anacache; /* the analyses and facts of tokens seen in any article so far */
    uint32_t *th; /* per word token, its rw_anacache_hash() (analyse_tokens) */
    size_t cap_an, cap_tf, cap_dh, cap_th;
    rw_unit *units;
    size_t n_units, cap_units;
    int phone_word;    /* the sentence has a phone word (هاتفيا): a `talk` trigger reports a call */
    rw_pm *pms;
    size_t n_pms, cap_pms;
    uint8_t *used; /* per unit: consumed by a mention */
    size_t cap_used;

    /* the article */
    rw_strmap *names;  /* folded name or surname -> entity + 1 */
    rw_strmap *name_heads; /* the first word of every key of names: most words start none */
    /* A bit per class of first word (rw_mentions_head_bit) for every word in name_heads: most
     * words of an article share no class with its few name heads, and are answered here
     * without hashing them for the map. */
    uint64_t head_classes[4];
    rw_strmap *keys;   /* entity key -> entity + 1 */
    rw_strmap *groups; /* delegation country -> entity + 1 */
    int last_group;
    int last_subject;
    int lead_subject; /* the subject of the article's first event that had a person for it, or -1 */
    uint32_t subject_sentence; /* where last_subject was set */
    int subject_office; /* the subject of the last event when it is an office the article has
                           not named yet (a role placeholder's ref), else RW_NO_SPEAKER */
    uint32_t office_sentence; /* where subject_office was set */
    int topic;         /* the person a sentence with no event of its own opened on, or -1 */
    uint32_t topic_sentence;
    int last_speaker;  /* the last person named right after a verb of speech, or -1 */
    rw_date told_date; /* the day of the last meeting a trigger reported as held, whether
                          or not its sides were named ("عقد اليوم X اجتماعا مع الأطراف"), or unset */
    uint32_t told_sentence; /* where told_date was read */
    int told_host;     /* the one who held that meeting ("عقد اليوم X اجتماعا"), or -1 */
    int unnamed_speaker; /* this sentence's verb of speech has a title with no name after it
                            ("وأعرب الوزير عن ..."): someone the article does not name spoke */
    int speaker;       /* whom this sentence's pronouns name: the person (or role placeholder)
                          right after its verb of speech, or the last speaker when it opens on
                          one with no one after it; else RW_NO_SPEAKER */
    int dateline;      /* the place entity of the article's dateline ("الرياض - واس"), or -1 */
    char filed_cc[8];  /* the country of the agency the dateline names ("واس": SA, "العُمانية":
                          OM), the article's own country wherever it was filed; "" when none */
    struct {
        char cc[8];
        int n;
    } countries[16];   /* how often each country is named (places, nationalities, actors) */
    int n_countries;
    char default_country[8]; /* --country: the home country when the article gives none */
    rw_placeholder *ph;
    size_t n_ph, cap_ph;
    rw_heldrole *held;
    size_t n_held, cap_held;
    rw_event *ev;
    size_t n_ev, cap_ev;
    const char *visit_cc; /* the one country the article's visits go to, "" when none or
                             several: set by rw_relations_finish before roles are resolved */
    uint8_t *weak;        /* per entity: 1 a person read only by the shape of its name, 0 not,
                             0xff not yet seen (see name_start in mentions.c) */
    size_t cap_weak;
    int *honorific;       /* per entity: the honorific (titles.tsv line) the article named the
                             person with ("صاحب السمو الأمير X": the سمو line), or -1 */
    size_t cap_honorific;
    struct {              /* the last subject of each honorific family, that a pronoun form of it
                             names ("كما استقبل سموه") - see rw_mentions_honoured */
        int title, entity;
        uint32_t sentence;
    } honoured[8];
    int n_honoured;
    uint8_t *fflags;      /* per fact of st->x while finishing: RW_FACT_* below */
    size_t cap_fflags;
    rw_buf key, tmp;
} rw_xstate;

/* The first token of unit u as folded, its proclitics off ("واستقبل": استقبل); its length in
 * *n. */
const char *rw_mentions_unit_bare(const rw_xstate *st, uint32_t u, size_t *n);
/* The same word without the ending its analysis took off either ("أرسلتها" -> أرسلت): the stem
 * a word class of words.tsv is listed under. */
const char *rw_mentions_unit_stem(const rw_xstate *st, uint32_t u, size_t *n);
/* The word classes (words.tsv) of the first token of unit u read without its proclitics and its
 * article - a word no lexicon knew whole ("المجلس": institution, "الرؤساء": plural_head); 0
 * when it has no article. */
rw_wclass rw_mentions_class_without_article(const rw_xstate *st, uint32_t u);

/* Records that entity e became the subject of an event in this sentence: the last subject of
 * the honorific it was named with. */
void rw_mentions_note_subject(rw_xstate *st, int e);
/* The one named with the honorific whose pronoun form is the title unit at u ("سموه": one
 * named with سمو): the nearest person of its sentence before it named so, else the last subject
 * named so within the six sentences before; -1 when none. */
int rw_mentions_honoured(const rw_xstate *st, uint32_t u);
/* The one the article named with the honorific that token tok carries with a pronoun, inside a
 * longer unit ("في استقبال فخامته" after "فخامة الرئيس X": X); -1 when none. */
int rw_mentions_honoured_in_token(const rw_xstate *st, uint32_t tok);
/* Whether the article named anyone with the honorific at unit u (its titles.tsv line). */
int rw_mentions_named_with_honour(const rw_xstate *st, uint32_t u);
/* Whether entity e was named with the honorific whose pronoun form is the title unit at u. */
int rw_mentions_same_honour(const rw_xstate *st, int e, uint32_t u);

/* Whether token tok is a word of classes cls (words.tsv; `prep`, `during`) with a third-person
 * pronoun written on it: خلاله، معه، عليها، أثناءها. */
int rw_mentions_pronoun_on(const rw_xstate *st, uint32_t tok, rw_wclass cls);
/* Whether unit u is such a word alone - one token, no proclitic: خلالها، معه (not وخلالها). */
int rw_mentions_pronoun_unit(const rw_xstate *st, uint32_t u, rw_wclass cls);

/* Prepares the state for a new article (keeps the scratch memory). */
int rw_mentions_begin(rw_xstate *st, rw_extraction *x, const char *text, rw_date doc_date);
/* Forgets who the story was last about - the last subject, speaker and topic, and the meeting
 * just told - as at an article's start; the headline's second reading starts so too. */
void rw_mentions_restart_story(rw_xstate *st);
/* Reads the units and mentions of one sentence into st->units / st->pms, adding entities,
 * names and rw_mention records to the extraction. */
int rw_mentions_sentence(rw_xstate *st, const rw_tokens *tk, uint32_t sentence);
/* The article's own country: the one it names most, at least twice and more than any other;
 * when none stands out, the country the caller said the articles come from (--country), else
 * "". A title with no country ("رئيس الحكومة") is read as its holder's there. */
const char *rw_mentions_home_country(const rw_xstate *st);
/* Prints the current sentence's units and mentions (a development aid: rw_extractor_trace). */
void rw_mentions_trace(const rw_xstate *st, FILE *out);
/* How well the current sentence's persons are read (after rw_mentions_sentence): more person
 * mentions score higher, and among as many, more of them named in full (a name of two words
 * or more, or a lexicon person) rather than by one word. */
size_t rw_mentions_persons(const rw_xstate *st);
/* The date tables' heads of every token of tk (dates.h), kept from the token cache, when tk is
 * the sentence rw_mentions_sentence() read last; else NULL (rw_dates_find_with() then finds
 * them itself). */
const rw_date_heads *rw_mentions_date_heads(const rw_xstate *st, const rw_tokens *tk);
/* Frees everything the state owns. */
void rw_mentions_free(rw_xstate *st);

/* Entity helpers shared with relations.c: the article's entity for a lexicon actor / place. */
int rw_mentions_actor_entity(rw_xstate *st, int actor);
/* Whether token `tok`, as written, ends in a third-person attached pronoun (ه ها هم هما). The
 * written letters decide because folding makes the feminine ة an ه. */
/* Whether token tok is a given name (forenames.tsv), as written or with و off. */
int rw_mentions_forename(const rw_xstate *st, uint32_t tok);
int rw_mentions_written_pronoun(const rw_xstate *st, uint32_t tok);
/* ... in the feminine singular one (ها: جمعها، لقائها). */
int rw_mentions_written_feminine(const rw_xstate *st, uint32_t tok);
/* Whether the verb of unit u is conjugated for a woman (or a thing): a present written with ت
 * ("تصل"، "وتتوجه"), a past ending in ت ("وصلت"، "توجهت"). `past` says which tense the trigger
 * has; a masculine past that starts with ت (توجه، تحول) is not feminine. */
int rw_mentions_feminine_verb(const rw_xstate *st, uint32_t u, int past);
/* Whether token `tok` is written as a participle's masculine plural with the article: الم,
 * then ين or ون after five letters or more (المواطنين، المسؤولين، المشاركون), or the eight
 * letters of فاعلين (الفائزين، الحاضرين) - people a verb takes for object, and no family name
 * (العثيمين، الحسين، الأمين). */
int rw_mentions_participle_plural(const rw_xstate *st, uint32_t tok);
/* ... in the dual one (هما: لقائهما، بينهما). */
int rw_mentions_written_dual(const rw_xstate *st, uint32_t tok);
/* ... in a plural one (هم، هن: زيارتهم), never a single person's. */
int rw_mentions_written_plural(const rw_xstate *st, uint32_t tok);
/* Whether token tok is written with the dual ending of the oblique, ين (الرئيسين), not the
 * nominative ان of a subject (الرئيسان). */
int rw_mentions_written_oblique_dual(const rw_xstate *st, uint32_t tok);
/* Whether entity holds a title in the article (so far) whose head is the first word of the title
 * at unit u ("رئيس مجموعة البنك الدولي" and "رئيس المجموعة الدولية"). */
int rw_mentions_same_title_head(const rw_xstate *st, uint32_t u, int entity);
/* Whether entity may be named by the word at unit u ("الرئيسان" names two presidents, not a
 * minister and a president): 1 when it holds a title of that head or no one of the article so far
 * holds one (الجانبان), 0 when it holds titles of other heads only, -1 when it holds none the
 * article recorded (it may). */
int rw_mentions_title_head_fits(const rw_xstate *st, uint32_t u, int entity);
/* Whether token tok is written with ة at its end (folding makes it ه): a noun, never a verb. */
int rw_mentions_written_ta_marbuta(const rw_xstate *st, uint32_t tok);
/* Whether unit u is a title or office written in the feminine (ة: المستشارة، وزيرة): the one it
 * names is a woman. */
int rw_mentions_feminine_title(const rw_xstate *st, uint32_t u);
/* Whether the title at unit u names the one a spokesperson speaks for: a person's title right
 * after باسم with a known person after it ("المتحدث باسم الرئيس التركي رجب طيب إردوغان"): he is
 * spoken for, no party of what is said. */
int rw_mentions_spoken_for(const rw_xstate *st, uint32_t u);
/* Whether unit u, at the start of a person's mention, says he is a man: a title or office not
 * written with ة, or a counterpart word of a man (نظيره, not نظيرته). */
int rw_mentions_masculine_title(const rw_xstate *st, uint32_t u);

/* Whether unit k is a kin word with its pronoun, with or without the side's ب ("أخيه"،
 * "بأخيه"): before a name it is the protocol's apposition ("اتصالا هاتفيا بأخيه صاحب السمو X"),
 * the name its own. */
int rw_mentions_kin_apposition(const rw_xstate *st, uint32_t k);

/* Whether unit u is a noun some reading of which carries the side's proclitic ب ("بإستقالة"). */
int rw_mentions_side_proclitic(const rw_xstate *st, uint32_t u);

/* Whether the word at unit u is a one-letter preposition of word class `cls` (RW_W_PREP,
 * RW_W_SIDE) glued to a word with the article (بالشكر، للنيجر). */
int rw_mentions_clitic_on_article(const rw_xstate *st, uint32_t u, rw_wclass cls);

/* Whether unit u is a verbal noun with the ل of purpose glued to it ("لأداء زيارة"، "لإجراء
 * محادثات"، "للقيام بزيارة"): the noun after it is what is to be done. */
int rw_mentions_purpose_noun(const rw_xstate *st, uint32_t u);

/* The unit of the quotation mark that opens the quotation unit u of the current sentence stands
 * in, or -1 when it stands in none (a quotation is closed by its mark or the sentence's end). */
int rw_mentions_quote_span(const rw_xstate *st, uint32_t u);

/* Whether unit u is a word no lexicon knows that reads as a verb with the future proclitic
 * (سيطرح، ستتزامن). */
int rw_mentions_future_verb(const rw_xstate *st, uint32_t u);

/* Whether unit k is a comma (, or ،). */
int rw_mentions_is_comma(const rw_xstate *st, uint32_t k);
/* Whether unit k is a quotation mark ("، «، »، “، ”). */
int rw_mentions_is_quote(const rw_xstate *st, uint32_t k);
/* Whether unit u is a title that words.tsv lists as a ruler's honorific (صاحب السمو). */
int rw_mentions_ruler_title(const rw_xstate *st, uint32_t u);
int rw_mentions_place_entity(rw_xstate *st, int place);
/* The lexicon place (index into lx->places) entity `ent` is, or -1 for any other entity. */
int rw_mentions_lexicon_place(const rw_xstate *st, int ent);
/* Whether entity e is a person the article named only by an unknown word of a name's shape
 * ("وزير الخارجية X Y" with X in no list of given names): its facts are less certain. */
int rw_mentions_weak_name(const rw_xstate *st, int e);

#endif
