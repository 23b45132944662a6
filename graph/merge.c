/*
 * merge.c - the entity resolution rules (see merge.h and docs/merging.md), and their in-memory
 * backend for `rawabit extract`.
 *
 * The rules only ever look things up through rw_merge_ops, so the store (SQL) and the in-memory
 * graph (hash maps) cannot drift apart. Two things are deliberately NOT evidence: a one-word
 * person name (a shared surname or first name: بشار الأسد is not حافظ الأسد), and the phrase of
 * a role ("الرئيس السوري"), which names whoever holds the office at the time, so it is never
 * stored as a name of the person it resolves to.
 */
#include "graph/merge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/strmap.h"
#include "graph/graph_ext.h"
#include "graph/ids.h"

const char *rw_merge_role_of_key(const char *key)
{
    if (!key || strncmp(key, "role:", 5) != 0 || !key[5]) return NULL;
    return key + 5;
}

int rw_merge_role_label(const char *role, rw_buf *out)
{
    /* Office ids are lower-case English words joined by '_' (data/offices.tsv). */
    const char *at = strchr(role, '@');
    size_t n = at ? (size_t)(at - role) : strlen(role);
    int start = 1;
    for (size_t i = 0; i < n; i++) {
        char c = role[i] == '_' ? ' ' : role[i];
        if (start && c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
        start = c == ' ';
        if (rw_buf_putc(out, c)) return -1;
    }
    return at && at[1] ? rw_buf_printf(out, " (%s)", at + 1) : 0;
}

int rw_merge_name_is_full(const char *folded)
{
    const char *p = folded;
    while (*p == ' ')
        p++;
    const char *sp = strchr(p, ' ');
    if (!sp) return 0;
    while (*sp == ' ')
        sp++;
    return *sp != 0;
}

int rw_merge_keeps_fact(rw_rel rel, int64_t subj, int64_t obj)
{
    return !(rw_rel_is_symmetric(rel) && obj && subj == obj);
}

int64_t rw_merge_role_holder(const rw_role_obs *obs, size_t n, rw_date when)
{
    if (!rw_date_is_set(when)) return 0;
    const rw_role_obs *best = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!rw_date_is_set(obs[i].date) || rw_date_compare(obs[i].date, when) > 0) continue;
        /* On a tie a negated observation wins: "the former president" ends the tenure. */
        int c = best ? rw_date_compare(obs[i].date, best->date) : 1;
        if (c > 0 || (c == 0 && !obs[i].held)) best = &obs[i];
    }
    return best && best->held ? best->entity : 0;
}

/* The folded forms of one local entity's label and names, without repeats. */
typedef struct folds {
    char **v;
    size_t n;
} folds;

static void folds_free(folds *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->v[i]);
    free(f->v);
    f->v = NULL;
    f->n = 0;
}

static int folds_add(folds *f, rw_text *tx, const char *s, rw_buf *tmp)
{
    if (!s || !*s) return 0;
    rw_buf_reset(tmp);
    if (tx ? rw_text_fold_into(tx, s, strlen(s), tmp) : rw_buf_puts(tmp, s)) return -1;
    if (!tmp->len) return 0;
    for (size_t i = 0; i < f->n; i++)
        if (strcmp(f->v[i], tmp->data) == 0) return 0;
    char **v = realloc(f->v, (f->n + 1) * sizeof *v);
    if (!v) return -1;
    f->v = v;
    if (!(v[f->n] = strdup(tmp->data))) return -1;
    f->n++;
    return 0;
}

static int64_t find_by_name(const rw_merge_ops *ops, void *ctx, const rw_xentity *e,
                            const folds *fl, int alias_only, char *doc, size_t doc_size)
{
    /* "وفد روسي" names a different delegation in every article that sends one: a group is only
     * ever the same group by a lexicon key, an alias or a user's decision. */
    if (!alias_only && e->kind == RW_KIND_GROUP) return 0;
    for (size_t i = 0; i < fl->n; i++) {
        if (!alias_only && e->kind == RW_KIND_PERSON && !rw_merge_name_is_full(fl->v[i])) continue;
        int64_t id = ops->by_name(ctx, fl->v[i], e->kind, e->key, alias_only, doc, doc_size);
        if (id && ops->forbidden && ops->forbidden(ctx, id, fl->v[i])) continue;
        if (id) return id;
    }
    return 0;
}

