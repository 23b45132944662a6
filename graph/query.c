/*
 * query.c - entity lookup, listings, neighbourhoods and shortest paths (see query.h).
 *
 * The graph is indexed once: every name of every entity is folded (so a user can type a name
 * without hamza or harakat, or in any Latin case) into one map from folded name to the entity
 * with the most facts, and each entity gets the list of facts that touch it (a CSR layout: one
 * offsets array, one fact array), which both neighbours and the breadth-first path walk.
 */
#include "graph/query.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "base/term.h"

struct rw_query {
    const rw_graph *g;
    rw_text *tx;
    rw_strmap *names; /* folded name -> rw_gentity* */
    char **folded;    /* per entity: its id and folded names, '\n'-separated (search) */
    size_t *off;      /* facts of entity i: inc[off[i] .. off[i + 1]) */
    uint32_t *inc;    /* fact indexes */
    rw_buf tmp;
};

static int fold(rw_query *q, const char *s, rw_buf *out)
{
    rw_buf_reset(out);
    if (!q->tx) return rw_buf_puts(out, s);
    return rw_text_fold_into(q->tx, s, strlen(s), out);
}

void rw_query_free(rw_query *q)
{
    if (!q) return;
    rw_strmap_free(q->names);
    if (q->folded)
        for (size_t i = 0; i < rw_graph_entity_count(q->g); i++)
            free(q->folded[i]);
    free(q->folded);
    free(q->off);
    free(q->inc);
    rw_buf_free(&q->tmp);
    free(q);
}

size_t rw_query_fact_count(const rw_query *q, const rw_gentity *e)
{
    return q->off[e->index + 1] - q->off[e->index];
}

/* Calls fn for each distinct entity a fact touches (subject, object, place). */
static size_t touched(const rw_gfact *f, const rw_gentity *out[3])
{
    size_t n = 0;
    const rw_gentity *c[3] = {f->subj, f->obj, f->place};
    for (int i = 0; i < 3; i++) {
        if (!c[i]) continue;
        int dup = 0;
        for (size_t j = 0; j < n; j++)
            dup |= out[j] == c[i];
        if (!dup) out[n++] = c[i];
    }
    return n;
}

static int index_facts(rw_query *q)
{
    size_t ne = rw_graph_entity_count(q->g), nf = rw_graph_fact_count(q->g);
    if (!(q->off = calloc(ne + 1, sizeof *q->off))) return -1;
    for (size_t i = 0; i < nf; i++) {
        const rw_gentity *t[3];
        size_t n = touched(rw_graph_fact(q->g, i), t);
        for (size_t j = 0; j < n; j++)
            q->off[t[j]->index + 1]++;
    }
    for (size_t i = 0; i < ne; i++)
        q->off[i + 1] += q->off[i];
    if (!(q->inc = malloc((q->off[ne] ? q->off[ne] : 1) * sizeof *q->inc))) return -1;
    size_t *fill = malloc((ne ? ne : 1) * sizeof *fill);
    if (!fill) return -1;
    memcpy(fill, q->off, ne * sizeof *fill);
    for (size_t i = 0; i < nf; i++) {
        const rw_gentity *t[3];
        size_t n = touched(rw_graph_fact(q->g, i), t);
        for (size_t j = 0; j < n; j++)
            q->inc[fill[t[j]->index]++] = (uint32_t)i;
    }
    free(fill);
    return 0;
}

static int index_names(rw_query *q)
{
    size_t ne = rw_graph_entity_count(q->g);
    if (!(q->names = rw_strmap_new()) || !(q->folded = calloc(ne ? ne : 1, sizeof *q->folded)))
        return -1;
    rw_buf all = {0};
    for (size_t i = 0; i < ne; i++) {
        const rw_gentity *e = rw_graph_entity(q->g, i);
        rw_buf_reset(&all);
        if (fold(q, e->id, &q->tmp) || rw_buf_puts(&all, rw_buf_str(&q->tmp))) goto oom;
        for (size_t j = 0; j < e->n_names; j++) {
            if (fold(q, e->names[j], &q->tmp)) goto oom;
            if (!q->tmp.len) continue;
            if (rw_buf_putc(&all, '\n') || rw_buf_puts(&all, q->tmp.data)) goto oom;
            void *v = NULL;
            /* A shared name goes to the entity with the most facts: the likelier meaning. */
            if (rw_strmap_get(q->names, q->tmp.data, q->tmp.len, &v) &&
                rw_query_fact_count(q, v) >= rw_query_fact_count(q, e))
                continue;
            if (rw_strmap_put(q->names, q->tmp.data, q->tmp.len, (void *)e)) goto oom;
        }
        if (!(q->folded[i] = rw_buf_detach(&all))) goto oom;
    }
    rw_buf_free(&all);
    return 0;
oom:
    rw_buf_free(&all);
    return -1;
}

