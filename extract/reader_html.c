/*
 * reader_html.c - a saved news page in, its article out.
 *
 * libxml2's forgiving HTML parser builds the tree (a truncated or broken page still gives one),
 * however deep the page nests; elements below 512 levels are then read as siblings at that depth
 * (flatten_deep), reported as a warning, so that no text is lost and no walk goes deeper. Two walks
 * follow. The first collects metadata, each field from the most reliable source
 * present: the title from og:title, <title> or the first <h1>; the date from
 * article:published_time, JSON-LD datePublished, <time datetime> or a handful of other common
 * meta names; the URL from og:url or the canonical link; the language from <html lang>. The same
 * walk chooses the main container: the <article> with the most paragraph text, else the
 * itemprop=articleBody element, else the element whose <p> children hold the most text.
 *
 * The second walk writes that container's text. Boilerplate is dropped by tag (script, nav,
 * footer, form...), by a class or id naming it (share, related, comment...), and by shape (a
 * list or div whose text is mostly links is a menu or a "read also" box). Block elements end a
 * line, so paragraphs and headings never run into each other's sentences, and runs of white space
 * become one space. The page's headline comes first when the container does not hold it.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>

#include "base/array.h"
#include "base/buf.h"
#include "base/strmap.h"
#include "extract/reader_priv.h"
#include "extract/readers.h"

/* Elements that never hold article text. */
static const char *const junk_tags[] = {
    "script", "style",  "noscript", "nav",    "header",   "footer",   "aside",  "form",
    "iframe", "button", "select",   "option", "svg",      "template", "object", "embed",
    "canvas", "audio",  "video",    "input",  "textarea", "label",    "dialog", "menu",
};

/* A class or id containing one of these names boilerplate. */
static const char *const junk_names[] = {
    "comment", "share",   "related", "menu",       "breadcrumb", "social", "footer",
    "nav",     "sidebar", "advert",  "newsletter", "subscribe",  "cookie", "popup",
};

/* Elements that end a line of text. */
static const char *const block_tags[] = {
    "p",     "div",     "h1",      "h2",         "h3",         "h4",      "h5",      "h6",
    "li",    "br",      "article", "section",    "blockquote", "tr",      "ul",      "ol",
    "table", "main",    "figure",  "figcaption", "dl",         "dt",      "dd",      "pre",
    "hr",    "address", "center",  "header",     "footer",     "caption", "summary", "details",
};

/* Meta names (name=, property= or itemprop=) that give a publication date, after
 * article:published_time, which is checked first. */
static const char *const date_metas[] = {
    "pubdate",
    "publish-date",
    "publish_date",
    "publishdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "datepublished",
    "og:published_time",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "original-publish-date",
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ASCII-only character classes: <ctype.h> follows the locale, and in a Latin-1 locale 0xA0 (a
 * UTF-8 continuation byte in many Arabic letters) would count as a space. */
static int ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char ascii_lower(unsigned char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

static int in_table(const char *const *table, size_t n, const xmlChar *name)
{
    for (size_t i = 0; i < n; i++)
        if (xmlStrcasecmp(name, (const xmlChar *)table[i]) == 0) return 1;
    return 0;
}

static int is_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, (const xmlChar *)name) == 0;
}

/* An attribute's value without allocating (HTML attributes hold one text child); NULL when
 * absent. */
static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (xmlStrcasecmp(a->name, (const xmlChar *)name) != 0) continue;
        if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
            return (const char *)a->children->content;
        return "";
    }
    return NULL;
}

/* Case-insensitive substring search over ASCII. */
static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0) return 1;
    return 0;
}

/* Whether a space-separated attribute (rel, itemprop) holds `word`. */
static int has_word(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; p && *p;) {
        while (*p && ascii_space((unsigned char)*p))
            p++;
        const char *e = p;
        while (*e && !ascii_space((unsigned char)*e))
            e++;
        if ((size_t)(e - p) == n && strncasecmp(p, word, n) == 0) return 1;
        p = e;
    }
    return 0;
}

