/*
 * test_ids.c - English labels, slugs and ids (ids.c), and the in-memory graph container
 * (graph.c). Labels of words the name-parts table lacks come from data/transliteration.txt,
 * which rw_names_open loads into the text layer; their expected spellings are worked out from
 * the rules' comments (tests/text/test_translit.c checks the rules word by word).
 */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "graph/graph.h"
#include "graph/graph_ext.h"
#include "graph/ids.h"
#include "tests/check.h"

static int taken_set(void *ctx, const char *id)
{
    const char *const *ids = ctx;
    for (size_t i = 0; ids[i]; i++)
        if (strcmp(ids[i], id) == 0) return 1;
    return 0;
}

static void test_labels(rw_names *nm)
{
    static const struct {
        const char *ar, *en;
    } cases[] = {
        {"أمجد بدر", "Amjad Badr"},
        {"الشيباني", "al-Shaibani"},
        {"أسعد الشيباني", "Asaad al-Shaibani"},
        {"أحمد الشرع", "Ahmed al-Sharaa"},
        {"أَحْمَد الشَّرْع", "Ahmed al-Sharaa"}, /* vowelled: harakat fold away */
        {"محمد بن سلمان", "Mohammed bin Salman"},
        {"محمد بن نايف", "Mohammed bin Nayef"},
        {"أبو محمد الجولاني", "Abu Mohammed al-Jolani"},
        {"عبد الله الثاني", "Abdullah al-Thani"},
        {"عبد الرحمن الصفدي", "Abdul-Rahman al-Safadi"},
        {"عبد الكريم", "Abdul-Karim"},
        {"بشار الأسد", "Bashar al-Assad"},
        {"حافظ الاسد", "Hafez al-Assad"}, /* bare alef, as often typed */
        {"فاطمة الزهراء", NULL},          /* checked for shape below */
        {"Sergei Lavrov", "Sergei Lavrov"},
        {"sergei lavrov", "Sergei Lavrov"},
        /* Words the table lacks: the rules of data/transliteration.txt, capitalised. */
        {"إريك فايزولين", "Irik Fayzulin"},
        {"استفان جيولا شوش", "Astfan Jiyula Shush"},
        {"وفد روسي", "Wafd Rusi"},
        {"الدباغ", "al-Dabagh"}, /* "al-" stays lower case */
        {"عبد الكريم الدباغ", "Abdul-Karim al-Dabagh"},
        /* Table and rules in one name: the table wins where it has the word. */
        {"إيغور ليفيتين", "Igor Lifitin"},
        {"يونس بك يفكيروف", "Younes Bek Yafkiruf"},
        /* Names the rules cannot guess come from the table. */
        {"سيرغي لافروف", "Sergei Lavrov"},
        {"ماريا زاخاروفا", "Maria Zakharova"},
        {"رجب طيب أردوغان", "Recep Tayyip Erdogan"},
        {"حسن روحاني", "Hassan Rouhani"},
        {"محمد جواد ظريف", "Mohammad Javad Zarif"}, /* two-word entry beats محمد alone */
        {"ميخائيل بوغدانوف", "Mikhail Bogdanov"},
        {"الله", "Allah"},
        /* Latin: each hyphen-joined part capitalised, the article as written. */
        {"al-assad", "al-Assad"},
        {"Al-Jazeera", "Al-Jazeera"},
        {"jean-marie le pen", "Jean-Marie Le Pen"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rw_buf out = {0};
        CHECK_INT(rw_names_label_en(nm, cases[i].ar, &out), 0, "label_en returns 0");
        if (cases[i].en) {
            CHECK_STR(rw_buf_str(&out), cases[i].en, cases[i].ar);
        } else {
            /* فاطمة from the table; الزهراء via ICU: "al-" + a capitalised ASCII word. */
            const char *s = rw_buf_str(&out);
            CHECK(strncmp(s, "Fatima al-", 10) == 0 && s[10] >= 'A' && s[10] <= 'Z',
                  "%s -> \"%s\": Fatima al-<Capitalised ICU word>", cases[i].ar, s);
        }
        rw_buf_free(&out);
    }
    /* A word the table lacks is spelled by the rules: ASCII only, capitalised, never empty, and
     * never a bare consonant skeleton (every word has a vowel). */
    static const char *const unknown[] = {"زمخشري",        "قرطاجنة",    "إيلان",      "سليم دبلان",
                                          "ركن",           "شكري قوتلي", "هشام شعلان", "جبل",
                                          "كاترين كولونا", "نتنياهو"};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        rw_buf out = {0};
        rw_names_label_en(nm, unknown[i], &out);
        const char *s = rw_buf_str(&out);
        int ascii = 1, vowel = 0, words_ok = 1;
        for (const char *p = s;; p++) {
            if (*p == ' ' || !*p) {
                if (!vowel) words_ok = 0;
                vowel = 0;
                if (!*p) break;
                continue;
            }
            if ((unsigned char)*p >= 0x80 || *p == '\'') ascii = 0;
            if (strchr("aeiouyAEIOUY", *p)) vowel = 1;
        }
        CHECK(out.len > 1 && ascii && words_ok && s[0] >= 'A' && s[0] <= 'Z',
              "unknown %s -> \"%s\": capitalised ASCII, a vowel in every word", unknown[i], s);
        rw_buf_free(&out);
    }
    CHECK(rw_names_count(nm) >= 400, "name-parts table has >= 400 entries (%zu)",
          rw_names_count(nm));
}

