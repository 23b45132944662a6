/*
 * export.c - format names, the dispatch to the renderers, and the helpers they share.
 *
 * rw_export() opens the graph iterator once with the user's filter and hands it to the renderer of
 * the format; the renderer owns the syntax, this file owns nothing format-specific beyond the
 * table below. Helpers used by more than one renderer (labels, IRIs, XSD date types, XML-safe
 * text) live here rather than being copied.
 */
#include "export/export.h"

#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <libxml/xmlwriter.h>

#include "export/render.h"

typedef struct format_info {
    const char *name;
    int binary;
    rw_export_render_fn render;
} format_info;

static const format_info formats[RW_EXPORT_COUNT] = {
    [RW_EXPORT_DOT] = {"dot", 0, rw_export_dot_render},
    [RW_EXPORT_SVG] = {"svg", 0, rw_export_dot_render},
    [RW_EXPORT_PNG] = {"png", 1, rw_export_dot_render},
    [RW_EXPORT_PDF] = {"pdf", 1, rw_export_dot_render},
    [RW_EXPORT_TURTLE] = {"ttl", 0, rw_export_rdf_render},
    [RW_EXPORT_NTRIPLES] = {"nt", 0, rw_export_rdf_render},
    [RW_EXPORT_NQUADS] = {"nq", 0, rw_export_rdf_render},
    [RW_EXPORT_RDFXML] = {"rdf", 0, rw_export_rdfxml_render},
    [RW_EXPORT_JSONLD] = {"jsonld", 0, rw_export_jsonld_render},
    [RW_EXPORT_GRAPHML] = {"graphml", 0, rw_export_graphml_render},
    [RW_EXPORT_GEXF] = {"gexf", 0, rw_export_gexf_render},
    [RW_EXPORT_CSV_NODES] = {"csv-nodes", 0, rw_export_csv_render},
    [RW_EXPORT_CSV_EDGES] = {"csv-edges", 0, rw_export_csv_render},
    [RW_EXPORT_JSONL] = {"jsonl", 0, rw_export_jsonl_render},
    [RW_EXPORT_HTML] = {"html", 0, rw_export_html_render},
};

int rw_export_format_from_name(const char *name)
{
    for (int i = 0; name && i < RW_EXPORT_COUNT; i++)
        if (strcmp(formats[i].name, name) == 0) return i;
    return -1;
}

const char *rw_export_format_name(rw_export_format f)
{
    return (unsigned)f < RW_EXPORT_COUNT ? formats[f].name : NULL;
}

int rw_export_format_is_binary(rw_export_format f)
{
    return (unsigned)f < RW_EXPORT_COUNT && formats[f].binary;
}

int rw_export_base_is_valid(const char *iri)
{
    const unsigned char *p = (const unsigned char *)iri;
    if (!p || !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) return 0;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    if (*p++ != ':' || !*p) return 0;
    for (; *p; p++)
        if (*p <= 0x20 || *p == 0x7F || strchr("<>\"{}|\\^`", *p)) return 0;
    return 1;
}

int rw_export(const rw_graph *g, rw_export_format fmt, const rw_export_opts *opts, FILE *out,
              rw_error *err)
{
    static const rw_export_opts defaults;
    rw_error local;
    if (!opts) opts = &defaults;
    /* Renderers always get somewhere to put the status, so they can return err->code. */
    if (!err) err = &local;
    if ((unsigned)fmt >= RW_EXPORT_COUNT)
        return rw_error_set(err, RW_EUSAGE, "export: unknown format number %d", (int)fmt);
    if (!out) return rw_error_set(err, RW_EUSAGE, "export %s: no output file", formats[fmt].name);
    if (opts->base_iri && *opts->base_iri && !rw_export_base_is_valid(opts->base_iri))
        return rw_error_set(err, RW_EUSAGE, "export: the base '%s' is not an absolute IRI",
                            opts->base_iri);
    rw_graph_iter *it = rw_graph_iter_new(g, &opts->filter, err);
    if (!it) return err->code;
    int rc = formats[fmt].render(it, fmt, opts, out, err);
    rw_graph_iter_free(it);
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = rw_error_set(err, RW_EIO, "export %s: writing the output failed", formats[fmt].name);
    return rc;
}

/* ---- shared helpers -------------------------------------------------------------------------- */

const char *rw_export_main_label(const rw_gentity *e)
{
    return e->label_ar && *e->label_ar ? e->label_ar : e->label_en ? e->label_en : e->id;
}

const char *rw_export_label(const rw_gentity *e, rw_label_lang labels, rw_buf *b)
{
    const char *ar = e->label_ar && *e->label_ar ? e->label_ar : NULL;
    const char *en = e->label_en && *e->label_en ? e->label_en : NULL;
    rw_buf_reset(b);
    if (labels == RW_LABELS_AR)
        rw_buf_puts(b, ar ? ar : en ? en : e->id);
    else if (labels == RW_LABELS_EN)
        rw_buf_puts(b, en ? en : ar ? ar : e->id);
    else if (ar && en && strcmp(ar, en) != 0)
        rw_buf_printf(b, "%s\n%s", ar, en);
    else
        rw_buf_puts(b, ar ? ar : en ? en : e->id);
    return rw_buf_str(b);
}

