/*
 * fuzz_export.c - every text exporter on a graph whose strings are all the fuzzer's: document id,
 * url and title; entity ids, labels and names; fact evidence, triggers, date texts and roles.
 * The input is split at NUL bytes into those fields (each made valid UTF-8, as everything the
 * store holds is). What comes out must parse in its own syntax: RDF/XML, GraphML and GEXF as XML
 * (libxml2), Turtle, N-Triples and N-Quads as RDF (serd), JSON-LD and each JSONL line as JSON
 * (jansson). A name that breaks its format is an injection: the harness aborts.
 */
#include <jansson.h>
#include <libxml/parser.h>
#include <serd/serd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/export.h"
#include "fuzz.h"

#define MAX_FIELDS 64

/* The fields of the input, each valid UTF-8 with no NUL. */
typedef struct fields {
    char *v[MAX_FIELDS];
    size_t n;
} fields;

/* Issue 13, item 4: the exporters wrote the characters XML 1.0 forbids (C0 controls but tab and
 * line ends, U+FFFE, U+FFFF) as they were, and RDF/XML broke on them within seconds. Fixed; set
 * to 1 to keep them out of the names again (to look for something else past such a bug). */
#define SPARE_XML_FORBIDDEN 0

static void spare_xml_forbidden(char *s)
{
    for (unsigned char *p = (unsigned char *)s; SPARE_XML_FORBIDDEN && *p; p++) {
        if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') *p = '?';
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) p[0] = p[1] = p[2] = '?';
    }
}

static void split(const uint8_t *data, size_t size, fields *f)
{
    f->n = 0;
    size_t start = 0;
    for (size_t i = 0; i <= size && f->n < MAX_FIELDS; i++)
        if (i == size || data[i] == 0) {
            size_t len;
            f->v[f->n] = fuzz_text(data + start, i - start, &len);
            if (f->v[f->n]) spare_xml_forbidden(f->v[f->n++]);
            start = i + 1;
        }
}

static const char *field(const fields *f, size_t i)
{
    return f->n ? f->v[i % f->n] : "";
}

