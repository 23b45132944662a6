/*
 * events.h - one happening, many reports: the facts of a graph grouped into events.
 *
 * Ten articles reporting one meeting give ten `met` facts; they report one event. An event is the
 * happening (rw_gevent, graph.h): its relation, its participants, the most precise date and place
 * its reports give, its status (held, planned, denied), its reports and its sources (articles,
 * near-duplicate copies counted once). The rules are in docs/merging.md ("Events"):
 *
 *   - same relation and status class (a denial never joins a report that it happened);
 *   - same participants: every actor the facts of one sentence connect, so a group photo and a
 *     bilateral of two of its members are two events;
 *   - overlapping spans of days (a day, a month, a year, or for an undated fact the days around
 *     its article's date);
 *   - compatible places (equal, unknown, or one inside the other by the parent function).
 *
 * Events are a pure function of the set of facts: reports are clustered in an order computed from
 * their own content (never from the order they were stored in), and an event id hashes the
 * event's relation, participants, date and place. Ingesting the same articles in any order or
 * over several runs therefore gives the same events and the same ids.
 *
 * The graph computes its events on first use (rw_graph_event_count(), the iterator) and keeps them
 * until a fact is added; callers normally go through graph.h, not through this header.
 */
#ifndef RW_EVENTS_H
#define RW_EVENTS_H

#include "base/error.h"
#include "graph/graph.h"

typedef struct rw_events rw_events;

/* Groups every fact of `g` into events and points each fact's `event` at its own. `parent` (may
 * be NULL) gives place containment. NULL and err on out of memory. */
rw_events *rw_events_build(rw_graph *g, rw_place_parent_fn parent, void *parent_ctx,
                           rw_error *err);
size_t rw_events_count(const rw_events *evs);
/* Events in the order of their first report's graph index. */
const rw_gevent *rw_events_get(const rw_events *evs, size_t i);
const rw_gevent *rw_events_find(const rw_events *evs, const char *id);
void rw_events_free(rw_events *evs);

#endif
