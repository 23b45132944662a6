/*
 * facts_json.c - see facts_json.h. Built on jansson, which both escapes and parses; the field
 * order is fixed (JSON_PRESERVE_ORDER) so the same extraction always prints the same bytes.
 *
 * Confidences are floats: printed as the double jansson writes (17 significant digits), they
 * read back to the very same float, so a fact read back stores the same REAL.
 */
#include "extract/facts_json.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char ARTICLE_PREFIX[] = "{\"type\":\"article\"";

/* ---- writing ---- */

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *date_or_null(rw_date d)
{
    if (!rw_date_is_set(d)) return json_null();
    char iso[11];
    rw_date_format(d, iso);
    return json_string(iso);
}

static json_t *span_json(rw_span s)
{
    return json_pack("[I,I]", (json_int_t)s.start, (json_int_t)s.end);
}

static json_t *entity_json(const rw_xentity *e)
{
    json_t *names = json_array();
    for (size_t i = 0; names && i < e->n_names; i++) json_array_append_new(names, json_string(e->names[i]));
    return json_pack("{s:o,s:s,s:o,s:o,s:o,s:o}", "key", str_or_null(e->key), "kind",
                     rw_kind_name(e->kind), "label", str_or_null(e->label), "label_en",
                     str_or_null(e->label_en), "country", str_or_null(e->country), "names",
                     names ? names : json_null());
}

static json_t *fact_json(const rw_extraction *x, const rw_xfact *f)
{
    json_t *o = json_pack("{s:s,s:i,s:i,s:i,s:o,s:o,s:s,s:o,s:o,s:I,s:o,s:f}", "rel",
                          rw_rel_name(f->rel), "subj", f->subj, "obj", f->obj, "place", f->place,
                          "date", date_or_null(f->date), "date_text", str_or_null(f->date_text),
                          "modality", rw_modality_name(f->modality), "role", str_or_null(f->role),
                          "trigger", str_or_null(f->trigger), "sentence", (json_int_t)f->sentence,
                          "span", span_json(f->span), "confidence", (double)f->confidence);
    /* The graph falls back on the span when the sentence index is out of range: carry its text
     * then, since the article text is not carried. */
    const rw_doc *d = x->doc;
    if (o && f->sentence >= x->n_sentences && d && d->text && f->span.start < f->span.end &&
        f->span.end <= d->text_len)
        json_object_set_new(o, "span_text",
                            json_stringn(d->text + f->span.start, f->span.end - f->span.start));
    return o;
}

static json_t *article_json(const rw_extraction *x)
{
    const rw_doc *d = x->doc;
    json_t *sentences = json_array(), *entities = json_array(), *mentions = json_array(),
           *facts = json_array();
    for (size_t i = 0; sentences && i < x->n_sentences; i++) {
        rw_span s = x->sentences[i];
        json_t *text = s.start < s.end && s.end <= d->text_len
                           ? json_stringn(d->text + s.start, s.end - s.start)
                           : json_null();
        json_array_append_new(sentences, json_pack("[I,I,o]", (json_int_t)s.start, (json_int_t)s.end, text));
    }
    for (size_t i = 0; entities && i < x->n_entities; i++)
        json_array_append_new(entities, entity_json(&x->entities[i]));
    for (size_t i = 0; mentions && i < x->n_mentions; i++) {
        const rw_mention *m = &x->mentions[i];
        json_array_append_new(mentions, json_pack("[I,I,I,i]", (json_int_t)m->start,
                                                  (json_int_t)m->end, (json_int_t)m->sentence,
                                                  m->entity));
    }
    for (size_t i = 0; facts && i < x->n_facts; i++)
        json_array_append_new(facts, fact_json(x, &x->facts[i]));
    return json_pack("{s:s,s:o,s:o,s:o,s:o,s:o,s:o,s:s,s:I,s:o,s:o,s:o,s:o,s:o}", "type", "article",
                     "id", str_or_null(d->id), "source", str_or_null(d->source), "url",
                     str_or_null(d->url), "title", str_or_null(d->title), "lang",
                     str_or_null(d->lang), "date", date_or_null(d->date), "hash", d->hash,
                     "text_len", (json_int_t)d->text_len, "doc_date", date_or_null(x->doc_date),
                     "sentences", sentences ? sentences : json_null(), "entities",
                     entities ? entities : json_null(), "mentions",
                     mentions ? mentions : json_null(), "facts", facts ? facts : json_null());
}

int rw_extraction_write_json(const rw_extraction *x, FILE *out, rw_error *err)
{
    if (!x->doc) return rw_error_set(err, RW_EUSAGE, "an extraction without a document");
    json_t *o = article_json(x);
    char *s = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    if (!s) return rw_error_set(err, RW_ENOMEM, "%s: out of memory writing the article line",
                                x->doc->id ? x->doc->id : "(document)");
    int bad = fputs(s, out) == EOF || fputc('\n', out) == EOF;
    free(s);
    return bad ? rw_error_set(err, RW_EIO, "write failed") : 0;
}

