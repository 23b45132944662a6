/*
 * test_store.c - the SQLite store and cross-article merging: round trip, re-ingest, the five
 * resolution rules (and 4b, name variants), user decisions, stable ids, hostile strings, migration and WAL.
 */
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <string.h>
#include <unistd.h>

#include "graph/merge.h"
#include "graph/query.h"
#include "graph/store.h"
#include "tests/check.h"
#include "tests/graph/tbuild.h"

static rw_text *tx;

static char *tmpdb(const char *tag)
{
    static int n;
    char *p = malloc(256);
    snprintf(p, 256, "/tmp/rw_test_store_%d_%s_%d.db", (int)getpid(), tag, n++);
    unlink(p);
    return p;
}

static void rmdb(char *p)
{
    char side[300];
    unlink(p);
    snprintf(side, sizeof side, "%s-wal", p);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", p);
    unlink(side);
    free(p);
}

static rw_store *open_db(const char *path)
{
    rw_error err = {0};
    rw_store *s = rw_store_open(path, RW_STORE_WRITE, tx, &err);
    if (!s) printf("# open %s: %s\n", path, err.msg);
    return s;
}

static int ingest(rw_store *s, tdoc *t, rw_ingest_result *res)
{
    rw_error err = {0};
    rw_store_begin(s, &err);
    int rc = rw_store_add_extraction(s, &t->x, res, &err);
    if (rc) {
        printf("# ingest %s: %s\n", t->doc.id, err.msg);
        rw_store_rollback(s);
        return rc;
    }
    return rw_store_commit(s, &err);
}

/* One integer from SQL run on a separate connection (what another reader sees). */
static long sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *q;
    long v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW) v = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return v;
}

static char *sql_text(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *q;
    char *v = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
            v = strdup((const char *)sqlite3_column_text(q, 0));
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return v;
}

static int has_name(const rw_gentity *e, const char *name)
{
    for (size_t i = 0; e && i < e->n_names; i++)
        if (strcmp(e->names[i], name) == 0) return 1;
    return 0;
}

/* The entity one of whose names is `name` (first match). */
static const rw_gentity *by_name(const rw_graph *g, const char *name)
{
    for (size_t i = 0; i < rw_graph_entity_count(g); i++)
        if (has_name(rw_graph_entity(g, i), name)) return rw_graph_entity(g, i);
    return NULL;
}

