/*
 * cmd_export.c - `rawabit export`: the graph out of the database in any format.
 *
 * The same filters apply to every format (they are the graph iterator's). Files go through
 * base/outfile.h: a regular file is replaced only when complete, a device, pipe or standard
 * output is written in place, a symbolic link is written through. CSV writes nodes.csv and
 * edges.csv into a directory, both or neither.
 */
#include <errno.h>
#include <limits.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/outfile.h"
#include "cli/cli.h"
#include "export/export.h"
#include "export/table.h"
#include "graph/store.h"

static const char help[] =
    "Usage: rawabit export [OPTIONS] --format FORMAT [-o FILE]\n"
    "\n"
    "Writes the graph in the database. Formats:\n"
    "  dot svg png pdf   a diagram (Graphviz); Arabic labels shaped right to left\n"
    "  ttl nt nq rdf     RDF: Turtle, N-Triples, N-Quads (a named graph per article), RDF/XML\n"
    "  jsonld            JSON-LD with the same vocabulary (docs/rdf.md)\n"
    "  graphml gexf      for Gephi, networkx, yEd\n"
    "  csv               nodes.csv and edges.csv, into the directory given with -o\n"
    "  jsonl             the facts contract, one object a line, events after facts\n"
    "                    (docs/facts.md)\n"
    "  table             a plain-text table of events: who, what, whom, where, when, and\n"
    "                    how many sources reported each (docs/merging.md)\n"
    "  html              an interactive viewer in one file that opens offline: search any\n"
    "                    spelling or alias, filter, focus, click a line to read its evidence\n"
    "Without --format, the format is taken from the extension of -o.\n"
    "\n"
    "Options:\n"
    "  --db FILE             the database (default: rawabit.db)\n"
    "  -f, --format FORMAT   one of the above\n"
    "  -o, --output FILE     where to write (default: standard output; csv: a directory)\n"
    "  --rel LIST            only these relations, e.g. met,phoned,visited\n"
    "  --from DATE, --to DATE  only facts dated inside (YYYY[-MM[-DD]]); drops undated facts\n"
    "  --around ENTITY       only the neighbourhood of this entity (id or any name)\n"
    "  --depth N             hops around --around (default 1)\n"
    "  --top N               only the N entities in most distinct occasions (reports of\n"
    "                        one relation, pair, place and date count once)\n"
    "  --min-confidence X    only facts with confidence >= X (0 to 1)\n"
    "  --asserted-only       leave out planned and negated facts\n"
    "  --labels ar|en|both   which names diagrams and tables show (default both)\n"
    "  --cluster country     diagrams: draw the actors of each country inside one box\n"
    "  --base IRI            RDF: mint IRIs under this base (default https://rawabit.org/id/)\n"
    "  -h, --help            this help\n"
    "\n"
    "Examples:\n"
    "  rawabit export -o graph.svg --rel met --labels ar\n"
    "  rawabit export -f ttl -o graph.ttl --from 2025-01-01 --to 2025-12-31\n"
    "  rawabit export -f png -o putin.png --around 'فلاديمير بوتين' --depth 2\n"
    "  rawabit export -f csv -o tables/\n"
    "  rawabit export -o graph.html --rel met,phoned,visited\n";

static const struct {
    const char *ext, *format;
} by_extension[] = {
    {".dot", "dot"}, {".gv", "dot"},         {".svg", "svg"},         {".png", "png"},
    {".pdf", "pdf"}, {".ttl", "ttl"},        {".nt", "nt"},           {".nq", "nq"},
    {".rdf", "rdf"}, {".xml", "rdf"},        {".jsonld", "jsonld"},   {".graphml", "graphml"},
    {".gexf", "gexf"}, {".jsonl", "jsonl"}, {".ndjson", "jsonl"},   {".txt", "table"},
    {".html", "html"}, {".htm", "html"},
};

static const char *format_from_path(const char *path)
{
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof by_extension / sizeof *by_extension; i++) {
        size_t e = strlen(by_extension[i].ext);
        if (n > e && strcmp(path + n - e, by_extension[i].ext) == 0) return by_extension[i].format;
    }
    return NULL;
}