static void test_slugs(void)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Ahmed al-Sharaa", "ahmed-al-sharaa"},
        {"place:moscow", "place-moscow"},
        {"  Abdul-Rahman  al-Safadi ", "abdul-rahman-al-safadi"},
        {"O'Brien, Jr.", "o-brien-jr"},
        {"أمجد", ""},
        {"G7 summit 2025", "g7-summit-2025"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rw_buf out = {0};
        rw_ids_slug(cases[i].in, &out);
        CHECK_STR(rw_buf_str(&out), cases[i].want, cases[i].in);
        rw_buf_free(&out);
    }
    const char *none[] = {NULL};
    const char *some[] = {"amjad-badr", "amjad-badr-2", "vladimir-putin", NULL};
    rw_buf id = {0};
    rw_ids_entity(NULL, "Amjad Badr", taken_set, (void *)none, &id);
    CHECK_STR(rw_buf_str(&id), "amjad-badr", "free id");
    rw_ids_entity(NULL, "Amjad Badr", taken_set, (void *)some, &id);
    CHECK_STR(rw_buf_str(&id), "amjad-badr-3", "collision appends -3 after -2");
    rw_ids_entity("place:damascus", "Damascus", taken_set, (void *)some, &id);
    CHECK_STR(rw_buf_str(&id), "place-damascus", "lexicon key wins over label");
    rw_ids_entity(NULL, "", taken_set, (void *)none, &id);
    CHECK_STR(rw_buf_str(&id), "entity", "no label at all");
    rw_buf_free(&id);
}