/* Rule 4b: a person named by a spelling variant of a name already known (name_variants.tsv).
 * Two names are variants when their keys are equal. A stored name whose key differs from its
 * folded form has a "~KEY" name row (rw_merge_variant_row); one whose key is its folded form is
 * found by that form. A user's split of the folded name still holds. */
static int64_t find_by_variant(const rw_merge_ops *ops, void *ctx, rw_names *names,
                               const rw_xentity *e, const folds *fl, rw_buf *key)
{
    if (!names || e->kind != RW_KIND_PERSON) return 0;
    for (size_t i = 0; i < fl->n; i++) {
        if (!rw_merge_name_is_full(fl->v[i])) continue;
        if (rw_names_variant_key(names, fl->v[i], key)) return 0;
        int64_t id = ops->by_name(ctx, key->data, e->kind, e->key, 0, NULL, 0);
        if (!id && strcmp(key->data + 1, fl->v[i]) != 0)
            id = ops->by_name(ctx, key->data + 1, e->kind, e->key, 0, NULL, 0);
        if (id && ops->forbidden && ops->forbidden(ctx, id, fl->v[i])) continue;
        if (id) return id;
    }
    return 0;
}

int rw_merge_variant_row(rw_names *names, rw_kind kind, const char *folded, rw_buf *key)
{
    if (!names || kind != RW_KIND_PERSON || !rw_merge_name_is_full(folded)) return 0;
    if (rw_names_variant_key(names, folded, key)) return -1;
    return strcmp(key->data + 1, folded) != 0;
}

static int resolve_one(const rw_merge_ops *ops, void *ctx, rw_names *names,
                       const rw_extraction *x, size_t i, const folds *fl, int alias_of,
                       const char *doc_id, int64_t *out, rw_buf *key, rw_error *err)
{
    const rw_xentity *e = &x->entities[i];
    const char *role = rw_merge_role_of_key(e->key);
    char reason[256] = "";
    char doc[200] = "";
    int alias = 0;
    int64_t id = 0;

    if (ops->decided && (id = ops->decided(ctx, e->key, (const char *const *)fl->v, fl->n)))
        snprintf(reason, sizeof reason, "user decision");
    if (!id && e->key && !role && (id = ops->by_key(ctx, e->key)))
        snprintf(reason, sizeof reason, "lexicon");
    if (!id && alias_of >= 0 && (id = out[alias_of])) {
        snprintf(reason, sizeof reason, "alias stated in %s", doc_id);
        alias = 1;
    }
    if (!id && !role && (id = find_by_name(ops, ctx, e, fl, 1, doc, sizeof doc)))
        snprintf(reason, sizeof reason, "alias stated in %s", doc);
    if (!id && !role && (id = find_by_name(ops, ctx, e, fl, 0, NULL, 0)))
        snprintf(reason, sizeof reason, "name");
    if (!id && !role && (id = find_by_variant(ops, ctx, names, e, fl, key)))
        snprintf(reason, sizeof reason, "name variant");
    if (!id && role) {
        rw_role_obs *obs = NULL;
        size_t n = 0;
        rw_date when =
            rw_date_is_set(x->doc_date) ? x->doc_date : (x->doc ? x->doc->date : RW_DATE_NONE);
        if (rw_date_is_set(when) && ops->role_obs(ctx, role, when, &obs, &n, err)) return -1;
        if ((id = rw_merge_role_holder(obs, n, when))) {
            char d[11];
            rw_date_format(when, d);
            snprintf(reason, sizeof reason, "role %s at %s", role, d);
        }
        free(obs);
    }
    if (!id) {
        if (ops->create(ctx, e, role != NULL, &id, err)) return -1;
        out[i] = id;
        return ops->attach(ctx, id, e, (const char *const *)fl->v, fl->n, role != NULL, alias, NULL,
                           err);
    }
    out[i] = id;
    return ops->attach(ctx, id, e, (const char *const *)fl->v, fl->n, role != NULL, alias, reason,
                       err);
}