static int hidden(const xmlNode *n)
{
    const char *v;
    if (attr(n, "hidden")) return 1;
    if ((v = attr(n, "aria-hidden")) && strcasecmp(v, "true") == 0) return 1;
    if ((v = attr(n, "style"))) {
        char compact[256];
        size_t k = 0;
        for (; *v && k + 1 < sizeof compact; v++)
            if (!ascii_space((unsigned char)*v)) compact[k++] = ascii_lower((unsigned char)*v);
        compact[k] = '\0';
        if (strstr(compact, "display:none") || strstr(compact, "visibility:hidden")) return 1;
    }
    return 0;
}

/* Junk by its tag alone (used while choosing the container, where a wrapper's class such as
 * "has-sidebar" must not hide the article). */
static int junk_by_tag(const xmlNode *n)
{
    return in_table(junk_tags, N(junk_tags), n->name) || hidden(n);
}

static int junk_by_name(const xmlNode *n)
{
    const char *names[] = {attr(n, "class"), attr(n, "id")};
    for (size_t i = 0; i < N(names); i++) {
        if (!names[i]) continue;
        for (size_t j = 0; j < N(junk_names); j++)
            if (contains_ci(names[i], junk_names[j])) return 1;
    }
    return 0;
}

static int junk(const xmlNode *n)
{
    return junk_by_tag(n) || junk_by_name(n);
}

/* What the walks ask of an element's text (non-space bytes, boilerplate skipped): all of it, the
 * part inside <a>, and the part inside <p> elements. Every container around an element asks
 * again (is it a menu? how much article does it hold?), so each element is measured once per page
 * and remembered: otherwise nesting makes reading a page cost its depth times its size. */
typedef struct text_sizes {
    size_t total, linked, para;
} text_sizes;

typedef struct sizes_memo {
    rw_strmap *map; /* element pointer -> index in v + 1 */
    text_sizes *v;
    size_t n, cap;
} sizes_memo;

static void memo_free(sizes_memo *m)
{
    rw_strmap_free(m->map);
    free(m->v);
}

static text_sizes measure(sizes_memo *m, const xmlNode *n)
{
    void *slot;
    if (m->map && rw_strmap_get(m->map, (const char *)&n, sizeof n, &slot))
        return m->v[(uintptr_t)slot - 1];
    text_sizes s = {0, 0, 0};
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const xmlChar *p = c->content; p && *p; p++)
                if (!ascii_space(*p)) s.total++;
        } else if (c->type == XML_ELEMENT_NODE && !junk(c)) {
            text_sizes cs = measure(m, c);
            s.total += cs.total;
            s.linked += is_element(c, "a") ? cs.total : cs.linked;
            s.para += is_element(c, "p") ? cs.total : cs.para;
        }
    }
    /* Without memory to remember, the answer is the same, only slower. */
    if (!m->map) m->map = rw_strmap_new();
    if (m->map && !rw_array_reserve((void **)&m->v, &m->cap, m->n + 1, sizeof *m->v) &&
        !rw_strmap_put(m->map, (const char *)&n, sizeof n, (void *)(uintptr_t)(m->n + 1)))
        m->v[m->n++] = s;
    return s;
}

static size_t text_size(sizes_memo *m, const xmlNode *n)
{
    return measure(m, n).total;
}

/* A menu, a tag cloud, a "read also" box: a list or div whose text is mostly link text. */
static int link_list(sizes_memo *m, const xmlNode *n)
{
    if (!is_element(n, "ul") && !is_element(n, "ol") && !is_element(n, "div")) return 0;
    text_sizes s = measure(m, n);
    return s.total > 0 && s.linked * 2 > s.total;
}

/* ---- metadata ---- */

typedef struct page {
    char *og_title, *tag_title;
    char *og_url, *canonical;
    char *lang, *locale;
    rw_date d_published, d_jsonld, d_time, d_meta; /* in order of trust */
    const xmlNode *h1;                             /* the first headline outside boilerplate */
    const xmlNode *article;                        /* the <article> with the most paragraph text */
    size_t article_score;
    const xmlNode *article_body; /* itemprop=articleBody */
    const xmlNode *densest;      /* the element whose <p> children hold the most text */
    size_t densest_score;
    sizes_memo sizes;
} page;

