/*
 * eval.c - scores a graph against gold annotations; see eval.h for the measures.
 *
 * Gold files are small (hundreds of lines) while a graph may hold a whole corpus, so system
 * entities are mapped to gold entities lazily, only when a fact needs them, and the mapping is
 * cached. Names are compared as word sequences of a normalised key: the text layer's fold, with
 * the punctuation the annotators ignore turned into spaces.
 */
#include "eval/eval.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/array.h"
#include "base/buf.h"
#include "base/strmap.h"

typedef struct gold_entity {
    char *id;
    int is_person, is_group;
    char **names; /* normalised */
    size_t n_names;
} gold_entity;

typedef struct gold_fact {
    char *kind, *doc, *a, *b;
    char **place; /* normalised */
    size_t n_place;
    char **date;
    size_t n_date;
} gold_fact;

typedef struct evaluator {
    rw_text *tx;
    gold_entity *ents;
    size_t n_ents;
    gold_fact *facts;
    size_t n_facts;
    rw_strmap *ent_by_id;   /* gold id -> gold_entity* */
    char **docs;            /* gold doc ids, longest first */
    size_t n_docs;
    rw_strmap *sys_to_gold; /* system entity id -> gold_entity* or NULL (cached mapping) */
    size_t overmerged;
    FILE *show;
    float min_confidence;
    rw_buf tmp;
} evaluator;

/* The annotators' normal form: fold, then «»"'()[]،,.:؛ become spaces, spaces collapse. */
static char *normalise(evaluator *ev, const char *s)
{
    rw_buf_reset(&ev->tmp);
    rw_text_fold_into(ev->tx, s, strlen(s), &ev->tmp);
    static const char *const punct[] = {"«", "»", "\"", "'", "(", ")", "[", "]", "،", ",", ".",
                                        ":", "؛"};
    rw_buf out = {0};
    const char *p = rw_buf_str(&ev->tmp);
    int space = 1;
    while (*p) {
        size_t skip = 0;
        for (size_t i = 0; i < sizeof punct / sizeof *punct && !skip; i++)
            if (strncmp(p, punct[i], strlen(punct[i])) == 0) skip = strlen(punct[i]);
        if (skip || *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            if (!space) rw_buf_putc(&out, ' ');
            space = 1;
            p += skip ? skip : 1;
            continue;
        }
        rw_buf_putc(&out, *p++);
        space = 0;
    }
    if (out.len && out.data[out.len - 1] == ' ') out.data[--out.len] = '\0';
    return rw_buf_detach(&out);
}

