/*
 * arguments.h - stage 2 of reading a trigger: its clause's mentions sorted into arguments.
 *
 * Participants are the person and group mentions of the clause before the trigger (`pre`) and
 * after it (`post`); the first one after it carrying a side marker (مع، بـ) is `marker`. Not every
 * mention is a participant or a place of the event:
 *   - topics, goals and sources: a place after a topic noun or a direction word ("بحثا الأوضاع في
 *     غزة"، "دعم بلاده للبنان"، "قادماً من باريس"), or coordinated with one;
 *   - a country or city that completes a person's title ("وزير خارجية مصر"، "محافظ البصرة");
 *   - the sender of a message ("حاملا رسالة من الملك Z"), an organisation that is the occasion
 *     ("على هامش أعمال الجمعية العامة").
 * A visit's destination is a place introduced by a preposition after the verb, with the places
 * coordinated with it; a bare place right after the verb and before the travellers is the one
 * that sent them ("استقبلت دمشق وفدا").
 * Internal to extract/.
 */
#ifndef RW_ARGUMENTS_H
#define RW_ARGUMENTS_H

#include "extract/clause.h"

#define RW_MAX_ARGS 16

typedef struct rw_args {
    int pre[RW_MAX_ARGS], post[RW_MAX_ARGS]; /* indexes into st->pms */
    int npre, npost;
    int marker;            /* index into post of the first side-marked participant, or -1 */
    int places[4];         /* a visit's destination and the places coordinated with it */
    int nplaces;
    int place_after;       /* the first place after the trigger in its clause, or -1 */
    uint32_t place_after_unit; /* its unit (when place_after >= 0) */
    int place_before;      /* the last place before the trigger in its clause, or -1 */
    int hosted_at;         /* a place right after a verb of hosting before the trigger in its
                              sentence ("استضافت عمّان اجتماعا"), or -1: the venue */
    int sent_place_before; /* the last place before the trigger in the sentence (within
                              RW_REACH units), or -1 */
    int sent_place_after;  /* the first place after the clause, before another event, or -1 */
    int first_after_kind;  /* rw_pm_kind of the first mention after the trigger, or -1 */
    int first_after_ref;
    int first_after_introduced; /* that mention is a place introduced by a preposition */
    int near_before;       /* the last person before the trigger in the sentence (within
                              RW_REACH units) */
    int near_set;          /* near_before is set (a placeholder's ref may be -1 too) */
    int unnamed;           /* the clause names a party only as someone's relative (والد ميسي) */
    int visit_subject;     /* pre[0] is the traveller of the visit a pronoun after the verb names
                              ("التقى خلالها X"), named outside the verb's clause */
    int companions[RW_MAX_ARGS]; /* persons accompanying a visit's travellers (indexes into
                                    st->pms): no sides, but they go where the travellers go */
    int ncompanions;
} rw_args;

/* Sorts the mentions of the current sentence within the trigger's reach [c->lo, c->hi) into the
 * arguments of the trigger of clause c. */
void rw_arguments(const rw_xstate *st, const rw_clause *c, rw_args *a);

/* Whether mentions v[0..n) (indexes into st->pms) form one coordinated list. */
int rw_coordinated(const rw_xstate *st, const int *v, int n);
/* The word classes of the unit right before mention m, 0 when it is no word of words.tsv. */
rw_wclass rw_word_before(const rw_xstate *st, const rw_pm *m);
/* Whether word classes `before` (of the word right before a person) make him a recipient or a
 * topic of a meeting: a direction word that marks no side (إلى، على، عن، حول; not مع، من، بين). */
int rw_recipient_word(rw_wclass before);

/* Whether a place entity is a venue of the lexicon (قصر الحسينية), not a city or country. */
int rw_place_is_venue(const rw_xstate *st, int ent);

#endif