static rw_graph *build(const fields *f)
{
    rw_graph *g = rw_graph_new();
    if (!g) return NULL;
    const rw_gdoc *doc = rw_graph_add_doc(g, field(f, 0), field(f, 1), field(f, 2),
                                          (rw_date){2025, 10, 15}, "0123456789abcdef0123456789abcdef");
    rw_gentity *ents[MAX_FIELDS];
    size_t ne = 0;
    for (size_t i = 3; i < f->n; i++) {
        const char *s = f->v[i];
        /* A country is two capital letters, as the store keeps it; anything else is none. */
        const char *cc = strlen(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' ? s : NULL;
        rw_gentity *e = rw_graph_add_entity(g, s, (rw_kind)(i % RW_KIND_COUNT), *s ? s : NULL,
                                            field(f, i + 1), cc);
        if (!e) continue; /* an id taken already */
        rw_graph_add_name(g, e, field(f, i + 2));
        ents[ne++] = e;
    }
    for (size_t i = 0; doc && i + 1 < ne; i++) {
        rw_gfact fact = {0};
        fact.rel = (rw_rel)(i % RW_REL_COUNT);
        fact.modality = (rw_modality)(i % RW_MOD_COUNT);
        fact.subj = ents[i];
        int to_place = fact.rel == RW_REL_VISITED || fact.rel == RW_REL_HOLDS_ROLE;
        fact.obj = to_place ? NULL : ents[i + 1];
        fact.place = to_place || i % 3 == 0 ? ents[i + 1] : NULL;
        if (i % 2) fact.date = (rw_date){2025, (signed char)(1 + i % 12), 0};
        fact.date_text = i % 2 ? (char *)field(f, i) : NULL;
        fact.role = fact.rel == RW_REL_HOLDS_ROLE || fact.rel == RW_REL_ALIAS_OF ? (char *)field(f, i + 1) : NULL;
        fact.trigger = (char *)field(f, i + 2);
        fact.doc = doc;
        fact.sentence = (uint32_t)i;
        fact.evidence = (char *)field(f, i + 3);
        fact.confidence = (float)(i % 10) / 10.0f;
        rw_graph_add_fact(g, &fact);
    }
    return g;
}

static const char *shown; /* the output being checked, printed when it fails */

static void broken(const char *what, const char *name)
{
    fprintf(stderr, "---- the %s output:\n%.4000s\n----\n", name, shown ? shown : "");
    fuzz_fail(what, name);
}

static SerdStatus serd_error(void *handle, const SerdError *e)
{
    (void)e;
    *(int *)handle = 1;
    return SERD_SUCCESS;
}

static void check_rdf(const char *out, SerdSyntax syntax, const char *name)
{
    int failed = 0;
    if (!*out) return; /* serd 0.30 reads an empty string as an error, now and then */
    SerdReader *r = serd_reader_new(syntax, NULL, NULL, NULL, NULL, NULL, NULL);
    serd_reader_set_strict(r, true);
    serd_reader_set_error_sink(r, serd_error, &failed);
    SerdStatus st = serd_reader_read_string(r, (const uint8_t *)out);
    serd_reader_free(r);
    if (failed || st > SERD_FAILURE) broken("the output does not parse as RDF", name);
}

static void check_xml(const char *out, size_t len, const char *name)
{
    xmlDocPtr d = xmlReadMemory(out, (int)len, "export.xml", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!d) broken("the output is not well-formed XML", name);
    xmlFreeDoc(d);
}

static void check_json_lines(const char *out, int whole, const char *name)
{
    if (whole) {
        json_t *j = json_loads(out, 0, NULL);
        if (!j) broken("the output is not JSON", name);
        json_decref(j);
        return;
    }
    for (const char *line = out; *line;) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        json_t *j = json_loadb(line, n, 0, NULL);
        if (!j) broken("a line of the output is not JSON", name);
        json_decref(j);
        line += n + (nl != NULL);
    }
}

static void check(rw_export_format fmt, const char *out, size_t len)
{
    const char *name = rw_export_format_name(fmt);
    /* Shown with any failure below: the output that broke. */
    shown = out;
    if (strlen(out) != len) broken("a NUL byte in a text output", name);
    switch (fmt) {
    case RW_EXPORT_RDFXML:
    case RW_EXPORT_GRAPHML:
    case RW_EXPORT_GEXF: check_xml(out, len, name); break;
    case RW_EXPORT_TURTLE: check_rdf(out, SERD_TURTLE, name); break;
    case RW_EXPORT_NTRIPLES: check_rdf(out, SERD_NTRIPLES, name); break;
    case RW_EXPORT_NQUADS: check_rdf(out, SERD_NQUADS, name); break;
    case RW_EXPORT_JSONLD: check_json_lines(out, 1, name); break;
    case RW_EXPORT_JSONL: check_json_lines(out, 0, name); break;
    default: break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fields f;
    split(data, size, &f);
    rw_graph *g = build(&f);
    for (int fmt = 0; g && fmt < RW_EXPORT_COUNT; fmt++) {
        /* SVG, PNG and PDF are Graphviz's rendering of the DOT checked here. */
        if (fmt == RW_EXPORT_SVG || fmt == RW_EXPORT_PNG || fmt == RW_EXPORT_PDF) continue;
        char *out = NULL;
        size_t len = 0;
        FILE *fp = open_memstream(&out, &len);
        if (!fp) break;
        rw_error err = {0};
        int rc = rw_export(g, (rw_export_format)fmt, &(rw_export_opts){0}, fp, &err);
        fclose(fp);
        if (rc == 0) check((rw_export_format)fmt, out, len);
        free(out);
    }
    rw_graph_free(g);
    for (size_t i = 0; i < f.n; i++) free(f.v[i]);
    return 0;
}
