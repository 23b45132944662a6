/*
 * main.c - the `rawabit` command: dispatch to subcommands, --help and --version.
 *
 * Two things hold for every command and so live here: a file-size limit makes writes fail
 * (reported, exit 3) instead of killing the process mid-file, and whatever went to standard
 * output is flushed and checked before the exit status says it was written.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "base/outfile.h"
#include "cli/cli.h"
#include "rw_config.h"

static const char usage[] =
    "rawabit - build a graph of actors from news articles (Arabic first)\n"
    "\n"
    "Usage: rawabit COMMAND [OPTIONS] [ARGUMENTS]\n"
    "\n"
    "Articles go in, facts come out: who met whom, where and when; who visited which place;\n"
    "who phoned whom; who holds which office; which names are the same person. Every fact\n"
    "keeps the sentence it came from.\n"
    "\n"
    "Building the graph:\n"
    "  ingest     read articles into the database: text, HTML, JSON, TREC/Gigaword, WARC,\n"
    "             RSS/Atom, and all of them in zip/tar or compressed\n"
    "  extract    print the facts of articles as JSONL, without a database\n"
    "\n"
    "Getting it out:\n"
    "  export     write the graph: dot svg png pdf ttl nt nq rdf jsonld graphml gexf csv\n"
    "             jsonl table\n"
    "  eval       score the graph against gold annotations (precision, recall, F1)\n"
    "\n"
    "Exploring it:\n"
    "  entities   list entities, with their names and how many facts they have\n"
    "  show       everything about one entity: names, roles, merges, facts, evidence\n"
    "  neighbors  who an entity met, phoned or visited\n"
    "  path       how two entities are connected\n"
    "\n"
    "Correcting it:\n"
    "  merge      declare two entities one actor\n"
    "  split      take a name away from an entity\n"
    "\n"
    "Examples:\n"
    "  rawabit ingest samples/                      # into ./rawabit.db\n"
    "  rawabit export --format svg -o graph.svg\n"
    "  rawabit export --format ttl -o graph.ttl --rel met --from 2025-01-01\n"
    "  rawabit export --format table --rel met\n"
    "  rawabit extract article.html | jq .\n"
    "\n"
    "Run 'rawabit COMMAND --help' for a command's options.\n"
    "Exit status: 0 success, 1 bad usage, 2 bad input (the rest was processed),\n"
    "3 the database, an output file or a library failed.\n";

static const struct {
    const char *name;
    cli_command_fn fn;
} commands[] = {
    {"ingest", cmd_ingest},       {"extract", cmd_extract}, {"export", cmd_export},
    {"eval", cmd_eval},           {"entities", cmd_entities}, {"show", cmd_show},
    {"neighbors", cmd_neighbors}, {"neighbours", cmd_neighbors}, {"path", cmd_path},
    {"merge", cmd_merge},         {"split", cmd_split},
};

/* A command's answer that could not be written (a full disk, a closed pipe) is a failure, not
 * a success with nothing to show. */
static int finish(int rc)
{
    errno = 0;
    if ((fflush(stdout) != 0 || ferror(stdout)) && rc < EXIT_FAILURE_) {
        cli_error("standard output: cannot write: %s", errno ? strerror(errno) : "write error");
        rc = EXIT_FAILURE_;
    }
    return rc;
}

int main(int argc, char **argv)
{
    rw_outfile_ignore_sigxfsz();
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        if (strcmp(cmd, "help") == 0 && argc > 2) {
            char *args[] = {argv[2], "--help", NULL};
            for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
                if (strcmp(argv[2], commands[i].name) == 0) return commands[i].fn(2, args);
        }
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("rawabit %s\n", RW_VERSION);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0) return finish(commands[i].fn(argc - 1, argv + 1));
    cli_error("'%s' is not a command. Run 'rawabit --help' for the list.", cmd);
    return EXIT_USAGE;
}