rw_query *rw_query_new(const rw_graph *g, rw_text *tx, rw_error *err)
{
    rw_query *q = calloc(1, sizeof *q);
    if (!q) {
        rw_error_set(err, RW_ENOMEM, "query: out of memory");
        return NULL;
    }
    q->g = g;
    q->tx = tx;
    if (index_facts(q) || index_names(q)) {
        rw_query_free(q);
        rw_error_set(err, RW_ENOMEM, "query: out of memory indexing the graph");
        return NULL;
    }
    return q;
}

const rw_gentity *rw_query_find(rw_query *q, const char *ref)
{
    const rw_gentity *e = rw_graph_find_entity(q->g, ref);
    if (e) return e;
    void *v;
    if (fold(q, ref, &q->tmp) || !q->tmp.len) return NULL;
    return rw_strmap_get(q->names, q->tmp.data, q->tmp.len, &v) ? v : NULL;
}

/* Writes a field made safe for a terminal (base/term.h: no escape sequences or bidi overrides
 * from article text or ids), tabs and line ends turned into spaces so a record stays one line. */
static void put_field(FILE *out, const char *s)
{
    rw_term_puts(out, s, RW_TERM_ONE_LINE);
}

typedef struct ranked {
    const rw_gentity *e;
    size_t facts;
} ranked;

static int by_facts(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->facts != y->facts) return x->facts < y->facts ? 1 : -1;
    return strcmp(x->e->id, y->e->id);
}

static long write_check(FILE *out, long n, rw_error *err)
{
    if (ferror(out)) {
        rw_error_set(err, RW_EIO, "query: write error");
        return -1;
    }
    return n;
}

long rw_query_entities(rw_query *q, const rw_entity_filter *f, FILE *out, rw_error *err)
{
    size_t ne = rw_graph_entity_count(q->g), n = 0;
    ranked *r = malloc((ne ? ne : 1) * sizeof *r);
    rw_buf needle = {0};
    if (!r || (f && f->search && fold(q, f->search, &needle))) {
        free(r);
        rw_buf_free(&needle);
        rw_error_set(err, RW_ENOMEM, "query: out of memory");
        return -1;
    }
    for (size_t i = 0; i < ne; i++) {
        const rw_gentity *e = rw_graph_entity(q->g, i);
        if (f && f->kind >= 0 && (int)e->kind != f->kind) continue;
        if (needle.len && !strstr(q->folded[i], needle.data)) continue;
        r[n++] = (ranked){e, rw_query_fact_count(q, e)};
    }
    qsort(r, n, sizeof *r, by_facts);
    if (f && f->limit && n > f->limit) n = f->limit;
    for (size_t i = 0; i < n; i++) {
        const rw_gentity *e = r[i].e;
        put_field(out, e->id);
        fprintf(out, "\t%s\t%zu\t", rw_kind_name(e->kind), r[i].facts);
        put_field(out, e->label_en);
        fputc('\t', out);
        put_field(out, e->label_ar);
        fputc('\n', out);
    }
    free(r);
    rw_buf_free(&needle);
    return write_check(out, (long)n, err);
}

static int show_merge(void *ctx, const rw_merge_row *row)
{
    FILE *out = ctx;
    fputs("merge\t", out);
    put_field(out, row->reason);
    fputc('\t', out);
    put_field(out, row->name ? row->name : row->merged_from);
    fputc('\t', out);
    put_field(out, row->doc ? row->doc : "-");
    fputc('\n', out);
    return 0;
}

/* Whether d falls on or before the end of `to`: a partial bound ("2025-10") covers its whole
 * month or year, though rw_date_compare sorts the month before its days. */
static int not_after(rw_date d, rw_date to)
{
    if (rw_date_compare(d, to) <= 0) return 1;
    return d.year == to.year && (!to.month || (d.month == to.month && !to.day));
}