/* Two articles of one week in October 2025. */
static void doc_visit(tdoc *t)
{
    tdoc_init(t, "sana-2025-10-15", "2025-10-15",
              NAMES("استقبل الرئيس أحمد الشرع وزير الخارجية الروسي سيرغي لافروف في دمشق اليوم.",
                    "وبحث الجانبان العلاقات الثنائية، بحسب وكالة سانا."));
    int sharaa = tent(t, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أحمد الشرع"));
    int lavrov =
        tent(t, "sergey-lavrov", RW_KIND_PERSON, "Sergey Lavrov", "RU", NAMES("سيرغي لافروف"));
    int dam = tent(t, "place:damascus", RW_KIND_PLACE, "Damascus", "SY", NAMES("دمشق"));
    tfact(t, RW_REL_MET, sharaa, lavrov, dam, "2025-10-15", NULL, RW_MOD_ASSERTED, 0, "استقبل");
    tfact(t, RW_REL_VISITED, lavrov, -1, dam, "2025-10-15", NULL, RW_MOD_ASSERTED, 0, "استقبل");
}

static void doc_call(tdoc *t)
{
    tdoc_init(t, "rt-2025-10-18", "2025-10-18",
              NAMES("أجرى وزير الخارجية الروسي Sergey Lavrov اتصالا هاتفيا مع نظيره السوري أسعد "
                    "الشيباني.",
                    "وقال الشيباني إن الاتصال تناول التحضير لزيارة الرئيس الشرع إلى موسكو."));
    int lavrov =
        tent(t, "sergey-lavrov", RW_KIND_PERSON, "Sergey Lavrov", "RU", NAMES("Sergey Lavrov"));
    int shaibani = tent(t, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أسعد الشيباني", "الشيباني"));
    int sharaa = tent(t, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("الشرع"));
    int moscow = tent(t, "place:moscow", RW_KIND_PLACE, "Moscow", "RU", NAMES("موسكو"));
    tfact(t, RW_REL_PHONED, lavrov, shaibani, -1, "2025-10-18", NULL, RW_MOD_ASSERTED, 0, "اتصالا");
    tfact(t, RW_REL_VISITED, sharaa, -1, moscow, NULL, NULL, RW_MOD_PLANNED, 1, "زيارة");
}

static void test_round_trip(void)
{
    char *path = tmpdb("rt");
    rw_store *s = open_db(path);
    CHECK(s != NULL, "store opens");
    if (!s) return;
    tdoc a, b;
    doc_visit(&a);
    doc_call(&b);
    rw_ingest_result r1 = {0}, r2 = {0};
    CHECK_INT(ingest(s, &a, &r1), 0, "ingest doc 1");
    CHECK_INT(r1.duplicate, 0, "doc 1 not a duplicate");
    CHECK_INT(r1.facts, 2, "doc 1: 2 facts");
    CHECK_INT(r1.new_entities, 3, "doc 1: 3 new entities");
    CHECK_INT(ingest(s, &b, &r2), 0, "ingest doc 2");
    CHECK_INT(r2.facts, 2, "doc 2: 2 facts");
    /* Lavrov merges by key; أسعد الشيباني, الشرع (one word) and Moscow are new. */
    CHECK_INT(r2.new_entities, 3, "doc 2: 3 new entities");
    CHECK_INT(r2.merged, 1, "doc 2: 1 resolved to an existing entity");

    rw_error err = {0};
    rw_graph *g = rw_store_load_graph(s, &err);
    CHECK(g != NULL, "graph loads: %s", err.msg);
    if (g) {
        CHECK_INT(rw_graph_doc_count(g), 2, "2 documents");
        CHECK_INT(rw_graph_entity_count(g), 6, "6 entities");
        CHECK_INT(rw_graph_fact_count(g), 4, "4 facts");
        const rw_gentity *lav = rw_graph_find_entity(g, "sergey-lavrov");
        CHECK(lav && has_name(lav, "سيرغي لافروف") && has_name(lav, "Sergey Lavrov"),
              "Lavrov has his Arabic and English names");
        CHECK(lav && strcmp(lav->label_en, "Sergey Lavrov") == 0 && lav->country &&
                  strcmp(lav->country, "RU") == 0,
              "Lavrov's label and country");
        const rw_gentity *sh = rw_graph_find_entity(g, "ahmed-al-sharaa");
        CHECK(sh && strcmp(sh->label_en, "Ahmed al-Sharaa") == 0 && sh->label_ar &&
                  strcmp(sh->label_ar, "أحمد الشرع") == 0,
              "al-Sharaa: transliterated id and label");
        const rw_gentity *shb = rw_graph_find_entity(g, "asaad-al-shaibani");
        CHECK(shb && has_name(shb, "الشيباني") && has_name(shb, "أسعد الشيباني"),
              "al-Shaibani with both his forms");
        CHECK(rw_graph_find_entity(g, "place-damascus") != NULL, "place id from the key");
        const rw_gfact *f0 = rw_graph_fact(g, 0);
        CHECK(f0 && f0->rel == RW_REL_MET && f0->subj == sh && f0->obj == lav &&
                  f0->place == rw_graph_find_entity(g, "place-damascus"),
              "fact 0: al-Sharaa met Lavrov in Damascus");
        CHECK(f0 && f0->evidence &&
                  strcmp(f0->evidence, "استقبل الرئيس أحمد الشرع وزير الخارجية الروسي سيرغي "
                                       "لافروف في دمشق اليوم.") == 0,
              "fact 0: evidence is its sentence");
        CHECK(f0 && f0->date.year == 2025 && f0->date.month == 10 && f0->date.day == 15 &&
                  f0->doc == rw_graph_find_doc(g, "sana-2025-10-15"),
              "fact 0: date and document");
        const rw_gfact *f3 = rw_graph_fact(g, 3);
        CHECK(f3 && f3->rel == RW_REL_VISITED && f3->modality == RW_MOD_PLANNED &&
                  f3->sentence == 1 && f3->place == rw_graph_find_entity(g, "place-moscow") &&
                  f3->evidence && strstr(f3->evidence, "موسكو"),
              "fact 3: planned visit to Moscow, evidence sentence 2");
        CHECK(f3 && f3->subj != sh, "one-word الشرع is not merged with أحمد الشرع");
        rw_graph_free(g);
    }
    /* Only the evidence is kept: the sentences facts cite, each once. */
    CHECK_INT(sql_int(path, "SELECT count(*) FROM sentences"), 3, "3 sentences stored");
    CHECK_INT(sql_int(path, "SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM "
                            "facts f WHERE f.doc = s.doc AND f.sentence = s.idx)"),
              0, "no sentence without a fact");
    CHECK_INT(sql_int(path, "SELECT count(*) FROM mentions"), 8, "8 mentions stored");
    CHECK_INT(sql_int(path, "SELECT count(*) FROM mentions WHERE text IS NULL OR "
                            "length(CAST(text AS BLOB)) != end_byte - start_byte"),
              0, "each mention keeps its surface text, as long as its span");
    char *t = sql_text(path, "SELECT text FROM sentences s JOIN documents d ON d.rowid = s.doc "
                             "WHERE d.id = 'rt-2025-10-18' AND s.idx = 1");
    CHECK(t && strncmp(t, "وقال الشيباني", strlen("وقال الشيباني")) == 0, "sentence text");
    free(t);

    /* Re-ingesting the same text changes nothing. */
    long before = sql_int(path, "SELECT (SELECT count(*) FROM facts) * 1000000 + "
                                "(SELECT count(*) FROM entities) * 1000 + "
                                "(SELECT count(*) FROM names)");
    rw_ingest_result r3 = {0};
    CHECK_INT(ingest(s, &a, &r3), 0, "re-ingest doc 1");
    CHECK_INT(r3.duplicate, 1, "re-ingest reported as duplicate");
    CHECK_INT(r3.facts + r3.new_entities + r3.merged, 0, "re-ingest stores nothing");
    long after = sql_int(path, "SELECT (SELECT count(*) FROM facts) * 1000000 + "
                               "(SELECT count(*) FROM entities) * 1000 + "
                               "(SELECT count(*) FROM names)");
    CHECK_INT(after, before, "counts unchanged after re-ingest");
    CHECK_INT(sql_int(path, "SELECT count(*) FROM documents"), 2, "still 2 documents");
    rw_store_close(s);
    tdoc_free(&a);
    tdoc_free(&b);

    /* WAL mode and schema version, as another connection sees them. */
    char *mode = sql_text(path, "PRAGMA journal_mode");
    CHECK(mode && strcmp(mode, "wal") == 0, "journal_mode is wal (%s)", mode ? mode : "null");
    free(mode);
    CHECK_INT(sql_int(path, "PRAGMA user_version"), 5, "user_version 5");
    /* Read mode sees the same graph. */
    rw_error err2 = {0};
    rw_store *r = rw_store_open(path, RW_STORE_READ, tx, &err2);
    rw_graph *g2 = r ? rw_store_load_graph(r, &err2) : NULL;
    CHECK(g2 && rw_graph_fact_count(g2) == 4, "read-only open loads 4 facts");
    rw_graph_free(g2);
    rw_store_close(r);
    rmdb(path);
}

static void test_names_and_aliases(void)
{
    char *path = tmpdb("names");
    rw_store *s = open_db(path);
    if (!s) return;
    tdoc d1, d2, d3, d4;
    /* Two Assads and a bare surname. */
    tdoc_init(&d1, "d1", "2010-05-03",
              NAMES("وقال الرئيس بشار الأسد إن سياسة والده الرئيس الراحل حافظ الأسد مستمرة."));
    tent(&d1, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("بشار الأسد"));
    tent(&d1, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("حافظ الأسد"));
    tdoc_init(&d2, "d2", "2011-01-10",
              NAMES("والتقى بشار الاسد في دمشق وفدا تركيا، وأكد الأسد أهمية العلاقات."));
    int bashar = tent(&d2, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("بشار الاسد"));
    int lone = tent(&d2, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("الأسد"));
    (void)bashar;
    (void)lone;
    /* An alias stated in the text, then used alone elsewhere. */
    tdoc_init(&d3, "d3", "2024-12-09",
              NAMES("وأعلن أحمد الشرع، المعروف باسم أبو محمد الجولاني، تشكيل حكومة انتقالية."));
    int sh = tent(&d3, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أحمد الشرع"));
    int jl = tent(&d3, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أبو محمد الجولاني"));
    tfact(&d3, RW_REL_ALIAS_OF, sh, jl, -1, NULL, NULL, RW_MOD_ASSERTED, 0, "المعروف باسم");
    tdoc_init(&d4, "d4", "2024-12-10", NAMES("ودعا أبو محمد الجولاني في كلمة مصورة إلى الهدوء."));
    tent(&d4, NULL, RW_KIND_PERSON, NULL, NULL, NAMES("أبو محمد الجولاني"));
    rw_ingest_result r = {0};
    ingest(s, &d1, &r);
    CHECK_INT(r.new_entities, 2, "بشار الأسد and حافظ الأسد are two entities");
    ingest(s, &d2, &r);
    CHECK_INT(r.new_entities, 1, "d2: only the bare surname is new");
    CHECK_INT(r.merged, 1, "d2: بشار الاسد (bare alef) merges by full name");
    ingest(s, &d3, &r);
    CHECK_INT(r.new_entities, 1, "d3: the alias is not a second entity");
    ingest(s, &d4, &r);
    CHECK_INT(r.new_entities, 0, "d4: the alias alone finds al-Sharaa");
    /* d4 resolved the alias as d3 did, by the same name and reason: d3's row says why. */
    CHECK_INT(sql_int(path, "SELECT count(*) FROM merges m JOIN documents d ON d.rowid = m.doc "
                            "WHERE d.id = 'd4'"),
              0, "d4 records no second row for the same resolution");
    char *reason =
        sql_text(path, "SELECT m.reason FROM merges m JOIN documents d ON d.rowid = m.doc "
                       "WHERE d.id = 'd3'");
    CHECK(reason && strcmp(reason, "alias stated in d3") == 0, "d3 reason: %s",
          reason ? reason : "null");
    free(reason);
    reason = sql_text(path, "SELECT m.reason FROM merges m JOIN documents d ON d.rowid = m.doc "
                            "WHERE d.id = 'd2'");
    CHECK(reason && strcmp(reason, "name") == 0, "d2 reason: %s", reason ? reason : "null");
    free(reason);

    rw_error err = {0};
    rw_graph *g = rw_store_load_graph(s, &err);
    const rw_gentity *b = by_name(g, "بشار الأسد"), *h = by_name(g, "حافظ الأسد");
    const rw_gentity *a = by_name(g, "الأسد");
    CHECK(b && h && b != h, "Bashar and Hafez stay apart");
    CHECK(a && a != b && a != h, "bare الأسد is its own entity");
    /* names are unique per folded form: the bare-alef spelling adds nothing. */
    CHECK(b && !has_name(b, "بشار الاسد") && b->n_names == 2,
          "Bashar: label_en + one Arabic name (%zu names)", b ? b->n_names : 0);
    const rw_gentity *s1 = by_name(g, "أحمد الشرع");
    CHECK(s1 && has_name(s1, "أبو محمد الجولاني") && by_name(g, "أبو محمد الجولاني") == s1,
          "al-Jolani is a name of al-Sharaa");
    CHECK(s1 && strcmp(s1->id, "ahmed-al-sharaa") == 0, "al-Sharaa's id");
    CHECK_INT(rw_graph_entity_count(g), 4, "4 entities in all");
    rw_graph_free(g);

    /* User decisions: merge the bare surname into Bashar, and it sticks for later articles. */
    CHECK(rw_store_merge(s, "bashar-al-assad", "الأسد", "the context says Bashar", &err) == 0,
          "merge by id and name: %s", err.msg);
    CHECK_INT(rw_store_merge(s, "nobody-here", "الأسد", NULL, &err), RW_EUSAGE,
              "merge of an unknown entity is refused");
    tdoc d5;
    tdoc_init(&d5, "d5", "2011-03-01",
              NAMES("وقال الأسد في خطاب أمام مجلس الشعب إن سوريا تواجه مؤامرة."));
    int a5 = tent(&d5, NULL, RW_KIND_PERSON, NULL, NULL, NAMES("الأسد"));
    tfact(&d5, RW_REL_ATTENDED, a5, -1, -1, "2011-03-01", NULL, RW_MOD_ASSERTED, 0, "خطاب");
    ingest(s, &d5, &r);
    CHECK_INT(r.new_entities, 0, "after the user's merge, الأسد resolves to Bashar");
    reason = sql_text(path, "SELECT m.reason FROM merges m JOIN documents d ON d.rowid = m.doc "
                            "WHERE d.id = 'd5'");
    CHECK(reason && strcmp(reason, "user decision") == 0, "d5 reason: %s",
          reason ? reason : "null");
    free(reason);
    g = rw_store_load_graph(s, &err);
    CHECK_INT(rw_graph_entity_count(g), 3, "3 entities after the merge");
    b = rw_graph_find_entity(g, "bashar-al-assad");
    CHECK(b && has_name(b, "الأسد"), "Bashar has the surname now");
    rw_graph_free(g);

    /* Split it off again. */
    CHECK(rw_store_split(s, "bashar-al-assad", "الأسد", &err) == 0, "split: %s", err.msg);
    CHECK_INT(rw_store_split(s, "bashar-al-assad", "الأسد", &err), RW_EUSAGE,
              "splitting a name the entity lacks is refused");
    g = rw_store_load_graph(s, &err);
    b = rw_graph_find_entity(g, "bashar-al-assad");
    a = by_name(g, "الأسد");
    CHECK(b && !has_name(b, "الأسد") && a && a != b, "الأسد is its own entity again");
    CHECK_INT(rw_graph_entity_count(g), 4, "4 entities after the split");
    rw_graph_free(g);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM mentions m JOIN entities e ON e.rowid = "
                            "m.entity WHERE e.id = 'bashar-al-assad'"),
              2, "Bashar keeps the two mentions written with his first name");
    char *owner = sql_text(path, "SELECT e.id FROM facts f JOIN entities e ON e.rowid = f.subj "
                                 "JOIN documents d ON d.rowid = f.doc WHERE d.id = 'd5'");
    CHECK(owner && strcmp(owner, "al-assad") == 0,
          "the fact of a sentence naming only الأسد went with the split (%s)",
          owner ? owner : "null");
    free(owner);
    /* `rawabit show` lists the reasons from the store. */
    g = rw_store_load_graph(s, &err);
    rw_query *q = rw_query_new(g, tx, &err);
    char *shown = NULL;
    size_t shown_len;
    FILE *out = open_memstream(&shown, &shown_len);
    rw_query_show(q, rw_query_find(q, "أبو محمد الجولاني"), s, out, &err);
    fclose(out);
    CHECK(shown && strstr(shown, "id\tahmed-al-sharaa\n") &&
              strstr(shown, "merge\talias stated in d3\tأبو محمد الجولاني\td3\n") &&
              !strstr(shown, "merge\talias stated in d3\tأبو محمد الجولاني\td4\n"),
          "show: merge history with reasons and the first document of each");
    free(shown);
    out = open_memstream(&shown, &shown_len);
    rw_query_show(q, rw_query_find(q, "bashar-al-assad"), s, out, &err);
    fclose(out);
    CHECK(shown && strstr(shown, "merge\tthe context says Bashar\tal-assad\t-\n") &&
              strstr(shown, "merge\tuser decision\tالأسد\td5\n"),
          "show: user merge and decision-driven resolution");
    free(shown);
    rw_query_free(q);
    rw_graph_free(g);
    rw_store_close(s);
    tdoc *all[] = {&d1, &d2, &d3, &d4, &d5};
    for (size_t i = 0; i < 5; i++)
        tdoc_free(all[i]);
    rmdb(path);
}

/* Lexicon keys against names: a key is adopted by the entity its name found, and two different
 * keys are two actors even under one name. Run on both backends. */
static void test_keys(void)
{
    tdoc d1, d2, d3, d4;
    tdoc_init(&d1, "k1", "2025-03-01", NAMES("وصل فلاديمير بوتين إلى مينسك."));
    tent(&d1, NULL, RW_KIND_PERSON, NULL, "RU", NAMES("فلاديمير بوتين"));
    tdoc_init(&d2, "k2", "2025-03-02", NAMES("واستقبل فلاديمير بوتين نظيره البيلاروسي."));
    tent(&d2, "vladimir-putin", RW_KIND_PERSON, "Vladimir Putin", "RU", NAMES("فلاديمير بوتين"));
    tdoc_init(&d3, "k3", "2025-03-03", NAMES("Vladimir Putin said the talks were useful."));
    tent(&d3, "vladimir-putin", RW_KIND_PERSON, "Vladimir Putin", "RU", NAMES("Vladimir Putin"));
    /* Another lexicon entry spelled the same way in Arabic (a namesake). */
    tdoc_init(&d4, "k4", "2025-03-04",
              NAMES("وقال فلاديمير بوتين، وهو مزارع من كراسنودار، إن الحصاد جيد."));
    tent(&d4, "vladimir-putin-farmer", RW_KIND_PERSON, "Vladimir Putin (farmer)", "RU",
         NAMES("فلاديمير بوتين"));
    tdoc *all[] = {&d1, &d2, &d3, &d4};

    /* Two articles, two Russian delegations: groups do not merge by name. */
    tdoc g1, g2;
    tdoc_init(&g1, "g1", "2025-03-05", NAMES("وصل وفد روسي إلى دمشق لبحث ملف القواعد."));
    tent(&g1, NULL, RW_KIND_GROUP, NULL, "RU", NAMES("وفد روسي"));
    tdoc_init(&g2, "g2", "2025-09-10", NAMES("واستقبلت أنقرة وفد روسي برئاسة نائب وزير الخارجية."));
    tent(&g2, NULL, RW_KIND_GROUP, NULL, "RU", NAMES("وفد روسي"));
    {
        char *gp = tmpdb("groups");
        rw_store *gs = open_db(gp);
        rw_ingest_result gr;
        ingest(gs, &g1, &gr);
        ingest(gs, &g2, &gr);
        CHECK_INT(gr.new_entities, 1, "the second article's delegation is a new group");
        rw_store_close(gs);
        rmdb(gp);
    }
    tdoc_free(&g1);
    tdoc_free(&g2);

    char *path = tmpdb("keys");
    rw_store *s = open_db(path);
    rw_ingest_result r;
    size_t created[4];
    for (int i = 0; i < 4; i++) {
        ingest(s, all[i], &r);
        created[i] = r.new_entities;
    }
    CHECK(created[0] == 1 && created[1] == 0 && created[2] == 0 && created[3] == 1,
          "store: new entities per article 1,0,0,1 (got %zu,%zu,%zu,%zu)", created[0], created[1],
          created[2], created[3]);
    /* Its id came from the transliteration of the first article and stays; its English label
     * is the lexicon's now. */
    char *key = sql_text(path, "SELECT label_en FROM entities WHERE lexicon_key = "
                               "'vladimir-putin' AND id <> 'vladimir-putin'");
    CHECK(key && strcmp(key, "Vladimir Putin") == 0,
          "the name-found entity adopted key and label, kept its id (%s)", key ? key : "null");
    free(key);
    rw_store_close(s);
    rmdb(path);

    rw_graph *g = rw_graph_new();
    rw_error err = {0};
    size_t before = 0;
    for (int i = 0; i < 4; i++) {
        rw_graph_add_extraction(g, &all[i]->x, tx, &err);
        created[i] = rw_graph_entity_count(g) - before;
        before = rw_graph_entity_count(g);
    }
    CHECK(created[0] == 1 && created[1] == 0 && created[2] == 0 && created[3] == 1,
          "in memory: new entities per article 1,0,0,1 (got %zu,%zu,%zu,%zu)", created[0],
          created[1], created[2], created[3]);
    const rw_gentity *p = by_name(g, "فلاديمير بوتين");
    CHECK(p && has_name(p, "Vladimir Putin") && strcmp(p->label_en, "Vladimir Putin") == 0,
          "in memory: one Putin with both names and the lexicon's label");
    rw_graph_free(g);
    for (int i = 0; i < 4; i++)
        tdoc_free(all[i]);
}

/* holds_role observations: Assad (2021, and "former" from 2024-12-08), al-Sharaa from 2025-01-29.
 */
static void role_docs(tdoc *d)
{
    tdoc_init(&d[0], "r-2021", "2021-05-28",
              NAMES("أدى الرئيس السوري بشار الأسد اليمين الدستورية لولاية رئاسية جديدة."));
    int a = tent(&d[0], NULL, RW_KIND_PERSON, NULL, "SY", NAMES("بشار الأسد"));
    tfact(&d[0], RW_REL_HOLDS_ROLE, a, -1, -1, NULL, "president@SY", RW_MOD_ASSERTED, 0, "الرئيس");
    tdoc_init(&d[1], "r-2024", "2024-12-08",
              NAMES("غادر الرئيس المخلوع بشار الأسد دمشق إلى موسكو."));
    a = tent(&d[1], NULL, RW_KIND_PERSON, NULL, "SY", NAMES("بشار الأسد"));
    tfact(&d[1], RW_REL_HOLDS_ROLE, a, -1, -1, "2024-12-08", "president@SY", RW_MOD_NEGATED, 0,
          "المخلوع");
    tdoc_init(&d[2], "r-2025", "2025-01-29",
              NAMES("أعلنت القيادة العامة تعيين أحمد الشرع رئيسا للبلاد في المرحلة الانتقالية."));
    a = tent(&d[2], NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أحمد الشرع"));
    tfact(&d[2], RW_REL_HOLDS_ROLE, a, -1, -1, "2025-01-29", "president@SY", RW_MOD_ASSERTED, 0,
          "تعيين");
}

static void test_roles(void)
{
    char *path = tmpdb("roles");
    rw_store *s = open_db(path);
    if (!s) return;
    tdoc d[3];
    role_docs(d);
    rw_ingest_result r = {0};
    for (int i = 0; i < 3; i++)
        ingest(s, &d[i], &r);
    static const struct {
        const char *date, *want; /* want: the entity id, NULL = stays its own entity */
    } cases[] = {
        {"2023-03-01", "bashar-al-assad"},
        {"2021-05-28", "bashar-al-assad"},
        {"2025-06-01", "ahmed-al-sharaa"},
        {"2025-01-29", "ahmed-al-sharaa"},
        {"2024-12-20", NULL}, /* between the fall and the appointment */
        {"2019-01-01", NULL}, /* before anything the corpus knows */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tdoc t;
        char id[32];
        snprintf(id, sizeof id, "role-%zu", i);
        char text[200];
        snprintf(text, sizeof text, "وقال الرئيس السوري في مقابلة بتاريخ %s إن الأولوية للاقتصاد.",
                 cases[i].date);
        tdoc_init(&t, id, cases[i].date, NAMES(text));
        int e = tent(&t, "role:president@SY", RW_KIND_PERSON, "President of Syria", "SY",
                     NAMES("الرئيس السوري"));
        tfact(&t, RW_REL_VISITED, e, -1, -1, NULL, NULL, RW_MOD_ASSERTED, 0, "مقابلة");
        ingest(s, &t, &r);
        char sql[300];
        snprintf(sql, sizeof sql,
                 "SELECT e.id FROM facts f JOIN entities e ON e.rowid = f.subj "
                 "JOIN documents d ON d.rowid = f.doc WHERE d.id = '%s'",
                 id);
        char *got = sql_text(path, sql);
        if (cases[i].want) {
            CHECK(got && strcmp(got, cases[i].want) == 0, "role:president@SY at %s -> %s (got %s)",
                  cases[i].date, cases[i].want, got ? got : "null");
            snprintf(sql, sizeof sql,
                     "SELECT m.reason FROM merges m JOIN documents d ON d.rowid = "
                     "m.doc WHERE d.id = '%s'",
                     id);
            char *reason = sql_text(path, sql);
            char want[100];
            snprintf(want, sizeof want, "role president@SY at %s", cases[i].date);
            CHECK_STR(reason, want, "role reason");
            free(reason);
        } else {
            CHECK(got && strcmp(got, "bashar-al-assad") != 0 && strcmp(got, "ahmed-al-sharaa") != 0,
                  "role:president@SY at %s stays unresolved (got %s)", cases[i].date,
                  got ? got : "null");
        }
        free(got);
        tdoc_free(&t);
    }
    /* The role phrase never became a name of either president. */
    CHECK_INT(sql_int(path, "SELECT count(*) FROM names n JOIN entities e ON e.rowid = n.entity "
                            "WHERE e.id IN ('bashar-al-assad', 'ahmed-al-sharaa') AND "
                            "n.name = 'الرئيس السوري'"),
              0, "role phrase not stored as a president's name");
    rw_store_close(s);
    for (int i = 0; i < 3; i++)
        tdoc_free(&d[i]);
    rmdb(path);

    /* An office nobody is known to hold: its own entity, labelled from the office. */
    s = open_db(path = tmpdb("roles2"));
    tdoc fm;
    tdoc_init(&fm, "fm", "2025-05-05", NAMES("وصرح وزير الخارجية اليمني بأن المفاوضات متعثرة."));
    tent(&fm, "role:foreign_minister@YE", RW_KIND_PERSON, NULL, "YE",
         NAMES("وزير الخارجية اليمني"));
    ingest(s, &fm, &r);
    char *lbl = sql_text(path, "SELECT id || '|' || label_en || '|' || role FROM entities");
    CHECK_STR(lbl, "foreign-minister-ye|Foreign Minister (YE)|foreign_minister@YE",
              "unresolved role entity");
    free(lbl);
    rw_store_close(s);
    tdoc_free(&fm);
    rmdb(path);
    static const struct {
        const char *role, *want;
    } labels[] = {{"foreign_minister@SY", "Foreign Minister (SY)"},
                  {"president", "President"},
                  {"crown_prince@SA", "Crown Prince (SA)"},
                  {"king@", "King"}};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        rw_buf b = {0};
        rw_merge_role_label(labels[i].role, &b);
        CHECK_STR(rw_buf_str(&b), labels[i].want, labels[i].role);
        rw_buf_free(&b);
    }

    /* The holder rule on its own. */
    rw_role_obs obs[] = {{1, {2021, 5, 28}, 1}, {1, {2024, 12, 8}, 0}, {2, {2025, 1, 29}, 1}};
    CHECK_INT(rw_merge_role_holder(obs, 3, (rw_date){2024, 12, 7}), 1, "day before the fall");
    CHECK_INT(rw_merge_role_holder(obs, 3, (rw_date){2024, 12, 8}), 0, "day of the fall");
    CHECK_INT(rw_merge_role_holder(obs, 3, (rw_date){2025, 0, 0}), 0, "undated docs: 2025 alone");
    CHECK_INT(rw_merge_role_holder(obs, 3, RW_DATE_NONE), 0, "no date, no holder");
}

/* Builds the two-article corpus in a fresh database and returns its ids, sorted, joined. */
static char *corpus_ids(const char *path)
{
    rw_store *s = open_db(path);
    tdoc a, b;
    doc_visit(&a);
    doc_call(&b);
    rw_ingest_result r;
    ingest(s, &a, &r);
    ingest(s, &b, &r);
    rw_store_close(s);
    tdoc_free(&a);
    tdoc_free(&b);
    return sql_text(path, "SELECT group_concat(id, ' ') FROM (SELECT id FROM entities UNION ALL "
                          "SELECT id FROM facts ORDER BY 1)");
}

static void test_stable_ids(void)
{
    char *p1 = tmpdb("ids1"), *p2 = tmpdb("ids2");
    char *i1 = corpus_ids(p1), *i2 = corpus_ids(p2);
    CHECK(i1 && i2 && strcmp(i1, i2) == 0, "same ids in two fresh databases");
    CHECK(i1 && strstr(i1, "ahmed-al-sharaa") && strstr(i1, "asaad-al-shaibani"),
          "ids are slugs of English labels");
    /* Re-ingest into the first: same ids. */
    char *i3 = corpus_ids(p1);
    CHECK(i1 && i3 && strcmp(i1, i3) == 0, "same ids after re-ingest");
    free(i1);
    free(i2);
    free(i3);
    rmdb(p1);
    rmdb(p2);

    /* Same English label, different people: -2. */
    char *p = tmpdb("coll");
    rw_store *s = open_db(p);
    tdoc a, b;
    tdoc_init(&a, "c1", "2025-01-01", NAMES("وصل محمد علي إلى القاهرة."));
    tent(&a, NULL, RW_KIND_PERSON, NULL, NULL, NAMES("محمد علي"));
    tdoc_init(&b, "c2", "2025-01-02", NAMES("افتتحت شركة محمد علي فرعا جديدا."));
    tent(&b, NULL, RW_KIND_ORG, NULL, NULL, NAMES("محمد علي"));
    rw_ingest_result r;
    ingest(s, &a, &r);
    ingest(s, &b, &r);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM entities WHERE id IN ('mohammed-ali', "
                         "'mohammed-ali-2')"),
              2, "person and org of one name: mohammed-ali and mohammed-ali-2");
    rw_store_close(s);
    tdoc_free(&a);
    tdoc_free(&b);
    rmdb(p);
}

static void test_hostile(void)
{
    char *path = tmpdb("hostile");
    rw_store *s = open_db(path);
    if (!s) return;
    static const char *evil_id = "x'); DROP TABLE facts; --\"";
    static const char *evil_name = "O'Neil \"the\" ; DELETE FROM names; \x01\x7f";
    tdoc t;
    tdoc_init(&t, evil_id, "2025-02-02",
              NAMES("Robert O'Neil \"the\" ; DELETE FROM names; \x01\x7f met 'Ali'."));
    t.doc.title = strdup("'; --");
    t.doc.url = strdup("https://example.org/?a='1'&b=\"2\"");
    int a = tent(&t, NULL, RW_KIND_PERSON, NULL, NULL, NAMES(evil_name));
    int b = tent(&t, "key'with\"quotes", RW_KIND_PERSON, "'Ali'", NULL, NAMES("'Ali'"));
    tfact(&t, RW_REL_MET, a, b, -1, NULL, NULL, RW_MOD_ASSERTED, 0, "met");
    rw_ingest_result r;
    CHECK_INT(ingest(s, &t, &r), 0, "hostile strings ingest");
    rw_error err = {0};
    rw_graph *g = rw_store_load_graph(s, &err);
    CHECK(g && rw_graph_fact_count(g) == 1, "facts table survived");
    const rw_gdoc *d = g ? rw_graph_find_doc(g, evil_id) : NULL;
    CHECK(d && strcmp(d->title, "'; --") == 0 && strcmp(d->url, t.doc.url) == 0,
          "document strings round-trip");
    const rw_gentity *e = g ? by_name(g, evil_name) : NULL;
    CHECK(e != NULL, "a name with quotes and control bytes round-trips");
    CHECK(g && rw_graph_find_entity(g, "key-with-quotes") != NULL, "key slug is safe");
    rw_graph_free(g);
    CHECK_INT(rw_store_merge(s, "'Ali'", "x' OR '1'='1", NULL, &err), RW_EUSAGE,
              "a hostile reference matches nothing");
    rw_store_close(s);
    tdoc_free(&t);
    rmdb(path);
}

static void test_migration(void)
{
    rw_error err = {0};
    /* An empty file, and a database with tables of its own but no rawabit schema. */
    char *p = tmpdb("empty");
    FILE *f = fopen(p, "w");
    fclose(f);
    rw_store *s = rw_store_open(p, RW_STORE_WRITE, tx, &err);
    CHECK(s != NULL, "empty file opens for writing: %s", err.msg);
    rw_store_close(s);
    CHECK_INT(sql_int(p, "PRAGMA user_version"), 5, "migrated to version 5");
    char *by = sql_text(p, "SELECT value FROM meta WHERE key = 'created_by'");
    CHECK(by && strncmp(by, "rawabit ", 8) == 0, "meta records the creator (%s)", by ? by : "null");
    free(by);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                         "('meta','documents','sentences','mentions','entities','names','facts',"
                         "'merges','decisions')"),
              9, "all 9 tables exist");
    /* Opening again does not migrate twice. */
    s = rw_store_open(p, RW_STORE_WRITE, tx, &err);
    CHECK(s != NULL, "reopen: %s", err.msg);
    rw_store_close(s);
    rmdb(p);

    p = tmpdb("future");
    sqlite3 *db;
    sqlite3_open(p, &db);
    sqlite3_exec(db, "PRAGMA user_version = 7", NULL, NULL, NULL);
    sqlite3_close(db);
    s = rw_store_open(p, RW_STORE_WRITE, tx, &err);
    CHECK(s == NULL && err.code == RW_EIO && strstr(err.msg, "version 7"),
          "a newer schema is refused: %s", err.msg);
    rmdb(p);

    p = tmpdb("missing");
    s = rw_store_open(p, RW_STORE_READ, tx, &err);
    CHECK(s == NULL && err.code == RW_EIO, "read mode on a missing file: %s", err.msg);
    CHECK(access(p, F_OK) != 0, "read mode creates no file");
    rmdb(p);
}

