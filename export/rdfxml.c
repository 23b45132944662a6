/*
 * rdfxml.c - RDF/XML through libxml2's xmlTextWriter.
 *
 * The statements are triples.c's, the same as Turtle's; this file writes each run of statements
 * about one subject as one rdf:Description, the property element named by the vocabulary prefix
 * declared on rdf:RDF. xmlTextWriter escapes text and attributes; rw_export_xml_clean() replaces
 * the control characters XML 1.0 cannot carry at all. Named graphs do not exist in RDF/XML, so
 * the facts' source graphs are dropped here (prov:wasDerivedFrom still names the article).
 */
#include <libxml/xmlwriter.h>
#include <string.h>

#include "export/render.h"

typedef struct xml_out {
    xmlTextWriterPtr w;
    rw_buf subject; /* the subject of the open rdf:Description, empty when none is open */
    rw_buf clean;
} xml_out;

static int failed(rw_error *err, const char *what)
{
    return rw_error_set(err, RW_EIO, "RDF/XML export: xmlTextWriter failed writing %s", what);
}

static int write_triple(void *ctx, const char *graph, const char *subj, const char *pred,
                        const rw_term *obj, rw_error *err)
{
    (void)graph;
    xml_out *o = ctx;
    xmlTextWriterPtr w = o->w;
    if (o->subject.len == 0 || strcmp(rw_buf_str(&o->subject), subj) != 0) {
        if (o->subject.len && xmlTextWriterEndElement(w) < 0) return failed(err, subj);
        rw_buf_reset(&o->subject);
        rw_buf_puts(&o->subject, subj);
        if (xmlTextWriterStartElement(w, BAD_CAST "rdf:Description") < 0 ||
            xmlTextWriterWriteAttribute(w, BAD_CAST "rdf:about", BAD_CAST subj) < 0)
            return failed(err, subj);
    }
    const char *local, *prefix = rw_export_ns_split(pred, &local);
    if (!prefix)
        return rw_error_set(err, RW_EINTERNAL, "RDF/XML export: predicate <%s> has no prefix",
                            pred);
    char name[128];
    snprintf(name, sizeof name, "%s:%s", prefix, local);
    int bad = xmlTextWriterStartElement(w, BAD_CAST name) < 0;
    if (!obj->is_literal) {
        bad =
            bad || xmlTextWriterWriteAttribute(w, BAD_CAST "rdf:resource", BAD_CAST obj->value) < 0;
    } else {
        if (obj->lang)
            bad =
                bad || xmlTextWriterWriteAttribute(w, BAD_CAST "xml:lang", BAD_CAST obj->lang) < 0;
        if (obj->datatype)
            bad = bad || xmlTextWriterWriteAttribute(w, BAD_CAST "rdf:datatype",
                                                     BAD_CAST obj->datatype) < 0;
        bad = bad ||
              xmlTextWriterWriteString(w, BAD_CAST rw_export_xml_clean(obj->value, &o->clean)) < 0;
    }
    /* Full end tags: an empty literal must stay a literal ("" not a missing value). */
    bad = bad || xmlTextWriterFullEndElement(w) < 0;
    return bad ? failed(err, name) : 0;
}

int rw_export_rdfxml_render(rw_graph_iter *it, rw_export_format fmt, const rw_export_opts *opts,
                            FILE *out, rw_error *err)
{
    (void)fmt;
    xml_out o = {rw_export_xml_writer(out), {0}, {0}};
    if (!o.w) return rw_error_set(err, RW_ENOMEM, "RDF/XML export: could not open the writer");
    int rc = 0;
    if (xmlTextWriterStartDocument(o.w, NULL, "UTF-8", NULL) < 0 ||
        xmlTextWriterStartElement(o.w, BAD_CAST "rdf:RDF") < 0)
        rc = failed(err, "the document start");
    const char *prefix, *ns;
    for (size_t i = 0; !rc && (prefix = rw_export_ns(i, &ns)); i++) {
        char attr[64];
        snprintf(attr, sizeof attr, "xmlns:%s", prefix);
        if (xmlTextWriterWriteAttribute(o.w, BAD_CAST attr, BAD_CAST ns) < 0)
            rc = failed(err, attr);
    }
    if (!rc) rc = rw_export_triples(it, opts, write_triple, &o, err);
    if (!rc && xmlTextWriterEndDocument(o.w) < 0) rc = failed(err, "the document end");
    xmlFreeTextWriter(o.w);
    rw_buf_free(&o.subject);
    rw_buf_free(&o.clean);
    return rc;
}
