/*
 * cmd_extract.c - `rawabit extract`: facts of articles as JSONL on standard output, no database.
 *
 * A stateless filter: each document is extracted, turned into a small graph of its own and
 * printed with the JSONL exporter (the facts contract, docs/facts.md), then forgotten, so memory
 * stays bounded by the largest article and the output can be split by any line.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "export/export.h"
#include "extract/extract.h"
#include "extract/facts_json.h"
#include "graph/merge.h"

static const char help[] =
    "Usage: rawabit extract [OPTIONS] INPUT...\n"
    "\n"
    "Extracts entities and facts from articles and prints them as JSONL on standard output,\n"
    "one object a line: entity lines, then fact lines, per article (docs/facts.md). Nothing is\n"
    "stored; the same extraction as 'rawabit ingest', for pipelines and map steps.\n"
    "INPUT: files, directories, archives or - (formats as for 'rawabit ingest --help').\n"
    "\n"
    "Options:\n"
    "  --date YYYY-MM-DD  publication date for articles whose metadata has none\n"
    "  --country CC       the country the articles come from (TN, SA, EG ...): an office\n"
    "                     named with no country (\"رئيس الحكومة\") in an article that gives\n"
    "                     none is that country's (docs/lexicons.md)\n"
    "  --for-ingest       before each article's lines, an \"article\" line with what\n"
    "                     'rawabit ingest --facts' needs to store it (docs/scale.md)\n"
    "  --lexicon DIR      more lexicon entries; may be repeated\n"
    "  -q, --quiet        no warnings\n"
    "  -h, --help         this help\n"
    "\n"
    "Exit status: 0 all read; 2 some input was bad (the rest was printed); 1 bad usage;\n"
    "3 failure.\n";

typedef struct extract_ctx {
    rw_extractor *ex;
    rw_names *names; /* opened once; each article's graph borrows it */
    cli_places places; /* the extractor's places lexicon, for events inside one article */
    rw_extraction x;
    cli_problems *problems; /* where a cut sentence is reported */
    rw_error err;
    int failed;
    int for_ingest; /* --for-ingest: an article line first */
} extract_ctx;

static int on_doc(rw_doc *doc, void *ud)
{
    extract_ctx *c = ud;
    rw_graph *g = NULL;
    int rc = rw_extract(c->ex, doc, &c->x, &c->err);
    if (!rc) cli_report_extraction(doc, &c->x, c->problems);
    if (rc || (c->for_ingest && rw_extraction_write_json(&c->x, stdout, &c->err)) ||
        !(g = rw_graph_new()) || (cli_places_attach(&c->places, g), 0) ||
        rw_graph_add_extraction_with(g, &c->x, rw_extractor_text(c->ex), c->names, &c->err) ||
        rw_export(g, RW_EXPORT_JSONL, &(rw_export_opts){0}, stdout, &c->err)) {
        if (!c->err.code) rw_error_set(&c->err, RW_ENOMEM, "out of memory");
        c->failed = 1;
    }
    rw_graph_free(g);
    rw_extraction_clear(&c->x);
    return c->failed;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {{"date", required_argument, 0, 'D'},
                                         {"country", required_argument, 0, 'C'},
                                         {"lexicon", required_argument, 0, 'L'},
                                         {"for-ingest", no_argument, 0, 'F'},
                                         {"quiet", no_argument, 0, 'q'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char **lexicons = calloc((size_t)argc + 1, sizeof *lexicons);
    if (!lexicons) {
        cli_error("out of memory");
        return EXIT_FAILURE_;
    }
    size_t n_lex = 0;
    rw_reader_opts ropts = {0};
    cli_problems problems = {0};
    int o, for_ingest = 0;
    const char *country = NULL;
    optind = 1;
    opterr = 0;
    while ((o = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
        switch (o) {
        case 'D':
            if (cli_parse_date("extract", "--date", optarg, &ropts.default_date)) goto usage;
            break;
        case 'L': lexicons[n_lex++] = optarg; break;
        case 'C': country = optarg; break;
        case 'F': for_ingest = 1; break;
        case 'q': problems.quiet = 1; break;
        case 'h': fputs(help, stdout); free(lexicons); return EXIT_OK;
        default: cli_usage("extract", "unknown option '%s'", argv[optind - 1]); goto usage;
        }
    }
    if (optind >= argc) {
        cli_usage("extract", "name at least one input: a file, a directory or -");
        goto usage;
    }
    extract_ctx c = {0};
    c.for_ingest = for_ingest;
    rw_extractor_opts eopts = {NULL, lexicons, n_lex, country};
    c.ex = rw_extractor_open(&eopts, &c.err);
    if (c.ex) c.names = rw_names_open(NULL, rw_extractor_text(c.ex), &c.err);
    if (c.ex) cli_places_borrow(&c.places, rw_extractor_lexicon(c.ex));
    if (!c.ex || !c.names) {
        int rc = cli_fail(&c.err);
        rw_names_free(c.names);
    rw_extractor_close(c.ex);
        free(lexicons);
        return rc;
    }
    ropts.on_problem = cli_on_problem;
    ropts.problem_ud = &problems;
    c.problems = &problems;
    size_t missing = cli_read_inputs(argv + optind, argc - optind, &ropts, on_doc, &c, &c.failed);
    int rc = c.failed ? cli_fail(&c.err) : (problems.bad || missing) ? EXIT_INPUT : EXIT_OK;
    if (fflush(stdout) != 0 && rc == EXIT_OK) {
        cli_error("standard output: write failed");
        rc = EXIT_FAILURE_;
    }
    rw_extraction_clear(&c.x);
    rw_names_free(c.names);
    rw_extractor_close(c.ex);
    free(lexicons);
    return rc;
usage:
    free(lexicons);
    return EXIT_USAGE;
}
