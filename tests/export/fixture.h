/*
 * fixture.h - small graphs built in memory for the exporter tests (tests/export/).
 *
 * fixture_news(): two Arabic news articles about a Moscow summit, eight facts chosen so that each
 * filter keeps a different, hand-countable subset (the expected counts are in test_export.c).
 * fixture_hostile(): names and ids made of everything a syntax must escape, to show that every
 * format comes out valid and gives the name back intact.
 */
#ifndef RW_TEST_EXPORT_FIXTURE_H
#define RW_TEST_EXPORT_FIXTURE_H

#include "graph/graph.h"

/* The caller frees the graph with rw_graph_free(); NULL when memory runs out. */
rw_graph *fixture_news(void);
rw_graph *fixture_hostile(void);

/* The hostile strings, NULL-terminated; each is a name of the entity "hostile-<i>". */
extern const char *const fixture_hostile_names[];

#endif
