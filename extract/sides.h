/*
 * sides.h - stage 4 of reading a trigger: who is on which side of its event.
 *
 * The trigger's frame (data/triggers.tsv, docs/lexicons.md) says how: `event` takes the subject
 * before the trigger (SVO) or right after it (VSO) and the other side after مع/بـ or the rest;
 * `pair` takes the pair named before it; `gather` (جمع) those before and after its side marker;
 * `chair` the chair and those who took part; `lead` and `member` a delegation's leader and
 * members. Side references are entity indexes, or -(placeholder + 1) for a title not yet
 * resolved (mentions.h).
 * Internal to extract/.
 */
#ifndef RW_SIDES_H
#define RW_SIDES_H

#include "extract/arguments.h"

/* Fills e->side_a / e->side_b (and for a visit e->places, for a meeting in a host place
 * e->host_place) from the arguments of clause c; *host is set to an inviting host who is to
 * meet the travellers, or INT_MIN. Returns whether the event has the sides it needs. */
int rw_sides(const rw_xstate *st, const rw_clause *c, const rw_args *a, rw_event *e, int *host);

/* Adds ref to a side (at most 8, no duplicates). */
void rw_add_side(int *side, int *n, int ref);
/* Whether ref is on either side of event e. */
int rw_takes_part(const rw_event *e, int ref);

#endif
