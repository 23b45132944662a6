/*
 * cli.h - what the `rawabit` subcommands share: exit codes, problem reports, progress on a
 * terminal. Output files are base/outfile.h's.
 *
 * The CLI only wires the library together; anything that decides about articles, entities or
 * formats lives in extract/, graph/, export/ or eval/.
 */
#ifndef RW_CLI_H
#define RW_CLI_H

#include <stdio.h>

#include "base/date.h"
#include "base/error.h"
#include "extract/facts.h"
#include "extract/lexicon.h"
#include "extract/readers.h"
#include "graph/graph.h"

/* Exit codes scripts can rely on (documented in --help and docs/cli.md). */
enum {
    EXIT_OK = 0,
    EXIT_USAGE = 1,   /* bad command line */
    EXIT_INPUT = 2,   /* some input could not be read or was malformed (the rest was processed) */
    EXIT_FAILURE_ = 3 /* the database, an output file or a library failed */
};

typedef int (*cli_command_fn)(int argc, char **argv);

int cmd_ingest(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_neighbors(int argc, char **argv);
int cmd_path(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_split(int argc, char **argv);

/* "rawabit: " + message on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Maps a library status to an exit code and prints err's message. */
int cli_fail(const rw_error *err);
/* Prints a usage error and the hint to run --help; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Counts and prints reader problems ("FILE:LINE: message"). Pass as rw_reader_opts.on_problem
 * with a cli_problems as user data. */
typedef struct cli_problems {
    size_t warnings, bad;
    int quiet; /* warnings not printed */
} cli_problems;
void cli_on_problem(const rw_problem *p, void *ud);
/* Reports, as a warning through cli_on_problem, what extraction had to bound in `doc`: sentences
 * too long to read whole, cut in pieces (rw_extract_stats). */
void cli_report_extraction(const rw_doc *doc, const rw_extraction *x, cli_problems *problems);

/* Reads each input path in turn through rw_read_input, stopping early once *stop is set (by the
 * caller's on_doc). An input that cannot be opened is reported and counted, not fatal: returns
 * how many there were. */
size_t cli_read_inputs(char *const *paths, int n, const rw_reader_opts *ro, rw_doc_fn on_doc,
                       void *ud, const int *stop);

/* Parses --date and --from/--to values; prints the error and returns -1 when bad. */
int cli_parse_date(const char *cmd, const char *opt, const char *value, rw_date *out);

/* Parses a whole decimal number from `min` to `max` (no sign, no spaces, no empty string, nothing
 * that wraps around); prints the usage error naming `opt` and returns -1 when bad. */
int cli_parse_count(const char *cmd, const char *opt, const char *value, long min, long max,
                    long *out);
/* Parses a finite number from 0 to 1 (not nan, not inf); prints the error and returns -1. */
int cli_parse_fraction(const char *cmd, const char *opt, const char *value, double *out);

/* Parses a comma-separated list of relation names ("met,phoned") into a mask of (1u << rel);
 * prints the error and returns -1 when a name is unknown or none is given. */
int cli_parse_rels(const char *cmd, const char *value, unsigned *mask);

/* Progress on a terminal: at most ten updates a second on stderr, nothing when stderr is not a
 * terminal (or in CI logs). cli_progress_done() clears the line. */
typedef struct cli_progress {
    int enabled;
    double last, start;
} cli_progress;
void cli_progress_init(cli_progress *p);
void cli_progress_update(cli_progress *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_progress_done(cli_progress *p);
double cli_now(void);

/* Place containment for events (graph.h, rw_place_parent_fn), read from the places lexicon:
 * cli_places_attach() gives it to a graph, which must not outlive `p`. cli_places_open() loads
 * data/ itself (text layer and lexicon); cli_places_borrow() uses an extractor's lexicon. */
typedef struct cli_places {
    rw_text *tx; /* owned when opened here */
    rw_lexicon *own;
    const rw_lexicon *lx;
    char id[256]; /* the parent id last returned */
} cli_places;
int cli_places_open(cli_places *p, rw_error *err);
void cli_places_borrow(cli_places *p, const rw_lexicon *lx);
void cli_places_attach(cli_places *p, rw_graph *g);
void cli_places_close(cli_places *p);

#endif