/* A database named `name` holding the visit article, to be made an older version by SQL. */
static char *visit_db(const char *name)
{
    char *p = tmpdb(name);
    rw_store *s = open_db(p);
    tdoc a;
    doc_visit(&a);
    rw_ingest_result r = {0};
    CHECK(s && ingest(s, &a, &r) == 0, "%s: the article is ingested", name);
    rw_store_close(s);
    tdoc_free(&a);
    return p;
}

/* Runs `sql` on the database at p with a plain connection (no rawabit, no foreign keys). */
static int exec_on(const char *p, const char *sql)
{
    sqlite3 *db;
    sqlite3_open(p, &db);
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc;
}

/* Makes the database at p one of an older schema `version` by running `sql` on it, then sets its
 * PRAGMA user_version. */
static void make_version(const char *p, int version, const char *sql)
{
    char *all = malloc(strlen(sql) + 64);
    if (!all) abort();
    sprintf(all, "%sPRAGMA user_version = %d;", sql, version);
    int rc = exec_on(p, all);
    free(all);
    CHECK(rc == SQLITE_OK, "v%d: the database is made a version %d one (%d)", version, version, rc);
}

/* Opens the version `from` database at p for writing, which migrates it to the current schema;
 * the store is the caller's to close (NULL when it did not open). */