static void page_free(page *pg)
{
    free(pg->og_title);
    free(pg->tag_title);
    free(pg->og_url);
    free(pg->canonical);
    free(pg->lang);
    free(pg->locale);
    memo_free(&pg->sizes);
}

static void keep_string(char **slot, const char *s)
{
    if (!*slot && s) *slot = rw_readers_clean(s, strlen(s));
}

static void keep_date(rw_date *slot, const char *s)
{
    rw_date d;
    if (!rw_date_is_set(*slot) && s && rw_readers_date(s, &d) == 0) *slot = d;
}

static char *node_text(const xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    if (!t) return NULL;
    char *s = rw_readers_clean((const char *)t, strlen((const char *)t));
    xmlFree(t);
    return s;
}

/* The first datePublished in a JSON-LD value: an object, an array of them, or an @graph. */
static const char *jsonld_date(json_t *v, int depth)
{
    if (depth > 8) return NULL;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e)
        {
            const char *s = jsonld_date(e, depth + 1);
            if (s) return s;
        }
    } else if (json_is_object(v)) {
        json_t *d = json_object_get(v, "datePublished");
        if (json_is_string(d)) return json_string_value(d);
        json_t *g = json_object_get(v, "@graph");
        if (g) return jsonld_date(g, depth + 1);
    }
    return NULL;
}

static void read_jsonld(page *pg, const xmlNode *script)
{
    if (rw_date_is_set(pg->d_jsonld)) return;
    xmlChar *t = xmlNodeGetContent(script);
    if (!t) return;
    json_t *root = json_loads((const char *)t, 0, NULL);
    xmlFree(t);
    if (!root) return; /* broken JSON-LD is common; the other sources remain */
    keep_date(&pg->d_jsonld, jsonld_date(root, 0));
    json_decref(root);
}

static void read_meta(page *pg, const xmlNode *n)
{
    const char *content = attr(n, "content");
    if (!content) return;
    const char *keys[] = {attr(n, "property"), attr(n, "name"), attr(n, "itemprop")};
    for (size_t i = 0; i < N(keys); i++) {
        const char *k = keys[i];
        if (!k) continue;
        if (strcasecmp(k, "og:title") == 0)
            keep_string(&pg->og_title, content);
        else if (strcasecmp(k, "og:url") == 0)
            keep_string(&pg->og_url, content);
        else if (strcasecmp(k, "og:locale") == 0)
            keep_string(&pg->locale, content);
        else if (strcasecmp(k, "article:published_time") == 0)
            keep_date(&pg->d_published, content);
        else if (in_table(date_metas, N(date_metas), (const xmlChar *)k))
            keep_date(&pg->d_meta, content);
    }
}

/* Paragraph text directly under the element, for choosing the container. */
static void score_paragraph(page *pg, const xmlNode *p)
{
    xmlNode *parent = p->parent;
    if (!parent || parent->type != XML_ELEMENT_NODE) return;
    size_t score = (size_t)(uintptr_t)parent->_private + text_size(&pg->sizes, p);
    parent->_private = (void *)(uintptr_t)score;
    if (score > pg->densest_score) {
        pg->densest_score = score;
        pg->densest = parent;
    }
}

/* `junk_tag`: inside an element that is junk by its tag; `junk_any`: inside junk by any rule;
 * `in_article`: inside <article> or <main>, where a <header> holds the headline, not the site's
 * logo and menu. */
