/*
 * cmd_eval.c - `rawabit eval`: how good is the graph? Scores against gold annotations.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "base/outfile.h"
#include "cli/cli.h"
#include "eval/eval.h"
#include "extract/extract.h"
#include "graph/merge.h"
#include "graph/store.h"

static const char help[] =
    "Usage: rawabit eval [OPTIONS] GOLD.jsonl [INPUT...]\n"
    "\n"
    "Scores the graph against gold annotations written to the guideline in docs/eval.md:\n"
    "precision, recall and F1 of who-met-whom and who-phoned-whom pairs per article, place and\n"
    "date accuracy on the pairs found, planned meetings wrongly reported as held, and how many\n"
    "actors named in several articles end up as exactly one entity. Visits are scored too: who\n"
    "visited which place in each article, and planned visits wrongly reported as made.\n"
    "With INPUT files the articles are extracted in memory (nothing is stored); without, the\n"
    "graph in the database is scored.\n"
    "\n"
    "Options:\n"
    "  --db FILE          score this database (default: rawabit.db, when no INPUT is given)\n"
    "  --date YYYY-MM-DD  publication date for INPUT articles whose metadata has none\n"
    "  --country CC       the country the INPUT articles come from, as for 'rawabit extract'\n"
    "  --lexicon DIR      more lexicon entries; may be repeated\n"
    "  --show             list every miss: false and missed pairs, wrong places and dates,\n"
    "                     actors split over several entities\n"
    "  --calibration      also print how often the pairs found are right, by confidence\n"
    "  --min-confidence X score only facts of confidence X (0-1) or more, as a user who\n"
    "                     exports with the same option sees them\n"
    "  --json FILE        also write the figures as JSON\n"
    "  -h, --help         this help\n";

typedef struct eval_ctx {
    rw_extractor *ex;
    rw_graph *g;
    rw_extraction x;
    rw_error err;
    int failed;
} eval_ctx;

static int on_doc(rw_doc *doc, void *ud)
{
    eval_ctx *c = ud;
    if (rw_extract(c->ex, doc, &c->x, &c->err) ||
        rw_graph_add_extraction(c->g, &c->x, rw_extractor_text(c->ex), &c->err))
        c->failed = 1;
    rw_extraction_clear(&c->x);
    return c->failed;
}

int cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'd'},      {"date", required_argument, 0, 'D'},
        {"lexicon", required_argument, 0, 'L'}, {"show", no_argument, 0, 's'},
        {"country", required_argument, 0, 'C'},
        {"json", required_argument, 0, 'j'},    {"help", no_argument, 0, 'h'},
        {"calibration", no_argument, 0, 'c'},   {"min-confidence", required_argument, 0, 'm'},
        {0, 0, 0, 0}};
    const char *db = NULL, *json = NULL, *country = NULL;
    int show = 0, calibration = 0;
    rw_eval_opts scoring = {0};
    const char **lexicons = calloc((size_t)argc + 1, sizeof *lexicons);
    if (!lexicons) {
        cli_error("out of memory");
        return EXIT_FAILURE_;
    }
    size_t n_lex = 0;
    rw_reader_opts ropts = {0};
    cli_problems problems = {0};
    int o, rc = EXIT_OK;
    optind = 1;
    opterr = 0;
    while ((o = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (o) {
        case 'd': db = optarg; break;
        case 'D':
            if (cli_parse_date("eval", "--date", optarg, &ropts.default_date)) rc = EXIT_USAGE;
            break;
        case 'L': lexicons[n_lex++] = optarg; break;
        case 'C': country = optarg; break;
        case 's': show = 1; break;
        case 'c': calibration = 1; break;
        case 'm': {
            double v = 0;
            if (cli_parse_fraction("eval", "--min-confidence", optarg, &v)) rc = EXIT_USAGE;
            scoring.min_confidence = (float)v;
            break;
        }
        case 'j': json = optarg; break;
        case 'h': fputs(help, stdout); free(lexicons); return EXIT_OK;
        default: rc = cli_usage("eval", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (rc == EXIT_OK && optind >= argc) rc = cli_usage("eval", "name the gold file");
    if (rc == EXIT_OK && db && optind + 1 < argc)
        rc = cli_usage("eval", "score either a database (--db) or INPUT files, not both");
    if (rc == EXIT_OK && country && optind + 1 >= argc)
        rc = cli_usage("eval", "--country is for INPUT articles; a database holds facts "
                               "extracted already (give it to 'rawabit ingest')");
    if (rc != EXIT_OK) {
        free(lexicons);
        return rc;
    }
    const char *gold = argv[optind];
    eval_ctx c = {0};
    rw_extractor_opts eopts = {NULL, lexicons, n_lex, country};
    c.ex = rw_extractor_open(&eopts, &c.err);
    if (!c.ex) {
        free(lexicons);
        return cli_fail(&c.err);
    }
    if (optind + 1 < argc) {
        c.g = rw_graph_new();
        ropts.on_problem = cli_on_problem;
        ropts.problem_ud = &problems;
        problems.bad += cli_read_inputs(argv + optind + 1, argc - optind - 1, &ropts, on_doc, &c,
                                        &c.failed);
    } else {
        rw_store *s = rw_store_open(db ? db : "rawabit.db", RW_STORE_READ, NULL, &c.err);
        if (s) c.g = rw_store_load_graph(s, &c.err);
        rw_store_close(s);
        if (!c.g) c.failed = 1;
    }
    rw_eval_result res;
    scoring.show = show ? stdout : NULL;
    if (!c.failed && rw_eval_run(c.g, gold, rw_extractor_text(c.ex), &scoring, &res, &c.err))
        c.failed = 1;
    if (c.failed) {
        rc = cli_fail(&c.err);
    } else {
        if (calibration) rw_eval_print_calibration(&res, stdout);
        rw_eval_print(&res, stdout);
        if (json) {
            rw_outfile out;
            fflush(stdout); /* the figures above come first when --json names standard output */
            if (rw_outfile_open(&out, json, &c.err) == 0) {
                rw_eval_print_json(&res, out.fp);
                if (rw_outfile_commit(&out, &c.err)) rc = cli_fail(&c.err);
            } else {
                rc = cli_fail(&c.err);
            }
        }
        if (rc == EXIT_OK && problems.bad) rc = EXIT_INPUT;
    }
    rw_graph_free(c.g);
    rw_extraction_clear(&c.x);
    rw_extractor_close(c.ex);
    free(lexicons);
    return rc;
}