int rw_merge_resolve(const rw_merge_ops *ops, void *ctx, rw_text *tx, rw_names *names,
                     const rw_extraction *x, const char *doc_id, int64_t *out, rw_error *err)
{
    size_t n = x->n_entities;
    int rc = 0;
    int *alias_of = malloc((n ? n : 1) * sizeof *alias_of);
    folds *fl = calloc(n ? n : 1, sizeof *fl);
    rw_buf tmp = {0}, key = {0};
    if (!alias_of || !fl) {
        rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory resolving entities", doc_id);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        out[i] = 0;
        alias_of[i] = -1;
        const rw_xentity *e = &x->entities[i];
        int bad = folds_add(&fl[i], tx, e->label, &tmp);
        for (size_t j = 0; !bad && j < e->n_names; j++)
            bad = folds_add(&fl[i], tx, e->names[j], &tmp);
        if (bad) {
            rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory folding names", doc_id);
            goto done;
        }
    }
    /* "X, known as Y": Y is resolved after X and becomes X's entity. */
    for (size_t k = 0; k < x->n_facts; k++) {
        const rw_xfact *f = &x->facts[k];
        if (f->rel != RW_REL_ALIAS_OF || f->subj < 0 || f->obj < 0 || f->subj == f->obj) continue;
        if ((size_t)f->subj >= n || (size_t)f->obj >= n) continue;
        if (alias_of[f->subj] == f->obj) continue; /* a cycle: keep the first statement */
        alias_of[f->obj] = f->subj;
    }
    /* Everything that is no alias first; then aliases whose subject is resolved, again and
     * again for chains (Z alias of Y alias of X); whatever is left (a cycle) on its own. */
    for (int pass = 0; pass < 3; pass++) {
        int progress = 1;
        while (progress) {
            progress = 0;
            for (size_t i = 0; i < n; i++) {
                if (out[i] || (pass == 0 && alias_of[i] >= 0)) continue;
                if (pass == 1 && (alias_of[i] < 0 || !out[alias_of[i]])) continue;
                if (resolve_one(ops, ctx, names, x, i, &fl[i], pass == 2 ? -1 : alias_of[i],
                                doc_id, out, &key, err)) {
                    rc = err && err->code ? (int)err->code : -1;
                    goto done;
                }
                progress = pass == 1;
            }
        }
    }
done:
    for (size_t i = 0; fl && i < n; i++)
        folds_free(&fl[i]);
    free(fl);
    free(alias_of);
    rw_buf_free(&tmp);
    rw_buf_free(&key);
    return rc;
}

/* ---- The in-memory backend ------------------------------------------------------------------ */

/* Kept with the graph (graph_ext.h) between calls: the name table and the lookup indexes. */
typedef struct mem {
    rw_graph *g;
    rw_text *tx;
    rw_names *names;
    int owns_names;      /* names was opened here (else the caller's, borrowed) */
    rw_strmap *by_key;   /* lexicon key -> entity */
    rw_strmap *by_name;  /* kind byte + folded name -> entity */
    rw_strmap *by_alias; /* folded alias -> malloc'd doc id; the entity is in alias_entity */
    rw_strmap *alias_entity;
    char **keys; /* keys[i]: the lexicon key of entity i, NULL when none */
    size_t n_keys;
    rw_buf tmp, id, key;
    const char *doc_id;
} mem;

static void mem_free(void *p)
{
    mem *m = p;
    if (!m) return;
    if (m->owns_names) rw_names_free(m->names);
    rw_strmap_free(m->by_key);
    rw_strmap_free(m->by_name);
    if (m->by_alias) {
        size_t pos = 0;
        void *v;
        while (rw_strmap_next(m->by_alias, &pos, NULL, NULL, &v))
            free(v);
        rw_strmap_free(m->by_alias);
    }
    rw_strmap_free(m->alias_entity);
    for (size_t i = 0; i < m->n_keys; i++)
        free(m->keys[i]);
    free(m->keys);
    rw_buf_free(&m->tmp);
    rw_buf_free(&m->id);
    rw_buf_free(&m->key);
    free(m);
}

static rw_gentity *mem_entity(mem *m, int64_t h)
{
    return (rw_gentity *)rw_graph_entity(m->g, (size_t)(h - 1));
}

static const char *mem_key(const mem *m, int64_t h)
{
    return (size_t)(h - 1) < m->n_keys ? m->keys[h - 1] : NULL;
}