static int kept(const rw_gfact *f, const rw_neighbor_filter *nf)
{
    if (!nf) return 1;
    if (nf->rel_mask && !(nf->rel_mask & (1u << f->rel))) return 0;
    if (nf->asserted_only && f->modality != RW_MOD_ASSERTED) return 0;
    if (rw_date_is_set(nf->from) || rw_date_is_set(nf->to)) {
        if (!rw_date_is_set(f->date)) return 0;
        if (rw_date_is_set(nf->from) && rw_date_compare(f->date, nf->from) < 0) return 0;
        if (rw_date_is_set(nf->to) && !not_after(f->date, nf->to)) return 0;
    }
    return 1;
}

static int by_date(const void *a, const void *b)
{
    const rw_gfact *x = *(const rw_gfact *const *)a, *y = *(const rw_gfact *const *)b;
    int sx = rw_date_is_set(x->date), sy = rw_date_is_set(y->date);
    if (sx != sy) return sx ? -1 : 1;
    int c = rw_date_compare(x->date, y->date);
    if (c) return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The facts touching e that the filter keeps, by date (undated last); *out malloc'd. */
static int sorted_facts(rw_query *q, const rw_gentity *e, const rw_neighbor_filter *f,
                        const rw_gfact ***out, size_t *n, rw_error *err)
{
    size_t lo = q->off[e->index], hi = q->off[e->index + 1];
    const rw_gfact **v = malloc((hi - lo ? hi - lo : 1) * sizeof *v);
    *n = 0;
    if (!v) return rw_error_set(err, RW_ENOMEM, "query: out of memory");
    for (size_t i = lo; i < hi; i++) {
        const rw_gfact *fa = rw_graph_fact(q->g, q->inc[i]);
        if (kept(fa, f)) v[(*n)++] = fa;
    }
    qsort(v, *n, sizeof *v, by_date);
    *out = v;
    return 0;
}

/* One fact as seen from e: DATE REL DIRECTION OTHER_ID OTHER_LABEL MODALITY DOC (no newline). */
static void put_fact(FILE *out, const rw_gentity *e, const rw_gfact *fa)
{
    const char *dir;
    const rw_gentity *other;
    if (fa->subj == e) {
        dir = "->";
        other = fa->obj ? fa->obj : fa->place;
    } else if (fa->obj == e) {
        dir = "<-";
        other = fa->subj;
    } else {
        dir = "@";
        other = fa->subj;
    }
    char d[11];
    rw_date_format(fa->date, d);
    fprintf(out, "%s\t%s\t%s\t", d[0] ? d : "-", rw_rel_name(fa->rel), dir);
    put_field(out, other ? other->id : "-");
    fputc('\t', out);
    put_field(out, other ? other->label_en : "-");
    fprintf(out, "\t%s\t", rw_modality_name(fa->modality));
    put_field(out, fa->doc ? fa->doc->id : "-");
}

/* Whether the event involves the entity: as a participant, or as its place. */
static int event_involves(const rw_gevent *ev, const rw_gentity *e)
{
    if (ev->place == e) return 1;
    for (size_t i = 0; i < ev->n_participants; i++)
        if (ev->participants[i] == e) return 1;
    return 0;
}

/* "event ID REL WITH STORY": the others taking part, then what happened when, and who said so:
 * "announced on 2025-12-01, held on 2025-12-10 at Kremlin; reported by 2 sources in 3 reports". */
static void put_event(FILE *out, const rw_gentity *e, const rw_gevent *ev)
{
    char date[11], announced[11];
    rw_date_format(ev->date, date);
    rw_date_format(ev->announced, announced);
    fprintf(out, "event\t%s\t%s\t", ev->id, rw_rel_name(ev->rel));
    size_t n = 0;
    for (size_t i = 0; i < ev->n_participants; i++) {
        if (ev->participants[i] == e) continue;
        if (n++) fputs(", ", out);
        put_field(out, ev->participants[i]->label_en ? ev->participants[i]->label_en
                                                     : ev->participants[i]->id);
    }
    fputs(n ? "\t" : "-\t", out);
    if (announced[0]) fprintf(out, "announced on %s, ", announced);
    static const char *const status[RW_MOD_COUNT][2] = {[RW_MOD_ASSERTED] = {"held", " on "},
                                                        [RW_MOD_PLANNED] = {"planned", " for "},
                                                        [RW_MOD_NEGATED] = {"denied", " on "}};
    fputs(status[ev->modality][0], out);
    if (date[0]) fprintf(out, "%s%s", status[ev->modality][1], date);
    if (ev->place) {
        fputs(" at ", out);
        put_field(out, ev->place->label_en ? ev->place->label_en : ev->place->id);
    }
    if (!date[0]) fputs(", date unknown", out);
    fprintf(out, "; reported by %zu %s in %zu %s\n", ev->n_sources,
            ev->n_sources == 1 ? "source" : "sources", ev->n_facts,
            ev->n_facts == 1 ? "report" : "reports");
}

static int by_event_date(const void *pa, const void *pb)
{
    const rw_gevent *a = *(const rw_gevent *const *)pa, *b = *(const rw_gevent *const *)pb;
    int c = rw_date_compare(a->date, b->date);
    return c ? c : a->index < b->index ? -1 : a->index > b->index;
}

/* The happenings the entity took part in, by date: one line each, however many reports. */
static int show_events(const rw_query *q, const rw_gentity *e, FILE *out, rw_error *err)
{
    size_t ne = rw_graph_event_count(q->g), n = 0;
    const rw_gevent **v = malloc((ne ? ne : 1) * sizeof *v);
    if (!v) return rw_error_set(err, RW_ENOMEM, "show: out of memory");
    for (size_t i = 0; i < ne; i++) {
        const rw_gevent *ev = rw_graph_event(q->g, i);
        if (rw_rel_is_happening(ev->rel) && event_involves(ev, e)) v[n++] = ev;
    }
    qsort(v, n, sizeof *v, by_event_date);
    fprintf(out, "events\t%zu\n", n);
    for (size_t i = 0; i < n; i++)
        put_event(out, e, v[i]);
    free(v);
    return 0;
}

int rw_query_show(rw_query *q, const rw_gentity *e, rw_store *store, FILE *out, rw_error *err)
{
    fputs("id\t", out);
    put_field(out, e->id);
    fprintf(out, "\nkind\t%s\n", rw_kind_name(e->kind));
    fputs("label_en\t", out);
    put_field(out, e->label_en);
    fputs("\nlabel_ar\t", out);
    put_field(out, e->label_ar ? e->label_ar : "-");
    fputs("\ncountry\t", out);
    put_field(out, e->country ? e->country : "-");
    fputc('\n', out);
    for (size_t i = 0; i < e->n_names; i++) {
        fputs("name\t", out);
        put_field(out, e->names[i]);
        fputc('\n', out);
    }
    size_t per_rel[RW_REL_COUNT] = {0};
    for (size_t i = q->off[e->index]; i < q->off[e->index + 1]; i++)
        per_rel[rw_graph_fact(q->g, q->inc[i])->rel]++;
    fprintf(out, "facts\t%zu\n", rw_query_fact_count(q, e));
    for (int r = 0; r < RW_REL_COUNT; r++)
        if (per_rel[r]) fprintf(out, "facts.%s\t%zu\n", rw_rel_name((rw_rel)r), per_rel[r]);
    const rw_gfact **v;
    size_t n;
    if (sorted_facts(q, e, NULL, &v, &n, err)) return RW_ENOMEM;
    /* Offices first (what the entity is), then every fact with its evidence sentence. */
    for (size_t i = 0; i < n; i++) {
        if (v[i]->rel != RW_REL_HOLDS_ROLE || v[i]->subj != e) continue;
        char d[11];
        rw_date_format(v[i]->date, d);
        fputs("role\t", out);
        put_field(out, v[i]->role ? v[i]->role : "-");
        fprintf(out, "\t%s\t", d[0] ? d : "-");
        put_field(out, v[i]->doc ? v[i]->doc->id : "-");
        fputc('\n', out);
    }
    if (show_events(q, e, out, err)) {
        free(v);
        return RW_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        fputs("fact\t", out);
        put_fact(out, e, v[i]);
        fputc('\t', out);
        put_field(out, v[i]->evidence ? v[i]->evidence : "-");
        fputc('\n', out);
    }
    free(v);
    if (store && rw_store_merge_history(store, e->id, show_merge, out, err))
        return err ? (int)err->code : RW_EIO;
    return write_check(out, 0, err) < 0 ? RW_EIO : 0;
}

long rw_query_neighbors(rw_query *q, const rw_gentity *e, const rw_neighbor_filter *f, FILE *out,
                        rw_error *err)
{
    const rw_gfact **v;
    size_t n;
    if (sorted_facts(q, e, f, &v, &n, err)) return -1;
    for (size_t i = 0; i < n; i++) {
        put_fact(out, e, v[i]);
        fputc('\n', out);
    }
    free(v);
    return write_check(out, (long)n, err);
}

long rw_query_path(rw_query *q, const rw_gentity *a, const rw_gentity *b,
                   const rw_neighbor_filter *f, size_t max_hops, FILE *out, rw_error *err)
{
    if (a == b) return 0;
    size_t ne = rw_graph_entity_count(q->g);
    /* via[i] = the fact that reached entity i, plus one (0 = not reached); parent[i] = the entity
     * it was reached from; depth bounds the walk. */
    uint32_t *via = calloc(ne, sizeof *via), *queue = malloc(ne * sizeof *queue);
    uint32_t *depth = calloc(ne, sizeof *depth), *parent = malloc(ne * sizeof *parent);
    if (!via || !queue || !depth || !parent) {
        free(via);
        free(queue);
        free(depth);
        free(parent);
        rw_error_set(err, RW_ENOMEM, "query: out of memory");
        return -1;
    }
    size_t head = 0, tail = 0;
    queue[tail++] = a->index;
    via[a->index] = UINT32_MAX; /* the start: reached, by no fact */
    int found = 0;
    while (head < tail && !found) {
        uint32_t u = queue[head++];
        if (max_hops && depth[u] >= max_hops) continue;
        for (size_t i = q->off[u]; i < q->off[u + 1] && !found; i++) {
            const rw_gfact *fa = rw_graph_fact(q->g, q->inc[i]);
            if (!kept(fa, f)) continue;
            const rw_gentity *t[3];
            size_t n = touched(fa, t);
            /* Links run from the subject to the object and the place; the object and the place
             * of one fact are not linked to each other. */
            for (size_t j = 0; j < n && !found; j++) {
                uint32_t w = t[j]->index;
                if (w == u || via[w]) continue;
                if (t[j] != fa->subj && rw_graph_entity(q->g, u) != fa->subj) continue;
                via[w] = fa->index + 1;
                parent[w] = u;
                depth[w] = depth[u] + 1;
                queue[tail++] = w;
                if (w == b->index) found = 1;
            }
        }
    }
    long hops = -1;
    if (found) {
        hops = (long)depth[b->index];
        /* Walk back from b, then print from a. */
        uint32_t *chain = malloc((size_t)hops * sizeof *chain);
        uint32_t *nodes = malloc(((size_t)hops + 1) * sizeof *nodes);
        if (!chain || !nodes) {
            hops = -1;
            rw_error_set(err, RW_ENOMEM, "query: out of memory");
        } else {
            uint32_t w = b->index;
            for (long k = hops - 1; k >= 0; k--) {
                chain[k] = via[w] - 1;
                nodes[k + 1] = w;
                w = parent[w];
            }
            nodes[0] = a->index;
            for (long k = 0; k < hops; k++) {
                const rw_gfact *fa = rw_graph_fact(q->g, chain[k]);
                char d[11];
                rw_date_format(fa->date, d);
                put_field(out, rw_graph_entity(q->g, nodes[k])->id);
                fprintf(out, "\t%s\t", rw_rel_name(fa->rel));
                put_field(out, rw_graph_entity(q->g, nodes[k + 1])->id);
                fprintf(out, "\t%s\t", d[0] ? d : "-");
                put_field(out, fa->doc ? fa->doc->id : "-");
                fputc('\t', out);
                put_field(out, fa->id);
                fputc('\n', out);
            }
            if (write_check(out, 0, err) < 0) hops = -1;
        }
        free(chain);
        free(nodes);
    } else {
        rw_error_set(err, RW_EINPUT, "no path from %s to %s%s", a->id, b->id,
                     max_hops ? " within the hop limit" : "");
    }
    free(via);
    free(queue);
    free(depth);
    free(parent);
    return hops;
}