static size_t codepoints(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Whether the words of `small` occur as a contiguous run in the words of `big`. A single short
 * word (under four letters) never counts: it would match anything. */
static int contains_words(const char *big, const char *small)
{
    size_t sl = strlen(small), bl = strlen(big);
    if (!sl || sl > bl) return 0;
    if (!strchr(small, ' ') && codepoints(small, sl) < 4) return 0;
    for (const char *p = big; (p = strstr(p, small)) != NULL; p++) {
        int starts = p == big || p[-1] == ' ';
        int ends = p[sl] == '\0' || p[sl] == ' ';
        if (starts && ends) return 1;
    }
    return 0;
}

static char **string_list(evaluator *ev, json_t *arr, size_t *n, int norm)
{
    *n = 0;
    if (!json_is_array(arr)) return NULL;
    char **v = calloc(json_array_size(arr) + 1, sizeof *v);
    size_t i;
    json_t *x;
    json_array_foreach(arr, i, x)
    {
        if (!json_is_string(x)) continue;
        v[(*n)++] = norm ? normalise(ev, json_string_value(x)) : strdup(json_string_value(x));
    }
    return v;
}

static void free_list(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

static char *str_field(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? strdup(json_string_value(v)) : NULL;
}

static int by_length_desc(const void *a, const void *b)
{
    size_t la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);
    return la < lb ? 1 : la > lb ? -1 : strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_gold(evaluator *ev, const char *path, rw_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) return rw_error_set(err, RW_EIO, "%s: cannot open the gold file", path);
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    ssize_t len;
    rw_strmap *docs = rw_strmap_new();
    size_t cap_e = 0, cap_f = 0;
    int rc = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r' || line[len - 1] == ' ')) len--;
        if (!len) continue;
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)len, 0, &je);
        if (!json_is_object(o)) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%ld: not a JSON object: %s", path, lineno,
                              o ? "another JSON value" : je.text);
            json_decref(o);
            break;
        }
        const char *kind = json_string_value(json_object_get(o, "kind"));
        if (!kind) {
            rc = rw_error_set(err, RW_EINPUT, "%s:%ld: no \"kind\" field", path, lineno);
            json_decref(o);
            break;
        }
        if (strcmp(kind, "entity") == 0) {
            if (ev->n_ents == cap_e) ev->ents = realloc(ev->ents, (cap_e = cap_e * 2 + 16) * sizeof *ev->ents);
            gold_entity *e = &ev->ents[ev->n_ents++];
            memset(e, 0, sizeof *e);
            e->id = str_field(o, "id");
            const char *type = json_string_value(json_object_get(o, "type"));
            e->is_person = type && strcmp(type, "person") == 0;
            e->is_group = type && strcmp(type, "group") == 0;
            e->names = string_list(ev, json_object_get(o, "names"), &e->n_names, 1);
            if (!e->id) {
                rc = rw_error_set(err, RW_EINPUT, "%s:%ld: entity without an \"id\"", path, lineno);
                json_decref(o);
                break;
            }
        } else {
            if (ev->n_facts == cap_f) ev->facts = realloc(ev->facts, (cap_f = cap_f * 2 + 16) * sizeof *ev->facts);
            gold_fact *g = &ev->facts[ev->n_facts++];
            memset(g, 0, sizeof *g);
            g->kind = strdup(kind);
            g->doc = str_field(o, "doc");
            g->a = str_field(o, "a");
            g->b = str_field(o, "b");
            g->place = string_list(ev, json_object_get(o, "place"), &g->n_place, 1);
            g->date = string_list(ev, json_object_get(o, "date"), &g->n_date, 0);
            if (g->doc) rw_strmap_put(docs, g->doc, strlen(g->doc), NULL);
        }
        json_decref(o);
    }
    free(line);
    fclose(f);
    for (size_t i = 0; i < ev->n_ents; i++)
        rw_strmap_put(ev->ent_by_id, ev->ents[i].id, strlen(ev->ents[i].id), &ev->ents[i]);
    ev->docs = calloc(rw_strmap_count(docs) + 1, sizeof *ev->docs);
    size_t pos = 0;
    const char *k;
    while (rw_strmap_next(docs, &pos, &k, NULL, NULL)) ev->docs[ev->n_docs++] = strdup(k);
    qsort(ev->docs, ev->n_docs, sizeof *ev->docs, by_length_desc);
    rw_strmap_free(docs);
    return rc;
}

static const char *doc_key(const evaluator *ev, const char *doc)
{
    if (!doc) return NULL;
    const char *base = doc;
    for (const char *p = doc; *p; p++)
        if (*p == '/' || *p == '\\') base = p + 1;
    for (size_t i = 0; i < ev->n_docs; i++) {
        size_t n = strlen(ev->docs[i]);
        if (strncmp(base, ev->docs[i], n) == 0 &&
            (base[n] == '\0' || base[n] == '_' || base[n] == '.' || base[n] == '-'))
            return ev->docs[i];
    }
    return NULL;
}

