/*
 * cmd_ingest.c - `rawabit ingest`: articles into the database, committed in batches.
 *
 * Each batch of documents is one transaction, so an interrupted run (even kill -9) leaves the
 * database as it was after the last full batch, and the next run picks up the rest: documents
 * already stored are recognised by their content hash and skipped.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "extract/extract.h"
#include "extract/facts_json.h"
#include "extract/pool.h"
#include "graph/store.h"

static const char help[] =
    "Usage: rawabit ingest [OPTIONS] INPUT...\n"
    "\n"
    "Reads articles and adds their entities and facts to the graph database, merging actors\n"
    "across articles. INPUT is a file, a directory (read recursively, in sorted order) or -\n"
    "for standard input. Formats, by extension or by content (docs/inputs.md shows each):\n"
    "  .txt              UTF-8 text, one article\n"
    "  .html .htm        a saved page: its title, date and main text\n"
    "  .jsonl .json      one article object a line, or a JSON array of them: id, url,\n"
    "                    title, date and text/content/maintext/body fields\n"
    "  .sgml, <DOC>      TREC/CLEF collections and Arabic Gigaword SGML, also in .txt files\n"
    "                    (the ANT corpus): DOCNO, TITLE/HEADLINE, TIME/DATE, URL, TEXT\n"
    "  .warc             WARC web archives (CC-NEWS, crawlers): each HTML page, by its URI\n"
    "  .rss .atom .xml   RSS 2.0 and Atom feeds: each item, by its link\n"
    "  .zip .tar .7z, .gz .xz .zst .bz2 (.tar.xz, .jsonl.gz, .warc.gz...): each member\n"
    "Ids come from the content (id, DOCNO, URL), else from the path below what you named,\n"
    "so a corpus gets the same ids from any directory.\n"
    "An article already in the database (same text) is skipped, and said so. One that is a\n"
    "near-duplicate of a stored article (the same wire story with a new headline or a trimmed\n"
    "paragraph) is stored and recorded as a copy of that story, so the events it reports count\n"
    "it once (docs/merging.md); the summary says how many copies were found. A second ingest\n"
    "into the same database waits for the first, and says so (docs/schema.md).\n"
    "\n"
    "Options:\n"
    "  --db FILE         the database (default: rawabit.db); created when missing\n"
    "  --date YYYY-MM-DD publication date for articles whose metadata has none; relative\n"
    "                    dates (yesterday, Tuesday, last month) are resolved against it\n"
    "  --country CC      the country the articles come from (TN, SA, EG ...): an office\n"
    "                    named with no country (\"رئيس الحكومة\") in an article that gives\n"
    "                    none is that country's\n"
    "  --lexicon DIR     more lexicon entries (same formats as data/, see docs/lexicons.md);\n"
    "                    may be repeated\n"
    "  --aliases FILE    your decisions about who is who, applied and kept for every later\n"
    "                    ingest: one a line, merge<TAB>A<TAB>B or split<TAB>ENTITY<TAB>NAME\n"
    "  --batch N         documents per transaction (default 200)\n"
    "  -j, --jobs N      extract in N threads (default: one per core); one thread writes,\n"
    "                    in input order, so the database is the same for any N\n"
    "  --facts           the inputs are article lines written by 'rawabit extract\n"
    "                    --for-ingest' (files or -), stored as they are: extract on\n"
    "                    other machines, load here (docs/scale.md)\n"
    "  -q, --quiet       no warnings, no per-document notes; errors and the summary only\n"
    "  -h, --help        this help\n"
    "\n"
    "Exit status: 0 all read; 2 some input was bad (reported with file and line; the rest\n"
    "went in); 1 bad usage; 3 the database or the lexicons failed.\n";

typedef struct ingest_ctx {
    rw_pool *pool;
    rw_store *store;
    size_t docs, duplicates, copies, facts, entities, bytes, sentences, in_batch, batch;
    /* The counts as of the last successful commit: what the summary reports, since a batch
     * that fails to commit (a full disk) is rolled back and stores nothing. */
    struct {
        size_t docs, duplicates, copies, facts, entities, sentences;
    } committed;
    int quiet;
    int failed;
    cli_problems *problems; /* where a cut sentence is reported */
    rw_error err;
    cli_progress progress;
} ingest_ctx;

static void say_waiting(void *ud, const char *path)
{
    (void)ud;
    cli_error("%s: another process is writing to the database; waiting for it to finish "
              "(up to %d minutes)", path, RW_STORE_BUSY_WAIT_S / 60);
}