/* Renders one format into an opened output. */
static int render(const rw_graph *g, int fmt, int table, const rw_export_opts *eo, FILE *out,
                  rw_error *err)
{
    return table ? rw_export_table(g, eo, out, err)
                 : rw_export(g, (rw_export_format)fmt, eo, out, err);
}

/* A renderer that failed to write says which format; the user wants to hear which file. */
static int output_failed(rw_outfile *out, rw_error *err)
{
    int e = errno;
    if (out->fp && ferror(out->fp))
        rw_error_set(err, RW_EIO, "%s: cannot write: %s", out->name, e ? strerror(e) : "write error");
    rw_outfile_abort(out);
    return err->code;
}

/* The viewer shows the merges that made an entity; they are in the store, not in the graph. */
typedef struct merge_relay {
    rw_export_merge_fn fn;
    void *ctx;
} merge_relay;

static int relay_merge(void *ctx, const rw_merge_row *row)
{
    merge_relay *r = ctx;
    rw_export_merge m = {row->name, row->reason, row->doc};
    return r->fn(r->ctx, &m);
}

static void store_merges(void *store, const char *entity_id, rw_export_merge_fn fn, void *ctx)
{
    merge_relay r = {fn, ctx};
    rw_error ignored = {0}; /* a history that cannot be read leaves the panel without it */
    rw_store_merge_history(store, entity_id, relay_merge, &r, &ignored);
}

static int write_one(const rw_graph *g, int fmt, int table, const rw_export_opts *eo,
                     const char *path, rw_error *err)
{
    int binary = !table && rw_export_format_is_binary((rw_export_format)fmt);
    if (binary && (!path || strcmp(path, "-") == 0) && isatty(STDOUT_FILENO))
        return rw_error_set(err, RW_EUSAGE, "this format is binary: name an output file with -o FILE");
    rw_outfile out;
    if (rw_outfile_open(&out, path, err)) return err->code;
    int rc = render(g, fmt, table, eo, out.fp, err);
    if (rc) return output_failed(&out, err);
    return rw_outfile_commit(&out, err);
}

/* nodes.csv and edges.csv appear together or not at all: both are written and finished before
 * either is renamed into place. */
static int write_csv(const rw_graph *g, const rw_export_opts *eo, const char *dir, rw_error *err)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return rw_error_set(err, RW_EIO, "%s: cannot create the directory: %s", dir, strerror(errno));
    static const struct {
        const char *name;
        rw_export_format fmt;
    } files[] = {{"nodes.csv", RW_EXPORT_CSV_NODES}, {"edges.csv", RW_EXPORT_CSV_EDGES}};
    enum { N = sizeof files / sizeof files[0] };
    rw_outfile out[N] = {0};
    int rc = 0;
    for (size_t i = 0; i < N && !rc; i++) {
        size_t n = strlen(dir) + strlen(files[i].name) + 2;
        char *path = malloc(n);
        if (!path) {
            rc = rw_error_set(err, RW_ENOMEM, "out of memory");
            break;
        }
        snprintf(path, n, "%s/%s", dir, files[i].name);
        if (rw_outfile_open(&out[i], path, err))
            rc = err->code;
        else if (rw_export(g, files[i].fmt, eo, out[i].fp, err))
            rc = output_failed(&out[i], err);
        else
            rc = rw_outfile_finish(&out[i], err);
        free(path);
    }
    for (size_t i = 0; i < N && !rc; i++)
        rc = rw_outfile_publish(&out[i], err);
    for (size_t i = 0; i < N; i++)
        rw_outfile_abort(&out[i]);
    return rc;
}