const char *rw_export_node_name(const char *id, rw_buf *b)
{
    if (!id || id[0] != '%') return id;
    rw_buf_reset(b);
    if (rw_buf_puts(b, "id:") || rw_buf_puts(b, id)) return NULL;
    return rw_buf_str(b);
}

struct Agnode_s *rw_export_agnode(struct Agraph_s *g, const char *id, int create)
{
    rw_buf b = {0};
    const char *name = rw_export_node_name(id, &b);
    Agnode_t *n = name ? agnode(g, (char *)name, create) : NULL;
    rw_buf_free(&b);
    return n;
}

const char *rw_export_base(const rw_export_opts *opts)
{
    return opts && opts->base_iri && *opts->base_iri ? opts->base_iri : "https://rawabit.org/id/";
}

const char *rw_export_iri(rw_buf *b, const char *base, const char *kind, const char *id)
{
    static const char hex[] = "0123456789ABCDEF";
    rw_buf_reset(b);
    if (rw_buf_puts(b, base) < 0 || rw_buf_puts(b, kind) < 0) return NULL;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
        int unreserved = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                         (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' ||
                         *p == '~';
        char esc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
        if (unreserved ? rw_buf_putc(b, (char)*p) < 0 : rw_buf_append(b, esc, 3) < 0) return NULL;
    }
    return rw_buf_str(b);
}

const char *rw_export_xsd_date_type(rw_date d)
{
    return d.day ? "date" : d.month ? "gYearMonth" : "gYear";
}

const char *rw_export_event_class(rw_rel r)
{
    static const char *const classes[RW_REL_COUNT] = {
        [RW_REL_MET] = "Meeting",
        [RW_REL_PHONED] = "PhoneCall",
        [RW_REL_VISITED] = "Visit",
        [RW_REL_ATTENDED] = "Attendance",
    };
    return (unsigned)r < RW_REL_COUNT ? classes[r] : NULL;
}

const char *rw_export_kind_class(rw_kind k)
{
    static const char *const classes[RW_KIND_COUNT] = {
        [RW_KIND_PERSON] = RW_NS_FOAF "Person",
        [RW_KIND_ORG] = RW_NS_ORG "Organization",
        [RW_KIND_PLACE] = RW_NS_SCHEMA "Place",
        [RW_KIND_GROUP] = RW_NS_RW "Group",
    };
    return (unsigned)k < RW_KIND_COUNT ? classes[k] : RW_NS_RW "Entity";
}

/* How many bytes at p XML 1.0 cannot carry, escaped or not: a C0 control other than tab, LF and
 * CR (1 byte); the noncharacters U+FFFE and U+FFFF, or a UTF-16 surrogate that reached us
 * encoded as UTF-8 (CESU-8 input) (3 bytes each). 0 when the character at p is allowed. */
static size_t xml_forbidden(const unsigned char *p)
{
    if (p[0] < 0x20) return p[0] != '\t' && p[0] != '\n' && p[0] != '\r';
    if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) return 3;
    if (p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF && p[2] >= 0x80 && p[2] <= 0xBF) return 3;
    return 0;
}

const char *rw_export_xml_clean(const char *s, rw_buf *b)
{
    if (!s) return NULL;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && !xml_forbidden(p))
        p++;
    if (!*p) return s;
    rw_buf_reset(b);
    rw_buf_append(b, s, (size_t)((const char *)p - s));
    while (*p) {
        size_t bad = xml_forbidden(p);
        if (bad) {
            rw_buf_puts(b, "\xEF\xBF\xBD");
            p += bad;
        } else {
            rw_buf_putc(b, (char)*p++);
        }
    }
    return rw_buf_str(b);
}

/* ---- merged edges ---------------------------------------------------------------------------- */

static int by_date(const void *pa, const void *pb)
{
    return rw_date_compare(*(const rw_date *)pa, *(const rw_date *)pb);
}

rw_edge_summary rw_export_edge_summary(const rw_gedge *e, const char *sep, rw_buf *dates)
{
    rw_edge_summary s = {RW_MOD_NEGATED, 0.0f, 0};
    rw_buf_reset(dates);
    /* Small fixed buffer for the common case; an edge with very many dates sorts on the heap. */
    rw_date local[32], *ds = e->weight <= 32 ? local : malloc(e->weight * sizeof *ds);
    size_t n = 0;
    for (size_t i = 0; i < e->weight; i++) {
        const rw_gfact *f = e->facts[i];
        if (f->modality < s.modality) s.modality = f->modality;
        if (f->confidence > s.confidence) s.confidence = f->confidence;
        if (ds && rw_date_is_set(f->date)) ds[n++] = f->date;
    }
    if (!ds) return s;
    qsort(ds, n, sizeof *ds, by_date);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && rw_date_compare(ds[i], ds[i - 1]) == 0) continue;
        char iso[11];
        rw_date_format(ds[i], iso);
        if (s.n_dates++) rw_buf_puts(dates, sep);
        rw_buf_puts(dates, iso);
    }
    if (ds != local) free(ds);
    return s;
}

