/*
 * triples.c - the graph as RDF statements (docs/rdf.md), independent of any RDF syntax.
 *
 * Turtle, N-Triples and N-Quads (rdf.c, serd), RDF/XML (rdfxml.c, xmlTextWriter) and JSON-LD
 * (jsonld.c, jansson) all serialise the statements produced here, so the vocabulary is decided in
 * one place and every syntax carries the same triples (the tests compare their counts). No string
 * is escaped here: the statements hold plain values and each serialiser's library escapes them;
 * only the characters XML cannot carry at all are replaced, in emit().
 *
 * Subjects are never blank nodes: documents, entities, facts and events all have stable ids,
 * minted as IRIs under the base. Each fact's statements go into the named graph of its source
 * article (only N-Quads shows it); documents', entities' and events' statements go into the
 * default graph, because an event is what many articles together report.
 *
 * A fact is a report: what one sentence of one article says. The happening itself is the event
 * (graph/events.h): one sem:Event per meeting, call, visit or attendance, however many articles
 * reported it, with every report and every article as its provenance.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/render.h"

typedef struct tctx {
    rw_triple_fn fn;
    void *ctx;
    rw_error *err;
    const char *base;
    rw_buf subj, obj, graph, tmp, clean;
    const char *graph_iri; /* the named graph of the statements being emitted, or NULL */
} tctx;

/* Literals are cleaned of what XML 1.0 cannot carry (rw_export_xml_clean) here, once, rather than
 * in rdfxml.c alone: every syntax then carries the same triples, and a Turtle reader is not the
 * one to meet U+FFFE in a name (raptor truncates the literal there). */
static int emit(tctx *t, const char *pred, const rw_term *o)
{
    rw_term cleaned = *o;
    if (o->is_literal) cleaned.value = rw_export_xml_clean(o->value, &t->clean);
    return t->fn(t->ctx, t->graph_iri, rw_buf_str(&t->subj), pred, &cleaned, t->err);
}

static int emit_iri(tctx *t, const char *pred, const char *iri)
{
    rw_term o = {0, iri, NULL, NULL};
    return emit(t, pred, &o);
}

static int emit_entity(tctx *t, const char *pred, const rw_gentity *e)
{
    const char *iri = rw_export_iri(&t->obj, t->base, "entity/", e->id);
    if (!iri) return rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
    return emit_iri(t, pred, iri);
}

static int emit_text(tctx *t, const char *pred, const char *s, const char *lang)
{
    rw_term o = {1, s, lang, NULL};
    return emit(t, pred, &o);
}

static int emit_typed(tctx *t, const char *pred, const char *s, const char *datatype)
{
    rw_term o = {1, s, NULL, datatype};
    return emit(t, pred, &o);
}

static int emit_date(tctx *t, const char *pred, rw_date d)
{
    char iso[11], type[64];
    rw_date_format(d, iso);
    snprintf(type, sizeof type, RW_NS_XSD "%s", rw_export_xsd_date_type(d));
    return emit_typed(t, pred, iso, type);
}

/* Names in Arabic script are tagged @ar; others (Latin transliterations, digits) carry no tag, as
 * their language is not known. Arabic letters are U+0600..U+06FF, lead bytes 0xD8..0xDB. */
static const char *guess_lang(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p >= 0xD8 && *p <= 0xDB) return "ar";
    return NULL;
}

static int set_subject(tctx *t, const char *kind, const char *id)
{
    if (!rw_export_iri(&t->subj, t->base, kind, id))
        return rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
    return 0;
}

static int doc_triples(tctx *t, const rw_gdoc *d)
{
    int rc;
    t->graph_iri = NULL;
    if ((rc = set_subject(t, "doc/", d->id))) return rc;
    if ((rc = emit_iri(t, RW_NS_RDF "type", RW_NS_SCHEMA "NewsArticle"))) return rc;
    if ((rc = emit_iri(t, RW_NS_RDF "type", RW_NS_PROV "Entity"))) return rc;
    if (d->title && (rc = emit_text(t, RW_NS_DCT "title", d->title, guess_lang(d->title))))
        return rc;
    if (rw_date_is_set(d->date) && (rc = emit_date(t, RW_NS_DCT "date", d->date))) return rc;
    /* A URL is kept as an xsd:anyURI literal, not an IRI: a scraped URL may hold characters an
     * IRI may not, and a literal is escaped by every syntax. */
    if (d->url && (rc = emit_typed(t, RW_NS_SCHEMA "url", d->url, RW_NS_XSD "anyURI"))) return rc;
    return 0;
}