static void collect(page *pg, xmlNode *n, int junk_tag, int junk_any, int in_article)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        int own_header = in_article && is_element(c, "header") && !hidden(c);
        int jt = junk_tag || (!own_header && junk_by_tag(c));
        /* <html> and <body> often carry layout classes ("has-sidebar"): never junk them. */
        int top = is_element(c, "html") || is_element(c, "body");
        int ja = junk_any || jt || (!top && junk_by_name(c));
        int art = in_article || is_element(c, "article") || is_element(c, "main");
        const char *v;

        if (is_element(c, "html")) {
            if ((v = attr(c, "lang")) || (v = attr(c, "xml:lang"))) keep_string(&pg->lang, v);
        } else if (is_element(c, "meta")) {
            read_meta(pg, c);
        } else if (is_element(c, "title")) {
            if (!pg->tag_title) pg->tag_title = node_text(c);
        } else if (is_element(c, "link")) {
            if ((v = attr(c, "rel")) && has_word(v, "canonical"))
                keep_string(&pg->canonical, attr(c, "href"));
        } else if (is_element(c, "script")) {
            if ((v = attr(c, "type")) && strcasecmp(v, "application/ld+json") == 0)
                read_jsonld(pg, c);
        } else if (is_element(c, "time")) {
            /* A <time> in the site header is today's date, not the article's. */
            if (!ja) keep_date(&pg->d_time, attr(c, "datetime"));
        } else if (is_element(c, "h1")) {
            if (!pg->h1 && !ja && text_size(&pg->sizes, c) > 0) pg->h1 = c;
        } else if (is_element(c, "article")) {
            /* how much article it holds: the text of its paragraphs */
            size_t score = jt ? 0 : measure(&pg->sizes, c).para;
            if (score > pg->article_score) {
                pg->article_score = score;
                pg->article = c;
            }
        } else if (is_element(c, "p")) {
            if (!ja) score_paragraph(pg, c);
        }
        if ((v = attr(c, "itemprop")) && !jt) {
            if (!pg->article_body && has_word(v, "articleBody")) pg->article_body = c;
            if (has_word(v, "datePublished")) {
                const char *d = attr(c, "content");
                if (!d) d = attr(c, "datetime");
                keep_date(&pg->d_meta, d);
            }
        }
        collect(pg, c, jt, ja, art);
    }
}

/* ---- the article text ---- */

typedef struct writer {
    sizes_memo *sizes; /* the page's */
    rw_buf out;
    int space; /* white space seen since the last character written */
    int oom;
} writer;

static void put(writer *w, const char *s, size_t n)
{
    if (!w->oom && rw_buf_append(&w->out, s, n)) w->oom = 1;
}

static int at_line_start(const writer *w)
{
    return w->out.len == 0 || w->out.data[w->out.len - 1] == '\n';
}

static void end_line(writer *w)
{
    if (!at_line_start(w)) put(w, "\n", 1);
    w->space = 0;
}

/* Writes a text node, collapsing white space (ASCII and U+00A0) to single spaces. */
static void put_text(writer *w, const char *s)
{
    while (*s) {
        size_t run = 0;
        while (s[run] && !ascii_space((unsigned char)s[run]) &&
               !((unsigned char)s[run] == 0xC2 && (unsigned char)s[run + 1] == 0xA0))
            run++;
        if (run) {
            if (w->space && !at_line_start(w)) put(w, " ", 1);
            put(w, s, run);
            w->space = 0;
            s += run;
        }
        while (*s && (ascii_space((unsigned char)*s) ||
                      ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0))) {
            s += (unsigned char)*s == 0xC2 ? 2 : 1;
            w->space = 1;
        }
    }
}

static void write_node(writer *w, const xmlNode *n);

/* Whether n lies inside an <article> or <main>, where a <header> is the article's own. */
static int within_article(const xmlNode *n)
{
    for (n = n->parent; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (is_element(n, "article") || is_element(n, "main")) return 1;
    return 0;
}

/* An article's own <header> holds its headline next to bylines and share buttons: keep the
 * headings only. */
static void write_headings(writer *w, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || hidden(c)) continue;
        if (c->name[0] == 'h' && c->name[1] >= '1' && c->name[1] <= '6' && !c->name[2]) {
            end_line(w);
            write_node(w, c);
            end_line(w);
        } else {
            write_headings(w, c);
        }
    }
}

static void write_node(writer *w, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) put_text(w, (const char *)c->content);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_element(c, "header")) {
            if (!hidden(c) && within_article(c)) write_headings(w, c);
            continue;
        }
        /* The <head> is metadata (its <title> is the document's title, read apart): a page
         * whose only text is there has no article. */
        if (is_element(c, "head") || is_element(c, "title")) continue;
        if (junk(c) || link_list(w->sizes, c)) continue;
        int block = in_table(block_tags, N(block_tags), c->name);
        /* Table cells sit on one line but must not run together. */
        int cell = is_element(c, "td") || is_element(c, "th");
        if (block) end_line(w);
        if (cell) w->space = 1;
        write_node(w, c);
        if (block) end_line(w);
        if (cell) w->space = 1;
    }
}