static int commit(ingest_ctx *c)
{
    if (rw_store_commit(c->store, &c->err)) return -1;
    c->committed.docs = c->docs;
    c->committed.duplicates = c->duplicates;
    c->committed.copies = c->copies;
    c->committed.facts = c->facts;
    c->committed.entities = c->entities;
    c->committed.sentences = c->sentences;
    return 0;
}

/* Stores one extraction; called in input order, from this thread only. */
static int store_one(const rw_extraction *x, void *ud)
{
    ingest_ctx *c = ud;
    const rw_doc *doc = x->doc;
    cli_report_extraction(doc, x, c->problems);
    rw_ingest_result res = {0};
    if (rw_store_add_extraction(c->store, x, &res, &c->err)) {
        c->failed = 1;
        return 1;
    }
    c->bytes += doc->text_len;
    if (res.duplicate) {
        c->duplicates++;
        if (!c->quiet) cli_error("%s: already in the database (same text), skipped", doc->source ? doc->source : doc->id);
    } else {
        c->docs++;
        c->copies += (size_t)res.copy;
        c->facts += res.facts;
        c->entities += res.new_entities;
        c->sentences += x->n_sentences;
    }
    if (++c->in_batch >= c->batch) {
        if (commit(c) || rw_store_begin(c->store, &c->err)) {
            c->failed = 1;
            return 1;
        }
        c->in_batch = 0;
    }
    double secs = cli_now() - c->progress.start;
    cli_progress_update(&c->progress, "ingest: %zu documents, %zu facts, %.1f MB/s  %s",
                        c->docs + c->duplicates, c->facts,
                        secs > 0 ? (double)c->bytes / 1e6 / secs : 0.0, doc->id);
    return 0;
}

static int on_doc(rw_doc *doc, void *ud)
{
    ingest_ctx *c = ud;
    if (rw_pool_submit(c->pool, doc, &c->err)) c->failed = 1;
    return c->failed;
}

/* ingest --facts: each article line of each input is stored as it is; the entity and fact lines
 * beside them (the facts contract) say nothing the article line does not, and are skipped. */
static size_t read_facts_inputs(ingest_ctx *c, char *const *paths, int n, cli_problems *problems)
{
    size_t unreadable = 0;
    rw_doc doc = {0};
    rw_extraction x = {0};
    char *line = NULL;
    size_t cap = 0;
    for (int i = 0; i < n && !c->failed; i++) {
        const char *path = paths[i];
        FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
        if (!f) {
            cli_error("%s: cannot open: %s", path, strerror(errno));
            unreadable++;
            continue;
        }
        long lineno = 0, articles = 0;
        ssize_t len;
        while (!c->failed && (len = getline(&line, &cap, f)) >= 0) {
            lineno++;
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
            if (!rw_extraction_json_is_article(line, (size_t)len)) continue;
            articles++;
            rw_error err = {0};
            int rc = rw_extraction_read_json(line, (size_t)len, &doc, &x, &err);
            if (rc == RW_EINPUT) {
                rw_problem p = {RW_BAD, path, lineno, -1, err.msg};
                cli_on_problem(&p, problems);
                continue;
            }
            if (rc || store_one(&x, c)) {
                if (rc) c->err = err;
                c->failed = 1;
            }
            rw_extraction_clear(&x);
            rw_doc_clear(&doc);
        }
        if (ferror(f)) {
            cli_error("%s: read error", path);
            unreadable++;
        } else if (!articles && !c->failed) {
            rw_problem p = {RW_BAD, path, 0, -1,
                            "no article lines (write them with 'rawabit extract --for-ingest')"};
            cli_on_problem(&p, problems);
        }
        if (f != stdin) fclose(f);
    }
    free(line);
    return unreadable;
}