/* Maps a system entity to the gold entity whose names it carries best (ties map to none). */
static const gold_entity *gold_of(evaluator *ev, const rw_gentity *e)
{
    if (!e) return NULL;
    void *cached;
    if (rw_strmap_get(ev->sys_to_gold, e->id, strlen(e->id), &cached)) return cached;
    size_t n_names = e->n_names + 2;
    char **names = calloc(n_names, sizeof *names);
    size_t k = 0;
    for (size_t i = 0; i < e->n_names; i++) names[k++] = normalise(ev, e->names[i]);
    if (e->label_ar) names[k++] = normalise(ev, e->label_ar);
    if (e->label_en) names[k++] = normalise(ev, e->label_en);
    int best = -1, best_score = 0, tie = 0, exact_persons = 0;
    for (size_t g = 0; g < ev->n_ents; g++) {
        const gold_entity *ge = &ev->ents[g];
        int score = 0, exact = 0;
        for (size_t i = 0; i < k; i++) {
            int hit = 0;
            for (size_t j = 0; j < ge->n_names && !hit; j++)
                if (strcmp(names[i], ge->names[j]) == 0) hit = 2;
            for (size_t j = 0; j < ge->n_names && !hit; j++)
                if (contains_words(names[i], ge->names[j])) hit = 1;
            score += hit;
            if (hit == 2) exact = 1;
        }
        if (exact && ge->is_person) exact_persons++;
        if (score > best_score) {
            best_score = score;
            best = (int)g;
            tie = 0;
        } else if (score && score == best_score) {
            tie = 1;
        }
    }
    if (exact_persons > 1) {
        ev->overmerged++;
        if (ev->show) fprintf(ev->show, "  overmerged %s: carries the names of %d gold persons\n", e->id, exact_persons);
    }
    free_list(names, k);
    const gold_entity *res = best >= 0 && !tie ? &ev->ents[best] : NULL;
    rw_strmap_put(ev->sys_to_gold, e->id, strlen(e->id), (void *)res);
    return res;
}

/* A pair key "doc\x1fA\x1fB" with A <= B; a system entity with no gold match stands as SYS:id. */
static char *pair_key(const char *doc, const char *a, const char *b)
{
    if (strcmp(a, b) > 0) {
        const char *t = a;
        a = b;
        b = t;
    }
    rw_buf k = {0};
    rw_buf_printf(&k, "%s\x1f%s\x1f%s", doc, a, b);
    return rw_buf_detach(&k);
}

static char *side(const gold_entity *g, const rw_gentity *e)
{
    rw_buf b = {0};
    if (g)
        rw_buf_puts(&b, g->id);
    else
        rw_buf_printf(&b, "SYS:%s", e ? e->id : "None");
    return rw_buf_detach(&b);
}

static void show_pair(FILE *out, const char *what, const char *key)
{
    fprintf(out, "  %s ", what);
    for (const char *p = key; *p; p++) fputc(*p == '\x1f' ? ' ' : *p, out);
    fputc('\n', out);
}

static rw_prf prf(size_t tp, size_t fp, size_t fn)
{
    rw_prf r = {tp, fp, fn, 0, 0, 0};
    r.p = tp + fp ? (double)tp / (double)(tp + fp) : 0.0;
    r.r = tp + fn ? (double)tp / (double)(tp + fn) : 0.0;
    r.f1 = r.p + r.r > 0 ? 2 * r.p * r.r / (r.p + r.r) : 0.0;
    return r;
}

static int place_matches(evaluator *ev, const rw_gentity *place, const gold_fact *g)
{
    if (!place) return 0;
    int ok = 0;
    size_t n = place->n_names + 2;
    for (size_t i = 0; i < n && !ok; i++) {
        const char *name = i < place->n_names ? place->names[i]
                           : i == place->n_names ? place->label_ar : place->label_en;
        if (!name) continue;
        char *norm = normalise(ev, name);
        for (size_t j = 0; j < g->n_place && !ok; j++)
            ok = strcmp(norm, g->place[j]) == 0 || contains_words(norm, g->place[j]);
        free(norm);
    }
    return ok;
}

/* Whether a gold pair involves a group: such pairs are neither right nor wrong (the guideline),
 * so they are no gold pair to find either. */
static int group_pair(const evaluator *ev, const gold_fact *f)
{
    void *v;
    for (int s = 0; s < 2; s++) {
        const char *id = s ? f->b : f->a;
        if (id && rw_strmap_get(ev->ent_by_id, id, strlen(id), &v) && ((gold_entity *)v)->is_group)
            return 1;
    }
    return 0;
}