static int contains(const xmlNode *outer, const xmlNode *inner)
{
    for (; inner; inner = inner->parent)
        if (inner == outer) return 1;
    return 0;
}

/* How deep the walks below go. libxml2 stops a page at 256 levels unless told XML_PARSE_HUGE,
 * and then has no limit; the walks recurse, and measuring each container's text would cost the
 * square of the depth. Browsers meet such pages too, and Blink's answer is ours: elements nested
 * deeper are read as siblings at this depth, in document order, so no text is lost. */
#define MAX_DEPTH 512

/* Moves every element below MAX_DEPTH up to the element at that depth, right after where it
 * stood, each followed by its own children: the text keeps its order, only nesting (and with it
 * the line break after a block that closed down there) goes. Each node moves once; no recursion.
 * Returns whether anything was moved. */
static int flatten_deep(xmlNode *top)
{
    int moved = 0;
    long depth = 1; /* of n: top's children are at 1 */
    for (xmlNode *n = top->children; n;) {
        if (depth == MAX_DEPTH && n->type == XML_ELEMENT_NODE) {
            /* Hoisted children come right after their parent, so this loop reaches them too. */
            for (xmlNode *c = n->children; c; c = c->next) {
                xmlNode *first = c->children, *last = c->last;
                if (!first || c->type != XML_ELEMENT_NODE) continue;
                for (xmlNode *g = first; g; g = g->next)
                    g->parent = n;
                last->next = c->next;
                if (c->next) c->next->prev = last;
                else n->last = last;
                c->next = first;
                first->prev = c;
                c->children = c->last = NULL;
                moved = 1;
            }
        } else if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            depth++;
            continue;
        }
        /* Done with n: on to its next sibling, or to that of the nearest ancestor with one. */
        while (n != top && !n->next) {
            n = n->parent;
            depth--;
        }
        n = n == top ? NULL : n->next;
    }
    return moved;
}

/* The charset a page declares in its first bytes (<meta charset> or http-equiv), lowercased
 * into out; "" when none. */
static void declared_charset(const char *bytes, size_t len, char out[32])
{
    out[0] = '\0';
    size_t lim = len < 4096 ? len : 4096;
    static const char key[] = "charset";
    for (size_t i = 0; i + sizeof key - 1 < lim; i++) {
        if (strncasecmp(bytes + i, key, sizeof key - 1) != 0) continue;
        size_t j = i + sizeof key - 1;
        while (j < lim && (bytes[j] == ' ' || bytes[j] == '\t'))
            j++;
        if (j >= lim || bytes[j] != '=') continue;
        j++;
        while (j < lim && (bytes[j] == ' ' || bytes[j] == '"' || bytes[j] == '\''))
            j++;
        size_t k = 0;
        while (j < lim && k + 1 < 32 &&
               (ascii_alnum((unsigned char)bytes[j]) || bytes[j] == '-' || bytes[j] == '_' ||
                bytes[j] == ':' || bytes[j] == '.'))
            out[k++] = ascii_lower((unsigned char)bytes[j++]);
        out[k] = '\0';
        return;
    }
}

static void mute(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    (void)fmt;
}

static void mute_structured(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
}

/* Runs a libxml2 parse with both error handlers muted, putting the caller's back after. */
static xmlDocPtr parse_muted(const char *bytes, int len, const char *encoding, int options,
                             int html)
{
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_ctx = xmlGenericErrorContext;
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, mute);
    xmlSetStructuredErrorFunc(NULL, mute_structured);
    xmlDocPtr doc = html ? htmlReadMemory(bytes, len, NULL, encoding, options)
                         : xmlReadMemory(bytes, len, NULL, encoding, options);
    xmlSetGenericErrorFunc(saved_generic_ctx, saved_generic);
    xmlSetStructuredErrorFunc(saved_structured_ctx, saved_structured);
    return doc;
}