static void test_container(void)
{
    rw_graph *g = rw_graph_new();
    rw_date d;
    rw_date_parse("2025-10-15", &d);
    rw_gdoc *doc = rw_graph_add_doc(g, "sana-1", "https://sana.sy/?p=1", "استقبال", d, "abc");
    CHECK(doc && doc->index == 0, "doc added");
    CHECK(rw_graph_add_doc(g, "sana-1", NULL, NULL, d, "x") == NULL, "duplicate doc id refused");
    rw_gentity *a = rw_graph_add_entity(g, "ahmed-al-sharaa", RW_KIND_PERSON, "أحمد الشرع",
                                        "Ahmed al-Sharaa", "SY");
    rw_gentity *b = rw_graph_add_entity(g, "sergey-lavrov", RW_KIND_PERSON, "سيرغي لافروف",
                                        "Sergey Lavrov", "RU");
    rw_gentity *p = rw_graph_add_entity(g, "place-damascus", RW_KIND_PLACE, "دمشق", NULL, "SY");
    CHECK(a && b && p, "entities added");
    CHECK(rw_graph_add_entity(g, "sergey-lavrov", RW_KIND_PERSON, NULL, "x", NULL) == NULL,
          "duplicate entity id refused");
    CHECK_STR(p->label_en, "place-damascus", "label_en falls back to the id");
    rw_graph_add_name(g, a, "الشرع");
    rw_graph_add_name(g, a, "الشرع");
    CHECK_INT(a->n_names, 3, "names: labels + one distinct surface form");
    /* Pointers stay valid while the graph grows. */
    for (int i = 0; i < 1000; i++) {
        char id[32];
        snprintf(id, sizeof id, "filler-%d", i);
        rw_graph_add_entity(g, id, RW_KIND_ORG, NULL, id, NULL);
    }
    CHECK(rw_graph_find_entity(g, "ahmed-al-sharaa") == a, "find after growth: same pointer");
    CHECK_STR(a->label_ar, "أحمد الشرع", "entity intact after growth");
    rw_gfact f = {0};
    f.rel = RW_REL_MET;
    f.subj = a;
    f.obj = b;
    f.place = p;
    f.doc = doc;
    f.sentence = 2;
    f.evidence = "التقى الرئيس أحمد الشرع الوزير سيرغي لافروف في دمشق.";
    rw_gfact *gf = rw_graph_add_fact(g, &f);
    char want[17];
    rw_graph_fact_id("sana-1", 2, RW_REL_MET, "ahmed-al-sharaa", "sergey-lavrov", "place-damascus",
                     want);
    CHECK(gf && strcmp(gf->id, want) == 0, "fact id assigned from its parts (%s)",
          gf ? gf->id : "");
    CHECK(gf && gf->evidence != f.evidence && strcmp(gf->evidence, f.evidence) == 0,
          "evidence copied");
    CHECK(rw_graph_add_fact(g, &f) == NULL, "the same fact twice is refused");
    char other[17];
    rw_graph_fact_id("sana-1", 3, RW_REL_MET, "ahmed-al-sharaa", "sergey-lavrov", "place-damascus",
                     other);
    CHECK(strcmp(other, want) != 0, "another sentence, another id");
    rw_graph_fact_id("sana-", 12, RW_REL_MET, "ahmed-al-sharaa", "sergey-lavrov", "place-damascus",
                     other);
    CHECK(strcmp(other, want) != 0, "field boundaries matter (sana-1|2 vs sana-|12)");
    CHECK_INT(rw_graph_fact_count(g), 1, "one fact");
    CHECK(rw_graph_find_doc(g, "sana-1") == doc && rw_graph_fact(g, 0) == gf, "lookups");
    CHECK(rw_graph_entity(g, 99999) == NULL, "out-of-range index is NULL");
    rw_graph_free(g);
}

/* name_variants.tsv: the article and a final hamza after ya do not make another name; what the
 * rules leave alone stays as folded. */
static void test_variant_keys(rw_names *nm, rw_text *tx)
{
    static const struct {
        const char *name, *key;
    } cases[] = {
        {"المنصف خماخم", "~منصف خماخم"},   /* the article of a given name */
        {"منصف خماخم", "~منصف خماخم"},     /* ... left out */
        {"فايز السراج", "~فايز سراج"},     /* of a family name (shadda is folded away) */
        {"وديع الجريء", "~وديع جري"},      /* article and hamza on the line after ya */
        {"وديع الجرئ", "~وديع جري"},       /* hamza on a ya seat (folded: ي) */
        {"عبد الله سعيد", "~عبدالله سعيد"}, /* عبد binds الله (Abdul-), which keeps its article */
        {"عبدالله سعيد", "~عبدالله سعيد"},  /* ... as written in one word */
        {"فيصل بن بندر بن عبد العزيز", "~فيصل بن بندر بن عبدالعزيز"},
        {"فيصل بن بندر بن عبدالعزيز", "~فيصل بن بندر بن عبدالعزيز"},
        {"عبد الله", "~عبد الله"},         /* alone it stays two words (no full name to join) */
        {"عبد الفتاح السيسي", "~عبدالفتاح سيسي"},
        {"نور الدين الطبوبي", "~نورالدين طبوبي"}, /* الدين joined to the given name before it */
        {"نورالدين الطبوبي", "~نورالدين طبوبي"},  /* ... as written in one word */
        {"نور الطبوبي", "~نور طبوبي"},            /* no other word with the article joins */
        {"أبو بكر البغدادي", "~ابوبكر بغدادي"},   /* أبو joins the name after it */
        {"أبوبكر البغدادي", "~ابوبكر بغدادي"},    /* ... as written in one word */
        {"أبي بكر البغدادي", "~ابوبكر بغدادي"},   /* ... in the genitive */
        {"أبا بكر البغدادي", "~ابوبكر بغدادي"},   /* ... and the accusative */
        {"أبو القاسم الشابي", "~ابوقاسم شابي"},   /* the name after أبو, article or not */
        {"أبي القاسم الشابي", "~ابوقاسم شابي"},
        {"أبوالقاسم الشابي", "~ابوقاسم شابي"},    /* ... joined to it */
        {"ابن أبي ضياف", "~ابن ابوضياف"},
        {"ابن ابي الضياف", "~ابن ابوضياف"},
        {"أباظة محمود", "~اباظه محمود"},          /* a name that only begins like it */
        {"علاء محمد", "~علاء محمد"},       /* hamza after alef: Alaa is not Ola (علا) */
        {"سليمان  كشك", "~سليمان كشك"},   /* spaces collapse */
        {"Wadie Jary", "~wadie jary"},
    };
    rw_buf f = {0}, key = {0};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        rw_buf_reset(&f);
        rw_text_fold_into(tx, cases[i].name, strlen(cases[i].name), &f);
        CHECK(rw_names_variant_key(nm, f.data, &key) == 0 && strcmp(key.data, cases[i].key) == 0,
              "variant key of %s: %s", cases[i].name, key.data ? key.data : "(null)");
    }
    CHECK(rw_names_variant_key(NULL, "الجريء", &key) == 0 && strcmp(key.data, "~الجريء") == 0,
          "no rules: the key is the folded name");
    rw_buf_free(&f);
    rw_buf_free(&key);
}