/* Records the entity's lexicon key (unless it has one) and indexes it. */
static int mem_set_key(mem *m, int64_t h, const char *key)
{
    if (mem_key(m, h)) return 0;
    size_t i = (size_t)(h - 1);
    if (i >= m->n_keys) {
        size_t n = i + 64;
        char **v = realloc(m->keys, n * sizeof *v);
        if (!v) return -1;
        memset(v + m->n_keys, 0, (n - m->n_keys) * sizeof *v);
        m->keys = v;
        m->n_keys = n;
    }
    if (!(m->keys[i] = strdup(key))) return -1;
    if (rw_strmap_get(m->by_key, key, strlen(key), NULL)) return 0;
    return rw_strmap_put(m->by_key, key, strlen(key), (void *)(intptr_t)h);
}

static int mem_index_name(mem *m, const rw_gentity *e, const char *folded)
{
    rw_buf_reset(&m->tmp);
    rw_buf_putc(&m->tmp, (char)('0' + e->kind));
    rw_buf_puts(&m->tmp, folded);
    if (rw_strmap_get(m->by_name, m->tmp.data, m->tmp.len, NULL)) return 0;
    return rw_strmap_put(m->by_name, m->tmp.data, m->tmp.len, (void *)(intptr_t)(e->index + 1));
}

static int64_t mem_by_key(void *ctx, const char *key)
{
    mem *m = ctx;
    void *v;
    return rw_strmap_get(m->by_key, key, strlen(key), &v) ? (int64_t)(intptr_t)v : 0;
}

static int64_t mem_by_name(void *ctx, const char *folded, rw_kind kind, const char *key,
                           int alias_only, char *doc, size_t doc_size)
{
    mem *m = ctx;
    void *v;
    int64_t h = 0;
    if (alias_only) {
        if (!rw_strmap_get(m->alias_entity, folded, strlen(folded), &v)) return 0;
        void *d;
        if (doc && rw_strmap_get(m->by_alias, folded, strlen(folded), &d))
            snprintf(doc, doc_size, "%s", (const char *)d);
        h = (int64_t)(intptr_t)v;
    } else {
        rw_buf_reset(&m->tmp);
        rw_buf_putc(&m->tmp, (char)('0' + kind));
        rw_buf_puts(&m->tmp, folded);
        if (rw_strmap_get(m->by_name, m->tmp.data, m->tmp.len, &v)) h = (int64_t)(intptr_t)v;
    }
    /* The index keeps the first entity of a name; one with another key does not count. */
    if (h && key && mem_key(m, h) && strcmp(mem_key(m, h), key) != 0) return 0;
    return h;
}

static int mem_role_obs(void *ctx, const char *role, rw_date when, rw_role_obs **obs, size_t *n,
                        rw_error *err)
{
    mem *m = ctx;
    (void)when; /* all of them: rw_merge_role_holder picks */
    size_t cap = 0;
    *obs = NULL;
    *n = 0;
    for (size_t i = 0; i < rw_graph_fact_count(m->g); i++) {
        const rw_gfact *f = rw_graph_fact(m->g, i);
        if (f->rel != RW_REL_HOLDS_ROLE || !f->role || strcmp(f->role, role) != 0) continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            rw_role_obs *v = realloc(*obs, cap * sizeof *v);
            if (!v) return rw_error_set(err, RW_ENOMEM, "role %s: out of memory", role);
            *obs = v;
        }
        rw_role_obs *o = &(*obs)[(*n)++];
        o->entity = (int64_t)f->subj->index + 1;
        o->date = rw_date_is_set(f->date) ? f->date : (f->doc ? f->doc->date : RW_DATE_NONE);
        o->held = f->modality != RW_MOD_NEGATED;
    }
    return 0;
}

static int mem_taken(void *ctx, const char *id)
{
    mem *m = ctx;
    return rw_graph_find_entity(m->g, id) != NULL;
}

