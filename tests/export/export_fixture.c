/*
 * export_fixture.c - writes every format of the test fixtures into a directory, for the checks
 * by independent tools (check_tools.py) and for regenerating golden files after a reviewed change.
 *
 *     export_fixture OUTDIR
 *
 * writes OUTDIR/news.<fmt> and OUTDIR/hostile.<fmt> for every format name of export.h, plus
 * OUTDIR/news-ar.png (Arabic labels only), which a person looks at.
 */
#include <stdio.h>
#include <stdlib.h>

#include "export/export.h"
#include "fixture.h"

static int write_one(const rw_graph *g, const char *dir, const char *stem, rw_export_format fmt,
                     const rw_export_opts *opts, const char *ext)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.%s", dir, stem, ext ? ext : rw_export_format_name(fmt));
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "export_fixture: cannot write %s\n", path);
        return 1;
    }
    rw_error err = {0};
    int rc = rw_export(g, fmt, opts, f, &err);
    fclose(f);
    if (rc) fprintf(stderr, "export_fixture: %s: %s\n", path, err.msg);
    return rc ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: export_fixture OUTDIR\n");
        return 2;
    }
    rw_graph *graphs[2] = {fixture_news(), fixture_hostile()};
    const char *stems[2] = {"news", "hostile"};
    int bad = !graphs[0] || !graphs[1];
    rw_export_opts opts = {0};
    for (int g = 0; !bad && g < 2; g++)
        for (int f = 0; f < RW_EXPORT_COUNT; f++)
            bad |= write_one(graphs[g], argv[1], stems[g], (rw_export_format)f, &opts, NULL);
    opts.labels = RW_LABELS_AR;
    if (!bad) bad |= write_one(graphs[0], argv[1], "news-ar", RW_EXPORT_PNG, &opts, "png");
    rw_graph_free(graphs[0]);
    rw_graph_free(graphs[1]);
    return bad;
}