static rw_store *open_migrated(const char *p, int from)
{
    rw_store *s = open_db(p);
    CHECK(s != NULL, "v%d: opens for writing", from);
    long version = sql_int(p, "PRAGMA user_version");
    CHECK(version == 5, "v%d: migrated to version 5 (got %ld)", from, version);
    return s;
}

/* A version 1 database (every sentence stored, mentions without their text) is upgraded in
 * place: the mentions get their text from their sentences, then uncited sentences go. */
static void test_migration_v1(void)
{
    char *p = visit_db("v1");
    long mentions = sql_int(p, "SELECT count(*) FROM mentions m WHERE EXISTS (SELECT 1 FROM "
                               "sentences t WHERE t.doc = m.doc AND t.idx = m.sentence)");
    make_version(p, 1,
                 "INSERT INTO sentences(doc, idx, start_byte, end_byte, text) "
                 "VALUES (1, 99, 0, 4, 'no fact cites this');"
                 "ALTER TABLE mentions DROP COLUMN text; DROP INDEX facts_doc;"
                 "DROP TABLE copies; DROP TABLE sketches;");
    rw_store_close(open_migrated(p, 1));
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                         "('sketches','copies')"),
              2, "v1: the near-duplicate tables of version 3 are there");
    CHECK_INT(sql_int(p, "SELECT count(*) FROM sentences WHERE idx = 99"), 0,
              "v1: the sentence no fact cites is gone");
    CHECK(mentions > 0 &&
              sql_int(p, "SELECT count(*) FROM mentions WHERE text IS NOT NULL AND "
                         "length(CAST(text AS BLOB)) = end_byte - start_byte") == mentions,
          "v1: the %ld mentions of stored sentences got their text back", mentions);
    rmdb(p);
}