int rw_extraction_json_is_article(const char *line, size_t len)
{
    size_t n = sizeof ARTICLE_PREFIX - 1;
    return len >= n && memcmp(line, ARTICLE_PREFIX, n) == 0;
}

/* ---- reading ---- */

typedef struct reader {
    rw_error *err;
    int rc;
} reader;

static int fail(reader *r, const char *what)
{
    if (!r->rc)
        r->rc = rw_error_set(r->err, RW_EINPUT, "article line: '%s' is missing or not what it should be", what);
    return r->rc;
}

/* A string member, or NULL for null/absent; a non-string is an error. */
static const char *opt_str(reader *r, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v)) return NULL;
    if (!json_is_string(v)) {
        fail(r, key);
        return NULL;
    }
    return json_string_value(v);
}

static char *opt_dup(reader *r, json_t *o, const char *key)
{
    const char *s = opt_str(r, o, key);
    char *d = s ? strdup(s) : NULL;
    if (s && !d && !r->rc) r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
    return d;
}

static rw_date opt_date(reader *r, json_t *o, const char *key)
{
    const char *s = opt_str(r, o, key);
    rw_date d = RW_DATE_NONE;
    if (s && rw_date_parse(s, &d)) fail(r, key);
    return d;
}

static json_int_t int_at(reader *r, json_t *o, const char *key, json_int_t lo, json_int_t hi)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi) {
        fail(r, key);
        return lo;
    }
    return json_integer_value(v);
}

static uint32_t u32_item(reader *r, json_t *a, size_t i, const char *what)
{
    json_t *v = json_array_get(a, i);
    if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > UINT32_MAX) {
        fail(r, what);
        return 0;
    }
    return (uint32_t)json_integer_value(v);
}

static json_t *array_at(reader *r, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_array(v)) fail(r, key);
    return v;
}

static void read_doc(reader *r, json_t *o, rw_doc *doc, rw_extraction *x)
{
    doc->id = opt_dup(r, o, "id");
    doc->source = opt_dup(r, o, "source");
    doc->url = opt_dup(r, o, "url");
    doc->title = opt_dup(r, o, "title");
    doc->lang = opt_dup(r, o, "lang");
    doc->date = opt_date(r, o, "date");
    x->doc_date = opt_date(r, o, "doc_date");
    const char *hash = opt_str(r, o, "hash");
    if (!hash || strlen(hash) != sizeof doc->hash - 1) fail(r, "hash");
    else memcpy(doc->hash, hash, sizeof doc->hash);
    doc->text_len = (size_t)int_at(r, o, "text_len", 0, UINT32_MAX);
    if (r->rc) return;
    /* The text is rebuilt: blanks, with each sentence at its span. */
    doc->text = malloc(doc->text_len + 1);
    if (!doc->text) {
        r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
        return;
    }
    memset(doc->text, ' ', doc->text_len);
    doc->text[doc->text_len] = '\0';
}

static void paste(rw_doc *doc, rw_span s, json_t *text)
{
    if (json_is_string(text) && s.start <= s.end && s.end <= doc->text_len &&
        json_string_length(text) == s.end - s.start)
        memcpy(doc->text + s.start, json_string_value(text), s.end - s.start);
}

static void read_sentences(reader *r, json_t *a, rw_doc *doc, rw_extraction *x)
{
    size_t n = json_array_size(a);
    x->sentences = calloc(n ? n : 1, sizeof *x->sentences);
    if (!x->sentences) {
        r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
        return;
    }
    for (size_t i = 0; i < n && !r->rc; i++) {
        json_t *s = json_array_get(a, i);
        if (!json_is_array(s) || json_array_size(s) != 3) {
            fail(r, "sentences");
            return;
        }
        rw_span sp = {u32_item(r, s, 0, "sentences"), u32_item(r, s, 1, "sentences")};
        x->sentences[x->n_sentences++] = sp;
        paste(doc, sp, json_array_get(s, 2));
    }
}

static void read_entities(reader *r, json_t *a, rw_extraction *x)
{
    for (size_t i = 0; i < json_array_size(a) && !r->rc; i++) {
        json_t *e = json_array_get(a, i);
        const char *kind = opt_str(r, e, "kind");
        int k = kind ? rw_kind_from_name(kind) : -1;
        json_t *names = json_object_get(e, "names");
        if (k < 0 || !json_is_array(names)) {
            fail(r, "entity kind or names");
            return;
        }
        const char *label = opt_str(r, e, "label");
        int idx = rw_extraction_add_entity(x, opt_str(r, e, "key"), (rw_kind)k, label,
                                           opt_str(r, e, "label_en"), opt_str(r, e, "country"));
        if (idx < 0) {
            r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
            return;
        }
        for (size_t j = 0; j < json_array_size(names) && !r->rc; j++) {
            json_t *nm = json_array_get(names, j);
            if (!json_is_string(nm)) fail(r, "entity names");
            else if (rw_extraction_add_name(x, idx, json_string_value(nm), json_string_length(nm)))
                r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
        }
        /* add_name keeps the longest name as the label; the line says what it was. */
        rw_xentity *xe = &x->entities[idx];
        free(xe->label);
        xe->label = label ? strdup(label) : NULL;
        if (label && !xe->label) r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
    }
}

