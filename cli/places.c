/*
 * places.c - place containment for events, from the places lexicon (cli.h, cli_places).
 *
 * Events (graph/events.h) treat two places as compatible when one is inside the other. The graph
 * knows places only by entity id ("place-kremlin"); the lexicon knows that the Kremlin is in
 * Moscow. This file is the adapter: an entity id made from a lexicon key "place:X" is
 * "place-X" (graph/ids.h), so the parent of "place-X" is "place-" and X's parent in places.tsv.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

#include "extract/extract.h"

static const char *parent_of(void *ctx, const char *place_id)
{
    cli_places *p = ctx;
    static const char prefix[] = "place-";
    if (!p->lx || strncmp(place_id, prefix, sizeof prefix - 1) != 0) return NULL;
    const char *parent = rw_lexicon_place_parent(p->lx, place_id + sizeof prefix - 1);
    if (!parent) return NULL;
    int n = snprintf(p->id, sizeof p->id, "%s%s", prefix, parent);
    return n > 0 && (size_t)n < sizeof p->id ? p->id : NULL;
}

int cli_places_open(cli_places *p, rw_error *err)
{
    memset(p, 0, sizeof *p);
    if (!(p->tx = rw_text_open(err))) return err ? err->code : RW_ENOMEM;
    if (!(p->own = rw_lexicon_open(p->tx, rw_default_data_dir(), NULL, 0, err))) {
        cli_places_close(p);
        return err ? err->code : RW_ENOMEM;
    }
    p->lx = p->own;
    return 0;
}

void cli_places_borrow(cli_places *p, const rw_lexicon *lx)
{
    memset(p, 0, sizeof *p);
    p->lx = lx;
}

void cli_places_attach(cli_places *p, rw_graph *g)
{
    rw_graph_set_place_parent(g, parent_of, p);
}

void cli_places_close(cli_places *p)
{
    rw_lexicon_close(p->own);
    rw_text_close(p->tx);
    memset(p, 0, sizeof *p);
}