htmlDocPtr rw_readers_parse_html(const char *bytes, int len, const char *encoding, int options)
{
    return parse_muted(bytes, len, encoding, options, 1);
}

xmlDocPtr rw_readers_parse_xml(const char *bytes, int len, const char *encoding, int options)
{
    return parse_muted(bytes, len, encoding, options, 0);
}

static int is_utf8_label(const char *cs)
{
    return !cs[0] || strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0 ||
           strcmp(cs, "us-ascii") == 0 || strcmp(cs, "ascii") == 0;
}

int rw_read_html(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                 rw_doc_fn on_doc, void *ud)
{
    if (rw_readers_binary(bytes, len)) {
        rw_readers_report(opts, RW_BAD, name, 0,
                          (long)((const char *)memchr(bytes, 0, len) - bytes),
                          "binary file, not HTML (NUL byte)");
        return 0;
    }
    if (rw_readers_blank(bytes, len)) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "empty document");
        return 0;
    }
    if (len > INT_MAX) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "page larger than 2 GiB, skipped");
        return 0;
    }
    /* Pages are read as UTF-8, repaired first because libxml2 falls back to Latin-1 on the first
     * bad byte and would garble the whole page. Only a page that is not valid UTF-8 and declares
     * a legacy charset libxml2 knows (windows-1256 is still met in Arabic news) is handed over
     * as it is for libxml2 to convert; valid UTF-8 wins over a stale declaration, since non-ASCII
     * text in another charset is practically never valid UTF-8. */
    char cs[32];
    declared_charset(bytes, len, cs);
    /* XML_PARSE_HUGE lifts libxml2's 256 levels of nesting, past which it drops the rest of the
     * page: flatten_deep() bounds what the walks meet instead. */
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  XML_PARSE_HUGE;
    size_t n = 0;
    long bad = -1;
    char *clean = rw_utf8_sanitize(bytes, len, &n, &bad);
    if (!clean) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
        return RW_ENOMEM;
    }
    const char *buf = clean, *encoding = "UTF-8";
    if (bad >= 0 && !is_utf8_label(cs)) {
        const char *label = strcmp(cs, "iso-8859-1") == 0 ? "windows-1252" : cs;
        xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(label);
        if (h) {
            xmlCharEncCloseFunc(h);
            encoding = label;
            buf = bytes;
            n = len;
        }
    }
    if (buf == clean) {
        options |= HTML_PARSE_IGNORE_ENC;
        if (bad >= 0)
            rw_readers_report(opts, RW_WARNING, name, 0, bad, "invalid UTF-8, replaced by U+FFFD");
    }
    if (n > INT_MAX) n = INT_MAX; /* the repair can only grow a page by a few bytes */
    htmlDocPtr hdoc = rw_readers_parse_html(buf, (int)n, encoding, options);
    free(clean);
    if (!hdoc) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "not readable as HTML (charset \"%s\"?)",
                          cs[0] ? cs : "utf-8");
        return 0;
    }

    if (flatten_deep((xmlNode *)hdoc))
        rw_readers_report(opts, RW_WARNING, name, 0, -1,
                          "elements nested deeper than %d levels read as siblings: the text is "
                          "kept, a line break may be lost", MAX_DEPTH);
    page pg = {0};
    collect(&pg, (xmlNode *)hdoc, 0, 0, 0);
    const xmlNode *root = xmlDocGetRootElement(hdoc);
    /* Teaser cards are often <article>s too: when paragraphs elsewhere hold far more text than
     * the best <article>, the article is not in one. */
    int cards =
        pg.densest && !contains(pg.article, pg.densest) && pg.densest_score > 2 * pg.article_score;
    const xmlNode *main = pg.article_score && !cards ? pg.article
                          : pg.article_body          ? pg.article_body
                          : pg.densest               ? pg.densest
                                                     : root;
    writer w = {.sizes = &pg.sizes};
    if (pg.h1 && main && !contains(main, pg.h1)) {
        write_node(&w, pg.h1);
        end_line(&w);
    }
    if (main) write_node(&w, main);
    while (w.out.len && w.out.data[w.out.len - 1] == '\n')
        w.out.data[--w.out.len] = '\0';

    rw_doc doc = {0};
    int rc = 0;
    if (w.oom) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
        rc = RW_ENOMEM;
    } else if (w.out.len == 0) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "empty document: no article text found");
    } else {
        doc.id = strdup(name);
        doc.source = strdup(name);
        doc.text_len = w.out.len;
        doc.text = rw_buf_detach(&w.out);
        doc.title = pg.og_title    ? pg.og_title
                    : pg.tag_title ? pg.tag_title
                    : pg.h1        ? node_text(pg.h1)
                                   : NULL;
        if (doc.title == pg.og_title) pg.og_title = NULL;
        if (doc.title == pg.tag_title) pg.tag_title = NULL;
        doc.url = pg.og_url ? pg.og_url : pg.canonical;
        if (doc.url == pg.og_url) pg.og_url = NULL;
        if (doc.url == pg.canonical) pg.canonical = NULL;
        doc.lang = pg.lang;
        pg.lang = NULL;
        if (!doc.lang && pg.locale) {
            /* og:locale is "ar_AR": the language is its first part. */
            doc.lang = pg.locale;
            pg.locale = NULL;
            doc.lang[strcspn(doc.lang, "_-")] = '\0';
        }
        const rw_date *dates[] = {&pg.d_published, &pg.d_jsonld, &pg.d_time, &pg.d_meta};
        doc.date = opts ? opts->default_date : RW_DATE_NONE;
        for (size_t i = 0; i < N(dates); i++)
            if (rw_date_is_set(*dates[i])) {
                doc.date = *dates[i];
                break;
            }
        if (!rw_date_is_set(doc.date))
            rw_readers_report(opts, RW_WARNING, name, 0, -1, "no publication date");
        if (!doc.id || !doc.source || !doc.text) {
            rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
            rw_doc_clear(&doc);
            rc = RW_ENOMEM;
        } else {
            rc = rw_readers_deliver(&doc, on_doc, ud);
        }
    }
    rw_buf_free(&w.out);
    page_free(&pg);
    xmlFreeDoc(hdoc);
    return rc;
}