static void score_pairs(evaluator *ev, const rw_graph *g, rw_rel rel, rw_prf *out,
                        rw_eval_result *res)
{
    const char *kind = rw_rel_name(rel);
    rw_strmap *gold = rw_strmap_new(); /* key -> gold_fact* */
    for (size_t i = 0; i < ev->n_facts; i++) {
        gold_fact *f = &ev->facts[i];
        if (strcmp(f->kind, kind) || !f->doc || !f->a || !f->b || group_pair(ev, f)) continue;
        char *k = pair_key(f->doc, f->a, f->b);
        rw_strmap_put(gold, k, strlen(k), f);
        free(k);
    }
    rw_strmap *sys = rw_strmap_new(); /* key -> index + 1 into conf: the surest fact's confidence */
    float *conf = NULL;
    size_t n_conf = 0, cap_conf = 0;
    size_t nf = rw_graph_fact_count(g);
    /* Facts per key are found again by a second scan when place and date are checked. */
    for (size_t i = 0; i < nf; i++) {
        const rw_gfact *f = rw_graph_fact(g, i);
        if (f->rel != rel || f->modality != RW_MOD_ASSERTED || f->confidence < ev->min_confidence)
            continue;
        const char *d = doc_key(ev, f->doc ? f->doc->id : NULL);
        if (!d) continue;
        const gold_entity *ga = gold_of(ev, f->subj), *gb = gold_of(ev, f->obj);
        if (ga && gb && ga == gb) continue;
        if ((ga && ga->is_group) || (gb && gb->is_group)) continue;
        char *sa = side(ga, f->subj), *sb = side(gb, f->obj);
        char *k = pair_key(d, sa, sb);
        void *idx;
        if (rw_strmap_get(sys, k, strlen(k), &idx)) {
            float *c = &conf[(size_t)idx - 1];
            if (f->confidence > *c) *c = f->confidence;
        } else if (rw_array_reserve((void **)&conf, &cap_conf, n_conf + 1, sizeof *conf) == 0) {
            conf[n_conf++] = f->confidence;
            rw_strmap_put(sys, k, strlen(k), (void *)(uintptr_t)n_conf);
        }
        free(k);
        free(sa);
        free(sb);
    }
    size_t tp = 0, fp = 0, fn = 0, pos = 0;
    const char *k;
    size_t kl;
    void *ci;
    while (rw_strmap_next(sys, &pos, &k, &kl, &ci)) {
        int ok = rw_strmap_get(gold, k, kl, NULL);
        if (ok)
            tp++;
        else {
            fp++;
            if (ev->show) show_pair(ev->show, "FP", k);
        }
        double c = conf[(size_t)ci - 1];
        int band = 0;
        while (band + 1 < RW_EVAL_BANDS && c < rw_eval_band_floor[band] - 1e-6) band++;
        res->band_n[band]++;
        res->band_ok[band] += (size_t)ok;
    }
    free(conf);
    void *v;
    pos = 0;
    while (rw_strmap_next(gold, &pos, &k, &kl, &v)) {
        if (rw_strmap_get(sys, k, kl, NULL)) {
            if (rel != RW_REL_MET) continue;
            gold_fact *gf = v;
            /* Place and date: right when any system fact of the pair has them right. */
            int pl = 0, dt = 0;
            for (size_t i = 0; i < nf; i++) {
                const rw_gfact *f = rw_graph_fact(g, i);
                if (f->rel != rel || f->modality != RW_MOD_ASSERTED ||
                    f->confidence < ev->min_confidence)
                    continue;
                const char *d = doc_key(ev, f->doc ? f->doc->id : NULL);
                if (!d || strcmp(d, gf->doc)) continue;
                const gold_entity *ga = gold_of(ev, f->subj), *gb = gold_of(ev, f->obj);
                if (!ga || !gb) continue;
                int same = (!strcmp(ga->id, gf->a) && !strcmp(gb->id, gf->b)) ||
                           (!strcmp(ga->id, gf->b) && !strcmp(gb->id, gf->a));
                if (!same) continue;
                if (place_matches(ev, f->place, gf)) pl = 1;
                char ds[11];
                rw_date_format(f->date, ds);
                for (size_t j = 0; j < gf->n_date; j++)
                    if (strcmp(ds, gf->date[j]) == 0) dt = 1;
            }
            if (gf->n_place) {
                res->place_n++;
                res->place_ok += (size_t)pl;
                if (!pl && ev->show) show_pair(ev->show, "wrong place", k);
            }
            if (gf->n_date) {
                res->date_n++;
                res->date_ok += (size_t)dt;
                if (!dt && ev->show) show_pair(ev->show, "wrong date", k);
            }
        } else {
            fn++;
            if (ev->show) show_pair(ev->show, "FN", k);
        }
    }
    *out = prf(tp, fp, fn);
    rw_strmap_free(gold);
    rw_strmap_free(sys);
}