const char *rw_export_edge_counts(const rw_gedge *e, rw_buf *b)
{
    static const char *const nouns[][2] = {[RW_REL_MET] = {"meeting", "meetings"},
                                           [RW_REL_PHONED] = {"call", "calls"},
                                           [RW_REL_VISITED] = {"visit", "visits"},
                                           [RW_REL_ATTENDED] = {"meeting", "meetings"}};
    rw_buf_reset(b);
    if (rw_rel_is_happening(e->rel))
        rw_buf_printf(b, "%zu %s \u00b7 ", e->meetings, nouns[e->rel][e->meetings != 1]);
    rw_buf_printf(b, "%zu %s", e->reports, e->reports == 1 ? "report" : "reports");
    char first[11], last[11];
    rw_date_format(e->first, first);
    rw_date_format(e->last, last);
    if (first[0] && strcmp(first, last) == 0)
        rw_buf_printf(b, " \u00b7 %s", first);
    else if (first[0])
        rw_buf_printf(b, " \u00b7 %s \u2026 %s", first, last);
    return rw_buf_str(b);
}

/* ---- vocabulary namespaces ------------------------------------------------------------------- */

static const char *const namespaces[][2] = {
    {"rdf", RW_NS_RDF},       {"rdfs", RW_NS_RDFS}, {"xsd", RW_NS_XSD},     {"rw", RW_NS_RW},
    {"sem", RW_NS_SEM},       {"skos", RW_NS_SKOS}, {"foaf", RW_NS_FOAF},   {"org", RW_NS_ORG},
    {"schema", RW_NS_SCHEMA}, {"prov", RW_NS_PROV}, {"dcterms", RW_NS_DCT},
};

const char *rw_export_ns(size_t i, const char **ns)
{
    if (i >= sizeof namespaces / sizeof namespaces[0]) return NULL;
    *ns = namespaces[i][1];
    return namespaces[i][0];
}

const char *rw_export_ns_split(const char *iri, const char **local)
{
    for (size_t i = 0; i < sizeof namespaces / sizeof namespaces[0]; i++) {
        size_t n = strlen(namespaces[i][1]);
        if (strncmp(iri, namespaces[i][1], n) == 0 && iri[n]) {
            *local = iri + n;
            return namespaces[i][0];
        }
    }
    return NULL;
}

/* ---- XML ------------------------------------------------------------------------------------- */

struct _xmlTextWriter *rw_export_xml_writer(FILE *out)
{
    xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(out, NULL);
    if (!buf) return NULL;
    xmlTextWriterPtr w = xmlNewTextWriter(buf);
    if (!w) {
        xmlOutputBufferClose(buf);
        return NULL;
    }
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterSetIndentString(w, BAD_CAST "  ");
    return w;
}

const char *rw_export_edge_fact_ids(const rw_gedge *e, const char *sep, rw_buf *b)
{
    rw_buf_reset(b);
    for (size_t i = 0; i < e->weight; i++) {
        if (i) rw_buf_puts(b, sep);
        rw_buf_puts(b, e->facts[i]->id);
    }
    return rw_buf_str(b);
}

int rw_xml_open(rw_xml_out *x, FILE *out)
{
    memset(x, 0, sizeof *x);
    x->w = rw_export_xml_writer(out);
    if (!x->w) return -1;
    x->bad = xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL) < 0;
    return 0;
}

void rw_xml_start(rw_xml_out *x, const char *element)
{
    if (!x->bad) x->bad = xmlTextWriterStartElement(x->w, BAD_CAST element) < 0;
}

void rw_xml_end(rw_xml_out *x)
{
    if (!x->bad) x->bad = xmlTextWriterEndElement(x->w) < 0;
}

void rw_xml_attr(rw_xml_out *x, const char *name, const char *value)
{
    if (!x->bad)
        x->bad = xmlTextWriterWriteAttribute(x->w, BAD_CAST name,
                                             BAD_CAST rw_export_xml_clean(value, &x->clean)) < 0;
}

void rw_xml_text(rw_xml_out *x, const char *text)
{
    if (!x->bad)
        x->bad = xmlTextWriterWriteString(x->w, BAD_CAST rw_export_xml_clean(text, &x->clean)) < 0;
}

int rw_xml_close(rw_xml_out *x)
{
    if (!x->bad) x->bad = xmlTextWriterEndDocument(x->w) < 0;
    xmlFreeTextWriter(x->w);
    rw_buf_free(&x->clean);
    rw_buf_free(&x->tmp);
    rw_buf_free(&x->tmp2);
    x->w = NULL;
    return x->bad ? -1 : 0;
}
