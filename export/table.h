/*
 * table.h - a plain-text table of events for the terminal: who, what, whom, where, when, and how
 * many sources reported it.
 *
 * The quick look an analyst takes before opening a diagram: one row per event the graph iterator
 * delivers (same filters as every export; docs/merging.md says what makes facts one event),
 * columns aligned by character count, the number of sources (copies of one article counted once)
 * and the first source's article id last.
 */
#ifndef RW_TABLE_H
#define RW_TABLE_H

#include <stdio.h>

#include "export/export.h"

int rw_export_table(const rw_graph *g, const rw_export_opts *opts, FILE *out, rw_error *err);

#endif