static void score_planned(evaluator *ev, const rw_graph *g, rw_eval_result *res)
{
    rw_strmap *planned = rw_strmap_new(), *met = rw_strmap_new();
    for (size_t i = 0; i < ev->n_facts; i++) {
        gold_fact *f = &ev->facts[i];
        if (!f->doc || !f->a || !f->b) continue;
        int is_met = strcmp(f->kind, "met") == 0;
        if (!is_met && strcmp(f->kind, "planned")) continue;
        if (group_pair(ev, f)) continue;
        char *k = pair_key(f->doc, f->a, f->b);
        rw_strmap_put(is_met ? met : planned, k, strlen(k), NULL);
        free(k);
    }
    size_t pos = 0;
    const char *k;
    size_t kl;
    while (rw_strmap_next(planned, &pos, &k, &kl, NULL))
        if (!rw_strmap_get(met, k, kl, NULL)) res->planned_n++;
    for (size_t i = 0; i < rw_graph_fact_count(g); i++) {
        const rw_gfact *f = rw_graph_fact(g, i);
        if (f->rel != RW_REL_MET || f->modality != RW_MOD_ASSERTED ||
            f->confidence < ev->min_confidence)
            continue;
        const char *d = doc_key(ev, f->doc ? f->doc->id : NULL);
        const gold_entity *ga = gold_of(ev, f->subj), *gb = gold_of(ev, f->obj);
        if (!d || !ga || !gb) continue;
        char *pk = pair_key(d, ga->id, gb->id);
        if (rw_strmap_get(planned, pk, strlen(pk), NULL) && !rw_strmap_get(met, pk, strlen(pk), NULL)) {
            res->planned_as_held++;
            if (ev->show) show_pair(ev->show, "planned reported as held", pk);
        }
        free(pk);
    }
    rw_strmap_free(planned);
    rw_strmap_free(met);
}

/* Whether gold line f is a visit of the kind wanted: `visited`, or `planned` with a visitor
 * and no other side (a planned visit), by someone other than a group. */
static int gold_visit(const evaluator *ev, const gold_fact *f, const char *kind)
{
    return !strcmp(f->kind, kind) && f->doc && f->a && !f->b && !group_pair(ev, f);
}

/* Whether system visit f (of a visitor mapped to gold entity ga, in gold document d) is gold
 * line v: the same article and visitor, and a place among its forms - any place when the gold
 * names none. */
static int visit_matches(evaluator *ev, const rw_gfact *f, const char *d, const gold_entity *ga,
                         const gold_fact *v)
{
    return ga && !strcmp(d, v->doc) && !strcmp(ga->id, v->a) &&
           (!v->n_place || place_matches(ev, f->place, v));
}

