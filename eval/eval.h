/*
 * eval.h - scoring the graph against gold annotations ("who met whom", docs/eval.md).
 *
 * The gold format is the project's annotation guideline (docs/eval.md): entity lines
 * with every acceptable surface form, and met / phoned / planned / visited / attended lines per
 * article. System entities are mapped to gold entities by their names (folded, punctuation
 * removed; an exact name counts twice a name that merely contains a gold name), system documents
 * to gold documents by id or by a file name that starts with the gold id followed by "_", "-" or
 * ".". The measures are those of the reference scorer: precision, recall and F1 of asserted met
 * and phoned pairs per article; place and date accuracy on found met pairs; planned meetings
 * reported as held; multi-article persons carried by exactly one entity; over-merged entities.
 * Beyond the reference scorer: asserted visits (a visitor and a place per article) and planned
 * visits reported as held.
 */
#ifndef RW_EVAL_H
#define RW_EVAL_H

#include <stdio.h>

#include "base/error.h"
#include "extract/text.h"
#include "graph/graph.h"

typedef struct rw_prf {
    size_t tp, fp, fn;
    double p, r, f1;
} rw_prf;

#define RW_EVAL_BANDS 5 /* confidence bands of the calibration table */

typedef struct rw_eval_result {
    rw_prf met, phoned;
    size_t place_ok, place_n; /* found met pairs whose gold has a place / got it right */
    size_t date_ok, date_n;
    size_t planned_as_held, planned_n;
    size_t alias_one, alias_multi; /* multi-article persons carried by exactly one entity */
    double alias_mean;             /* mean number of system entities per multi-article person */
    size_t overmerged;             /* system entities carrying names of 2+ gold persons */
    /* Calibration: the asserted met and phoned pairs found, by the confidence of their surest
     * fact, in bands of RW_EVAL_BANDS (0.9-1, 0.8-0.9, 0.6-0.8, 0.5-0.6, below 0.5): how many,
     * and how many of them the gold has. */
    size_t band_n[RW_EVAL_BANDS], band_ok[RW_EVAL_BANDS];
    /* Visits: precision over the distinct (article, visitor, place) the graph asserts, recall
     * over the gold `visited` lines; gold planned visits (a visitor and places, no `b`) the graph
     * asserts as made. */
    rw_prf visited;
    size_t visit_planned_as_held, visit_planned_n;
} rw_eval_result;

/* The lower bounds of the calibration bands, surest first. */
extern const double rw_eval_band_floor[RW_EVAL_BANDS];

typedef struct rw_eval_opts {
    FILE *show;           /* when not NULL, every miss is listed there (false positives, false
                             negatives, split and over-merged actors) */
    float min_confidence; /* system facts below this confidence are left out (0: none) */
} rw_eval_opts;

/* Scores `g` against the gold file (opts may be NULL). Returns 0, or RW_EINPUT / RW_EIO with
 * err naming the gold file and line. */
int rw_eval_run(const rw_graph *g, const char *gold_path, rw_text *tx, const rw_eval_opts *opts,
                rw_eval_result *res, rw_error *err);

/* Prints the calibration table: for each confidence band, and for each threshold, the pairs
 * found and the share of them the gold has. */
void rw_eval_print_calibration(const rw_eval_result *res, FILE *out);

/* Prints the result as the reference scorer does: one line per measure, then a summary line. */
void rw_eval_print(const rw_eval_result *res, FILE *out);

/* Writes the result as one JSON object. */
void rw_eval_print_json(const rw_eval_result *res, FILE *out);

#endif
