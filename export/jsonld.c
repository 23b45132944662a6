/*
 * jsonld.c - JSON-LD 1.1 through jansson: {"@context": ..., "@graph": [node objects]}.
 *
 * The statements are triples.c's, the same as Turtle's, so a JSON-LD processor expands this file
 * to exactly the Turtle export's triples. The @context maps the vocabulary prefixes (rw, sem,
 * prov, ...) and the keys are compact IRIs ("sem:hasActor"), which keeps the mapping visible in
 * the file. Each run of statements about one subject becomes one node object; rdf:type becomes
 * "@type". Literals carry "@language" or "@type" (an XSD datatype) as in RDF. Named graphs are
 * left out, as in Turtle (prov:wasDerivedFrom names the article).
 *
 * The output is streamed, one node object at a time, so memory stays bounded by one subject;
 * jansson escapes every string.
 */
#include <jansson.h>
#include <string.h>

#include "export/render.h"

typedef struct ld_out {
    FILE *out;
    json_t *node; /* the node object being filled, NULL before the first statement */
    size_t written;
    rw_buf key;
} ld_out;

static const size_t dump_flags = JSON_COMPACT | JSON_PRESERVE_ORDER;

/* "rw:met" for a vocabulary IRI, the IRI itself otherwise. */
static const char *compact(const char *iri, rw_buf *b)
{
    const char *local, *prefix = rw_export_ns_split(iri, &local);
    if (!prefix) return iri;
    rw_buf_reset(b);
    rw_buf_printf(b, "%s:%s", prefix, local);
    return rw_buf_str(b);
}

static int flush_node(ld_out *o, rw_error *err)
{
    if (!o->node) return 0;
    int rc = (o->written++ ? fputs(",\n", o->out) : 0) < 0 ||
             json_dumpf(o->node, o->out, dump_flags) < 0;
    json_decref(o->node);
    o->node = NULL;
    return rc ? rw_error_set(err, RW_EIO, "JSON-LD export: writing a node object failed") : 0;
}

static json_t *value(const rw_term *obj, rw_buf *b)
{
    if (!obj->is_literal) return json_pack("{s:s}", "@id", obj->value);
    if (obj->lang) return json_pack("{s:s,s:s}", "@value", obj->value, "@language", obj->lang);
    if (obj->datatype)
        return json_pack("{s:s,s:s}", "@value", obj->value, "@type", compact(obj->datatype, b));
    return json_string(obj->value);
}

/* Appends v to the array under `key`, creating it. Steals v. */
static int add(json_t *node, const char *key, json_t *v)
{
    if (!v) return -1;
    json_t *arr = json_object_get(node, key);
    if (!arr) {
        arr = json_array();
        if (!arr || json_object_set_new(node, key, arr) < 0) {
            json_decref(v);
            return -1;
        }
    }
    return json_array_append_new(arr, v);
}

static int write_triple(void *ctx, const char *graph, const char *subj, const char *pred,
                        const rw_term *obj, rw_error *err)
{
    (void)graph;
    ld_out *o = ctx;
    const char *id = o->node ? json_string_value(json_object_get(o->node, "@id")) : NULL;
    if (!id || strcmp(id, subj) != 0) {
        int rc = flush_node(o, err);
        if (rc) return rc;
        if (!(o->node = json_pack("{s:s}", "@id", subj)))
            return rw_error_set(err, RW_ENOMEM, "JSON-LD export: out of memory at <%s>", subj);
    }
    rw_buf dt = {0};
    int bad;
    if (strcmp(pred, RW_NS_RDF "type") == 0 && !obj->is_literal)
        bad = add(o->node, "@type", json_string(compact(obj->value, &dt)));
    else
        bad = add(o->node, compact(pred, &o->key), value(obj, &dt));
    rw_buf_free(&dt);
    if (bad)
        return rw_error_set(err, RW_EINPUT,
                            "JSON-LD export: a value of <%s> <%s> is not valid UTF-8 (or memory "
                            "ran out)",
                            subj, pred);
    return 0;
}

int rw_export_jsonld_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                            FILE *out, rw_error *err)
{
    (void)fmt;
    json_t *ctx = json_object();
    const char *prefix, *ns;
    for (size_t i = 0; ctx && (prefix = rw_export_ns(i, &ns)); i++)
        json_object_set_new(ctx, prefix, json_string(ns));
    if (!ctx) return rw_error_set(err, RW_ENOMEM, "JSON-LD export: out of memory");
    fputs("{\"@context\":", out);
    json_dumpf(ctx, out, dump_flags);
    json_decref(ctx);
    fputs(",\n\"@graph\":[\n", out);
    ld_out o = {out, NULL, 0, {0}};
    int rc = rw_export_triples(it, opts, write_triple, &o, err);
    if (!rc) rc = flush_node(&o, err);
    json_decref(o.node);
    rw_buf_free(&o.key);
    fputs("\n]}\n", out);
    return rc;
}
