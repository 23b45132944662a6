/*
 * clause.h - stage 1 of reading a trigger: where its arguments may be.
 *
 * A trigger (data/triggers.tsv) takes its arguments from its clause: the units from the previous
 * clause word or trigger to the next one. A clause word is a `clause` word of words.tsv (حيث، أن،
 * الذي، قال) or a dateline's slash, colon or dash - but not the dashes around a short aside ("-
 * حفظه الله -"). A verb carrying و opens its own clause ("، والتقى X Y"); a verbal noun of the same
 * relation continues it ("يتصافحان خلال اجتماعهما في قصر الكرملين"), and so do a delegation's
 * leader ("مع وفد روسي برئاسة X") and the meeting noun after an attendance trigger ("حضر اللقاء X").
 * Nothing read for a trigger lies further than RW_REACH units from it, so that the work per
 * trigger is bounded however long the sentence.
 *
 * Also here: the small questions every later stage asks of a span of units.
 * Internal to extract/ (the stages share rw_xstate with mentions.c).
 */
#ifndef RW_CLAUSE_H
#define RW_CLAUSE_H

#include "extract/mentions.h"

/* How far, in units, the clause and the arguments of a trigger may lie from it. A page with no
 * full stop or clause word would otherwise make every trigger read all of it: the extraction was
 * quadratic in the length of a sentence (issue 13). On the 520 ANT articles a reach of 64 changes
 * nothing and 48 does; this is twice the first. */
#define RW_REACH 128

/* The clause of the trigger at unit `p`: units [L, R), inside its reach [lo, hi). */
typedef struct rw_clause {
    uint32_t p, L, R;
    uint32_t lo, hi; /* the units any search for this trigger reads: RW_REACH either side */
    const rw_lex_trigger *tr;
    int own_clause; /* a verb carrying و: verb first, nothing before it is its subject */
} rw_clause;

/* Fills c for the trigger at unit p. */
void rw_clause_of(const rw_xstate *st, uint32_t p, rw_clause *c);

/* The first mention of the sentence whose first unit is at or after `unit` (mentions are in the
 * order of their first unit): where a search over the mentions of a reach starts. */
size_t rw_first_pm(const rw_xstate *st, uint32_t unit);

/* Whether unit u is inside one of the sentence's mentions. */
int rw_in_mention(const rw_xstate *st, uint32_t u);

/* Whether unit u is a trigger that reports an event (every frame but `alias`; `talk` with a
 * phone word in the sentence; `list` right after a delegation). */
int rw_is_event_trigger(const rw_xstate *st, uint32_t u);
/* Whether a group mention ends right before unit u ("أعضاء الوفد وهم"). */
int rw_group_ends_at(const rw_xstate *st, uint32_t u);
/* Whether unit u opens a new clause. */
int rw_is_clause(const rw_xstate *st, uint32_t u);

/* Whether unit u is a colon (an agency's or a label's: "رابط الخبر: ..."). */
int rw_is_colon(const rw_xstate *st, uint32_t u);
/* Whether a comma stands strictly between units a and b ("وقبيل الافتتاح، عقد X و Y لقاء": the
 * phrase of time before it closed). */
int rw_comma_between(const rw_xstate *st, uint32_t a, uint32_t b);
/* Whether a unit in [u0, u1) is an engine word of class `cls` (words.tsv). */
int rw_has_word(const rw_xstate *st, uint32_t u0, uint32_t u1, rw_wclass cls);
/* Whether unit u is قبل أن or بعد أن (words.tsv `clause` and `when_of`): it opens a clause of
 * time, whose events are the sentence's own, not a speaker's words. */
int rw_time_clause(const rw_xstate *st, uint32_t u);
/* Whether units [L, p) are كان and قد alone (words.tsv `was`, `may`), كان first: "وكان قد
 * التقى" - a verb that tells what had happened, of the one the sentence is about. */
int rw_was_then_qad(const rw_xstate *st, uint32_t L, uint32_t p);
/* Whether unit u is written as an imperfect (ي or ت first, past its proclitics): "يضم"،
 * "تجمع" describe, "ضم"، "جمعه" report; "يجريها" holds what is to come, "أجراها" what was. */
int rw_imperfect_written(const rw_xstate *st, uint32_t u);
/* Whether the trigger at unit p, its proclitics off, is a verb of sending (words.tsv `send`:
 * أرسل), with an object pronoun or not: a visit of what was sent, never of the sender. */
int rw_send_verb(const rw_xstate *st, uint32_t p);

/* Whether a word carrying و that opens a clause or a purpose (words.tsv clause, planned: "وأن"،
 * "ولمناقشة") stands in units [u0, u1): what follows it is another clause's. */
int rw_coordinated_clause_between(const rw_xstate *st, uint32_t u0, uint32_t u1);
/* Whether unit u is a meeting's verbal noun (اجتماع، لقاء). */
int rw_meeting_noun(const rw_xstate *st, uint32_t u);
/* Whether a title or office stands in the `reach` units right before unit k ("رئيس النادي
 * الصفاقسي"، "كاتب الدولة لدى ..."). */
int rw_title_before(const rw_xstate *st, uint32_t k, uint32_t reach);
/* How many units from u on make a meeting noun's verb of taking place: 1 for "جرى"، 2 for
 * "الذي دار"، 0 when none. */
int rw_took_place_at(const rw_xstate *st, uint32_t u);
/* Whether the trigger word at unit p carries an attached pronoun (زيارته، لقائهما). */
int rw_possessive(const rw_xstate *st, uint32_t p);

/* The unit of the verb of the relative clause right after the noun at unit p ("الاجتماع الذي
 * يعقده"، "الزيارة التي سيؤديها"), past one definite word of description ("زيارة الدولة التي
 * قام بها"، "الزيارة الرسمية التي"), or 0 when no relative pronoun follows the noun. */
uint32_t rw_relative_verb(const rw_xstate *st, uint32_t p);

/* Whether the visit noun at unit p is the visit of someone the sentence does not name there: it
 * carries a pronoun ("زيارته") or a verb right after it does, with no one named after that verb
 * ("زيارة أداها اليوم إلى ..." - but "زيارة يجريها وفد من المجموعة" is the delegation's). */
int rw_visit_of_pronoun(const rw_xstate *st, uint32_t p);
/* The unit of a verb of performing (words.tsv `performed`) right after the visit noun at p, or
 * after one adjective of it ("زيارة رسمية أدتها"); 0 when there is none. */
uint32_t rw_performed_after(const rw_xstate *st, uint32_t p);

/* Adds n to the extraction's work counter (rw_extract_stats.work): units or mentions a search
 * for one trigger read. */
static inline void rw_count_work(const rw_xstate *st, size_t n)
{
    st->x->stats.work += n;
}

#endif