static int entity_triples(tctx *t, const rw_gentity *e)
{
    int rc;
    t->graph_iri = NULL;
    if ((rc = set_subject(t, "entity/", e->id))) return rc;
    if ((rc = emit_iri(t, RW_NS_RDF "type", rw_export_kind_class(e->kind)))) return rc;
    if ((rc = emit_text(t, RW_NS_RW "kind", rw_kind_name(e->kind), NULL))) return rc;
    if (e->label_ar && *e->label_ar && (rc = emit_text(t, RW_NS_RDFS "label", e->label_ar, "ar")))
        return rc;
    if (e->label_en && *e->label_en && (rc = emit_text(t, RW_NS_RDFS "label", e->label_en, "en")))
        return rc;
    for (size_t i = 0; i < e->n_names; i++) {
        const char *n = e->names[i];
        if (!n || !*n || (e->label_ar && strcmp(n, e->label_ar) == 0) ||
            (e->label_en && strcmp(n, e->label_en) == 0))
            continue;
        if ((rc = emit_text(t, RW_NS_SKOS "altLabel", n, guess_lang(n)))) return rc;
    }
    if (e->country && *e->country && (rc = emit_text(t, RW_NS_RW "country", e->country, NULL)))
        return rc;
    return 0;
}

/* The direct actor-to-actor statements a reader queries first ("who met whom"). Only asserted
 * facts make them: a planned or denied meeting is no evidence that two people met. */
static int direct_triples(tctx *t, const rw_gfact *f)
{
    static const char *const preds[RW_REL_COUNT] = {
        [RW_REL_MET] = RW_NS_RW "met",          [RW_REL_PHONED] = RW_NS_RW "phoned",
        [RW_REL_VISITED] = RW_NS_RW "visited",  [RW_REL_ATTENDED] = RW_NS_RW "attended",
        [RW_REL_LEADS] = RW_NS_RW "leads",      [RW_REL_MEMBER_OF] = RW_NS_ORG "memberOf",
        [RW_REL_ALIAS_OF] = RW_NS_RW "aliasOf",
    };
    const rw_gentity *target = f->rel == RW_REL_VISITED ? (f->place ? f->place : f->obj) : f->obj;
    const char *pred = preds[f->rel];
    if (f->modality != RW_MOD_ASSERTED || !pred || !target) return 0;
    int rc;
    if ((rc = set_subject(t, "entity/", f->subj->id)) || (rc = emit_entity(t, pred, target)))
        return rc;
    if (rw_rel_is_symmetric(f->rel) &&
        ((rc = set_subject(t, "entity/", target->id)) || (rc = emit_entity(t, pred, f->subj))))
        return rc;
    return 0;
}

static int fact_triples(tctx *t, const rw_gfact *f)
{
    static const char *const classes[RW_REL_COUNT] = {
        [RW_REL_LEADS] = RW_NS_RW "Leadership",
        [RW_REL_MEMBER_OF] = RW_NS_RW "Membership",
        [RW_REL_HOLDS_ROLE] = RW_NS_RW "RoleHolding",
        [RW_REL_ALIAS_OF] = RW_NS_RW "Alias",
    };
    int rc, event = rw_export_event_class(f->rel) != NULL;
    t->graph_iri = NULL;
    if (f->doc) {
        if (!rw_export_iri(&t->graph, t->base, "doc/", f->doc->id))
            return rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
        t->graph_iri = rw_buf_str(&t->graph);
    }
    if ((rc = set_subject(t, "fact/", f->id))) return rc;
    /* A report of a happening is not itself the sem:Event: its event is (rw:event). Statements
     * (leads, holds_role...) keep their own class. */
    if ((rc = emit_iri(t, RW_NS_RDF "type", event ? RW_NS_RW "Report" : classes[f->rel])))
        return rc;
    if ((rc = emit_text(t, RW_NS_RW "relation", rw_rel_name(f->rel), NULL))) return rc;
    if ((rc = emit_entity(t, RW_NS_RW "subject", f->subj))) return rc;
    if (f->obj && (rc = emit_entity(t, RW_NS_RW "object", f->obj))) return rc;
    if (f->place && (rc = emit_entity(t, RW_NS_RW "place", f->place))) return rc;
    if (rw_date_is_set(f->date) && (rc = emit_date(t, RW_NS_RW "date", f->date))) return rc;
    if (event && f->event) {
        if (!rw_export_iri(&t->obj, t->base, "event/", f->event->id))
            return rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
        if ((rc = emit_iri(t, RW_NS_RW "event", rw_buf_str(&t->obj)))) return rc;
    }
    if (f->date_text && *f->date_text &&
        (rc = emit_text(t, RW_NS_RW "dateText", f->date_text, guess_lang(f->date_text))))
        return rc;
    if (f->role && *f->role && (rc = emit_text(t, RW_NS_RW "role", f->role, guess_lang(f->role))))
        return rc;
    if ((rc = emit_text(t, RW_NS_RW "modality", rw_modality_name(f->modality), NULL))) return rc;
    if (f->trigger && *f->trigger &&
        (rc = emit_text(t, RW_NS_RW "trigger", f->trigger, guess_lang(f->trigger))))
        return rc;
    if (f->doc) {
        if (!rw_export_iri(&t->tmp, t->base, "doc/", f->doc->id))
            return rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
        if ((rc = emit_iri(t, RW_NS_PROV "wasDerivedFrom", rw_buf_str(&t->tmp)))) return rc;
    }
    char num[32];
    snprintf(num, sizeof num, "%u", f->sentence);
    if ((rc = emit_typed(t, RW_NS_RW "sentence", num, RW_NS_XSD "integer"))) return rc;
    if (f->evidence && *f->evidence && (rc = emit_text(t, RW_NS_RW "evidence", f->evidence, "ar")))
        return rc;
    float c = f->confidence < 0 ? 0 : f->confidence > 1 ? 1 : f->confidence;
    snprintf(num, sizeof num, "%.2f", (double)c);
    if ((rc = emit_typed(t, RW_NS_RW "confidence", num, RW_NS_XSD "decimal"))) return rc;
    return direct_triples(t, f);
}