/* Asserted visits against the gold `visited` lines, and gold planned visits reported as made. */
static void score_visits(evaluator *ev, const rw_graph *g, rw_eval_result *res)
{
    size_t n_gold = 0;
    for (size_t i = 0; i < ev->n_facts; i++) n_gold += gold_visit(ev, &ev->facts[i], "visited");
    char *found = calloc(ev->n_facts + 1, 1); /* gold line i was matched */
    rw_strmap *seen = rw_strmap_new();        /* system keys "doc visitor place" counted */
    size_t tp = 0, fp = 0;
    for (size_t i = 0; found && i < rw_graph_fact_count(g); i++) {
        const rw_gfact *f = rw_graph_fact(g, i);
        if (f->rel != RW_REL_VISITED || f->modality != RW_MOD_ASSERTED ||
            f->confidence < ev->min_confidence)
            continue;
        const char *d = doc_key(ev, f->doc ? f->doc->id : NULL);
        if (!d) continue;
        const gold_entity *ga = gold_of(ev, f->subj);
        if (ga && ga->is_group) continue; /* neither right nor wrong */
        int right = 0, planned = 0;
        for (size_t k = 0; k < ev->n_facts; k++) {
            const gold_fact *v = &ev->facts[k];
            if (gold_visit(ev, v, "visited") && visit_matches(ev, f, d, ga, v)) right = 1, found[k] = 1;
        }
        /* A visit the gold has only as planned was reported as made. */
        for (size_t k = 0; k < ev->n_facts && !right; k++) {
            const gold_fact *v = &ev->facts[k];
            if (gold_visit(ev, v, "planned") && v->n_place && visit_matches(ev, f, d, ga, v))
                planned = 1, found[k] = 1;
        }
        char *who = side(ga, f->subj);
        char *k = pair_key(d, who, f->place ? f->place->id : "-");
        if (!rw_strmap_get(seen, k, strlen(k), NULL)) {
            rw_strmap_put(seen, k, strlen(k), NULL);
            if (right)
                tp++;
            else {
                fp++;
                if (ev->show) show_pair(ev->show, planned ? "planned visit reported as made" : "FP visited", k);
            }
        }
        free(k);
        free(who);
    }
    size_t hit = 0;
    for (size_t k = 0; k < ev->n_facts; k++) {
        const gold_fact *v = &ev->facts[k];
        if (gold_visit(ev, v, "planned") && v->n_place) {
            res->visit_planned_n++;
            res->visit_planned_as_held += found && found[k];
        }
        if (!gold_visit(ev, v, "visited")) continue;
        if (found && found[k]) hit++;
        else if (ev->show) fprintf(ev->show, "  FN visited %s %s %s\n", v->doc, v->a, v->n_place ? v->place[0] : "-");
    }
    /* Precision counts the graph's distinct visits, recall the gold lines found. */
    res->visited = prf(tp, fp, n_gold - hit);
    res->visited.r = n_gold ? (double)hit / (double)n_gold : 0.0;
    res->visited.f1 = res->visited.p + res->visited.r > 0
                          ? 2 * res->visited.p * res->visited.r / (res->visited.p + res->visited.r)
                          : 0.0;
    free(found);
    rw_strmap_free(seen);
}

static void score_aliases(evaluator *ev, const rw_graph *g, rw_eval_result *res)
{
    /* Gold persons named in facts of two or more articles... */
    rw_strmap *docs_of = rw_strmap_new(); /* "person\x1fdoc" set */
    rw_strmap *ndocs = rw_strmap_new();   /* person -> count */
    for (size_t i = 0; i < ev->n_facts; i++) {
        gold_fact *f = &ev->facts[i];
        if (strcmp(f->kind, "met") && strcmp(f->kind, "phoned") && strcmp(f->kind, "visited") &&
            strcmp(f->kind, "planned"))
            continue;
        const char *who[2] = {f->a, f->b};
        for (int w = 0; w < 2; w++) {
            void *ge;
            if (!who[w] || !f->doc || !rw_strmap_get(ev->ent_by_id, who[w], strlen(who[w]), &ge) ||
                !((gold_entity *)ge)->is_person)
                continue;
            char *k = pair_key(f->doc, who[w], "");
            if (!rw_strmap_get(docs_of, k, strlen(k), NULL)) {
                rw_strmap_put(docs_of, k, strlen(k), NULL);
                void *c = NULL;
                rw_strmap_get(ndocs, who[w], strlen(who[w]), &c);
                rw_strmap_put(ndocs, who[w], strlen(who[w]), (void *)((size_t)c + 1));
            }
            free(k);
        }
    }
    /* ...and the system entities that carry each of them in any fact. */
    rw_strmap *carried = rw_strmap_new(); /* "gold\x1fsys" set */
    rw_strmap *ncarried = rw_strmap_new();
    for (size_t i = 0; i < rw_graph_fact_count(g); i++) {
        const rw_gfact *f = rw_graph_fact(g, i);
        const rw_gentity *who[2] = {f->subj, f->obj};
        for (int w = 0; w < 2; w++) {
            const gold_entity *ge = gold_of(ev, who[w]);
            if (!ge) continue;
            rw_buf kb = {0};
            rw_buf_printf(&kb, "%s\x1f%s", ge->id, who[w]->id);
            if (!rw_strmap_get(carried, kb.data, kb.len, NULL)) {
                rw_strmap_put(carried, kb.data, kb.len, NULL);
                void *c = NULL;
                rw_strmap_get(ncarried, ge->id, strlen(ge->id), &c);
                rw_strmap_put(ncarried, ge->id, strlen(ge->id), (void *)((size_t)c + 1));
            }
            rw_buf_free(&kb);
        }
    }
    size_t pos = 0, total = 0;
    const char *k;
    size_t kl;
    void *v;
    while (rw_strmap_next(ndocs, &pos, &k, &kl, &v)) {
        if ((size_t)v < 2) continue;
        res->alias_multi++;
        void *c = NULL;
        rw_strmap_get(ncarried, k, kl, &c);
        total += (size_t)c;
        if ((size_t)c == 1)
            res->alias_one++;
        else if (ev->show)
            fprintf(ev->show, "  split %s: carried by %zu entities\n", k, (size_t)c);
    }
    res->alias_mean = res->alias_multi ? (double)total / (double)res->alias_multi : 0.0;
    rw_strmap_free(docs_of);
    rw_strmap_free(ndocs);
    rw_strmap_free(carried);
    rw_strmap_free(ncarried);
}