/* ---- a page inside a container (a WARC record, a feed item) ---- */

typedef struct with_meta {
    const rw_page_meta *meta;
    rw_doc_fn on_doc;
    void *ud;
    int oom;
} with_meta;

/* Replaces *slot by a copy of s (when s is set and `always` or *slot is empty). */
static int impose(char **slot, const char *s, int always)
{
    if (!s || (*slot && !always)) return 0;
    char *c = strdup(s);
    if (!c) return -1;
    free(*slot);
    *slot = c;
    return 0;
}

static int on_page(rw_doc *doc, void *ud)
{
    with_meta *w = ud;
    const rw_page_meta *m = w->meta;
    if (impose(&doc->id, m->id, 1) || impose(&doc->url, m->url, 0) ||
        impose(&doc->title, m->title, 1)) {
        w->oom = 1;
        return RW_ENOMEM;
    }
    if (m->title) {
        size_t len;
        char *text = rw_readers_with_headline(m->title, doc->text, &len);
        if (!text) {
            w->oom = 1;
            return RW_ENOMEM;
        }
        free(doc->text);
        doc->text = text;
        doc->text_len = len;
    }
    /* The container's fields come from its own parser (a feed's CDATA may carry bad bytes). */
    if (rw_readers_repair(doc)) {
        w->oom = 1;
        return RW_ENOMEM;
    }
    rw_doc_hash(doc); /* the text may have changed since the HTML reader hashed it */
    return w->on_doc(doc, w->ud);
}

int rw_readers_html_with(const char *name, const char *html, size_t len, const rw_page_meta *meta,
                         const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud)
{
    /* The container's date stands in for --date: the page's own date still wins. */
    rw_reader_opts o = opts ? *opts : (rw_reader_opts){0};
    if (rw_date_is_set(meta->date)) o.default_date = meta->date;
    with_meta w = {meta, on_doc, ud, 0};
    int rc = rw_read_html(name, html, len, &o, on_page, &w);
    if (w.oom) rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
    return rc;
}
