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

/* A string of the graph. Checked (jansson refuses invalid UTF-8: NULL) or not: the graph's
 * strings come from the readers, which repair every input to well-formed UTF-8, and jansson's
 * check of each (1 % of the instructions of extract) is left to its dump, which refuses a string
 * that is not; the line is then built again with the checks, whose failure is the one reported
 * (see render_line). */
static json_t *text(const char *s, int checked)
{
    return checked ? json_string(s) : json_string_nocheck(s);
}

/* A string, or JSON null when the C string is NULL. */
static json_t *str_or_null(const char *s, int checked)
{
    return s ? text(s, checked) : json_null();
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

static json_t *entity_line(const rw_gentity *e, int checked)
{
    json_t *o = json_object(), *names = json_array();
    int bad = !o || !names;
    for (size_t i = 0; !bad && i < e->n_names; i++)
        bad = json_array_append_new(names, text(e->names[i] ? e->names[i] : "", checked)) < 0;
    bad = bad || set(o, "type", name("entity")) || set(o, "id", text(e->id, checked)) ||
          set(o, "kind", name(rw_kind_name(e->kind))) ||
          set(o, "label", text(rw_export_main_label(e), checked)) ||
          set(o, "label_en", text(e->label_en ? e->label_en : e->id, checked));
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

static json_t *fact_line(const rw_gfact *f, int checked)
{
    json_t *o = json_object();
    double c = f->confidence < 0 ? 0 : f->confidence > 1 ? 1 : f->confidence;
    int bad =
        !o || set(o, "type", name("fact")) ||
        set(o, "rel", name(rw_rel_name(f->rel))) ||
        set(o, "subj", text(f->subj->id, checked)) ||
        set(o, "obj", f->obj ? text(f->obj->id, checked) : json_null()) ||
        set(o, "place", f->place ? text(f->place->id, checked) : json_null()) ||
        set(o, "date", date_value(f->date)) || set(o, "date_text", str_or_null(f->date_text, checked)) ||
        set(o, "modality", name(rw_modality_name(f->modality))) ||
        set(o, "doc", text(f->doc ? f->doc->id : "", checked)) ||
        set(o, "sentence", json_integer(f->sentence)) ||
        set(o, "evidence", text(f->evidence ? f->evidence : "", checked)) ||
        set(o, "confidence", json_real(c)) ||
        set(o, "trigger", text(f->trigger ? f->trigger : "", checked)) ||
        (f->rel == RW_REL_HOLDS_ROLE && set(o, "role", text(f->role ? f->role : "", checked))) ||
        /* The extraction keeps a stated alias in the fact's role field (facts.h). */
        (f->rel == RW_REL_ALIAS_OF && f->role && set(o, "name", text(f->role, checked))) ||
        set(o, "id", text(f->id, checked)) ||
        (f->event && set(o, "event", text(f->event->id, checked)));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* An event line: the happening and the ids of every fact and source that report it. */
static json_t *event_line(const rw_gevent *e, int checked)
{
    json_t *o = json_object(), *parts = json_array(), *facts = json_array(), *srcs = json_array();
    int bad = !o || !parts || !facts || !srcs;
    for (size_t i = 0; !bad && i < e->n_participants; i++)
        bad = json_array_append_new(parts, text(e->participants[i]->id, checked)) < 0;
    for (size_t i = 0; !bad && i < e->n_facts; i++)
        bad = json_array_append_new(facts, text(e->facts[i]->id, checked)) < 0;
    for (size_t i = 0; !bad && i < e->n_sources; i++)
        bad = json_array_append_new(srcs, text(e->sources[i]->id, checked)) < 0;
    bad = bad || set(o, "type", name("event")) || set(o, "id", text(e->id, checked)) ||
          set(o, "rel", name(rw_rel_name(e->rel))) ||
          json_object_set_nocheck(o, "participants", parts) < 0 ||
          set(o, "date", date_value(e->date)) ||
          set(o, "place", e->place ? text(e->place->id, checked) : json_null()) ||
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
        const char *id;
        if (ev == RW_EV_ENTITY) id = rw_graph_iter_entity(it)->id;
        else if (ev == RW_EV_FACT) id = rw_graph_iter_fact(it)->id;
        else if (ev == RW_EV_EVENT) id = rw_graph_iter_event(it)->id;
        else continue;
        /* Built with unchecked strings, then, only if the dump refuses one, again with checked
         * ones: the same line, or the same error, as when every string was checked. */
        long n = -1;
        json_t *line = NULL;
        for (int checked = 0; checked < 2 && n < 0; checked++) {
            json_decref(line);
            line = ev == RW_EV_ENTITY ? entity_line(rw_graph_iter_entity(it), checked)
                   : ev == RW_EV_FACT ? fact_line(rw_graph_iter_fact(it), checked)
                                      : event_line(rw_graph_iter_event(it), checked);
            if (!line) break;
            n = dump_line(line, &buf, &cap);
        }
        if (!line) {
            rc = rw_error_set(err, RW_EINPUT,
                              "JSONL export: %s \"%s\" holds a string that is not valid UTF-8 "
                              "(or memory ran out)",
                              ev == RW_EV_ENTITY ? "entity" : ev == RW_EV_FACT ? "fact" : "event",
                              id);
            break;
        }
        json_decref(line);
        if (n < 0 || fwrite(buf, 1, (size_t)n, out) != (size_t)n)
            rc = rw_error_set(err, RW_EIO, "JSONL export: writing the line of \"%s\" failed", id);
    }
    free(buf);
    return rc;
}