static void free_evaluator(evaluator *ev)
{
    for (size_t i = 0; i < ev->n_ents; i++) {
        free(ev->ents[i].id);
        free_list(ev->ents[i].names, ev->ents[i].n_names);
    }
    for (size_t i = 0; i < ev->n_facts; i++) {
        gold_fact *f = &ev->facts[i];
        free(f->kind);
        free(f->doc);
        free(f->a);
        free(f->b);
        free_list(f->place, f->n_place);
        free_list(f->date, f->n_date);
    }
    free(ev->ents);
    free(ev->facts);
    free_list(ev->docs, ev->n_docs);
    rw_strmap_free(ev->ent_by_id);
    rw_strmap_free(ev->sys_to_gold);
    rw_buf_free(&ev->tmp);
}

int rw_eval_run(const rw_graph *g, const char *gold_path, rw_text *tx, const rw_eval_opts *opts,
                rw_eval_result *res, rw_error *err)
{
    memset(res, 0, sizeof *res);
    evaluator ev = {0};
    ev.tx = tx;
    ev.show = opts ? opts->show : NULL;
    ev.min_confidence = opts ? opts->min_confidence : 0;
    ev.ent_by_id = rw_strmap_new();
    ev.sys_to_gold = rw_strmap_new();
    int rc = load_gold(&ev, gold_path, err);
    if (!rc) {
        score_pairs(&ev, g, RW_REL_MET, &res->met, res);
        score_pairs(&ev, g, RW_REL_PHONED, &res->phoned, res);
        score_planned(&ev, g, res);
        score_visits(&ev, g, res);
        score_aliases(&ev, g, res);
        res->overmerged = ev.overmerged;
    }
    free_evaluator(&ev);
    return rc;
}

const double rw_eval_band_floor[RW_EVAL_BANDS] = {0.9, 0.8, 0.6, 0.5, 0.0};

void rw_eval_print_calibration(const rw_eval_result *r, FILE *out)
{
    fprintf(out, "calibration (asserted met and phoned pairs found, by their surest fact's confidence):\n");
    fprintf(out, "  confidence      pairs  right  share  |  at or above  pairs  right  share\n");
    size_t cn = 0, cok = 0;
    for (int b = 0; b < RW_EVAL_BANDS; b++) {
        cn += r->band_n[b];
        cok += r->band_ok[b];
        double hi = b ? rw_eval_band_floor[b - 1] : 1.0;
        fprintf(out, "  %.1f-%.1f%s  %9zu  %5zu  %5.2f  |  %12.1f  %5zu  %5zu  %5.2f\n",
                rw_eval_band_floor[b], hi, b ? " " : "]", r->band_n[b], r->band_ok[b],
                r->band_n[b] ? (double)r->band_ok[b] / (double)r->band_n[b] : 0.0,
                rw_eval_band_floor[b], cn, cok, cn ? (double)cok / (double)cn : 0.0);
    }
}