/* A version 3 database stored 32-bit sketch words: version 4 keeps their low halves, which is
 * what the sketcher now computes, so stored articles are still found as copies; and it keeps one
 * row of a resolution that articles logged again and again. */
static void test_migration_v3(void)
{
    char *p = visit_db("v3");
    make_version(p, 3,
                 "DELETE FROM sketches;"
                 "INSERT INTO sketches(doc, minhash) VALUES (1, randomblob(256));"
                 "INSERT INTO sketches(doc, minhash) VALUES (2, randomblob(100));"
                 "CREATE TABLE old AS SELECT doc, minhash FROM sketches;"
                 "INSERT INTO merges(entity, merged_from, name, reason, doc) VALUES "
                 "(1, 'k', 'n', 'lexicon', 1), (1, 'k', 'n', 'lexicon', 1),"
                 "(1, 'x', NULL, 'user decision', NULL),"
                 "(1, 'x', NULL, 'user decision', NULL);");
    rw_store_close(open_migrated(p, 3));
    CHECK_INT(sql_int(p, "SELECT length(minhash) FROM sketches WHERE doc = 1"), 128,
              "v3: a 256-byte sketch is now 128 bytes");
    CHECK_INT(sql_int(p, "SELECT length(minhash) FROM sketches WHERE doc = 2"), 100,
              "v3: a blob that is no sketch of ours is left alone");
    /* Each 16-bit word is the low half of the old little-endian 32-bit word. */
    int same = 0;
    sqlite3 *db;
    sqlite3_open(p, &db);
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(db,
                           "SELECT o.minhash, n.minhash FROM old o JOIN sketches n USING (doc) "
                           "WHERE doc = 1",
                           -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
        const unsigned char *o = sqlite3_column_blob(q, 0), *n = sqlite3_column_blob(q, 1);
        for (int i = 0; i < 64; i++)
            same += o[4 * i] == n[2 * i] && o[4 * i + 1] == n[2 * i + 1];
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    CHECK_INT(same, 64, "v3: every word keeps its low half");
    CHECK_INT(sql_int(p, "SELECT count(*) FROM merges WHERE merged_from = 'k'"), 1,
              "v3: a resolution logged twice is kept once");
    CHECK_INT(sql_int(p, "SELECT count(*) FROM merges WHERE merged_from = 'x'"), 2,
              "v3: a user's merges, made by no article, all stay");
    rmdb(p);
}

/* A version 4 database kept content hashes as 32 hex digits: version 5 packs them into their 16
 * bytes, and an article stored before is still recognised when it comes again. */
static void test_migration_v4(void)
{
    char *p = visit_db("v4");
    char *hex = sql_text(p, "SELECT lower(hex(hash)) FROM documents WHERE rowid = 1");
    CHECK_INT(sql_int(p, "SELECT length(hash) FROM documents WHERE rowid = 1"), 16,
              "v4: a new database stores a hash in 16 bytes");
    make_version(p, 4,
                 "UPDATE documents SET hash = lower(hex(hash));"
                 "INSERT INTO documents(id, hash) VALUES ('not-ours', 'no hex digits');");
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents WHERE typeof(hash) = 'text'"), 2,
              "v4: its hashes are hex text");
    rw_store *s = open_migrated(p, 4);
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents WHERE typeof(hash) = 'blob' AND "
                         "length(hash) = 16"),
              1, "v4: the hex hash is packed");
    CHECK_INT(sql_int(p, "SELECT count(*) FROM documents WHERE hash = 'no hex digits'"), 1,
              "v4: a hash that is no hex is left as it is");
    tdoc a;
    doc_visit(&a);
    CHECK(a.doc.hash[0] && hex && strcmp(a.doc.hash, hex) == 0, "v4: the hash read back is %s",
          hex ? hex : "null");
    rw_ingest_result r = {0};
    CHECK(s && ingest(s, &a, &r) == 0 && r.duplicate, "v4: the same article again is a duplicate");
    rw_error err = {0};
    rw_graph *g = s ? rw_store_load_graph(s, &err) : NULL;
    const rw_gdoc *d = g ? rw_graph_doc(g, 0) : NULL;
    CHECK(d && d->hash && hex && strcmp(d->hash, hex) == 0,
          "v4: the graph has the hash in hex (%s)", d && d->hash ? d->hash : "null");
    rw_graph_free(g);
    rw_store_close(s);
    tdoc_free(&a);
    free(hex);
    rmdb(p);
}

