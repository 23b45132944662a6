/*
 * fixture.c - see fixture.h. Sentences are realistic newspaper phrasing (SANA / RT Arabic style).
 */
#include "fixture.h"

#include <stddef.h>
#include <stdio.h>

typedef struct ent_row {
    const char *id;
    rw_kind kind;
    const char *ar, *en, *country, *extra_name;
} ent_row;

/* Index order matters: the expected counts and edge order in the tests follow it. */
static const ent_row news_entities[] = {
    {"ahmed-al-sharaa", RW_KIND_PERSON, "أحمد الشرع", "Ahmed al-Sharaa", "SY", "الرئيس الشرع"},
    {"vladimir-putin", RW_KIND_PERSON, "فلاديمير بوتين", "Vladimir Putin", "RU", "بوتين"},
    {"place-moscow", RW_KIND_PLACE, "موسكو", "Moscow", "RU", NULL},
    {"asaad-al-shaibani", RW_KIND_PERSON, "أسعد الشيباني", "Asaad al-Shaibani", "SY", NULL},
    {"sergey-lavrov", RW_KIND_PERSON, "سيرغي لافروف", "Sergey Lavrov", "RU", "لافروف"},
    {"syrian-delegation", RW_KIND_GROUP, "الوفد السوري", "Syrian delegation", "SY", NULL},
    {"place-damascus", RW_KIND_PLACE, "دمشق", "Damascus", "SY", NULL},
    {"unmentioned-org", RW_KIND_ORG, "هيئة غير مذكورة", "Unmentioned body", NULL, NULL},
    {"place-syria", RW_KIND_PLACE, "سوريا", "Syria", "SY", NULL},
};

typedef struct fact_row {
    rw_rel rel;
    int subj, obj, place; /* entity rows, -1 = none */
    const char *date;     /* NULL = undated */
    const char *date_text;
    rw_modality modality;
    int doc;
    unsigned sentence;
    float confidence;
    const char *trigger, *role, *evidence;
} fact_row;

static const char s_d1_0[] =
    "التقى الرئيس أحمد الشرع الرئيس الروسي فلاديمير بوتين في موسكو يوم الأربعاء 15 تشرين الأول "
    "2025، في أول زيارة له إلى روسيا.";
static const char s_d1_1[] =
    "وبحث وزير الخارجية والمغتربين أسعد الشيباني، الذي ترأس الوفد السوري، مع نظيره الروسي سيرغي "
    "لافروف العلاقات الثنائية.";
static const char s_d2_0[] =
    "تلقى الرئيس أحمد الشرع اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين في الثاني من تشرين "
    "الثاني 2025.";
static const char s_d2_1[] = "ودعا بوتين الشرع إلى زيارة جديدة في كانون الثاني 2026.";
static const char s_d2_2[] = "ونفت الخارجية الروسية أن يكون لافروف قد زار دمشق خلال عام 2025.";

static const fact_row news_facts[] = {
    /* 0 */ {RW_REL_MET, 0, 1, 2, "2025-10-15", "الأربعاء 15 تشرين الأول 2025", RW_MOD_ASSERTED, 0,
             0, 0.95f, "التقى", NULL, s_d1_0},
    /* 1 */
    {RW_REL_VISITED, 0, -1, 2, "2025-10-15", "الأربعاء 15 تشرين الأول 2025", RW_MOD_ASSERTED, 0, 0,
     0.90f, "زيارة", NULL, s_d1_0},
    /* 2 */
    {RW_REL_MET, 4, 3, 2, "2025-10-15", NULL, RW_MOD_ASSERTED, 0, 1, 0.85f, "بحث", NULL, s_d1_1},
    /* 3 */
    {RW_REL_LEADS, 3, 5, -1, NULL, NULL, RW_MOD_ASSERTED, 0, 1, 0.80f, "ترأس", NULL, s_d1_1},
    /* 4 */
    {RW_REL_HOLDS_ROLE, 3, -1, 8, NULL, NULL, RW_MOD_ASSERTED, 0, 1, 0.90f, "وزير",
     "وزير الخارجية والمغتربين", s_d1_1},
    /* 5 */
    {RW_REL_PHONED, 1, 0, -1, "2025-11-02", "الثاني من تشرين الثاني 2025", RW_MOD_ASSERTED, 1, 0,
     0.90f, "اتصالاً هاتفياً", NULL, s_d2_0},
    /* 6 */
    {RW_REL_MET, 1, 0, -1, "2026-01", "كانون الثاني 2026", RW_MOD_PLANNED, 1, 1, 0.70f, "دعا", NULL,
     s_d2_1},
    /* 7 */
    {RW_REL_VISITED, 4, -1, 6, "2025", "عام 2025", RW_MOD_NEGATED, 1, 2, 0.60f, "زار", NULL,
     s_d2_2},
};

static rw_gentity *add_entity(rw_graph *g, const ent_row *r)
{
    rw_gentity *e = rw_graph_add_entity(g, r->id, r->kind, r->ar, r->en, r->country);
    if (e && r->extra_name && rw_graph_add_name(g, e, r->extra_name)) return NULL;
    return e;
}