void rw_eval_print(const rw_eval_result *r, FILE *out)
{
    const rw_prf *m = &r->met, *p = &r->phoned;
    fprintf(out, "met: P=%.3f R=%.3f F1=%.3f (tp %zu fp %zu fn %zu)\n", m->p, m->r, m->f1, m->tp, m->fp, m->fn);
    fprintf(out, "met place: %zu/%zu right among found pairs that have a gold place\n", r->place_ok, r->place_n);
    fprintf(out, "met date: %zu/%zu right among found pairs that have a gold date\n", r->date_ok, r->date_n);
    fprintf(out, "phoned: P=%.3f R=%.3f F1=%.3f (tp %zu fp %zu fn %zu)\n", p->p, p->r, p->f1, p->tp, p->fp, p->fn);
    fprintf(out, "planned meetings reported as held: %zu of %zu\n", r->planned_as_held, r->planned_n);
    fprintf(out, "aliases: %zu/%zu multi-article persons carried by one entity (mean %.2f entities each)\n",
            r->alias_one, r->alias_multi, r->alias_mean);
    fprintf(out, "over-merged entities (names of 2+ gold persons): %zu\n", r->overmerged);
    fprintf(out, "visited: P=%.3f R=%.3f F1=%.3f (visits right %zu, wrong %zu; gold visits missed %zu)\n",
            r->visited.p, r->visited.r, r->visited.f1, r->visited.tp, r->visited.fp, r->visited.fn);
    fprintf(out, "planned visits reported as made: %zu of %zu\n", r->visit_planned_as_held, r->visit_planned_n);
    fprintf(out, "met F1 %.3f P %.3f R %.3f | place %.2f date %.2f | phoned F1 %.3f | alias %zu/%zu | overmerged %zu | planned-as-held %zu\n",
            m->f1, m->p, m->r, r->place_n ? (double)r->place_ok / (double)r->place_n : 0.0,
            r->date_n ? (double)r->date_ok / (double)r->date_n : 0.0, p->f1, r->alias_one,
            r->alias_multi, r->overmerged, r->planned_as_held);
}

void rw_eval_print_json(const rw_eval_result *r, FILE *out)
{
    json_t *o = json_pack("{s:{s:f,s:f,s:f,s:I,s:I,s:I},s:{s:f,s:f,s:f,s:I,s:I,s:I},"
                          "s:{s:f,s:I},s:{s:f,s:I},s:I,s:I,s:{s:I,s:I,s:f},s:I}",
                          "met", "p", r->met.p, "r", r->met.r, "f1", r->met.f1, "tp", (json_int_t)r->met.tp,
                          "fp", (json_int_t)r->met.fp, "fn", (json_int_t)r->met.fn,
                          "phoned", "p", r->phoned.p, "r", r->phoned.r, "f1", r->phoned.f1, "tp",
                          (json_int_t)r->phoned.tp, "fp", (json_int_t)r->phoned.fp, "fn", (json_int_t)r->phoned.fn,
                          "met_place", "acc", r->place_n ? (double)r->place_ok / (double)r->place_n : 0.0, "n",
                          (json_int_t)r->place_n,
                          "met_date", "acc", r->date_n ? (double)r->date_ok / (double)r->date_n : 0.0, "n",
                          (json_int_t)r->date_n,
                          "planned_as_held", (json_int_t)r->planned_as_held, "planned", (json_int_t)r->planned_n,
                          "alias", "merged", (json_int_t)r->alias_one, "multi", (json_int_t)r->alias_multi,
                          "mean", r->alias_mean, "overmerged", (json_int_t)r->overmerged);
    json_object_set_new(o, "visited",
                        json_pack("{s:f,s:f,s:f,s:I,s:I,s:I}", "p", r->visited.p, "r", r->visited.r,
                                  "f1", r->visited.f1, "tp", (json_int_t)r->visited.tp, "fp",
                                  (json_int_t)r->visited.fp, "fn", (json_int_t)r->visited.fn));
    json_object_set_new(o, "visit_planned_as_held", json_integer((json_int_t)r->visit_planned_as_held));
    json_object_set_new(o, "visit_planned", json_integer((json_int_t)r->visit_planned_n));
    char *s = json_dumps(o, JSON_SORT_KEYS | JSON_INDENT(1));
    if (s) fprintf(out, "%s\n", s);
    free(s);
    json_decref(o);
}