/* An ingest packs the database it created, and leaves one that existed as it was. */
static void test_compact_new(void)
{
    char *p = visit_db("compact");
    /* free pages, as partly empty ones would be after an ingest */
    const char *junk = "CREATE TABLE junk AS SELECT randomblob(200000) AS b FROM "
                       "(SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3); DROP TABLE junk;";
    rw_error err = {0};
    rw_store *s = open_db(p);
    CHECK(s && exec_on(p, junk) == SQLITE_OK && sql_int(p, "PRAGMA freelist_count") > 0,
          "compact: an existing database with free pages");
    CHECK(s && rw_store_compact_new(s, &err) == 0, "compact: no error on an existing database");
    CHECK(sql_int(p, "PRAGMA freelist_count") > 0,
          "compact: a database that existed is left as it is");
    rw_store_close(s);
    rmdb(p);
    p = tmpdb("compact-new");
    s = open_db(p);
    CHECK(s && exec_on(p, junk) == SQLITE_OK && sql_int(p, "PRAGMA freelist_count") > 0,
          "compact: a new database with free pages");
    CHECK(s && rw_store_compact_new(s, &err) == 0, "compact: packs the new one (%s)", err.msg);
    CHECK_INT(sql_int(p, "PRAGMA freelist_count"), 0, "compact: no free page is left");
    rw_store_close(s);
    rmdb(p);
}