static void read_mentions(reader *r, json_t *a, rw_extraction *x)
{
    for (size_t i = 0; i < json_array_size(a) && !r->rc; i++) {
        json_t *m = json_array_get(a, i);
        if (!json_is_array(m) || json_array_size(m) != 4 || !json_is_integer(json_array_get(m, 3))) {
            fail(r, "mentions");
            return;
        }
        json_int_t e = json_integer_value(json_array_get(m, 3));
        rw_mention mm = {u32_item(r, m, 0, "mentions"), u32_item(r, m, 1, "mentions"),
                         u32_item(r, m, 2, "mentions"), e >= -1 && e < INT32_MAX ? (int)e : -1};
        if (!r->rc && rw_extraction_add_mention(x, &mm))
            r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
    }
}

static void read_facts(reader *r, json_t *a, rw_doc *doc, rw_extraction *x)
{
    int n_ent = (int)x->n_entities;
    for (size_t i = 0; i < json_array_size(a) && !r->rc; i++) {
        json_t *o = json_array_get(a, i);
        const char *rel = opt_str(r, o, "rel"), *mod = opt_str(r, o, "modality");
        int rl = rel ? rw_rel_from_name(rel) : -1, md = mod ? rw_modality_from_name(mod) : -1;
        json_t *span = json_object_get(o, "span"), *conf = json_object_get(o, "confidence");
        if (rl < 0 || md < 0 || !json_is_array(span) || json_array_size(span) != 2 ||
            !json_is_number(conf)) {
            fail(r, "fact rel, modality, span or confidence");
            return;
        }
        rw_xfact f = {0};
        f.rel = (rw_rel)rl;
        f.modality = (rw_modality)md;
        f.subj = (int)int_at(r, o, "subj", -1, n_ent - 1);
        f.obj = (int)int_at(r, o, "obj", -1, n_ent - 1);
        f.place = (int)int_at(r, o, "place", -1, n_ent - 1);
        f.date = opt_date(r, o, "date");
        f.date_text = (char *)opt_str(r, o, "date_text");
        f.role = (char *)opt_str(r, o, "role");
        f.trigger = (char *)opt_str(r, o, "trigger");
        f.sentence = (uint32_t)int_at(r, o, "sentence", 0, UINT32_MAX);
        f.span.start = u32_item(r, span, 0, "span");
        f.span.end = u32_item(r, span, 1, "span");
        f.confidence = (float)json_number_value(conf);
        if (r->rc) return;
        paste(doc, f.span, json_object_get(o, "span_text"));
        if (rw_extraction_add_fact(x, &f) < 0) r->rc = rw_error_set(r->err, RW_ENOMEM, "out of memory");
    }
}

int rw_extraction_read_json(const char *line, size_t len, rw_doc *doc, rw_extraction *x,
                            rw_error *err)
{
    rw_extraction_clear(x);
    rw_doc_clear(doc);
    json_error_t jerr;
    json_t *o = json_loadb(line, len, 0, &jerr);
    if (!o) return rw_error_set(err, RW_EINPUT, "not JSON: %s", jerr.text);
    reader r = {err, 0};
    const char *type = json_is_object(o) ? opt_str(&r, o, "type") : NULL;
    if (!type || strcmp(type, "article") != 0) {
        json_decref(o);
        return rw_error_set(err, RW_EINPUT, "not an article line");
    }
    read_doc(&r, o, doc, x);
    json_t *sentences = r.rc ? NULL : array_at(&r, o, "sentences");
    if (!r.rc) read_sentences(&r, sentences, doc, x);
    json_t *entities = r.rc ? NULL : array_at(&r, o, "entities");
    if (!r.rc) read_entities(&r, entities, x);
    json_t *mentions = r.rc ? NULL : array_at(&r, o, "mentions");
    if (!r.rc) read_mentions(&r, mentions, x);
    json_t *facts = r.rc ? NULL : array_at(&r, o, "facts");
    if (!r.rc) read_facts(&r, facts, doc, x);
    json_decref(o);
    x->doc = doc;
    if (r.rc) {
        rw_extraction_clear(x);
        rw_doc_clear(doc);
    }
    return r.rc;
}
