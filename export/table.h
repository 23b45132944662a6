/*
 * table.h - a plain-text table of facts for the terminal: who, what, whom, where, when.
 *
 * The quick look an analyst takes before opening a diagram: one row per fact the graph iterator
 * delivers (same filters as every export), columns aligned by character count, the evidence's
 * article id last.
 */
#ifndef RW_TABLE_H
#define RW_TABLE_H

#include <stdio.h>

#include "export/export.h"

int rw_export_table(const rw_graph *g, const rw_export_opts *opts, FILE *out, rw_error *err);

#endif