static void test_aliases_file(void)
{
    char *path = tmpdb("aliases");
    rw_store *s = open_db(path);
    rw_error err = {0};
    char apath[] = "/tmp/rw_aliases_XXXXXX";
    int fd = mkstemp(apath);
    FILE *f = fdopen(fd, "w");
    fputs("# user decisions\nmerge\tsergey-lavrov\tلافروف\n", f);
    fclose(f);
    /* Loaded before any article: stored, applied on ingest. */
    CHECK(rw_store_load_aliases(s, apath, &err) == 0, "aliases file loads: %s", err.msg);
    tdoc a, b;
    doc_visit(&a);
    tdoc_init(&b, "tass-1", "2025-10-20", NAMES("وقال لافروف إن موسكو مستعدة للتعاون."));
    tent(&b, NULL, RW_KIND_PERSON, NULL, NULL, NAMES("لافروف"));
    rw_ingest_result r;
    ingest(s, &a, &r);
    ingest(s, &b, &r);
    CHECK_INT(r.new_entities, 0, "لافروف resolves to Lavrov by the user's decision");
    CHECK_INT(rw_store_load_aliases(s, apath, &err), 0, "loading the file again is harmless");
    f = fopen(apath, "w");
    fputs("merge\tonly-two-fields\nfrobnicate\ta\tb\n", f);
    fclose(f);
    CHECK(rw_store_load_aliases(s, apath, &err) == RW_EINPUT && strstr(err.msg, ":1:"),
          "bad line named: %s", err.msg);
    remove(apath);
    rw_store_close(s);
    tdoc_free(&a);
    tdoc_free(&b);
    rmdb(path);
}