static int mem_create(void *ctx, const rw_xentity *e, int is_role, int64_t *out, rw_error *err)
{
    mem *m = ctx;
    rw_buf label = {0};
    int rc = 0;
    const char *role = is_role ? rw_merge_role_of_key(e->key) : NULL;
    if (e->label_en && *e->label_en)
        rc = rw_buf_puts(&label, e->label_en);
    else if (role)
        rc = rw_merge_role_label(role, &label);
    else if (e->label)
        rc = rw_names_label_en(m->names, e->label, &label);
    if (rc || rw_ids_entity(is_role ? NULL : e->key, rw_buf_str(&label), mem_taken, m, &m->id)) {
        rw_buf_free(&label);
        return rw_error_set(err, RW_ENOMEM, "%s: out of memory creating an entity", m->doc_id);
    }
    rw_gentity *ge = rw_graph_add_entity(m->g, m->id.data, e->kind, e->label,
                                         label.len ? label.data : NULL, e->country);
    rw_buf_free(&label);
    if (!ge) return rw_error_set(err, RW_ENOMEM, "%s: out of memory creating an entity", m->doc_id);
    *out = (int64_t)ge->index + 1;
    if (e->key && !is_role && mem_set_key(m, *out, e->key))
        return rw_error_set(err, RW_ENOMEM, "%s: out of memory", m->doc_id);
    return 0;
}

static int mem_attach(void *ctx, int64_t entity, const rw_xentity *e, const char *const *folded,
                      size_t n_folded, int is_role, int alias, const char *reason, rw_error *err)
{
    mem *m = ctx;
    (void)reason; /* reasons are kept by the store only */
    if (is_role && reason) return 0;
    rw_gentity *ge = mem_entity(m, entity);
    int bad = 0;
    if (e->key && !is_role && !mem_key(m, entity)) {
        /* Found by name before the lexicon knew it: take the key and English label (not id). */
        bad = mem_set_key(m, entity, e->key);
        char *en = !bad && e->label_en ? strdup(e->label_en) : NULL;
        if (en) {
            free(ge->label_en);
            ge->label_en = en;
            bad = rw_graph_add_name(m->g, ge, en);
        }
    }
    if (!bad) bad = rw_graph_add_name(m->g, ge, e->label);
    for (size_t i = 0; !bad && i < e->n_names; i++)
        bad = rw_graph_add_name(m->g, ge, e->names[i]);
    for (size_t i = 0; !bad && !is_role && i < n_folded; i++) {
        bad = mem_index_name(m, ge, folded[i]);
        int v = bad ? 0 : rw_merge_variant_row(m->names, ge->kind, folded[i], &m->key);
        if (v) bad = v < 0 || mem_index_name(m, ge, m->key.data);
        if (!bad && alias && !rw_strmap_get(m->alias_entity, folded[i], strlen(folded[i]), NULL)) {
            char *d = strdup(m->doc_id);
            bad = !d || rw_strmap_put(m->by_alias, folded[i], strlen(folded[i]), d) ||
                  rw_strmap_put(m->alias_entity, folded[i], strlen(folded[i]),
                                (void *)(intptr_t)entity);
            if (bad) free(d);
        }
    }
    if (bad) return rw_error_set(err, RW_ENOMEM, "%s: out of memory adding names", m->doc_id);
    return 0;
}

static const rw_merge_ops mem_ops = {
    .decided = NULL,
    .forbidden = NULL,
    .by_key = mem_by_key,
    .by_name = mem_by_name,
    .role_obs = mem_role_obs,
    .create = mem_create,
    .attach = mem_attach,
};

static mem *mem_get(rw_graph *g, rw_text *tx, rw_names *names, rw_error *err)
{
    mem *m = rw_graph_ext(g);
    if (m) {
        m->tx = tx;
        return m;
    }
    if (!(m = calloc(1, sizeof *m))) {
        rw_error_set(err, RW_ENOMEM, "out of memory");
        return NULL;
    }
    m->g = g;
    m->tx = tx;
    m->by_key = rw_strmap_new();
    m->by_name = rw_strmap_new();
    m->by_alias = rw_strmap_new();
    m->alias_entity = rw_strmap_new();
    if (!m->by_key || !m->by_name || !m->by_alias || !m->alias_entity) {
        mem_free(m);
        rw_error_set(err, RW_ENOMEM, "out of memory");
        return NULL;
    }
    if (names) {
        m->names = names;
    } else if ((m->names = rw_names_open(NULL, tx, err)) != NULL) {
        m->owns_names = 1;
    } else {
        mem_free(m);
        return NULL;
    }
    /* Entities the graph had before the first article (built by hand) can be met by name. */
    rw_buf f = {0};
    for (size_t i = 0; i < rw_graph_entity_count(g); i++) {
        const rw_gentity *e = rw_graph_entity(g, i);
        for (size_t j = 0; j < e->n_names; j++) {
            rw_buf_reset(&f);
            if (tx ? rw_text_fold_into(tx, e->names[j], strlen(e->names[j]), &f)
                   : rw_buf_puts(&f, e->names[j]))
                continue;
            if (!f.len || mem_index_name(m, e, f.data)) continue;
            if (rw_merge_variant_row(m->names, e->kind, f.data, &m->key) > 0)
                mem_index_name(m, e, m->key.data);
        }
    }
    rw_buf_free(&f);
    rw_graph_set_ext(g, m, mem_free);
    return m;
}

