/*
 * clause.h - stage 1 of reading a trigger: where its arguments may be.
 *
 * A trigger (data/triggers.tsv) takes its arguments from its clause: the units from the previous
 * clause word or trigger to the next one. A clause word is a `clause` word of words.tsv (حيث، أن،
 * الذي، قال) or a dateline's slash, colon or dash - but not the dashes around a short aside ("-
 * حفظه الله -"). A verb carrying و opens its own clause ("، والتقى X Y"); a verbal noun of the same
 * relation continues it ("يتصافحان خلال اجتماعهما في قصر الكرملين"), and so do a delegation's
 * leader ("مع وفد روسي برئاسة X") and the meeting noun after an attendance trigger ("حضر اللقاء X").
 *
 * Also here: the small questions every later stage asks of a span of units.
 * Internal to extract/ (the stages share rw_xstate with mentions.c).
 */
#ifndef RW_CLAUSE_H
#define RW_CLAUSE_H

#include "extract/mentions.h"

/* The clause of the trigger at unit `p`: units [L, R). */
typedef struct rw_clause {
    uint32_t p, L, R;
    const rw_lex_trigger *tr;
    int own_clause; /* a verb carrying و: verb first, nothing before it is its subject */
} rw_clause;

/* Fills c for the trigger at unit p. */
void rw_clause_of(const rw_xstate *st, uint32_t p, rw_clause *c);

/* Whether unit u is a trigger that reports an event (every frame but `alias`). */
int rw_is_event_trigger(const rw_xstate *st, uint32_t u);
/* Whether unit u opens a new clause. */
int rw_is_clause(const rw_xstate *st, uint32_t u);
/* Whether a unit in [u0, u1) is an engine word of class `cls` (words.tsv). */
int rw_has_word(const rw_xstate *st, uint32_t u0, uint32_t u1, rw_wclass cls);
/* Whether unit u is a meeting's verbal noun (اجتماع، لقاء). */
int rw_meeting_noun(const rw_xstate *st, uint32_t u);
/* Whether the trigger word at unit p carries an attached pronoun (زيارته، لقائهما). */
int rw_possessive(const rw_xstate *st, uint32_t p);

#endif
