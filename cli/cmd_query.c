/*
 * cmd_query.c - exploring and correcting the graph: entities, show, neighbors, path, merge,
 * split. Answers come from graph/query.h over the loaded graph; corrections from store.h, which
 * keeps them as decisions that later ingests respect.
 */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "extract/text.h"
#include "graph/query.h"
#include "graph/store.h"

/* What every exploring command opens: the database, its graph, the text layer, the index. */
typedef struct session {
    rw_text *tx;
    rw_store *store;
    rw_graph *g;
    rw_query *q;
    cli_places places;
    rw_error err;
} session;

static int session_open(session *s, const char *db, rw_store_mode mode)
{
    memset(s, 0, sizeof *s);
    if (!(s->tx = rw_text_open(&s->err))) return -1;
    if (!(s->store = rw_store_open(db, mode, s->tx, &s->err))) return -1;
    if (mode == RW_STORE_WRITE) return 0;
    if (!(s->g = rw_store_load_graph(s->store, &s->err))) return -1;
    if (cli_places_open(&s->places, &s->err)) return -1;
    cli_places_attach(&s->places, s->g);
    if (!(s->q = rw_query_new(s->g, s->tx, &s->err))) return -1;
    return 0;
}

static void session_close(session *s)
{
    rw_query_free(s->q);
    rw_graph_free(s->g);
    cli_places_close(&s->places);
    rw_store_close(s->store);
    rw_text_close(s->tx);
}

static const rw_gentity *find(session *s, const char *cmd, const char *ref)
{
    const rw_gentity *e = rw_query_find(s->q, ref);
    if (!e)
        cli_error("%s: no entity is called '%s' (try 'rawabit entities --search')", cmd, ref);
    return e;
}

/* Options shared by the exploring commands; each takes what it needs. */
typedef struct query_opts {
    const char *db;
    int kind;
    const char *search;
    size_t limit, max_hops;
    rw_neighbor_filter nf;
    int any_modality;
    int help;
} query_opts;

static int parse(const char *cmd, int argc, char **argv, query_opts *qo)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'd'},   {"kind", required_argument, 0, 'k'},
        {"search", required_argument, 0, 's'}, {"limit", required_argument, 0, 'n'},
        {"rel", required_argument, 0, 'r'},  {"from", required_argument, 0, 'F'},
        {"to", required_argument, 0, 'T'},   {"max-hops", required_argument, 0, 'm'},
        {"any-modality", no_argument, 0, 'M'}, {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0}};
    memset(qo, 0, sizeof *qo);
    qo->db = "rawabit.db";
    qo->kind = -1;
    int o;
    optind = 1;
    opterr = 0;
    while ((o = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (o) {
        case 'd': qo->db = optarg; break;
        case 'k':
            if ((qo->kind = rw_kind_from_name(optarg)) < 0)
                return cli_usage(cmd, "--kind is person, org, place or group, not '%s'", optarg);
            break;
        case 's': qo->search = optarg; break;
        case 'n':
        case 'm': {
            long n;
            if (cli_parse_count(cmd, o == 'n' ? "--limit" : "--max-hops", optarg, 0, LONG_MAX, &n))
                return EXIT_USAGE;
            *(o == 'n' ? &qo->limit : &qo->max_hops) = (size_t)n;
            break;
        }
        case 'r':
            if (cli_parse_rels(cmd, optarg, &qo->nf.rel_mask)) return EXIT_USAGE;
            break;
        case 'F':
            if (cli_parse_date(cmd, "--from", optarg, &qo->nf.from)) return EXIT_USAGE;
            break;
        case 'T':
            if (cli_parse_date(cmd, "--to", optarg, &qo->nf.to)) return EXIT_USAGE;
            break;
        case 'M': qo->any_modality = 1; break;
        case 'h': qo->help = 1; break;
        default: return cli_usage(cmd, "unknown option '%s'", argv[optind - 1]);
        }
    }
    return 0;
}