/* The text of sentence i of the extraction, as a new string (NULL when out of range). */
static char *sentence_text(const rw_extraction *x, uint32_t i, rw_span fallback)
{
    rw_span s = i < x->n_sentences ? x->sentences[i] : fallback;
    if (!x->doc || !x->doc->text || s.end > x->doc->text_len || s.start >= s.end) return NULL;
    return strndup(x->doc->text + s.start, s.end - s.start);
}

int rw_graph_add_extraction(rw_graph *g, const rw_extraction *x, rw_text *tx, rw_error *err)
{
    return rw_graph_add_extraction_with(g, x, tx, NULL, err);
}

int rw_graph_add_extraction_with(rw_graph *g, const rw_extraction *x, rw_text *tx,
                                 rw_names *names, rw_error *err)
{
    mem *m = mem_get(g, tx, names, err);
    if (!m) return err ? (int)err->code : -1;
    const char *base = x->doc && x->doc->id ? x->doc->id : "doc";
    rw_buf docid = {0};
    rw_buf_puts(&docid, base);
    for (int k = 2; rw_graph_find_doc(g, docid.data); k++) {
        rw_buf_reset(&docid);
        rw_buf_printf(&docid, "%s#%d", base, k);
    }
    rw_date ddate = x->doc && rw_date_is_set(x->doc->date) ? x->doc->date : x->doc_date;
    const rw_gdoc *d =
        rw_graph_add_doc(g, docid.data, x->doc ? x->doc->url : NULL, x->doc ? x->doc->title : NULL,
                         ddate, x->doc ? x->doc->hash : NULL);
    rw_buf_free(&docid);
    if (!d) return rw_error_set(err, RW_ENOMEM, "%s: out of memory adding the document", base);
    m->doc_id = d->id;
    int64_t *ids = calloc(x->n_entities ? x->n_entities : 1, sizeof *ids);
    if (!ids) return rw_error_set(err, RW_ENOMEM, "%s: out of memory", base);
    int rc = rw_merge_resolve(&mem_ops, m, tx, m->names, x, d->id, ids, err);
    for (size_t i = 0; !rc && i < x->n_facts; i++) {
        const rw_xfact *xf = &x->facts[i];
        if (xf->subj < 0 || (size_t)xf->subj >= x->n_entities) continue;
        if (xf->obj >= 0 && (size_t)xf->obj < x->n_entities &&
            !rw_merge_keeps_fact(xf->rel, ids[xf->subj], ids[xf->obj]))
            continue;
        rw_gfact f = {0};
        f.rel = xf->rel;
        f.modality = xf->modality;
        f.subj = mem_entity(m, ids[xf->subj]);
        f.obj =
            xf->obj >= 0 && (size_t)xf->obj < x->n_entities ? mem_entity(m, ids[xf->obj]) : NULL;
        f.place = xf->place >= 0 && (size_t)xf->place < x->n_entities
                      ? mem_entity(m, ids[xf->place])
                      : NULL;
        f.date = xf->date;
        f.date_text = xf->date_text;
        f.role = xf->role;
        f.trigger = xf->trigger;
        f.doc = d;
        f.sentence = xf->sentence;
        f.span_start = xf->span.start;
        f.span_end = xf->span.end;
        f.confidence = xf->confidence;
        char fid[17];
        rw_graph_fact_id(d->id, f.sentence, f.rel, f.subj->id, f.obj ? f.obj->id : "",
                         f.place ? f.place->id : "", fid);
        if (rw_graph_find_fact(g, fid)) continue; /* the same fact twice in one sentence */
        f.id = fid;
        f.evidence = sentence_text(x, xf->sentence, xf->span);
        if (!rw_graph_add_fact(g, &f)) rc = rw_error_set(err, RW_ENOMEM, "%s: out of memory", base);
        free(f.evidence);
    }
    free(ids);
    return rc;
}
