/*
 * facts.c - the rw_extraction container: growable arrays of entities, mentions and facts.
 *
 * Everything an extraction holds is owned by it (strings are copied on the way in), so a caller
 * can keep an extraction after the extractor's scratch buffers have moved on.
 */
#include "extract/facts.h"

#include <stdlib.h>
#include <string.h>

#include "base/array.h"

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void free_fact(rw_xfact *f)
{
    free(f->date_text);
    free(f->role);
    free(f->trigger);
}

void rw_extraction_clear(rw_extraction *x)
{
    for (size_t i = 0; i < x->n_entities; i++) {
        rw_xentity *e = &x->entities[i];
        free(e->key);
        free(e->label);
        free(e->label_en);
        free(e->country);
        for (size_t j = 0; j < e->n_names; j++) free(e->names[j]);
        free(e->names);
    }
    for (size_t i = 0; i < x->n_facts; i++) free_fact(&x->facts[i]);
    free(x->entities);
    free(x->mentions);
    free(x->facts);
    free(x->sentences);
    memset(x, 0, sizeof *x);
}

int rw_extraction_add_entity(rw_extraction *x, const char *key, rw_kind kind, const char *label,
                             const char *label_en, const char *country)
{
    if (rw_array_reserve((void **)&x->entities, &x->cap_entities, x->n_entities + 1,
                         sizeof *x->entities))
        return -1;
    rw_xentity *e = &x->entities[x->n_entities];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->key = dup_or_null(key);
    e->label = dup_or_null(label);
    e->label_en = dup_or_null(label_en);
    e->country = dup_or_null(country);
    if ((key && !e->key) || (label && !e->label) || (label_en && !e->label_en) ||
        (country && !e->country)) {
        free(e->key);
        free(e->label);
        free(e->label_en);
        free(e->country);
        return -1;
    }
    return (int)x->n_entities++;
}

int rw_extraction_add_name(rw_extraction *x, int entity, const char *name, size_t len)
{
    if (entity < 0 || (size_t)entity >= x->n_entities) return -1;
    rw_xentity *e = &x->entities[entity];
    for (size_t i = 0; i < e->n_names; i++)
        if (strlen(e->names[i]) == len && memcmp(e->names[i], name, len) == 0) return 0;
    char **v = realloc(e->names, (e->n_names + 1) * sizeof *v);
    if (!v) return -1;
    e->names = v;
    char *s = malloc(len + 1);
    if (!s) return -1;
    memcpy(s, name, len);
    s[len] = '\0';
    e->names[e->n_names++] = s;
    /* The label is the fullest form: the one with the most bytes. */
    if (!e->label || strlen(e->label) < len) {
        char *l = strdup(s);
        if (!l) return -1;
        free(e->label);
        e->label = l;
    }
    return 0;
}

int rw_extraction_add_fact(rw_extraction *x, const rw_xfact *f)
{
    if (rw_array_reserve((void **)&x->facts, &x->cap_facts, x->n_facts + 1, sizeof *x->facts)) return -1;
    rw_xfact *d = &x->facts[x->n_facts];
    *d = *f;
    d->date_text = dup_or_null(f->date_text);
    d->role = dup_or_null(f->role);
    d->trigger = dup_or_null(f->trigger);
    if ((f->date_text && !d->date_text) || (f->role && !d->role) || (f->trigger && !d->trigger)) {
        free_fact(d);
        return -1;
    }
    return (int)x->n_facts++;
}

int rw_extraction_add_mention(rw_extraction *x, const rw_mention *m)
{
    if (rw_array_reserve((void **)&x->mentions, &x->cap_mentions, x->n_mentions + 1,
                         sizeof *x->mentions))
        return -1;
    x->mentions[x->n_mentions++] = *m;
    return 0;
}
