/*
 * reader_feed.c - RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item an article.
 *
 * libxml2's XML parser reads the feed (recovering from the errors feeds are full of; external
 * entities are never loaded, nor the network touched, and a feed declaring entities of its own
 * is refused). Each <item> (RSS) or Atom <entry> gives a
 * document: its link (else its guid or Atom id) as id and URL, its title, its date (RSS pubDate
 * in RFC 822 form, dc:date, Atom published or updated in ISO 8601), and as text the HTML of
 * content:encoded, Atom content or summary, or description - whichever is first present - run
 * through the HTML reader, escaped markup and CDATA alike (both are text to the XML parser, HTML
 * to us). An item without any body is its headline alone. Reading a list of feed URLs is not
 * ours: the program never goes on the network; fetch the feeds, then read the files.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "base/buf.h"
#include "extract/reader_priv.h"
#include "extract/readers.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"

static int is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *)name) == 0;
}

static int in_atom(const xmlNode *n)
{
    return n->ns && xmlStrcmp(n->ns->href, (const xmlChar *)ATOM_NS) == 0;
}

/* The first child element of `item` with local name `name` and a namespace prefix `prefix`
 * (NULL = no prefix; RSS modules are known by their customary prefixes content: and dc:). */
static const xmlNode *child(const xmlNode *item, const char *name, const char *prefix)
{
    for (const xmlNode *c = item->children; c; c = c->next) {
        if (!is(c, name)) continue;
        const char *p = c->ns && c->ns->prefix ? (const char *)c->ns->prefix : NULL;
        if (!prefix ? (!p || in_atom(c)) : (p && strcmp(p, prefix) == 0)) return c;
    }
    return NULL;
}

/* A child's text, white space collapsed; NULL when absent or blank. The caller frees it. */
static char *child_text(const xmlNode *item, const char *name, const char *prefix)
{
    const xmlNode *c = child(item, name, prefix);
    if (!c) return NULL;
    xmlChar *t = xmlNodeGetContent(c);
    char *s = t ? rw_readers_clean((const char *)t, strlen((const char *)t)) : NULL;
    xmlFree(t);
    return s;
}

/* The item's title. Atom's type="html" title is escaped markup: its text is what the markup
 * says ("&amp;amp;" is "&"), so it goes through the HTML parser. */
static char *title_text(const xmlNode *item)
{
    const xmlNode *c = child(item, "title", NULL);
    xmlChar *type = c ? xmlGetProp(c, (const xmlChar *)"type") : NULL;
    int html = type && xmlStrcmp(type, (const xmlChar *)"html") == 0;
    xmlFree(type);
    if (!html) return child_text(item, "title", NULL);
    xmlChar *t = xmlNodeGetContent(c);
    int n = t ? (int)strlen((const char *)t) : 0;
    htmlDocPtr h = n ? rw_readers_parse_html((const char *)t, n, "UTF-8",
                                             HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                                 HTML_PARSE_NOWARNING | HTML_PARSE_NONET)
                     : NULL;
    xmlFree(t);
    xmlChar *plain = h ? xmlNodeGetContent((const xmlNode *)h) : NULL;
    char *s = plain ? rw_readers_clean((const char *)plain, strlen((const char *)plain)) : NULL;
    xmlFree(plain);
    if (h) xmlFreeDoc(h);
    return s;
}

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

/* An RFC 822 date as RSS writes it, "Tue, 10 Jun 2003 04:00:00 GMT" (the weekday optional, a
 * two-digit year allowed as RFC 822 did). The date is the one written, in the publisher's own
 * zone, as for ISO dates with an offset elsewhere. 0 on success. */
static int rfc822_date(const char *s, rw_date *out)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')) { /* the weekday */
        while (*s && *s != ',' && *s != ' ')
            s++;
        if (*s == ',') s++;
        while (*s == ' ')
            s++;
    }
    char *end;
    long d = strtol(s, &end, 10);
    if (end == s || *end != ' ') return -1;
    s = end + 1;
    while (*s == ' ')
        s++;
    int m = 0;
    for (int i = 0; i < 12 && !m; i++)
        if (strncasecmp(s, months[i], 3) == 0) m = i + 1;
    if (!m) return -1;
    s += 3;
    while (*s && *s != ' ')
        s++; /* "June" spelled out happens */
    long y = strtol(s, &end, 10);
    if (end == s || (*end && *end != ' ')) return -1;
    if (end - s <= 3) y += y < 50 ? 2000 : 1900;
    if (y < 1 || y > 9999 || d < 1 || d > rw_days_in_month((int)y, m)) return -1;
    *out = (rw_date){(short)y, (signed char)m, (signed char)d};
    return 0;
}