int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'd'},       {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'},   {"rel", required_argument, 0, 'r'},
        {"from", required_argument, 0, 'F'},     {"to", required_argument, 0, 'T'},
        {"around", required_argument, 0, 'a'},   {"depth", required_argument, 0, 'n'},
        {"top", required_argument, 0, 't'},      {"min-confidence", required_argument, 0, 'c'},
        {"labels", required_argument, 0, 'l'},   {"base", required_argument, 0, 'B'},
        {"asserted-only", no_argument, 0, 'A'},  {"help", no_argument, 0, 'h'},
        {"cluster", required_argument, 0, 'C'},
        {0, 0, 0, 0}};
    const char *db = "rawabit.db", *format = NULL, *output = NULL;
    rw_export_opts eo = {0};
    int o;
    optind = 1;
    opterr = 0;
    while ((o = getopt_long(argc, argv, "f:o:h", opts, NULL)) != -1) {
        long n;
        double x;
        switch (o) {
        case 'd': db = optarg; break;
        case 'f': format = optarg; break;
        case 'o': output = optarg; break;
        case 'r':
            if (cli_parse_rels("export", optarg, &eo.filter.rel_mask)) return EXIT_USAGE;
            break;
        case 'F':
            if (cli_parse_date("export", "--from", optarg, &eo.filter.from)) return EXIT_USAGE;
            break;
        case 'T':
            if (cli_parse_date("export", "--to", optarg, &eo.filter.to)) return EXIT_USAGE;
            break;
        case 'a': eo.filter.around = optarg; break;
        case 'n':
            if (cli_parse_count("export", "--depth", optarg, 0, INT_MAX, &n)) return EXIT_USAGE;
            eo.filter.depth = (int)n;
            break;
        case 't':
            if (cli_parse_count("export", "--top", optarg, 1, LONG_MAX, &n)) return EXIT_USAGE;
            eo.filter.top = (size_t)n;
            break;
        case 'c':
            if (cli_parse_fraction("export", "--min-confidence", optarg, &x)) return EXIT_USAGE;
            eo.filter.min_confidence = (float)x;
            break;
        case 'l':
            if (strcmp(optarg, "ar") == 0) eo.labels = RW_LABELS_AR;
            else if (strcmp(optarg, "en") == 0) eo.labels = RW_LABELS_EN;
            else if (strcmp(optarg, "both") == 0) eo.labels = RW_LABELS_BOTH;
            else return cli_usage("export", "--labels is ar, en or both, not '%s'", optarg);
            break;
        case 'B':
            if (!rw_export_base_is_valid(optarg))
                return cli_usage("export", "--base wants an absolute IRI such as "
                                 "https://example.org/id/, not '%s'", optarg);
            eo.base_iri = optarg;
            break;
        case 'C':
            if (strcmp(optarg, "country") != 0)
                return cli_usage("export", "--cluster groups by country only: --cluster country, not '%s'", optarg);
            eo.cluster_by_country = 1;
            break;
        case 'A': eo.filter.asserted_only = 1; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return cli_usage("export", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc) return cli_usage("export", "unexpected argument '%s'", argv[optind]);
    if (!format && output) format = format_from_path(output);
    if (!format) return cli_usage("export", "say which format with --format (or an -o FILE with a known extension)");
    int table = strcmp(format, "table") == 0, csv = strcmp(format, "csv") == 0;
    int fmt = table || csv ? 0 : rw_export_format_from_name(format);
    if (fmt < 0) return cli_usage("export", "'%s' is not a format; see 'rawabit export --help'", format);
    if (csv && !output) return cli_usage("export", "csv writes nodes.csv and edges.csv: name a directory with -o DIR");

    rw_error err = {0};
    rw_store *store = rw_store_open(db, RW_STORE_READ, NULL, &err);
    if (!store) return cli_fail(&err);
    rw_graph *g = rw_store_load_graph(store, &err);
    if (!g) {
        rw_store_close(store);
        return cli_fail(&err);
    }
    if (fmt == RW_EXPORT_HTML && !table && !csv) {
        eo.merge_history = store_merges;
        eo.merge_source = store;
    }
    cli_places places;
    if (cli_places_open(&places, &err)) {
        rw_graph_free(g);
        rw_store_close(store);
        return cli_fail(&err);
    }
    cli_places_attach(&places, g);

    int rc = csv ? write_csv(g, &eo, output, &err) : write_one(g, fmt, table, &eo, output, &err);
    rw_graph_free(g);
    cli_places_close(&places);
    rw_store_close(store);
    return rc ? cli_fail(&err) : EXIT_OK;
}