/* The transliteration cache is emptied when full (memory bounded on any corpus): past the bound,
 * a word spelled before the emptying is spelled again by ICU, the same. */
static void test_spelling_cache_bound(rw_names *nm)
{
    rw_buf before = {0}, after = {0}, out = {0};
    rw_names_label_en(nm, "زمخشري", &before);
    /* 3 letters of 24 (no word of the name-parts table): 13,824 words a round, 5 rounds with a
     * different prefix go past the cache's 65,536 words. */
    static const char *const letters[] = {"ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش",
                                          "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن"};
    static const char *const prefixes[] = {"ي", "و", "ه", "ء", "ئ"};
    char w[64];
    for (size_t p = 0; p < 5; p++)
        for (size_t a = 0; a < 24; a++)
            for (size_t b = 0; b < 24; b++)
                for (size_t c = 0; c < 24; c++) {
                    snprintf(w, sizeof w, "%s%s%s%s", prefixes[p], letters[a], letters[b],
                             letters[c]);
                    rw_buf_reset(&out);
                    rw_names_label_en(nm, w, &out);
                }
    rw_names_label_en(nm, "زمخشري", &after);
    CHECK(before.len > 0, "an unknown word is spelled");
    CHECK_STR(rw_buf_str(&after), rw_buf_str(&before), "same spelling after the cache emptied");
    rw_buf_free(&before);
    rw_buf_free(&after);
    rw_buf_free(&out);
}

int main(void)
{
    rw_error err = {0};
    rw_text *tx = rw_text_open(&err);
    CHECK(tx != NULL, "text layer opens: %s", err.msg);
    rw_names *nm = rw_names_open(NULL, tx, &err);
    CHECK(nm != NULL, "name parts load: %s", err.msg);
    if (nm) test_labels(nm);
    /* Again: now the words ICU spelled come from the names' transliteration cache, and must read
     * exactly as ICU spelled them the first time. */
    if (nm) test_labels(nm);
    if (nm) test_spelling_cache_bound(nm);
    if (nm) test_variant_keys(nm, tx);
    test_slugs();
    test_container();
    /* A broken table names the file and line. */
    char path[] = "/tmp/rw_names_XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    fputs("# comment\nأحمد\tAhmed\nمحمد Mohammed\n", f);
    fclose(f);
    rw_names *bad = rw_names_open(path, tx, &err);
    CHECK(bad == NULL && strstr(err.msg, ":3:") != NULL, "bad line reported: %s", err.msg);
    remove(path);
    rw_names_free(nm);
    rw_text_close(tx);
    return check_done();
}
