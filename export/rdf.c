/*
 * rdf.c - Turtle, N-Triples and N-Quads through serd.
 *
 * The statements come from triples.c (the vocabulary of docs/rdf.md); this file only hands them to
 * a SerdWriter, which escapes literals and IRIs for the chosen syntax. Turtle gets the vocabulary
 * prefixes and serd's abbreviation (triples.c emits one subject's statements together, so they
 * group under one subject); N-Triples drops the graph; N-Quads puts each fact in the named graph
 * of its source article.
 */
#include <serd/serd.h>
#include <string.h>

#include "export/render.h"

typedef struct rdf_out {
    SerdWriter *writer;
    rw_export_format fmt;
} rdf_out;

static SerdNode node(SerdType type, const char *s)
{
    return serd_node_from_string(type, (const uint8_t *)s);
}

static int write_triple(void *ctx, const char *graph, const char *subj, const char *pred,
                        const rw_term *obj, rw_error *err)
{
    rdf_out *o = ctx;
    SerdNode g = node(SERD_URI, graph), s = node(SERD_URI, subj), p = node(SERD_URI, pred);
    SerdNode v = node(obj->is_literal ? SERD_LITERAL : SERD_URI, obj->value);
    SerdNode dt = node(SERD_URI, obj->datatype), lang = node(SERD_LITERAL, obj->lang);
    SerdStatus st = serd_writer_write_statement(
        o->writer, 0, o->fmt == RW_EXPORT_NQUADS && graph ? &g : NULL, &s, &p, &v,
        obj->is_literal && obj->datatype ? &dt : NULL, obj->is_literal && obj->lang ? &lang : NULL);
    if (st)
        return rw_error_set(err, RW_EIO, "RDF export: serd could not write <%s> <%s>: %s", subj,
                            pred, (const char *)serd_strerror(st));
    return 0;
}

int rw_export_rdf_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                         FILE *out, rw_error *err)
{
    SerdSyntax syntax = fmt == RW_EXPORT_TURTLE   ? SERD_TURTLE
                        : fmt == RW_EXPORT_NQUADS ? SERD_NQUADS
                                                  : SERD_NTRIPLES;
    SerdStyle style = fmt == RW_EXPORT_TURTLE
                          ? (SerdStyle)(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED)
                          : (SerdStyle)0;
    SerdEnv *env = serd_env_new(NULL);
    SerdWriter *w = env ? serd_writer_new(syntax, style, env, NULL, serd_file_sink, out) : NULL;
    if (!w) {
        serd_env_free(env);
        return rw_error_set(err, RW_ENOMEM, "RDF export: could not create the serd writer");
    }
    if (fmt == RW_EXPORT_TURTLE) {
        const char *prefix, *ns;
        for (size_t i = 0; (prefix = rw_export_ns(i, &ns)); i++) {
            SerdNode name = node(SERD_LITERAL, prefix), uri = node(SERD_URI, ns);
            serd_writer_set_prefix(w, &name, &uri);
        }
    }
    rdf_out o = {w, fmt};
    int rc = rw_export_triples(it, opts, write_triple, &o, err);
    serd_writer_finish(w);
    serd_writer_free(w);
    serd_env_free(env);
    return rc;
}
