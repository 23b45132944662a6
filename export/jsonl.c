/*
 * jsonl.c - the facts contract (docs/facts.md): one JSON object a line, entities before facts.
 *
 * This is the interface other programs build on, so the fields, their order and their spelling
 * are fixed by docs/facts.md and must not drift. jansson builds and escapes every line; this file
 * only chooses fields. Confidence is printed with three significant digits so a float's noise
 * (0.8500000238) does not leak into the contract.
 */
#include <stdlib.h>

#include <jansson.h>

#include "export/render.h"

/* A string, or JSON null when the C string is NULL. jansson refuses invalid UTF-8 (NULL). */
static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* Keys are the contract's ASCII literals: jansson need not check them for UTF-8. */
static int set(json_t *o, const char *key, json_t *v)
{
    return v ? json_object_set_new_nocheck(o, key, v) : -1;
}

/* One of our own names (a kind, a relation, a modality, an ISO date): ASCII, not checked. */
static json_t *name(const char *s)
{
    return json_string_nocheck(s);
}

static json_t *entity_line(const rw_gentity *e)
{
    json_t *o = json_object(), *names = json_array();
    int bad = !o || !names;
    for (size_t i = 0; !bad && i < e->n_names; i++)
        bad = json_array_append_new(names, json_string(e->names[i] ? e->names[i] : "")) < 0;
    bad = bad || set(o, "type", name("entity")) || set(o, "id", json_string(e->id)) ||
          set(o, "kind", name(rw_kind_name(e->kind))) ||
          set(o, "label", json_string(rw_export_main_label(e))) ||
          set(o, "label_en", json_string(e->label_en ? e->label_en : e->id));
    if (bad || json_object_set_new_nocheck(o, "names", names) < 0) {
        if (bad) json_decref(names);
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *date_value(rw_date d)
{
    char iso[11];
    if (!rw_date_is_set(d)) return json_null();
    rw_date_format(d, iso);
    return name(iso);
}

static json_t *fact_line(const rw_gfact *f)
{
    json_t *o = json_object();
    double c = f->confidence < 0 ? 0 : f->confidence > 1 ? 1 : f->confidence;
    int bad =
        !o || set(o, "type", name("fact")) ||
        set(o, "rel", name(rw_rel_name(f->rel))) ||
        set(o, "subj", json_string(f->subj->id)) ||
        set(o, "obj", f->obj ? json_string(f->obj->id) : json_null()) ||
        set(o, "place", f->place ? json_string(f->place->id) : json_null()) ||
        set(o, "date", date_value(f->date)) || set(o, "date_text", str_or_null(f->date_text)) ||
        set(o, "modality", name(rw_modality_name(f->modality))) ||
        set(o, "doc", json_string(f->doc ? f->doc->id : "")) ||
        set(o, "sentence", json_integer(f->sentence)) ||
        set(o, "evidence", json_string(f->evidence ? f->evidence : "")) ||
        set(o, "confidence", json_real(c)) ||
        set(o, "trigger", json_string(f->trigger ? f->trigger : "")) ||
        (f->rel == RW_REL_HOLDS_ROLE && set(o, "role", json_string(f->role ? f->role : ""))) ||
        /* The extraction keeps a stated alias in the fact's role field (facts.h). */
        (f->rel == RW_REL_ALIAS_OF && f->role && set(o, "name", json_string(f->role))) ||
        set(o, "id", json_string(f->id)) ||
        (f->event && set(o, "event", json_string(f->event->id)));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* An event line: the happening and the ids of every fact and source that report it. */
static json_t *event_line(const rw_gevent *e)
{
    json_t *o = json_object(), *parts = json_array(), *facts = json_array(), *srcs = json_array();
    int bad = !o || !parts || !facts || !srcs;
    for (size_t i = 0; !bad && i < e->n_participants; i++)
        bad = json_array_append_new(parts, json_string(e->participants[i]->id)) < 0;
    for (size_t i = 0; !bad && i < e->n_facts; i++)
        bad = json_array_append_new(facts, json_string(e->facts[i]->id)) < 0;
    for (size_t i = 0; !bad && i < e->n_sources; i++)
        bad = json_array_append_new(srcs, json_string(e->sources[i]->id)) < 0;
    bad = bad || set(o, "type", name("event")) || set(o, "id", json_string(e->id)) ||
          set(o, "rel", name(rw_rel_name(e->rel))) ||
          json_object_set_nocheck(o, "participants", parts) < 0 ||
          set(o, "date", date_value(e->date)) ||
          set(o, "place", e->place ? json_string(e->place->id) : json_null()) ||
          set(o, "modality", name(rw_modality_name(e->modality))) ||
          json_object_set_nocheck(o, "facts", facts) < 0 ||
          json_object_set_nocheck(o, "sources", srcs) < 0;
    json_decref(parts);
    json_decref(facts);
    json_decref(srcs);
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* The line's JSON and its newline, dumped into *buf (grown as needed): one fwrite a line where
 * json_dumpf wrote each token and string with a call of its own. Returns the length, or -1. */
static long dump_line(const json_t *line, char **buf, size_t *cap)
{
    for (;;) {
        size_t n = json_dumpb(line, *buf, *cap, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                                   JSON_REAL_PRECISION(3));
        if (n == 0) return -1;
        if (n < *cap) {
            (*buf)[n] = '\n';
            return (long)n + 1;
        }
        char *b = realloc(*buf, n + 1024);
        if (!b) return -1;
        *buf = b;
        *cap = n + 1024;
    }
}

int rw_export_jsonl_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                           FILE *out, rw_error *err)
{
    (void)fmt;
    (void)opts;
    size_t cap = 4096;
    char *buf = malloc(cap);
    if (!buf) return rw_error_set(err, RW_ENOMEM, "JSONL export: out of memory");
    int rc = 0;
    for (rw_event ev; !rc && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        json_t *line = NULL;
        const char *id;
        if (ev == RW_EV_ENTITY) {
            id = rw_graph_iter_entity(it)->id;
            line = entity_line(rw_graph_iter_entity(it));
        } else if (ev == RW_EV_FACT) {
            id = rw_graph_iter_fact(it)->id;
            line = fact_line(rw_graph_iter_fact(it));
        } else if (ev == RW_EV_EVENT) {
            id = rw_graph_iter_event(it)->id;
            line = event_line(rw_graph_iter_event(it));
        } else {
            continue;
        }
        if (!line) {
            rc = rw_error_set(err, RW_EINPUT,
                              "JSONL export: %s \"%s\" holds a string that is not valid UTF-8 "
                              "(or memory ran out)",
                              ev == RW_EV_ENTITY ? "entity" : ev == RW_EV_FACT ? "fact" : "event",
                              id);
            break;
        }
        long n = dump_line(line, &buf, &cap);
        json_decref(line);
        if (n < 0 || fwrite(buf, 1, (size_t)n, out) != (size_t)n)
            rc = rw_error_set(err, RW_EIO, "JSONL export: writing the line of \"%s\" failed", id);
    }
    free(buf);
    return rc;
}