static int feed_date(const char *s, rw_date *out)
{
    return rfc822_date(s, out) == 0 || rw_readers_date(s, out) == 0 ? 0 : -1;
}

/* Text escaped as HTML, inside a paragraph: an Atom type="text" body or a bare headline. */
static int put_escaped(rw_buf *b, const char *s)
{
    int e = rw_buf_puts(b, "<p>");
    for (; *s && !e; s++) {
        switch (*s) {
        case '&':
            e = rw_buf_puts(b, "&amp;");
            break;
        case '<':
            e = rw_buf_puts(b, "&lt;");
            break;
        case '>':
            e = rw_buf_puts(b, "&gt;");
            break;
        default:
            e = rw_buf_putc(b, *s);
        }
    }
    return e || rw_buf_puts(b, "</p>");
}

/* The item's body as HTML into b; 0, or -1 when memory ran out. */
static int item_html(rw_buf *b, xmlDocPtr doc, const xmlNode *item, const char *title)
{
    const xmlNode *body = child(item, "encoded", "content");
    if (!body) body = child(item, "content", NULL);
    if (!body) body = child(item, "summary", NULL);
    if (!body) body = child(item, "description", NULL);
    xmlChar *type = body ? xmlGetProp(body, (const xmlChar *)"type") : NULL;
    int e = 0;
    if (body && type && xmlStrcmp(type, (const xmlChar *)"xhtml") == 0) {
        /* Atom xhtml: the markup is in the tree itself. */
        xmlBufferPtr xb = xmlBufferCreate();
        for (xmlNode *c = body->children; xb && c; c = c->next)
            xmlNodeDump(xb, doc, c, 0, 0);
        e = !xb ||
            rw_buf_append(b, (const char *)xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
        if (xb) xmlBufferFree(xb);
    } else if (body) {
        xmlChar *t = xmlNodeGetContent(body);
        if (t && type && xmlStrcmp(type, (const xmlChar *)"text") == 0)
            e = put_escaped(b, (const char *)t);
        else if (t)
            e = rw_buf_puts(b, (const char *)t);
        xmlFree(t);
    }
    xmlFree(type);
    if (!e && rw_readers_blank(b->data ? b->data : "", b->len) && title) {
        rw_buf_reset(b);
        e = put_escaped(b, title);
    }
    return e ? -1 : 0;
}

/* The link of an item: RSS <link> text, Atom <link href> with rel="alternate" or no rel. */
static char *item_link(const xmlNode *item)
{
    for (const xmlNode *c = item->children; c; c = c->next) {
        if (!is(c, "link") || (c->ns && c->ns->prefix && !in_atom(c))) continue;
        xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
        if (href) {
            xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
            int alt = !rel || xmlStrcmp(rel, (const xmlChar *)"alternate") == 0;
            xmlFree(rel);
            char *s = alt ? rw_readers_clean((const char *)href, strlen((const char *)href)) : NULL;
            xmlFree(href);
            if (s) return s;
            continue;
        }
        xmlChar *t = xmlNodeGetContent(c);
        char *s = t ? rw_readers_clean((const char *)t, strlen((const char *)t)) : NULL;
        xmlFree(t);
        if (s) return s;
    }
    return NULL;
}

static int read_item(const char *name, xmlDocPtr doc, const xmlNode *item,
                     const rw_reader_opts *opts, rw_doc_fn on_doc, void *ud)
{
    long line = xmlGetLineNo(item);
    char *title = title_text(item);
    char *link = item_link(item);
    char *guid = child_text(item, "guid", NULL);
    if (!guid) guid = child_text(item, "id", NULL);
    static const struct {
        const char *name, *prefix;
    } date_tags[] = {{"pubDate", NULL}, {"published", NULL}, {"date", "dc"}, {"updated", NULL}};
    rw_page_meta meta = {NULL, NULL, title, RW_DATE_NONE};
    for (size_t i = 0; i < sizeof date_tags / sizeof date_tags[0]; i++) {
        char *d = child_text(item, date_tags[i].name, date_tags[i].prefix);
        int ok = d && feed_date(d, &meta.date) == 0;
        if (d && !ok)
            rw_readers_report(opts, RW_WARNING, name, line, -1,
                              "<%s> \"%s\" is not a date, ignored", date_tags[i].name, d);
        free(d);
        if (ok) break;
        meta.date = RW_DATE_NONE;
    }
    size_t cap = strlen(name) + 24;
    char *here = malloc(cap);
    if (here) snprintf(here, cap, "%s:%ld", name, line);
    meta.id = link ? link : guid ? guid : here;
    meta.url = link;
    rw_buf html = {0};
    int rc = 0;
    if (!here || item_html(&html, doc, item, title)) {
        rw_readers_report(opts, RW_BAD, name, line, -1, "out of memory");
        rc = RW_ENOMEM;
    } else if (!html.len) {
        rw_readers_report(opts, RW_BAD, name, line, -1, "feed item without title or text, skipped");
    } else if (html.len > INT_MAX) {
        rw_readers_report(opts, RW_BAD, name, line, -1, "feed item larger than 2 GiB, skipped");
    } else {
        rc = rw_readers_html_with(here, html.data, html.len, &meta, opts, on_doc, ud);
    }
    rw_buf_free(&html);
    free(here);
    free(title);
    free(link);
    free(guid);
    return rc;
}

/* Items in document order: RSS 2.0 has them in <channel>, RSS 1.0 beside it, Atom at the top. */
static int walk(const char *name, xmlDocPtr doc, const xmlNode *n, const rw_reader_opts *opts,
                rw_doc_fn on_doc, void *ud, size_t *items)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is(c, "item") || (is(c, "entry") && in_atom(c))) {
            (*items)++;
            int rc = read_item(name, doc, c, opts, on_doc, ud);
            if (rc) return rc;
        } else if (is(c, "channel") || is(c, "RDF") || is(c, "rss")) {
            int rc = walk(name, doc, c, opts, on_doc, ud, items);
            if (rc) return rc;
        }
    }
    return 0;
}