static int by_doc_index(const void *pa, const void *pb)
{
    uint32_t a = (*(const rw_gdoc *const *)pa)->index, b = (*(const rw_gdoc *const *)pb)->index;
    return a < b ? -1 : a > b;
}

static int emit_count(tctx *t, const char *pred, size_t n)
{
    char num[32];
    snprintf(num, sizeof num, "%zu", n);
    return emit_typed(t, pred, num, RW_NS_XSD "integer");
}

/* One sem:Event per happening: its participants, place and date, its status, and as provenance
 * every report (rw:report) and every article (prov:wasDerivedFrom), with the number of sources
 * (copies of one story counted once). Conditions have no event node: they are statements. */
static int event_triples(tctx *t, const rw_gevent *e)
{
    const char *cls = rw_export_event_class(e->rel);
    if (!cls) return 0;
    char cls_iri[64];
    snprintf(cls_iri, sizeof cls_iri, RW_NS_RW "%s", cls);
    int rc;
    t->graph_iri = NULL;
    if ((rc = set_subject(t, "event/", e->id))) return rc;
    if ((rc = emit_iri(t, RW_NS_RDF "type", RW_NS_SEM "Event")) ||
        (rc = emit_iri(t, RW_NS_RDF "type", cls_iri)) ||
        (rc = emit_text(t, RW_NS_RW "relation", rw_rel_name(e->rel), NULL)))
        return rc;
    for (size_t i = 0; i < e->n_participants; i++)
        if ((rc = emit_entity(t, RW_NS_SEM "hasActor", e->participants[i]))) return rc;
    if (e->place && (rc = emit_entity(t, RW_NS_SEM "hasPlace", e->place))) return rc;
    if (rw_date_is_set(e->date) && (rc = emit_date(t, RW_NS_SEM "hasTimeStamp", e->date))) return rc;
    if ((rc = emit_text(t, RW_NS_RW "modality", rw_modality_name(e->modality), NULL))) return rc;
    if (rw_date_is_set(e->announced) && (rc = emit_date(t, RW_NS_RW "announced", e->announced)))
        return rc;
    if ((rc = emit_count(t, RW_NS_RW "sources", e->n_sources)) ||
        (rc = emit_count(t, RW_NS_RW "reports", e->n_facts)))
        return rc;
    for (size_t i = 0; i < e->n_facts; i++) {
        if (!rw_export_iri(&t->obj, t->base, "fact/", e->facts[i]->id))
            return rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
        if ((rc = emit_iri(t, RW_NS_RW "report", rw_buf_str(&t->obj)))) return rc;
    }
    /* Each article once (a headline and its lead are two reports from one article). */
    const rw_gdoc **docs = malloc((e->n_facts ? e->n_facts : 1) * sizeof *docs);
    if (!docs) return rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
    size_t nd = 0;
    for (size_t i = 0; i < e->n_facts; i++)
        if (e->facts[i]->doc) docs[nd++] = e->facts[i]->doc;
    qsort(docs, nd, sizeof *docs, by_doc_index);
    for (size_t i = 0; !rc && i < nd; i++) {
        if (i && docs[i] == docs[i - 1]) continue;
        if (!rw_export_iri(&t->obj, t->base, "doc/", docs[i]->id))
            rc = rw_error_set(t->err, RW_ENOMEM, "RDF export: out of memory");
        else
            rc = emit_iri(t, RW_NS_PROV "wasDerivedFrom", rw_buf_str(&t->obj));
    }
    free(docs);
    return rc;
}

int rw_export_triples(rw_graph_iter *it, const rw_export_opts *opts, rw_triple_fn fn, void *ctx,
                      rw_error *err)
{
    tctx t = {.fn = fn, .ctx = ctx, .err = err, .base = rw_export_base(opts)};
    int rc = 0;
    for (rw_event ev; !rc && (ev = rw_graph_iter_next(it)) != RW_EV_DONE;) {
        if (ev == RW_EV_DOC)
            rc = doc_triples(&t, rw_graph_iter_doc(it));
        else if (ev == RW_EV_ENTITY)
            rc = entity_triples(&t, rw_graph_iter_entity(it));
        else if (ev == RW_EV_FACT)
            rc = fact_triples(&t, rw_graph_iter_fact(it));
        else if (ev == RW_EV_EVENT)
            rc = event_triples(&t, rw_graph_iter_event(it));
    }
    rw_buf_free(&t.subj);
    rw_buf_free(&t.obj);
    rw_buf_free(&t.graph);
    rw_buf_free(&t.tmp);
    rw_buf_free(&t.clean);
    return rc;
}