rw_graph *fixture_news(void)
{
    rw_graph *g = rw_graph_new();
    if (!g) return NULL;
    rw_date d1, d2;
    rw_date_parse("2025-10-15", &d1);
    rw_date_parse("2025-11-02", &d2);
    const rw_gdoc *docs[2] = {
        rw_graph_add_doc(g, "sana-2025-10-15-sharaa-putin", "https://sana.sy/?p=2270001",
                         "الرئيس الشرع يلتقي الرئيس بوتين في موسكو", d1, "a1b2"),
        rw_graph_add_doc(g, "rt-2025-11-02-call", "https://arabic.rt.com/world/1700000",
                         "اتصال هاتفي بين بوتين والشرع", d2, "c3d4"),
    };
    const rw_gentity *ents[sizeof news_entities / sizeof news_entities[0]];
    for (size_t i = 0; i < sizeof news_entities / sizeof news_entities[0]; i++)
        if (!(ents[i] = add_entity(g, &news_entities[i]))) goto fail;
    if (!docs[0] || !docs[1]) goto fail;
    for (size_t i = 0; i < sizeof news_facts / sizeof news_facts[0]; i++) {
        const fact_row *r = &news_facts[i];
        rw_gfact f = {0};
        f.rel = r->rel;
        f.modality = r->modality;
        f.subj = ents[r->subj];
        f.obj = r->obj >= 0 ? ents[r->obj] : NULL;
        f.place = r->place >= 0 ? ents[r->place] : NULL;
        if (r->date) rw_date_parse(r->date, &f.date);
        f.date_text = (char *)r->date_text;
        f.role = (char *)r->role;
        f.trigger = (char *)r->trigger;
        f.doc = docs[r->doc];
        f.sentence = r->sentence;
        f.evidence = (char *)r->evidence;
        f.confidence = r->confidence;
        char id[16];
        snprintf(id, sizeof id, "f%zu", i); /* short ids keep the golden files readable */
        f.id = id;
        if (!rw_graph_add_fact(g, &f)) goto fail;
    }
    return g;
fail:
    rw_graph_free(g);
    return NULL;
}

const char *const fixture_hostile_names[] = {
    "Quote \"double\" and 'single'",
    "back\\slash \\N \\n \\\\",
    "<script>alert(1)</script>",
    "\"]",
    "a > b & c < d; e, f",
    "line one\nline two",
    "\xE2\x80\xAE"
    "evil-rtl \xE2\x80\xAC"
    "أحمد",                      /* U+202E ... U+202C */
    "lone\xEF\xBF\xBDsurrogate", /* U+FFFD where \uD800 stood */
    "}{\"@id\": \"x\"} ]]> --> -- # % %20 ; @prefix",
    "=HYPERLINK(\"http://x\")",
    "nonchar \xEF\xBF\xBE\xEF\xBF\xBF &#x1; &amp; entity", /* U+FFFE U+FFFF */
    NULL,
};

/* One entity per hostile string (its Arabic and English label), with an id that is itself hostile
 * for the first few, and a met fact chaining each to the next so every name is on an edge. */
rw_graph *fixture_hostile(void)
{
    rw_graph *g = rw_graph_new();
    if (!g) return NULL;
    rw_date d;
    rw_date_parse("2025-10-15", &d);
    const rw_gdoc *doc = rw_graph_add_doc(g, "doc \"<&>\" 1", "https://example.org/a?b=\"c\"&d=<e>",
                                          fixture_hostile_names[2], d, NULL);
    if (!doc) goto fail;
    const rw_gentity *prev = NULL;
    for (size_t i = 0; fixture_hostile_names[i]; i++) {
        char id[64];
        /* Ids: a few hostile ones, the rest plain, so both paths are covered. */
        static const char *const odd_ids[] = {"id with \"quotes\" & <tags>", "id/with/slashes#frag",
                                              "معرف-عربي"};
        if (i < 3)
            snprintf(id, sizeof id, "%s", odd_ids[i]);
        else
            snprintf(id, sizeof id, "hostile-%zu", i);
        rw_gentity *e = rw_graph_add_entity(g, id, RW_KIND_PERSON, fixture_hostile_names[i],
                                            fixture_hostile_names[i], NULL);
        if (!e) goto fail;
        if (prev) {
            rw_gfact f = {0};
            f.rel = RW_REL_MET;
            f.subj = prev;
            f.obj = e;
            f.date = d;
            f.trigger = (char *)fixture_hostile_names[i];
            f.doc = doc;
            f.sentence = (uint32_t)i;
            f.evidence = (char *)fixture_hostile_names[i];
            f.date_text = (char *)fixture_hostile_names[i];
            f.confidence = 0.5f;
            if (!rw_graph_add_fact(g, &f)) goto fail;
        }
        prev = e;
    }
    return g;
fail:
    rw_graph_free(g);
    return NULL;
}
