/* cmd_query.c - exploring and correcting the graph; wired once graph/query.h lands. */
#include "cli/cli.h"

static int not_yet(const char *cmd)
{
    cli_error("'%s' is not available in this build yet", cmd);
    return EXIT_USAGE;
}
int cmd_entities(int argc, char **argv) { (void)argc; (void)argv; return not_yet("entities"); }
int cmd_show(int argc, char **argv) { (void)argc; (void)argv; return not_yet("show"); }
int cmd_neighbors(int argc, char **argv) { (void)argc; (void)argv; return not_yet("neighbors"); }
int cmd_path(int argc, char **argv) { (void)argc; (void)argv; return not_yet("path"); }
int cmd_merge(int argc, char **argv) { (void)argc; (void)argv; return not_yet("merge"); }
int cmd_split(int argc, char **argv) { (void)argc; (void)argv; return not_yet("split"); }