int rw_read_feed(const char *name, const char *bytes, size_t len, const rw_reader_opts *opts,
                 rw_doc_fn on_doc, void *ud)
{
    if (len > INT_MAX) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "feed larger than 2 GiB, skipped");
        return 0;
    }
    /* Valid UTF-8 is read as such whatever the declaration says; anything else is left to the
     * declared encoding (windows-1256 feeds still exist), as the HTML reader does, so the repair
     * is not reported here (opts NULL) and the repaired copy only used when nothing was bad. */
    size_t n = 0;
    long bad = -1;
    char *clean = rw_readers_utf8(name, bytes, len, NULL, &n, &bad);
    if (!clean) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "out of memory");
        return RW_ENOMEM;
    }
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                  XML_PARSE_NOCDATA;
    xmlDocPtr doc =
        bad < 0 ? rw_readers_parse_xml(clean, (int)(n > INT_MAX ? INT_MAX : n), "UTF-8", options)
                : rw_readers_parse_xml(bytes, (int)len, NULL, options);
    free(clean);
    /* Entities declared in the feed's own DTD would be expanded when the text is read, a
     * billion times over for a "billion laughs" file; no real feed declares any. */
    if (doc && doc->intSubset && doc->intSubset->entities) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "feed declares entities in a DTD, not read");
        xmlFreeDoc(doc);
        return 0;
    }
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root || !(is(root, "rss") || is(root, "RDF") || (is(root, "feed") && in_atom(root)))) {
        rw_readers_report(opts, RW_BAD, name, 0, -1, "not an RSS or Atom feed");
        if (doc) xmlFreeDoc(doc);
        return 0;
    }
    size_t items = 0;
    int rc = walk(name, doc, root, opts, on_doc, ud, &items);
    if (!items) rw_readers_report(opts, RW_WARNING, name, 0, -1, "feed without items");
    xmlFreeDoc(doc);
    return rc;
}