int cmd_ingest(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'd'},      {"date", required_argument, 0, 'D'},
        {"lexicon", required_argument, 0, 'L'}, {"batch", required_argument, 0, 'b'},
        {"quiet", no_argument, 0, 'q'},         {"help", no_argument, 0, 'h'},
        {"aliases", required_argument, 0, 'a'}, {"jobs", required_argument, 0, 'j'},
        {"facts", no_argument, 0, 'F'},         {"country", required_argument, 0, 'C'},
        {0, 0, 0, 0}};
    const char *aliases = NULL, *country = NULL;
    const char *db = "rawabit.db";
    const char **lexicons = calloc((size_t)argc + 1, sizeof *lexicons);
    if (!lexicons) {
        cli_error("out of memory");
        return EXIT_FAILURE_;
    }
    size_t n_lex = 0;
    rw_reader_opts ropts = {0};
    cli_problems problems = {0};
    ingest_ctx c = {0};
    c.batch = 200;
    int o, jobs = rw_pool_default_threads(), facts = 0;
    optind = 1;
    opterr = 0;
    while ((o = getopt_long(argc, argv, "qhj:", opts, NULL)) != -1) {
        switch (o) {
        case 'd': db = optarg; break;
        case 'D':
            if (cli_parse_date("ingest", "--date", optarg, &ropts.default_date)) goto usage;
            break;
        case 'L': lexicons[n_lex++] = optarg; break;
        case 'a': aliases = optarg; break;
        case 'C': country = optarg; break;
        case 'b': {
            long n;
            if (cli_parse_count("ingest", "--batch", optarg, 1, LONG_MAX, &n)) goto usage;
            c.batch = (size_t)n;
            break;
        }
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) {
                cli_usage("ingest", "-j wants a number of threads from 1 to 256, not '%s'", optarg);
                goto usage;
            }
            jobs = (int)n;
            break;
        }
        case 'F': facts = 1; break;
        case 'q': c.quiet = problems.quiet = 1; break;
        case 'h': fputs(help, stdout); free(lexicons); return EXIT_OK;
        default:
            cli_usage("ingest", "unknown option '%s'", argv[optind - 1]);
            goto usage;
        }
    }
    if (optind >= argc) {
        cli_usage("ingest", "name at least one input: a file, a directory or -");
        goto usage;
    }
    if (facts && country) {
        cli_usage("ingest", "--country is for extraction; with --facts the facts were extracted "
                            "already (give it to 'rawabit extract' there)");
        goto usage;
    }

    /* With --facts nothing is extracted here, but the lexicons still load: they are how a
     * bad --lexicon is reported the same way, and the store folds with the text layer. */
    rw_extractor_opts eopts = {NULL, lexicons, n_lex, country};
    c.pool = rw_pool_open(&eopts, facts ? 1 : jobs, store_one, &c, &c.err);
    if (!c.pool) {
        free(lexicons);
        return cli_fail(&c.err);
    }
    c.store = rw_store_open(db, RW_STORE_WRITE, rw_pool_text(c.pool), &c.err);
    if (c.store) rw_store_on_wait(c.store, say_waiting, NULL);
    if (!c.store || (aliases && rw_store_load_aliases(c.store, aliases, &c.err)) ||
        rw_store_begin(c.store, &c.err)) {
        int rc = cli_fail(&c.err);
        rw_store_close(c.store);
        rw_pool_close(c.pool);
        free(lexicons);
        return rc;
    }
    ropts.on_problem = cli_on_problem;
    ropts.problem_ud = &problems;
    c.problems = &problems;
    cli_progress_init(&c.progress);
    size_t missing;
    if (facts) {
        missing = read_facts_inputs(&c, argv + optind, argc - optind, &problems);
    } else {
        missing = cli_read_inputs(argv + optind, argc - optind, &ropts, on_doc, &c, &c.failed);
        if (!c.failed && rw_pool_finish(c.pool, &c.err)) c.failed = 1;
    }
    cli_progress_done(&c.progress);
    int rc = EXIT_OK;
    if (c.failed) {
        rw_store_rollback(c.store);
        rc = cli_fail(&c.err);
    } else if (commit(&c)) {
        rw_store_rollback(c.store);
        rc = cli_fail(&c.err);
    }
    double secs = cli_now() - c.progress.start;
    fprintf(stderr, "ingested %zu documents into %s (%zu already there, %zu near-duplicate %s): "
            "%zu facts, %zu new entities, %zu sentences, %.2f MB in %.2f s",
            c.committed.docs, db, c.committed.duplicates, c.committed.copies,
            c.committed.copies == 1 ? "copy" : "copies", c.committed.facts, c.committed.entities,
            c.committed.sentences, (double)c.bytes / 1e6, secs);
    if (c.docs > c.committed.docs)
        fprintf(stderr, "; %zu documents read were not stored", c.docs - c.committed.docs);
    if (problems.bad || missing) fprintf(stderr, "; %zu inputs could not be read", problems.bad + missing);
    fputc('\n', stderr);
    if (rc == EXIT_OK && (problems.bad || missing)) rc = EXIT_INPUT;
    /* (a database held by a reader stays as committed, unpacked: nothing is lost) */
    rw_error packing = {0};
    if (rc == EXIT_OK || rc == EXIT_INPUT) (void)rw_store_compact_new(c.store, &packing);
    rw_store_close(c.store);
    rw_pool_close(c.pool);
    free(lexicons);
    return rc;
usage:
    free(lexicons);
    return EXIT_USAGE;
}