static void test_in_memory(void)
{
    rw_graph *g = rw_graph_new();
    tdoc a, b;
    doc_visit(&a);
    doc_call(&b);
    rw_error err = {0};
    CHECK(rw_graph_add_extraction(g, &a.x, tx, &err) == 0, "in memory: doc 1 %s", err.msg);
    CHECK(rw_graph_add_extraction(g, &b.x, tx, &err) == 0, "in memory: doc 2 %s", err.msg);
    CHECK_INT(rw_graph_entity_count(g), 6, "in memory: 6 entities (Lavrov merged by key)");
    CHECK_INT(rw_graph_fact_count(g), 4, "in memory: 4 facts");
    const rw_gentity *lav = rw_graph_find_entity(g, "sergey-lavrov");
    CHECK(lav && has_name(lav, "Sergey Lavrov") && has_name(lav, "سيرغي لافروف"),
          "in memory: Lavrov's names");
    const rw_gfact *f = rw_graph_fact(g, 0);
    CHECK(f && f->evidence && strstr(f->evidence, "استقبل") == f->evidence, "in memory: evidence");
    /* Same fact ids as the store gives. */
    char *path = tmpdb("mem");
    rw_store *s = open_db(path);
    rw_ingest_result r;
    ingest(s, &a, &r);
    ingest(s, &b, &r);
    rw_graph *sg = rw_store_load_graph(s, &err);
    int same = sg && rw_graph_fact_count(sg) == rw_graph_fact_count(g);
    for (size_t i = 0; same && i < rw_graph_fact_count(g); i++)
        same = strcmp(rw_graph_fact(g, i)->id, rw_graph_fact(sg, i)->id) == 0 &&
               strcmp(rw_graph_fact(g, i)->subj->id, rw_graph_fact(sg, i)->subj->id) == 0;
    CHECK(same, "in-memory and stored facts have the same ids");
    rw_graph_free(sg);
    rw_store_close(s);
    rmdb(path);
    /* Ingesting the same article twice in memory keeps both documents apart. */
    CHECK_INT(rw_graph_add_extraction(g, &a.x, tx, &err), 0, "in memory: doc 1 again");
    CHECK(rw_graph_find_doc(g, "sana-2025-10-15#2") != NULL, "second copy gets its own doc id");
    CHECK_INT(rw_graph_entity_count(g), 6, "no new entities from the copy");
    rw_graph_free(g);
    tdoc_free(&a);
    tdoc_free(&b);

    /* Roles and stated aliases in memory too. */
    g = rw_graph_new();
    tdoc d[3], t, al;
    role_docs(d);
    for (int i = 0; i < 3; i++)
        rw_graph_add_extraction(g, &d[i].x, tx, &err);
    tdoc_init(&t, "mem-role", "2023-03-01", NAMES("وقال الرئيس السوري إن الأولوية للاقتصاد."));
    int e = tent(&t, "role:president@SY", RW_KIND_PERSON, "President of Syria", "SY",
                 NAMES("الرئيس السوري"));
    tfact(&t, RW_REL_VISITED, e, -1, -1, NULL, NULL, RW_MOD_ASSERTED, 0, "قال");
    rw_graph_add_extraction(g, &t.x, tx, &err);
    f = rw_graph_fact(g, rw_graph_fact_count(g) - 1);
    CHECK(f && strcmp(f->subj->id, "bashar-al-assad") == 0, "in memory: the 2023 president is %s",
          f ? f->subj->id : "null");
    tdoc_init(&al, "mem-alias", "2024-12-09",
              NAMES("وأعلن أحمد الشرع، المعروف باسم أبو محمد الجولاني، تشكيل حكومة."));
    int sh = tent(&al, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أحمد الشرع"));
    int jl = tent(&al, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أبو محمد الجولاني"));
    tfact(&al, RW_REL_ALIAS_OF, sh, jl, -1, NULL, NULL, RW_MOD_ASSERTED, 0, "المعروف باسم");
    size_t before = rw_graph_entity_count(g);
    rw_graph_add_extraction(g, &al.x, tx, &err);
    CHECK_INT(rw_graph_entity_count(g), before, "in memory: al-Sharaa and his alias are known");
    const rw_gentity *sharaa = rw_graph_find_entity(g, "ahmed-al-sharaa");
    CHECK(sharaa && has_name(sharaa, "أبو محمد الجولاني"), "in memory: alias is a name");
    rw_graph_free(g);
    for (int i = 0; i < 3; i++)
        tdoc_free(&d[i]);
    tdoc_free(&t);
    tdoc_free(&al);

    /* A chain of aliases, the last one listed first: all three names are one person. */
    g = rw_graph_new();
    tdoc ch;
    tdoc_init(&ch, "chain", "2016-07-28",
              NAMES("وظهر أبو محمد الجولاني، واسمه الفاتح أبو محمد الجولاني، ويعرف أيضا "
                    "بالشيخ الفاتح."));
    int x = tent(&ch, NULL, RW_KIND_PERSON, NULL, "SY", NAMES("أبو محمد الجولاني"));
    int z = tent(&ch, NULL, RW_KIND_PERSON, NULL, NULL, NAMES("الشيخ الفاتح"));
    int y = tent(&ch, NULL, RW_KIND_PERSON, NULL, NULL, NAMES("الفاتح أبو محمد الجولاني"));
    tfact(&ch, RW_REL_ALIAS_OF, x, y, -1, NULL, NULL, RW_MOD_ASSERTED, 0, "واسمه");
    tfact(&ch, RW_REL_ALIAS_OF, y, z, -1, NULL, NULL, RW_MOD_ASSERTED, 0, "ويعرف");
    rw_graph_add_extraction(g, &ch.x, tx, &err);
    CHECK_INT(rw_graph_entity_count(g), 1, "in memory: a chain of two aliases is one entity");
    rw_graph_free(g);
    tdoc_free(&ch);
}

/* kill -9 in the middle of a batch: the batch is gone, the database is consistent, and the
 * articles ingest again. */
static void test_crash(void)
{
    char *path = tmpdb("crash");
    tdoc a, b;
    doc_visit(&a);
    doc_call(&b);
    rw_store *s = open_db(path);
    rw_ingest_result r;
    ingest(s, &a, &r); /* committed before the crash */
    rw_store_close(s);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        rw_error err;
        rw_store *c = rw_store_open(path, RW_STORE_WRITE, tx, &err);
        rw_store_begin(c, &err);
        rw_store_add_extraction(c, &b.x, &r, &err);
        kill(getpid(), SIGKILL);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "child killed mid-batch");
    char *ok = sql_text(path, "PRAGMA integrity_check");
    CHECK(ok && strcmp(ok, "ok") == 0, "integrity_check: %s", ok ? ok : "null");
    free(ok);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM documents"), 1, "only the committed article");
    CHECK_INT(sql_int(path, "SELECT count(*) FROM facts"), 2, "only its facts");
    s = open_db(path);
    CHECK_INT(ingest(s, &b, &r), 0, "the lost article ingests again");
    CHECK_INT(r.duplicate, 0, "and is not taken for a duplicate");
    CHECK_INT(r.facts, 2, "with its 2 facts");
    rw_store_close(s);
    tdoc_free(&a);
    tdoc_free(&b);
    rmdb(path);
}

/* Rule 4b: spellings of one person's name that name_variants.tsv joins. Six articles: the article
 * of a given name written then left out, and the reverse order; the two hamza spellings of Jary,
 * both in one sentence of one article; and what must stay apart: Alaa and Ola, two one-word
 * names, and an organisation with and without the article (the rule is for people). */
static void variant_docs(tdoc *d)
{
    tdoc_init(&d[0], "v1", "2017-04-15", NAMES("وقال المنصف خماخم إن الهيئة ستجتمع."));
    tent(&d[0], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("المنصف خماخم"));
    tent(&d[0], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("منجي سليم"));
    tent(&d[0], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("علاء محمد"));
    tent(&d[0], NULL, RW_KIND_ORG, NULL, "TN", NAMES("الحزب الديمقراطي"));
    tdoc_init(&d[1], "v2", "2017-04-16", NAMES("والتقى منصف خماخم المنجي سليم وعلا محمد."));
    int k = tent(&d[1], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("منصف خماخم"));
    int m = tent(&d[1], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("المنجي سليم"));
    int o = tent(&d[1], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("علا محمد"));
    tent(&d[1], NULL, RW_KIND_ORG, NULL, "TN", NAMES("حزب ديمقراطي"));
    tfact(&d[1], RW_REL_MET, k, m, -1, "2017-04-16", NULL, RW_MOD_ASSERTED, 0, "التقى");
    tfact(&d[1], RW_REL_MET, k, o, -1, "2017-04-16", NULL, RW_MOD_ASSERTED, 0, "التقى");
    tdoc_init(&d[2], "v3", "2017-05-15",
              NAMES("يجتمع وديع الجريء غدا بحمدي المدب، ويشرف وديع الجرئ على الاجتماع."));
    int j1 = tent(&d[2], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("وديع الجريء", "الجريء"));
    int j2 = tent(&d[2], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("وديع الجرئ"));
    int md = tent(&d[2], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("حمدي المدب"));
    tfact(&d[2], RW_REL_MET, j1, md, -1, "2017-05-16", NULL, RW_MOD_PLANNED, 0, "يجتمع");
    tfact(&d[2], RW_REL_MET, j1, j2, -1, "2017-05-16", NULL, RW_MOD_PLANNED, 0, "يجتمع");
    tdoc_init(&d[3], "v4", "2017-05-16", NAMES("وقال جريء إن الاجتماع كان إيجابيا."));
    tent(&d[3], NULL, RW_KIND_PERSON, NULL, "TN", NAMES("جريء"));
}

/* The entity one of whose names is `name`, in a graph or in a store's graph. */
static void check_variants(const rw_graph *g, const char *where)
{
    const rw_gentity *k1 = by_name(g, "المنصف خماخم"), *k2 = by_name(g, "منصف خماخم");
    CHECK(k1 && k1 == k2, "%s: المنصف خماخم = منصف خماخم", where);
    const rw_gentity *m1 = by_name(g, "منجي سليم"), *m2 = by_name(g, "المنجي سليم");
    CHECK(m1 && m1 == m2, "%s: منجي سليم = المنجي سليم (the other order)", where);
    const rw_gentity *j1 = by_name(g, "وديع الجريء"), *j2 = by_name(g, "وديع الجرئ");
    CHECK(j1 && j1 == j2, "%s: وديع الجريء = وديع الجرئ, in one article", where);
    const rw_gentity *a = by_name(g, "علاء محمد"), *o = by_name(g, "علا محمد");
    CHECK(a && o && a != o, "%s: علاء محمد and علا محمد stay two people", where);
    const rw_gentity *p1 = by_name(g, "الحزب الديمقراطي"), *p2 = by_name(g, "حزب ديمقراطي");
    CHECK(p1 && p2 && p1 != p2, "%s: organisations do not merge by variant", where);
    const rw_gentity *b = by_name(g, "جريء");
    CHECK(b && b != j1, "%s: a one-word name does not merge by variant", where);
    /* "Jary met Jary" said nothing once the two spellings were one actor. */
    size_t self = 0, met = 0;
    for (size_t i = 0; i < rw_graph_fact_count(g); i++) {
        const rw_gfact *f = rw_graph_fact(g, i);
        if (f->rel != RW_REL_MET) continue;
        met++;
        self += f->subj == f->obj;
    }
    CHECK(self == 0 && met == 3, "%s: the self-meeting is dropped, 3 meetings kept (%zu, %zu)",
          where, self, met);
}

static void test_name_variants(void)
{
    tdoc d[4];
    variant_docs(d);
    char *path = tmpdb("variants");
    rw_store *s = open_db(path);
    if (!s) return;
    rw_ingest_result r = {0};
    for (int i = 0; i < 4; i++)
        ingest(s, &d[i], &r);
    rw_error err = {0};
    rw_graph *g = rw_store_load_graph(s, &err);
    CHECK(g != NULL, "variants: load %s", err.msg);
    if (g) check_variants(g, "store");
    rw_graph_free(g);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM merges WHERE reason = 'name variant'"), 3,
              "store: three merges give the reason 'name variant'");
    CHECK_INT(sql_int(path, "SELECT count(*) FROM names n JOIN entities e ON e.rowid = n.entity "
                            "WHERE n.folded LIKE '~%' AND e.kind <> 'person'"),
              0, "store: only people get variant rows");
    /* A user's split takes the name's variant key along: the entity keeps no trace of it. */
    CHECK(rw_store_split(s, "منصف خماخم", "المنصف خماخم", &err) == 0, "split: %s", err.msg);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM names WHERE name = 'المنصف خماخم' AND entity = "
                            "(SELECT entity FROM names WHERE name = 'منصف خماخم')"),
              0, "split: no row of the name stays with the entity");
    CHECK_INT(sql_int(path, "SELECT count(*) FROM names WHERE folded LIKE '~%' AND entity = "
                            "(SELECT entity FROM names WHERE folded = 'المنصف خماخم')"),
              1, "split: the variant key went with the name");
    err = (rw_error){0};
    rw_store_close(s);
    rmdb(path);

    g = rw_graph_new();
    for (int i = 0; i < 4; i++)
        CHECK(rw_graph_add_extraction(g, &d[i].x, tx, &err) == 0, "in memory: %s", err.msg);
    check_variants(g, "in memory");
    rw_graph_free(g);
    for (int i = 0; i < 4; i++)
        tdoc_free(&d[i]);
}

int main(void)
{
    rw_error err = {0};
    tx = rw_text_open(&err);
    CHECK(tx != NULL, "text layer: %s", err.msg);
    if (!tx) return check_done();
    test_round_trip();
    test_names_and_aliases();
    test_keys();
    test_roles();
    test_stable_ids();
    test_hostile();
    test_migration();
    test_migration_v1();
    test_migration_v3();
    test_migration_v4();
    test_compact_new();
    test_aliases_file();
    test_in_memory();
    test_name_variants();
    test_crash();
    rw_text_close(tx);
    return check_done();
}