int cmd_entities(int argc, char **argv)
{
    static const char help[] =
        "Usage: rawabit entities [--db FILE] [--kind person|org|place|group] [--search TEXT]\n"
        "                        [--limit N]\n"
        "\n"
        "Lists entities, most facts first, one a line: ID, KIND, FACTS, English label, Arabic\n"
        "label (tab-separated). --search keeps entities with a name containing TEXT, in Arabic\n"
        "(any spelling of hamza, with or without harakat) or English (any case).\n";
    query_opts qo;
    int rc = parse("entities", argc, argv, &qo);
    if (rc) return rc;
    if (qo.help) return fputs(help, stdout), EXIT_OK;
    if (optind < argc) return cli_usage("entities", "unexpected argument '%s'", argv[optind]);
    session s;
    if (session_open(&s, qo.db, RW_STORE_READ)) {
        rc = cli_fail(&s.err);
    } else {
        rw_entity_filter f = {qo.kind, qo.search, qo.limit};
        if (rw_query_entities(s.q, &f, stdout, &s.err) < 0) rc = cli_fail(&s.err);
    }
    session_close(&s);
    return rc;
}

/* show, neighbors and path: parse, open the database, find the named entities, act, close. */
typedef int (*entity_action)(session *s, const rw_gentity *const *e, const query_opts *qo);

static int on_entities(const char *cmd, int argc, char **argv, int n, const char *help,
                       entity_action act)
{
    query_opts qo;
    int rc = parse(cmd, argc, argv, &qo);
    if (rc) return rc;
    if (qo.help) return fputs(help, stdout), EXIT_OK;
    if (optind + n != argc) return cli_usage(cmd, n == 1 ? "name one entity" : "name two entities");
    session s;
    if (session_open(&s, qo.db, RW_STORE_READ)) {
        rc = cli_fail(&s.err);
    } else {
        const rw_gentity *e[2] = {NULL, NULL};
        int found = 1;
        for (int i = 0; i < n; i++)
            if (!(e[i] = find(&s, cmd, argv[optind + i]))) found = 0;
        /* An entity the command line names but the graph lacks is a usage error (1), as in
         * merge, split and export --around; 2 is kept for answers: path found no path. */
        rc = found ? act(&s, e, &qo) : EXIT_USAGE;
    }
    session_close(&s);
    return rc;
}

#define FILTER_HELP                                                                                \
    "  --rel LIST         only these relations (met,phoned,visited,...)\n"                         \
    "  --from DATE, --to DATE  only facts dated inside; drops undated facts\n"                     \
    "  --db FILE          the database (default rawabit.db)\n"

static int show(session *s, const rw_gentity *const *e, const query_opts *qo)
{
    (void)qo;
    return rw_query_show(s->q, e[0], s->store, stdout, &s->err) ? cli_fail(&s->err) : EXIT_OK;
}

int cmd_show(int argc, char **argv)
{
    return on_entities("show", argc, argv, 1,
                       "Usage: rawabit show [--db FILE] ENTITY\n"
                       "\n"
                       "Everything about one entity: its id, kind and labels, every name it was\n"
                       "written with, the merges that made it (with their reasons and articles), the\n"
                       "events it took part in, one line each however many articles reported them\n"
                       "(\"announced on 2025-12-01, held on 2025-12-10 at Kremlin; reported by 3\n"
                       "sources in 5 reports\", docs/merging.md), and its facts with the sentences\n"
                       "they came from. ENTITY is an id or any name, Arabic or English. Exit status\n"
                       "1 when no entity has that id or name.\n",
                       show);
}

static int neighbors(session *s, const rw_gentity *const *e, const query_opts *qo)
{
    return rw_query_neighbors(s->q, e[0], &qo->nf, stdout, &s->err) < 0 ? cli_fail(&s->err)
                                                                        : EXIT_OK;
}

int cmd_neighbors(int argc, char **argv)
{
    return on_entities("neighbors", argc, argv, 1,
                       "Usage: rawabit neighbors [OPTIONS] ENTITY\n"
                       "\n"
                       "Who the entity met, phoned or visited (and every other fact touching it), by\n"
                       "date: DATE, RELATION, DIRECTION (-> it is the subject, <- the object, @ the\n"
                       "place), the other side's id and label, MODALITY, ARTICLE (tab-separated).\n"
                       "Exit status 1 when no entity has that id or name.\n"
                       "\n"
                       "Options:\n" FILTER_HELP,
                       neighbors);
}

static int path(session *s, const rw_gentity *const *e, const query_opts *qo)
{
    rw_neighbor_filter nf = qo->nf;
    nf.asserted_only = !qo->any_modality;
    return rw_query_path(s->q, e[0], e[1], &nf, qo->max_hops, stdout, &s->err) < 0
               ? cli_fail(&s->err)
               : EXIT_OK;
}

int cmd_path(int argc, char **argv)
{
    return on_entities("path", argc, argv, 2,
                       "Usage: rawabit path [OPTIONS] ENTITY_A ENTITY_B\n"
                       "\n"
                       "How two actors are connected: the shortest chain of facts between them, one\n"
                       "hop a line (FROM, RELATION, TO, DATE, ARTICLE, FACT). Only facts reported as\n"
                       "having happened count: a planned or denied meeting is no link. Exit status 2\n"
                       "when there is none, 1 when no entity has one of those ids or names.\n"
                       "\n"
                       "Options:\n"
                       "  --max-hops N       give up beyond N hops\n"
                       "  --any-modality     let planned and negated facts link too\n" FILTER_HELP,
                       path);
}

/* merge and split: one decision each, or a file of them (--aliases). */
static int decide(const char *cmd, int argc, char **argv, const char *help)
{
    static const struct option opts[] = {{"db", required_argument, 0, 'd'},
                                         {"aliases", required_argument, 0, 'a'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *db = "rawabit.db", *aliases = NULL;
    int o;
    optind = 1;
    opterr = 0;
    while ((o = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (o == 'd') db = optarg;
        else if (o == 'a') aliases = optarg;
        else if (o == 'h') return fputs(help, stdout), EXIT_OK;
        else return cli_usage(cmd, "unknown option '%s'", argv[optind - 1]);
    }
    if (!aliases && optind + 2 != argc) return cli_usage(cmd, "name two arguments (or give --aliases FILE)");
    if (aliases && optind != argc) return cli_usage(cmd, "give either --aliases FILE or two arguments");
    session s;
    int rc = EXIT_OK;
    if (session_open(&s, db, RW_STORE_WRITE)) {
        rc = cli_fail(&s.err);
    } else {
        int r = aliases ? rw_store_load_aliases(s.store, aliases, &s.err)
                : strcmp(cmd, "merge") == 0 ? rw_store_merge(s.store, argv[optind], argv[optind + 1], NULL, &s.err)
                : rw_store_split(s.store, argv[optind], argv[optind + 1], &s.err);
        if (r) rc = cli_fail(&s.err);
    }
    session_close(&s);
    return rc;
}

int cmd_merge(int argc, char **argv)
{
    return decide("merge", argc, argv,
                  "Usage: rawabit merge [--db FILE] ENTITY_A ENTITY_B\n"
                  "       rawabit merge [--db FILE] --aliases FILE\n"
                  "\n"
                  "Declares two entities one actor: B's names and facts become A's. The decision is\n"
                  "stored and respected by every later ingest. Entities are ids or any name.\n"
                  "--aliases reads a file of decisions, one a line: merge<TAB>A<TAB>B or\n"
                  "split<TAB>ENTITY<TAB>NAME ('#' comments); loading it twice changes nothing.\n");
}

int cmd_split(int argc, char **argv)
{
    return decide("split", argc, argv,
                  "Usage: rawabit split [--db FILE] ENTITY NAME\n"
                  "\n"
                  "Takes NAME away from ENTITY into an entity of its own, with the mentions written\n"
                  "that way and their facts: for two actors wrongly merged under one name. The\n"
                  "decision is stored and respected by every later ingest.\n");
}
