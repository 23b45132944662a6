/*
 * test_extract.c - the extraction engine, end to end: lexicon loading, mentions, trigger frames
 * and facts.
 *
 * Four parts: (1) one-sentence cases, one per mechanism (coordination, surname resolution, role
 * at the document date, aliases, counterparts, dual subjects, delegations, planned and negated
 * events, calls versus meetings, venues, both word orders, the lead-sentence date rule, a Hijri
 * dateline, and round 2's error categories of unseen articles: negation and denial, multi-party
 * meetings, places inside titles, name chains, same-day dates, pronouns, co-travellers,
 * background meetings, calls, announcements, attendance; round 3: role anaphora, chaired
 * meetings, topics after بين, portfolios in a title); (2) the test articles of
 * tests/extract/articles/ (one per agency style) with their hand-made expectations in
 * expected.tsv, must-not facts included; (3) entities: a delegation's English label, Gulf name
 * chains and their spans; (4) the lexicon loader: user directories, errors naming file and line.
 * The expected values were worked out from the Arabic text, not copied from the program's output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "extract/extract.h"
#include "tests/check.h"

#ifndef RW_TEST_DIR
#define RW_TEST_DIR "tests/extract"
#endif

static int has_name(const rw_xentity *e, const char *name)
{
    if (e->label && strcmp(e->label, name) == 0) return 1;
    for (size_t i = 0; i < e->n_names; i++)
        if (strcmp(e->names[i], name) == 0) return 1;
    return 0;
}

/* The entity with this surface form: exact first, then one whose label contains it. */
static int find_entity(const rw_extraction *x, const char *name)
{
    for (size_t i = 0; i < x->n_entities; i++)
        if (has_name(&x->entities[i], name)) return (int)i;
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].label && strstr(x->entities[i].label, name)) return (int)i;
    return -1;
}

static int place_matches(const rw_extraction *x, int place, const char *want)
{
    if (place < 0) return 0;
    const rw_xentity *e = &x->entities[place];
    if (e->label && strstr(e->label, want)) return 1;
    for (size_t i = 0; i < e->n_names; i++)
        if (strstr(e->names[i], want)) return 1;
    return 0;
}

/* Whether a fact rel(a, b) with this modality exists (b NULL: any object; modality NULL: any
 * modality); place and date, when given, must match too. Meetings and calls match in either
 * order. */
static int has_fact(const rw_extraction *x, const char *rel, const char *a, const char *b,
                    const char *modality, const char *place, const char *date)
{
    int r = rw_rel_from_name(rel), m = modality ? rw_modality_from_name(modality) : -1;
    int ea = find_entity(x, a), eb = b ? find_entity(x, b) : -1;
    if (r < 0 || (modality && m < 0) || ea < 0 || (b && eb < 0)) return 0;
    for (size_t i = 0; i < x->n_facts; i++) {
        const rw_xfact *f = &x->facts[i];
        if ((int)f->rel != r || (modality && (int)f->modality != m)) continue;
        int same = f->subj == ea && (!b || f->obj == eb);
        int swapped = b && rw_rel_is_symmetric(f->rel) && f->subj == eb && f->obj == ea;
        if (!same && !swapped) continue;
        if (place && !place_matches(x, f->place, place)) continue;
        if (date) {
            char d[11];
            rw_date_format(f->date, d);
            if (strcmp(d, date) != 0) continue;
        }
        return 1;
    }
    return 0;
}

static int extract_text(rw_extractor *ex, const char *text, const char *date, rw_extraction *x)
{
    rw_doc d = {0};
    d.id = "test";
    d.text = (char *)text;
    d.text_len = strlen(text);
    if (date && rw_date_parse(date, &d.date)) return -1;
    rw_error err = {0};
    int rc = rw_extract(ex, &d, x, &err);
    if (rc) printf("# rw_extract: %s\n", err.msg);
    return rc;
}

typedef struct expect {
    const char *rel, *a, *b, *modality, *place, *date; /* rel "entity": an entity called a */
    int absent; /* 1: this fact must NOT be found */
} expect;

typedef struct mcase {
    const char *what, *date, *text;
    expect facts[4];
} mcase;

static const mcase cases[] = {
    {"VSO with مع", "2025-12-23",
     "التقى الرئيس الروسي فلاديمير بوتين مع وزير الخارجية السوري أسعد الشيباني في الكرملين.",
     {{"met", "فلاديمير بوتين", "أسعد الشيباني", "asserted", "الكرملين", NULL, 0}}},
    {"SVO, subject first", "2025-12-23",
     "وذكرت الوكالة أن الرئيس الروسي فلاديمير بوتين التقى وزير الخارجية السوري أسعد الشيباني.",
     {{"met", "فلاديمير بوتين", "أسعد الشيباني", "asserted", NULL, NULL, 0}}},
    {"coordination: two offices, two names, in order", "2025-12-23",
     "استقبل الرئيس الروسي فلاديمير بوتين وزيري الخارجية والدفاع السوريين أسعد الشيباني ومرهف أبو قصرة.",
     {{"met", "فلاديمير بوتين", "أسعد الشيباني", "asserted", NULL, NULL, 0},
      {"met", "فلاديمير بوتين", "مرهف أبو قصرة", "asserted", NULL, NULL, 0},
      {"holds_role", "مرهف أبو قصرة", NULL, "asserted", NULL, NULL, 0}}},
    {"role at the document date: a dual title without names", "2025-12-23",
     "التقى الرئيس الروسي فلاديمير بوتين وزيري الخارجية والدفاع السوريين في موسكو.",
     {{"met", "فلاديمير بوتين", "الشيباني", "asserted", "موسكو", "2025-12-23", 0},
      {"met", "فلاديمير بوتين", "أبو قصرة", "asserted", "موسكو", "2025-12-23", 0}}},
    {"surname resolution within the article", "2024-03-05",
     "وصل وزير التجارة الأردني يعرب فلاح القضاة إلى دمشق.\nوبحث القضاة مع وزير الاقتصاد السوري محمد نضال الشعار سبل تعزيز التبادل التجاري.",
     {{"met", "يعرب فلاح القضاة", "محمد نضال الشعار", "asserted", NULL, NULL, 0},
      {"visited", "يعرب فلاح القضاة", NULL, "asserted", "دمشق", "2024-03-05", 0}}},
    {"alias stated in the text", "2025-01-10",
     "التقى القيادي سامر حسن العلي، المعروف باسم أبو خالد الشامي، مع وزير الداخلية التركي علي يرلي قايا في أنقرة.",
     {{"alias_of", "سامر حسن العلي", NULL, "asserted", NULL, NULL, 0},
      {"met", "أبو خالد الشامي", "علي يرلي قايا", "asserted", "أنقرة", NULL, 0}}},
    {"counterpart نظيره resolved through the subject's office", "2025-12-01",
     "وصل وزير الخارجية السوري أسعد الشيباني إلى أنقرة، حيث التقى نظيره التركي.",
     {{"met", "أسعد الشيباني", "هاكان فيدان", "asserted", "أنقرة", NULL, 0}}},
    {"dual subject يتصافحان", "2025-10-16",
     "الرئيس الروسي فلاديمير بوتين والرئيس السوري أحمد الشرع يتصافحان خلال اجتماعهما في قصر الكرملين في 15 أكتوبر 2025.",
     {{"met", "فلاديمير بوتين", "أحمد الشرع", "asserted", "الكرملين", "2025-10-15", 0}}},
    {"delegation members meet the other side", "2026-02-04",
     "جمع لقاء وزير الدفاع السوري مرهف أبو قصرة بوفد روسي في دمشق.\nوضم الوفد الروسي كلاً من نائب وزير الدفاع الجنرال يونس بك يفكيروف ومستشار الرئيس الروسي إيغور ليفيتين.",
     {{"met", "مرهف أبو قصرة", "يونس بك يفكيروف", "asserted", "دمشق", NULL, 0},
      {"met", "مرهف أبو قصرة", "إيغور ليفيتين", "asserted", "دمشق", NULL, 0},
      {"member_of", "إيغور ليفيتين", "الوفد الروسي", "asserted", NULL, NULL, 0}}},
    {"delegation leader برئاسة", "2025-01-20",
     "وفي يناير 2025، استقبلت دمشق وفدا روسيا برئاسة نائب وزير الخارجية الروسي ميخائيل بوغدانوف.",
     {{"leads", "ميخائيل بوغدانوف", "وفد", "asserted", NULL, NULL, 0},
      {"visited", "ميخائيل بوغدانوف", NULL, "asserted", "دمشق", "2025-01", 0}}},
    {"planned: the future prefix", "2025-12-20",
     "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن وزير الخارجية سيرغي لافروف سيجري محادثات مع نظيره السوري أسعد الشيباني.",
     {{"met", "سيرغي لافروف", "أسعد الشيباني", "planned", NULL, NULL, 0},
      {"met", "سيرغي لافروف", "أسعد الشيباني", "asserted", NULL, NULL, 1}}},
    {"planned: من المقرر أن", "2025-05-01",
     "ومن المقرر أن يلتقي الرئيس التونسي قيس سعيد نظيره الجزائري عبد المجيد تبون الشهر المقبل.",
     {{"met", "قيس سعيد", "عبد المجيد تبون", "planned", NULL, NULL, 0},
      {"met", "قيس سعيد", "عبد المجيد تبون", "asserted", NULL, NULL, 1}}},
    {"negated: لم", "2025-07-08",
     "ولم يلتق الرئيس اللبناني جوزاف عون المبعوث الأميركي توم باراك.",
     {{"met", "جوزاف عون", "توم باراك", "negated", NULL, NULL, 0},
      {"met", "جوزاف عون", "توم باراك", "asserted", NULL, NULL, 1}}},
    {"a phone call is never a meeting", "2025-11-02",
     "تلقى الرئيس عبد الفتاح السيسي، اليوم الأحد، اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.",
     {{"phoned", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, "2025-11-02", 0},
      {"met", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 1}}},
    {"a meeting verb with هاتفياً is a call", "2025-04-20",
     "وبحث الرئيس المصري عبد الفتاح السيسي هاتفياً مع الرئيس الفرنسي إيمانويل ماكرون تطورات الأوضاع.",
     {{"phoned", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 1}}},
    {"the place is the venue", "2025-04-20",
     "واستقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه رئيس الوزراء اللبناني نواف سلام.",
     {{"met", "إيمانويل ماكرون", "نواف سلام", "asserted", "الإليزيه", NULL, 0}}},
    {"Gulf style: name then office, honorifics", "2025-06-30",
     "استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء، في قصر السلام بجدة، وزير الخارجية الأمريكي ماركو روبيو.",
     {{"met", "محمد بن سلمان", "ماركو روبيو", "asserted", "قصر السلام", NULL, 0}}},
    {"unknown names after a head title", "2025-11-20",
     "بحث وزير الزراعة أمجد بدر مع القائم بأعمال السفارة الهنغارية بدمشق استفان جيولا شوش سبل تطوير التعاون الزراعي.",
     {{"met", "أمجد بدر", "استفان جيولا شوش", "asserted", NULL, NULL, 0}}},
    {"a multi-party summit gives every pair", "2025-09-09",
     "وعقد الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين والرئيس الإيراني مسعود بزشكيان قمة ثلاثية في طهران.",
     {{"met", "رجب طيب أردوغان", "فلاديمير بوتين", "asserted", "طهران", NULL, 0},
      {"met", "فلاديمير بوتين", "مسعود بزشكيان", "asserted", "طهران", NULL, 0},
      {"met", "رجب طيب أردوغان", "مسعود بزشكيان", "asserted", "طهران", NULL, 0}}},
    {"a meeting noun and ضم list who met", "2025-10-02",
     "وعقد في الدوحة اليوم اجتماع ثلاثي ضم وزير الخارجية التركي هاكان فيدان ووزير الخارجية الإيراني عباس عراقجي ووزير الخارجية الروسي سيرغي لافروف.",
     {{"met", "هاكان فيدان", "عباس عراقجي", "asserted", "الدوحة", "2025-10-02", 0},
      {"met", "عباس عراقجي", "سيرغي لافروف", "asserted", "الدوحة", NULL, 0},
      {"met", "هاكان فيدان", "سيرغي لافروف", "asserted", "الدوحة", NULL, 0}}},
    {"a call between two presidents with بين", "2025-08-12",
     "وجرى اتصال هاتفي بين الرئيس المصري عبد الفتاح السيسي والرئيس الأمريكي دونالد ترامب أمس.",
     {{"phoned", "عبد الفتاح السيسي", "دونالد ترامب", "asserted", NULL, "2025-08-11", 0},
      {"met", "عبد الفتاح السيسي", "دونالد ترامب", "asserted", NULL, NULL, 1}}},
    {"coordinated counterpart ونظيره", "2025-06-01",
     "بحث الرئيس الفرنسي إيمانويل ماكرون ونظيره الأمريكي دونالد ترامب في باريس الأوضاع في أوكرانيا.",
     {{"met", "إيمانويل ماكرون", "دونالد ترامب", "asserted", "باريس", NULL, 0}}},
    {"a present-tense headline gets no date of the day", "2025-06-01",
     "الرئيس المصري عبد الفتاح السيسي يستقبل ملك البحرين حمد بن عيسى آل خليفة\n"
     "أكد البلدان متانة العلاقات الثنائية.\n"
     "وكان الرئيس السيسي قد استقبل الملك حمد بن عيسى آل خليفة في القاهرة.",
     {{"met", "عبد الفتاح السيسي", "حمد بن عيسى", "asserted", NULL, "", 0}}},
    {"a headline alone is no report: nothing in the body, no fact", "2025-06-01",
     "الرئيس المصري عبد الفتاح السيسي يستقبل ملك البحرين حمد بن عيسى آل خليفة\n"
     "أكد البلدان متانة العلاقات الثنائية.",
     {{"met", "عبد الفتاح السيسي", "حمد بن عيسى", "asserted", NULL, NULL, 1}}},
    {"a headline takes the body's modality", "2025-02-10",
     "الرئيس الجزائري يستقبل رئيسة الوزراء الإيطالية الأسبوع المقبل\n"
     "أعلنت الرئاسة أن الرئيس عبد المجيد تبون سيستقبل رئيسة الوزراء الإيطالية جورجيا ميلوني في "
     "زيارة رسمية تدوم يومين.",
     {{"met", "عبد المجيد تبون", "جورجيا ميلوني", "planned", NULL, NULL, 0},
      {"met", "عبد المجيد تبون", "جورجيا ميلوني", "asserted", NULL, NULL, 1}}},
    {"discussing by phone: a call, and the topic is no participant", "2017-02-14",
     "بحث الرئيس الفرنسي إيمانويل ماكرون ونظيره المصري عبد الفتاح السيسي خلال اتصال هاتفي "
     "الحرب على تنظيم داعش.",
     {{"phoned", "إيمانويل ماكرون", "عبد الفتاح السيسي", "asserted", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "عبد الفتاح السيسي", "asserted", NULL, NULL, 1},
      {"met", "إيمانويل ماكرون", "داعش", "asserted", NULL, NULL, 1},
      {"phoned", "إيمانويل ماكرون", "داعش", "asserted", NULL, NULL, 1}}},
    {"a known father inside a Gulf lineage is no second person", "2025-01-15",
     "استقبل أمير منطقة تبوك الأمير فهد بن سلطان بن عبد العزيز في مكتبه بالإمارة اليوم السفير "
     "الفرنسي لودوفيك بوي.",
     {{"met", "فهد بن سلطان بن عبد العزيز", "لودوفيك بوي", "asserted", NULL, "2025-01-15", 0}}},
    {"two princes of one grandfather are two persons", "2025-01-15",
     "استقبل أمير منطقة الرياض الأمير فيصل بن بندر بن عبد العزيز اليوم السفير الفرنسي لودوفيك "
     "بوي. والتقى الأمير فيصل بن سلمان بن عبد العزيز اليوم السفير الياباني تاكاهاشي ناكامورا. "
     "وأكد الأمير فيصل بن بندر عمق العلاقات.",
     {{"met", "فيصل بن بندر بن عبد العزيز", "لودوفيك بوي", "asserted", NULL, NULL, 0},
      {"met", "فيصل بن سلمان بن عبد العزيز", "تاكاهاشي ناكامورا", "asserted", NULL, NULL, 0},
      {"met", "فيصل بن بندر بن عبد العزيز", "تاكاهاشي ناكامورا", "asserted", NULL, NULL, 1}}},
    {"a place named after a king inside a title names no one", "2025-06-10",
     "استقبل أمير منطقة عسير الأمير تركي بن طلال بن عبدالعزيز في مكتبه بالإمارة اليوم مدير "
     "جامعة الملك خالد الدكتور فالح بن رجاء الله السلمي.",
     {{"met", "تركي بن طلال بن عبدالعزيز", "فالح بن رجاء الله السلمي", "asserted", NULL, NULL, 0},
      {"entity", "خالد", NULL, NULL, NULL, NULL, 1}}},
    {"the visit after خلال is one told before; the person after it travels nowhere", "2025-06-10",
     "ومن المقرر أن يلتقي ولي العهد السعودي الأمير محمد بن سلمان خلال الزيارة الرئيس الأمريكي "
     "دونالد ترامب في البيت الأبيض.",
     {{"met", "محمد بن سلمان", "دونالد ترامب", "planned", NULL, NULL, 0},
      {"visited", "دونالد ترامب", NULL, "asserted", NULL, NULL, 1}}},
    {"verb, subject, object: a family name in ب before the object", "2025-06-10",
     "وجدد السفير السعودي لدى لبنان وليد بخاري التزام حكومته بدعم لبنان خلال لقائه رئيس مجلس "
     "النواب نبيه بري في عين التينة.",
     {{"met", "وليد بخاري", "نبيه بري", "asserted", "عين التينة", NULL, 0},
      {"entity", "وليد بخاري التزام", NULL, NULL, NULL, NULL, 1}}},
    {"a new meeting one takes part in is not the meeting told before; و opens a clause of the "
     "sentence's subject", "2025-06-10",
     "وكان الرئيس السوري أحمد الشرع قد استقبل أمس في قصر الشعب السيناتور الأمريكي جو ويلسون.\n"
     "شارك وزير الخارجية الأمريكي ماركو روبيو في اجتماع مجلس التعاون الخليجي في الرياض، والتقى "
     "على هامشه وزير الخارجية العماني بدر البوسعيدي.",
     {{"met", "أحمد الشرع", "جو ويلسون", "asserted", NULL, NULL, 0},
      {"attended", "ماركو روبيو", "أحمد الشرع", "asserted", NULL, NULL, 1},
      {"met", "ماركو روبيو", "بدر البوسعيدي", "asserted", "الرياض", NULL, 0}}},
    {"participation is no attendance; a meeting after بعد in a sentence of the future is to come",
     "2016-08-21",
     "وعبر وزير الثقافة محمد زين العابدين خلال لقائه بالفنان يحيى الفخراني عن تقديره ودعاه إلى "
     "المشاركة في موسم افتتاح مدينة الثقافة.\nوقال ياسين إبراهيم إن الحزب سيحسم موقفه بعد لقائه "
     "مع رئيس الحكومة يوسف الشاهد.",
     {{"met", "محمد زين العابدين", "يحيى الفخراني", "asserted", NULL, NULL, 0},
      {"attended", "يحيى الفخراني", "محمد زين العابدين", "planned", NULL, NULL, 1},
      {"met", "ياسين إبراهيم", "يوسف الشاهد", "asserted", NULL, NULL, 1},
      {"met", "ياسين إبراهيم", "يوسف الشاهد", "planned", NULL, NULL, 0}}},
    {"a call noun opening the sentence: the speaker after the comma made it", "2025-06-10",
     "وهاتف وزير الخارجية الإماراتي الشيخ عبدالله بن زايد نظيره الإيراني عباس عراقجي.\n"
     "وفي مكالمة هاتفية مع العاهل الأردني الملك عبد الله الثاني، أكد الرئيس الأمريكي دونالد ترامب "
     "دعمه للأردن.",
     {{"phoned", "دونالد ترامب", "الملك عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"phoned", "عبد الله بن زايد", "الملك عبد الله الثاني", "asserted", NULL, NULL, 1}}},
    {"a link line's bare meeting noun takes the body's modality; كان في استقباله after سموه",
     "2025-11-18",
     "ولي العهد يلتقي الرئيس الأمريكي في البيت الأبيض\nواشنطن - واس\n"
     "يلتقي صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد اليوم الثلاثاء الرئيس الأمريكي "
     "دونالد ترامب في البيت الأبيض.\nوكان سموه قد وصل إلى واشنطن أمس الاثنين، حيث كان في "
     "استقباله وزير الخارجية الأمريكي ماركو روبيو.\n"
     "رابط الخبر: لقاء ثنائي بين ولي العهد والرئيس ترامب في البيت الأبيض",
     {{"met", "محمد بن سلمان", "دونالد ترامب", "planned", NULL, NULL, 0},
      {"met", "محمد بن سلمان", "دونالد ترامب", "asserted", NULL, NULL, 1},
      {"met", "محمد بن سلمان", "ماركو روبيو", "asserted", "واشنطن", "2025-11-17", 0}}},
    {"a title with the article after a delegation's head is his, no second guest", "2025-06-10",
     "استقبل الرئيس بشار الأسد وفدا روسيا برئاسة ألكسندر لافرنتييف المبعوث الخاص للرئيس الروسي.",
     {{"met", "بشار الأسد", "ألكسندر لافرنتييف", "asserted", NULL, NULL, 0},
      {"entity", "المبعوث الخاص للرئيس الروسي", NULL, NULL, NULL, NULL, 1}}},
    {"a verb of motion whose subject is a thing: nobody travelled", "2025-06-10",
     "وزار الرئيس التركي رجب طيب أردوغان ضريح مؤسس الجمهورية في أنقرة.\n"
     "وصلت إلى مطار بيروت الدولي طائرة مساعدات سعودية تحمل 40 طنا من المواد الغذائية.",
     {{"visited", "رجب طيب أردوغان", NULL, "asserted", "أنقرة", NULL, 0},
      {"visited", "رجب طيب أردوغان", NULL, "asserted", "مطار رفيق الحريري", NULL, 1}}},
    {"a date in a clause a clause word opens for another event is that event's (the lead rule dates it)", "2025-06-10",
     "واستقبل ولي العهد الأمير محمد بن سلمان في قصر اليمامة الرئيس الأوكراني فولوديمير "
     "زيلينسكي، بعد أن التقى الأسبوع الماضي في موسكو الرئيس الروسي فلاديمير بوتين.",
     {{"met", "محمد بن سلمان", "فولوديمير زيلينسكي", "asserted", "قصر اليمامة", "2025-06-10", 0}}},
    {"a meeting noun a gathering verb describes takes the plan that governs the noun", "2025-06-10",
     "ومن المرتقب عقد قمة تجمع الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين في "
     "بودابست.",
     {{"met", "دونالد ترامب", "فلاديمير بوتين", "planned", "بودابست", NULL, 0},
      {"met", "دونالد ترامب", "فلاديمير بوتين", "asserted", NULL, NULL, 1}}},
    {"taking part, three sentences after a meeting, is not in that meeting", "2025-06-10",
     "التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس التركي رجب طيب أردوغان في أنقرة.\n"
     "وتناول اللقاء العلاقات الثنائية.\nوتشهد المنطقة توترا متصاعدا.\n"
     "وشارك الرئيس الفرنسي إيمانويل ماكرون في احتفالات العيد الوطني.",
     {{"met", "محمد شياع السوداني", "رجب طيب أردوغان", "asserted", "أنقرة", NULL, 0},
      {"attended", "إيمانويل ماكرون", "محمد شياع السوداني", "asserted", NULL, NULL, 1}}},
    {"past a link's name an indefinite unknown word ends the name", "2025-06-10",
     "ودشن سمو أمير منطقة القصيم الأمير فيصل بن مشعل بن سعود مشروعات تنموية.\n"
     "وقالت رئيسة هيئة الحقيقة والكرامة سهام بن سدرين أيقظا الملف.",
     {{"entity", "فيصل بن مشعل بن سعود مشروعات تنموية", NULL, NULL, NULL, NULL, 1},
      {"entity", "فيصل بن مشعل بن سعود", NULL, NULL, NULL, NULL, 0},
      {"entity", "سهام بن سدرين أيقظا", NULL, NULL, NULL, NULL, 1}}},
    {"دولة before a person is a form of address, not an institution", "2025-05-15",
     "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة في قصر الشاطئ اليوم دولة "
     "ناريندرا مودي رئيس وزراء جمهورية الهند.\nوأكد الرئيس تجديد الثقة في حكومة الحبيب الصيد.",
     {{"met", "محمد بن زايد", "ناريندرا مودي", "asserted", "قصر الشاطئ", "2025-05-15", 0}}},
    {"a title between a comma and the sentence's end is the person's before it", "2025-06-10",
     "التقى الملك عبدالله الثاني في قصر الحسينية اليوم رئيس وزراء إسبانيا بيدرو سانشيز، بحضور "
     "سمو الأمير الحسين بن عبدالله الثاني، ولي العهد.\nواستقبل سمو ولي العهد الكويتي الشيخ صباح "
     "خالد الحمد المبارك الصباح اليوم سفير مصر أسامة شلتوت.",
     {{"met", "الملك عبد الله الثاني", "بيدرو سانشيز", "asserted", "قصر الحسينية", NULL, 0},
      {"attended", "صباح خالد", "الملك عبد الله الثاني", "asserted", NULL, NULL, 1},
      {"met", "صباح خالد", "أسامة شلتوت", "asserted", NULL, NULL, 0}}},
    {"talks by phone are a call", "2025-06-10",
     "وأجرى وزير الخارجية الأردني أيمن الصفدي محادثات هاتفية مع نظيره البريطاني ديفيد لامي.",
     {{"phoned", "أيمن الصفدي", "ديفيد لامي", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "ديفيد لامي", "asserted", NULL, NULL, 1}}},
    {"an invitation right before a visit invites the one named last", "2025-06-14",
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني اليوم وزير الخارجية الفرنسي جان نويل بارو.\n"
     "ونقل بارو تحيات الرئيس الفرنسي إيمانويل ماكرون إلى السوداني، ودعوته لزيارة باريس.",
     {{"visited", "محمد شياع السوداني", NULL, "planned", "باريس", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, "planned", NULL, NULL, 1},
      {"visited", "جان نويل بارو", NULL, "planned", NULL, NULL, 1}}},
    {"a visit verb with و and no one of its own is the sentence's subject's", "2025-06-10",
     "بدأ الرئيس الفرنسي إيمانويل ماكرون اليوم زيارة رسمية إلى الجزائر تستمر ثلاثة أيام، يلتقي "
     "خلالها الرئيس عبد المجيد تبون ويزور مدينة وهران.",
     {{"visited", "عبد المجيد تبون", NULL, "asserted", NULL, NULL, 1},
      {"visited", "عبد المجيد تبون", NULL, "planned", NULL, NULL, 1},
      {"met", "إيمانويل ماكرون", "عبد المجيد تبون", "planned", NULL, NULL, 0}}},
    {"an honorific with a pronoun after the verb is the subject told before", "2025-06-10",
     "وصل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد إلى العاصمة الفرنسية باريس اليوم.\n"
     "ويلتقي سموه خلال الزيارة الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.",
     {{"met", "محمد بن سلمان", "إيمانويل ماكرون", "planned", "الإليزيه", NULL, 0}}},
    {"an office with the article and a nationality after a whole office is a second person",
     "2019-02-20",
     "استقبل ولي العهد الأردني الرئيس التركي في عمان.\n"
     "ولم تحضر المستشارة الألمانية الرئيس الفرنسي إيمانويل ماكرون.",
     {{"met", "الأمير الحسين بن عبد الله الثاني", "رجب طيب أردوغان", "asserted", "عمّان", NULL, 0},
      {"met", "رجب طيب أردوغان", "إيمانويل ماكرون", NULL, NULL, NULL, 1}}},
    {"an honorific with a pronoun names the subject an unnamed office was, not the topic before",
     "2019-02-20",
     "وصل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد إلى نيودلهي.\n"
     "وحضر المنتدى الاقتصادي الرئيس الفرنسي إيمانويل ماكرون.\n"
     "والتقى سمو ولي العهد الرئيس التركي. كما التقى سموه رئيس الوزراء الهندي.",
     {{"met", "محمد بن سلمان", "رجب طيب أردوغان", "asserted", NULL, NULL, 0},
      {"met", "محمد بن سلمان", "ناريندرا مودي", "asserted", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "ناريندرا مودي", NULL, NULL, NULL, 1}}},
    {"آية الله is an honorific before a cleric's name, no name of its own", "2017-02-21",
     "وانتقد آية الله خامنئي في خطاب بطهران السياسة الأمريكية.",
     {{"entity", "آية الله", NULL, NULL, NULL, NULL, 1},
      {"entity", "علي خامنئي", NULL, NULL, NULL, NULL, 0}}},
    {"an office of no country the home country lacks is the one person the article named in it",
     "2019-02-20",
     "وصل السلطان قابوس بن سعيد إلى القاهرة في زيارة رسمية.\n"
     "وعقد جلالة السلطان والرئيس المصري جلسة مباحثات في قصر الاتحادية.",
     {{"met", "السلطان قابوس بن سعيد", "عبد الفتاح السيسي", "asserted", "قصر الاتحادية", NULL, 0}}},
    {"رئيس أركان حرب القوات المسلحة is one office, no name حرب القوات", "2017-03-02",
     "واستقبل رئيس أركان حرب القوات المسلحة المصرية الفريق محمود حجازي قائد القيادة المركزية "
     "الأمريكية في القاهرة.",
     {{"entity", "حرب القوات", NULL, NULL, NULL, NULL, 1},
      {"met", "محمود حجازي", "جوزيف فوتيل", "asserted", "القاهرة", NULL, 0}}},
    {"the year after منذ of a first visit since is the last time, not this visit's", "2023-06-07",
     "وهي أول زيارة يقوم بها الرئيس الإيراني إبراهيم رئيسي إلى السعودية منذ 2012.\n"
     "ويؤدي وزير الخارجية الإيراني حسين أمير عبد اللهيان منذ أمس زيارة إلى الرياض.",
     {{"visited", "إبراهيم رئيسي", NULL, "asserted", "السعودية", "2012", 1},
      {"visited", "إبراهيم رئيسي", NULL, "asserted", "السعودية", NULL, 0},
      {"visited", "حسين أمير عبد اللهيان", NULL, "asserted", "الرياض", "2023-06-06", 0}}},
    {"ثاني inside a Gulf name is a given name, not the ordinal that ends it", "2021-03-14",
     "استقبل الدكتور ثاني بن أحمد الزيودي وزير الدولة للتجارة الخارجية اليوم في دبي الوزير "
     "خالد سيف ثاني المهيري.",
     {{"met", "ثاني بن أحمد الزيودي", "خالد سيف ثاني المهيري", "asserted", "دبي", NULL, 0}}},
    {"an earlier trip told as background gives no place or day to the article's meeting",
     "2023-05-20",
     "عمّان - بترا\n"
     "التقى وزير الخارجية أيمن الصفدي اليوم نظيره اليوناني نيكوس ديندياس.\n"
     "وكان الصفدي قد زار أثينا في وقت سابق من العام، والتقى خلالها رئيس الوزراء اليوناني "
     "كيرياكوس ميتسوتاكيس.",
     {{"met", "أيمن الصفدي", "نيكوس ديندياس", "asserted", "أثينا", NULL, 1},
      {"met", "أيمن الصفدي", "نيكوس ديندياس", "asserted", "عمّان", "2023-05-20", 0},
      {"met", "أيمن الصفدي", "كيرياكوس ميتسوتاكيس", "asserted", "أثينا", "2023-05-20", 1},
      {"met", "أيمن الصفدي", "كيرياكوس ميتسوتاكيس", "asserted", "أثينا", NULL, 0}}},
    {"a bare office in construct with a noun that has a pronoun heads that body, no head of state",
     "2016-02-10",
     "وأعلنت حركة «حماس» أن وفدا برئاسة رئيس مكتبها السياسي خالد مشعل سيصل إلى الدوحة خلال أيام.",
     {{"visited", "خالد مشعل", NULL, "planned", "الدوحة", NULL, 0},
      {"leads", "خالد مشعل", "وفدا", NULL, NULL, NULL, 0},
      {"entity", "عبد الفتاح السيسي", NULL, NULL, NULL, NULL, 1}}},
    {"after بن the father's name may be a nationality or an ordinary word", "2022-03-01",
     "استقبل الأمير سعود بن تركي آل سعود اليوم في الرياض الشيخ خالد بن فهم الراشد.",
     {{"met", "سعود بن تركي آل سعود", "خالد بن فهم الراشد", "asserted", "الرياض", NULL, 0}}},
    {"the country or government a title speaks for is no word of a name (حرص بلاده)", "2019-06-11",
     "وتلقى رئيس الوزراء الهندي ناريندرا مودي اتصالا هاتفيا من الرئيس الفرنسي.\n"
     "وأكد الرئيس الفرنسي خلال الاتصال حرص بلاده على تعزيز الشراكة مع الهند، مجددا الدعوة لرئيس "
     "الوزراء لزيارة فرنسا.",
     {{"entity", "حرص بلاده", NULL, NULL, NULL, NULL, 1},
      {"phoned", "ناريندرا مودي", "إيمانويل ماكرون", "asserted", NULL, NULL, 0}}},
    {"past the aim of a meeting (لبحث) those named are discussed, not guests", "2019-10-14",
     "استقبل رئيس مجلس الأمة مرزوق الغانم اليوم في الكويت رئيس البرلمان الأوروبي ديفيد ساسولي، "
     "لبحث التحضيرات لأعمال القمة المقبلة ودور البرلمان العربي في دعم قراراتها.",
     {{"met", "مرزوق الغانم", "ديفيد ساسولي", "asserted", NULL, NULL, 0},
      {"met", "مرزوق الغانم", "البرلمان العربي", NULL, NULL, NULL, 1}}},
    {"a title and a nationality name the one titled so before, not the one person known of that country",
     "2019-06-11",
     "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس الدكتور أحمد عبد الله الشامي وزير "
     "الخارجية في جمهورية مصر العربية.\n"
     "ونقل الوزير المصري تحيات الرئيس عبد الفتاح السيسي.\n"
     "ومن المقرر أن يتوجه الوزير المصري غدا إلى برلين.",
     {{"visited", "أحمد عبد الله الشامي", NULL, "planned", "برلين", NULL, 0},
      {"visited", "عبد الفتاح السيسي", NULL, NULL, NULL, NULL, 1}}},
    {"the one named after a verb with an unnamed title after him is its subject, not a guest",
     "2024-02-13",
     "استقبل وزير الرياضة الأمير عبدالعزيز بن تركي الفيصل أمس في الرياض رئيس الاتحاد الآسيوي "
     "لكرة القدم الشيخ سلمان بن إبراهيم آل خليفة.\n"
     "كما سيلتقي الشيخ سلمان بن إبراهيم خلال وجوده في جدة رئيس نادي الاتحاد.",
     {{"met", "عبدالعزيز بن تركي الفيصل", "سلمان بن إبراهيم آل خليفة", "asserted", NULL, NULL, 0},
      {"met", "عبدالعزيز بن تركي الفيصل", "سلمان بن إبراهيم آل خليفة", "planned", NULL, NULL, 1}}},
    {"a body's office named again without a name is the one who held it before in the article",
     "2019-05-02",
     "استقبل وزير الشباب والرياضة الأردني اليوم في عمان رئيس الاتحاد الآسيوي لكرة اليد الشيخ "
     "طلال بن ناصر العطية.\n"
     "وكان رئيس الاتحاد الآسيوي قد وصل إلى عمان مساء أمس.\n"
     "ومن المقرر أن يزور رئيس الاتحاد الآسيوي غدا مدينة العقبة.",
     {{"visited", "طلال بن ناصر العطية", NULL, "asserted", "عمان", NULL, 0},
      {"visited", "طلال بن ناصر العطية", NULL, "planned", NULL, NULL, 0}}},
    {"an office of a body with its short name in brackets and a name after it is the next person's",
     "2022-11-20",
     "ومن المتوقع أن يستقبل الشيخ جوعان بن حمد آل ثاني رئيس الاتحاد الدولي لكرة القدم (فيفا) "
     "جياني إنفانتينو في الدوحة غدا.",
     {{"met", "جوعان بن حمد آل ثاني", "جياني إنفانتينو", "planned", NULL, NULL, 0}}},
    {"an unnamed companion after a comma is no unnamed party of the reception", "2021-03-10",
     "استقبل أمير منطقة حائل الأمير عبدالعزيز بن سعد بن عبدالعزيز اليوم في حائل رئيس الغرفة "
     "التجارية محمد بن عبدالرحمن السليم.\n"
     "كما استقبل سموه مدير الجامعة الدكتور راشد بن عبدالله الحمدان، يرافقه عميد كلية الطب.",
     {{"met", "عبدالعزيز بن سعد بن عبدالعزيز", "راشد بن عبدالله الحمدان", "asserted", NULL, NULL, 0}}},
    {"a Gulf apposition keeps its office's body, so a relative after it follows the one titled",
     "2023-02-14",
     "التقى وزير الشباب والرياضة الكويتي عبدالرحمن المطيري أمس في الكويت الشيخ أحمد بن علي "
     "آل خليفة رئيس الاتحاد الخليجي لكرة القدم، الذي يزور الدوحة الأسبوع المقبل.",
     {{"visited", "أحمد بن علي آل خليفة", NULL, NULL, "الدوحة", NULL, 0},
      {"visited", "عبدالرحمن المطيري", NULL, NULL, NULL, NULL, 1}}},
    {"an office of no country, with two holders named, is the one of the country filed from",
     "2022-05-04",
     "عمّان - بترا\n"
     "استقبل العاهل الأردني الملك عبدالله الثاني اليوم في عمان وزير الخارجية المصري سامح شكري.\n"
     "وكان وزير الخارجية قد عقد أمس في عمان جلسة مباحثات مع نظيره المصري.",
     {{"met", "أيمن الصفدي", "سامح شكري", "asserted", "عمان", NULL, 0}}},
    {"an unnamed office of no country filed from abroad is still the agency's country's",
     "2023-09-19",
     "نيويورك - واس\n"
     "التقى صاحب السمو الأمير فيصل بن فرحان وزير الخارجية اليوم في نيويورك وزير الخارجية "
     "البرازيلي ماورو فييرا.\n"
     "والتقى سمو وزير الخارجية الأمين العام للأمم المتحدة أنطونيو غوتيريش.",
     {{"met", "فيصل بن فرحان", "أنطونيو غوتيريش", "asserted", NULL, NULL, 0},
      {"met", "ماورو فييرا", "أنطونيو غوتيريش", NULL, NULL, NULL, 1}}},
    {"two who co-chaired a session met (ترأسا، يترأسان)", "2022-05-04",
     "وكان وزير الخارجية أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين قد ترأسا أمس في عمان "
     "أعمال اللجنة المشتركة.",
     {{"met", "أيمن الصفدي", "فؤاد حسين", "asserted", "عمان", "2022-05-03", 0}}},
    {"a verb with و goes on with the subject named after an opening adverbial and a comma",
     "2023-03-08",
     "ومن جهة أخرى، افتتح وزير الصحة الأردني فراس الهواري أمس مركزا صحيا في إربد، والتقى خلال "
     "جولته محافظ إربد رضوان العتوم.",
     {{"met", "فراس الهواري", "رضوان العتوم", "asserted", NULL, NULL, 0}}},
    {"an office in construct with a sports body heads it: no head of state meets the one named",
     "2024-03-05",
     "الجزائر - واج\n"
     "من جهة أخرى، اجتمع رئيس الرابطة المحترفة لكرة القدم عبد الكريم مدوار برؤساء أندية الرابطة "
     "الأولى، لبحث برمجة الجولات المتبقية.",
     {{"entity", "عبد المجيد تبون", NULL, NULL, NULL, NULL, 1},
      {"role", "عبد الكريم مدوار", "رئيس الرابطة المحترفة لكرة القدم", NULL, NULL, NULL, 0}}},
    {"a name ends before a noun with ة and a word with بال or لل", "2017-02-21",
     "توجيه توبيخ لنائب رئيس النجم الساحلي منير الحاج علي عقوبة بالف دينار ضد النادي.",
     {{"entity", "منير الحاج علي عقوبة", NULL, NULL, NULL, NULL, 1},
      {"entity", "منير الحاج علي", NULL, NULL, NULL, NULL, 0}}},
    {"حماد is a given name, no verbal noun ending a name", "2024-12-15",
     "استقبل وزير الداخلية الشيخ سيف بن زايد آل نهيان اليوم في أبوظبي الشيخ سالم بن حماد "
     "الشامسي.",
     {{"met", "سيف بن زايد", "سالم بن حماد الشامسي", "asserted", NULL, NULL, 0}}},
    {"محافظة before a place is the governorate, no woman governor", "2022-12-06",
     "وصل وزير الصحة فهد الجلاجل اليوم إلى الرياض.\n"
     "ومن المقرر أن يزور الوزير غدا محافظة الطائف.",
     {{"visited", "فهد الجلاجل", NULL, "planned", "الطائف", "2022-12-07", 0}}},
    {"those present are named right after بمشاركة، not anywhere later in the sentence", "2024-02-14",
     "التقى مدير المخابرات المركزية الأمريكية ويليام بيرنز في القاهرة رئيس الموساد ديفيد برنياع.\n"
     "وكانت محادثات مماثلة قد عقدت في باريس بمشاركة الأطراف ذاتها، وأسفرت عن إطار وصفه "
     "بنيامين نتنياهو بأنه غير مقبول.",
     {{"met", "ويليام بيرنز", "ديفيد برنياع", "asserted", NULL, NULL, 0},
      {"attended", "بنيامين نتنياهو", NULL, NULL, NULL, NULL, 1}}},
    {"a side word past a comma and قبل is another event's; a pair word names no announced pair",
     "2025-04-12",
     "التقى وزير الخارجية الإيراني عباس عراقجي في مسقط وزير الخارجية العماني بدر البوسعيدي، قبل "
     "جولة المفاوضات غير المباشرة مع المبعوث الأمريكي ستيف ويتكوف.\nوقال عراقجي إنه سيلتقي "
     "ويتكوف مجددا.\nونقل البوسعيدي رسائل بين الجانبين خلال جولة المحادثات.",
     {{"met", "عباس عراقجي", "بدر البوسعيدي", "asserted", "مسقط", NULL, 0},
      {"met", "عباس عراقجي", "ستيف ويتكوف", "asserted", NULL, NULL, 1},
      {"met", "بدر البوسعيدي", "ستيف ويتكوف", "asserted", NULL, NULL, 1}}},
    {"a meeting asked for is planned, one refused negated; a refused statement leaves a call held",
     "2017-02-19",
     "وطلب رئيس الوزراء الإسرائيلي بنيامين نتنياهو لقاء الرئيس الأمريكي دونالد ترامب.\n"
     "ورفض الرئيس الفلسطيني محمود عباس لقاء المبعوث الأمريكي ستيف ويتكوف.\n"
     "رفض رئيس الجمهورية الباجي قايد السبسي اليوم التصريح بفحوى المكالمة الهاتفية التي جمعته "
     "بالرئيس الأمريكي دونالد ترامب.",
     {{"met", "بنيامين نتنياهو", "دونالد ترامب", "planned", NULL, NULL, 0},
      {"met", "محمود عباس", "ستيف ويتكوف", "negated", NULL, NULL, 0},
      {"met", "محمود عباس", "ستيف ويتكوف", "asserted", NULL, NULL, 1},
      {"phoned", "الباجي قائد السبسي", "دونالد ترامب", "asserted", NULL, NULL, 0}}},
    {"a relative clause holding the meeting names its parties; a future verb before it plans it",
     "2025-06-10",
     "وسيبحث الاجتماع الذي يعقده وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري بدر عبد "
     "العاطي غدا ملف اللاجئين.",
     {{"met", "أيمن الصفدي", "بدر عبد العاطي", "planned", NULL, "2025-06-11", 0},
      {"met", "أيمن الصفدي", "بدر عبد العاطي", "asserted", NULL, NULL, 1}}},
    {"an age is no name: عن عمر ناهز", "2017-05-03",
     "توفي الأمير مشعل بن عبد العزيز آل سعود عن عمر ناهز 92 عاما، وتوفي الفنان محمد الجموسي عن "
     "عمر يناهز 80 عاما.",
     {{"entity", "عمر ناهز", NULL, NULL, NULL, NULL, 1},
      {"entity", "عمر يناهز", NULL, NULL, NULL, NULL, 1}}},
    {"discussing without مع: what follows is the topic", "2017-02-14",
     "بحث وزير الخارجية خميس الجهيناوي ملف الأزمة الليبية وتطورات الأوضاع مع الرئيس الأمريكي "
     "دونالد ترامب في رسالة.\nوناقشت الحكومة يوسف الشاهد.",
     {{"met", "خميس الجهيناوي", "دونالد ترامب", "asserted", NULL, NULL, 0}}},
    {"the body that holds a meeting is no party to it", "2017-05-08",
     "ترأس أحمد أحمد اجتماع اللجنة التنفيذية للاتحاد الأفريقي لكرة القدم في المنامة.",
     {{"met", "أحمد أحمد", "الاتحاد الأفريقي", "asserted", NULL, NULL, 1}}},
    {"a title without a country is the one of the article's country", "2017-03-02",
     "قال الوزير التونسي للتجارة إن الصادرات التونسية ارتفعت.\n"
     "واستقبل رئيس الحكومة صباح اليوم بقصر الحكومة بالقصبة وزير المالية الفرنسي ميشال سابان.",
     {{"met", "يوسف الشاهد", "ميشال سابان", "asserted", NULL, NULL, 0}}},
    {"those who accompany a side are no other side", "2017-03-06",
     "استقبل والي مدنين رئيس الحكومة يوسف الشاهد والوفد الوزاري المرافق له، كما استقبل الرئيس "
     "التركي رجب طيب أردوغان طلابا برفقة وزير التربية عصمت يلماز.",
     {{"met", "يوسف الشاهد", "الوفد", "asserted", NULL, NULL, 1},
      {"met", "رجب طيب أردوغان", "عصمت يلماز", "asserted", NULL, NULL, 1}}},
    {"an office in the accusative is a predicate, not a person", "2017-03-17",
     "عيّن الملك محمد السادس اليوم سعد الدين العثماني رئيسا للحكومة.",
     {{"holds_role", "سعد الدين العثماني", NULL, "asserted", NULL, NULL, 1}}},
    {"the two of a dual pronoun are the two named before", "2017-02-14",
     "استقبل الملك محمد السادس الرئيس الباجي قائد السبسي، وأكد الطرفان خلال لقائهما في الرباط "
     "متانة العلاقات.",
     {{"met", "محمد السادس", "الباجي قائد السبسي", "asserted", "الرباط", NULL, 0}}},
    {"a meeting noun with a pronoun and nobody to own it pairs no one", "2017-05-25",
     "توصلت اللجنة البرلمانية في اجتماعها اليوم إلى التوافق على مترشحين هما سهيل الجمال "
     "وشيماء البنهقي.",
     {{"met", "سهيل الجمال", "شيماء البنهقي", "asserted", NULL, NULL, 1}}},
    {"the owner of a meeting's place is no party", "2017-01-24",
     "جمع اجتماع غير معلن الثلاثاء الماضي أحمد أويحيى وعلي الصلابي بمنزل رئيس حركة النهضة "
     "راشد الغنوشي.",
     {{"met", "أحمد أويحيى", "علي الصلابي", "asserted", NULL, NULL, 0},
      {"met", "أحمد أويحيى", "راشد الغنوشي", "asserted", NULL, NULL, 1}}},
    {"a bare meeting noun in a headline: the body's plan", "2017-02-14",
     "لقاء بين وزير الخارجية الجزائري ونظيره التونسي\n"
     "قال وزير الخارجية الجزائري رمطان لعمامرة إنه سيعقد في الأيام القادمة لقاء مع نظيره "
     "التونسي خميس الجهيناوي.",
     {{"met", "رمطان لعمامرة", "خميس الجهيناوي", "planned", NULL, NULL, 0},
      {"met", "رمطان لعمامرة", "خميس الجهيناوي", "asserted", NULL, NULL, 1}}},
    {"the dateline is the place of a lead meeting", "2025-02-16",
     "الرياض - واس\nاستقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد اليوم وزير الخارجية الأمريكي ماركو روبيو.",
     {{"met", "محمد بن سلمان", "ماركو روبيو", "asserted", "الرياض", "2025-02-16", 0}}},
    {"the headline names people by surnames the body introduces later", "2025-04-02",
     "الحنيفات يلتقي بدر في دمشق لبحث التعاون الزراعي\nوكان وزير الزراعة الأردني خالد الحنيفات قد وصل إلى دمشق الثلاثاء.\nوأكد وزير الزراعة السوري أمجد بدر أهمية التعاون بين البلدين.",
     {{"met", "خالد الحنيفات", "أمجد بدر", "asserted", "دمشق", NULL, 0}}},
    {"a dual noun followed by two names", "2025-04-02",
     "ووصل الوزيران خالد الحنيفات ويعرب القضاة إلى دمشق صباح اليوم.",
     {{"visited", "خالد الحنيفات", NULL, "asserted", "دمشق", "2025-04-02", 0},
      {"visited", "يعرب القضاة", NULL, "asserted", "دمشق", "2025-04-02", 0}}},
    {"a Hijri dateline gives the document date", NULL,
     "الرياض 15 رمضان 1446 هـ الموافق 15 مارس 2025 م واس\nاستقبل الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في الرياض اليوم رئيس الوزراء اللبناني نواف سلام.",
     {{"met", "محمد بن سلمان", "نواف سلام", "asserted", "الرياض", "2025-03-15", 0}}},
    /* round 2: the error categories of unseen articles */
    {"a cancellation reaches its object over the subject", "2025-10-22",
     "ألغى الرئيس الأمريكي دونالد ترامب لقاءه مع الرئيس الروسي فلاديمير بوتين في بودابست.",
     {{"met", "دونالد ترامب", "فلاديمير بوتين", "negated", NULL, NULL, 0},
      {"met", "دونالد ترامب", "فلاديمير بوتين", "asserted", NULL, NULL, 1}}},
    {"لم ... أي لقاء بين", "2025-06-01",
     "ولم يعقد أي لقاء بين الرئيس السوري أحمد الشرع ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
     {{"met", "أحمد الشرع", "بنيامين نتنياهو", "negated", NULL, NULL, 0},
      {"met", "أحمد الشرع", "بنيامين نتنياهو", "asserted", NULL, NULL, 1}}},
    {"a denial with two complements", "2025-06-01",
     "نفت الرئاسة الجزائرية أن يكون الرئيس عبد المجيد تبون قد التقى مسؤولين فرنسيين أو أن يكون قد اجتمع بالرئيس الفرنسي إيمانويل ماكرون.",
     {{"met", "عبد المجيد تبون", "إيمانويل ماكرون", "negated", NULL, NULL, 0},
      {"met", "عبد المجيد تبون", "إيمانويل ماكرون", "asserted", NULL, NULL, 1}}},
    {"a verb with و after a denial is a clause of its own", "2025-06-01",
     "نفى المتحدث باسم الخارجية الروسية صحة التقارير عن صفقة، والتقى الوزير سيرغي لافروف لاحقا نظيره التركي هاكان فيدان.",
     {{"met", "سيرغي لافروف", "هاكان فيدان", "asserted", NULL, NULL, 0},
      {"met", "سيرغي لافروف", "هاكان فيدان", "negated", NULL, NULL, 1}}},
    {"a coordinated subject and اجتماعا ثلاثيا", "2025-10-09",
     "وعقد الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين والرئيس الإيراني مسعود بزشكيان اجتماعا ثلاثيا في طهران أمس.",
     {{"met", "رجب طيب أردوغان", "فلاديمير بوتين", "asserted", "طهران", "2025-10-08", 0},
      {"met", "فلاديمير بوتين", "مسعود بزشكيان", "asserted", "طهران", "2025-10-08", 0},
      {"met", "رجب طيب أردوغان", "مسعود بزشكيان", "asserted", "طهران", "2025-10-08", 0}}},
    {"later the same day: the city carries over, not the venue", "2025-10-09",
     "بغداد - واع\nوصل رئيس الوزراء محمد شياع السوداني إلى عمان، واستقبله العاهل الأردني الملك عبدالله الثاني في قصر الحسينية.\nوفي وقت لاحق، التقى السوداني رئيس الوزراء الأردني جعفر حسان.",
     {{"met", "محمد شياع السوداني", "عبد الله الثاني", "asserted", "قصر الحسينية", "2025-10-09", 0},
      {"met", "محمد شياع السوداني", "جعفر حسان", "asserted", "عمان", "2025-10-09", 0},
      {"met", "محمد شياع السوداني", "جعفر حسان", "asserted", "قصر الحسينية", NULL, 1}}},
    {"attending a reception is not meeting", "2025-10-09",
     "استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا المبعوث الأمريكي توم باراك.\nحضر الاستقبال رئيس مجلس النواب نبيه بري ورئيس الحكومة نواف سلام.",
     {{"attended", "نبيه بري", "جوزاف عون", "asserted", NULL, NULL, 0},
      {"attended", "نواف سلام", "جوزاف عون", "asserted", NULL, NULL, 0},
      {"met", "نبيه بري", "نواف سلام", "asserted", NULL, NULL, 1},
      {"met", "نبيه بري", "توم باراك", "asserted", NULL, NULL, 1}}},
    {"حضر اللقاء A و B: those present do not meet each other", "2025-10-09",
     "استقبل الملك عبدالله الثاني في قصر الحسينية رئيس الوزراء العراقي محمد شياع السوداني.\nحضر اللقاء وزير الخارجية أيمن الصفدي ومدير مكتب جلالة الملك علاء البطاينة.",
     {{"attended", "أيمن الصفدي", "عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "علاء البطاينة", "asserted", NULL, NULL, 1}}},
    {"يعتزم ... زيارة ... للقاء: the visitor is to meet the host", "2025-10-09",
     "يعتزم الرئيس الفرنسي إيمانويل ماكرون زيارة لبنان الشهر المقبل للقاء الرئيس جوزاف عون.",
     {{"visited", "إيمانويل ماكرون", NULL, "planned", "لبنان", "2025-11", 0},
      {"met", "إيمانويل ماكرون", "جوزاف عون", "planned", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "جوزاف عون", "asserted", NULL, NULL, 1}}},
    {"وجه دعوة: the guest visits, the host does not", "2025-10-09",
     "وجه الرئيس تبون دعوة إلى الرئيس الإيطالي سيرجيو ماتاريلا لزيارة الجزائر.",
     {{"visited", "سيرجيو ماتاريلا", NULL, "planned", "الجزائر", NULL, 0},
      {"visited", "تبون", NULL, "planned", NULL, NULL, 1},
      {"met", "تبون", "سيرجيو ماتاريلا", "planned", NULL, NULL, 0}}},
    {"في اتصال هاتفي تلقاه من, مساء أمس الاثنين", "2025-11-04",
     "وأكد الرئيس السيسي، في اتصال هاتفي تلقاه من الرئيس الفرنسي إيمانويل ماكرون مساء أمس الاثنين، أهمية وقف إطلاق النار.",
     {{"phoned", "السيسي", "إيمانويل ماكرون", "asserted", NULL, "2025-11-03", 0},
      {"met", "السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 1}}},
    {"a beneficiary after the meeting is not its place", "2025-10-09",
     "وأكد أمير قطر الشيخ تميم بن حمد آل ثاني، خلال استقباله رئيس الوزراء اللبناني نواف سلام، دعم بلاده للبنان.",
     {{"met", "تميم بن حمد", "نواف سلام", "asserted", NULL, NULL, 0},
      {"met", "تميم بن حمد", "نواف سلام", "asserted", "لبنان", NULL, 1}}},
    {"a topic place is not the meeting's place", "2025-10-09",
     "بحث الرئيس المصري عبد الفتاح السيسي مع الرئيس الفلسطيني محمود عباس في القاهرة الأوضاع في قطاع غزة.",
     {{"met", "عبد الفتاح السيسي", "محمود عباس", "asserted", "القاهرة", NULL, 0},
      {"met", "عبد الفتاح السيسي", "محمود عباس", "asserted", "غزة", NULL, 1}}},
    {"على هامش: the organisation is the occasion", "2025-09-24",
     "التقى وزير الخارجية السعودي فيصل بن فرحان على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك نظيره الفرنسي جان نويل بارو.",
     {{"met", "فيصل بن فرحان", "جان نويل بارو", "asserted", "نيويورك", NULL, 0},
      {"met", "فيصل بن فرحان", "الجمعية العامة", "asserted", NULL, NULL, 1}}},
    {"a visit's programme in the present tense is planned", "2025-10-09",
     "وصل وزير الخارجية التركي هاكان فيدان إلى دمشق في زيارة رسمية تستغرق يومين يلتقي خلالها الرئيس أحمد الشرع.",
     {{"visited", "هاكان فيدان", NULL, "asserted", "دمشق", "2025-10-09", 0},
      {"met", "هاكان فيدان", "أحمد الشرع", "planned", NULL, NULL, 0},
      {"met", "هاكان فيدان", "أحمد الشرع", "asserted", NULL, NULL, 1}}},
    {"a benediction between dashes; a given name before a lexicon name", "2025-10-09",
     "استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء - حفظه الله - في مكتبه بقصر اليمامة اليوم، دولة رئيس وزراء جمهورية باكستان الإسلامية محمد شهباز شريف.",
     {{"met", "محمد بن سلمان", "شهباز شريف", "asserted", "قصر اليمامة", "2025-10-09", 0}}},
    {"لقائهما: the dual pronoun is the pair named before", "2025-10-09",
     "واتفق الرئيس التركي رجب طيب أردوغان والرئيس السوري أحمد الشرع خلال لقائهما في أنقرة على تعزيز التعاون.",
     {{"met", "رجب طيب أردوغان", "أحمد الشرع", "asserted", "أنقرة", NULL, 0}}},
    {"شارك في الاجتماع A و B: participants, not a meeting of theirs", "2025-10-09",
     "استقبل الملك عبدالله الثاني الرئيس المصري عبد الفتاح السيسي. وشارك في الاجتماع وزير الخارجية أيمن الصفدي ومدير المخابرات العامة أحمد حسني.",
     {{"attended", "أيمن الصفدي", "عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "أحمد حسني", "asserted", NULL, NULL, 1}}},
    {"بعد زيارة التقى خلالها: the visitor meets", "2025-10-09",
     "وغادر الرئيس السوري أحمد الشرع الرياض بعد زيارة رسمية التقى خلالها ولي العهد السعودي الأمير محمد بن سلمان.",
     {{"met", "أحمد الشرع", "محمد بن سلمان", "asserted", "الرياض", NULL, 0}}},
    {"تعذر ... اللقاء المرتقب: did not take place", "2025-10-09",
     "وتعذر عقد اللقاء المرتقب بين الرئيس الفلسطيني محمود عباس ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
     {{"met", "محمود عباس", "بنيامين نتنياهو", "negated", NULL, NULL, 0},
      {"met", "محمود عباس", "بنيامين نتنياهو", "asserted", NULL, NULL, 1}}},
    {"a meeting denied later in its sentence (وهو ما نفته)", "2025-10-09",
     "وكشف مصدر دبلوماسي أن وزير الخارجية الإيراني عباس عراقجي التقى سرا المبعوث الأمريكي ستيف ويتكوف في مسقط، وهو ما نفته طهران لاحقا.",
     {{"met", "عباس عراقجي", "ستيف ويتكوف", "negated", NULL, NULL, 0},
      {"met", "عباس عراقجي", "ستيف ويتكوف", "asserted", NULL, NULL, 1}}},
    {"الزيارة المرتقبة: an announced visit", "2025-10-09",
     "وتأتي الزيارة المرتقبة للرئيس الفرنسي إيمانويل ماكرون إلى بيروت في إطار دعم لبنان.",
     {{"visited", "إيمانويل ماكرون", NULL, "planned", "بيروت", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", NULL, NULL, 1}}},
    {"the sender of a message carried to the meeting is no party", "2025-10-09",
     "نواكشوط - استقبل رئيس الجمهورية محمد ولد الشيخ الغزواني، اليوم، بالقصر الرئاسي في نواكشوط، وزير الخارجية المغربي ناصر بوريطة، حاملا رسالة من الملك محمد السادس.",
     {{"met", "محمد ولد الشيخ الغزواني", "ناصر بوريطة", "asserted", "نواكشوط", "2025-10-09", 0},
      {"met", "محمد ولد الشيخ الغزواني", "محمد السادس", "asserted", NULL, NULL, 1},
      {"met", "ناصر بوريطة", "محمد السادس", "asserted", NULL, NULL, 1}}},
    {"a city in construct with a title, a name after it", "2025-10-09",
     "استقبل رئيس الوزراء العراقي محمد شياع السوداني محافظ البصرة أسعد العيداني في بغداد.",
     {{"met", "محمد شياع السوداني", "أسعد العيداني", "asserted", "بغداد", NULL, 0},
      {"met", "محمد شياع السوداني", "أسعد العيداني", "asserted", "البصرة", NULL, 1}}},
    {"مع كل من B و C: met one by one", "2025-10-09",
     "التقى وزير الخارجية التركي هاكان فيدان مع كل من وزير الخارجية السعودي فيصل بن فرحان ووزير الخارجية القطري محمد بن عبدالرحمن آل ثاني في إسطنبول.",
     {{"met", "هاكان فيدان", "فيصل بن فرحان", "asserted", "إسطنبول", NULL, 0},
      {"met", "هاكان فيدان", "محمد بن عبد الرحمن آل ثاني", "asserted", "إسطنبول", NULL, 0},
      {"met", "فيصل بن فرحان", "محمد بن عبد الرحمن آل ثاني", "asserted", NULL, NULL, 1}}},
    {"على هامش القمة ... لقاءات ثنائية: the summit is the occasion", "2025-10-09",
     "وعلى هامش القمة، عقد الرئيس المصري عبد الفتاح السيسي لقاءات ثنائية مع كل من الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني فريدريش ميرتس.",
     {{"met", "عبد الفتاح السيسي", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "فريدريش ميرتس", "asserted", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "فريدريش ميرتس", "asserted", NULL, NULL, 1}}},
    {"في وقت لاحق: the day and city of the meeting before, another host", "2025-10-15",
     "التقى وزير الخارجية السوري أسعد الشيباني في عمان يوم الاثنين نظيره الأردني أيمن الصفدي.\nوفي وقت لاحق، استقبل العاهل الأردني الملك عبدالله الثاني الشيباني.",
     {{"met", "أسعد الشيباني", "أيمن الصفدي", "asserted", "عمان", "2025-10-13", 0},
      {"met", "عبد الله الثاني", "أسعد الشيباني", "asserted", "عمان", "2025-10-13", 0}}},
    {"كما استقبل: same subject, same day", "2025-10-12",
     "استقبل رئيس الجمهورية عبد المجيد تبون أمس السبت وزير الخارجية الإيطالي أنطونيو تاياني.\nكما استقبل السفير الفرنسي ستيفان روماتيه.",
     {{"met", "عبد المجيد تبون", "أنطونيو تاياني", "asserted", NULL, "2025-10-11", 0},
      {"met", "عبد المجيد تبون", "ستيفان روماتيه", "asserted", NULL, "2025-10-11", 0}}},
    {"one office, coordinated countries: a holder in each", "2025-10-09",
     "وعقد وزراء خارجية قطر ومصر وتركيا اجتماعا ثلاثيا في القاهرة.",
     {{"met", "محمد بن عبد الرحمن آل ثاني", "بدر عبد العاطي", "asserted", "القاهرة", NULL, 0},
      {"met", "بدر عبد العاطي", "هاكان فيدان", "asserted", "القاهرة", NULL, 0},
      {"met", "محمد بن عبد الرحمن آل ثاني", "هاكان فيدان", "asserted", "القاهرة", NULL, 0}}},
    {"a dual office with two countries", "2025-10-09",
     "والتقى وزيرا خارجية السعودية وإيران في بكين.",
     {{"met", "فيصل بن فرحان", "عباس عراقجي", "asserted", "بكين", NULL, 0}}},
    {"a Gulf chain of offices: an office unknown to roles.tsv is no guest", "2025-10-09",
     "استقبل سمو الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة نائب رئيس مجلس الوزراء رئيس ديوان الرئاسة، في قصر الوطن اليوم، معالي أنطونيو تاياني نائب رئيس الوزراء وزير الخارجية والتعاون الدولي في الجمهورية الإيطالية.",
     {{"met", "منصور بن زايد", "أنطونيو تاياني", "asserted", "قصر الوطن", "2025-10-09", 0},
      {"entity", "ديوان الرئاسة", NULL, NULL, NULL, NULL, 1}}},
    {"a foreign surname starting with و is no coordinated name", "2025-10-09",
     "التقت وزيرة الخارجية الأسترالية بيني وونغ نظيرها الإندونيسي سوجيونو في جاكرتا.",
     {{"met", "بيني وونغ", "سوجيونو", "asserted", "جاكرتا", NULL, 0}}},
    {"a given name before a bare lexicon surname is another person", "2025-10-09",
     "واستقبلت جلالة الملكة رانيا العبدالله السيدة الأولى الفرنسية بريجيت ماكرون.",
     {{"met", "رانيا", "بريجيت ماكرون", "asserted", NULL, NULL, 0},
      {"entity", "إيمانويل ماكرون", NULL, NULL, NULL, NULL, 1}}},
    {"two calls are not a meeting of the three", "2025-10-09",
     "وبحث الرئيس المصري عبد الفتاح السيسي في اتصالين هاتفيين مع ملك الأردن عبدالله الثاني وأمير قطر تميم بن حمد مستجدات الأوضاع.",
     {{"phoned", "عبد الفتاح السيسي", "عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"phoned", "عبد الفتاح السيسي", "تميم بن حمد", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "تميم بن حمد", "asserted", NULL, NULL, 1},
      {"met", "عبد الله الثاني", "تميم بن حمد", "asserted", NULL, NULL, 1}}},
    {"خلال استقباله: the possessor is the person named before", "2025-10-09",
     "وأكد ولي العهد السعودي أن المملكة تدعم لبنان، وذلك خلال استقباله رئيس الوزراء اللبناني نواف سلام في الرياض.",
     {{"met", "محمد بن سلمان", "نواف سلام", "asserted", "الرياض", NULL, 0}}},
    {"a Maghreb given name with the article", "2025-03-30",
     "اجتمع وزير الخارجية الجزائري أحمد عطاف مع وزير الخارجية الليبي الطاهر الباعور.",
     {{"met", "أحمد عطاف", "الطاهر الباعور", "asserted", NULL, NULL, 0}}},
    /* Round 3. */
    {"role anaphora: الوزير الإسباني is the one Spaniard named before", "2025-06-12",
     "التقى وزير الخارجية المغربي ناصر بوريطة وزير الخارجية الإسباني خوسيه مانويل ألباريس في الرباط. واستقبل رئيس الحكومة عزيز أخنوش الوزير الإسباني في اليوم نفسه.",
     {{"met", "عزيز أخنوش", "خوسيه مانويل ألباريس", "asserted", NULL, NULL, 0},
      {"met", "عزيز أخنوش", "ناصر بوريطة", "asserted", NULL, NULL, 1}}},
    {"role anaphora: الضيف alone is the one visitor", "2025-06-12",
     "وصل وزير الخارجية العماني بدر البوسعيدي إلى دمشق أمس. واستقبل الرئيس أحمد الشرع الضيف في قصر الشعب.",
     {{"met", "أحمد الشرع", "بدر البوسعيدي", "asserted", "قصر الشعب", NULL, 0}}},
    {"role anaphora: with two visitors الضيف names nobody", "2025-06-12",
     "وصل وزير الخارجية العماني بدر البوسعيدي ووزير الخارجية القطري محمد بن عبدالرحمن آل ثاني إلى دمشق أمس. واستقبل الرئيس أحمد الشرع الضيف في قصر الشعب.",
     {{"visited", "بدر البوسعيدي", NULL, "asserted", "دمشق", NULL, 0},
      {"met", "أحمد الشرع", "بدر البوسعيدي", "asserted", NULL, NULL, 1},
      {"met", "أحمد الشرع", "محمد بن عبد الرحمن آل ثاني", "asserted", NULL, NULL, 1}}},
    {"role anaphora: a name after the noun is a first mention", "2025-06-12",
     "التقى ناصر بوريطة وزيرة الدفاع الإسبانية مارغاريتا روبليس. واستقبل عزيز أخنوش الوزير الإسباني خوسيه مانويل ألباريس.",
     {{"met", "عزيز أخنوش", "خوسيه مانويل ألباريس", "asserted", NULL, NULL, 0},
      {"met", "عزيز أخنوش", "مارغاريتا روبليس", "asserted", NULL, NULL, 1}}},
    {"a place after بين ... و is a topic, not the venue", "2025-06-12",
     "بحث وزير الزراعة أمجد بدر مع القائم بأعمال السفارة الهنغارية بدمشق استفان جيولا شوش سبل تطوير التعاون في مجالات الزراعة والري بين سوريا وهنغاريا.",
     {{"met", "أمجد بدر", "استفان جيولا شوش", "asserted", NULL, NULL, 0},
      {"met", "أمجد بدر", "استفان جيولا شوش", "asserted", "سوريا", NULL, 1},
      {"met", "أمجد بدر", "استفان جيولا شوش", "asserted", "هنغاريا", NULL, 1}}},
    {"ترأس X الاجتماع بمشاركة B و C: the chair meets both", "2025-06-11",
     "ترأس رئيس الوزراء جعفر حسان اليوم الأربعاء الاجتماع بمشاركة وزير الخارجية أيمن الصفدي ووزير الخارجية المصري بدر عبد العاطي.",
     {{"met", "جعفر حسان", "أيمن الصفدي", "asserted", NULL, "2025-06-11", 0},
      {"met", "جعفر حسان", "بدر عبد العاطي", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "بدر عبد العاطي", "asserted", NULL, NULL, 0}}},
    {"اجتماع ترأسه X وشارك فيه B و C", "2025-06-10",
     "وعقد اجتماع ترأسه رئيس مجلس الوزراء محمد شياع السوداني وشارك فيه وزير الخارجية فؤاد حسين والسفير الأمريكي توم باراك.",
     {{"met", "محمد شياع السوداني", "فؤاد حسين", "asserted", NULL, NULL, 0},
      {"met", "محمد شياع السوداني", "توم باراك", "asserted", NULL, NULL, 0},
      {"met", "فؤاد حسين", "توم باراك", "asserted", NULL, NULL, 0}}},
    {"أجرى X لقاءات مع B و C، وعقد اجتماعا مع D: three meetings of X", "2025-05-01",
     "أجرى وزير الخارجية بدر عبد العاطي لقاءات مع رئيس الوزراء الليبي عبد الحميد الدبيبة ونظيره الطاهر الباعور، وعقد اجتماعا مع رئيس البرلمان عقيلة صالح.",
     {{"met", "بدر عبد العاطي", "عبد الحميد الدبيبة", "asserted", NULL, NULL, 0},
      {"met", "بدر عبد العاطي", "الطاهر الباعور", "asserted", NULL, NULL, 0},
      {"met", "بدر عبد العاطي", "عقيلة صالح", "asserted", NULL, NULL, 0},
      {"met", "عبد الحميد الدبيبة", "الطاهر الباعور", "asserted", NULL, NULL, 1}}},
    {"a meeting on a visit's agenda is announced", "2025-05-01",
     "يصل وزير الخارجية الفرنسي جان نويل بارو إلى الرياض اليوم في زيارة تستغرق يومين. ويتضمن جدول أعمال الزيارة لقاء مع ولي العهد الأمير محمد بن سلمان.",
     {{"met", "جان نويل بارو", "محمد بن سلمان", "planned", NULL, NULL, 0},
      {"met", "جان نويل بارو", "محمد بن سلمان", "asserted", NULL, NULL, 1}}},
    {"a nisba before بن is a given name: الأمير تركي بن طلال", "2025-05-01",
     "استقبل أمير منطقة عسير الأمير تركي بن طلال اليوم رئيس الاتحاد السعودي لكرة القدم ياسر المسحل.",
     {{"met", "تركي بن طلال", "ياسر المسحل", "asserted", NULL, "2025-05-01", 0}}},
    {"a title word after آل is a family's name: عبد الله آل الشيخ", "2025-05-01",
     "التقى رئيس مجلس الشورى الشيخ عبد الله آل الشيخ وفد لجنة الصداقة البرلمانية الفرنسية برئاسة النائب جان لوي بورلانج.",
     {{"met", "عبد الله آل الشيخ", "جان لوي بورلانج", "asserted", NULL, NULL, 0}}},
    {"a pair word with its two named after it is no reference to the last meeting", "2025-05-01",
     "أكد ولي العهد الأمير محمد بن سلمان خلال استقباله المبعوث الأممي هانس غروندبرغ في قصر اليمامة بالرياض دعم المملكة للحل السياسي. وبحث الرئيسان عبد الفتاح السيسي وعبد المجيد تبون خلال لقائهما في الجزائر العلاقات الثنائية.",
     {{"met", "عبد الفتاح السيسي", "عبد المجيد تبون", "asserted", NULL, NULL, 0},
      {"met", "الأمير محمد بن سلمان", "عبد الفتاح السيسي", "asserted", NULL, NULL, 1},
      {"met", "هانس غروندبرغ", "عبد المجيد تبون", "asserted", NULL, NULL, 1},
      {"met", "الأمير محمد بن سلمان", "هانس غروندبرغ", "asserted", "قصر اليمامة", NULL, 0}}},
    {"a meeting noun in what an unnamed title says is not the last subject's", "2025-05-01",
     "استقبل الملك عبد الله الثاني في قصره اليوم رئيس الوزراء الفلسطيني محمد مصطفى. وأعرب الوزير عن شكره للمملكة على دعمها، مؤكدا أن اللقاء مع الأمير فيصل بن فرحان كان مثمرا.",
     {{"met", "الملك عبد الله الثاني", "محمد مصطفى", "asserted", NULL, NULL, 0},
      {"met", "الملك عبد الله الثاني", "الأمير فيصل بن فرحان", "asserted", NULL, NULL, 1}}},
    {"a visit's agenda that began with a meeting is no plan", "2025-10-15",
     "وصل الرئيس السوري أحمد الشرع اليوم إلى موسكو. بدأ جدول أعمال الزيارة بعقد جلسة مباحثات مغلقة في قصر الكرملين مع الرئيس الروسي فلاديمير بوتين.",
     {{"met", "أحمد الشرع", "فلاديمير بوتين", "asserted", NULL, NULL, 0}}},
    {"a name known from the headline goes on with بنت in the body", "2017-03-14",
     "رئيس الجمهورية يستقبل الشيخة موزا\n\nاستقبل رئيس الجمهورية الباجي قايد السبسي صباح اليوم بقصر قرطاج الشيخة موزا بنت ناصر رئيسة مجلس إدارة المؤسسة.",
     {{"met", "الباجي قائد السبسي", "موزا بنت ناصر", "asserted", "قصر قرطاج", "2017-03-14", 0}}},
    {"ترأس X وفد بلاده: a lead, no meeting", "2025-06-11",
     "ترأس وزير الخارجية أيمن الصفدي وفد بلاده إلى اجتماعات مجلس الجامعة العربية في القاهرة.",
     {{"leads", "أيمن الصفدي", "وفد", "asserted", NULL, NULL, 0}}},
    {"تحدث with a phone word apart from it is a call", "2025-06-11",
     "وتحدث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مساء أمس مع المستشارة الألمانية أنغيلا ميركل.",
     {{"phoned", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, "2025-06-10", 0},
      {"met", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, NULL, 1}}},
    {"تحدثت without a phone word bounds no clause: the denial still reaches the meeting", "2025-06-11",
     "نفى المكتب الإعلامي لرئيس الوزراء العراقي محمد شياع السوداني الأنباء التي تحدثت عن لقائه قائد فيلق القدس إسماعيل قاآني خلال زيارته إلى طهران.",
     {{"met", "محمد شياع السوداني", "إسماعيل قاآني", "asserted", NULL, NULL, 1},
      {"entity", "إسماعيل قاآني", NULL, NULL, NULL, NULL, 0}}},
    {"a relative clause's meeting is its antecedent's: X، الذي استقبل أمس، Y", "2025-06-11",
     "وقال وزير الخارجية الأردني أيمن الصفدي، الذي استقبل أمس، السفير الفرنسي في عمان ألكسندر لوبلان، إن العلاقات متينة.",
     {{"met", "أيمن الصفدي", "ألكسندر لوبلان", "asserted", NULL, "2025-06-10", 0}}},
    {"... only the first one after it and those coordinated: no mourned man as a guest", "2025-06-11",
     "ورفع الأهالي شعار الرحيل في وجه الوالي، مراد المحجوبي، الذي كان سيستقبل وفدا وزاريا لتشييع جنازة الشهيد خليفة السلطاني.",
     {{"met", "مراد المحجوبي", "خليفة السلطاني", "planned", NULL, NULL, 1},
      {"met", "مراد المحجوبي", "خليفة السلطاني", "asserted", NULL, NULL, 1},
      {"entity", "خليفة السلطاني", NULL, NULL, NULL, NULL, 0}}},
    {"a former holder unnamed in the article is nobody: no node for the sitting one to take", "2017-02-10",
     "استقبل رئيس الجمهورية الباجي قايد السبسي اليوم بقصر قرطاج رئيس الحكومة الليبية السابق.",
     {{"entity", "رئيس الحكومة الليبية السابق", NULL, NULL, NULL, NULL, 1},
      {"entity", "الباجي قائد السبسي", NULL, NULL, NULL, NULL, 0}}},
    {"an office many hold at once (offices.tsv many) makes no placeholder beside the named one", "2017-02-28",
     "استقبل رئيس الجمهورية الباجي قايد السبسي اليوم نور الدين الطبوبي الأمين العام للاتحاد العام التونسي للشغل.",
     {{"met", "الباجي قائد السبسي", "نور الدين الطبوبي", "asserted", NULL, "2017-02-28", 0},
      {"entity", "الأمين العام للاتحاد العام التونسي للشغل", NULL, NULL, NULL, NULL, 1}}},
    {"an unnamed ambassador of the article's own country is any of them abroad: nobody", "2017-01-30",
     "أجرى رئيس الحكومة التونسي يوسف الشاهد اليوم بتونس مكالمة هاتفية مع سفير تونس لدى كندا للاطمئنان على الجرحى التونسيين.",
     {{"entity", "سفير تونس", NULL, NULL, NULL, NULL, 1},
      {"entity", "يوسف الشاهد", NULL, NULL, NULL, NULL, 0}}},
    {"كما أنه اتصل: the pronoun's one, not the last person named", "2017-02-19",
     "وسيجمع لقاء مرتقب في تونس رئيس الجمهورية بالمشير خليفة حفتر، قائد القوات الليبية الموالية للبرلمان في طبرق، كما أنه اتصل بالرئيس المصري عبد الفتاح السيسي.",
     {{"phoned", "المشير خليفة حفتر", "عبد الفتاح السيسي", "asserted", NULL, NULL, 1}}},
    {"X أوضح أنه التقى بـ Y: the sentence opens on its speaker", "2017-03-06",
     "واستقبل رئيس الجمهورية الباجي قايد السبسي اليوم المشير خليفة حفتر. رئيس الفريق مهدي دبوبة أوضح أنه التقى بالمدرب شكري الخطوي لتقييم المرحلة.",
     {{"met", "مهدي دبوبة", "شكري الخطوي", "asserted", NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", "شكري الخطوي", "asserted", NULL, NULL, 1}}},
    {"the African football confederation is not the African Union (actors.tsv caf)", "2017-03-15",
     "عقد أعضاء اللجنة التنفيذية للإتحاد الإفريقي لكرة القدم إجتماعا يوم أمس بالعاصمة الإثيوبية أديس أبابا برئاسة الكاميروني عيسى حياتو.",
     {{"entity", "الاتحاد الأفريقي لكرة القدم", NULL, NULL, NULL, NULL, 0}}},
    {"أن يلتقي A و B بعدد من الفاعلين: the list is the subject, and meets no one named", "2016-12-05",
     "استقبل رئيس الحكومة يوسف الشاهد اليوم بقصر الحكومة بالقصبة رئيس وزراء بلجيكا شارل ميشال. ومن المنتظر ان يلتقي شارل ميشال ومارك روت وكزافيي بتال بعدد من الفاعلين الإقتصاديين.",
     {{"met", "يوسف الشاهد", "مارك روت", "planned", NULL, NULL, 1},
      {"met", "شارل ميشال", "مارك روت", "planned", NULL, NULL, 1},
      {"met", "يوسف الشاهد", "شارل ميشال", "asserted", NULL, "2016-12-05", 0}}},
    {"مشيرا إلى أنه استقبل: the pronoun's one, not a name of the clause before", "2017-04-08",
     "وأوضح محافظ البنك المركزي الشاذلي العياري أن الوفد التقى برئيس الجمهورية، كما سيلتقي رئيس الحكومة يوسف الشاهد، مشيرا إلى أنه استقبل أمس الجمعة رئيس البعثة بيورن روتر.",
     {{"met", "الشاذلي العياري", "بيورن روتر", "asserted", NULL, "2017-04-07", 0},
      {"met", "يوسف الشاهد", "بيورن روتر", "asserted", NULL, NULL, 1}}},
    {"تحدث مع without a phone word is neither call nor meeting", "2025-06-11",
     "وتحدث الرئيس الفرنسي إيمانويل ماكرون مع المستشارة الألمانية أنغيلا ميركل عن الأزمة الأوكرانية في مؤتمر صحفي.",
     {{"phoned", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, NULL, 1},
      {"met", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, NULL, 1}}},
    {"a delegation يتقدمه X: its head meets the host", "2016-11-07",
     "التقى رئيس الحكومة يوسف الشاهد اليوم بوفد من حركة النهضة يتقدمه رئيس الحركة راشد الغنوشي.",
     {{"met", "يوسف الشاهد", "راشد الغنوشي", "asserted", NULL, "2016-11-07", 0},
      {"leads", "راشد الغنوشي", NULL, "asserted", NULL, NULL, 0}}},
    {"a delegation with a named head is his party, no second counterpart", "2021-04-11",
     "الصفدي يستقبل وفدا برلمانيا\nاستقبل وزير الخارجية أيمن الصفدي اليوم في عمّان وفد مجلس الشيوخ الإيطالي برئاسة السيناتور جوليو مانشيني.\nومن المقرر أن يلتقي الوفد الإيطالي خلال زيارته رئيس الوزراء بشر الخصاونة.",
     {{"met", "أيمن الصفدي", "جوليو مانشيني", "asserted", NULL, "2021-04-11", 0},
      {"met", "جوليو مانشيني", "بشر الخصاونة", "planned", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "الوفد الإيطالي", NULL, NULL, NULL, 1},
      {"met", "بشر الخصاونة", "الوفد الإيطالي", NULL, NULL, NULL, 1}}},
    {"a country's office and its post between commas after a bare name is his", "2021-04-11",
     "الصفدي يستقبل سفيرين\nاستقبل وزير الخارجية أيمن الصفدي أمس كارلوس مارتينيز، سفير مملكة إسبانيا لدى الأردن، وبحث معه العلاقات.\nكما التقى الصفدي اليوم يوهان لارسون، سفير مملكة السويد بعمّان.",
     {{"met", "أيمن الصفدي", "كارلوس مارتينيز", "asserted", NULL, "2021-04-10", 0},
      {"met", "أيمن الصفدي", "يوهان لارسون", "asserted", NULL, "2021-04-11", 0},
      {"entity", "سفير مملكة إسبانيا", NULL, NULL, NULL, NULL, 1},
      {"entity", "سفير مملكة السويد", NULL, NULL, NULL, NULL, 1}}},
    {"المبعوث الأممي names the UN envoy the article titled in full, not the last subject", "2019-03-05",
     "جولة إقليمية للمبعوث الأممي\nاستقبل وزير الشؤون الخارجية إسماعيل ولد الشيخ أحمد اليوم في نواكشوط كريستوفر روس، المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء.\nومن المنتظر أن يتوجه المبعوث الأممي غدا إلى الجزائر حيث يلتقي وزير الخارجية صبري بوقادوم.",
     {{"met", "إسماعيل ولد الشيخ أحمد", "كريستوفر روس", "asserted", NULL, "2019-03-05", 0},
      {"met", "كريستوفر روس", "صبري بوقادوم", "planned", NULL, NULL, 0},
      {"met", "إسماعيل ولد الشيخ أحمد", "صبري بوقادوم", NULL, NULL, NULL, 1}}},
    {"a second office with و before a stop is the same man's: his title names him later", "2019-02-11",
     "الصفدي يبحث مع سلامة الأزمة الليبية\nاستقبل وزير الخارجية أيمن الصفدي اليوم غسان سلامة، المبعوث الخاص للأمين العام للأمم المتحدة ورئيس بعثة الأمم المتحدة للدعم في ليبيا، في عمّان.\nوأضاف المتحدث أن المبعوث الأممي، الذي وصل إلى عمّان أمس، أطلع وزير الخارجية على نتائج جولته التي التقى خلالها خليفة حفتر في بنغازي.",
     {{"met", "أيمن الصفدي", "غسان سلامة", "asserted", NULL, "2019-02-11", 0},
      {"met", "غسان سلامة", "خليفة حفتر", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "خليفة حفتر", NULL, NULL, NULL, 1}}},
    {"a delegation with a named head travels through him, not as one more traveller", "2018-10-02",
     "نواب في أربيل\nوصل وفد من لجنة العلاقات الخارجية في مجلس النواب برئاسة النائب حسن شويرد إلى أربيل اليوم.",
     {{"visited", "حسن شويرد", NULL, "asserted", "أربيل", "2018-10-02", 0},
      {"leads", "حسن شويرد", "وفد", NULL, NULL, NULL, 0},
      {"visited", "وفد", NULL, NULL, "أربيل", NULL, 1}}},
    {"a delegation named by its noun alone travels nowhere a user can place", "2018-10-02",
     "ملف المياه\nووصل وفد إلى البصرة أمس لبحث ملف المياه.",
     {{"entity", "وفد", NULL, NULL, NULL, NULL, 0},
      {"visited", "وفد", NULL, NULL, "البصرة", NULL, 1}}},
    {"a call noun after the preposition of a verb in the future, its object between, is to come", "2020-06-04",
     "كونتي وميركل\nوقال رئيس الوزراء الإيطالي جوزيبي كونتي إنه سيبحث أزمة الهجرة في اتصال هاتفي مع المستشارة الألمانية أنغيلا ميركل.\nوسيناقش الرئيس الفرنسي إيمانويل ماكرون الملف في اتصال هاتفي مع رئيس الوزراء البريطاني بوريس جونسون.",
     {{"phoned", "جوزيبي كونتي", "أنغيلا ميركل", "planned", NULL, NULL, 0},
      {"phoned", "جوزيبي كونتي", "أنغيلا ميركل", "asserted", NULL, NULL, 1},
      {"phoned", "إيمانويل ماكرون", "بوريس جونسون", "planned", NULL, NULL, 0},
      {"phoned", "إيمانويل ماكرون", "بوريس جونسون", "asserted", NULL, NULL, 1}}},
    {"a Turkish given name in -ات after a title and a comma is the holder's; no comma in a label", "2021-06-08",
     "اتصال مع أنقرة\nأجرى رئيس الائتلاف السوري نصر الحريري اليوم اتصالًا هاتفيًا مع نائب وزير الخارجية التركي، سادات أونال، ناقشا خلاله المستجدات.",
     {{"phoned", "نصر الحريري", "سادات أونال", "asserted", NULL, "2021-06-08", 0},
      {"entity", "نائب وزير الخارجية التركي،", NULL, NULL, NULL, NULL, 1}}},
    {"an ambassador's post and الأمير before his name: his title, not another guest", "2021-03-02",
     "جلالة الملك يستقبل سفير خادم الحرمين الشريفين\nاستقبل الملك حمد بن عيسى آل خليفة اليوم في قصر الصخير سفير خادم الحرمين الشريفين لدى المملكة الأمير نايف بن بندر السديري.",
     {{"met", "حمد بن عيسى آل خليفة", "نايف بن بندر السديري", "asserted", NULL, "2021-03-02", 0},
      {"entity", "سفير خادم الحرمين الشريفين", NULL, NULL, NULL, NULL, 1}}},
    {"البلاد is the country the agency files from: a visit there, and the audience it will grant is to come", "2020-03-02",
     "وزير خارجية أوزبكستان يزور البلاد\nالكويت - 2 - 3 (كونا) --\nيصل إلى البلاد غدا الثلاثاء وزير خارجية جمهورية أوزبكستان عبد العزيز كاملوف في زيارة رسمية يرأس خلالها مع الشيخ أحمد ناصر المحمد الصباح أعمال اللجنة المشتركة كما يحظى بمقابلة حضرة صاحب السمو أمير البلاد.",
     {{"visited", "عبد العزيز كاملوف", NULL, "planned", "الكويت", "2020-03-03", 0},
      {"met", "عبد العزيز كاملوف", "أحمد ناصر المحمد الصباح", "planned", NULL, NULL, 0},
      {"met", "عبد العزيز كاملوف", "صباح الأحمد", "planned", NULL, NULL, 0},
      {"met", "عبد العزيز كاملوف", "صباح الأحمد", "asserted", NULL, NULL, 1}}},
    {"a guest's visit told after the host's verb makes no new subject for سموه", "2020-03-02",
     "سمو الأمير يستقبل وزير الخارجية العماني\nالكويت - كونا\nاستقبل حضرة صاحب السمو الشيخ صباح الأحمد الجابر الصباح في قصر بيان اليوم معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية في سلطنة عمان بمناسبة زيارته الرسمية للبلاد.\nكما استقبل سموه في قصر بيان اليوم رئيس مجلس الأمة مرزوق علي الغانم.",
     {{"met", "صباح الأحمد", "يوسف بن علوي بن عبدالله", "asserted", NULL, "2020-03-02", 0},
      {"visited", "يوسف بن علوي بن عبدالله", NULL, "asserted", "الكويت", NULL, 0},
      {"met", "صباح الأحمد", "مرزوق علي الغانم", "asserted", NULL, "2020-03-02", 0},
      {"met", "يوسف بن علوي بن عبدالله", "مرزوق علي الغانم", NULL, NULL, NULL, 1}}},
    {"a country's office between commas after the caller an honorific named is the caller's", "2023-05-10",
     "عبدالله بن زايد يستقبل شكري\nاستقبل سمو الشيخ عبدالله بن زايد آل نهيان اليوم وزير الخارجية المصري سامح شكري.\nكما تلقى سموه اتصالاً هاتفياً من معالي بيني وونغ، وزيرة الخارجية الأسترالية، تناول التعاون الثنائي.",
     {{"phoned", "عبدالله بن زايد آل نهيان", "بيني وونغ", "asserted", NULL, NULL, 0},
      {"entity", "وزيرة الخارجية الأسترالية", NULL, NULL, NULL, NULL, 1}}},
    {"a headline's unnamed office is the body's holder, its meeting the lead's, not a background one", "2022-06-08",
     "وزير الطاقة يلتقي نائب رئيس الوزراء الأوزبكي في طشقند\nالتقى وزير الدولة لشؤون الطاقة سعد شريدة الكعبي اليوم في طشقند نائب رئيس مجلس وزراء أوزبكستان جمشيد خوجاييف.\nوكان خوجاييف قد زار الدوحة في مارس الماضي، حيث التقى وزير الدولة لشؤون الطاقة.",
     {{"met", "سعد شريدة الكعبي", "جمشيد خوجاييف", "asserted", "طشقند", "2022-06-08", 0},
      {"met", "سعد شريدة الكعبي", "جمشيد خوجاييف", "asserted", "الدوحة", "2022-03", 0},
      {"entity", "نائب رئيس الوزراء الأوزبكي", NULL, NULL, NULL, NULL, 1}}},
    {"those named after بحضور attend; they are no subject of the masdar after them", "2023-02-14",
     "الرئيس يستقبل المبعوث الأمريكي\nاستقبل رئيس مجلس القيادة الرئاسي رشاد العليمي اليوم في عدن المبعوث الأمريكي تيم ليندركينغ.\nوجرى خلال اللقاء، بحضور عضوي المجلس سلطان العرادة وطارق صالح، بحث مستجدات الأوضاع في اليمن.",
     {{"met", "رشاد العليمي", "تيم ليندركينغ", "asserted", NULL, "2023-02-14", 0},
      {"met", "سلطان العرادة", "طارق صالح", NULL, NULL, NULL, 1}}},
    {"an invitation handed to an envoy for his president: the president is invited, the envoy carries it", "2021-05-12",
     "تبون يستقبل تشاووش أوغلو\nوسلم الرئيس عبد المجيد تبون وزير الخارجية التركي مولود تشاووش أوغلو دعوة رسمية للرئيس رجب طيب أردوغان لزيارة الجزائر.",
     {{"visited", "رجب طيب أردوغان", NULL, "planned", "الجزائر", NULL, 0},
      {"met", "عبد المجيد تبون", "رجب طيب أردوغان", "planned", NULL, NULL, 0},
      {"visited", "مولود تشاووش أوغلو", NULL, NULL, "الجزائر", NULL, 1}}},
    {"two offices of one country (the first past a region with و) before a name after the subject: one guest", "2023-03-14",
     "الرئيس يستقبل المبعوث الصيني\nاستقبل الرئيس محمود عباس، اليوم بمكتبه في رام الله، المبعوث الخاص للرئيس الصيني للشرق الأوسط وإفريقيا نائب وزير الخارجية الصيني تشن شياو دونغ.",
     {{"met", "محمود عباس", "تشن شياو دونغ", "asserted", NULL, "2023-03-14", 0},
      {"entity", "المبعوث الخاص للرئيس الصيني", NULL, NULL, NULL, NULL, 1},
      {"entity", "تشاي جيون", NULL, NULL, NULL, NULL, 1}}},
    {"a given name after a title is the one person of the article whose name starts with it", "2023-02-20",
     "وزير الخارجية الكويتي في بكين\nاستقبل الرئيس الصيني شي جين بينغ اليوم وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح.\nوكان وزير الخارجية الصيني تشين قانغ قد التقى الشيخ سالم في ميونيخ الشهر الماضي.",
     {{"met", "تشين قانغ", "سالم عبدالله الجابر الصباح", "asserted", NULL, NULL, 0}}},
    {"... and no one when two persons of the article have that given name", "2023-02-20",
     "لقاءات في أبوظبي\nاستقبل الشيخ محمد بن زايد آل نهيان اليوم الشيخ محمد بن راشد آل مكتوم في قصر الوطن.\nكما التقى الشيخ محمد وزير الخارجية الفرنسي كاترين كولونا.",
     {{"met", "محمد بن زايد آل نهيان", "محمد بن راشد آل مكتوم", "asserted", NULL, NULL, 0},
      {"met", "محمد بن زايد آل نهيان", "كاترين كولونا", NULL, NULL, NULL, 1},
      {"met", "محمد بن راشد آل مكتوم", "كاترين كولونا", NULL, NULL, NULL, 1}}},
    {"a given name written with the article alone right after a title is the noun: وكيل الأزهر", "2023-04-22",
     "تهنئة بالعيد\nوكان وفد برئاسة الدكتور عباس شومان وكيل الأزهر قد التقى البابا تواضروس الثاني أمس بالمقر البابوي.",
     {{"met", "عباس شومان", "البابا تواضروس الثاني", "asserted", NULL, "2023-04-21", 0},
      {"entity", "الأزهر", NULL, NULL, NULL, NULL, 1}}},
    {"a headline's one-word name gives way to the body's full name, and so does the title it held", "2019-10-14",
     "الرئيس عباس يستقبل دي مايو\nاستقبل الرئيس محمود عباس اليوم في رام الله وزير الخارجية الإيطالي لويجي دي مايو.\nوكان الرئيس قد التقى أمس رئيس الوزراء محمد اشتية.",
     {{"met", "محمود عباس", "لويجي دي مايو", "asserted", NULL, "2019-10-14", 0},
      {"met", "محمود عباس", "محمد اشتية", "asserted", NULL, "2019-10-13", 0}}},
    {"بأخيه before a name is the protocol's apposition: the call is with the one named", "2024-11-20",
     "جلالة السلطان يجري اتصالا هاتفيا\nاستقبل حضرة صاحب الجلالة السلطان هيثم بن طارق اليوم وزير الخارجية الكويتي.\nوأجرى جلالته اتصالاً هاتفياً اليوم بأخيه حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت الشقيقة، هنأه خلاله بالعيد.",
     {{"phoned", "هيثم بن طارق", "مشعل الأحمد الجابر الصباح", "asserted", NULL, "2024-11-20", 0}}},
    {"a call noun after a preposition is the call of the verb's subject and its object", "2021-03-12",
     "ماكرون ونتنياهو\nوكان الرئيس الفرنسي إيمانويل ماكرون قد أبلغ رئيس الوزراء الإسرائيلي بنيامين نتنياهو، في اتصال هاتفي الخميس، بأن باريس ترفض الاستيطان.\nوأكد مدير مستشفى فرحات حشاد لطفي بوبكر في اتصال هاتفي لإذاعة محلية أن التحقيق متواصل.",
     {{"phoned", "إيمانويل ماكرون", "بنيامين نتنياهو", "asserted", NULL, "2021-03-11", 0},
      {"phoned", "لطفي بوبكر", NULL, NULL, NULL, NULL, 1}}},
    {"after حيث the verb's subject is the sentence's: the name after it is the object, the office his", "2020-01-23",
     "معرض الكتاب\nوزار رئيس الوزراء مصطفى مدبولي المعرض، حيث التقى عبد اللاي ديوب وزير الخارجية السنغالي.",
     {{"met", "مصطفى مدبولي", "عبد اللاي ديوب", "asserted", NULL, NULL, 0},
      {"entity", "وزير الخارجية السنغالي", NULL, NULL, NULL, NULL, 1}}},
    {"رئيس الحكومة المؤقتة heads an interim government of its own, not the country's", "2016-11-20",
     "رئيس الحكومة المؤقتة يستقبل السفير الإيطالي\nاستقبل رئيس الحكومة الليبية المؤقتة، عبد الله الثني، اليوم في مدينة البيضاء السفير الإيطالي جوزيبي بيروني.",
     {{"met", "عبد الله الثني", "جوزيبي بيروني", "asserted", NULL, "2016-11-20", 0},
      {"entity", "فايز السراج", NULL, NULL, NULL, NULL, 1}}},
    {"a title with a nationality no one is read in, as the verb's subject, is no last subject", "2023-06-03",
     "وساطة في جوبا\nوصل الرئيس الكيني وليام روتو إلى جوبا أمس والتقى الرئيس سلفا كير ميارديت.\nومن المنتظر أن يلتقي المبعوث الأوغندي، غدا الأحد، نائب الرئيس رياك مشار.",
     {{"met", "وليام روتو", "سلفا كير ميارديت", "asserted", NULL, "2023-06-02", 0},
      {"met", "وليام روتو", "رياك مشار", NULL, NULL, NULL, 1}}},
    {"a present-tense headline verb ends the name before it", "2017-06-08",
     "الفنان محمد صبحي يقرر اعتزال المسرح\nأعلن الفنان محمد صبحي اليوم اعتزاله.",
     {{"entity", "محمد صبحي", NULL, NULL, NULL, NULL, 0},
      {"entity", "محمد صبحي يقرر", NULL, NULL, NULL, NULL, 1}}},
    {"قبل أن يلتقي after a past told with كان, past a visit noun, happened", "2019-01-14",
     "بومبيو في الرياض\nوكان وزير الخارجية الأمريكي مايك بومبيو قد وصل إلى الرياض صباح اليوم، وبدأ جولته بزيارة مقر السفارة الأمريكية، قبل أن يلتقي ولي العهد الأمير محمد بن سلمان في قصر اليمامة.\nومن المقرر أن يقوم الوزير بزيارة مسقط، قبل أن يلتقي السلطان قابوس بن سعيد.",
     {{"met", "مايك بومبيو", "محمد بن سلمان", "asserted", NULL, NULL, 0},
      {"met", "مايك بومبيو", "محمد بن سلمان", "planned", NULL, NULL, 1},
      {"met", "مايك بومبيو", "قابوس بن سعيد", "asserted", NULL, NULL, 1}}},
    {"an office in a caretaker government, a comma and a name: his office, no second person", "2022-09-10",
     "رئيس الوزراء القطري في بيروت\nوالتقت وزيرة الخارجية الألمانية أنالينا بيربوك أمس في عمّان نظيرها الأردني أيمن الصفدي.\nووصل رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إلى بيروت اليوم.\nوكان في استقباله في مطار بيروت وزير الخارجية في حكومة تصريف الأعمال اللبنانية، عبد الله بوحبيب.",
     {{"met", "محمد بن عبد الرحمن آل ثاني", "عبد الله بوحبيب", "asserted", NULL, NULL, 0},
      {"met", "محمد بن عبد الرحمن آل ثاني", "أنالينا بيربوك", NULL, NULL, NULL, 1}}},
    {"اللقاء الدوري الذي دار ... بين: an adjective, the noun's own time, no law's year", "2016-11-07",
     "ومثل مشروع قانون المالية لسنة 2017 محور اللقاء الدوري الذي دار اليوم الإثنين، بين رئيس الحكومة يوسف الشاهد ورئيس حركة النهضة راشد الغنوشي.",
     {{"met", "يوسف الشاهد", "راشد الغنوشي", "asserted", NULL, "2016-11-07", 0}}},
    {"الأطراف المشاركة: those taking part, no one attended anything", "2016-11-07",
     "والتقى رئيس الحكومة يوسف الشاهد اليوم رئيس حركة النهضة راشد الغنوشي، واتفق الطرفان على الحوار بين الأطراف المشاركة في وثيقة قرطاج.",
     {{"met", "يوسف الشاهد", "راشد الغنوشي", "asserted", NULL, "2016-11-07", 0},
      {"attended", "راشد الغنوشي", NULL, "asserted", NULL, NULL, 1},
      {"attended", "يوسف الشاهد", NULL, "asserted", NULL, NULL, 1}}},
    {"no name from a verbal noun after a title: باعتباره، دعم تحسين", "2016-02-09",
     "وأعربت النقابة عن ارتياحها لتعهدات رئيس الجمهورية باعتباره اعلى سلطة في البلاد، وطلبت من رئيس الدولة دعم تحسين الاوضاع المادية.",
     {{"entity", "باعتباره اعلى", NULL, NULL, NULL, NULL, 1},
      {"entity", "دعم تحسين", NULL, NULL, NULL, NULL, 1}}},
    {"a given name with an ending other than the feminine is none: رياضية is not رياض", "2017-01-04",
     "وقال رئيس الحكومة رياضية في تصريح للإذاعة، ونوه رئيس الدولة باختيار الفريق الفرنسي لتونس كوجهة رياضية معتبرا ذلك رسالة ثقة.",
     {{"entity", "رياضية", NULL, NULL, NULL, NULL, 1},
      {"entity", "رياضية معتبرا", NULL, NULL, NULL, NULL, 1}}},
    {"... but the feminine ending, and a foreign ch, still make names", "2017-02-11",
     "والتقى السفير الصيني لدى سوريا تشي تشياجين اليوم وزيرة المرأة عزيزة حتيرة.",
     {{"entity", "تشي تشياجين", NULL, NULL, NULL, NULL, 0},
      {"entity", "عزيزة حتيرة", NULL, NULL, NULL, NULL, 0}}},
    {"the Maghreb's كاتب عام is a title: the name after it is a person", "2016-02-09",
     "ويأتي القرار بعد لقاء جمع اليوم وزير الداخلية الهادي مجدوب بكاتب عام نقابة الأمن شكري حمادة.",
     {{"met", "الهادي مجدوب", "شكري حمادة", "asserted", NULL, "2016-02-09", 0},
      {"role", "شكري حمادة", "كاتب عام نقابة الأمن", NULL, NULL, NULL, 0}}},
    {"a name ends after a family name with the article: no قرار in it", "2016-05-27",
     "وانتقد كاتب عام نقابة التعليم الثانوي لسعد اليعقوبي قرار وزارة التربية.",
     {{"entity", "سعد اليعقوبي قرار", NULL, NULL, NULL, NULL, 1}}},
    {"... but not after the second half of a compound given name, nor inside الباش طبجي", "2016-05-27",
     "وقال الوزير نور الدين مصباحي إن الوضع مستقر، وقال وزير الخارجية صبري الباش طبجي إن العلاقات جيدة.",
     {{"entity", "نور الدين مصباحي", NULL, NULL, NULL, NULL, 0},
      {"entity", "صبري الباش طبجي", NULL, NULL, NULL, NULL, 0}}},
    {"a verb right after a comma, someone after it: its own clause, verb first", "2017-02-26",
     "أعلنت حركة النهضة اليوم الأحد عن عقد المكتب التنفيذي للحركة اجتماع بعد ظهر اليوم لبحث موضوع التحوير الوزاري الجزئي الذي أعلنه رئيس الحكومة أمس. وقالت في بيان مقتضب على الفيسبوك، إنه على إثر قيام رئيس الحكومة يوسف الشاهد بإدخال تحوير وزاري على حكومته دون الرجوع إلى الأطراف الموقّعة على اتفاق قرطاج، يجتمع المكتب التنفيذي لحركة النهضة بعد ظهر اليوم لدراسة الموضوع.",
     {{"met", "يوسف الشاهد", "حركة النهضة", "planned", NULL, NULL, 1},
      {"met", "يوسف الشاهد", "حركة النهضة", "asserted", NULL, NULL, 1}}},
    {"بعد X: whom one meets after is no party, nor May a month when she is named", "2017-01-22",
     "وقال المتحدث إن ترامب سيلتقي يوم الجمعة رئيسة الحكومة البريطانية تيريزا ماي في واشنطن، كما أضاف بأن ترامب سيلتقي بعد ماي الرئيس المكسيكي إنريكي بينا نييتو في الـ31 من جانفي.",
     {{"met", "دونالد ترامب", "إنريكي بينا نييتو", "planned", NULL, "2017-01-31", 0},
      {"met", "تيريزا ماي", "إنريكي بينا نييتو", "planned", NULL, NULL, 1},
      {"met", "دونالد ترامب", "تيريزا ماي", "planned", NULL, "2017-01-27", 0}}},
    {"a verbal noun of a derived form ends a name: ترفض مارين ارتداء الحجاب", "2017-02-21",
     "ألغت المرشحة الفرنسية مارين لوبان لقاء مع مفتي لبنان. وكتب نائبها: في لبنان، ترفض مارين ارتداء الحجاب.",
     {{"entity", "مارين ارتداء الحجاب", NULL, NULL, NULL, NULL, 1},
      {"entity", "مارين لوبان", NULL, NULL, NULL, NULL, 0}}},
    {"a delegation's members after the colon that ends its clause", "2017-03-22",
     "وتوجه وفد برلماني تونسي إلى دمشق. ويتكون الوفد من ثلاثة نواب من الجبهة الشعبية ونداء تونس وهم : منجي الرحوي وعصام المطوسي وخميس قسيلة.",
     {{"member_of", "منجي الرحوي", NULL, "asserted", NULL, NULL, 0},
      {"member_of", "خميس قسيلة", NULL, "asserted", NULL, NULL, 0}}},
    {"an unnamed title of no office table: the one person named before with such a title; another unnamed title no one", "2016-11-26",
     "التقى وزير الشؤون الثقافية محمد زين العابدين اليوم الفنانة بهية راشدي. واستقبلت وزيرة الصحة سميرة مرعي الفنان عادل إمام. وعبر وزير الثقافة خلال لقائه بالفنان يحيي الفخراني عن تقديره لفنه. وعبر وزير التكوين المهني خلال لقائه بالفنان دريد لحام عن تقديره لفنه.",
     {{"met", "محمد زين العابدين", "يحيي الفخراني", "asserted", NULL, NULL, 0},
      {"met", "سميرة مرعي", "يحيي الفخراني", "asserted", NULL, NULL, 1},
      {"met", "محمد زين العابدين", "دريد لحام", "asserted", NULL, NULL, 1},
      {"met", "سميرة مرعي", "دريد لحام", "asserted", NULL, NULL, 1}}},
    {"a headline takes the day of the body's report, not that of a visit", "2017-03-31",
     "وزير الشؤون الدينية يستقبل وزير الثقافة الإيراني\n\nإلتقى وزير الشؤون الدينية أحمد عظوم، اليوم الجمعة بمقر الوزارة، وزير الثقافة الإيراني رضا صالحي أميري. وكان أميري قد وصل إلى تونس يوم 24 مارس لمواكبة معرض الكتاب.",
     {{"met", "أحمد عظوم", "رضا صالحي أميري", "asserted", NULL, "2017-03-31", 0},
      {"met", "أحمد عظوم", "رضا صالحي أميري", "asserted", NULL, "2017-03-24", 1}}},
    {"a visit noun after a preposition with its place in construct names no visitor", "2017-05-14",
     "وانتقد وزير السياحة رضا الشابي تحذير بعض الدول رعاياها من زيارة تونس.\nونصح الرئيس الفرنسي إيمانويل ماكرون مواطنيه بعدم زيارة المغرب.",
     {{"visited", "رضا الشابي", NULL, "asserted", "تونس", NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "negated", "المغرب", NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", "المغرب", NULL, 1}}},
    {"a relative clause's visit is its antecedent's: the delegation, not the host", "2017-04-04",
     "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم أعضاء الوفد البرلماني الذي أدى مؤخرا زيارة إلى ليبيا.\nوتحدث كاتب الدولة للتجارة سمير الماجول، الذي يؤدي زيارة إلى ولاية صفاقس، عن الأسعار.",
     {{"visited", "الباجي قائد السبسي", NULL, "asserted", "ليبيا", NULL, 1},
      {"visited", "سمير الماجول", NULL, "asserted", "صفاقس", NULL, 0}}},
    {"a plural pronoun's visit is no single party's", "2017-03-28",
     "وقال النائب المنجي الرحوي إن موقف حركة النهضة من زيارتهم إلى دمشق لم يفاجئه.",
     {{"visited", "حركة النهضة", NULL, "asserted", "دمشق", NULL, 1},
      {"visited", "المنجي الرحوي", NULL, "asserted", "دمشق", NULL, 1}}},
    {"أرسل: the one sent travels, never the sender", "2017-01-22",
     "وأكد وزير الخارجية خميس الجهيناوي أن تونس أرسلت الوثائق إلى إيطاليا.\nوأرسلت الحكومة وفدا إلى الجزائر برئاسة وزير الداخلية الهادي مجدوب.",
     {{"visited", "خميس الجهيناوي", NULL, "asserted", "إيطاليا", NULL, 1},
      {"visited", "الهادي مجدوب", NULL, "asserted", "الجزائر", NULL, 0}}},
    {"the invitation that X sent Y to visit: Y is the visitor, X the host", "2017-06-06",
     "وأشاد الوزير بالدعوة التي وجهها الرئيس الباجي قائد السبسي للرئيس محمود عباس لزيارة تونس.",
     {{"visited", "محمود عباس", NULL, "planned", "تونس", NULL, 0},
      {"visited", "الباجي قائد السبسي", NULL, "planned", "تونس", NULL, 1},
      {"met", "الباجي قائد السبسي", "محمود عباس", "planned", NULL, NULL, 0}}},
    {"a past verb with a preposition glued to it is a noun; بل ends a name", "2016-05-06",
     "وسلم المقاول محمد الطرابلسي الأموال بوصل إيداع مزور في مدينة غدامس.\nوقال إن تونس امنة بل وأكثر أمنا من غيرها.",
     {{"visited", "محمد الطرابلسي", NULL, "asserted", "غدامس", NULL, 1},
      {"entity", "امنة بل", NULL, NULL, NULL, NULL, 1}}},
    {"a title inside a body's name is the body's; its holder after the comma", "2016-08-05",
     "استقبل وزير الداخلية الهادي مجدوب اليوم رئيس جمعية مديري المعاهد، الصادق البجاوي.\nوالتقى وزير الفلاحة سمير الطيب كلا من مباركة العرفاوي وكلثوم الجريدي.",
     {{"met", "الهادي مجدوب", "الصادق البجاوي", "asserted", NULL, "2016-08-05", 0},
      {"entity", "مباركة العرفاوي", NULL, NULL, NULL, NULL, 0},
      {"entity", "كلثوم الجريدي", NULL, NULL, NULL, NULL, 0}}},
    {"a title before a listed lexicon person with و is not his; ه on a given name", "2016-12-13",
     "انعقدت جلسة عمل بإشراف محمد الطرابلسي وزير الشؤون الاجتماعية، وزياد العذاري وزير الصناعة والتجارة ونور الدين الطبوبي الأمين العام المساعد للاتحاد.\nوأكد الكاتب العام أن المكتب التنفيذي للاتحاد وأمينه العام يدعمان مطالب المدرسين.",
     {{"role", "نور الدين الطبوبي", "وزير الصناعة والتجارة", NULL, NULL, NULL, 1},
      {"entity", "أمينه العام", NULL, NULL, NULL, NULL, 1}}},
    {"a meeting at home: the host's named compatriots meet each other too", "2017-03-31",
     "وأكدت وزيرة شؤون الشباب والرياضة ماجدولين الشارني أنه تم خلال الاجتماع أمس مع رئيس الحكومة يوسف الشاهد ووزير الداخلية الهادي مجدوب الاتفاق على عودة الجمهور.",
     {{"met", "ماجدولين الشارني", "يوسف الشاهد", "asserted", NULL, NULL, 0},
      {"met", "يوسف الشاهد", "الهادي مجدوب", "asserted", NULL, NULL, 0}}},
    {"a describing noun between a verb of speech and the name: the speaker goes on", "2017-03-28",
     "أكد المواطن مصطفى الورتاني اليوم أنه سعيد.\nوقال إنه تلقى اتصالا هاتفيا مساء أمس من طرف وزير الخارجية خميس الجهيناوي.",
     {{"phoned", "مصطفى الورتاني", "خميس الجهيناوي", "asserted", NULL, "2017-03-27", 0}}},
    {"a dual pronoun with no one before it is the two of the sentence before; the inviter no side", "2017-05-03",
     "أصدر الرئيس الفلسطيني محمود عباس ورئيس المكتب السياسي لحركة حماس إسماعيل هنية اليوم بيانا مشتركا.\nوجاء في البيان أن الاجتماع الذي جمعهما، بدعوة من الرئيس المصري عبد الفتاح السيسي، تناول المصالحة.",
     {{"met", "محمود عباس", "إسماعيل هنية", "asserted", NULL, NULL, 0},
      {"met", "محمود عباس", "عبد الفتاح السيسي", "asserted", NULL, NULL, 1}}},
    {"a given name that opens with ل or ب is written whole (لسعد، بوعلي، لبنى)", "2017-03-05",
     "وقال الكاتب العام لنقابة التعليم الأساسي لسعد اليعقوبي إن الإضراب قائم.\nوأكد الأمين العام المساعد بوعلي المباركي أن الحوار متواصل.",
     {{"entity", "لسعد اليعقوبي", NULL, NULL, NULL, NULL, 0},
      {"entity", "بوعلي المباركي", NULL, NULL, NULL, NULL, 0}}},
    {"consultations with someone are a meeting", "2017-03-05",
     "وأجرى رئيس الحكومة يوسف الشاهد اليوم مشاورات مع رئيس حركة النهضة راشد الغنوشي.",
     {{"met", "يوسف الشاهد", "راشد الغنوشي", "asserted", NULL, "2017-03-05", 0}}},
    {"a pair word before an adjective and a noun with و and the article names no one", "2017-02-22",
     "وأكد المشير خليفة حفتر خلال اللقاء أن أمن البلدين واحد والمعركة واحدة ضد الإرهاب، معربا عن استعداده لزيارة تونس.",
     {{"entity", "واحد والمعركة", NULL, NULL, NULL, NULL, 1},
      {"visited", "خليفة حفتر", NULL, "planned", "تونس", NULL, 0}}},
    {"a visit noun dated to a day after the report is announced; a call of its own clause is not", "2017-04-10",
     "يؤدي وزير الخارجية الإيطالي أنجلينو ألفانو زيارة عمل إلى تونس يومي 14 و15 أفريل الجاري. ويذكر أن هذه الزيارة كانت مقررة ليوم 8 أفريل وقد تولى السيد أنجلينو ألفانو مساء الأحد 9 أفريل 2017 الاتصال هاتفيا بالسيد خميس الجهيناوي لإعلامه بتأجيلها.\nوغادر الفنان دريد لحام تونس بعد زيارة سريعة اتفق فيها على عرض مسرحيته في تونس مطلع عام 2018.",
     {{"visited", "أنجلينو ألفانو", NULL, "planned", "تونس", "2017-04-14", 0},
      {"visited", "أنجلينو ألفانو", NULL, "asserted", "تونس", NULL, 1},
      {"phoned", "أنجلينو ألفانو", "خميس الجهيناوي", "asserted", NULL, "2017-04-09", 0},
      {"visited", "دريد لحام", NULL, "asserted", "تونس", NULL, 0}}},
    {"a verb of motion goes only to a place after إلى or ل: a question or a link goes nowhere", "2017-03-09",
     "وتوجه النائب أحمد الصديق بسؤال إلى وزير الفلاحة حول الجفاف في ولاية القصرين. وكان الفنان لطفي بوشناق همزة وصل بين المغرب والجزائر.\nووصل رئيس الحكومة يوسف الشاهد مساء أمس إلى العاصمة الجزائرية الجزائر.",
     {{"visited", "أحمد الصديق", NULL, "asserted", "القصرين", NULL, 1},
      {"visited", "لطفي بوشناق", NULL, "asserted", "المغرب", NULL, 1},
      {"visited", "يوسف الشاهد", NULL, "asserted", "الجزائر", "2017-03-08", 0}}},
    {"a relative clause's visit with no one before its verb is its antecedent's", "2017-03-09",
     "واستقبل الرئيس الباجي قائد السبسي اليوم رئيس المجلس الرئاسي الليبي فايز السراج الذي يؤدي زيارة إلى تونس لترؤس وفد بلاده في اجتماع اللجنة المشتركة.",
     {{"visited", "فايز السراج", NULL, "asserted", "تونس", NULL, 0}}},
    {"زيارته after one met or spoken to is the speaker's; a future verb makes the visit announced", "2017-06-06",
     "وأكد وزير الخارجية خميس الجهيناوي، لدى لقائه بروما نظيره الإيطالي أنجلينو ألفانو، أنه سيطرح لدى زيارته إلى روما ملف الهجرة.\nواعتبر وزير الخارجية الفلسطيني رياض المالكي أن الاتفاقيات الموقعة مع وزير الخارجية خميس الجهيناوي، خلال زيارته الحالية إلى تونس، مهمة.",
     {{"visited", "خميس الجهيناوي", NULL, "planned", "روما", NULL, 0},
      {"met", "خميس الجهيناوي", "أنجلينو ألفانو", "asserted", NULL, NULL, 0},
      {"visited", "رياض المالكي", NULL, "asserted", "تونس", NULL, 0},
      {"visited", "خميس الجهيناوي", NULL, "asserted", "تونس", NULL, 1}}},
    {"a visit noun the subject of a future verb is announced; a guest met by a verb keeps his visit", "2017-06-06",
     "وقالت الوزيرة سميرة مرعي إن زيارة رئيس الجمهورية الباجي قائد السبسي إلى ولاية قفصة ستتزامن مع الإعلان عن مشاريع جديدة.\nوقال الوزير خميس الجهيناوي إن الرئيس الباجي قائد السبسي استقبل نظيره الفرنسي إيمانويل ماكرون خلال زيارته إلى تونس.",
     {{"visited", "الباجي قائد السبسي", NULL, "planned", "قفصة", NULL, 0},
      {"visited", "الباجي قائد السبسي", NULL, "asserted", "قفصة", NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", "تونس", NULL, 0}}},
    {"a visit noun's genitive is the traveller; who received him after the destination is not", "2017-01-20",
     "وأكد الوزير سمير الطيب خلال زيارة الرئيس الفرنسي إيمانويل ماكرون إلى تونس أن العلاقات متينة.\nولحظة وصول دونالد ترامب مرفوقا بزوجته إلى البيت الأبيض كان في استقبالهما الرئيس المنتهية ولايته باراك أوباما.",
     {{"visited", "إيمانويل ماكرون", NULL, "asserted", "تونس", NULL, 0},
      {"visited", "سمير الطيب", NULL, "asserted", "تونس", NULL, 1},
      {"visited", "دونالد ترامب", NULL, "asserted", "البيت الأبيض", NULL, 0},
      {"visited", "باراك أوباما", NULL, "asserted", "البيت الأبيض", NULL, 1}}},
    {"a verb of motion's ل goal is the place's or the word's right before it", "2017-03-31",
     "وقالت الوزيرة ماجدولين الشارني إن العقوبات قد تصل إلى تعليق النشاط في سبيل الإصلاح الجذري للرياضة في تونس.",
     {{"visited", "ماجدولين الشارني", NULL, "planned", "تونس", NULL, 1}}},
    {"an ordinary-word given name alone after a title's complements is no one; ب or ك may open a family name", "2017-01-26",
     "وقال الممثل القانوني للحركة إستمر كامل مساء أمس إن الاجتماع ناجح. وقال عضو هيئة الانتخابات نبيل بفون اليوم إن الموعد ثابت.\nوأكد كاتب الدولة لأملاك الدولة مبروك كرشيد أن الدولة تدرس الحل. وذكر أن الملك فهد زار تونس سنة 1990.",
     {{"entity", "كامل", NULL, NULL, NULL, NULL, 1},
      {"entity", "نبيل بفون", NULL, NULL, NULL, NULL, 0},
      {"entity", "مبروك كرشيد", NULL, NULL, NULL, NULL, 0},
      {"entity", "فهد", NULL, NULL, NULL, NULL, 0}}},
    {"a title and name after a noun of what is named after someone name the place", "2017-03-19",
     "وتم نقل المصاب إلى مستشفى الملك فيصل بالرياض. وأعلن مطار الملك فهد في الدمام تأخر الرحلات. وقال عضو مكتبه الإعلامي محمد مقديش إن الحزب سيواصل نشاطه.",
     {{"entity", "فيصل", NULL, NULL, NULL, NULL, 1},
      {"entity", "فهد", NULL, NULL, NULL, NULL, 1},
      {"entity", "محمد مقديش", NULL, NULL, NULL, NULL, 0}}},
    {"a name known by its shape opens neither with ل on an unknown word nor on a word with ة", "2017-01-31",
     "وأكد رئيس الجمعية التونسية لممتحني رخص السياقة أنيس حسونة أن الامتحانات متواصلة. وأشار إلى تخصيص اعتمادات لمساعدة العائلات متوسطة الدخل.\nوقالت الأمينة العامة للحزب الجمهوري مية الجريبي إن الحزب سيشارك.",
     {{"entity", "لممتحني", NULL, NULL, NULL, NULL, 1},
      {"entity", "متوسطة الدخل", NULL, NULL, NULL, NULL, 1},
      {"entity", "مية الجريبي", NULL, NULL, NULL, NULL, 0}}},
    {"ب and a given name or an inner honorific with the article after a given name is a family name", "2017-01-26",
     "واكد وزير الفلاحة سمير بالطيب عقب حضوره اليوم الاثنين أن الموسم جيد. وقال مدير ديوان رئيس الجمهورية، رضا بالحاج إن الوضع مستقر.",
     {{"entity", "سمير بالطيب", NULL, NULL, NULL, NULL, 0},
      {"entity", "رضا بالحاج", NULL, NULL, NULL, NULL, 0}}},
    {"سابق ends a title, أنا is no name, an ordinary-word name after a title of two words is no one", "2017-03-16",
     "وينفي فيون، وهو رئيس وزراء سابق عمره 63 عاما، ارتكاب أي مخالفات. وأكد أن رئيس الحكومة خير الذهاب الى مجلس نواب الشعب.\nوقال الوزير: كدبلوماسي ووزير خارجية انا ضد سياسة الكرسي الفارغ. كما تم تسجيل تواجد عضو مجلس النواب هيكل بن بلقاسم بالمنطقة.",
     {{"entity", "سابق", NULL, NULL, NULL, NULL, 1},
      {"entity", "خير", NULL, NULL, NULL, NULL, 1},
      {"entity", "انا", NULL, NULL, NULL, NULL, 1},
      {"entity", "هيكل بن بلقاسم", NULL, NULL, NULL, NULL, 0}}},
    {"a word read whole as a noun with a pronoun is no trigger behind a proclitic (وزارتها)", "2017-01-18",
     "أكدت وزيرة الصحة، سميرة مرعي في تصريح اليوم أن وزارتها عملت على تعزيز الإطار الطبي في ولايات جندوبة والقصرين والكاف.",
     {{"visited", "سميرة مرعي", NULL, "asserted", "القصرين", NULL, 1}}},
    {"a country a noun has in construct past the clause is no venue (استعداد ألمانيا)", "2017-03-03",
     "قالت المستشارة الألمانية أنجيلا ميركل اليوم في كلمة أمام البرلمان إن بلادها مستعدة للتعاون. وأضافت المستشارة التي التقت في وقت سابق اليوم رئيس الجمهورية الباجي قائد السبسي أن الهجرة مأساة، معلنة عن استعداد ألمانيا لاستقبال اللاجئين.",
     {{"met", "الباجي قائد السبسي", "أنجيلا ميركل", "asserted", NULL, "2017-03-03", 0},
      {"met", "الباجي قائد السبسي", "أنجيلا ميركل", "asserted", "ألمانيا", NULL, 1}}},
    {"a meeting noun reported as held takes no date after the report's day", "2016-05-30",
     "واطلع رئيس الحكومة الحبيب الصيد خلال لقائه بوزير التربية ناجي جلول على الاستعدادات الجارية قبيل انطلاق امتحانات الباكالوريا يوم الإربعاء المقبل.",
     {{"met", "الحبيب الصيد", "ناجي جلول", "asserted", NULL, NULL, 0},
      {"met", "الحبيب الصيد", "ناجي جلول", "asserted", NULL, "2016-06-01", 1}}},
    {"أنه، a verb, a call noun: the speaker's call; من طرف marks the caller", "2017-03-28",
     "أكد وزير الخارجية خميس الجهيناوي اليوم أن العلاقات متينة. وقال إنه تلقى اتصالا هاتفيا مساء أمس من طرف وزير الخارجية الجزائري عبد القادر مساهل.",
     {{"phoned", "خميس الجهيناوي", "عبد القادر مساهل", "asserted", NULL, "2017-03-27", 0}}},
    {"a place of a list is no venue (دول البنلوكس (بلجيكا وهولندا ولوكسمبورغ))", "2016-12-05",
     "التقى رئيس الحكومة يوسف الشاهد اليوم رئيس الوزراء الهولندي مارك روته بحضور سفراء دول البنلوكس (بلجيكا وهولندا ولوكسمبورغ).",
     {{"met", "يوسف الشاهد", "مارك روته", "asserted", NULL, "2016-12-05", 0},
      {"met", "يوسف الشاهد", "مارك روته", "asserted", "هولندا", NULL, 1},
      {"attended", "مارك روته", "يوسف الشاهد", "asserted", "بلجيكا", NULL, 1}}},
    {"the bare subject of a new clause is no venue (أن فرنسا شريك)", "2014-09-29",
     "أكد وزير التشغيل زياد العذاري لدى لقائه اليوم سفير تونس لدى فرنسا محمد علي الشيحي أن فرنسا شريك تاريخي.",
     {{"met", "زياد العذاري", "محمد علي الشيحي", "asserted", NULL, "2014-09-29", 0},
      {"met", "زياد العذاري", "محمد علي الشيحي", "asserted", "فرنسا", NULL, 1}}},
    {"a place quoted apart from the trigger is no venue, one quoted alone is", "2017-04-01",
     "نفى المتحدث ما نسب إلى الرئيس الباجي قائد السبسي من أن \"إيران تقف في وجه إسرائيل\" خلال لقائه أمس بوزير الثقافة الإيراني رضا صالحي أميري.\n"
     "جرى أمس اجتماع بين رئيس حكومة الوفاق فايز السراج وقائد القوات المنبثقة عن برلمان \"طبرق\" خليفة حفتر.\n"
     "التقى وزير الخارجية خميس الجهيناوي أمس بالعاصمة الإثيوبية \"أديس أبابا\" رئيس مفوضية الاتحاد الإفريقي موسى فقي محمد.",
     {{"met", "الباجي قائد السبسي", "رضا صالحي أميري", "asserted", "إسرائيل", NULL, 1},
      {"met", "فايز السراج", "خليفة حفتر", "asserted", NULL, "2017-03-31", 0},
      {"met", "فايز السراج", "خليفة حفتر", "asserted", "طبرق", NULL, 1},
      {"met", "خميس الجهيناوي", "موسى فقي محمد", "asserted", "أديس أبابا", "2017-03-31", 0}}},
    {"a place after الوضع is a topic, no venue", "2017-01-24",
     "مثل الوضع في ليبيا محور لقاء رئيس مجلس نواب الشعب محمد الناصر بوزير خارجية مصر سامح شكري.",
     {{"met", "محمد الناصر", "سامح شكري", "asserted", NULL, NULL, 0},
      {"met", "محمد الناصر", "سامح شكري", "asserted", "ليبيا", NULL, 1}}},
    {"a title or a known person behind the side's ب is the other side, not the title's complement", "2017-02-19",
     "قدم رئيس الجمهورية الباجي قائد السبسي مبادرة لحل الأزمة في ليبيا.\n"
     "جمع لقاء اليوم بقصر قرطاج رئيس الجمهورية بالمشير خليفة حفتر.\n"
     "وجمع لقاء ثان رئيس الجمهورية بوزير الخارجية الجزائري رمطان لعمامرة.",
     {{"met", "الباجي قائد السبسي", "خليفة حفتر", "asserted", "قصر قرطاج", "2017-02-19", 0},
      {"met", "الباجي قائد السبسي", "رمطان لعمامرة", "asserted", NULL, NULL, 0},
      {"holds_role", "رمطان لعمامرة", NULL, "asserted", NULL, NULL, 0},
      {"holds_role", "خليفة حفتر", NULL, "asserted", NULL, NULL, 1}}},
    {"a construct dual with nothing after it is a family name (رضا صالحي اميري الذي)", "2017-04-01",
     "يذكر ان لقاء جمع امس الجمعة رئيس الجمهورية الباجي قائد السبسي بوزير الثقافة الايراني رضا صالحي اميري الذي يؤدي زيارة الى تونس.",
     {{"met", "الباجي قائد السبسي", "رضا صالحي اميري", "asserted", NULL, "2017-03-31", 0},
      {"visited", "رضا صالحي اميري", NULL, "asserted", "تونس", NULL, 0}}},
    {"a held visit noun takes no later month or year of its clause", "2016-11-26",
     "وأوضحت الوزارة أن الفنان محمد صبحي غادر الأراضي التونسية بعد زيارة سريعة بدعوة من وزير الشؤون الثقافية محمد زين العابدين اتفق فيها الفنان مع الوزير على ترتيبات تكريمه في تونس مطلع عام 2017.",
     {{"visited", "محمد صبحي", NULL, "asserted", "تونس", NULL, 0},
      {"visited", "محمد صبحي", NULL, "asserted", "تونس", "2017", 1}}},
    {"a verb of motion carrying words (بالشكر، بها) goes nowhere; remains are no traveller", "2017-06-03",
     "كما توجه الرئيس بشار الأسد بالشكر للبنان وروسيا.\n"
     "وأفاد المراسل بأن جثمان الشهيد خليفة السلطاني قد وصل منذ قليل إلى مستشفى القصرين الجهوي.\n"
     "ووصل وزير الصحة عماد الحمامي لمدينة القصرين.\n"
     "وحمل رئيس البلدية محمد الحامدي عريضة الأهالي وتوجه بها لولاية القصرين.",
     {{"visited", "بشار الأسد", NULL, "asserted", "لبنان", NULL, 1},
      {"visited", "خليفة السلطاني", NULL, "asserted", "القصرين", NULL, 1},
      {"visited", "عماد الحمامي", NULL, "asserted", "القصرين", NULL, 0},
      {"visited", "محمد الحامدي", NULL, "asserted", "القصرين", NULL, 1}}},
    {"a visit noun a future verb governs is announced, and so are the headline's visits of that trip", "2017-05-04",
     "في أول جولة له : ماكرون يزور الجزائر وتونس\n\n"
     "وقال مسؤول فرنسي اليوم إن أول جولة خارجية للرئيس الفرنسي إيمانويل ماكرون ستتضمن زيارة المغرب.",
     {{"visited", "إيمانويل ماكرون", NULL, "planned", "المغرب", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, "planned", "الجزائر", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", "الجزائر", NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", "المغرب", NULL, 1}}},
    {"the visit with the article and no one after it is one told before, not the speaker's", "2016-11-09",
     "أدى رئيس الحكومة يوسف الشاهد زيارة رسمية إلى فرنسا.\n"
     "ووصفت وزيرة السياحة سلمى اللومي الزيارة الرسمية بالاستراتيجية لأنها تأتي في فترة صعبة تعيشها تونس.",
     {{"visited", "يوسف الشاهد", NULL, "asserted", "فرنسا", NULL, 0},
      {"visited", "سلمى اللومي", NULL, "asserted", "تونس", NULL, 1}}},
    {"a name ends before a word with the article in ات, or in ة past the second word; none opens on a plural", "2016-12-27",
     "انتقد الأمين العام لحزب حركة مشروع تونس، محسن مرزوق التصريحات الأخيرة التي أدلى بها رئيس حركة النهضة. والتقى سفير الإمارات في واشنطن يوسف العتيبة أمس رجل الأعمال شفيق الجراية. ويمنح الفصل 92 رئيس الحكومة صلاحيات إحداث الوزارات، كما صرح وزير المالية سليم شاكر الميزانية المخصصة للتنمية.",
     {{"entity", "محسن مرزوق", NULL, NULL, NULL, NULL, 0},
      {"met", "يوسف العتيبة", "شفيق الجراية", "asserted", NULL, "2016-12-26", 0},
      {"entity", "صلاحيات إحداث", NULL, NULL, NULL, NULL, 1},
      {"entity", "سليم شاكر", NULL, NULL, NULL, NULL, 0}}},
    {"a meeting a statement of the first sentences followed is of the report's day", "2016-01-18",
     "اتحاد الشغل: جلسة تفاوضية جديدة غدا\n\n"
     "أعلن الاتحاد العام التونسي للشغل عن جلسة تفاوضية جديدة.\n"
     "وأوضح الأمين العام حسين العباسي في تصريح لوكالة الأنباء عقب لقاء جمعه برئيس الجمهورية الباجي قائد السبسي، أن الحكومة حددت موعدا جديدا.",
     {{"met", "حسين العباسي", "الباجي قائد السبسي", "asserted", NULL, "2016-01-18", 0}}},
    {"a meeting noun in construct with a person, the other side marked after him: the speaker is no party", "2017-02-22",
     "وقال الوزير زياد العذاري إثر لقاء رئيس الحكومة يوسف الشاهد بالأمين العام للاتحاد نور الدين الطبوبي إن الأجواء إيجابية.",
     {{"met", "يوسف الشاهد", "نور الدين الطبوبي", "asserted", NULL, NULL, 0},
      {"met", "زياد العذاري", "يوسف الشاهد", "asserted", NULL, NULL, 1},
      {"met", "زياد العذاري", "نور الدين الطبوبي", "asserted", NULL, NULL, 1}}},
    {"a dual possessive meeting noun pairs the two named before it in its own clause", "2017-05-02",
     "اتفق القائد العام للجيش الليبي المشير خليفة حفتر مع رئيس المجلس الرئاسي فائز السراج، خلال لقائهما، اليوم الثلاثاء، في العاصمة الإماراتية أبوظبي على معظم النقاط الخلافية.",
     {{"met", "خليفة حفتر", "فائز السراج", "asserted", "أبوظبي", "2017-05-02", 0}}},
    {"a meeting trigger with بينهما after it pairs the two named last, the speaker one of them", "2017-05-12",
     "أكد رئيس الهيئة الوطنية لمكافحة الفساد، شوقي الطبيب أن الموارد قليلة.\n"
     "وقال في تصريح إن رئيس الحكومة يوسف الشاهد جدد التزامه بذلك خلال لقاء جمع بينهما الأسبوع الماضي.",
     {{"met", "شوقي الطبيب", "يوسف الشاهد", "asserted", NULL, NULL, 0}}},
    {"a visit the sides agreed to organise is announced", "2017-06-19",
     "والتقى وزير الخارجية خميس الجهيناوي نظيره الإيراني محمد جواد ظريف، واتفق الوزيران على تنظيم زيارة لوزير التجارة التونسي زياد العذاري إلى طهران.",
     {{"met", "خميس الجهيناوي", "محمد جواد ظريف", "asserted", NULL, "2017-06-19", 0},
      {"visited", "زياد العذاري", NULL, "planned", "طهران", NULL, 0},
      {"visited", "زياد العذاري", NULL, "asserted", "طهران", NULL, 1}}},
    {"a noun of motion in construct with a thing is the thing's arrival, no one's visit", "2017-06-02",
     "وقال نقيب الموسيقيين مقداد السهيلي إن ممثلي وسائل إعلام صينية اتصلوا به للاطمئنان على وصول التمثال إلى تونس.\n"
     "وأكد وزير الثقافة محمد زين العابدين بعد وصوله إلى صفاقس أن الاستعدادات جارية.",
     {{"visited", "مقداد السهيلي", NULL, "asserted", "تونس", NULL, 1},
      {"visited", "محمد زين العابدين", NULL, "asserted", "صفاقس", NULL, 0}}},
    {"a title ends before a list of places with ل: they are the visit's destinations", "2017-04-17",
     "وقال وزير الشؤون الخارجية خميس الجهيناوي إن تونس متجهة نحو تعزيز العلاقات مع بلدان إفريقيا خاصة بعد الزيارة المهمة لرئيس الحكومة للنيجر ومالي وبوركينافاسو.",
     {{"visited", "يوسف الشاهد", NULL, "asserted", "النيجر", NULL, 0},
      {"visited", "يوسف الشاهد", NULL, "asserted", "بوركينا فاسو", NULL, 0},
      {"entity", "رئيس الحكومة للنيجر", NULL, NULL, NULL, NULL, 1}}},
    {"the country of an embassy is not where it stands", "2016-12-22",
     "أدى رئيس مجلس نواب الشعب محمد الناصر اليوم الخميس زيارة إلى سفارة جمهورية ألمانيا الاتحادية قدم فيها واجب العزاء.\n"
     "وأدى وزير الخارجية خميس الجهيناوي أمس زيارة إلى ألمانيا.",
     {{"visited", "محمد الناصر", NULL, "asserted", "ألمانيا", NULL, 1},
      {"visited", "خميس الجهيناوي", NULL, "asserted", "ألمانيا", "2016-12-21", 0}}},
    {"a place after a street word names the street", "2015-10-02",
     "أدى ناجي جلول وزير التربية صبيحة اليوم الجمعة زيارة فجئية إلى المدرسة الإعدادية طريق تونس ببوسالم من ولاية جندوبة.",
     {{"visited", "ناجي جلول", NULL, "asserted", "جندوبة", "2015-10-02", 0},
      {"visited", "ناجي جلول", NULL, "asserted", "تونس", NULL, 1}}},
    {"an office of another country after a known person, or with a name after it, is the next person's", "2016-02-08",
     "استقبل رئيس الجمهورية الباجي قائد السبسي الرئيس الفرنسي فرانسوا هولاند بقصر قرطاج.",
     {{"met", "الباجي قائد السبسي", "فرانسوا هولاند", "asserted", "قصر قرطاج", "2016-02-08", 0},
      {"holds_role", "فرانسوا هولاند", NULL, "asserted", NULL, NULL, 0},
      {"holds_role", "الباجي قائد السبسي", NULL, "asserted", NULL, NULL, 0}}},
    {"a verb of visiting with a person for its object is a meeting; a name may be quoted after its title", "2017-03-12",
     "زار اليوم وزير الداخلية الهادي مجدوب حافظ الأمن \"أمين الجليلي\" الذي أصيب في عملية قبلي.\n"
     "وكان وزير الصحة عماد الحمامي زار أمس الطبيبة المقيمة عبير عمران في منزلها.\n"
     "وزار رئيس الحكومة يوسف الشاهد ضريح الزعيم بالمنستير.",
     {{"met", "الهادي مجدوب", "أمين الجليلي", "asserted", NULL, "2017-03-12", 0},
      {"met", "عماد الحمامي", "عبير عمران", "asserted", NULL, "2017-03-11", 0},
      {"visited", "يوسف الشاهد", NULL, "asserted", "المنستير", NULL, 0}}},
    {"a visit noun of no date is the trip the article announces", "2017-02-11",
     "بدعوة من المستشارة الألمانية أنجيلا ميركل يؤدي رئيس الحكومة يوسف الشاهد زيارة رسمية إلى ألمانيا يومي 14 و15 فيفري الحالي.\n"
     "وتمثل ملفات التعليم العالي والاستثمار والهجرة أبرز محاور زيارة رئيس الحكومة إلى ألمانيا.",
     {{"visited", "يوسف الشاهد", NULL, "planned", "ألمانيا", "2017-02-14", 0},
      {"visited", "يوسف الشاهد", NULL, "asserted", "ألمانيا", NULL, 1}}},
    {"a present tense after قبل أن comes after the sentence's main event, still to come when that one is", "2017-05-15",
     "وسيلتقي الرئيس الفرنسي إيمانويل ماكرون اليوم رئيس الحكومة إدوار فيليب قبل أن يتوجه إلى ألمانيا.\n"
     "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل أمس المستشارة أنجيلا ميركل قبل أن يتوجه إلى بلجيكا.",
     {{"visited", "إيمانويل ماكرون", NULL, "planned", "ألمانيا", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", "ألمانيا", NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", "بلجيكا", NULL, 0}}},
    {"a visit a participle of invitation calls for is announced", "2017-05-28",
     "وطالب الصحفي الأمريكي الرئيس الأمريكي دونالد ترامب بمساندة التجربة التونسية، داعيا إياه زيارة تونس في أقرب فرصة.",
     {{"visited", "دونالد ترامب", NULL, "planned", "تونس", NULL, 0},
      {"visited", "دونالد ترامب", NULL, "asserted", "تونس", NULL, 1}}},
    {"a reporter meeting a source is no meeting between actors", "2017-06-17",
     "مراسلنا وليد الجزيري كان في المتابعة و التقى أحد المشرفين على هذه التظاهرة، فتحي بسباس، نائب رئيس النادي الذي أكد أهمية التظاهرة.",
     {{"met", "وليد الجزيري", "فتحي بسباس", "asserted", NULL, NULL, 1},
      {"entity", "فتحي بسباس", NULL, NULL, NULL, NULL, 0}}},
    {"a delegation's nationality may follow an adjective no lexicon knows", "2017-03-22",
     "استقبل الرئيس السوري بشار الأسد اليوم وفدا برلمانيا تونسيا في دمشق.",
     {{"met", "بشار الأسد", "وفدا برلمانيا تونسيا", "asserted", "دمشق", "2017-03-22", 0}}},
    {"a place a noun has in construct, or after خارج, is no venue", "2017-03-28",
     "عبر وزير النقل أنيس غديرة، في لقاء جمعه امس الاثنين برئيس جمهورية غينيا ألفا كوندي، عن رغبة تونس في بعث قنصلية.\n"
     "ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط في أول زيارة له خارج القارة العجوز أوروبا، حيث كان في استقباله العاهل المغربي الملك محمد السادس.",
     {{"met", "أنيس غديرة", "ألفا كوندي", "asserted", NULL, "2017-03-27", 0},
      {"met", "أنيس غديرة", "ألفا كوندي", "asserted", "تونس", NULL, 1},
      {"met", "إيمانويل ماكرون", "الملك محمد السادس", "asserted", "الرباط", NULL, 0},
      {"met", "إيمانويل ماكرون", "الملك محمد السادس", "asserted", "أوروبا", NULL, 1}}},
    {"those who come with a traveller (يرافقه، برفقة) go where he goes; a sender rule spares them", "2017-06-08",
     "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط في زيارة رسمية يرافقه وزير الخارجية جان إيف لودريان.\n"
     "وزار وزير الخارجية الأردني أيمن الصفدي دمشق برفقة مدير المخابرات أحمد حسني.",
     {{"visited", "إيمانويل ماكرون", NULL, "asserted", "الرباط", NULL, 0},
      {"visited", "جان إيف لودريان", NULL, "asserted", "الرباط", NULL, 0},
      {"visited", "أيمن الصفدي", NULL, "asserted", "دمشق", NULL, 0},
      {"visited", "أحمد حسني", NULL, "asserted", "دمشق", NULL, 0}}},
    {"a companion before the visit goes too; a host at home and one who came to a meeting do not", "2017-06-08",
     "وقام الرئيس المصري عبد الفتاح السيسي مرفوقا برئيس الوزراء مصطفى مدبولي بزيارة إلى العاصمة الإدارية الجديدة.\n"
     "وزار رئيس الحكومة يوسف الشاهد الجزائر برفقة وزير الشؤون المغاربية الجزائري عبد القادر مساهل.\n"
     "وزار الرئيس الأمريكي دونالد ترامب الرياض، والتقى الملك سلمان بن عبد العزيز برفقة ولي العهد محمد بن سلمان.",
     {{"visited", "مصطفى مدبولي", NULL, "asserted", "العاصمة الإدارية الجديدة", NULL, 0},
      {"visited", "يوسف الشاهد", NULL, "asserted", "الجزائر", NULL, 0},
      {"visited", "عبد القادر مساهل", NULL, "asserted", "الجزائر", NULL, 1},
      {"visited", "محمد بن سلمان", NULL, "asserted", "الرياض", NULL, 1}}},
    {"a visit with a pronoun as the time of what is said is the speaker's; not one spoken about, nor a delegation's", "2019-03-12",
     "أكد وزير الصحة السعودي توفيق الربيعة أن الخدمات الصحية متوفرة في كل المناطق.\n"
     "وأضاف في تصريح على هامش زيارة أداها اليوم إلى منطقة جازان، أنه سيتم افتتاح مستشفى جديد الشهر المقبل.\n"
     "وحول زيارته إلى منطقة عسير، قال الربيعة إنه لن يتأخر.\n"
     "وقال وزير الطاقة عبد العزيز بن سلمان في تصريح على هامش زيارة يجريها وفد من الشركة الكورية إلى الرياض إن التعاون متين.",
     {{"visited", "توفيق الربيعة", NULL, "asserted", "منطقة جازان", "2019-03-12", 0},
      {"visited", "توفيق الربيعة", NULL, "asserted", "منطقة عسير", NULL, 1},
      {"visited", "عبد العزيز بن سلمان", NULL, "asserted", "الرياض", NULL, 1}}},
    {"capitals of Africa, Europe and Asia are places, with their country", "2019-03-12",
     "وصل الرئيس السنغالي ماكي سال إلى باماكو، ثم توجه إلى واغادوغو.\n"
     "والتقى وزير الخارجية المصري سامح شكري نظيره الصربي إيفيتسا داتشيتش في بلغراد.",
     {{"visited", "ماكي سال", NULL, "asserted", "باماكو", NULL, 0},
      {"visited", "ماكي سال", NULL, "asserted", "واغادوغو", NULL, 0},
      {"met", "سامح شكري", "إيفيتسا داتشيتش", "asserted", "بلغراد", NULL, 0}}},
    {"حل with ب is an arrival of the traveller it names; the noun حل (solution) travels nowhere", "2016-11-09",
     "حل رئيس الحكومة يوسف الشاهد اليوم الاربعاء بباريس في زيارة رسمية.\n"
     "وأكد الشاهد ضرورة التوصل إلى حل سياسي بسوريا. وقال الشاهد إنه لا حل بليبيا دون حوار.\n"
     "وكان الملك عبد الله الثاني قد حل مساء أمس بالرياض.",
     {{"visited", "يوسف الشاهد", NULL, "asserted", "باريس", "2016-11-09", 0},
      {"visited", "الملك عبد الله الثاني", NULL, "asserted", "الرياض", "2016-11-08", 0},
      {"visited", "يوسف الشاهد", NULL, "asserted", "ليبيا", NULL, 1},
      {"visited", "يوسف الشاهد", NULL, "asserted", "سوريا", NULL, 1}}},
    {"the latter's visit; an unnamed title's visit; a person in construct with what is sent", "2017-05-02",
     "وتحدث روس عن مأدبة العشاء التي جمعت الرئيس الأمريكي دونالد ترامب مع نظيره الصيني شي جين بينغ أثناء زيارة الأخير إلى الولايات المتحدة في 6 أفريل الماضي.\n"
     "وأكد الوزير خلال زيارته الأخيرة إلى باريس أن العلاقات ممتازة.\n"
     "وقال المتحدث باسم الوزارة إن التونسي أنيس العامري نفذ الهجوم، وأرسلت الوزارة ملف أنيس العامري إلى ألمانيا.",
     {{"visited", "شي جين بينغ", NULL, "asserted", "الولايات المتحدة", "2017-04-06", 0},
      {"visited", "دونالد ترامب", NULL, "asserted", "الولايات المتحدة", NULL, 1},
      {"visited", "دونالد ترامب", NULL, "asserted", "باريس", NULL, 1},
      {"visited", "أنيس العامري", NULL, "asserted", "ألمانيا", NULL, 1}}},
    {"an office and a country with a state noun between is the country's; with any other body, the body's", "2017-03-15",
     "وطالب الاجتماع لجنة الانضباط بمواصلة التحقيق مع رئيس جامعة زيمبابوي فيليب تشيانغوا.\n"
     "واستقبل رئيس جمهورية النيجر محمدو إيسوفو وزير الخارجية.",
     {{"role", "فيليب تشيانغوا", "president@ZW", NULL, NULL, NULL, 1},
      {"role", "فيليب تشيانغوا", "رئيس جامعة زيمبابوي", NULL, NULL, NULL, 0},
      {"role", "محمدو إيسوفو", "president@NE", NULL, NULL, NULL, 0}}},
    {"'whose term ends' between a title and a name, and 'until', are no part of a name", "2017-02-03",
     "وأكدت الأمينة العامة المنتهية ولايتها سعاد الفاضل أن البلاد في حاجة الى هبة وطنية.\n"
     "ورفض الأهالي أن يمشي وزير الآثار في الصحراء حتى موقع الكشف الجديد.",
     {{"entity", "ولايتها", NULL, NULL, NULL, NULL, 1},
      {"role", "سعاد الفاضل", "الأمينة العامة المنتهية ولايتها", NULL, NULL, NULL, 0},
      {"entity", "موقع الكشف", NULL, NULL, NULL, NULL, 1}}},
    {"after a home office whose holder is known, words of a name's shape alone go on with the sentence", "2017-05-20",
     "قال النائب عن حركة النهضة في تونس إن الحكومة دخلت في طريق لا يبشر بخير خاصة وأن رئيس الحكومة أصبح مضطرب في الآونة الأخيرة.\n"
     "وسيتم وفق رئيس الحكومة، اتخاذ إجراءات أخرى في الحرب ضد الفساد.",
     {{"entity", "أصبح مضطرب", NULL, NULL, NULL, NULL, 1},
      {"entity", "اتخاذ إجراءات", NULL, NULL, NULL, NULL, 1}}},
    {"جهاز is a body after a title; تحت is a preposition", "2017-04-20",
     "وقال الناطق باسم جهاز الهجرة غير الشرعية إن 14 من الموقوفين مصريون.\n"
     "ويعمل المندوب والمنسق الإعلامي تحت إشراف المنسق العام لكل مباراة.",
     {{"entity", "جهاز الهجرة", NULL, NULL, NULL, NULL, 1},
      {"entity", "تحت إشراف", NULL, NULL, NULL, NULL, 1}}},
    {"a traveller after the destination follows it, past its name and time words, or heads the delegation", "2017-06-11",
     "وأوضح المرصد أن التونسي وصل إلى سوريا عام 2012 وهو قيادي عسكري يقاتل في صفوف جبهة النصرة.\n"
     "ووصل إلى عمان مساء اليوم وفد برلماني عراقي برئاسة رئيس مجلس النواب محمد الحلبوسي.\n"
     "بدأت اليوم زيارة لوفد حكومي رفيع المستوى إلى محافظة إربد يتقدمهم رئيس الوزراء هاني الملقي.",
     {{"visited", "هيئة تحرير الشام", NULL, "asserted", "سوريا", NULL, 1},
      {"visited", "محمد الحلبوسي", NULL, "asserted", "عمّان", "2017-06-11", 0},
      {"visited", "هاني الملقي", NULL, "asserted", "محافظة إربد", "2017-06-11", 0}}},
    {"an airport reception of a prince (في استقبال سموه لدى وصوله)، his delegation, his programme", "2018-04-08",
     "وصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد، إلى العاصمة الفرنسية باريس مساء اليوم، في زيارة رسمية لفرنسا.\n"
     "وكان في استقبال سموه لدى وصوله مطار أورلي الدولي، وزير الخارجية الفرنسي جان إيف لودريان.\n"
     "ويرافق سموه خلال الزيارة وفد رسمي يضم وزير الخارجية عادل الجبير.\n"
     "ومن المقرر أن يلتقي سموه خلال الزيارة الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.",
     {{"met", "محمد بن سلمان", "جان إيف لودريان", "asserted", "باريس", "2018-04-08", 0},
      {"visited", "عادل الجبير", NULL, "asserted", "باريس", NULL, 0},
      {"visited", "جان إيف لودريان", NULL, "asserted", "باريس", NULL, 1},
      {"met", "محمد بن سلمان", "إيمانويل ماكرون", "planned", NULL, NULL, 0}}},
    {"a one-word office right before بن is a given name, after an honorific or alone", "2015-08-16",
     "حضر اللقاء معالي الدكتور سلطان بن أحمد الجابر وزير دولة.\n"
     "وحضر الاجتماع سلطان بن سعيد المنصوري وزير الاقتصاد.",
     {{"entity", "سلطان بن أحمد الجابر", NULL, NULL, NULL, NULL, 0},
      {"role", "سلطان بن أحمد الجابر", "sultan", NULL, NULL, NULL, 1},
      {"entity", "سلطان بن سعيد المنصوري", NULL, NULL, NULL, NULL, 0}}},
    {"a plan passes to a meeting noun after a visit noun's genitive; looking forward to a meeting is no meeting", "2021-06-10",
     "ويتضمن برنامج زيارة الرئيس الفرنسي إيمانويل ماكرون لقاء مع رئيس الوزراء العراقي مصطفى الكاظمي.\n"
     "وأعرب وزير الخارجية الأردني أيمن الصفدي عن تطلعه إلى لقاء نظيره الإماراتي الشيخ عبدالله بن زايد في أقرب وقت.",
     {{"met", "إيمانويل ماكرون", "مصطفى الكاظمي", "planned", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "مصطفى الكاظمي", "asserted", NULL, NULL, 1},
      {"met", "أيمن الصفدي", "عبد الله بن زايد", "asserted", NULL, NULL, 1},
      {"met", "أيمن الصفدي", "عبد الله بن زايد", "planned", NULL, NULL, 0}}},
    {"a title's body after في when a name follows; English given names", "2022-06-10",
     "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان رئيس لجنة العلاقات الخارجية في مجلس الشيوخ الأمريكي بوب مينينديز.\n"
     "وأكد رئيس مجموعة البنك الدولي جيم يونغ كيم دعمه القوي للمملكة.",
     {{"met", "فيصل بن فرحان", "بوب مينينديز", "asserted", NULL, NULL, 0},
      {"entity", "جيم يونغ كيم", NULL, NULL, NULL, NULL, 0},
      {"entity", "دعمه القوي", NULL, NULL, NULL, NULL, 1}}},
    {"past بن X an indefinite family name goes on when a title in apposition closes the name", "2021-06-10",
     "استقبل الدكتور أنور بن محمد قرقاش وزير الدولة للشؤون الخارجية اليوم وزير الخارجية المصري سامح شكري.",
     {{"met", "أنور بن محمد قرقاش", "سامح شكري", "asserted", NULL, "2021-06-10", 0}}},
    {"an adjective between a visit noun and the verb that performed it", "2017-05-04",
     "أكد وزير الزراعة الأردني خالد الحنيفات أن المواد متوفرة.\n"
     "وأضاف في تصريح خلال زيارة ميدانية اداها الى محافظة إربد أن الأسعار عادية.\n"
     "وأوضح على هامش زيارة عمل أداها اليوم إلى محافظة الكرك أن الموسم جيد.",
     {{"visited", "خالد الحنيفات", NULL, "asserted", "محافظة إربد", NULL, 0},
      {"visited", "خالد الحنيفات", NULL, "asserted", "محافظة الكرك", "2017-05-04", 0}}},
    {"a visit noun's relative clause of performing names its traveller; no one visits his own country", "2017-04-06",
     "تكتسي الزيارة التي يؤديها الوزير الأول الفرنسي برنار كازنوف اليوم الخميس إلى تونس رمزية كبيرة.\n"
     "ولم يتحدد بعد تاريخ الزيارة التي سيؤديها الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر.\n"
     "واستقبل الرئيس السوري بشار الأسد اليوم وفدا برلمانيا تونسيا يزور سوريا.",
     {{"visited", "برنار كازنوف", NULL, "asserted", "تونس", "2017-04-06", 0},
      {"visited", "إيمانويل ماكرون", NULL, "planned", "الجزائر", NULL, 0},
      {"visited", "بشار الأسد", NULL, "asserted", "سوريا", NULL, 1}}},
    {"a body's own meeting and its chair are no two parties; more nationality adjectives", "2021-12-10",
     "عقد أعضاء اللجنة التنفيذية للاتحاد الإفريقي لكرة القدم اجتماعا أمس في أديس أبابا برئاسة الكاميروني عيسى حياتو.\n"
     "وعقد المجلس الوزاري لمجلس التعاون لدول الخليج العربية اجتماعه في الرياض اليوم برئاسة وزير الخارجية السعودي الأمير فيصل بن فرحان.\n"
     "وقال الرئيس الأوغندي يويري موسيفيني إن بلاده ترحب بالمبادرة.",
     {{"met", "الاتحاد الأفريقي لكرة القدم", "عيسى حياتو", "asserted", NULL, NULL, 1},
      {"met", "مجلس التعاون لدول الخليج العربية", "فيصل بن فرحان", "asserted", NULL, NULL, 1},
      {"role", "يويري موسيفيني", "president@UG", NULL, NULL, NULL, 0}}},
    {"an indefinite delegation with the adjective of one named before is that one again, unless of another country", "2017-03-22",
     "استقبل الرئيس السوري بشار الأسد اليوم وفدا برلمانيا أردنيا برئاسة النائب خليل عطية.\n"
     "وكان وفدا برلمانيا قد وصل إلى دمشق أمس في زيارة تستغرق يومين، ويضم الوفد النائب صالح العرموطي.\n"
     "والتقى وزير الخارجية السوري فيصل المقداد وفدا برلمانيا ألمانيا يضم النائب يوهان فادفول.",
     {{"met", "بشار الأسد", "صالح العرموطي", "asserted", NULL, NULL, 0},
      {"met", "فيصل المقداد", "صالح العرموطي", "asserted", NULL, NULL, 1},
      {"met", "فيصل المقداد", "يوهان فادفول", "asserted", NULL, NULL, 0},
      {"met", "بشار الأسد", "يوهان فادفول", "asserted", NULL, NULL, 1}}},
    {"a visit with a plural pronoun is the visit of those named, not of the one they spoke to", "2017-04-04",
     "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج عددا من أعضاء الوفد البرلماني.\n"
     "وقدم أعضاء الوفد وهم النائبة سعاد الفاضل والنائب كريم الهاشمي شرحا لرئيس الجمهورية عن أسباب زيارتهم إلى سوريا.",
     {{"visited", "سعاد الفاضل", NULL, "asserted", "سوريا", NULL, 0},
      {"visited", "كريم الهاشمي", NULL, "asserted", "سوريا", NULL, 0},
      {"visited", "الباجي قائد السبسي", NULL, "asserted", "سوريا", NULL, 1}}},
    {"a spokesperson's office ending with باسم is followed by the body spoken for, then the name", "2022-03-01",
     "وقال الناطق الرسمي باسم الحكومة فيصل الشبول إن الحكومة ماضية في خطتها.\n"
     "وأوضح الناطق الرسمي باسم قوات الدفاع المدني محمد الحمدان أن الحريق أخمد.\n"
     "وقالت الناطقة الرسمية باسم جمعية الهلال الأحمر سلمى الخطيب إن المساعدات وصلت.",
     {{"role", "فيصل الشبول", "spokesperson", NULL, NULL, NULL, 0},
      {"role", "محمد الحمدان", "spokesperson", NULL, NULL, NULL, 0},
      {"role", "سلمى الخطيب", "spokesperson", NULL, NULL, NULL, 0},
      {"entity", "قوات الدفاع المدني محمد الحمدان", NULL, NULL, NULL, NULL, 1}}},
    {"a city title's holder after a comma; a title after لل keeps its article", "2017-02-10",
     "التقى وزير الداخلية الهادي مجدوب اليوم والي القيروان، المنصف الورغي، بمقر الوزارة.\n"
     "وقدمت الجائزة للكاتبة التونسية أمل العياري في حفل بالعاصمة.",
     {{"role", "المنصف الورغي", "governor@TN", NULL, NULL, NULL, 0},
      {"met", "الهادي مجدوب", "المنصف الورغي", "asserted", NULL, "2017-02-10", 0},
      {"role", "أمل العياري", "الكاتبة التونسية", NULL, NULL, NULL, 0},
      {"role", "أمل العياري", "لكاتبة التونسية", NULL, NULL, NULL, 1}}},
    {"a title's preposition and place, a comma, then its holder; her meeting is the woman's; the guest's companion meets the host", "2017-02-10",
     "وأكد سفير المملكة العربية السعودية بعمان، نايف السديري، أن العلاقات متينة.\n"
     "وقال السفير الألماني بتونس، بيتر بروغل، إن المستشارة الألمانية، أنجيلا ميركل، أكدت خلال اللقاء الذي جمعها بالرئيس الباجي قائد السبسي دعم بلادها.\n"
     "التقى وزير المالية سليمان الحربي اليوم مدير الصندوق السعودي للتنمية فهد الزامل، مرفوقا بمستشار الصندوق بالرياض، خالد العتيبي.",
     {{"role", "نايف السديري", "ambassador@SA", NULL, NULL, NULL, 0},
      {"met", "أنغيلا ميركل", "الباجي قائد السبسي", "asserted", NULL, NULL, 0},
      {"role", "خالد العتيبي", "مستشار الصندوق بالرياض", NULL, NULL, NULL, 0},
      {"met", "سليمان الحربي", "خالد العتيبي", "asserted", NULL, "2017-02-10", 0}}},
    {"مقابلة is a meeting but after a preposition an interview; a person in construct with a noun is no party", "2017-02-10",
     "وقال وزير الخارجية الأردني أيمن الصفدي في مقابلة مع رويترز إن الحل السياسي ممكن.\n"
     "وأكد السفير البريطاني بعمان، إدوارد أوكدن، على إثر مقابلة جمعته اليوم بمحافظ إربد، رضوان العتوم، أن التعاون مستمر.\n"
     "وتوجه وفد نيابي إلى القاهرة لمقابلة الرئيس عبد الفتاح السيسي، لدعم مبادرة الملك عبد الله الثاني.",
     {{"met", "أيمن الصفدي", "رويترز", "asserted", NULL, NULL, 1},
      {"met", "إدوارد أوكدن", "رضوان العتوم", "asserted", NULL, "2017-02-10", 0},
      {"met", "عبد الفتاح السيسي", "الملك عبد الله الثاني", "planned", NULL, NULL, 1}}},
    {"a one-word office that is also a given name, after a title and before a family name, starts the name", "2024-02-10",
     "التقى وزير المالية محمد الجدعان اليوم وزير الصناعة سلطان الجابر.\n"
     "وأكد معالي الدكتور سلطان الجابر أن المؤتمر ناجح.\n"
     "واستقبل السلطان هيثم بن طارق اليوم وزير الخارجية.",
     {{"met", "محمد الجدعان", "سلطان الجابر", "asserted", NULL, "2024-02-10", 0},
      {"role", "سلطان الجابر", "وزير الصناعة", NULL, NULL, NULL, 0},
      {"role", "سلطان الجابر", "sultan", NULL, NULL, NULL, 1},
      {"entity", "السلطان هيثم بن طارق", NULL, NULL, NULL, NULL, 0}}},
    {"after a form of address an office that is also a given name is the office: سمو أمير البلاد", "2024-02-10",
     "تلقى سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح اتصالا هاتفيا من الملك حمد بن عيسى آل خليفة.",
     {{"phoned", "الشيخ مشعل الأحمد الجابر الصباح", "الملك حمد بن عيسى آل خليفة", "asserted", NULL, NULL, 0},
      {"entity", "أمير البلاد", NULL, NULL, NULL, NULL, 1}}},
    {"a definite title right after another definite one is a second person: the emir received the minister", "2017-02-10",
     "استقبل أمير منطقة الرياض الأمير فيصل بن بندر بن عبدالعزيز اليوم سفير اليابان.\n"
     "واستقبل الأمير الوزير الفرنسي جان إيف لودريان والوفد المرافق له.",
     {{"met", "فيصل بن بندر بن عبدالعزيز", "جان إيف لودريان", "asserted", NULL, NULL, 0},
      {"role", "جان إيف لودريان", "emir@FR", NULL, NULL, NULL, 1}}},
    {"talks after which the press was told are a meeting, no interview", "2017-03-01",
     "وأوضح رئيس الوزراء الهولندي مارك روته في مؤتمر صحفي عقب مباحثات مع رئيس وزراء بلجيكا شارل ميشال أن التعاون ضروري.\n"
     "وقالت الوزيرة في لقاء مع إذاعة محلية إن الإصلاحات مستمرة.",
     {{"met", "مارك روته", "شارل ميشال", "asserted", NULL, "2017-03-01", 0}}},
    {"a professor of a field is a title head", "2017-01-18",
     "وقال أستاذ العلوم السياسية حمادي الرديسي إن الأزمة عميقة.",
     {{"role", "حمادي الرديسي", "أستاذ العلوم السياسية", NULL, NULL, NULL, 0}}},
    {"وهم right after a delegation lists its members, who meet the delegation's host", "2023-05-10",
     "استقبل رئيس مجلس النواب أحمد الصفدي اليوم عددا من أعضاء الوفد البرلماني الذي زار دمشق.\n"
     "وقدم أعضاء الوفد وهم النائب خليل عطية والنائب صالح العرموطي، شرحا لرئيس المجلس عن نتائج الزيارة.",
     {{"met", "أحمد الصفدي", "خليل عطية", "asserted", NULL, "2023-05-10", 0},
      {"met", "أحمد الصفدي", "صالح العرموطي", "asserted", NULL, "2023-05-10", 0}}},
    {"a date after بعد or قبل and another noun is that noun's, not the event's", "2017-04-04",
     "وتحدث النائب خليل عطية عن أسباب زيارته إلى سوريا التي اعتبرها محاولة لإعادة العلاقات بعد قطعها سنة 2012.",
     {{"visited", "خليل عطية", NULL, "asserted", "سوريا", "2012", 1},
      {"visited", "خليل عطية", NULL, "asserted", "سوريا", NULL, 0}}},
    {"the same two met again on the day the article gave them, not on the visit's first", "2024-04-08",
     "واستقبل ولي العهد الأمير محمد بن سلمان في قصر اليمامة بالرياض اليوم رئيس الوزراء الباكستاني شهباز شريف.\n"
     "وبحث ولي العهد مع رئيس الوزراء الباكستاني العلاقات الثنائية.\n"
     "وكان رئيس الوزراء الباكستاني قد وصل إلى الرياض أمس في زيارة رسمية.",
     {{"met", "الأمير محمد بن سلمان", "شهباز شريف", "asserted", NULL, "2024-04-08", 0},
      {"met", "الأمير محمد بن سلمان", "شهباز شريف", "asserted", NULL, "2024-04-07", 1},
      {"visited", "شهباز شريف", NULL, "asserted", "الرياض", "2024-04-07", 0}}},
    {"the one right after a visit's verb of performing travelled, not the sentence's subject - unless his title is the subject's", "2017-03-03",
     "انتقد اليوم وكيل أسفار تونسي مقيم في روسيا، لطفي شلبي، نقائص بمناسبة زيارة رسمية أدتها وزيرة السياحة لروسيا مؤخرا.\n"
     "وأكد رئيس مجموعة البنك الدولي جيم يونغ كيم دعمه لتونس بحسب بيان صدر اليوم بمناسبة زيارة رسمية يؤديها رئيس المجموعة الدولية إلى تونس.",
     {{"visited", "لطفي شلبي", NULL, "asserted", "روسيا", NULL, 1},
      {"visited", "جيم يونغ كيم", NULL, "asserted", "تونس", NULL, 0}}},
    {"quotation marks around a meeting noun's name do not hide its بين: the one who arranged it is no party", "2016-12-26",
     "وقال الوسيط لطفي بن عمر إنه أعد لـ\"لقاء جنيف\" بين وزير الخارجية الإيراني محمد جواد ظريف ونظيره الأمريكي جون كيري في جنيف.",
     {{"met", "محمد جواد ظريف", "جون كيري", "asserted", "جنيف", NULL, 0},
      {"met", "لطفي بن عمر", "محمد جواد ظريف", NULL, NULL, NULL, 1}}},
    {"a meeting noun without a pronoun in what a named speaker says is not the last sentence's subject's", "2017-03-27",
     "التقى وزير الخارجية خميس الجهيناوي اليوم بنظيره الجزائري عبد القادر مساهل.\n"
     "وقال رئيس هيئة الانتخابات شفيق صرصار إن الإعلان عن موعد الانتخابات سيتم بعد لقاء كل من رئيس الجمهورية الباجي قائد السبسي ورئيس الحكومة يوسف الشاهد.",
     {{"met", "خميس الجهيناوي", "عبد القادر مساهل", "asserted", NULL, "2017-03-27", 0},
      {"met", "خميس الجهيناوي", "الباجي قائد السبسي", NULL, NULL, NULL, 1},
      {"met", "خميس الجهيناوي", "يوسف الشاهد", NULL, NULL, NULL, 1}}},
    {"أنها with no speaker is the one the sentence opens on, not the last subject", "2017-06-19",
     "وقال الرئيس الفرنسي إيمانويل ماكرون إنه سيزور الجزائر الأسبوع المقبل.\n"
     "وكانت المستشارة الألمانية أنغيلا ميركل التي تنافس ماكرون في ملف الهجرة قد أعلنت أنها ستلتقي مع رئيس الوزراء الإيطالي باولو جنتيلوني غدا.",
     {{"met", "أنغيلا ميركل", "باولو جنتيلوني", "planned", NULL, "2017-06-20", 0},
      {"met", "إيمانويل ماكرون", "باولو جنتيلوني", NULL, NULL, NULL, 1}}},
    {"a date after ذكرى and another noun is the commemorated event's, not the visit's", "2017-04-06",
     "ويؤدي وزير الداخلية الفرنسي برنار كازنوف زيارة إلى سوسة لوضع إكليل من الزهور إحياء لذكرى ضحايا الهجوم الذي جد في 26 جوان 2015.",
     {{"visited", "برنار كازنوف", NULL, "asserted", "سوسة", NULL, 0},
      {"visited", "برنار كازنوف", NULL, "asserted", "سوسة", "2015-06-26", 1}}},
    {"على هامش before a verbal noun of attending with a pronoun: the meeting attended is the speaker's", "2016-12-16",
     "وعبر رئيس حركة النهضة راشد الغنوشي، على هامش حضوره لقاء مع رئيس الحكومة يوسف الشاهد مساء اليوم بقرطاج، عن أسفه لاستقالة المدير العام للأمن.",
     {{"met", "راشد الغنوشي", "يوسف الشاهد", "asserted", "قرطاج", "2016-12-16", 0}}},
    {"a present tense with a word of later in its clause is to come, a visit too", "2023-07-16",
     "وصل رئيس الوزراء الياباني فوميو كيشيدا إلى جدة مساء أمس في زيارة رسمية.\n"
     "ويتوجه كيشيدا بعد ذلك إلى أبوظبي.",
     {{"visited", "فوميو كيشيدا", NULL, "asserted", "جدة", "2023-07-15", 0},
      {"visited", "فوميو كيشيدا", NULL, "planned", "أبوظبي", NULL, 0},
      {"visited", "فوميو كيشيدا", NULL, "asserted", "أبوظبي", NULL, 1}}},
    {"an honorific with a pronoun right after the verb received a delegation and its head", "2022-03-12",
     "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان اليوم السفير الفرنسي.\n"
     "كما استقبل سموه في قصر الشاطئ وفدا من الكونغرس الأمريكي برئاسة السيناتور ليندسي غراهام.",
     {{"met", "محمد بن زايد", "ليندسي غراهام", "asserted", "قصر الشاطئ", NULL, 0}}},
    {"an honorific with a pronoun before the verb (over قد) is the last subject", "2024-02-15",
     "يلتقي جلالة الملك عبدالله الثاني الرئيس الأمريكي جو بايدن في البيت الأبيض الأسبوع المقبل.\n"
     "وكان جلالته قد التقى أمس في عمان وزير الخارجية الأمريكي أنتوني بلينكن.",
     {{"met", "الملك عبد الله الثاني", "جو بايدن", "planned", NULL, NULL, 0},
      {"met", "الملك عبد الله الثاني", "أنتوني بلينكن", "asserted", "عمّان", "2024-02-14", 0}}},
    {"a verb right after أن has the subject of the clause before it, not an earlier sentence's", "2017-04-10",
     "وأبدى الملك سلمان استعداده للقاء الرئيس الإيراني حسن روحاني.\n"
     "وتمنى الرئيس الفرنسي إيمانويل ماكرون أن يلتقي بالرئيس الروسي فلاديمير بوتين قريبا.",
     {{"met", "إيمانويل ماكرون", "فلاديمير بوتين", "planned", NULL, NULL, 0},
      {"met", "الملك سلمان", "فلاديمير بوتين", NULL, NULL, NULL, 1}}},
    {"a meeting verb with its noun and بين: whoever held it between them is no party", "2016-12-26",
     "ونجح الوسيط لطفي بن عمر في عقد لقاء بين محمد جواد ظريف وجون كيري أمس في جنيف.",
     {{"met", "محمد جواد ظريف", "جون كيري", "asserted", "جنيف", "2016-12-25", 0},
      {"met", "لطفي بن عمر", "محمد جواد ظريف", NULL, NULL, NULL, 1}}},
    {"a meeting ruled out (استبعد) did not happen", "2017-04-10",
     "واستبعد المتحدث باسم الكرملين دميتري بيسكوف عقد لقاء بين بوتين وأردوغان هذا الأسبوع.",
     {{"met", "فلاديمير بوتين", "رجب طيب أردوغان", "negated", NULL, NULL, 0},
      {"met", "فلاديمير بوتين", "رجب طيب أردوغان", "asserted", NULL, NULL, 1}}},
    {"برئاسة right after a body leads that body, not a delegation of a sentence before", "2018-05-20",
     "استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم الرئيس التركي رجب طيب أردوغان والوفد المرافق له.\n"
     "وناقش مجلس الوزراء برئاسة رئيس الوزراء مصطفى مدبولي مشروع قانون الاستثمار.",
     {{"met", "تميم بن حمد", "رجب طيب أردوغان", "asserted", NULL, "2018-05-20", 0},
      {"leads", "مصطفى مدبولي", "الوفد", NULL, NULL, NULL, 1}}},
    {"اتصل with an organisation and no phone word is a contact, no call", "2017-04-15",
     "ويعتقد المحققون أن أنيس العامري اتصل بتنظيم داعش في نوفمبر 2016، كما اتصل برئيس الحكومة يوسف الشاهد.",
     {{"phoned", "أنيس العامري", "داعش", NULL, NULL, NULL, 1},
      {"phoned", "أنيس العامري", "يوسف الشاهد", "asserted", NULL, NULL, 0}}},
    {"what governs a meeting noun governs the gathering verb that describes it, over an adjective", "2024-04-21",
     "ويستضيف الرئيس الجزائري عبد المجيد تبون غدا قمة ثلاثية تجمعه بالرئيس التونسي قيس سعيد ورئيس المجلس الرئاسي الليبي محمد المنفي.",
     {{"met", "عبد المجيد تبون", "قيس سعيد", "planned", NULL, "2024-04-22", 0},
      {"met", "عبد المجيد تبون", "قيس سعيد", "asserted", NULL, NULL, 1}}},
    {"what governs a meeting noun governs the يضم that lists its members", "2017-03-01",
     "وتستعد العاصمة الجزائرية لاستضافة اجتماع يضم وزراء خارجية تونس ومصر والجزائر.",
     {{"met", "خميس الجهيناوي", "سامح شكري", "planned", NULL, NULL, 0},
      {"met", "خميس الجهيناوي", "سامح شكري", "asserted", NULL, NULL, 1}}},
    {"an invitation received from someone: the one who received it is to travel", "2024-02-10",
     "وتلقى وزير الخارجية أيمن الصفدي دعوة من نظيره التركي هاكان فيدان لزيارة أنقرة.",
     {{"visited", "أيمن الصفدي", NULL, "planned", "أنقرة", NULL, 0},
      {"visited", "هاكان فيدان", NULL, NULL, "أنقرة", NULL, 1},
      {"met", "أيمن الصفدي", "هاكان فيدان", "planned", NULL, NULL, 0}}},
    {"a lexicon person inside a longer name after a title is someone else", "2023-05-17",
     "استقبل رئيس الحكومة يوسف الشاهد اليوم السفير الصيني لياو لي تشيانغ.",
     {{"role", "يوسف الشاهد", "prime_minister@TN", NULL, NULL, NULL, 0},
      {"entity", "لي تشيانغ", NULL, NULL, NULL, NULL, 1}}},
    {"the one represented (نيابة عن) is no party", "2023-06-20",
     "ونيابة عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، استقبل الأمير خالد الفيصل أمير منطقة مكة المكرمة اليوم الرئيس الموريتاني محمد ولد الغزواني.",
     {{"met", "خالد الفيصل", "محمد ولد الغزواني", "asserted", NULL, "2023-06-20", 0},
      {"met", "الملك سلمان", "محمد ولد الغزواني", NULL, NULL, NULL, 1},
      {"met", "الملك سلمان", "خالد الفيصل", NULL, NULL, NULL, 1}}},
    {"في استقبال with its guest named, his arrival, then the host", "2017-02-14",
     "وكان في استقبال رئيس الحكومة يوسف الشاهد لدى وصوله مطار برلين اليوم وزير الخارجية الألماني زيغمار غابرييل.",
     {{"met", "يوسف الشاهد", "زيغمار غابرييل", "asserted", NULL, NULL, 0}}},
    {"a meeting noun, subject of a negated verb of holding, does not take place; its genitives are its parties", "2023-01-10",
     "التقى وزير الخارجية سامح شكري اليوم بنظيره الروسي سيرغي لافروف.\n"
     "وأعلن الكرملين أن لقاء بوتين وأردوغان لن يعقد هذا الأسبوع.",
     {{"met", "فلاديمير بوتين", "رجب طيب أردوغان", "negated", NULL, NULL, 0},
      {"met", "فلاديمير بوتين", "رجب طيب أردوغان", "asserted", NULL, NULL, 1},
      {"met", "سامح شكري", "فلاديمير بوتين", NULL, NULL, NULL, 1}}},
    {"a meeting declined (اعتذر عن) did not happen; one asked for something during is held", "2023-01-10",
     "واعتذر الرئيس الأمريكي جو بايدن عن لقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو.\n"
     "وطلب وزير الخارجية سامح شكري خلال لقائه بنظيره الروسي سيرغي لافروف دعم مصر.",
     {{"met", "جو بايدن", "بنيامين نتنياهو", "negated", NULL, NULL, 0},
      {"met", "جو بايدن", "بنيامين نتنياهو", "asserted", NULL, NULL, 1},
      {"met", "سامح شكري", "سيرغي لافروف", "asserted", NULL, NULL, 0}}},
    {"an indefinite summit with a subject and the other side after مع is their meeting; a virtual one a call", "2022-11-14",
     "وعقد الرئيس الأمريكي جو بايدن قمة مع الرئيس الصيني شي جين بينغ في بالي.\n"
     "وكان الرئيس الأمريكي جو بايدن قد عقد قمة افتراضية مع الرئيس الروسي فلاديمير بوتين.",
     {{"met", "جو بايدن", "شي جين بينغ", "asserted", NULL, NULL, 0},
      {"phoned", "جو بايدن", "فلاديمير بوتين", "asserted", NULL, NULL, 0},
      {"met", "جو بايدن", "فلاديمير بوتين", NULL, NULL, NULL, 1}}},
    {"after a dual title an unknown name coordinated with a lexicon person is one of the two", "2017-01-18",
     "واستقبل رئيس الجمهورية الباجي قائد السبسي أمس أستاذي القانون الدستوري الصادق الورغي وقيس سعيد.",
     {{"met", "الباجي قائد السبسي", "الصادق الورغي", "asserted", NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", "قيس سعيد", "asserted", NULL, NULL, 0}}},
    {"a verb right after وقد opens its own clause: its subject is the one the sentence opens on", "2017-04-23",
     "الرئيس الفرنسي إيمانويل ماكرون يولي اهتماما بما يعرف بالمحور الفرنسي الألماني وقد استقبل الأسبوع الماضي رئيس الوزراء الإيطالي ماتيو رينزي.",
     {{"met", "إيمانويل ماكرون", "ماتيو رينزي", "asserted", NULL, NULL, 0}}},
    {"a verb right after كما has the subject of the sentence's last event, not its speaker", "2017-04-08",
     "وقال الوزير فاضل عبد الكافي إن وفد صندوق النقد الدولي التقى برئيس الجمهورية الباجي قائد السبسي، كما سيلتقي رئيس الحكومة يوسف الشاهد.",
     {{"met", "وفد صندوق النقد الدولي", "يوسف الشاهد", "planned", NULL, NULL, 0},
      {"met", "فاضل عبد الكافي", "يوسف الشاهد", NULL, NULL, NULL, 1}}},
    {"a meeting during the latter's visit (أثناء زيارة الأخير) takes the visit's day, not an earlier clause's", "2017-09-01",
     "وتحدث المسؤول أمس عن مأدبة العشاء التي جمعت الرئيس الفرنسي إيمانويل ماكرون مع نظيره الأمريكي دونالد ترامب أثناء زيارة الأخير إلى باريس في 13 جويلية الماضي.",
     {{"met", "إيمانويل ماكرون", "دونالد ترامب", "asserted", "باريس", "2017-07-13", 0}}},
    {"a bare definite visit noun after a visit the sentence told is that visit, not one of the speaker", "2017-04-08",
     "وقال وزير المالية رضا شلغوم إن وفدا من البنك الأوروبي للاستثمار يؤدي زيارة إلى تونس، لدراسة الوضع الاقتصادي ليتم اثر الزيارة تحديد قيمة القرض المخصص لتونس.",
     {{"visited", "رضا شلغوم", NULL, NULL, NULL, NULL, 1}}},
    {"a meeting to come takes no past day from another clause", "2017-04-08",
     "وأوضح الوزير رضا شلغوم أن وزير الخارجية الألماني زيغمار غابرييل سيلتقي رئيس الحكومة يوسف الشاهد، مشيرا إلى أنه استقبل أمس الجمعة الوفد المرافق له.",
     {{"met", "زيغمار غابرييل", "يوسف الشاهد", "planned", NULL, NULL, 0},
      {"met", "زيغمار غابرييل", "يوسف الشاهد", NULL, NULL, "2017-04-07", 1}}},
    {"a visit noun with the feminine pronoun is no visit of a man named with a masculine counterpart word", "2017-04-27",
     "وقالت ميركل في كلمة لها أمام البرلمان، خلال جلسة عامة حضرها محمد الناصر، رئيس مجلس نواب الشعب الذي يؤدي حاليا زيارة عمل إلى برلين بدعوة من نظيره الألماني هانس كلاين، رئيس البرلمان: \"سوف نساند بلادكم\"، مذكرة من جهة أخرى بزيارتها إلى تونس في مارس الماضي.",
     {{"visited", "هانس كلاين", NULL, NULL, NULL, NULL, 1}}},
    {"a day before اثر is when it was said; the visit noun after it takes its own days", "2017-04-20",
     "وقال وزير الدفاع فرحات الحرشاني يوم الثلاثاء الفارط اثر زيارة أداها إلى الجزائر من 9 إلى 11 أفريل 2017، إن التنسيق الأمني متواصل.",
     {{"visited", "فرحات الحرشاني", NULL, "asserted", "الجزائر", "2017-04-09", 0}}},
    {"after أنه, and for a verb with و, the subject is the sentence's last event's, even one named by office only", "2017-06-10",
     "وسيجمع لقاء مرتقب في باريس الرئيس الفرنسي بالرئيس الأمريكي دونالد ترامب، كما أنه اتصل بالمستشارة الألمانية أنغيلا ميركل وتوجه إلى روما للقاء رئيس الوزراء الإيطالي باولو جنتيلوني.",
     {{"phoned", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, NULL, "روما", NULL, 0},
      {"met", "إيمانويل ماكرون", "باولو جنتيلوني", "planned", NULL, NULL, 0},
      {"met", "أنغيلا ميركل", "باولو جنتيلوني", NULL, NULL, NULL, 1}}},
    {"the one called (اتصل بـ X) is no subject of the purpose noun after the next verb", "2017-02-19",
     "وقال المتحدث إن الوزير خميس الجهيناوي اتصل بنظيره المصري سامح شكري وتحول إلى الجزائر للقاء الوزير عبد القادر مساهل.",
     {{"met", "سامح شكري", "عبد القادر مساهل", NULL, NULL, NULL, 1},
      {"met", "خميس الجهيناوي", "عبد القادر مساهل", "planned", NULL, NULL, 0}}},
    {"a bare title after someone's name in construct with a known person: the genitive is no party", "2017-04-03",
     "وقال البيت الأبيض إن ستيف بانون مستشار ترامب سيزور القاهرة الأسبوع المقبل.\n"
     "وأكد المتحدث أن مايك بنس نائب ترامب التقى أمس الرئيس المصري عبد الفتاح السيسي.",
     {{"visited", "ستيف بانون", NULL, "planned", "القاهرة", NULL, 0},
      {"met", "مايك بنس", "عبد الفتاح السيسي", "asserted", NULL, NULL, 0},
      {"entity", "دونالد ترامب", NULL, NULL, NULL, NULL, 1}}},
    {"after an invitation to people not named, the one the article spoke of invited and travels nowhere", "2016-09-21",
     "والتقت وزيرة السياحة سلمى اللومي أمس بوزير السياحة الإيطالي داريو فرانشيسكيني. كما وجهت الوزيرة دعوة للسياح الإيطاليين لزيارة تونس.",
     {{"met", "سلمى اللومي", "داريو فرانشيسكيني", "asserted", NULL, NULL, 0},
      {"visited", "سلمى اللومي", NULL, NULL, NULL, NULL, 1}}},
    {"an undated present tense visit is the trip the article announces for later this month", "2017-04-09",
     "وقال وزير التجارة البريطاني ليام فوكس إن زيارته إلى تونس الأسبوع المقبل تمثل فرصة للتعاون.\n"
     "وأكد فوكس أنه يزور تونس من منطلق الوعي بالفرص الهامة في قطاع المالية.",
     {{"visited", "ليام فوكس", NULL, "planned", "تونس", NULL, 0},
      {"visited", "ليام فوكس", NULL, "asserted", NULL, NULL, 1}}},
    {"a place after مع is a partner, no destination of a visit", "2017-05-05",
     "أدى وزير الدفاع فرحات الحرشاني زيارة تفقد إلى وحدات الجيش المرابطة في منطقة جبلية بالقرب من الحدود مع الجزائر.",
     {{"entity", "فرحات الحرشاني", NULL, NULL, NULL, NULL, 0},
      {"visited", "فرحات الحرشاني", NULL, NULL, "الجزائر", NULL, 1}}},
    {"after a visit noun, a preposition and a place are the visit's goal, not part of the traveller's title", "2017-02-09",
     "أبرز الأحداث\n"
     "زيارة رئيس الحكومة إلى الجزائر تنتهي بتوقيع 5 اتفاقيات محمد عبو يعلن عن تأسيس حزب جديد في تونس جندوبة: تعليق الدروس بسبب الأمطار.",
     {{"entity", "محمد عبو", NULL, NULL, NULL, NULL, 0},
      {"visited", "محمد عبو", NULL, NULL, NULL, NULL, 1}}},
    {"a traveller named by an office of no country holds none of the country he goes to", "2017-02-09",
     "أبرز الأحداث\n"
     "زيارة رئيس الحكومة إلى الجزائر تنتهي بتوقيع 5 اتفاقيات محمد عبو يعلن عن تأسيس حزب جديد في تونس جندوبة: تعليق الدروس بسبب الأمطار.",
     {{"visited", "يوسف الشاهد", NULL, "asserted", "الجزائر", NULL, 0},
      {"entity", "عبد المالك سلال", NULL, NULL, NULL, NULL, 1}}},
    {"a visit noun with له after it is the speaker's visit, as with أداها", "2016-02-09",
     "وأكد وزير الفلاحة سمير الطيب، على هامش زيارة ميدانية له اليوم إلى ولاية القيروان، أن الموسم واعد.",
     {{"visited", "سمير الطيب", NULL, "asserted", "القيروان", NULL, 0}}},
    {"talks someone conducted (أجراها) with others: his meetings with them", "2017-03-03",
     "وأشاد المتحدث بالمجهودات التي بذلها وزير الخارجية خميس الجهيناوي ومحادثاته التي أجراها مع نظيره الجزائري عبد القادر مساهل ومع رئيس المجلس الرئاسي الليبي فايز السراج.",
     {{"met", "خميس الجهيناوي", "عبد القادر مساهل", "asserted", NULL, NULL, 0},
      {"met", "خميس الجهيناوي", "فايز السراج", "asserted", NULL, NULL, 0}}},
    {"meetings the clause's subject will hold (سيجريها): not those of a body he takes part in", "2016-09-19",
     "وأكد رئيس الحكومة يوسف الشاهد أنه يتطلع من خلال مشاركته في أشغال الجمعية العامة للأمم المتحدة وعبر اللقاءات التي سيجريها مع وزير الخارجية الأمريكي جون كيري إلى دعم تونس.",
     {{"met", "يوسف الشاهد", "جون كيري", "planned", NULL, NULL, 0},
      {"met", "الجمعية العامة للأمم المتحدة", "جون كيري", NULL, NULL, NULL, 1}}},
    {"a joint press conference is a meeting of those who hold it", "2016-02-20",
     "وتم الإعلان عن الاتفاق أمس أثناء الندوة الصحفية المشتركة بين رئيس الحكومة الحبيب الصيد ورئيس الوزراء الإيطالي ماتيو رينزي.",
     {{"met", "الحبيب الصيد", "ماتيو رينزي", "asserted", NULL, NULL, 0}}},
    {"where someone came back from is no place of the meeting, nor a traveller's goal", "2017-02-24",
     "بعد عودته من الجزائر : رئيس الحكومة يستقبل حافظ قائد السبسي\n"
     "استقبل رئيس الحكومة يوسف الشاهد صباح اليوم المدير التنفيذي لحركة نداء تونس حافظ قائد السبسي.",
     {{"met", "يوسف الشاهد", "حافظ قائد السبسي", "asserted", NULL, NULL, 0},
      {"met", "يوسف الشاهد", "حافظ قائد السبسي", NULL, "الجزائر", NULL, 1}}},
    {"a place after خارج is where a visit does not go", "2017-05-20",
     "ووصل الرئيس الفرنسي إيمانويل ماكرون أمس إلى مالي، في أول زيارة له خارج القارة الأوروبية أوروبا منذ انتخابه.",
     {{"visited", "إيمانويل ماكرون", NULL, "asserted", "مالي", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, NULL, "أوروبا", NULL, 1}}},
    {"a verb with و takes the sentence's last event's subject, even one named by office only", "2017-06-10",
     "وسيجمع لقاء مرتقب في باريس الرئيس الفرنسي بالرئيس الأمريكي دونالد ترامب، والتقى أمس المستشارة الألمانية أنغيلا ميركل.",
     {{"met", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, "2017-06-09", 0}}},
    {"a known person after a spokesperson's باسم and his title is spoken for: his own office, no party", "2016-06-08",
     "وقال ديمتري بيسكوف المتحدث باسم الرئيس الروسي فلاديمير بوتين اليوم إن بلاده تنتظر نتائج المحادثات مع الاتحاد الأوروبي.\n"
     "وأكد الناطق الرسمي باسم رئيس مجلس النواب حسان الفطحلي أن الجلسة ستعقد غدا.",
     {{"role", "فلاديمير بوتين", "president@RU", NULL, NULL, NULL, 0},
      {"role", "فلاديمير بوتين", "spokesperson@RU", NULL, NULL, NULL, 1},
      {"met", "فلاديمير بوتين", "الاتحاد الأوروبي", NULL, NULL, NULL, 1},
      {"role", "حسان الفطحلي", "spokesperson", NULL, NULL, NULL, 0}}},
    {"a paper named after a city (القدس العربي) is no place", "2016-12-01",
     "وأدلى وزير الخارجية خميس الجهيناوي بتصريحات في القدس العربي عقب لقائه بالرئيس الفلسطيني محمود عباس.",
     {{"met", "خميس الجهيناوي", "محمود عباس", "asserted", NULL, NULL, 0},
      {"met", "خميس الجهيناوي", "محمود عباس", NULL, "القدس", NULL, 1}}},
    {"a longer title is another office: وزير التعليم العالي is not وزير التعليم", "2016-11-10",
     "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج وزير التعليم العالي والبحث العلمي.",
     {{"met", "الباجي قائد السبسي", "سليم خلبوس", "asserted", "قصر قرطاج", NULL, 0},
      {"entity", "ناجي جلول", NULL, NULL, NULL, NULL, 1}}},
    {"a named holder of the longer title holds that office", "2015-11-10",
     "وقال وزير التعليم العالي شهاب بودن اليوم إن الإصلاح متواصل.",
     {{"role", "شهاب بودن", "higher_education_minister@TN", NULL, NULL, NULL, 0},
      {"role", "شهاب بودن", "education_minister@TN", NULL, NULL, NULL, 1}}},
    {"an alias trigger is an adjective of the name right before it, not of another noun", "2016-12-04",
     "وأفاد الملازم أنيس الورغي مراسل الإذاعة بأن الشرطة حجزت 3 كغ من القنب الهندي المعروفة بـ \"الشيرة\".",
     {{"alias_of", "أنيس الورغي", NULL, NULL, NULL, NULL, 1},
      {"entity", "الشيرة", NULL, NULL, NULL, NULL, 1}}},
    {"what someone is known for is no alias; a kunya or a whole quoted name is", "2016-12-12",
     "توفي المدون المغربي، محمد الزياني، المعروف بانتقاده للحكومة، أمس.\n"
     "ونشرت القوة فيديو لعنصر يدعى \"محمد بن عمر الهادي\" المكنّى بـ\"أبو قتادة\".\n"
     "وأقيم عزاء للسفير الفلسطيني محمد الحمدي المعروف بـ \"صديق تونس\" أمس.",
     {{"alias_of", "محمد الزياني", NULL, NULL, NULL, NULL, 1},
      {"alias_of", "محمد بن عمر الهادي", NULL, "asserted", NULL, NULL, 0},
      {"entity", "أبو قتادة", NULL, NULL, NULL, NULL, 0},
      {"alias_of", "محمد الحمدي", NULL, NULL, NULL, NULL, 1}}},
    {"a known family name after another given name is a relative, not the one named before", "2017-03-27",
     "استقبل السفير عبد الكريم الصالحي اليوم وفدا لتعزيته بوفاة شقيقه منير الصالحي.\n"
     "والتقى رئيس الحكومة يوسف الشاهد منير الصالحي سنة 2015.",
     {{"met", "يوسف الشاهد", "عبد الكريم الصالحي", NULL, NULL, NULL, 1}}},
    {"a meeting noun in construct with كل من has its parties after it; who speaks of it is none", "2017-03-27",
     "وقال رئيس الحكومة يوسف الشاهد إن موعد الانتخابات سيعلن بعد لقاء كل من رئيس الجمهورية الباجي قائد السبسي ورئيس البرلمان محمد الناصر.",
     {{"met", "الباجي قائد السبسي", "محمد الناصر", "planned", NULL, NULL, 0},
      {"met", "يوسف الشاهد", "الباجي قائد السبسي", NULL, NULL, NULL, 1},
      {"met", "يوسف الشاهد", "محمد الناصر", NULL, NULL, NULL, 1}}},
    {"a country's مجلس الأمن القومي is not the UN Security Council", "2017-01-25",
     "ترأس رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج اجتماع مجلس الأمن القومي.\n"
     "ويجتمع مجلس الأمن الوطني مرة كل شهر بدعوة من رئيس الجمهورية الباجي قائد السبسي.",
     {{"entity", "مجلس الأمن", NULL, NULL, NULL, NULL, 1},
      {"entity", "الباجي قائد السبسي", NULL, NULL, NULL, NULL, 0}}},
    {"past a new purpose with و, a name or a place is that clause's, not a visit noun's", "2017-02-23",
     "وأكد مكتب السيناتور ليندسي غراهام أن عضو مجلس الشيوخ سافر إلى شمال العراق هذا الأسبوع لزيارة القوات الأمريكية المنتشرة هناك ولمناقشة حملة مكافحة داعش والعمليات الجارية لاستعادة السيطرة على مدينة الموصل.",
     {{"visited", "داعش", NULL, NULL, NULL, NULL, 1},
      {"visited", "ليندسي غراهام", NULL, NULL, "الموصل", NULL, 1}}},
    {"على هامش an indefinite visit going straight to its goal: the speaker's visit", "2016-05-14",
     "أفاد وزير الفلاحة سمير الطيب اليوم بأن الموسم واعد.\n"
     "وأضاف على هامش زيارة إلى ولاية باجة أمس أن الصابة ستتحسن.\n"
     "وقال وزير الصحة سعيد العايدي على هامش زيارة تفقدية إلى عدد من المستشفيات بولاية القيروان إن النقص كبير.",
     {{"visited", "سمير الطيب", NULL, "asserted", "باجة", "2016-05-13", 0},
      {"visited", "سعيد العايدي", NULL, "asserted", "القيروان", NULL, 0}}},
    {"a word written ي or ت then a hamza is a verb, no name after a title", "2016-05-19",
     "صفاقس : وزير التجارة يؤجل قرار الترفيع",
     {{"entity", "يؤجل", NULL, NULL, NULL, NULL, 1}}},
    {"تحول إلى a place: went there; a common noun after أن is the verb's own subject", "2016-04-15",
     "وكان وزير الفلاحة سعد الصديق قد تحول صباح أمس الخميس إلى الجزائر للمشاركة في اجتماع وزاري.\n"
     "وكشفت السيدة نادية الرياحي أن ابنتها قد تحولت إلى إيطاليا على نفقتها الخاصة.",
     {{"visited", "سعد الصديق", NULL, "asserted", "الجزائر", "2016-04-14", 0},
      {"visited", "نادية الرياحي", NULL, NULL, "إيطاليا", NULL, 1},
      {"visited", "سعد الصديق", NULL, NULL, "إيطاليا", NULL, 1}}},
    {"a visit noun right after a clause's own subject with the article is no visit of the speaker", "2016-06-10",
     "وأكد المدير العام للديوان الوطني للسياحة حبيب عمار أن الزائر الألماني يفضل زيارة جربة في فصل الربيع.\n"
     "وقال وزير السياحة إن الوفد الجزائري قرر زيارة طبرقة.\n"
     "وأكد حبيب عمار على هامش زيارة إلى توزر أن الموسم واعد.",
     {{"visited", "حبيب عمار", NULL, NULL, "جربة", NULL, 1},
      {"visited", "حبيب عمار", NULL, "asserted", "توزر", NULL, 0}}},
    {"an office with its complement opening the clause after أن is the verb's subject, not the speaker", "2016-05-20",
     "وأكد المدير الجهوي للتجهيز بالقيروان منير الخميري أن وزير التجهيز والإسكان زار يوم الأربعاء ولاية المنستير.\n"
     "ونقل الموقع عن أحد المقربين من الخميري قوله إن المهندس زار المهدية ثلاث مرات.",
     {{"visited", "منير الخميري", NULL, NULL, "المنستير", NULL, 1},
      {"visited", "منير الخميري", NULL, "asserted", "المهدية", NULL, 0}}},
    {"guests each named with a place of their own were met there one by one, not with each other", "2021-03-20",
     "وزار وزير الخارجية الفرنسي جان إيف لودريان الأسبوع الماضي مصر والأردن، حيث التقى الرئيس عبد الفتاح السيسي في القاهرة والملك عبد الله الثاني في عمّان.",
     {{"met", "جان إيف لودريان", "عبد الفتاح السيسي", "asserted", "القاهرة", NULL, 0},
      {"met", "جان إيف لودريان", "الملك عبد الله الثاني", "asserted", "عمّان", NULL, 0},
      {"met", "عبد الفتاح السيسي", "الملك عبد الله الثاني", NULL, NULL, NULL, 1},
      {"met", "جان إيف لودريان", "الملك عبد الله الثاني", NULL, "القاهرة", NULL, 1}}},
    {"a verb with و going on with its sentence's subject takes the coordinated ones after it as objects", "2021-05-20",
     "وكان وزير الخارجية التركي مولود تشاووش أوغلو قد زار بغداد في مارس الماضي، والتقى خلالها رئيس الوزراء مصطفى الكاظمي ووزير الخارجية فؤاد حسين.\n"
     "والتقى الرئيس ميشال عون ورئيس الحكومة سعد الحريري في قصر بعبدا.",
     {{"met", "مولود تشاووش أوغلو", "مصطفى الكاظمي", "asserted", "بغداد", NULL, 0},
      {"met", "مولود تشاووش أوغلو", "فؤاد حسين", "asserted", "بغداد", NULL, 0},
      {"met", "مصطفى الكاظمي", "فؤاد حسين", NULL, NULL, NULL, 1},
      {"met", "ميشال عون", "سعد الحريري", "asserted", "قصر بعبدا", NULL, 0}}},
    {"النائب الأول لـ an office is a deputy's title, its holder no party", "2018-03-12",
     "التقى الشيخ حمدان بن راشد آل مكتوم النائب الأول لرئيس مجلس الوزراء الإماراتي وزير المالية، في دبي، وزير التجارة البريطاني ليام فوكس.\n"
     "ومن المقرر أن يلتقي فوكس غدا الشيخ محمد بن راشد آل مكتوم.",
     {{"met", "حمدان بن راشد", "ليام فوكس", "asserted", "دبي", NULL, 0},
      {"met", "محمد بن راشد", "ليام فوكس", "asserted", NULL, NULL, 1},
      {"met", "حمدان بن راشد", "محمد بن راشد", NULL, NULL, NULL, 1}}},
    {"a meeting noun after إلى with an invitation before it is the meeting invited to, however far", "2019-05-02",
     "وجاء اللقاء في وقت تتعثر فيه مبادرة المبعوث الأممي غسان سلامة، إذ كان قد دعا في مارس الماضي القادة الثلاثة، أي فايز السراج وخليفة حفتر وعقيلة صالح، إلى اجتماع تشاوري لحل الخلافات، غير أن الاجتماع تأجل.",
     {{"met", "فايز السراج", "خليفة حفتر", "asserted", NULL, NULL, 1},
      {"met", "فايز السراج", "خليفة حفتر", "planned", NULL, NULL, 0}}},
    {"a verb right after a comma in a sentence that opened on its subject keeps him; the list after it is its objects", "2017-09-10",
     "وكان وزير الخارجية الروسي سيرغي لافروف قد أمضى يومين في القاهرة، التقى خلالهما الرئيس عبد الفتاح السيسي ووزير الخارجية سامح شكري، قبل أن يتوجه إلى الرياض.",
     {{"met", "سيرغي لافروف", "عبد الفتاح السيسي", "asserted", NULL, NULL, 0},
      {"met", "سيرغي لافروف", "سامح شكري", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "سامح شكري", NULL, NULL, NULL, 1},
      {"visited", "سيرغي لافروف", NULL, "asserted", "الرياض", NULL, 0}}},
    {"a body's name in quotes completes its head's title; after حيث the sentence's first person goes on", "2023-06-25",
     "وزار الموفد الفرنسي جان إيف لودريان بلدة بكركي حيث التقى رئيس التيار الوطني الحر جبران باسيل.\n"
     "وزار جان إيف لودريان معراب حيث التقى رئيس حزب \"القوات اللبنانية\" سمير جعجع.",
     {{"met", "جان إيف لودريان", "جبران باسيل", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "سمير جعجع", "asserted", NULL, NULL, 0}}},
    {"words of time, direction or a win, and a shrine named after someone, are no name", "2019-05-02",
     "وهنأ الرئيس الباجي قائد السبسي نظيره الفرنسي بعد فوز ماكرون بالرئاسة.\n"
     "وزار وزير الأوقاف السوري محمد عبد الستار السيد مقام السيدة زينب جنوبي دمشق.\n"
     "واستقبل الملك محمد السادس ولي العهد السعودي في الرباط أواخر أفريل.",
     {{"entity", "فوز ماكرون", NULL, NULL, NULL, NULL, 1},
      {"entity", "زينب جنوبي", NULL, NULL, NULL, NULL, 1},
      {"entity", "أواخر أفريل", NULL, NULL, NULL, NULL, 1},
      {"met", "الملك محمد السادس", "محمد بن سلمان", "asserted", "الرباط", NULL, 0}}},
    {"a road named after someone, and a participle behind ل, are no name", "2019-05-02",
     "وافتتح الوزير مستوصفا على طريق الملك فهد.\n"
     "ويأتي ذلك وسط الدعم الذي يقدمه رئيس الاتحاد الدولي لكرة القدم جياني إنفانتينو لمنافس حياتو.",
     {{"entity", "فهد", NULL, NULL, NULL, NULL, 1},
      {"entity", "جياني إنفانتينو لمنافس حياتو", NULL, NULL, NULL, NULL, 1},
      {"entity", "جياني إنفانتينو", NULL, NULL, NULL, NULL, 0}}},
    {"على أن and ثم open clauses: the one met before them is no subject after them", "2023-07-14",
     "وأعلنت الرئاسة الفرنسية أن الرئيس إيمانويل ماكرون سيتوجه غدا إلى الرياض للقاء ولي العهد السعودي الأمير محمد بن سلمان، على أن يزور بعدها قطر.\n"
     "ومن المنتظر أن يتوجه رئيس الوزراء الياباني فوميو كيشيدا الأحد إلى جدة حيث يلتقي ولي العهد السعودي الأمير محمد بن سلمان، ثم إلى الدوحة للقاء أمير قطر الشيخ تميم بن حمد آل ثاني.",
     {{"visited", "محمد بن سلمان", NULL, NULL, "قطر", NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "planned", "قطر", NULL, 0},
      {"met", "محمد بن سلمان", "تميم بن حمد آل ثاني", NULL, NULL, NULL, 1},
      {"met", "فوميو كيشيدا", "محمد بن سلمان", "planned", "جدة", NULL, 0}}},
    {"a dual title of no country names none of the article's holders of that office", "2022-02-10",
     "وكان وزير الخارجية الأمريكي أنتوني بلينكن قد رحب بالاتفاق.\n"
     "وأضاف البيان أن وزيري خارجية البلدين، سامح شكري وأيمن الصفدي، سيعقدان اجتماعا الأسبوع المقبل.",
     {{"met", "سامح شكري", "أيمن الصفدي", "planned", NULL, NULL, 0},
      {"met", "أنتوني بلينكن", "سامح شكري", NULL, NULL, NULL, 1},
      {"met", "أنتوني بلينكن", "أيمن الصفدي", NULL, NULL, NULL, 1}}},
    {"a call a refusal governs a few words back did not take place", "2018-02-10",
     "وذكرت الصحيفة أن الرئيس الفلسطيني محمود عباس رفض طلبا أميركيا لإجراء اتصال هاتفي مع الرئيس دونالد ترامب.\n"
     "ورفض عباس إجراء اتصال هاتفي مع نائب الرئيس الأمريكي.",
     {{"phoned", "محمود عباس", "دونالد ترامب", "negated", NULL, NULL, 0},
      {"phoned", "محمود عباس", "دونالد ترامب", "planned", NULL, NULL, 1},
      {"phoned", "محمود عباس", "مايك بنس", "asserted", NULL, NULL, 1}}},
    {"the إفعال of a hamza root after a given name is no family name", "2018-02-10",
     "ورفض عباس إجراء اتصال هاتفي مع الرئيس الأمريكي.",
     {{"entity", "عباس إجراء", NULL, NULL, NULL, NULL, 1}}},
    {"past a topic word, however far, a place is what was discussed, not the venue", "2021-05-20",
     "احتضنت مدينة العقبة اليوم قمة ثلاثية جمعت العاهل الأردني الملك عبد الله الثاني والرئيس المصري عبد الفتاح السيسي ورئيس الوزراء العراقي مصطفى الكاظمي، لبحث التطورات في المنطقة في ظل تصاعد التوتر في قطاع غزة.",
     {{"met", "الملك عبد الله الثاني", "عبد الفتاح السيسي", "asserted", "مدينة العقبة", NULL, 0},
      {"met", "الملك عبد الله الثاني", "عبد الفتاح السيسي", NULL, "قطاع غزة", NULL, 1}}},
    {"a headline's present with a word of later is the news, read against the body", "2022-02-15",
     "محمد بن سلمان يستقبل الرئيس الفرنسي في ختام جولته الخليجية\n"
     "استقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم في جدة الرئيس الفرنسي إيمانويل ماكرون.",
     {{"met", "محمد بن سلمان", "إيمانويل ماكرون", "planned", NULL, NULL, 1},
      {"met", "محمد بن سلمان", "إيمانويل ماكرون", "asserted", "جدة", NULL, 0}}},
    {"a noun with one person's pronoun is no meeting of several named before it", "2021-07-25",
     "ورافق ماكرون في رحلته التي استغرقت يومين وزير الخارجية جان إيف لودريان ووزيرة الجيوش فلورنس بارلي، وكان في استقباله المندوب السامي للجمهورية في الإقليم باتريس فوري.",
     {{"met", "جان إيف لودريان", "فلورنس بارلي", NULL, NULL, NULL, 1}}},
    {"a sentence opening on وكان X قد with X unknown goes on with X, not an earlier subject", "2023-10-20",
     "والتقى الرئيس الروسي فلاديمير بوتين أمس وزير الخارجية الصيني وانغ يي في موسكو.\n"
     "وكان كيم قد زار بكين في مارس الماضي، فيما استقبل في بيونغ يانغ الشهر الماضي وزير الدفاع الروسي سيرغي شويغو.",
     {{"met", "فلاديمير بوتين", "وانغ يي", "asserted", "موسكو", NULL, 0},
      {"visited", "فلاديمير بوتين", NULL, NULL, "بكين", NULL, 1},
      {"met", "فلاديمير بوتين", "سيرغي شويغو", NULL, NULL, NULL, 1}}},
    {"the one after من behind a common noun is its author, no side of the event before", "2023-03-12",
     "والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان أمس نظيره الإيراني حسين أمير عبد اللهيان في بكين.\n"
     "وأوضح البيان أن المحادثات جرت استجابة لمبادرة من الرئيس الفرنسي إيمانويل ماكرون.",
     {{"met", "فيصل بن فرحان", "حسين أمير عبد اللهيان", "asserted", NULL, NULL, 0},
      {"met", "فيصل بن فرحان", "إيمانويل ماكرون", NULL, NULL, NULL, 1}}},
    {"past بشأن one named without a side word is a topic; a place after a verb of hosting is the venue", "2021-06-01",
     "وكان المبعوث الأممي رمطان لعمامرة قد التقى عبد الفتاح البرهان الأسبوع الماضي لبحث الخلاف بشأن دمج قوات الدعم السريع في الجيش.\n"
     "واستضافت الرباط أمس اجتماعا ضم وزراء خارجية مصر والأردن والعراق، مهّد لقرار مجلس الجامعة العربية في القاهرة.",
     {{"met", "رمطان لعمامرة", "قوات الدعم السريع", NULL, NULL, NULL, 1},
      {"met", "سامح شكري", "أيمن الصفدي", "asserted", "الرباط", NULL, 0},
      {"met", "سامح شكري", "أيمن الصفدي", NULL, "القاهرة", NULL, 1}}},
    {"بحضور with no one named after it makes no one present; on the sidelines, bilaterals", "2022-07-16",
     "واستقبل الملك سلمان بن عبد العزيز الرئيس الأميركي جو بايدن في قصر السلام، قبل أن يعقد بايدن جلسة مباحثات مع ولي العهد الأمير محمد بن سلمان، بحضور عدد من الوزراء.\n"
     "وأشار المصدر إلى أن رئيس الوزراء العراقي مصطفى الكاظمي التقى على هامش القمة الرئيس المصري عبد الفتاح السيسي وأمير قطر الشيخ تميم بن حمد آل ثاني.",
     {{"attended", "محمد بن سلمان", "جو بايدن", NULL, NULL, NULL, 1},
      {"met", "مصطفى الكاظمي", "عبد الفتاح السيسي", "asserted", NULL, NULL, 0},
      {"met", "مصطفى الكاظمي", "تميم بن حمد آل ثاني", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "تميم بن حمد آل ثاني", NULL, NULL, NULL, 1}}},
    {"a meeting noun with its own verb of taking place, in the lead, is of the report's day", "2017-04-17",
     "انتهى منذ قليل الاجتماع الذي دار بين وزير الخارجية خميس الجهيناوي والسفير الفرنسي أوليفييه بوافر دارفور بحضور عدد من الإطارات.",
     {{"met", "خميس الجهيناوي", "بوافر دارفور", "asserted", NULL, "2017-04-17", 0}}},
    {"a meeting held after قبل أن a past event is as past as that event", "2019-01-28",
     "واستقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في قصر الاتحادية، قبل أن يعقد ماكرون جلسة مباحثات مع رئيس الوزراء مصطفى مدبولي.\n"
     "وسيستقبل الرئيس التونسي الباجي قائد السبسي الرئيس الفرنسي، قبل أن يعقد ماكرون جلسة عمل مع رئيس الحكومة يوسف الشاهد.",
     {{"met", "إيمانويل ماكرون", "مصطفى مدبولي", "asserted", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "يوسف الشاهد", "asserted", NULL, NULL, 1}}},
    {"a date منذ governs with words between is another event's, not the visit's", "2021-03-31",
     "أجرى رئيس الوزراء العراقي مصطفى الكاظمي مباحثات في الرياض مع ولي العهد السعودي الأمير محمد بن سلمان، في أول زيارة له إلى الخارج منذ توليه منصبه أواخر ماي الماضي.",
     {{"met", "مصطفى الكاظمي", "محمد بن سلمان", "asserted", NULL, "2020-05", 1}}},
    {"a deputy's chain of titles after the verb is an unnamed subject; an office before a body noun is no name", "2021-05-10",
     "واستقبل أمير منطقة مكة المكرمة الأمير خالد الفيصل في مكتبه بجدة اليوم وزير الخارجية الفرنسي جان إيف لودريان.\n"
     "ومن المقرر أن يزور سمو نائب أمير المنطقة محافظة الطائف الأسبوع المقبل.",
     {{"met", "خالد الفيصل", "جان إيف لودريان", "asserted", NULL, NULL, 0},
      {"visited", "خالد الفيصل", NULL, NULL, "الطائف", NULL, 1},
      {"entity", "أمير المنطقة", NULL, NULL, NULL, NULL, 1}}},
    {"سموه goes on with the one a sentence opened on even when it told no event; no title of the next", "2023-05-10",
     "استقبل صاحب السمو الملكي الأمير فيصل بن مشعل بن سعود أمير منطقة القصيم في مكتبه بالإمارة اليوم مدير جامعة القصيم.\n"
     "كما استقبل سموه وزير الشؤون البلدية والقروية ماجد الحقيل.\n"
     "وتلقى سموه اتصالا هاتفيا من وزير الداخلية الأمير عبدالعزيز بن سعود بن نايف.",
     {{"met", "فيصل بن مشعل بن سعود", "ماجد الحقيل", "asserted", NULL, NULL, 0},
      {"phoned", "فيصل بن مشعل بن سعود", "عبدالعزيز بن سعود بن نايف", "asserted", NULL, NULL, 0}}},
    {"a family name ending the full name of the one named before it is his, not another's", "2022-10-10",
     "وتلقى أمير الكويت الشيخ نواف الأحمد الجابر الصباح اتصالا هاتفيا من ملك الأردن.\n"
     "من جانب آخر، استقبل رئيس مجلس الوزراء الشيخ صباح الخالد الحمد الصباح في قصر بيان رئيس مجلس الأمة مرزوق الغانم.",
     {{"met", "صباح الخالد", "مرزوق الغانم", "asserted", NULL, NULL, 0},
      {"met", "صباح الخالد", "نواف الأحمد الجابر الصباح", NULL, NULL, NULL, 1}}},
    {"a one-word subject the engine cannot name right after the verb is no one named before", "2023-06-20",
     "والتقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس الصيني شي جين بينغ في بكين.\n"
     "وتناول تشانغ العشاء لاحقا مع رجال أعمال أميركيين، بينهم الرئيس التنفيذي لشركة تسلا إيلون ماسك.\n"
     "ومن المقرر أن يزور ميرزويان غدا الخميس أنقرة.",
     {{"met", "أنتوني بلينكن", "شي جين بينغ", "asserted", "بكين", NULL, 0},
      {"met", "أنتوني بلينكن", "إيلون ماسك", NULL, NULL, NULL, 1},
      {"visited", "أنتوني بلينكن", NULL, NULL, "أنقرة", NULL, 1}}},
    {"a meeting after a trip to a place the engine does not know takes no other place", "2023-09-12",
     "وكان الموفد الفرنسي جان إيف لودريان قد زار مساء الاثنين السراي الحكومي حيث التقى رئيس الحكومة نجيب ميقاتي، ثم توجه إلى المختارة حيث التقى الزعيم الدرزي وليد جنبلاط.",
     {{"met", "جان إيف لودريان", "نجيب ميقاتي", "asserted", "السراي الحكومي", NULL, 0},
      {"met", "جان إيف لودريان", "وليد جنبلاط", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "وليد جنبلاط", NULL, "السراي الحكومي", NULL, 1}}},
    {"لم before the verb of holding negates its meeting noun; those a host received met no one else", "2023-03-10",
     "في المقابل، لم يعقد المبعوث الأممي غسان سلامة حتى الآن أي لقاء مع قائد الجيش خليفة حفتر.\n"
     "واستقبل الرئيس عبد المجيد تبون اليوم بمقر رئاسة الجمهورية وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي أنتوني بلينكن.",
     {{"met", "غسان سلامة", "خليفة حفتر", "asserted", NULL, NULL, 1},
      {"met", "غسان سلامة", "خليفة حفتر", "negated", NULL, NULL, 0},
      {"met", "عبد المجيد تبون", "أنتوني بلينكن", "asserted", NULL, NULL, 0},
      {"met", "سيرغي لافروف", "أنتوني بلينكن", NULL, NULL, NULL, 1}}},
    {"an office heading an alliance is that alliance's, no head of state", "2023-04-04",
     "وقال رئيس الجمهورية عبد اللطيف جمال رشيد إن الحوار مستمر.\n"
     "والتقى رئيس الوزراء العراقي محمد شياع السوداني في بغداد رئيس تحالف الفتح هادي العامري.",
     {{"met", "محمد شياع السوداني", "هادي العامري", "asserted", NULL, NULL, 0},
      {"met", "محمد شياع السوداني", "عبد اللطيف جمال رشيد", NULL, NULL, NULL, 1}}},
    {"a body in construct with a common noun is no party; a title heading a body after the verb is its unnamed subject", "2017-03-10",
     "ترأس رئيس الحكومة يوسف الشاهد اجتماعا وزاريا لبحث الاستعدادات لاحتضان مؤتمر الاتحاد الأفريقي للاستثمار.\n"
     "ووصل قائد قوات الدعم السريع إلى أديس أبابا.",
     {{"met", "يوسف الشاهد", "الاتحاد الأفريقي", NULL, NULL, NULL, 1},
      {"visited", "يوسف الشاهد", NULL, NULL, "أديس أبابا", NULL, 1}}},
    {"a verb with و going on with a sentence that opened on its subject takes the list after it as objects", "2017-03-10",
     "وترأس الرئيس الباجي قائد السبسي اليوم اجتماع مجلس الأمن القومي، ويلتقي بعد ذلك رئيس الحكومة يوسف الشاهد ورئيس البرلمان محمد الناصر.",
     {{"met", "الباجي قائد السبسي", "يوسف الشاهد", NULL, NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", "محمد الناصر", NULL, NULL, NULL, 0}}},
    {"a visit noun with its pronoun takes no traveller after it; أنه's traveller is no woman named before", "2023-01-23",
     "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى الجزائر في زيارة رسمية.\n"
     "وكان في استقبال ضيف الجزائر لدى وصوله إلى مطار هواري بومدين الدولي الرئيس عبد المجيد تبون.\n"
     "وأكد ماكرون أن البلدين تربطهما علاقات متميزة مع رئيسة الوزراء الإيطالية جورجيا ميلوني، مشيرا إلى أنه سيقوم بزيارة إلى روما قريبا.",
     {{"visited", "عبد المجيد تبون", NULL, NULL, NULL, NULL, 1},
      {"visited", "جورجيا ميلوني", NULL, NULL, "روما", NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "planned", "روما", NULL, 0}}},
    {"a holiday, a broken plural مفاعيل and a headline's past verb are no names", "2023-01-23",
     "وبعث أمير قطر الشيخ تميم بن حمد آل ثاني برقية تهنئة إلى الملك فيليب السادس ملك إسبانيا بمناسبة العيد الوطني لبلاده.\n"
     "كما ترأس وزير الفلاحة مراسيم التوقيع على عدد من الاتفاقيات.\n"
     "الرئيس عون عرض مع ميقاتي التحضيرات للانتخابات واستقبل وزير الخارجية عبد الله بو حبيب",
     {{"entity", "العيد الوطني", NULL, NULL, NULL, NULL, 1},
      {"entity", "مراسيم التوقيع", NULL, NULL, NULL, NULL, 1},
      {"entity", "عون عرض", NULL, NULL, NULL, NULL, 1}}},
    {"the host's compatriots named after a bare verb meet him, not each other", "2023-04-04",
     "ومن المنتظر أن يلتقي رئيس الوزراء العراقي محمد شياع السوداني مساء اليوم رئيس تحالف الفتح هادي العامري ورئيس تيار الحكمة الوطني عمار الحكيم.",
     {{"met", "محمد شياع السوداني", "هادي العامري", "planned", NULL, NULL, 0},
      {"met", "محمد شياع السوداني", "عمار الحكيم", "planned", NULL, NULL, 0},
      {"met", "هادي العامري", "عمار الحكيم", NULL, NULL, NULL, 1}}},
    {"two titles joined by و before one name set off by commas are that one's", "2023-05-10",
     "التقى المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن ورئيس البعثة الأممية، هانس غروندبرغ، اليوم في الرياض رئيس مجلس القيادة الرئاسي رشاد العليمي.",
     {{"met", "هانس غروندبرغ", "رشاد العليمي", "asserted", "الرياض", NULL, 0}}},
    {"a meeting one is to take part in is as much to come as the taking part", "2024-01-24",
     "ومن المقرر أن يشارك رئيس المخابرات المصرية عباس كامل في اجتماع يضم مدير وكالة المخابرات المركزية الأمريكية ويليام بيرنز ورئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني.",
     {{"met", "ويليام بيرنز", "محمد بن عبد الرحمن آل ثاني", "asserted", NULL, NULL, 1},
      {"met", "ويليام بيرنز", "محمد بن عبد الرحمن آل ثاني", "planned", NULL, NULL, 0}}},
    {"clauses going on with a sentence whose subject is a title keep it, not the one named last", "2020-10-03",
     "وكان وزير الخارجية المصري قد وصل إلى الخرطوم صباح اليوم، حيث التقى رئيس مجلس السيادة عبد الفتاح البرهان، ونقل إليه تحيات الرئيس عبد الفتاح السيسي، كما عقد لقاء مع رئيس الوزراء عبد الله حمدوك.",
     {{"met", "سامح شكري", "عبد الفتاح البرهان", "asserted", NULL, NULL, 0},
      {"met", "سامح شكري", "عبد الله حمدوك", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "عبد الله حمدوك", NULL, NULL, NULL, 1}}},
    {"معاون heads a title: the deputy holds no minister's office", "2023-02-15",
     "وحضر اللقاء معاون وزير الخارجية السوري أيمن سوسان.\n"
     "ووقع الاتفاقية كل من المدير العام لبنك الأمان، أحمد كرم، ووزير المالية.",
     {{"role", "أيمن سوسان", "معاون وزير الخارجية السوري", NULL, NULL, NULL, 0},
      {"entity", "أحمد كرم", NULL, NULL, NULL, NULL, 0}}},
    {"a broken plural heading a title names none of the article's holders", "2021-11-10",
     "واستقبل الرئيس الأمريكي جو بايدن في البيت الأبيض أمس وزير الخارجية المصري سامح شكري بحضور وزير الخارجية أنتوني بلينكن.\n"
     "كما يلتقي وزراء الخارجية مجددا في واشنطن الشهر المقبل.",
     {{"met", "جو بايدن", "سامح شكري", "asserted", NULL, NULL, 0},
      {"met", "جو بايدن", "سامح شكري", "planned", NULL, NULL, 1}}},
    {"those present at a meeting their own sentence holds are not the last meeting's; no body is present", "2019-11-07",
     "استقبل الرئيس الأمريكي دونالد ترامب أمس في البيت الأبيض وزير الخارجية المصري سامح شكري.\n"
     "وحضر اللقاء وزير الخزانة ستيفن منوشين بمشاركة البنك الدولي.\n"
     "ومن المقرر أن يعقد الاجتماع الفني الأول في القاهرة الأسبوع المقبل، بمشاركة وزير الري المصري محمد عبد العاطي.",
     {{"attended", "ستيفن منوشين", "دونالد ترامب", "asserted", NULL, NULL, 0},
      {"attended", "البنك الدولي", "دونالد ترامب", NULL, NULL, NULL, 1},
      {"attended", "محمد عبد العاطي", "دونالد ترامب", NULL, NULL, NULL, 1}}},
    {"guests' own places need a preposition; a war on a place is no goal; a government's owner is no party", "2024-03-21",
     "وعقد وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة اجتماعا مع وزراء خارجية مصر سامح شكري والسعودية الأمير فيصل بن فرحان.\n"
     "ويزور بلينكن المنطقة في رابع جولة له منذ بدء الحرب على غزة.\n"
     "ولم يلتق بلينكن خلال جولته أيا من المسؤولين الإسرائيليين المعارضين لحكومة نتانياهو.",
     {{"met", "أنتوني بلينكن", "سامح شكري", "asserted", "القاهرة", NULL, 0},
      {"met", "أنتوني بلينكن", "فيصل بن فرحان", "asserted", "القاهرة", NULL, 0},
      {"visited", "أنتوني بلينكن", NULL, NULL, "قطاع غزة", NULL, 1},
      {"met", "أنتوني بلينكن", "بنيامين نتنياهو", NULL, NULL, NULL, 1}}},
    {"a denial reaches a meeting noun its gathering verb describes; a benediction is no name", "2023-07-04",
     "ونفى مصدر دبلوماسي مصري ما تداولته بعض المواقع الإخبارية عن لقاء مرتقب يجمع وزير الخارجية سامح شكري بنظيره الإثيوبي دمقي مكونن في أديس أبابا.\n"
     "كما استقبل سموه حفظه الله رئيس مجلس الأمة أحمد عبدالعزيز السعدون.",
     {{"met", "سامح شكري", "دمقي مكونن", "negated", NULL, NULL, 0},
      {"met", "سامح شكري", "دمقي مكونن", "planned", NULL, NULL, 1},
      {"entity", "حفظه الله", NULL, NULL, NULL, NULL, 1}}},
    {"an office before a delegation noun heads that delegation: no head of state", "2021-11-10",
     "استقبل رئيس الجمهورية عبد المجيد تبون اليوم بمقر الرئاسة السفير الفرنسي.\n"
     "وكان وزير الخارجية رمطان لعمامرة قد زار باماكو الأسبوع الماضي، حيث التقى رئيس وفد الحركات الأزوادية بلال آغ الشريف.",
     {{"met", "رمطان لعمامرة", "بلال آغ الشريف", "asserted", NULL, NULL, 0},
      {"met", "عبد المجيد تبون", "بلال آغ الشريف", NULL, NULL, NULL, 1}}},
    {"a meeting with the article and an adjective of its own, attended, is no meeting told before", "2023-06-07",
     "استقبل ولي العهد الأمير محمد بن سلمان في قصر السلام بجدة اليوم وزير الخارجية الأمريكي أنتوني بلينكن.\n"
     "ومن المقرر أن يشارك وزير الخارجية الأمريكي غدا في الرياض في الاجتماع الوزاري المشترك بين دول مجلس التعاون والولايات المتحدة.",
     {{"met", "محمد بن سلمان", "أنتوني بلينكن", "asserted", NULL, NULL, 0},
      {"attended", "أنتوني بلينكن", "محمد بن سلمان", NULL, NULL, NULL, 1}}},
    {"a meeting at a visit's end takes the place and day of the visit told last before it", "2016-08-26",
     "البطل العالمي محمد الغربي يصل إلى تونس\n"
     "وصل البطل العالمي في الملاكمة محمد الغربي اليوم إلى مطار تونس قرطاج الدولي بعد فوزه بالميدالية الذهبية.\n"
     "وكان في استقباله وزير الشباب والرياضة ماهر بن ضياء.",
     {{"met", "محمد الغربي", "ماهر بن ضياء", "asserted", "مطار تونس قرطاج", "2016-08-26", 0}}},
    {"a verb's dropped subject is whom the sentence before opened on, when it told no event", "2017-01-23",
     "وقال الرئيس الأمريكي دونالد ترامب إن العلاقات مع الجيران جيدة.\n"
     "كما اتصل برئيس الوزراء الكندي وتحدث معه حول التجارة.",
     {{"phoned", "دونالد ترامب", "جاستن ترودو", "asserted", NULL, NULL, 0}}},
    {"those a direction word introduces before a meeting marked with مع are recipients, no party", "2017-03-27",
     "وأضاف أنه تم عرض الوثيقة اليوم على رئيس الحكومة يوسف الشاهد ورئيس البرلمان محمد الناصر في انتظار عقد لقاء نهاية الأسبوع مع رئيس الجمهورية الباجي قائد السبسي.",
     {{"met", "يوسف الشاهد", "الباجي قائد السبسي", NULL, NULL, NULL, 1},
      {"met", "محمد الناصر", "الباجي قائد السبسي", NULL, NULL, NULL, 1}}},
    {"an office in construct with a body written with the article is the body's, not the country's", "2017-03-05",
     "والتقى وزير التجارة زياد العذاري أمس مع نائب رئيس الاتحاد التونسي للفلاحة ورئيس الجامعة الوطنية للحبوب عمر الباهي.\n"
     "وقال نائب رئيس الحركة علي العريض إن الحزب متماسك.\n"
     "وقال رئيس النادي دورسون اوزبيك إن القرار نهائي.",
     {{"entity", "نائب رئيس الاتحاد", NULL, NULL, NULL, NULL, 1},
      {"role", "علي العريض", "vice_president@TN", NULL, NULL, NULL, 1},
      {"role", "علي العريض", "نائب رئيس الحركة", NULL, NULL, NULL, 0},
      {"role", "دورسون اوزبيك", "رئيس النادي", NULL, NULL, NULL, 0}}},
    {"a deputy secretary general (الأمين العام المساعد) is no party leader", "2017-02-25",
     "وقال الأمين العام المساعد للاتحاد العام التونسي للشغل نبيل الهواشي إن المفاوضات متواصلة.",
     {{"role", "نبيل الهواشي", "deputy_secretary_general@TN", NULL, NULL, NULL, 0},
      {"role", "نبيل الهواشي", "party_leader@TN", NULL, NULL, NULL, 1}}},
    {"a known person written with ل right after a title is whom it serves, not its holder", "2017-02-01",
     "وذلك بعد ساعات من قول ستيفن ميلر المستشار السياسي لترامب لصحيفة نيويورك تايمز إن الاتفاق انتهى.",
     {{"role", "دونالد ترامب", "المستشار السياسي", NULL, NULL, NULL, 1},
      {"entity", "دونالد ترامب", NULL, NULL, NULL, NULL, 0}}},
    {"an honorific or rank right before the name is the man's, not a word of his office", "2017-01-17",
     "وقال المدير الجهوي للحماية المدنية بصفاقس العقيد منير الطرابلسي إن الوضع تحت السيطرة.\n"
     "وأكد قائد الفريق أكرم الماجري أن اللاعبين جاهزون.",
     {{"role", "منير الطرابلسي", "المدير الجهوي للحماية المدنية بصفاقس", NULL, NULL, NULL, 0},
      {"role", "أكرم الماجري", "قائد الفريق", NULL, NULL, NULL, 0}}},
    {"a day and month with no year, in a sentence of verbal nouns and present verbs, is the nearest", "2017-02-10",
     "يؤدي وزير الخارجية اليمني عبد الملك المخلافي زيارة رسمية إلى تونس يوم 12 فيفري.",
     {{"visited", "عبد الملك المخلافي", NULL, "planned", "تونس", "2017-02-12", 0},
      {"visited", "عبد الملك المخلافي", NULL, NULL, "تونس", "2016-02-12", 1}}},
    {"after عبد a title is the second half of a given name (عبد الملك), no king", "2017-01-06",
     "وقال وزير الخارجية اليمني عبد الملك عبد الجليل المخلافي إن المفاوضات متوقفة.\n"
     "وأكد عبد الأمير الزيدي أن الوضع مستقر.",
     {{"entity", "عبد الملك عبد الجليل المخلافي", NULL, NULL, NULL, NULL, 0},
      {"role", "عبد الملك عبد الجليل المخلافي", "foreign_minister@YE", NULL, NULL, NULL, 0},
      {"entity", "عبد الأمير الزيدي", NULL, NULL, NULL, NULL, 0}}},
    {"a visit noun's genitive past an adjective of plan is its traveller, not the one named before", "2017-06-10",
     "وأكد الوزير أن المستشار النمساوي كريستيان كيرن رفع القيود عن السفر الى تونس قبل الزيارة المرتقبة لوزير الخارجية الإيطالي أنجلينو ألفانو الى تونس.",
     {{"visited", "أنجلينو ألفانو", NULL, "planned", "تونس", NULL, 0},
      {"visited", "كريستيان كيرن", NULL, NULL, "تونس", NULL, 1}}},
    {"a given name right after a place that opens its clause is the place's verb", "2017-02-23",
     "وأعلن الوزير أن ألمانيا رفعت القيود على السفر الى تونس.",
     {{"entity", "رفعت", NULL, NULL, NULL, NULL, 1}}},
    {"the day of the saying before بأن is not the day of the meeting it reports", "2017-02-10",
     "وأفادت وزارة الخارجية في بلاغ أصدرته اليوم الجمعة، بأن وزير الخارجية الأردني أيمن الصفدي سيعقد خلال زيارته جلسة عمل مع نظيره خميس الجهيناوي.",
     {{"met", "أيمن الصفدي", "خميس الجهيناوي", "planned", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "خميس الجهيناوي", "planned", NULL, "2017-02-10", 1}}},
    {"a meeting noun in what a speech says after إن takes neither the speech's day nor the report's", "2017-05-10",
     "قال الرئيس الفرنسي فرانسوا هولاند في خطاب اليوم الأربعاء 10 ماي 2017 إن لقاءه الشهير بالمستشارة الألمانية أنغيلا ميركل في برلين كان يهدف إلى تجاوز الخلافات.",
     {{"met", "فرانسوا هولاند", "أنغيلا ميركل", "asserted", "برلين", NULL, 0},
      {"met", "فرانسوا هولاند", "أنغيلا ميركل", "asserted", NULL, "2017-05-10", 1}}},
    {"no day before عقب is the day of the meeting after it", "2017-05-10",
     "وكان البرلمان قد أسقط عضوية النائب توفيق الشريف في مارس 2016 عقب لقائه بوزير الخارجية الإسرائيلي أفيغدور ليبرمان في القاهرة.",
     {{"met", "توفيق الشريف", "أفيغدور ليبرمان", "asserted", "القاهرة", NULL, 0},
      {"met", "توفيق الشريف", "أفيغدور ليبرمان", "asserted", NULL, "2016-03", 1}}},
    {"a meeting noun after خلال in what is said is no meeting the statement followed", "2016-12-26",
     "وأضاف سليم الرياحي خلال استضافته اليوم في برنامج إذاعي أنه تم الاتفاق خلال اللقاء بين نبيه بري وسعد الحريري على فتح باب الحوار.",
     {{"met", "نبيه بري", "سعد الحريري", "asserted", NULL, NULL, 0},
      {"met", "نبيه بري", "سعد الحريري", "asserted", NULL, "2016-12-26", 1}}},
    {"لكنها opens another clause: a place past it is no destination of the visit before it", "2017-02-20",
     "يصل المغني الكولومبي خوان فالديز يوم غد الثلاثاء الى العاصمة المصرية القاهرة، في زيارة كانت مقررة الأسبوع الماضي لكنها أرجئت إثر هزيمة ناديه برشلونة أمام باريس.",
     {{"visited", "خوان فالديز", NULL, "planned", "القاهرة", NULL, 0},
      {"visited", "خوان فالديز", NULL, NULL, "برشلونة", NULL, 1}}},
    {"a known name that holds a place word (دارفور) is one person, and no visit to the place", "2017-01-22",
     "زار السفير الفرنسي أوليفيي بوافر دارفور البيت الذي ولد فيه الزعيم النقابي فرحات حشاد في قرقنة.",
     {{"entity", "أوليفيي بوافر دارفور", NULL, NULL, NULL, NULL, 0},
      {"visited", "أوليفيي بوافر دارفور", NULL, NULL, "دارفور", NULL, 1}}},
    {"a verb for a woman or a thing with no one named travels no man, only a woman a title named", "2016-10-05",
     "وقال مراسل الإذاعة في غزة سامر الحلبي إن جميع الناشطات على متن السفينة بخير، متوقعا أن تصل خلال 10 ساعات إلى غزة.\n"
     "وأكدت وزيرة السياحة سلمى اللومي أنها وصلت صباح اليوم إلى جربة.",
     {{"visited", "سامر الحلبي", NULL, NULL, "غزة", NULL, 1},
      {"visited", "سلمى اللومي", NULL, "asserted", "جربة", NULL, 0}}},
    {"Tunisian venues by their other names: قصر الضيافة بقرطاج, مقر مجلس نواب الشعب", "2017-01-03",
     "قال رئيس الغرفة عبد الرحمن بوخاطر عقب لقائه مساء اليوم بقصر الضيافة بقرطاج برئيس الحكومة يوسف الشاهد إن الحوار متواصل.\n"
     "وأكد رئيس البرلمان التركي إسماعيل قهرمان أن العلاقات متينة.\n"
     "جاء ذلك خلال تصريحات إعلامية عقب لقاء جمع قهرمان، بمحمد الناصر، اليوم، بمقر مجلس نواب الشعب.",
     {{"met", "عبد الرحمن بوخاطر", "يوسف الشاهد", "asserted", "قصر الضيافة بقرطاج", NULL, 0},
      {"met", "إسماعيل قهرمان", "محمد الناصر", "asserted", "مقر مجلس نواب الشعب", NULL, 0}}},
    {"a press conference with someone named right after مع: they met; with those who came along, no one", "2024-05-10",
     "وقال وزير الخارجية الكويتي عبدالله اليحيا في مؤتمر صحفي مع نظيره البريطاني ديفيد لامي إن العلاقات متينة.\n"
     "وأعلن رئيس الهيئة سامي الفقيه خلال ندوة صحفية عن استقالته من الهيئة، رفقة العضوين مراد بن سالم ونادية الزين.",
     {{"met", "عبدالله اليحيا", "ديفيد لامي", "asserted", NULL, NULL, 0},
      {"met", "سامي الفقيه", "نادية الزين", NULL, NULL, NULL, 1}}},
    {"a participle's plural after a name chain is the verb's object: the one named is its subject", "2024-07-05",
     "استقبل أمير منطقة الحدود الشمالية الأمير فيصل بن خالد بن سلطان في مكتبه اليوم مدير فرع الوزارة المهندس خالد بن سعد الشمري.\n"
     "كما استقبل سمو نائب أمير منطقة عسير الأمير منصور بن بندر بن سعود المواطنين في مجلسه الأسبوعي.\n"
     "وأعرب الأمين العام للمنظمة يوسف بن أحمد العثيمين عن شكره.",
     {{"met", "فيصل بن خالد بن سلطان", "خالد بن سعد الشمري", "asserted", NULL, NULL, 0},
      {"entity", "منصور بن بندر بن سعود", NULL, NULL, NULL, NULL, 0},
      {"met", "فيصل بن خالد بن سلطان", "منصور بن بندر بن سعود", NULL, NULL, NULL, 1},
      {"entity", "يوسف بن أحمد العثيمين", NULL, NULL, NULL, NULL, 0}}},
    {"attending a ceremony a new noun names is attending no meeting told before", "2024-11-10",
     "واستقبل وزير الخارجية الإماراتي عبدالله بن زايد اليوم في أبوظبي وزير الخارجية الهندي سوبرامانيام جايشانكار.\n"
     "وشارك وزير الدفاع الكويتي فهد اليوسف في حضور حفل تخريج دفعة من ضباط الحرس الوطني.",
     {{"met", "عبدالله بن زايد", "سوبرامانيام جايشانكار", "asserted", NULL, NULL, 0},
      {"attended", "فهد اليوسف", "عبدالله بن زايد", NULL, NULL, NULL, 1}}},
    {"a venue in construct with a title, a name after it: the title's holder (رئيس الديوان الملكي الهاشمي X)", "2025-01-12",
     "استقبل الملك عبدالله الثاني في قصر الحسينية اليوم رئيس المجلس الأوروبي أنطونيو كوستا.\n"
     "وحضر اللقاء رئيس الديوان الملكي الهاشمي سمير الحديدي.",
     {{"met", "الملك عبد الله الثاني", "أنطونيو كوستا", "asserted", "قصر الحسينية", NULL, 0},
      {"attended", "سمير الحديدي", "الملك عبد الله الثاني", "asserted", NULL, NULL, 0}}},
    {"حضره is the verb of attending with its pronoun, no honorific حضرة", "2025-01-12",
     "استقبل الملك عبدالله الثاني في قصر الحسينية اليوم رئيس المجلس الأوروبي أنطونيو كوستا.\n"
     "وأكد جلالته، خلال اللقاء الذي حضره وزير الخارجية أيمن الصفدي، ضرورة وقف الحرب.",
     {{"attended", "أيمن الصفدي", "الملك عبد الله الثاني", "asserted", NULL, NULL, 0}}},
    {"a meeting asked for (طلب X عقد لقاء) or on a condition (إذا التقى) is not held", "2025-03-01",
     "وطلب الرئيس الفرنسي إيمانويل ماكرون عقد لقاء مع الرئيس الأمريكي دونالد ترامب.\n"
     "وإذا التقى ترامب الرئيس الروسي فلاديمير بوتين فإن ذلك سيكون أول لقاء بينهما منذ 2019.",
     {{"met", "إيمانويل ماكرون", "دونالد ترامب", "planned", NULL, NULL, 0},
      {"met", "دونالد ترامب", "فلاديمير بوتين", "planned", NULL, NULL, 0},
      {"met", "دونالد ترامب", "فلاديمير بوتين", "asserted", NULL, NULL, 1},
      {"met", "دونالد ترامب", "فلاديمير بوتين", NULL, NULL, "2019", 1}}},
    {"a condition reaches the trigger right after it only; منذ dates the start of what goes on", "2017-04-21",
     "قال رئيس الحزب سليم الرياحي إن المرزوقي طلب منه مساندته.\n"
     "وكشف ان المرزوقي نبه من ثورة ثانية في حال فشله، في لقاء جمعه بالرئيس منصف المرزوقي بقصر قرطاج.\n"
     "ويؤدي رئيس الحكومة يوسف الشاهد منذ أمس الخميس زيارة إلى صفاقس تستغرق يومين.",
     {{"met", "سليم الرياحي", "منصف المرزوقي", "asserted", NULL, NULL, 0},
      {"visited", "يوسف الشاهد", NULL, "asserted", "صفاقس", "2017-04-20", 0}}},
    {"a name right after a noun of what is named after someone is the place's (جامعة طيبة), the holder after", "2024-10-10",
     "استقبل الأمير فيصل بن سلمان أمير منطقة المدينة المنورة في مكتبه اليوم رئيس جامعة طيبة الدكتور عبدالعزيز السراني.",
     {{"met", "فيصل بن سلمان", "عبدالعزيز السراني", "asserted", NULL, NULL, 0},
      {"entity", "طيبة", NULL, NULL, NULL, NULL, 1},
      {"role", "عبدالعزيز السراني", "رئيس جامعة طيبة", NULL, NULL, NULL, 0}}},
    {"حل X ضيفا على نظيره Y: Y hosted and met X, and visited nothing", "2024-12-08",
     "وحل وزير الخارجية الموريتاني محمد سالم ولد مرزوك ضيفا على نظيره المغربي ناصر بوريطة بالرباط.",
     {{"met", "ناصر بوريطة", "محمد سالم ولد مرزوك", "asserted", "الرباط", NULL, 0},
      {"visited", "محمد سالم ولد مرزوك", NULL, "asserted", "الرباط", NULL, 0},
      {"visited", "ناصر بوريطة", NULL, NULL, "الرباط", NULL, 1},
      {"entity", "محمد سالم ولد مرزوك ضيفا", NULL, NULL, NULL, NULL, 1}}},
    {"those present were where the meeting was, not in a place its clause names as a topic", "2025-03-10",
     "وبحث أمير قطر تميم بن حمد مع رئيس الوزراء اللبناني نواف سلام سبل دعم لبنان، بحضور رئيس مجلس الوزراء القطري محمد بن عبدالرحمن آل ثاني.",
     {{"attended", "محمد بن عبد الرحمن آل ثاني", "تميم بن حمد", "asserted", NULL, NULL, 0},
      {"attended", "محمد بن عبد الرحمن آل ثاني", "تميم بن حمد", NULL, "لبنان", NULL, 1}}},
    {"a plural of فاعلين after a name chain is no family name (الفائزين)", "2025-03-10",
     "وهنأ سمو أمير منطقة عسير الأمير تركي بن طلال الفائزين بجائزة أبها.",
     {{"entity", "تركي بن طلال", NULL, NULL, NULL, NULL, 0},
      {"entity", "تركي بن طلال الفائزين", NULL, NULL, NULL, NULL, 1}}},
    {"an alias's family name the lexicon knows as someone's stays part of the alias", "2025-01-01",
     "استقبل رئيس الجمهورية أحمد الشرع اليوم وزير الخارجية التركي هاكان فيدان.\n"
     "وكان الشرع، المعروف سابقا بأبي محمد الجولاني، قد التقى المبعوث الأممي غير بيدرسون.",
     {{"alias_of", "أحمد الشرع", NULL, "asserted", NULL, NULL, 0},
      {"entity", "أبي محمد الجولاني", NULL, NULL, NULL, NULL, 0},
      {"met", "أحمد الشرع", "غير بيدرسون", "asserted", NULL, NULL, 0}}},
    {"an attendance told on in the next sentence is of the same meeting; an honorific opens no title", "2024-03-11",
     "استقبل ولي العهد الأمير محمد بن سلمان، في قصر السلام بجدة اليوم، معالي وزير الخارجية الأمريكي أنتوني بلينكن.\n"
     "حضر الاستقبال وزير الخارجية الأمير فيصل بن فرحان، وسفيرة المملكة لدى الولايات المتحدة الأمريكية الأميرة ريما بنت بندر.\n"
     "فيما حضر من الجانب الأمريكي المبعوث الخاص للشرق الأوسط بريت ماكغورك.\n"
     "ويلتقي الوزير الأمريكي خلال الجولة أمير دولة قطر الشيخ تميم بن حمد آل ثاني.",
     {{"attended", "فيصل بن فرحان", "محمد بن سلمان", "asserted", "قصر السلام", NULL, 0},
      {"attended", "بريت ماكغورك", "محمد بن سلمان", "asserted", "قصر السلام", NULL, 0},
      {"met", "أنتوني بلينكن", "تميم بن حمد", "planned", NULL, NULL, 0}}},
    {"an honorific before an office names its holder, and no one-word name after it (السيد الرئيس رحب)", "2025-02-19",
     "استقبل الرئيس عبد الفتاح السيسي اليوم بقصر الاتحادية رئيس وزراء إسبانيا بيدرو سانشيز.\n"
     "وصرح المتحدث الرسمي بأن السيد الرئيس رحب بزيارة رئيس الوزراء الإسباني.\n"
     "وأفاد نائب رئيس النادي السيد عبيشو بأن الفريق جاهز.",
     {{"met", "عبد الفتاح السيسي", "بيدرو سانشيز", "asserted", "قصر الاتحادية", NULL, 0},
      {"entity", "رحب", NULL, NULL, NULL, NULL, 1},
      {"entity", "عبيشو", NULL, NULL, NULL, NULL, 0}}},
    {"a meeting noun of a named person with a side that names no one is his meeting with them", "2016-08-22",
     "وأضاف القيادي في الحزب كمال بن صالح في تصريح إعلامي على إثر لقاء رئيس الحكومة المكلف يوسف الشاهد مساء اليوم بعدد من أعضاء فريقه الحكومي أن الحزب راض.",
     {{"met", "كمال بن صالح", "يوسف الشاهد", NULL, NULL, NULL, 1}}},
    {"a visit's programme announces every meeting its sentence lists, however far", "2017-02-28",
     "يؤدي وزير الخارجية الهولندي بيرت كوندرس زيارة رسمية إلى تونس يومي 1 و2 مارس القادم، بدعوة من نظيره خميس الجهيناوي.\n"
     "ويتضمن برنامج زيارة الضيف الهولندي، إلى جانب تنظيم جلسة عمل مع الجهيناوي، إجراء لقاءات مع عدد من سامي المسؤولين.",
     {{"met", "بيرت كوندرس", "خميس الجهيناوي", "planned", NULL, NULL, 0},
      {"met", "بيرت كوندرس", "خميس الجهيناوي", "asserted", NULL, NULL, 1}}},
    {"the plural of a derived verbal noun after a name is the sentence going on (تحركات)", "2017-01-28",
     "انتقد الأمين العام لحزب الأمل، سمير بوعزيز تحركات رئيس حركة النهضة الأخيرة.",
     {{"entity", "سمير بوعزيز", NULL, NULL, NULL, NULL, 0},
      {"entity", "سمير بوعزيز تحركات", NULL, NULL, NULL, NULL, 1}}},
    {"no name after a title: a word with a shadda, a plural and its adjective, a list's next body", "2017-02-21",
     "وأشار الناشط إلى أن الوالي قدّم قضية ضده بتهمة الثلب.\n"
     "وأكد أن قرارات وزير التربية مجرد قرارات شعبوية.\n"
     "وتم اليوم عقد الاجتماع الثاني للجنة تحديد معايير إسناد الإشهار العمومي، الذي شاركت فيه النقابة الوطنية للصحفيين التونسيين ومصالح الإعلام والاتصال برئاسة الحكومة.",
     {{"entity", "قدّم قضية", NULL, NULL, NULL, NULL, 1},
      {"entity", "مجرد قرارات شعبوية", NULL, NULL, NULL, NULL, 1},
      {"entity", "ومصالح الإعلام", NULL, NULL, NULL, NULL, 1}}},
    {"after an office of the United Nations whose holder is known, a word known by its shape is no name", "2017-06-15",
     "أكد تقرير صادر عن الأمين العام للأمم المتحدة قيام الكيان الصهيوني بتقديم الدعم للمجموعات المسلحة.\n"
     "وقال المتحدث باسم الشرطة أورلندو برناردو إن الوضع هادئ.",
     {{"entity", "قيام الكيان الصهيوني", NULL, NULL, NULL, NULL, 1},
      {"entity", "أورلندو برناردو", NULL, NULL, NULL, NULL, 0}}},
    {"a participle's feminine after a name, and a nisba's plural, are no part of it", "2015-11-19",
     "وطالبت النائبة بإستقالة وزيرة العدل الفرنسية كريستيان توبيرا متوجهة بخطاب شرس للحكومة.\n"
     "وانتقد رئيس المنظمة وجبة الإفطار التي تم توزيعها علي الأمنيين مساء أمس.",
     {{"entity", "كريستيان توبيرا", NULL, NULL, NULL, NULL, 0},
      {"entity", "كريستيان توبيرا متوجهة", NULL, NULL, NULL, NULL, 1},
      {"entity", "علي الأمنيين", NULL, NULL, NULL, NULL, 1}}},
    {"a broken plural مفاعل opens no name; an إفعال of hamza after a name ends it", "2016-09-13",
     "أدى جون سميث، السفير البريطاني في المملكة العربية السعودية مناسك الحج هذا العام.\n"
     "قرّر وزير الشؤون الدينيّة سمير قطاط انهاء مهام محمد العفاس كخطيب لجامع المدينة.",
     {{"entity", "مناسك الحج", NULL, NULL, NULL, NULL, 1},
      {"entity", "سمير قطاط", NULL, NULL, NULL, NULL, 0},
      {"entity", "سمير قطاط انهاء مهام محمد", NULL, NULL, NULL, NULL, 1}}},
    {"the partner of a relation discussed is a topic (العلاقات مع X); in a title, its complement", "2025-04-10",
     "التقى وزير الخارجية العماني بدر البوسعيدي في مسقط المبعوث الأممي هانس غروندبرغ.\n"
     "وبحث البوسعيدي العلاقات مع الاتحاد الأوروبي.\n"
     "وقال وزير العلاقات مع الهيئات الدستورية سامي الرياحي إن الحوار متواصل.",
     {{"met", "بدر البوسعيدي", "هانس غروندبرغ", "asserted", NULL, NULL, 0},
      {"met", "بدر البوسعيدي", "الاتحاد الأوروبي", NULL, NULL, NULL, 1},
      {"role", "سامي الرياحي", "وزير العلاقات مع الهيئات الدستورية", NULL, NULL, NULL, 0}}},
    {"شيخ الأزهر is an office: its holder at the date, no body", "2020-12-24",
     "القاهرة - أ ش أ\nأجرى شيخ الأزهر، مساء اليوم، اتصالا هاتفيا بالبابا فرنسيس هنأه خلاله بعيد الميلاد.",
     {{"phoned", "أحمد الطيب", "البابا فرنسيس", "asserted", NULL, "2020-12-24", 0}}},
    {"a body named in a meeting's clause is where its parties went, no party; the visit is the subject's", "2016-05-01",
     "وكان الرئيس الباجي قائد السبسي قد التقى بان كي مون في سبتمبر الماضي خلال زيارته لنيويورك "
     "للمشاركة في أعمال الجمعية العامة للأمم المتحدة.",
     {{"met", "الباجي قائد السبسي", "بان كي مون", "asserted", NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", "الجمعية العامة للأمم المتحدة", NULL, NULL, NULL, 1},
      /* "التقى X Y خلال زيارته": the visit is the subject's, not his object's */
      {"visited", "الباجي قائد السبسي", NULL, "asserted", "نيويورك", NULL, 0},
      {"visited", "بان كي مون", NULL, NULL, "نيويورك", NULL, 1}}},
    {"a past verb with ف after a comma goes on with the sentence's subject", "2022-01-20",
     "واصل وزير الخارجية الجزائري رمطان لعمامرة جولته العربية أمس، في إطار التحضير للقمة، فزار "
     "الرئيس اللبناني ميشال عون في قصر بعبدا، ثم التقى رئيس مجلس النواب نبيه بري.",
     {{"met", "رمطان لعمامرة", "نبيه بري", "asserted", NULL, NULL, 0},
      {"met", "ميشال عون", "نبيه بري", NULL, NULL, NULL, 1},
      {"visited", "ميشال عون", NULL, NULL, NULL, NULL, 1}}},
    {"a body's name closed by an adjective of the present stays in the title before a name",
     "2025-01-08",
     "وبحث وزير الخارجية الأردني أيمن الصفدي اليوم مع وزير الدفاع في الحكومة الليبية المؤقتة "
     "عبد الرحمن الطاهر سبل التعاون.",
     {{"met", "أيمن الصفدي", "عبد الرحمن الطاهر", "asserted", NULL, NULL, 0},
      {"role", "عبد الرحمن الطاهر", "defence_minister@LY", NULL, NULL, NULL, 0}}},
    {"later the same day before a verb in the past: held, not announced", "2021-09-12",
     "التقى وزير الخارجية الجزائري رمطان لعمامرة صباح اليوم نظيره التونسي عثمان الجرندي.\n"
     "وفي وقت لاحق من اليوم نفسه، استقبل الرئيس قيس سعيد الوزير الجزائري في قصر قرطاج.",
     {{"met", "قيس سعيد", "رمطان لعمامرة", "asserted", "قصر قرطاج", NULL, 0},
      {"met", "قيس سعيد", "رمطان لعمامرة", "planned", NULL, NULL, 1}}},
    {"a phrase of time closed by a comma (وقبيل الافتتاح،) announces nothing after it", "2019-02-16",
     "وقبيل افتتاح المؤتمر، عقد ماكرون وميركل لقاء ثنائيا في مقر المستشارية.",
     {{"met", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "أنغيلا ميركل", "planned", NULL, NULL, 1}}},
    {"a headline's present يجري محادثات مع is the body's report, not an announcement", "2019-03-26",
     "ماكرون يجري محادثات مع المستشارة الألمانية ميركل في باريس\n\n"
     "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم محادثات مع المستشارة الألمانية أنغيلا ميركل في قصر الإليزيه.",
     {{"met", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "أنغيلا ميركل", "planned", NULL, NULL, 1}}},
    {"a Chinese family name, written first, names the person alone later", "2019-01-20",
     "وصل نائب الرئيس الصيني وانغ تشي شان إلى القاهرة اليوم في زيارة رسمية.\n"
     "واستقبل الرئيس المصري عبد الفتاح السيسي وانغ في قصر الاتحادية.",
     {{"met", "عبد الفتاح السيسي", "وانغ تشي شان", "asserted", "قصر الاتحادية", NULL, 0},
      {"entity", "وانغ في", NULL, NULL, NULL, NULL, 1}}},
    {"a nationality's plural with و, abroad, is a portfolio of the office before it", "2016-06-10",
     "نواكشوط -\nاستقبل الرئيس محمد ولد عبد العزيز اليوم وزير الشؤون الخارجية والسنغاليين في "
     "الخارج، السيد مانكور ندياي، الذي سلمه رسالة خطية.",
     {{"met", "محمد ولد عبد العزيز", "مانكور ندياي", "asserted", NULL, NULL, 0},
      {"role", "مانكور ندياي", "foreign_minister", NULL, NULL, NULL, 0}}},
    {"an honorific with a pronoun names the last subject named with the same honorific", "2021-03-01",
     "استقبل صاحب السمو الملكي الأمير فيصل بن مشعل بن سعود أمير منطقة القصيم اليوم رئيس الغرفة "
     "التجارية الأستاذ محمد بن سليمان الحربي.\n"
     "وكان رئيس الغرفة قد زار الصين الشهر الماضي والتقى خلالها وزير التجارة الصيني.\n"
     "كما استقبل سموه سفير فرنسا لدى المملكة لودوفيك بوي.",
     {{"met", "فيصل بن مشعل بن سعود", "لودوفيك بوي", "asserted", NULL, NULL, 0},
      {"met", "محمد بن سليمان الحربي", "لودوفيك بوي", NULL, NULL, NULL, 1}}},
    {"a bare office in construct with a delegation heads it, no office of a country", "2017-02-10",
     "والتقى الوزير سالم الغامدي، على هامش الافتتاح، تشانغ هونغ سن، رئيس الوفد الصيني المشارك "
     "في المعرض.",
     {{"met", "سالم الغامدي", "تشانغ هونغ سن", "asserted", NULL, NULL, 0},
      {"entity", "شي جين بينغ", NULL, NULL, NULL, NULL, 1}}},
    {"an office word that is an honorific too, alone before a name, is the prince's title, no office",
     "2017-03-14",
     "وتوقع الأمير طلال بن عبد العزيز أن يسمح للمرأة بقيادة السيارة.\n"
     "وقضت المحكمة الاقتصادية برئاسة المستشار حسام الدين مختار بوقف البرنامج.",
     {{"entity", "طلال بن عبد العزيز", NULL, NULL, NULL, NULL, 0},
      {"role", "طلال بن عبد العزيز", "emir", NULL, NULL, NULL, 1},
      {"entity", "حسام الدين مختار", NULL, NULL, NULL, NULL, 0},
      {"role", "حسام الدين مختار", "chancellor", NULL, NULL, NULL, 1}}},
    {"a verb after a relative pronoun and a comma has for subject the one before them", "2019-10-20",
     "استقبل الرئيس اللبناني ميشال عون في قصر بعبدا الرئيس القبرصي نيكوس أناستاسيادس، الذي قام "
     "بزيارة رسمية إلى بيروت استمرت يومين، هي الأولى لرئيس قبرصي منذ عام 2012.",
     {{"met", "ميشال عون", "نيكوس أناستاسيادس", "asserted", NULL, NULL, 0},
      {"visited", "نيكوس أناستاسيادس", NULL, "asserted", "بيروت", NULL, 0},
      {"visited", "ميشال عون", NULL, NULL, "بيروت", NULL, 1}}},
    {"an open meeting with the public is a public event, no meeting of those named", "2019-10-28",
     "واستقبل وزير التسامح الشيخ نهيان بن مبارك آل نهيان في جناح الوزارة صباح اليوم سفير فرنسا "
     "لودوفيك بوي.\n"
     "واحتضن الجناح مساء اليوم لقاءً مفتوحاً مع الروائي الكويتي طالب الرفاعي.",
     {{"met", "نهيان بن مبارك آل نهيان", "لودوفيك بوي", "asserted", NULL, NULL, 0},
      {"met", "نهيان بن مبارك آل نهيان", "طالب الرفاعي", NULL, NULL, NULL, 1}}},
    {"a headline's call the body does not tell stands for no trip of its wrong caller", "2014-03-02",
     "رئيس الجمهورية يلتقي المبعوث الأممي ويتلقى اتصالاً هاتفياً من الرئيس التونسي\n"
     "نواكشوط -\n"
     "التقى رئيس الجمهورية محمد ولد عبد العزيز اليوم المبعوث الأممي مارتن كوبلر الذي وصل إلى "
     "نواكشوط أمس في زيارة تستمر يومين.\n"
     "على صعيد آخر تلقى الرئيس محمد ولد عبد العزيز اتصالاً هاتفياً من الرئيس التونسي المنصف المرزوقي.",
     {{"met", "محمد ولد عبد العزيز", "مارتن كوبلر", "asserted", NULL, NULL, 0},
      {"phoned", "محمد ولد عبد العزيز", "المنصف المرزوقي", "asserted", NULL, NULL, 0},
      {"phoned", "مارتن كوبلر", "المنصف المرزوقي", NULL, NULL, NULL, 1}}},
    {"a visit performed by one named by his surname; a meeting during it (التقى خلالها) is his",
     "2019-05-10",
     "وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة اليوم، حيث بحث مع نظيره المصري سامح شكري التعاون.\n"
     "وتأتي زيارة الصفدي بعد شهر من زيارة أجراها شكري إلى عمّان، التقى خلالها الملك عبد الله الثاني.",
     {{"visited", "سامح شكري", NULL, "asserted", "عمّان", NULL, 0},
      {"met", "سامح شكري", "عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "عبد الله الثاني", NULL, NULL, NULL, 1}}},
    {"a regnal number is no surname: كانون الثاني is a month, not the king", "2021-05-25",
     "استقبل العاهل الأردني الملك عبد الله الثاني اليوم وزير الخارجية الأمريكي أنتوني بلينكن.\n"
     "وكان الرئيس محمود عباس قد تلقى اتصالا هاتفيا من الرئيس بايدن، هو الأول بينهما منذ تولي "
     "بايدن مهام منصبه في كانون الثاني الماضي.",
     {{"phoned", "محمود عباس", "جو بايدن", "asserted", NULL, NULL, 0},
      {"phoned", "محمود عباس", "الملك عبد الله الثاني", NULL, NULL, NULL, 1}}},
    {"a foreign name no list knows is read before the office of a country in apposition", "2023-03-12",
     "وزير الخارجية يستقبل وزير الصحة الإندونيسي\n"
     "القاهرة - أ ش أ\n"
     "استقبل وزير الخارجية المصري سامح شكري اليوم بمقر الوزارة سوسي سانتوسو وزير صحة "
     "جمهورية إندونيسيا، والوفد المرافق له.",
     {{"met", "سامح شكري", "سوسي سانتوسو", "asserted", NULL, NULL, 0},
      {"role", "سوسي سانتوسو", "health_minister@ID", NULL, NULL, NULL, 0},
      {"entity", "وزير الصحة الإندونيسي", NULL, NULL, NULL, NULL, 1}}},
    {"the one whose death condolences are about is no party", "2022-06-20",
     "وكان الرئيس الفرنسي إيمانويل ماكرون قد زار أبوظبي في مايو الماضي، حيث التقى الشيخ محمد بن "
     "زايد آل نهيان وقدم له التعازي في وفاة الشيخ خليفة بن زايد آل نهيان.",
     {{"met", "إيمانويل ماكرون", "محمد بن زايد", "asserted", NULL, NULL, 0},
      {"met", "محمد بن زايد", "خليفة بن زايد", NULL, NULL, NULL, 1},
      {"met", "إيمانويل ماكرون", "خليفة بن زايد", NULL, NULL, NULL, 1}}},
    {"after حيث, the subject of its sentence's event, even a title resolved later, before an earlier one",
     "2023-05-10",
     "استقبل الملك عبدالله الثاني اليوم في قصر الحسينية رئيس الوزراء العراقي محمد شياع السوداني.\n"
     "ومن جانب آخر، استقبل الأمير الحسين بن عبدالله الثاني ولي العهد رئيس غرفة التجارة خليل الحاج توفيق.\n"
     "يذكر أن العاهل الأردني كان قد زار مصر في مارس الماضي، حيث التقى الرئيس عبد الفتاح السيسي.",
     {{"met", "الملك عبدالله الثاني", "عبد الفتاح السيسي", "asserted", NULL, NULL, 0},
      {"met", "الأمير الحسين بن عبدالله الثاني", "عبد الفتاح السيسي", NULL, NULL, NULL, 1}}},
    {"a call noun after a verb of discussion and في is its subject's call", "2016-02-13",
     "استقبل الرئيس الروسي فلاديمير بوتين اليوم العاهل الأردني الملك عبدالله الثاني في سوتشي.\n"
     "وأعلنت الخارجية الروسية أن لافروف بحث في اتصال هاتفي، السبت، مع وزير الخارجية الأمريكي "
     "جون كيري الأوضاع في سوريا.",
     {{"phoned", "سيرغي لافروف", "جون كيري", "asserted", NULL, NULL, 0},
      {"phoned", "فلاديمير بوتين", "جون كيري", NULL, NULL, NULL, 1}}},
    {"a verb whose own subject is a title read as no one takes no subject from an earlier sentence",
     "2022-11-18",
     "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم الرئيس الفرنسي إيمانويل ماكرون.\n"
     "من جانب آخر، وصل رئيس الاتحاد الآسيوي لكرة القدم \"AFC\" الكوري الجنوبي تشونغ مونغ جون إلى "
     "الدوحة، الجمعة، حيث التقى الأمين العام للجنة العليا للمشاريع والإرث حسن الذوادي.",
     {{"met", "تميم بن حمد آل ثاني", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"entity", "حسن الذوادي", NULL, NULL, NULL, NULL, 0},
      {"met", "تميم بن حمد آل ثاني", "حسن الذوادي", NULL, NULL, NULL, 1},
      {"visited", "تميم بن حمد آل ثاني", NULL, NULL, "الدوحة", NULL, 1}}},
    {"a verb listing the parties of an announced meeting noun is announced too", "2021-03-28",
     "ومن المقرر أن يتوجه وزير الخارجية المصري سامح شكري غدا إلى عمّان للمشاركة في اجتماع ثلاثي "
     "يضم وزيري الخارجية الأردني أيمن الصفدي والعراقي فؤاد حسين.",
     {{"met", "أيمن الصفدي", "فؤاد حسين", "asserted", NULL, NULL, 1},
      {"met", "أيمن الصفدي", "فؤاد حسين", "planned", NULL, NULL, 0}}},
    {"the speaker's ألتقي (I meet), which folds like التقى, is no past meeting", "2021-10-10",
     "وقال وزير الخارجية الجزائري رمطان لعمامرة للصحفيين: \"سأعلن موقف بلادي بعد أن ألتقي "
     "الرئيس التونسي قيس سعيد\".",
     {{"met", "رمطان لعمامرة", "قيس سعيد", "asserted", NULL, NULL, 1},
      {"met", "رمطان لعمامرة", "قيس سعيد", "planned", NULL, NULL, 0}}},
    {"a meeting noun a verb of discussion has for its subject is the meeting told: no new parties",
     "2019-05-20",
     "استقبل رئيس الوزراء الأردني عمر الرزاز اليوم وزير الخارجية الإسباني جوزيب بوريل.\n"
     "وتناول اللقاء دور جامعة الدول العربية في دعم اللاجئين وأوضاع الطلبة الأردنيين الدارسين بالاتحاد الأوروبي.",
     {{"met", "عمر الرزاز", "جوزيب بوريل", "asserted", NULL, NULL, 0},
      {"met", "جامعة الدول العربية", "الاتحاد الأوروبي", NULL, NULL, NULL, 1},
      {"met", "عمر الرزاز", "الاتحاد الأوروبي", NULL, NULL, NULL, 1},
      {"met", "عمر الرزاز", "جامعة الدول العربية", NULL, NULL, NULL, 1}}},
    {"a governorate's office between commas, the day after it, is his; named again before "
     "someone else's name with a title of his own, it is the host, and the name the guest",
     "2021-03-01",
     "استقبل اللواء طارق الفقي، محافظ سوهاج، اليوم الاثنين، بمكتبه وفدا من رجال الأعمال.\n"
     "كما استقبل محافظ سوهاج يوسف عبد الحميد، القنصل العام لجمهورية السودان، حيث بحث الجانبان "
     "التعاون التجاري.\n"
     "واستقبل المحافظ أيضا الشيخ سعيد عبد المنعم، شيخ قبيلة الهوارة.",
     {{"role", "طارق الفقي", "governor@EG", NULL, NULL, NULL, 0},
      {"role", "يوسف عبد الحميد", "governor@EG", NULL, NULL, NULL, 1},
      {"met", "طارق الفقي", "يوسف عبد الحميد", "asserted", NULL, NULL, 0},
      {"met", "طارق الفقي", "سعيد عبد المنعم", "asserted", NULL, NULL, 0}}},
    {"a preposition carrying a pronoun (خلاله) is the sentence going on, never a word of a name",
     "2021-07-18",
     "تلقى رئيس الوزراء العراقي مصطفى الكاظمي، الأحد، اتصالاً هاتفياً من الملك عبدالله الثاني، "
     "عاهل المملكة الأردنية الهاشمية، قدم خلاله التهنئة بحلول عيد الأضحى المبارك.",
     {{"phoned", "مصطفى الكاظمي", "عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"entity", "قدم خلاله التهنئة", NULL, NULL, NULL, NULL, 1}}},
    {"after a home office the lexicon knows a holder of, a chain of given names opening on an "
     "unknown one is the article's holder, not the sentence going on",
     "2016-02-10",
     "الخرطوم: سونا\n"
     "استقبل نائب رئيس الجمهورية كباشي إبراهيم عثمان، بمكتبه أمس، سفير دولة قطر بالخرطوم راشد "
     "بن عبدالرحمن النعيمي.",
     {{"met", "كباشي إبراهيم عثمان", "راشد بن عبدالرحمن النعيمي", "asserted", NULL, NULL, 0},
      {"role", "كباشي إبراهيم عثمان", "vice_president", NULL, NULL, NULL, 0}}},
    {"a city and a date with no agency file from home; an office named again between commas "
     "with its country is the one the person was named with",
     "2017-03-14",
     "نواكشوط، 14/03/2017\n"
     "تلقى رئيس الجمهورية، مساء أمس الاثنين، اتصالا هاتفيا من أخيه فخامة الرئيس إبراهيم بوبكر "
     "كيتا، رئيس جمهورية مالي، تناول العلاقات الثنائية.",
     {{"phoned", "محمد ولد عبد العزيز", "إبراهيم بوبكر كيتا", "asserted", NULL, "2017-03-13", 0},
      {"role", "إبراهيم بوبكر كيتا", "president@ML", NULL, NULL, NULL, 0},
      {"entity", "رئيس جمهورية مالي", NULL, NULL, NULL, NULL, 1}}},
    {"the other side of a call told just before is no party of the next call of the same caller",
     "2019-06-10",
     "وأجرى المستشار النمساوي سيباستيان كورتس، الأحد، اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل "
     "ماكرون، وفي اليوم ذاته أجرى اتصالا مماثلا مع المستشارة الألمانية أنغيلا ميركل.",
     {{"phoned", "سيباستيان كورتس", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"phoned", "سيباستيان كورتس", "أنغيلا ميركل", "asserted", NULL, NULL, 0},
      {"phoned", "إيمانويل ماكرون", "أنغيلا ميركل", NULL, NULL, NULL, 1}}},
    {"a coordinated noun after a place of a title is more of its complement when a name follows",
     "2019-02-05",
     "استقبل نائب وزير الخارجية الروسي، المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط ودول "
     "القارة ميخائيل بوغدانوف، اليوم في موسكو، السفير الليبي لدى روسيا علي الزليطني.",
     {{"met", "ميخائيل بوغدانوف", "علي الزليطني", "asserted", NULL, NULL, 0},
      {"entity", "المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط", NULL, NULL, NULL, NULL, 1}}},
    {"a theophoric head glued to the article (عبدالودود) is a given name, listed or not",
     "2016-05-10",
     "وصل إلى الكويت مساء أمس عبدالودود عبدالجليل السقاف.",
     {{"visited", "عبدالودود عبدالجليل السقاف", NULL, "asserted", "الكويت", NULL, 0}}},
    {"after a preposition in a title, a noun with a pronoun (لدى بلادنا) is its complement when a "
     "name follows",
     "2019-11-20",
     "والتقى وزير الخارجية محمد الحضرمي اليوم سفير المملكة المتحدة لدى بلادنا مايكل آرون.",
     {{"met", "محمد الحضرمي", "مايكل آرون", "asserted", NULL, NULL, 0},
      {"role", "مايكل آرون", "ambassador@GB", NULL, NULL, NULL, 0}}},
    {"an office alone between commas after one of a known country is his there: the headline's "
     "رئيس الدولة is he, not another country's president the article names later",
     "2015-08-17",
     "رئيس الدولة يستقبل رئيس وزراء الهند\n"
     "أبوظبي: «الاتحاد»\n"
     "استقبل صاحب السمو الشيخ خليفة بن زايد آل نهيان، رئيس الدولة، أمس في أبوظبي رئيس وزراء الهند "
     "ناريندرا مودي.\n"
     "وكان مودي قد التقى في أنقرة الرئيس التركي رجب طيب أردوغان.",
     {{"role", "خليفة بن زايد", "president@AE", NULL, NULL, NULL, 0},
      {"met", "ناريندرا مودي", "رجب طيب أردوغان", NULL, "أنقرة", NULL, 0}}},
    {"talks by video link are a call, not a meeting", "2021-06-24",
     "أجرى وزير الخارجية الأردني أيمن الصفدي، الأربعاء، مباحثات عبر تقنية الفيديو مع نظيره "
     "العراقي فؤاد حسين.",
     {{"phoned", "أيمن الصفدي", "فؤاد حسين", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "فؤاد حسين", NULL, NULL, NULL, 1}}},
    {"'التي التقى خلالها سموه' after a visit of one named with that honorific is his meeting; a "
     "day's ordinal (السابع عشر) is no name of a title's holder",
     "2019-04-03",
     "استقبل وزير الخارجية الكويتي الشيخ صباح خالد الحمد الصباح اليوم وزيرة الخارجية الهندية "
     "سوشما سواراج.\n"
     "وكان الوزير قد عقد جلسة مباحثات مع الوزيرة الهندية في مقر الوزارة، استعرضا خلالها نتائج "
     "زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
     "وزير الدفاع إلى نيودلهي في السابع عشر من فبراير الماضي، التي التقى خلالها سموه رئيس "
     "الوزراء ناريندرا مودي.",
     {{"met", "محمد بن سلمان", "ناريندرا مودي", "asserted", "نيودلهي", NULL, 0},
      {"visited", "محمد بن سلمان", NULL, "asserted", "نيودلهي", NULL, 0},
      {"met", "صباح خالد الحمد الصباح", "ناريندرا مودي", NULL, NULL, NULL, 1}}},
    {"a day told after another event, past a comma, is that event's, not the meeting's before it",
     "2017-05-10",
     "عقد وزير الشؤون الخارجية خميس الجهيناوي جلسة عمل مع نظيره المالطي جورج فيلا، تناولت نتائج "
     "زيارة رئيس الجمهورية الباجي قائد السبسي إلى فاليتا في الثامن من مارس الماضي.",
     {{"visited", "الباجي قائد السبسي", NULL, "asserted", "فاليتا", "2017-03-08", 0},
      {"met", "خميس الجهيناوي", "جورج فيلا", "asserted", NULL, NULL, 0},
      {"met", "خميس الجهيناوي", "جورج فيلا", NULL, NULL, "2017-03-08", 1}}},
    {"after an honorific, an office another person of the article holds still names the one "
     "after it (فخامة الرئيس X، رئيس جمهورية مالي)",
     "2017-03-14",
     "نواكشوط، 14/03/2017\n"
     "استقبل رئيس الجمهورية، السيد محمد ولد عبد العزيز، صباح اليوم بالقصر الرئاسي السفير الفرنسي.\n"
     "من جهة أخرى، تلقى رئيس الجمهورية، مساء أمس الاثنين، اتصالا هاتفيا من أخيه فخامة الرئيس "
     "إبراهيم بوبكر كيتا، رئيس جمهورية مالي، تناول العلاقات الثنائية.",
     {{"phoned", "محمد ولد عبد العزيز", "إبراهيم بوبكر كيتا", "asserted", NULL, NULL, 0},
      {"entity", "رئيس جمهورية مالي", NULL, NULL, NULL, NULL, 1}}},
    {"a title with لدى and a country, then a comma and a name: the name holds it", "2019-05-20",
     "استقبل رئيس إقليم كردستان نيجيرفان بارزاني في أربيل، السفير البريطاني لدى العراق، جون "
     "ويلكس، وبحث الجانبان العلاقات الثنائية.",
     {{"met", "نيجيرفان بارزاني", "جون ويلكس", "asserted", "أربيل", NULL, 0},
      {"role", "جون ويلكس", "ambassador@GB", NULL, NULL, NULL, 0}}},
    {"... but not one with إلى: the goal of a mission is no country of its head",
     "2017-02-08",
     "ذلك ما أكده رئيس بعثة صندوق النقد الدولي الى تونس، بيورن روذر، في بيان نشره الصندوق مساء "
     "الثلاثاء على اثر زيارته الى تونس.",
     {{"visited", "بيورن روذر", NULL, "asserted", "تونس", NULL, 0}}},
    {"a place's office named again in the same words is the one the article named with it; "
     "another place's is no one",
     "2021-03-01",
     "استقبل اللواء طارق الفقي، محافظ سوهاج، اليوم الاثنين، بمكتبه رجل الأعمال كمال النجار.\n"
     "وكان محافظ سوهاج قد زار القاهرة الأسبوع الماضي، فيما زار محافظ الأقصر أسوان.",
     {{"visited", "طارق الفقي", NULL, "asserted", "القاهرة", NULL, 0},
      {"visited", "طارق الفقي", NULL, NULL, "أسوان", NULL, 1}}},
    {"a visit that 'كانت مقررة' is announced, not reported as held", "2021-06-24",
     "يشار إلى أن زيارة كانت مقررة لوزير الخارجية الأردني أيمن الصفدي إلى تونس في مارس الماضي قد "
     "تأجلت.",
     {{"visited", "أيمن الصفدي", NULL, "planned", "تونس", NULL, 0},
      {"visited", "أيمن الصفدي", NULL, "asserted", "تونس", NULL, 1}}},
    {"a meeting noun with the plural pronoun and no one named in its clause is the meeting of the "
     "three persons the sentence before named",
     "2021-03-28",
     "أطلق وزراء خارجية مصر سامح شكري، والأردن أيمن الصفدي، والعراق فؤاد حسين، اليوم في عمّان، "
     "آلية تنسيق ثلاثية.\n"
     "وأكد الوزراء الثلاثة، في بيان مشترك صدر عقب اجتماعهم، أهمية التعاون.",
     {{"met", "سامح شكري", "أيمن الصفدي", "asserted", NULL, NULL, 0},
      {"met", "سامح شكري", "فؤاد حسين", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "فؤاد حسين", "asserted", NULL, NULL, 0}}},
    {"before the family name alone of a lexicon person, an unknown word is his given name in "
     "another spelling, not a longer name of someone else",
     "2021-11-09",
     "استقبل وزير الخارجية الجزائري رمطان لعمامرة، اليوم بمقر الوزارة، السيد استافان دي "
     "ميستورا، المبعوث الشخصي للأمين العام للأمم المتحدة.",
     {{"met", "رمطان لعمامرة", "ستيفان دي ميستورا", "asserted", NULL, NULL, 0}}},
    {"a title with complements and no country, between commas after a name, is his: a later "
     "'المبعوث الأممي' names him, not the article's subject",
     "2017-10-20",
     "استقبل وزير الخارجية الجزائري عبد القادر مساهل، اليوم بمقر الوزارة، السيد كريستوفر روس، "
     "المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية، الذي يزور الجزائر.\n"
     "وكان المبعوث الأممي قد أجرى، أمس، مباحثات مع وزير الخارجية الموريتاني إسماعيل ولد الشيخ "
     "أحمد.",
     {{"met", "كريستوفر روس", "إسماعيل ولد الشيخ أحمد", "asserted", NULL, "2017-10-19", 0},
      {"met", "عبد القادر مساهل", "إسماعيل ولد الشيخ أحمد", NULL, NULL, NULL, 1},
      {"visited", "كريستوفر روس", NULL, "asserted", "الجزائر", NULL, 0}}},
    {"after a head of state's title, an office and a nationality before a known person of that "
     "country who never held the first office is a second person, the guest",
     "2017-01-25",
     "استقبل سمو أمير البلاد الشيخ صباح الأحمد في قصر بيان صباح أمس سمو ولي العهد الشيخ نواف "
     "الأحمد.\n"
     "واستقبل سمو الأمير وزير الخارجية الإيراني محمد جواد ظريف، الذي يزور البلاد حالياً.",
     {{"met", "صباح الأحمد", "محمد جواد ظريف", "asserted", NULL, NULL, 0},
      {"role", "محمد جواد ظريف", "emir", NULL, NULL, NULL, 1}}},
    {"'عقد مع Y جلسة مباحثات': the other side, marked, right before the meeting noun",
     "2019-03-12",
     "وكان وزير الخارجية الأردني أيمن الصفدي قد عقد مع نظيره العراقي محمد علي الحكيم جلسة "
     "مباحثات رسمية في مقر الوزارة.",
     {{"met", "أيمن الصفدي", "محمد علي الحكيم", "asserted", NULL, NULL, 0}}},
    {"the one a delegation accompanies (المرافق لـ X) is neither a party nor a companion",
     "2019-11-27",
     "استقبل الرئيس التركي رجب طيب أردوغان اليوم رئيس المجلس الرئاسي الليبي فايز السراج.\n"
     "وحضر اللقاء وزير الدفاع التركي خلوصي أكار.\n"
     "وفي وقت سابق اليوم، التقى الوزير أكار، وزير الخارجية في حكومة الوفاق محمد سيالة، على هامش "
     "زيارة الأخير لإسطنبول ضمن الوفد المرافق للسراج.",
     {{"met", "خلوصي أكار", "محمد سيالة", "asserted", NULL, NULL, 0},
      {"met", "خلوصي أكار", "فايز السراج", NULL, NULL, NULL, 1}}},
    {"a dateline line of the city alone files from home: the headline's president is the home "
     "one the body names, not a foreign president of no stated country; a name the article "
     "knows after a home office is read",
     "2020-09-22",
     "رئيس الجمهورية يستقبل وزير الشؤون الخارجية الغامبي حاملا رسالة من الرئيس أداما بارو\n"
     "نواكشوط ـ\n"
     "استقبل رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني، بعد ظهر اليوم الثلاثاء في القصر "
     "الرئاسي بنواكشوط، وزير الشؤون الخارجية الغامبي، السيد مامادو تانغارا، الذي سلمه رسالة خطية "
     "من أخيه فخامة الرئيس أداما بارو، رئيس جمهورية غامبيا.\n"
     "ويذكر أن الرئيس أداما بارو كان قد أدى في فبراير 2018 زيارة إلى نواكشوط.",
     {{"met", "محمد ولد الشيخ الغزواني", "مامادو تانغارا", "asserted", NULL, NULL, 0},
      {"met", "أداما بارو", "مامادو تانغارا", NULL, NULL, NULL, 1},
      {"visited", "أداما بارو", NULL, "asserted", "نواكشوط", "2018-02", 0},
      {"visited", "محمد ولد الشيخ الغزواني", NULL, NULL, "نواكشوط", "2018-02", 1}}},
    {"a title right after a name, read on to its goal (إلى اليمن), is his, and so is the relative "
     "clause after it; a verb of attending that names no one has no attendee",
     "2019-06-13",
     "استقبل معالي السيد يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية بديوان عام "
     "الوزارة أمس سعادة مارتن غريفيث المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن، الذي "
     "وصل إلى مسقط أمس الأول في زيارة تستغرق عدة أيام.\n"
     "وحضر المقابلة عدد من المسؤولين بالوزارة.",
     {{"met", "يوسف بن علوي", "مارتن غريفيث", "asserted", NULL, NULL, 0},
      {"visited", "مارتن غريفيث", NULL, "asserted", "مسقط", NULL, 0},
      {"visited", "يوسف بن علوي", NULL, NULL, "مسقط", NULL, 1},
      {"attended", "مارتن غريفيث", NULL, NULL, NULL, NULL, 1}}},
    {"'الدبلوماسي الأميركي' of two Americans named is the one who led the events; the other side "
     "of a meeting told just before is no owner of 'لقاءاته'",
     "2020-09-09",
     "بيروت: «النهار»\n"
     "وصل مساعد وزير الخارجية الأميركي ديفيد شينكر إلى بيروت أمس، والتقى رئيس مجلس النواب نبيه "
     "بري في عين التينة بحضور السفيرة الأميركية لدى لبنان دوروثي شيا.\n"
     "وكان بري قد استقبل أمس الأول السفيرة شيا في عين التينة.\n"
     "ثم انتقل الدبلوماسي الأميركي إلى «بيت الوسط» حيث عقد اجتماعاً مع الرئيس سعد الحريري استمر "
     "نحو ساعة، قبل أن يختتم لقاءاته في قصر بسترس مع وزير الخارجية ناصيف حتي.",
     {{"met", "ديفيد شينكر", "سعد الحريري", "asserted", NULL, NULL, 0},
      {"met", "ديفيد شينكر", "ناصيف حتي", "asserted", NULL, NULL, 0},
      {"met", "سعد الحريري", "ناصيف حتي", NULL, NULL, NULL, 1}}},
    {"a caller goes on: 'تلقى اتصالا من X، وضعه خلاله في صورة نتائج لقائه مع Y' is X's meeting",
     "2023-01-31",
     "وتلقى الرئيس محمود عباس اتصالا هاتفيا من العاهل الأردني الملك عبد الله الثاني، وضعه خلاله "
     "في صورة نتائج لقائه أمس في عمان مع وزير الخارجية الأميركي أنتوني بلينكن.",
     {{"phoned", "محمود عباس", "عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"met", "عبد الله الثاني", "أنتوني بلينكن", "asserted", NULL, NULL, 0},
      {"met", "محمود عباس", "أنتوني بلينكن", NULL, NULL, NULL, 1}}},
    {"'المبعوث الأممي' names the one titled 'المبعوث الخاص للأمين العام للأمم المتحدة' before",
     "2019-06-13",
     "استقبل الرئيس اليمني عبد ربه منصور هادي اليوم في الرياض المبعوث الخاص للأمين العام للأمم "
     "المتحدة إلى اليمن مارتن غريفيث.\n"
     "وأعرب المبعوث الأممي عن تقديره، مؤكدا عزمه زيارة عدن قريبا للقاء رئيس الحكومة معين عبد الملك.",
     {{"met", "مارتن غريفيث", "معين عبد الملك", "planned", NULL, NULL, 0},
      {"met", "عبد ربه منصور هادي", "معين عبد الملك", NULL, NULL, NULL, 1}}},
    {"after a verb, a pair word in the oblique (الرئيسين) heads objects, who never met each other; "
     "after جمع they did",
     "2022-07-02",
     "وبحث الجانبان تداعيات الأزمة، في ضوء الجولة التي قام بها الرئيس الفرنسي قبل أيام إلى كييف "
     "وموسكو، والتقى خلالها الرئيسين الأوكراني فولوديمير زيلينسكي والروسي فلاديمير بوتين.\n"
     "وأشاد الجانبان باللقاء الذي جمع الرئيسين رجب طيب أردوغان وإيمانويل ماكرون في روما.",
     {{"met", "فولوديمير زيلينسكي", "فلاديمير بوتين", NULL, NULL, NULL, 1},
      {"met", "رجب طيب أردوغان", "إيمانويل ماكرون", "asserted", NULL, NULL, 0}}},
    {"a verb of travel right after a common noun has that noun, a thing or a crowd, for its "
     "subject: no one named before travelled",
     "2016-05-10",
     "وأوضح وزير السياحة التونسي سليم شاكر أن 32 ألف سائح وصلوا إلى جزيرة جربة خلال هذه الفترة.",
     {{"visited", "سليم شاكر", NULL, NULL, "جربة", NULL, 1}}},
    {"a meeting after أي ('any') with a negation far before it is no meeting", "2022-11-01",
     "ولم يُسجَّل إلى غاية كتابة هذه الأسطر أي لقاء ثنائي بين وزير الخارجية التونسي عثمان الجرندي "
     "ونظيره الليبي نجلاء المنقوش.",
     {{"met", "عثمان الجرندي", "نجلاء المنقوش", "negated", NULL, NULL, 0},
      {"met", "عثمان الجرندي", "نجلاء المنقوش", "asserted", NULL, NULL, 1}}},
    {"'لن يكون على جدول أعماله أي لقاء مع' is no planned meeting", "2019-03-20",
     "ويصل وزير الخارجية الأميركي مايك بومبيو إلى بيروت غدا، لكن لن يكون على جدول أعمال الزائر "
     "أي لقاء مع وزير الصحة جميل جبق.",
     {{"met", "مايك بومبيو", "جميل جبق", "negated", NULL, NULL, 0},
      {"met", "مايك بومبيو", "جميل جبق", "planned", NULL, NULL, 1}}},
    {"the headline of a club's name is no person: باريس سان جيرمان is a club", "2017-01-04",
     "قايد السبسي يستقبل رئيس باريس سان جيرمان\n"
     "استقبل رئيس الجمهورية الباجي قايد السبسي اليوم بقصر قرطاج السيد ناصر الخليفي، رئيس نادي "
     "باريس سان جيرمان الفرنسي.",
     {{"met", "الباجي قائد السبسي", "ناصر الخليفي", "asserted", NULL, NULL, 0},
      {"entity", "سان جيرمان", NULL, NULL, NULL, NULL, 1}}},
    {"a name's last word that starts with س is not the future prefix on أي", "2016-12-10",
     "وقال ممثل البنك الدولي في تونس موسى ساي إن الاقتصاد يتعافى.",
     {{"entity", "موسى ساي", NULL, NULL, NULL, NULL, 0}}},
    {"'سيادته' with no one named with سيادة is the one the article's first event was told of, "
     "not the guest who arrived in the sentence before; before a call noun too",
     "2022-03-10",
     "استقبل الرئيس اللبناني ميشال عون اليوم في قصر بعبدا وزير الخارجية الإسباني خوسيه مانويل "
     "ألباريس.\n"
     "وكان ألباريس قد وصل إلى بيروت صباح اليوم في مستهل جولة في المنطقة.\n"
     "وكان سيادته قد التقى الرئيس الفرنسي إيمانويل ماكرون في باريس الشهر الماضي.\n"
     "وفي سياق آخر، تلقى سيادته اتصالا هاتفيا من أمير قطر الشيخ تميم بن حمد آل ثاني.",
     {{"met", "ميشال عون", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"met", "ألباريس", "إيمانويل ماكرون", NULL, NULL, NULL, 1},
      {"phoned", "ميشال عون", "تميم بن حمد", "asserted", NULL, NULL, 0},
      {"phoned", "ألباريس", "تميم بن حمد", NULL, NULL, NULL, 1}}},
    {"one awaited ('في انتظار X،') before the verb is no party of what happens meanwhile",
     "2021-05-06",
     "وفي انتظار وزير الخارجية الفرنسي جان إيف لودريان، استقبل الرئيس ميشال عون أمس في قصر "
     "بعبدا السفيرة الأميركية دوروثي شيا.",
     {{"met", "ميشال عون", "دوروثي شيا", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "دوروثي شيا", NULL, NULL, NULL, 1},
      {"met", "جان إيف لودريان", "ميشال عون", NULL, NULL, NULL, 1}}},
    {"a visit one 'was supposed' to make (كان يفترض أن) is no visit made; with حين between, the "
     "visit told was made",
     "2021-03-02",
     "وكان يفترض أن يزور وزير الخارجية الإيطالي لويجي دي مايو مدينة صفاقس، غير أن البرنامج تغير.\n"
     "وأضاف أنه كان من المفترض حين زار الرئيس الفرنسي إيمانويل ماكرون الجزائر أن يقال ذلك.",
     {{"visited", "لويجي دي مايو", NULL, "asserted", "صفاقس", NULL, 1},
      {"visited", "لويجي دي مايو", NULL, "planned", "صفاقس", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", "الجزائر", NULL, 0}}},
    {"the place right after زار is its object; the traveller follows it, and those he met with "
     "و after a comma are his guests, not a meeting among themselves",
     "2021-02-21",
     "عنوان الخبر\n"
     "وفي الشهر الماضي، زار دمشق وزير الخارجية العماني بدر البوسعيدي، والتقى الرئيس بشار الأسد "
     "ووزير الخارجية فيصل المقداد.",
     {{"visited", "بدر البوسعيدي", NULL, "asserted", "دمشق", NULL, 0},
      {"met", "بدر البوسعيدي", "بشار الأسد", "asserted", NULL, NULL, 0},
      {"met", "بدر البوسعيدي", "فيصل المقداد", "asserted", NULL, NULL, 0},
      {"met", "بشار الأسد", "فيصل المقداد", NULL, NULL, NULL, 1}}},
    {"after a clause word (على أن) a verb of visiting with no one named is of the one its "
     "sentence opened on, not the last subject of the sentences before",
     "2016-03-09",
     "استقبل الرئيس ميشال عون أمس رئيس الحكومة المكلف سعد الحريري في قصر بعبدا.\n"
     "ويختم الحريري استشاراته اليوم بلقاء النواب المستقلين، على أن يزور عين التينة مساء.",
     {{"visited", "سعد الحريري", NULL, "planned", "عين التينة", NULL, 0},
      {"visited", "ميشال عون", NULL, NULL, "عين التينة", NULL, 1}}},
    {"a tour told meeting by meeting: 'استهل لقاءاته بلقاء Y'، 'حيث التقى Z، واختتم جولته "
     "باجتماع مع W' are all the traveller's; a caretaker holds his office",
     "2021-05-07",
     "عنوان الخبر\n"
     "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت مساء أمس.\n"
     "واستهل لودريان لقاءاته صباح اليوم بلقاء الرئيس ميشال عون في قصر بعبدا.\n"
     "ثم انتقل إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، واختتم جولته في السراي "
     "الحكومي باجتماع مع رئيس حكومة تصريف الأعمال حسان دياب.",
     {{"met", "جان إيف لودريان", "ميشال عون", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "نبيه بري", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "حسان دياب", "asserted", NULL, NULL, 0},
      {"met", "نبيه بري", "حسان دياب", NULL, NULL, NULL, 1}}},
    {"'X، الذي زار P حيث التقى Y': Y is met by the relative's antecedent, not the last subject",
     "2014-01-20",
     "استقبل الرئيس ميشال سليمان أمس رئيس الحكومة المكلف تمام سلام في قصر بعبدا.\n"
     "وعلمت الصحيفة أن سلام، الذي زار أول من أمس دار الفتوى حيث التقى مفتي الجمهورية الشيخ عبد "
     "اللطيف دريان، يميل إلى حكومة من 24 وزيرا.",
     {{"met", "تمام سلام", "عبد اللطيف دريان", "asserted", NULL, NULL, 0},
      {"met", "ميشال سليمان", "عبد اللطيف دريان", NULL, NULL, NULL, 1},
      {"visited", "تمام سلام", NULL, "asserted", "دار الفتوى", NULL, 0}}},
    {"a body the lexicon does not know, in quotes after an office, with a name after it: the "
     "name holds the office, no head of state is named; visiting him at his home is a meeting",
     "2014-01-20",
     "ومن المنتظر أن يزور الرئيس المكلف تمام سلام غداً رئيس «جبهة النضال الوطني» النائب وليد "
     "جنبلاط في دارته في معراب.",
     {{"met", "تمام سلام", "وليد جنبلاط", "planned", NULL, NULL, 0},
      {"holds_role", "وليد جنبلاط", NULL, "asserted", NULL, NULL, 0},
      {"visited", "وليد جنبلاط", NULL, NULL, NULL, NULL, 1},
      {"visited", "تمام سلام", NULL, "planned", "معراب", NULL, 1}}},
    {"لا before a verb in the present denies the meeting; لا سيما before a meeting noun does not",
     "2024-05-03",
     "وتجري المفاوضات بصورة غير مباشرة، إذ لا يلتقي المبعوث الأميركي ستيف ويتكوف وخليل الحية "
     "وجها لوجه، وإنما ينقل الوسطاء الرسائل بينهما.\n"
     "وأشاد الوزير بالجهود المبذولة، ولا سيما اللقاء الذي جمع أمس الرئيس عبد الفتاح السيسي "
     "بالملك عبد الله الثاني.",
     {{"met", "ستيف ويتكوف", "خليل الحية", "negated", NULL, NULL, 0},
      {"met", "ستيف ويتكوف", "خليل الحية", "planned", NULL, NULL, 1},
      {"met", "عبد الفتاح السيسي", "عبد الله الثاني", "asserted", NULL, NULL, 0}}},
    {"a place in construct with an institution noun ('رئاسة البيت الأبيض') is no goal of a visit; "
     "one after إلى جمهورية is",
     "2021-06-10",
     "وأعرب عن سعادته بقرار الرئيس الأميركي جو بايدن بأن تكون السعودية أول دولة يزورها منذ "
     "توليه رئاسة البيت الأبيض.\n"
     "ويبدأ رئيس الحكومة هشام المشيشي اليوم زيارة رسمية إلى جمهورية ألمانيا الاتحادية.",
     {{"visited", "جو بايدن", NULL, NULL, "البيت الأبيض", NULL, 1},
      {"visited", "هشام المشيشي", NULL, "asserted", "ألمانيا", NULL, 0}}},
    {"a meeting noun right after a verb of holding for two ('على أن يعقدا اجتماعاً مع') has "
     "the two persons named before it for one side",
     "2023-11-25",
     "وقالت المصادر إن وزير الخارجية الأردني أيمن الصفدي، ووزير الخارجية المصري سامح شكري، "
     "سيصلان إلى الدوحة صباح الأحد، على أن يعقدا اجتماعاً مع رئيس الوزراء القطري محمد بن عبد "
     "الرحمن آل ثاني.",
     {{"met", "أيمن الصفدي", "محمد بن عبد الرحمن آل ثاني", "planned", NULL, NULL, 0},
      {"met", "سامح شكري", "محمد بن عبد الرحمن آل ثاني", "planned", NULL, NULL, 0}}},
    {"the first word of a compound given name (فتح of فتح الله) starts no name alone: 'على فتح "
     "سفارتين' is the opening of two embassies; the compound still names",
     "2021-08-11",
     "وأكد الوزير أن البلدين سيعملان على فتح سفارتين خلال الأشهر المقبلة.\n"
     "والتقى وزير الخارجية ناصر بوريطة أمس فتح الله السجلماسي في الرباط.",
     {{"entity", "فتح سفارتين", NULL, NULL, NULL, NULL, 1},
      {"met", "ناصر بوريطة", "فتح الله السجلماسي", "asserted", NULL, NULL, 0}}},
    {"a given name that is also a word, or a foreign name no list knows, before its own title in "
     "apposition past a comma names a person (a country written with the article too)",
     "2018-12-04",
     "أجرى الحبيب الكشو، رئيس مجلس النواب، اليوم بمقر المجلس مباحثات مع رودريغو بلانكو، رئيس "
     "مجلس الشيوخ والكونغرس الوطني بجمهورية الأوروغواي.",
     {{"met", "الحبيب الكشو", "رودريغو بلانكو", NULL, NULL, NULL, 0},
      {"entity", "الأوروغواي", NULL, NULL, NULL, NULL, 0}}},
    {"a surname the article named someone by is his, not a title with an ending: 'يلتقي رئيسي' "
     "after 'إبراهيم رئيسي'",
     "2023-08-23",
     "وصل رئيس الجمهورية الإيرانية إبراهيم رئيسي اليوم إلى جوهانسبرغ.\n"
     "ومن المقرر أن يلتقي رئيسي غدا على هامش القمة الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا.",
     {{"met", "إبراهيم رئيسي", "لولا دا سيلفا", "planned", NULL, NULL, 0}}},
    {"an office, a preposition and its body, then a comma and the holder's name",
     "2023-03-10",
     "عنوان الخبر\n"
     "وكان عبد الله باتيلي زار طرابلس أمس، والتقى وزير الخارجية في حكومة الوحدة الوطنية، نجلاء "
     "المنقوش، دون أن تسفر الزيارة عن نتيجة.",
     {{"met", "عبد الله باتيلي", "نجلاء المنقوش", "asserted", NULL, NULL, 0},
      {"holds_role", "نجلاء المنقوش", NULL, "asserted", NULL, NULL, 0}}},
    {"a plural title, a comma, then its holders each with his nationality: they meet one another",
     "2019-04-20",
     "وأفادت المصادر بأنه من المقرر أن يلتقي وزراء خارجية الدول الثلاث، المصري سامح شكري "
     "والأردني أيمن الصفدي والعراقي محمد علي الحكيم، في عمّان الأسبوع المقبل.",
     {{"met", "سامح شكري", "أيمن الصفدي", "planned", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "محمد علي الحكيم", "planned", NULL, NULL, 0},
      {"met", "سامح شكري", "محمد علي الحكيم", "planned", NULL, NULL, 0}}},
    {"an office of a state the engine does not know is no holder of another country's office",
     "2023-05-10",
     "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني رئيس الوزراء محمد بن عبد الرحمن آل ثاني.\n"
     "من جهة أخرى، استقبل نائب الرئيس التركي جودت يلماز، اليوم الثلاثاء، في أنقرة، رئيس وزراء "
     "جمهورية شمال قبرص التركية أونال أوستال.",
     {{"met", "جودت يلماز", "محمد بن عبد الرحمن آل ثاني", NULL, NULL, NULL, 1},
      {"met", "تميم بن حمد", "محمد بن عبد الرحمن آل ثاني", "asserted", NULL, NULL, 0}}},
    {"a chair named past a clause word (فيما) heads that clause's body, not a delegation before it",
     "2015-08-20",
     "استقبل رئيس الحكومة الحبيب الصيد أمس وفداً من بلدية صفاقس برئاسة محمد البرقاوي، فيما تعقد "
     "اللجنة الوزارية المكلفة بالملف برئاسة وزير البيئة نجيب درويش اجتماعاً الاثنين المقبل.",
     {{"met", "الحبيب الصيد", "محمد البرقاوي", "asserted", NULL, NULL, 0},
      {"met", "الحبيب الصيد", "نجيب درويش", NULL, NULL, NULL, 1}}},
    {"a name in quotes a few words after what is named after someone is the venue's name",
     "2022-10-30",
     "انطلقت اليوم بالمركز الدولي للمؤتمرات \"عبد اللطيف رحال\" أشغال الاجتماع التحضيري "
     "لوزراء الخارجية العرب، برئاسة وزير الشؤون الخارجية رمطان لعمامرة.",
     {{"entity", "عبد اللطيف رحال", NULL, NULL, NULL, NULL, 1},
      {"holds_role", "رمطان لعمامرة", NULL, "asserted", NULL, NULL, 0}}},
    {"a meeting noun with a pronoun right after a body's name in quotes is that body's meeting",
     "2022-06-15",
     "واستقبل رئيس الحكومة نجيب ميقاتي رئيس مجلس النواب نبيه بري.\n"
     "وفي الحراك النيابي، عقد \"تكتل لبنان القوي\" اجتماعه الأسبوعي برئاسة النائب جبران "
     "باسيل، وبحث في الاستحقاقات المقبلة.",
     {{"met", "نجيب ميقاتي", "نبيه بري", "asserted", NULL, NULL, 0},
      {"met", "نجيب ميقاتي", "جبران باسيل", NULL, NULL, NULL, 1}}},
    {"every item of a headline joined by '..' is told as a headline: its present is the body's "
     "past, not an announcement",
     "2016-03-08",
     "الملك يستقبل رئيس الوزراء التونسي.. ومزوار يلتقي العربي ويتوجه إلى الدوحة\n"
     "الرباط - ماب\n"
     "استقبل الملك محمد السادس اليوم رئيس الحكومة التونسية الحبيب الصيد.\n"
     "والتقى وزير الشؤون الخارجية صلاح الدين مزوار اليوم الأمين العام لجامعة الدول العربية "
     "نبيل العربي بالرباط.",
     {{"met", "صلاح الدين مزوار", "نبيل العربي", "asserted", NULL, NULL, 0},
      {"met", "صلاح الدين مزوار", "نبيل العربي", "planned", NULL, NULL, 1}}},
    {"a day between slashes ('غدا /الثلاثاء/') sets no clause apart from the verb's goal",
     "2016-03-07",
     "والتقى وزير الخارجية سامح شكري اليوم نظيره الأردني ناصر جودة.\n"
     "ويتوجه شكري غدا /الثلاثاء/ إلى الخرطوم في زيارة تستغرق يوما واحدا.",
     {{"visited", "سامح شكري", NULL, "planned", "الخرطوم", NULL, 0}}},
    {"a team for the subject of a meeting verb ('يلتقي منتخب تونس نظيره') plays a match: its "
     "counterpart is no one's, and the sentence before lends no subject",
     "2015-11-02",
     "واستقبل الرئيس الباجي قائد السبسي اليوم نظيره الجزائري عبد العزيز بوتفليقة.\n"
     "وفي شأن آخر، يلتقي منتخب تونس لكرة السلة نظيره المغربي مساء غد في مباراة ودية.",
     {{"met", "الباجي قائد السبسي", "عبد العزيز بوتفليقة", "asserted", NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", NULL, "planned", NULL, NULL, 1}}},
    {"the public for the subject of a meeting verb ('ويلتقي جمهور المعرض بنخبة من الكتاب') meets "
     "no one in the name of the minister who opened the fair",
     "2019-02-08",
     "افتتح وزير الشؤون الثقافية محمد زين العابدين اليوم معرض الكتاب.\n"
     "ويلتقي جمهور المعرض يوم السبت بالروائي الحبيب السالمي في أمسية أدبية.",
     {{"met", "محمد زين العابدين", "الحبيب السالمي", NULL, NULL, NULL, 1}}},
    {"a meeting noun picked out of public events ('لقاءات مفتوحة مع كتاب، من بينها لقاء مع "
     "الروائي X') is a public event too, no meeting of the minister's",
     "2019-02-08",
     "وأجرى وزير الشؤون الثقافية محمد زين العابدين اليوم مباحثات مع نظيره الجزائري عز الدين "
     "ميهوبي.\n"
     "وتحتضن قاعات المعرض يوميا لقاءات مفتوحة مع كتاب ومبدعين، من بينها لقاء مع الروائي "
     "الحبيب السالمي.",
     {{"met", "محمد زين العابدين", "عز الدين ميهوبي", "asserted", NULL, NULL, 0},
      {"met", "محمد زين العابدين", "الحبيب السالمي", NULL, NULL, NULL, 1}}},
    {"a meeting picked out of a series to come ('سيعقد على هامش القمة سلسلة لقاءات ...، يتقدمها "
     "لقاء مع X') is to come too; the summit the series is held at stops no plan",
     "2016-05-01",
     "وأعلنت الرئاسة أن الرئيس الباجي قائد السبسي سيعقد على هامش القمة سلسلة لقاءات ثنائية مع "
     "عدد من القادة، يتقدمها لقاء مع الرئيس الفرنسي فرانسوا هولاند.",
     {{"met", "الباجي قائد السبسي", "فرانسوا هولاند", "planned", NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", "فرانسوا هولاند", "asserted", NULL, NULL, 1}}},
    {"after 'على أن' the traveller is the one the sentence named first after a verb of no event "
     "('ومن المنتظر أن يغادر X بيروت'), not the subject of the sentence before",
     "2022-06-14",
     "واستقبل النائب تيمور جنبلاط في دارته السفيرة الفرنسية آن غريو.\n"
     "ومن المنتظر أن يغادر الموفد الأمريكي آموس هوكشتاين بيروت مساء اليوم، على أن يتوجه غدا "
     "إلى قبرص.",
     {{"visited", "آموس هوكشتاين", NULL, "planned", "قبرص", NULL, 0},
      {"visited", "تيمور جنبلاط", NULL, NULL, NULL, NULL, 1}}},
    {"after a name a rank introduced, an office of a country with a name after it is the next "
     "person's, who is the guest ('استقبل اللواء X سفير اليونان بالقاهرة Y')",
     "2019-04-16",
     "استقبل اللواء مجدي حجازي سفير اليونان بالقاهرة كيرياكوس كوروس والوفد المرافق له.",
     {{"met", "مجدي حجازي", "كيرياكوس كوروس", "asserted", NULL, NULL, 0},
      {"holds_role", "مجدي حجازي", NULL, NULL, NULL, NULL, 1}}},
    {"a masdar of what is discussed after a headline's guest ('ويبحث مع السفير الألماني دعم "
     "الاستثمار') is no name of his",
     "2019-04-16",
     "محافظ الأقصر يستقبل المواطنين.. ويبحث مع السفير الألماني دعم الاستثمار\n"
     "استقبل اللواء مصطفى ألهم محافظ الأقصر اليوم السفير الألماني يوليوس جيورج لوي، في مستهل "
     "زيارة السفير للأقصر.",
     {{"entity", "دعم الاستثمار", NULL, NULL, NULL, NULL, 1}}},
    {"a verb with و past a comma goes on with its sentence's subject: the one named after it is "
     "its object, and no subject of the next event past another comma",
     "2019-03-12",
     "وصل وزير الخارجية الأردني أيمن الصفدي إلى أنقرة أمس، والتقى الرئيس رجب طيب أردوغان، "
     "وعقد مؤتمرا صحفيا مشتركا مع نظيره التركي مولود جاويش أوغلو.",
     {{"met", "أيمن الصفدي", "رجب طيب أردوغان", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "مولود جاويش أوغلو", "asserted", NULL, NULL, 0},
      {"met", "رجب طيب أردوغان", "مولود جاويش أوغلو", NULL, NULL, NULL, 1}}},
    {"a pair verb after a call between the same two ('اتصال هاتفي جرى بين X و Y، بحثا خلاله') "
     "tells what they said in that call: no meeting",
     "2021-01-10",
     "وكان اتصال هاتفي قد جرى بين ملك البحرين حمد بن عيسى آل خليفة والرئيس التونسي قيس سعيد، "
     "بحثا خلاله العلاقات الثنائية.",
     {{"phoned", "حمد بن عيسى آل خليفة", "قيس سعيد", NULL, NULL, NULL, 0},
      {"met", "حمد بن عيسى آل خليفة", "قيس سعيد", NULL, NULL, NULL, 1}}},
    {"a visit noun a verb of performing follows ('في أول زيارة يقوم بها للبنان') is the visit of "
     "the one who met, not of the first one he met",
     "2013-12-02",
     "الرئيس سليمان يستقبل رئيس الوزراء الأردني.. ومنصور يلتقي العربي\n"
     "استقبل الرئيس العماد ميشال سليمان اليوم رئيس الوزراء الأردني عبد الله النسور.\n"
     "تلقى وزير الخارجية عدنان منصور اتصالا هاتفيا من نظيره البريطاني وليام هيغ. وكان هيغ قد "
     "زار بيروت في الثالث من نوفمبر الماضي، حيث التقى الرئيس سليمان والوزير منصور، في أول "
     "زيارة يقوم بها للبنان منذ سنوات.",
     {{"visited", "وليام هيغ", NULL, "asserted", "بيروت", NULL, 0},
      {"visited", "سليمان", NULL, NULL, NULL, NULL, 1},
      {"visited", "ميشال سليمان", NULL, NULL, NULL, NULL, 1}}},
    {"a visit with a pronoun right after an unnamed delegation head who speaks ('فيما أكد رئيس "
     "الوفد الياباني أن زيارته') is his, not the host's named before",
     "2018-05-09",
     "وكان في استقبال الوفد في مقر الغرفة سعادة ماجد سيف الغرير رئيس مجلس إدارة الغرفة، فيما "
     "أكد رئيس الوفد الياباني أن زيارته إلى دبي تهدف إلى توسيع التعاون.",
     {{"visited", "ماجد سيف الغرير", NULL, NULL, NULL, NULL, 1}}},
    {"عيد inside a name ('فهد عيد المطيري') and a compound given name with الدين in second "
     "place ('محمد بهاء الدين') are read whole",
     "2016-02-14",
     "والتقى رئيس الاتحاد فهد عيد المطيري أمس رئيس النادي الدكتور محمد بهاء الدين.",
     {{"met", "فهد عيد المطيري", "محمد بهاء الدين", "asserted", NULL, NULL, 0}}},
    {"a country's office right after the bare name of a guest no list knows ('Y مساعد وزير "
     "الخارجية الأمريكي،') is his title, no second guest",
     "2019-11-04",
     "التقى الوزير عبدالله بن زايد، في مقر الوزارة، ديفيد ساترفيلد مساعد وزير الخارجية "
     "الأمريكي لشؤون الشرق الأدنى، وبحث معه العلاقات.",
     {{"met", "عبدالله بن زايد", "ديفيد ساترفيلد", "asserted", NULL, NULL, 0},
      {"holds_role", "ديفيد ساترفيلد", NULL, "asserted", NULL, NULL, 0},
      {"entity", "مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى", NULL, NULL, NULL, NULL, 1}}},
    {"... also when a place of the meeting is named between them ('، في مقر الوزارة في أبوظبي،')",
     "2019-11-04",
     "التقى الوزير عبدالله بن زايد، في مقر الوزارة في أبوظبي، ديفيد ساترفيلد مساعد وزير "
     "الخارجية الأمريكي لشؤون الشرق الأدنى، وبحث معه العلاقات.",
     {{"holds_role", "ديفيد ساترفيلد", NULL, "asserted", NULL, NULL, 0},
      {"entity", "مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى", NULL, NULL, NULL, NULL, 1}}},
    {"an undated meeting in one city takes no date from the same two's meeting in another "
     "('في أبوظبي' now, 'في واشنطن في سبتمبر الماضي' before)",
     "2019-11-04",
     "استقبل الشيخ محمد بن زايد في قصر الشاطئ اليوم رئيس وزراء الهند ناريندرا مودي، الذي يزور "
     "الإمارات حاليا.\n"
     "في سياق متصل، التقى معالي الدكتور أنور بن محمد قرقاش وزير الدولة للشؤون الخارجية، في مقر "
     "وزارة الخارجية في أبوظبي، ديفيد ساترفيلد مساعد وزير الخارجية الأمريكي لشؤون التخطيط. "
     "وجرى خلال اللقاء بحث العلاقات.\n"
     "وكان معالي الدكتور أنور قرقاش قد التقى ساترفيلد في واشنطن خلال زيارته للعاصمة الأمريكية "
     "في سبتمبر الماضي.",
     {{"met", "أنور بن محمد قرقاش", "ديفيد ساترفيلد", "asserted", "واشنطن", "2019-09", 0},
      {"met", "أنور بن محمد قرقاش", "ديفيد ساترفيلد", "asserted", "أبوظبي", "2019-09", 1}}},
    {"a meeting noun after '، في أول' describes the meeting told before the comma: it pairs "
     "none of that meeting's guests with each other, and takes no date after منذ",
     "2016-03-10",
     "وسيعقد أوباما على هامش القمة لقاءات ثنائية مع الملك عبدالله الثاني، ورئيس الوزراء "
     "العراقي حيدر العبادي، في أول لقاء يجمعه بالعاهل الأردني منذ زيارته في فبراير الماضي.",
     {{"met", "حيدر العبادي", "الملك عبد الله الثاني", NULL, NULL, NULL, 1}}},
    {"the subject's own arrival after a time word ('واجتمع فور وصوله مع X') dates the meeting and "
     "leaves its guest in its clause; a present after قبل أن that follows it ('قبل أن يلتقي أمس "
     "Y') is as past as the meeting, no programme of the arrival",
     "2015-03-10",
     "ووصل وزير الخارجية الجزائري رمطان لعمامرة إلى تونس مساء الأحد، واجتمع فور وصوله مع نظيره "
     "التونسي الطيب البكوش في مقر الوزارة، قبل أن يلتقي أمس رئيس الحكومة الحبيب الصيد في قصر "
     "الحكومة بالقصبة.",
     {{"met", "رمطان لعمامرة", "الطيب البكوش", "asserted", NULL, "2015-03-08", 0},
      {"met", "رمطان لعمامرة", "الحبيب الصيد", "asserted", NULL, "2015-03-09", 0}}},
    {"the charge between a title's adjective and the name ('الرئيس المكلف تشكيل الحكومة X') is "
     "part of the title: the title is X's, not the president the article named before",
     "2015-01-06",
     "وقال الرئيس الفرنسي فرانسوا هولاند إن بلاده تدعم تونس.\n"
     "واستقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج الرئيس المكلف تشكيل الحكومة "
     "الحبيب الصيد.",
     {{"met", "الباجي قائد السبسي", "الحبيب الصيد", "asserted", NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", "فرانسوا هولاند", NULL, NULL, NULL, 1}}},
    {"a visit's programme told with a motion noun ('توجه الرئيس الجزائري إلى جامعة الزيتونة حيث "
     "يلتقي X') goes on with its traveller after حيث, not with the host of the sentence before; "
     "'ويستقبله Y' after it receives the traveller, not X whom he met",
     "2023-05-10",
     "استقبل الرئيس قيس سعيد اليوم بقصر قرطاج الرئيس الجزائري عبد المجيد تبون.\n"
     "وتشمل الزيارة، حسب البرنامج الرسمي، توجه الرئيس الجزائري غدا إلى جامعة الزيتونة حيث يلتقي "
     "رئيس الجامعة هشام قريسة، ثم إلى مجلس نواب الشعب في اليوم نفسه لإلقاء كلمة، ويستقبله رئيس "
     "المجلس إبراهيم بودربالة.",
     {{"met", "عبد المجيد تبون", "هشام قريسة", "planned", NULL, "2023-05-11", 0},
      {"met", "عبد المجيد تبون", "إبراهيم بودربالة", "planned", NULL, "2023-05-11", 0},
      {"met", "قيس سعيد", "هشام قريسة", NULL, NULL, NULL, 1},
      {"met", "إبراهيم بودربالة", "هشام قريسة", NULL, NULL, NULL, 1}}},
    {"the short form of the Saudi king's title ('خادم الحرمين') names him as the long one does",
     "2019-05-10",
     "واستقبل خادم الحرمين اليوم في قصر اليمامة بالرياض رئيس الوزراء الباكستاني عمران خان.",
     {{"met", "الملك سلمان", "عمران خان", "asserted", "قصر اليمامة", "2019-05-10", 0}}},
    {"after حيث the meeting is his whom the sentence's verb of motion names by his title only "
     "('وتوجه خادم الحرمين الشريفين إلى جامعة الملك سعود حيث التقى X'), though his destination "
     "is no place the engine visits",
     "2019-05-10",
     "وتوجه خادم الحرمين الشريفين أمس إلى جامعة الملك سعود حيث التقى وزير التعليم حمد آل الشيخ.",
     {{"met", "الملك سلمان", "حمد آل الشيخ", "asserted", NULL, "2019-05-09", 0}}},
    {"a letter's sender after its addressee ('رسالة خطية موجهة إلى الشيخ X رئيس الدولة \"حفظه "
     "الله\" من الملك Y') sent it and met no one: names and a quoted benediction stand between",
     "2016-03-03",
     "استقبل سمو الشيخ محمد بن زايد اليوم وزير الخارجية الأردني أيمن الصفدي.\n"
     "وتسلم سموه خلال اللقاء رسالة خطية موجهة إلى صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس "
     "الدولة \"حفظه الله\" من جلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية "
     "الهاشمية تتعلق بالعلاقات الثنائية.",
     {{"met", "محمد بن زايد", "أيمن الصفدي", "asserted", NULL, NULL, 0},
      {"met", "محمد بن زايد", "عبدالله الثاني", NULL, NULL, NULL, 1},
      {"met", "خليفة بن زايد", "عبدالله الثاني", NULL, NULL, NULL, 1}}},
    {"a country's office after a name an honorific introduced ('معالي X وزير خارجية المجر "
     "الذي يقوم ...') is X's in that country: the headline's 'وزير خارجية المجر' is X",
     "2018-03-03",
     "عبدالله بن زايد يستقبل وزير خارجية المجر\n"
     "أبوظبي في 3 مارس / وام /\n"
     "استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم معالي بيتر سيارتو وزير "
     "خارجية المجر الذي يقوم بزيارة رسمية إلى دولة الإمارات.",
     {{"met", "عبدالله بن زايد", "بيتر سيارتو", "asserted", NULL, NULL, 0},
      {"entity", "وزير خارجية المجر", NULL, NULL, NULL, NULL, 1}}},
    {"'سموه الزيارة التي قام بها إلى P' is the visit of the one سموه names, and 'والتي التقى "
     "خلالها Y' his meeting - not the visit or the meeting of the guest the article told of; a "
     "given name and a country's office after it ('دولة فيكتور أوربان رئيس وزراء المجر') are one",
     "2018-03-03",
     "استقبل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم معالي بيتر سيارتو وزير "
     "خارجية المجر الذي يقوم بزيارة رسمية إلى دولة الإمارات.\n"
     "ورحب سموه بزيارة معالي الوزير المجري.\n"
     "واستذكر سموه الزيارة التي قام بها إلى بودابست في شهر مايو من العام الماضي والتي التقى "
     "خلالها دولة فيكتور أوربان رئيس وزراء المجر.",
     {{"visited", "عبدالله بن زايد", NULL, "asserted", "بودابست", "2017-05", 0},
      {"met", "عبدالله بن زايد", "فيكتور أوربان", "asserted", NULL, "2017-05", 0},
      {"visited", "بيتر سيارتو", NULL, NULL, "بودابست", NULL, 1},
      {"met", "بيتر سيارتو", "فيكتور أوربان", NULL, NULL, NULL, 1}}},
    {"a given name and a family name of a verb's shape ('ألكسندر تسيفيليف') are a name when a "
     "country's office follows in apposition",
     "2024-10-10",
     "والتقى وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان في موسكو ألكسندر تسيفيليف وزير "
     "الطاقة الروسي.",
     {{"met", "عبدالعزيز بن سلمان", "ألكسندر تسيفيليف", "asserted", "موسكو", NULL, 0}}},
    {"a summit one was to go to take part in ('كان مقررا أن يتوجه X إلى الرباط للمشاركة في قمة "
     "رباعية يستضيفها Y وتجمعه مع Z') is to come, and so is the gathering its relative clause "
     "tells, however far the word of plan",
     "2023-02-13",
     "وكان مقررا أن يتوجه الرئيس الفرنسي إيمانويل ماكرون من مدريد إلى الرباط للمشاركة في قمة "
     "رباعية يستضيفها الملك محمد السادس وتجمعه مع الرئيسين الموريتاني محمد ولد الغزواني "
     "والسنغالي ماكي سال، قبل أن تلغى القمة.",
     {{"met", "إيمانويل ماكرون", "محمد السادس", "planned", NULL, NULL, 0},
      {"met", "محمد السادس", "ماكي سال", "planned", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "محمد السادس", "asserted", NULL, NULL, 1},
      {"met", "محمد السادس", "ماكي سال", "asserted", NULL, NULL, 1}}},
    {"'بعد الجزائر التي التقى فيها Y': a tour's stop whose traveller the engine cannot name is "
     "no meeting of the host the sentence before told of",
     "2018-01-10",
     "واستقبل وزير الخارجية المصري سامح شكري اليوم في القاهرة نظيره الليبي محمد الطاهر سيالة.\n"
     "وكانت القاهرة المحطة الثالثة في أول جولة خارجية لسيالة، بعد الجزائر التي التقى فيها الرئيس "
     "عبد المجيد تبون.",
     {{"met", "سامح شكري", "محمد الطاهر سيالة", "asserted", NULL, NULL, 0},
      {"met", "سامح شكري", "عبد المجيد تبون", NULL, NULL, NULL, 1}}},
    {"what a title's holder affirms ('وأكد فخامة الرئيس حرص الحكومة الشرعية على'، 'أكد الأمين "
     "العام الجديد حرص الاتحاد على') is no one's name",
     "2017-03-10",
     "واستقبل الرئيس عبد ربه منصور هادي اليوم في الرياض سفير الاتحاد الأوروبي.\n"
     "وأكد فخامة الرئيس حرص الحكومة الشرعية على إنجاح المشاورات.\n"
     "كما أكد الأمين العام الجديد حرص الاتحاد على الحفاظ على المؤسسات.",
     {{"entity", "حرص الحكومة", NULL, NULL, NULL, NULL, 1},
      {"entity", "حرص الاتحاد", NULL, NULL, NULL, NULL, 1}}},
    {"'وصل X، واستقبله Y في المطار، ثم التقى Z': the one received goes on with the sentence, "
     "not his host",
     "2022-08-26",
     "ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر أمس، واستقبله الرئيس عبد المجيد تبون في "
     "مطار هواري بومدين الدولي، ثم التقى رئيس الحكومة أيمن بن عبد الرحمان في قصر الحكومة.",
     {{"met", "عبد المجيد تبون", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "أيمن بن عبد الرحمان", "asserted", NULL, NULL, 0},
      {"met", "عبد المجيد تبون", "أيمن بن عبد الرحمان", NULL, NULL, NULL, 1}}},
    {"a second office with و after the office a name took ('X رئيس مجلس الوزراء ووزير الداخلية "
     "بمكتبه') is his, no guest - not the interior minister the article named before",
     "2022-03-01",
     "واستقبل وزير الداخلية السعودي الأمير عبدالعزيز بن سعود بن نايف أمس في الرياض نظيره "
     "الكويتي.\n"
     "من جهة أخرى، استقبل معالي الشيخ خالد بن خليفة بن عبدالعزيز آل ثاني رئيس مجلس الوزراء "
     "ووزير الداخلية بمكتبه في الديوان الأميري اليوم، معالي السيد بدر بن حمد البوسعيدي وزير "
     "الخارجية بسلطنة عمان.",
     {{"met", "خالد بن خليفة", "بدر بن حمد البوسعيدي", "asserted", NULL, NULL, 0},
      {"met", "خالد بن خليفة", "عبدالعزيز بن سعود", NULL, NULL, NULL, 1}}},
    {"'مع X وزير الاقتصاد بالجمهورية التركية، الذي وصل إلى تونس': the relative refers to X past "
     "his office in apposition; the host did not travel",
     "2017-02-01",
     "واجتمع وزير التجارة عمر الباهي أمس مع كمال درويش وزير الاقتصاد بالجمهورية التركية، الذي "
     "وصل إلى تونس في زيارة رسمية.",
     {{"met", "عمر الباهي", "كمال درويش", "asserted", NULL, NULL, 0},
      {"visited", "كمال درويش", NULL, "asserted", "تونس", NULL, 0},
      {"visited", "عمر الباهي", NULL, NULL, "تونس", NULL, 1}}},
    {"a surname of a particle and a word with the article ('عبد المهدي' of 'عادل عبد المهدي') "
     "names him later in the article: the visit is his, not the host's",
     "2019-03-12",
     "واستقبل الرئيس برهم صالح أمس في بغداد رئيس الوزراء عادل عبد المهدي.\n"
     "ويستعد عبد المهدي بدوره لزيارة طهران الأسبوع المقبل.",
     {{"visited", "عادل عبد المهدي", NULL, "planned", "طهران", NULL, 0},
      {"visited", "برهم صالح", NULL, NULL, "طهران", NULL, 1}}},
    {"after أن a nationality, quoted or not, is the verb's own subject: the speaker did not "
     "travel",
     "2019-03-12",
     "استقبل الرئيس عبد الفتاح السيسي اليوم الأمين العام لجامعة الدول العربية أحمد أبو الغيط.\n"
     "وأوضح أبو الغيط أن \"السوري وصل إلى بيروت أمس\".",
     {{"visited", "أبو الغيط", NULL, NULL, "بيروت", NULL, 1},
      {"visited", "عبد الفتاح السيسي", NULL, NULL, "بيروت", NULL, 1}}},
    {"'وتأتي الزيارة تتويجا لمسار ...' frames the visit told and is no new one: it takes no "
     "date or place of the events its sentence recalls",
     "2021-12-15",
     "استقبل الرئيس قيس سعيد اليوم بقصر قرطاج الرئيس الجزائري عبد المجيد تبون، الذي يؤدي زيارة "
     "دولة إلى تونس.\n"
     "وتأتي الزيارة تتويجا لمسار طويل من التنسيق بين تونس والجزائر، كان أبرز محطاته استقبال "
     "الرئيس قيس سعيد لرئيس الحكومة الجزائري أيمن بن عبد الرحمان في 10 مارس الماضي.",
     {{"visited", "عبد المجيد تبون", NULL, "asserted", "تونس", "2021-12-15", 0},
      {"visited", "عبد المجيد تبون", NULL, NULL, NULL, "2021-03-10", 1}}},
    {"a visit in construct with a common noun ('رحب فيه بزيارة الحكومة إلى بروكسل') is that "
     "body's, not the caller's; a verb of motion after a relative that follows a common noun "
     "('فريق الخبراء الطبيين الصينيين الذي وصل إلى طهران') is that noun's",
     "2020-03-10",
     "وتلقى رئيس الحكومة يوسف الشاهد مساء أمس اتصالا هاتفيا من رئيس البرلمان الأوروبي أنطونيو "
     "تاياني، رحب فيه بزيارة الحكومة إلى بروكسل.\n"
     "وأجرى وزير الخارجية الصيني وانغ يي اليوم محادثة هاتفية مع نظيره الإيراني محمد جواد ظريف، "
     "أكد خلالها أن فريق الخبراء الطبيين الصينيين الذي وصل إلى طهران أواخر فبراير الماضي يعمل "
     "مع نظرائه.",
     {{"phoned", "وانغ يي", "محمد جواد ظريف", "asserted", NULL, NULL, 0},
      {"visited", "أنطونيو تاياني", NULL, NULL, "بروكسل", NULL, 1},
      {"visited", "وانغ يي", NULL, NULL, "طهران", NULL, 1}}},
    {"a family name that is also a word that ends names ('معالي ماكي فور وزير خارجية السنغال') "
     "is his when a country's office follows in apposition: one guest, named in full",
     "2019-11-04",
     "استقبل الرئيس عبد المجيد تبون اليوم بقصر المرادية معالي ماكي فور وزير خارجية السنغال.",
     {{"met", "عبد المجيد تبون", "ماكي فور", "asserted", NULL, NULL, 0},
      {"entity", "وزير خارجية السنغال", NULL, NULL, NULL, NULL, 1}}},
    {"what an opponent renews ('جدد الائتلاف المعارض ربط مشاركته في المؤتمر') is no one's name",
     "2013-10-21",
     "في المقابل، جدد «الائتلاف الوطني السوري» المعارض ربط مشاركته في المؤتمر بضمانات واضحة.",
     {{"entity", "ربط مشاركته", NULL, NULL, NULL, NULL, 1}}},
    {"a country's office after a name read from a given name is his only when the name cannot "
     "be the sentence going on ('مكان الباجي لسحبت سفير تونس من واشنطن') nor a city's office "
     "('رشيد سعيد نائب رئيس جامعة المنستير')",
     "2017-02-04",
     "الهاشمي الحامدي: لو كنت مكان الباجي لسحبت سفير تونس من واشنطن.\n"
     "وفق ما أفاد به رشيد سعيد نائب رئيس جامعة المنستير مكلف بالبرامج.",
     {{"holds_role", "الباجي لسحبت", NULL, NULL, NULL, NULL, 1},
      {"holds_role", "رشيد سعيد", NULL, NULL, NULL, NULL, 1}}},
    {"a ruler's honorific alone ('واستقبل صاحب السمو سمو الشيخ X') is the ruler the article "
     "honoured so, and the honorific after it opens the guest's name",
     "2021-06-07",
     "استقبل صاحب السمو الأمير الشيخ نواف الأحمد الجابر الصباح في قصر بيان أمس سمو ولي العهد "
     "الشيخ مشعل الأحمد الجابر الصباح.\n"
     "واستقبل صاحب السمو سمو الشيخ صباح خالد الحمد الصباح رئيس مجلس الوزراء.",
     {{"met", "نواف الأحمد", "مشعل الأحمد", "asserted", NULL, NULL, 0},
      {"met", "نواف الأحمد", "صباح خالد الحمد الصباح", "asserted", NULL, NULL, 0}}},
    {"'صاحب السمو استقبل ولي العهد والغانم' (a headline): the ruler's honorific before the verb is "
     "its subject, and the guests it lists did not meet each other",
     "2021-06-07",
     "صاحب السمو استقبل ولي العهد والغانم\n"
     "استقبل صاحب السمو الأمير الشيخ نواف الأحمد الجابر الصباح في قصر بيان أمس سمو ولي العهد "
     "الشيخ مشعل الأحمد الجابر الصباح.\n"
     "كما استقبل صاحب السمو رئيس مجلس الأمة مرزوق علي الغانم.",
     {{"met", "نواف الأحمد", "مرزوق علي الغانم", "asserted", NULL, NULL, 0},
      {"met", "مشعل الأحمد", "مرزوق علي الغانم", NULL, NULL, NULL, 1}}},
    {"'جلالته' names the one person the article named 'جلالة', though he was the subject of no "
     "event yet; a person in an aside of when between commas ('، بعد ساعات من إعلان ترامب "
     "قراره،') is no party of the call after it",
     "2017-12-13",
     "التقى رئيس مجلس النواب الحبيب المالكي اليوم رئيس المجلس الوطني الفلسطيني سليم الزعنون، "
     "وبحث معه قرار الرئيس الأمريكي دونالد ترامب.\n"
     "وكان المالكي أجرى الخميس الماضي، بعد ساعات من إعلان ترامب قراره، اتصالا هاتفيا برئيس مجلس "
     "النواب الأردني عاطف الطراونة.\n"
     "ويتزامن ذلك مع مشاركة جلالة الملك محمد السادس في القمة الإفريقية التي بدأت أعمالها اليوم في "
     "أديس أبابا. وكان جلالته التقى الرئيس الفرنسي إيمانويل ماكرون في باريس الأسبوع الماضي.",
     {{"phoned", "الحبيب المالكي", "عاطف الطراونة", "asserted", NULL, NULL, 0},
      {"phoned", "دونالد ترامب", "عاطف الطراونة", NULL, NULL, NULL, 1},
      {"met", "محمد السادس", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"met", "الحبيب المالكي", "إيمانويل ماكرون", NULL, NULL, NULL, 1}}},
    {"'الترتيبات الخاصة بالزيارة إلى القاهرة' after the president's visit there was announced is "
     "that visit, no visit of the minister named since",
     "2023-05-10",
     "ومن المنتظر أن يؤدي الرئيس قيس سعيد زيارة رسمية إلى القاهرة الشهر المقبل.\n"
     "كما استقبل سعيد بقصر قرطاج وزير الشؤون الخارجية نبيل عمار، وتم التطرق إلى الترتيبات "
     "الخاصة بالزيارة إلى القاهرة.",
     {{"visited", "قيس سعيد", NULL, "planned", "القاهرة", NULL, 0},
      {"visited", "نبيل عمار", NULL, NULL, "القاهرة", NULL, 1}}},
    {"Gulf papers name 'طلال خالد الأحمد الصباح' 'طلال الخالد' too: his given name and his "
     "father's with the article are one person with the full name",
     "2023-02-16",
     "استقبل سمو ولي العهد الشيخ مشعل الأحمد الجابر الصباح في قصر بيان أمس النائب الأول لرئيس "
     "مجلس الوزراء وزير الداخلية الشيخ طلال خالد الأحمد الصباح.\n"
     "كما تلقى الشيخ طلال الخالد أمس اتصالا هاتفيا من وزير الداخلية السعودي الأمير عبدالعزيز بن "
     "سعود بن نايف.",
     {{"phoned", "طلال خالد الأحمد", "عبدالعزيز بن سعود", "asserted", NULL, NULL, 0}}},
    {"'أقرت الهيئة العامة لشركة X في اجتماعها أمس': the feminine pronoun is the body's, no meeting "
     "of the woman the sentence before named",
     "2017-05-22",
     "والتقت وزيرة المالية لمياء الزريبي اليوم سفيرة الاتحاد الأوروبي باتريس برغاميني.\n"
     "إلى ذلك، أقرت الهيئة العامة لشركة فسفاط قفصة في اجتماعها أمس، برئاسة رئيس مجلس الإدارة "
     "رمضان سويد، القوائم المالية للشركة.",
     {{"met", "لمياء الزريبي", "باتريس برغاميني", "asserted", NULL, NULL, 0},
      {"met", "لمياء الزريبي", "رمضان سويد", NULL, NULL, NULL, 1}}},
    {"'أن جلسات التفاوض ستستأنف يوم السبت، بلقاء يجمع X بـ Y': the meeting is the means of a verb "
     "in the future, to come on the coming Saturday",
     "2020-01-08",
     "وأعلن الوسيط، في تصريحات صحفية عقب اللقاء، أن جلسات التفاوض ستستأنف يوم السبت، بلقاء يجمع "
     "رئيس حركة العدل والمساواة جبريل إبراهيم برئيس حركة تحرير السودان مني أركو مناوي.",
     {{"met", "جبريل إبراهيم", "مني أركو مناوي", "planned", NULL, "2020-01-11", 0},
      {"met", "جبريل إبراهيم", "مني أركو مناوي", "asserted", NULL, NULL, 1}}},
    {"'X يبحث مع Y ... ويتلقى دعوة لزيارة P': the invitation received after another event is the "
     "subject's, not the counterpart's just named",
     "2021-03-15",
     "بري يبحث مع فرونتسكا ملف الانتخابات ويتلقى دعوة لزيارة نيويورك\n"
     "بحث رئيس مجلس النواب نبيه بري، اليوم، مع الممثلة الخاصة للأمين العام للأمم المتحدة في لبنان "
     "يوانا فرونتسكا، ملف الانتخابات.",
     {{"visited", "نبيه بري", NULL, "planned", "نيويورك", NULL, 0},
      {"visited", "يوانا فرونتسكا", NULL, NULL, "نيويورك", NULL, 1}}},
    {"'وكان سمو الأمير قد التقى أخاه الملك X خلال زيارته الرياض': the visit is the subject's, "
     "named by his title alone, not the king's he met in his own capital",
     "2021-01-10",
     "استقبل حضرة صاحب السمو الشيخ نواف الأحمد الجابر الصباح أمير البلاد أمس وزير الخارجية.\n"
     "وكان سمو الأمير قد التقى أخاه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، "
     "خلال زيارته الرياض في العاشر من ديسمبر الماضي.",
     {{"met", "نواف الأحمد", "سلمان بن عبد", "asserted", "الرياض", NULL, 0},
      {"visited", "نواف الأحمد", NULL, "asserted", "الرياض", "2020-12-10", 0},
      {"visited", "سلمان بن عبد", NULL, NULL, "الرياض", NULL, 1}}},
    {"a nationality of a smaller country names that country's minister, not the article's own",
     "2018-05-02",
     "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج وزير الخارجية السلوفاكي ميروسلاف "
     "لايتشاك.",
     {{"entity", "خميس الجهيناوي", NULL, NULL, NULL, NULL, 1}}},
    {"'وزيرة الشؤون الخارجية والأوروبية لجمهورية X' is that country's foreign minister",
     "2018-05-02",
     "استقبل رئيس الجمهورية الباجي قائد السبسي اليوم بقصر قرطاج وزيرة الشؤون الخارجية والأوروبية "
     "لجمهورية كرواتيا، السيدة مارية بيتشينوفيتش.",
     {{"met", "الباجي قائد السبسي", "مارية بيتشينوفيتش", "asserted", NULL, NULL, 0},
      {"entity", "خميس الجهيناوي", NULL, NULL, NULL, NULL, 1}}},
    {"a family name the article knows keeps its first letter when that letter may be ف or و",
     "2023-05-02",
     "استقبل الرئيس قيس سعيد اليوم وزيرة الخارجية البلجيكية كارين فارين.\n"
     "وكانت السيدة فارين قد أجرت محادثات مع وزير الخارجية نبيل عمار.",
     {{"met", "كارين فارين", "نبيل عمار", "asserted", NULL, NULL, 0}}},
    {"'تلقى X اتصالا من أخيه صاحب السمو Y': a kin word with its pronoun before the caller is the "
     "protocol's apposition, the caller stays after من",
     "2023-03-20",
     "استقبل صاحب السمو الأمير الشيخ نواف الأحمد الجابر الصباح في قصر بيان صباح أمس سمو ولي "
     "العهد الشيخ مشعل الأحمد.\n"
     "كما تلقى صاحب السمو أمس اتصالاً هاتفياً من أخيه صاحب السمو الشيخ محمد بن زايد آل نهيان "
     "رئيس دولة الإمارات.",
     {{"phoned", "نواف الأحمد الجابر", "محمد بن زايد", "asserted", NULL, "2023-03-19", 0}}},
    {"'ترأس X مع نظيره Y أعمال اللجنة': the co-chairs met", "2018-06-17",
     "وترأس وزير الخارجية ناصر جودة مع نظيره المغربي صلاح الدين مزوار أعمال اللجنة المشتركة.",
     {{"met", "ناصر جودة", "صلاح الدين مزوار", "asserted", NULL, NULL, 0}}},
    {"'حيث يلتقي Y، ويترأس مع Z': the visitor co-chairs, not the one he met; in the future too",
     "2018-06-17",
     "عبدالله بن زايد يزور أوزبكستان الأسبوع المقبل\n"
     "ومن المقرر أن يزور الوزير عبدالله بن زايد آل نهيان العاصمة الأوزبكية طشقند الأسبوع المقبل، "
     "حيث يلتقي الرئيس شوكت ميرضيائيف، ويترأس مع وزير الخارجية عبد العزيز كاملوف أعمال اللجنة "
     "المشتركة.",
     {{"met", "عبد الله بن زايد", "عبد العزيز كاملوف", "planned", NULL, NULL, 0},
      {"met", "شوكت ميرضيائيف", "عبد العزيز كاملوف", NULL, NULL, NULL, 1}}},
    {"'نظيره الجزائري آنذاك X': the counterpart then is the one named, not the one at the date",
     "2019-06-17",
     "وكان وزير الخارجية خميس الجهيناوي قد زار الجزائر في مارس الماضي، وترأس مع نظيره الجزائري "
     "آنذاك رمطان لعمامرة أعمال اللجنة المشتركة.",
     {{"met", "خميس الجهيناوي", "رمطان لعمامرة", "asserted", NULL, NULL, 0}}},
    {"'وصل X يرافقه Y، والتقى Z في أول لقاء بينهما': the two are X and Z, the meeting just told",
     "2016-03-12",
     "وكان المبعوث الأممي ستيفان دي ميستورا قد وصل إلى دمشق أمس السبت يرافقه نائبه رمزي عز الدين "
     "رمزي، والتقى الرئيس بشار الأسد لنحو ساعتين في أول لقاء بينهما.",
     {{"met", "ستيفان دي ميستورا", "بشار الأسد", "asserted", NULL, NULL, 0},
      {"met", "رمزي عز الدين رمزي", "بشار الأسد", NULL, NULL, NULL, 1}}},
    {"'طلب X من Y، خلال اتصال هاتفي، إرسال الوفد': the call is with Y, not the delegation asked "
     "for",
     "2008-03-12",
     "ألغى رئيس الوزراء الإسرائيلي إيهود أولمرت زيارة وفد يضم الوزير حاييم رامون ومستشاره يورام "
     "توربوفيتش إلى واشنطن.\n"
     "وكان الرئيس الأمريكي جورج بوش قد طلب من أولمرت، خلال اتصال هاتفي يوم الاثنين الماضي، إرسال "
     "الوفد إلى واشنطن.",
     {{"phoned", "جورج بوش", "إيهود أولمرت", "asserted", NULL, "2008-03-10", 0},
      {"phoned", "جورج بوش", "حاييم رامون", NULL, NULL, NULL, 1}}},
    {"'دور للرئيس X' is a complement of a noun, no party of the meeting after it", "2015-09-10",
     "وكان رئيس الائتلاف السوري خالد خوجة قد عرض الأربعاء في باريس رؤية الائتلاف لمرحلة انتقالية "
     "لا يكون فيها دور للرئيس السوري بشار الأسد، خلال اجتماع استضافه وزير الخارجية الفرنسي لوران "
     "فابيوس.",
     {{"met", "خالد خوجة", "لوران فابيوس", "asserted", "باريس", "2015-09-09", 0},
      {"met", "بشار الأسد", "لوران فابيوس", NULL, NULL, NULL, 1}}},
    {"'محافظها الأمير Y': a title with its pronoun, then an honorific: the name after them is "
     "whole, though its given name is also a word; the visitor meets him",
     "2021-04-20",
     "وزير الصحة يتفقد مستشفيات منطقة حائل\n"
     "تفقد وزير الصحة الدكتور توفيق الربيعة اليوم مستشفيات منطقة حائل.\n"
     "ومن المقرر أن يزور وزير الصحة غدا محافظة الخرج، حيث يلتقي محافظها الأمير ماجد بن سعد بن "
     "عبدالعزيز، ويدشن عددا من المراكز الصحية.",
     {{"met", "توفيق الربيعة", "ماجد بن سعد بن عبدالعزيز", "planned", NULL, "2021-04-21", 0}}},
    {"a bare 'الوزير' is the one minister of the article when everyone else named holds a title "
     "of his own: the emir who received him does not travel",
     "2021-05-10",
     "أمير الباحة يستقبل وزير النقل\n"
     "استقبل صاحب السمو الملكي الأمير حسام بن سعود بن عبدالعزيز أمير منطقة الباحة، في مكتبه "
     "بالإمارة اليوم، وزير النقل المهندس صالح الجاسر.\n"
     "ومن المقرر أن يتوجه الوزير غدا إلى الطائف، حيث يلتقي صاحب السمو الأمير سعود بن نهار بن "
     "سعود محافظ الطائف، ويتفقد مشاريع الطرق.",
     {{"met", "صالح الجاسر", "سعود بن نهار بن سعود", "planned", NULL, "2021-05-11", 0},
      {"met", "حسام بن سعود بن عبدالعزيز", "سعود بن نهار بن سعود", NULL, NULL, NULL, 1}}},
    {"'صاحب السمو الأمير X أمير منطقة Y،' is one man, a region's emir, though an office word is "
     "inside his name: no unnamed emir beside him",
     "2019-05-10",
     "وزير الحج يزور تبوك\n"
     "وصل وزير الحج الدكتور محمد بنتن اليوم إلى تبوك، حيث التقى صاحب السمو الأمير فهد بن سلطان "
     "بن عبدالعزيز أمير منطقة تبوك، واطلع على استعدادات الموسم.",
     {{"met", "محمد بنتن", "فهد بن سلطان بن عبدالعزيز", "asserted", NULL, "2019-05-10", 0},
      {"role", "فهد بن سلطان بن عبدالعزيز", "emir", NULL, NULL, NULL, 0},
      {"entity", "أمير منطقة", NULL, NULL, NULL, NULL, 1}}},
    {"'وجهت الوزيرة دعوة للطلبة لزيارة P': those invited are unnamed, the minister invites and "
     "travels nowhere",
     "2016-09-21",
     "وزيرة الثقافة تستقبل وفدا نمساويا\n"
     "استقبلت وزيرة الثقافة ليلى الحسيني اليوم وفدا من الطلبة النمساويين.\n"
     "كما وجهت الوزيرة دعوة للطلبة الأجانب لزيارة قرطاج.",
     {{"role", "ليلى الحسيني", "وزيرة الثقافة", NULL, NULL, NULL, 0},
      {"visited", "ليلى الحسيني", NULL, NULL, "قرطاج", NULL, 1}}},
    {"'الوزير غرياني' after 'محمد سالم الغرياني': a family nisba without its article is the "
     "same man, not the minister named last",
     "2021-03-10",
     "وزير الداخلية يستقبل السفير الإسباني\n"
     "استقبل وزير الداخلية محمد سالم الغرياني اليوم السفير الإسباني في نواكشوط.\n"
     "وكان وزير الخارجية عثمان الجرندي قد زار أمس مدينة نواذيبو.\n"
     "واستقبل الوزير غرياني بعد ذلك السفير المغربي حميد شبار.",
     {{"met", "محمد سالم الغرياني", "حميد شبار", "asserted", NULL, NULL, 0},
      {"met", "عثمان الجرندي", "حميد شبار", NULL, NULL, NULL, 1}}},
    {"'إبراهيم ولد أباه': ولد links a Mauritanian name after a given name, and the father's "
     "name after it is one whatever its ending",
     "2021-03-10",
     "عنوان\n"
     "التقى رئيس الجمعية الوطنية مختار ولد داهي أمس زعيم المعارضة إبراهيم ولد أباه في نواكشوط.",
     {{"met", "مختار ولد داهي", "إبراهيم ولد أباه", "asserted", "نواكشوط", "2021-03-09", 0}}},
    {"'، وُلد يوم 12 جانفي': a link opens no name without a name word after it (born on)",
     "2021-03-10",
     "عنوان\n"
     "عبد الكريم الهاروني أحد مؤسسي الحركة الإسلامية في تونس، نائب رئيس حزب النهضة، وُلد يوم 12 "
     "جانفي 1960 في تونس.",
     {{"entity", "عبد الكريم الهاروني", NULL, NULL, NULL, NULL, 0},
      {"entity", "يوم", NULL, NULL, NULL, NULL, 1}}},
    {"'الدعوة للرئيس X لأداء زيارة رسمية إلى P': a visit after a verbal noun of purpose is to come",
     "2023-02-14",
     "عنوان\n"
     "وجدد رئيس الوزراء الإثيوبي آبي أحمد في رسالته الدعوة للرئيس الكيني وليام روتو لأداء زيارة "
     "رسمية إلى إثيوبيا.",
     {{"visited", "وليام روتو", NULL, "planned", "إثيوبيا", NULL, 0},
      {"visited", "وليام روتو", NULL, "asserted", "إثيوبيا", NULL, 1}}},
    {"'المنامة - بنا' after a headline cut by its dots: the paper files from Bahrain, so 'عاهل "
     "البلاد' is its king and 'جلالة الملك' is he, not the late king named in his sentence",
     "2015-02-02",
     "العاهل يستقبل رئيس وزراء ماليزيا... ويتلقى برقية تهنئة\n"
     "المنامة - بنا\n"
     "استقبل عاهل البلاد الملك حمد بن عيسى آل خليفة أمس رئيس وزراء ماليزيا أنور إبراهيم.\n"
     "وكان جلالة الملك قد توجه إلى عمّان في فبراير الماضي لتقديم واجب العزاء في وفاة الملك "
     "الحسين بن طلال، حيث التقى العاهل الأردني الملك عبدالله الثاني.",
     {{"role", "حمد بن عيسى آل خليفة", "king@BH", NULL, NULL, NULL, 0},
      {"visited", "حمد بن عيسى آل خليفة", NULL, "asserted", "عمّان", "2014-02", 0},
      {"met", "حمد بن عيسى آل خليفة", "عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"visited", "الحسين بن طلال", NULL, NULL, "عمّان", NULL, 1}}},
    {"'الرباط – المرصد': a paper's name with the article is no home agency - its reporter is "
     "abroad, and 'رئيس الحكومة' is still the visitor",
     "2022-05-09",
     "الدبيبة يلتقي أخنوش في الرباط\n"
     "الرباط – المرصد\n"
     "التقى رئيس الحكومة الليبية عبد الحميد الدبيبة، اليوم الاثنين، رئيس الحكومة المغربي عزيز "
     "أخنوش بمقر رئاسة الحكومة في الرباط.\n"
     "وكان رئيس الحكومة قد وصل مساء أمس الأحد إلى الرباط على رأس وفد وزاري.",
     {{"visited", "عبد الحميد الدبيبة", NULL, "asserted", "الرباط", "2022-05-08", 0},
      {"visited", "عزيز أخنوش", NULL, NULL, "الرباط", NULL, 1}}},
    {"'خلال اتصال هاتفي أجراه X مع نظيره Y': مع before a counterpart word marks the one named "
     "after it",
     "2019-05-10",
     "عنوان\n"
     "وجاء ذلك خلال اتصال هاتفي أجراه الرئيس النيجيري محمد بخاري مع نظيره جون دراماني ماهاما.",
     {{"phoned", "محمد بخاري", "جون دراماني ماهاما", "asserted", NULL, NULL, 0}}},
    {"'زيارة الوزيرة X بعد أيام من اتصال هاتفي أجراه A بنظيره B': the call is A's with B, the "
     "visitor named before it no party",
     "2021-03-10",
     "عنوان\n"
     "وصلت وزيرة الخارجية الغانية شيرلي أيوركور بوتشوي أمس إلى أبوجا.\n"
     "وتأتي زيارة الوزيرة الغانية بعد أيام من اتصال هاتفي أجراه الرئيس محمد بخاري بنظيره جون "
     "دراماني ماهاما، تناول الأوضاع الأمنية في منطقة الساحل.",
     {{"phoned", "محمد بخاري", "جون دراماني ماهاما", "asserted", NULL, NULL, 0},
      {"phoned", "شيرلي أيوركور بوتشوي", "محمد بخاري", NULL, NULL, NULL, 1},
      {"phoned", "شيرلي أيوركور بوتشوي", "جون دراماني ماهاما", NULL, NULL, NULL, 1}}},
    {"'أمير نجران' is the one the article named 'أمير منطقة نجران': the region's noun left out",
     "2021-04-02",
     "عنوان\n"
     "استقبل أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد اليوم وزير النقل صالح الجاسر.\n"
     "وتلقى أمير نجران اتصالاً هاتفياً من أمير منطقة عسير الأمير تركي بن طلال بن عبدالعزيز، جرى "
     "خلاله بحث عدد من الموضوعات.",
     {{"phoned", "تركي بن طلال بن عبدالعزيز", "جلوي بن عبدالعزيز بن مساعد", "asserted", NULL, NULL,
       0}}},
    {"'وشهد مسار التقارب دفعة، بعد أن التقى A و B': the two met each other, not the subject of "
     "the sentence before",
     "2022-06-11",
     "عنوان\n"
     "استقبل وزير الخارجية الجزائري رمطان لعمامرة، اليوم السبت، نظيره الإسباني خوسيه مانويل "
     "ألباريس في الجزائر.\n"
     "وشهد مسار التقارب بين الرباط ومدريد دفعة قوية، بعد أن التقى الملك محمد السادس وبيدرو "
     "سانشيز في الرباط.",
     {{"met", "محمد السادس", "بيدرو سانشيز", "asserted", NULL, NULL, 0},
      {"met", "رمطان لعمامرة", "محمد السادس", NULL, NULL, NULL, 1},
      {"met", "رمطان لعمامرة", "بيدرو سانشيز", NULL, NULL, NULL, 1}}},
    {"'بن علوي' is the Omani minister the actors table knows by it, not the subject before",
     "2018-10-28",
     "عنوان\n"
     "وكان الرئيس الإيراني حسن روحاني قد زار مسقط العام الماضي.\n"
     "وكان بن علوي نفسه قد زار طهران في أبريل الماضي، بعد لقائه الرئيس الأمريكي دونالد ترامب في "
     "واشنطن.",
     {{"met", "يوسف بن علوي", "دونالد ترامب", "asserted", NULL, NULL, 0},
      {"met", "حسن روحاني", "دونالد ترامب", NULL, NULL, NULL, 1}}},
    {"'البطريرك الماروني نصر الله بطرس صفير': a patriarch's title, Christian given names",
     "2001-03-02",
     "عنوان\n"
     "استقبل الرئيس أمين الجميل اليوم البطريرك الماروني نصر الله بطرس صفير في قصر بعبدا.",
     {{"met", "أمين الجميل", "نصر الله بطرس صفير", "asserted", NULL, "2001-03-02", 0}}},
    {"'وعقد مجلس إدارة جمعية المصارف اجتماعه الشهري برئاسة X': the body's own meeting, not "
     "one of the person named the sentence before",
     "2015-07-24",
     "عنوان\n"
     "وقال رئيس جمعية الصناعيين فادي الجميل إن الحركة في الأسواق تراجعت.\n"
     "وعقد مجلس إدارة جمعية المصارف اجتماعه الشهري برئاسة الدكتور سليم صفير، وأشار في بيان إلى أن "
     "المصارف استقبلت ودائع جديدة.",
     {{"role", "فادي الجميل", "رئيس جمعية الصناعيين", NULL, NULL, NULL, 0},
      {"met", "فادي الجميل", "سليم صفير", NULL, NULL, NULL, 1}}},
    {"'الزيارة التي قام بها X إلى P، والتي التقى خلالها Y': X met Y, not the subject before",
     "2021-11-20",
     "عنوان\n"
     "استقبل رئيس الوزراء بشر الخصاونة اليوم وزير الخارجية العراقي فؤاد حسين.\n"
     "وتأتي زيارة حسين بعد أشهر من الزيارة التي قام بها رئيس الوزراء العراقي مصطفى الكاظمي إلى "
     "البلاد في يونيو الماضي، والتي التقى خلالها الملك عبدالله الثاني.",
     {{"met", "مصطفى الكاظمي", "عبد الله الثاني", "asserted", NULL, "2021-06", 0},
      {"met", "بشر الخصاونة", "عبد الله الثاني", NULL, NULL, NULL, 1}}},
    {"'الزيارة التي قام بها وزير النفط العراقي، والتي التقى خلالها Y': a traveller the engine "
     "names no one in met Y, and no one else did",
     "2021-11-20",
     "عنوان\n"
     "استقبل رئيس الوزراء بشر الخصاونة اليوم وزير الخارجية العراقي فؤاد حسين.\n"
     "وتأتي زيارة حسين بعد أشهر من الزيارة التي قام بها وزير النفط العراقي إلى البلاد في يونيو "
     "الماضي، والتي التقى خلالها الملك عبدالله الثاني.",
     {{"entity", "عبد الله الثاني", NULL, NULL, NULL, NULL, 0},
      {"met", "بشر الخصاونة", "عبد الله الثاني", NULL, NULL, NULL, 1},
      {"met", "فؤاد حسين", "عبد الله الثاني", NULL, NULL, NULL, 1}}},
    {"'والجنيدي X': a Tunisian given name with the article, coordinated last in a list",
     "2016-02-11",
     "عنوان\n"
     "وضم الاجتماع كلا من الأمين العام لحزب التيار الديمقراطي محمد عبو ورئيس حزب البديل مهدي جمعة "
     "والجنيدي الحاج علي عن حركة الشعب.",
     {{"met", "محمد عبو", "الجنيدي الحاج علي", "asserted", NULL, NULL, 0}}},
    {"'كلا من:' opens its list; the colon does not end the clause",
     "2019-10-02",
     "عنوان\n"
     "وضم الاجتماع كلا من: وزير الداخلية هشام المشيشي، ووزير الدفاع عماد الحزقي، ووزيرة العدل "
     "ثريا الجريبي.",
     {{"met", "هشام المشيشي", "عماد الحزقي", "asserted", NULL, NULL, 0},
      {"met", "عماد الحزقي", "ثريا الجريبي", "asserted", NULL, NULL, 0}}},
    {"a bare 'المحافظ' refers back: not to a governor the article names only after it",
     "2017-09-19",
     "عنوان\n"
     "استقبل محافظ العاصمة الشيخ هشام بن عبدالرحمن آل خليفة أمس سفير اليابان.\n"
     "وأشار المحافظ إلى اللقاء الذي جمعه بوزير الداخلية الشيخ راشد بن عبدالله آل خليفة يوم "
     "الخميس الماضي.\n"
     "من جهة أخرى، استقبل محافظ المحرق الشيخ خليفة بن علي آل خليفة أمس رئيس بلدي المحرق "
     "عبدالله عبداللطيف.",
     {{"met", "خليفة بن علي آل خليفة", "راشد بن عبدالله آل خليفة", NULL, NULL, NULL, 1}}},
    {"'آل خليفة بجولة تفقدية': the family after آل ends the name",
     "2017-09-19",
     "عنوان\n"
     "وقام محافظ المحرق الشيخ سلمان بن عيسى بن هندي آل خليفة بجولة تفقدية في مدينة عيسى.",
     {{"entity", "سلمان بن عيسى بن هندي آل خليفة", NULL, NULL, NULL, NULL, 0},
      {"entity", "بجولة", NULL, NULL, NULL, NULL, 1}}},
    {"past the second word, a form IV past verb said of a woman (أثارت) ends the name",
     "2013-12-10",
     "عنوان\n"
     "ذكرت الصحيفة أن رئيسة وزراء نيوزيلندا جاسيندا كيت لوريل أثارت أزمة بين البلدين.",
     {{"entity", "جاسيندا كيت لوريل", NULL, NULL, NULL, NULL, 0},
      {"entity", "أثارت", NULL, NULL, NULL, NULL, 1}}},
    {"'لارساء علاقات': ل on an إفعال of a root in hamza, written without its hamza, ends the name",
     "2016-03-14",
     "عنوان\n"
     "والتقى الرئيس الأمريكي جو بايدن رئيس الوزراء الأسترالي أنتوني نورمان ألبانيزي لارساء "
     "علاقات استراتيجية.",
     {{"met", "جو بايدن", "أنتوني نورمان ألبانيزي", "asserted", NULL, NULL, 0},
      {"entity", "لارساء", NULL, NULL, NULL, NULL, 1}}},
    {"'بمستشفى شارل نيكول X': a hospital named after someone, the person after it named whole",
     "2016-05-05",
     "عنوان\n"
     "التقت وزيرة الصحة سميرة مرعي اليوم بمستشفى شارل نيكول منير بن حمودة رئيس قسم الجراحة.",
     {{"met", "سميرة مرعي", "منير بن حمودة", "asserted", "مستشفى شارل نيكول", NULL, 0},
      {"entity", "شارل نيكول منير", NULL, NULL, NULL, NULL, 1}}},
    {"'بدء إجراءات'، 'مختلف الأقسام'، 'طالبا الحماية': ordinary words after a title name no one",
     "2016-09-06",
     "عنوان\n"
     "وقرر وزير الداخلية بدء إجراءات ترحيله.\n"
     "وعاين وزير الصحة، مختلف الأقسام المتوفرة بالمستشفى الجديد.\n"
     "وتقدم المترشح بقضية لوكيل الجمهورية طالبا الحماية من السلط المعنية.",
     {{"entity", "إجراءات", NULL, NULL, NULL, NULL, 1},
      {"entity", "الأقسام", NULL, NULL, NULL, NULL, 1},
      {"entity", "الحماية", NULL, NULL, NULL, NULL, 1}}},
    {"'في أول زيارة لمسؤول ... منذ قطع العلاقات بين الرباط وطهران': a place after بين is no goal",
     "2023-04-18",
     "عنوان\n"
     "وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان اليوم إلى مسقط، في أول زيارة لمسؤول إيراني "
     "بهذا المستوى منذ قطع العلاقات الدبلوماسية بين الرباط وطهران.",
     {{"visited", "حسين أمير عبد اللهيان", NULL, "asserted", "مسقط", NULL, 0},
      {"visited", "حسين أمير عبد اللهيان", NULL, NULL, "الرباط", NULL, 1}}},
    {"'وتلقى سمو أمير منطقة تبوك اتصالا' after 'الأمير X أمير منطقة تبوك': the region's emir, by "
     "the office and region he was named with, the honorific aside",
     "2023-03-12",
     "عنوان\n"
     "استقبل صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك، في مكتبه اليوم، "
     "مدير جامعة تبوك.\n"
     "وتلقى سمو أمير منطقة تبوك اليوم اتصالاً هاتفياً من صاحب السمو الملكي الأمير تركي بن طلال بن "
     "عبدالعزيز أمير منطقة عسير.",
     {{"phoned", "فهد بن سلطان بن عبدالعزيز", "تركي بن طلال بن عبدالعزيز", "asserted", NULL,
       "2023-03-12", 0},
      {"role", "فهد بن سلطان بن عبدالعزيز", "emir@SA", NULL, NULL, NULL, 0}}},
    {"'يزور سمو أمير منطقة القصيم غدا محافظة عنيزة': the place of the traveller's office is no "
     "goal",
     "2023-03-12",
     "عنوان\n"
     "استقبل صاحب السمو الملكي الأمير فيصل بن مشعل أمير منطقة القصيم، في مكتبه اليوم، مدير "
     "الجامعة.\n"
     "ومن المقرر أن يزور سمو أمير منطقة القصيم غدا محافظة عنيزة.",
     {{"visited", "فيصل بن مشعل", NULL, "planned", "عنيزة", NULL, 0},
      {"visited", "فيصل بن مشعل", NULL, NULL, "منطقة القصيم", NULL, 1}}},
    {"'ونائبه يلتقي Y' in a headline: his deputy, someone unnamed there, not the one 'his' means",
     "2013-11-07",
     "أمير القصيم يستقبل وزير النقل.. ونائبه يلتقي مدير الجامعة\n"
     "بريدة - الجزيرة\n"
     "استقبل صاحب السمو الملكي الأمير سعود بن عبدالمحسن بن عبدالعزيز أمير منطقة "
     "القصيم، في مكتبه بديوان الإمارة ببريدة أمس الأربعاء، معالي وزير النقل الدكتور "
     "جبارة بن عيد الصريصري.\n"
     "وكان معالي الوزير قد زار صباح أمس محافظة عنيزة، حيث التقى محافظها المهندس ماجد "
     "بن سالم العتيبي.\n"
     "إلى ذلك، استقبل صاحب السمو الأمير الدكتور عبدالعزيز بن سعد بن عبدالعزيز نائب "
     "أمير منطقة القصيم، في مكتبه بالإمارة أمس، معالي مدير جامعة القصيم الدكتور خليل "
     "بن إبراهيم البراهيم.",
     {{"met", "عبدالعزيز بن سعد بن عبدالعزيز", "خليل بن إبراهيم البراهيم", "asserted", NULL, NULL,
       0},
      {"met", "سعود بن عبدالمحسن بن عبدالعزيز", "خليل بن إبراهيم البراهيم", NULL, NULL, NULL, 1}}},
    {"'عقد X جلسة مطولة مع Y': a session held with someone is a meeting",
     "2017-08-30",
     "عنوان\n"
     "وعقد وزير الصحة محمد المبروك جلسة مطولة مع مدير الشركة كريم العياري أمس.",
     {{"met", "محمد المبروك", "كريم العياري", "asserted", NULL, "2017-08-29", 0}}},
    {"'وأضاف أنه أجرى، الأحد، اتصالا هاتفيا مع Y': the speaker's call, past a day between commas",
     "2021-11-08",
     "عنوان\n"
     "قال وزير الخارجية المصري سامح شكري إن بلاده تدعم إجراء الانتخابات الليبية في موعدها.\n"
     "وأضاف أنه أجرى، الأحد، اتصالا هاتفيا مع وزير الخارجية التونسي عثمان الجرندي.",
     {{"phoned", "سامح شكري", "عثمان الجرندي", "asserted", NULL, "2021-11-07", 0}}},
    {"'ومن المتوقع، وفق مصادر مطلعة، أن يتوجه X إلى P': the plan reaches over an aside",
     "2017-11-17",
     "عنوان\n"
     "ومن المتوقع، وفق مصادر مطلعة، أن يتوجه رئيس الوزراء الأردني هاني الملقي إلى الرياض قبل "
     "عودته إلى عمّان.",
     {{"visited", "هاني الملقي", NULL, "planned", "الرياض", NULL, 0},
      {"visited", "هاني الملقي", NULL, "asserted", "الرياض", NULL, 1}}},
    {"'وكان رئيس الوزراء الياباني قد وصل إلى P، واستقبله Y': Y received the one who arrived",
     "2018-02-11",
     "عنوان\n"
     "استقبل الشيخ محمد بن راشد آل مكتوم اليوم شينزو آبي رئيس وزراء اليابان.\n"
     "وكان رئيس الوزراء الياباني قد وصل إلى أبوظبي مساء أمس، قادما من الرياض، واستقبله الشيخ "
     "محمد بن زايد آل نهيان ولي عهد أبوظبي في قصر الرئاسة.",
     {{"met", "محمد بن زايد", "شينزو آبي", "asserted", NULL, "2018-02-10", 0},
      {"met", "محمد بن زايد", "محمد بن راشد", NULL, NULL, NULL, 1}}},
    {"'الزيارة التي قادت X إلى P، والتي التقى خلالها Y': the visit took X there, X met Y",
     "2021-04-13",
     "عنوان\n"
     "استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الفرنسي جان إيف لودريان.\n"
     "وتأتي هذه الزيارة بعد أسبوع من الزيارة التي قادت رئيس الوزراء الإيطالي ماريو دراغي إلى "
     "طرابلس، والتي التقى خلالها عبد الحميد الدبيبة.",
     {{"met", "ماريو دراغي", "عبد الحميد الدبيبة", "asserted", NULL, NULL, 0},
      {"met", "قيس سعيد", "عبد الحميد الدبيبة", NULL, NULL, NULL, 1}}},
    {"'عناصر أمنية اعتقلت': a given name that is also a word, then a past verb, is no name",
     "2019-06-08",
     "قال تجمع المهنيين إن عناصر أمنية اعتقلت القيادي في التجمع خالد عمر يوسف صباح اليوم، بعد "
     "ساعات من مشاركته في اجتماع مع رئيس الوزراء الإثيوبي آبي أحمد.",
     {{"met", "خالد عمر يوسف", "آبي أحمد", "asserted", NULL, NULL, 0},
      {"entity", "اعتقلت", NULL, NULL, NULL, NULL, 1}}},
    {"a definite word ends a body's name in a title: an unknown word and a given name after it "
     "are the holder's name",
     "2019-06-08",
     "وقال الكاتب العام المساعد للجامعة العامة للتعليم الأساسي منعم إدريس إن الإضراب سيتواصل.",
     {{"entity", "منعم إدريس", NULL, NULL, NULL, NULL, 0}}},
    {"'نقل X تحيات Y إلى سمو الأمير، ودعوته لسموه لزيارة P': the emir is invited, not Y",
     "2018-03-12",
     "استقبل حضرة صاحب السمو الشيخ صباح الأحمد الجابر الصباح أمير البلاد اليوم رئيس الوزراء "
     "البلغاري بويكو بوريسوف.\n"
     "ونقل رئيس الوزراء البلغاري، في بداية الاجتماع، تحيات فخامة الرئيس رومن راديف رئيس جمهورية "
     "بلغاريا إلى سمو الأمير، ودعوته لسموه لزيارة بلغاريا.",
     {{"visited", "صباح الأحمد الجابر", NULL, "planned", "بلغاريا", NULL, 0},
      {"visited", "رومن راديف", NULL, NULL, "بلغاريا", NULL, 1}}},
    {"a place inside a quoted name is a word of the name, no goal of the visit", "2022-10-02",
     "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر صباح الأحد، في ما بات يعرف في باريس بزيارة "
     "\"بوابة المغرب\".",
     {{"visited", "إيمانويل ماكرون", NULL, "asserted", "الجزائر", NULL, 0},
      {"visited", "إيمانويل ماكرون", NULL, NULL, "المغرب", NULL, 1}}},
    {"'والتقى X Y و Z، ومن المقرر أن يجتمع غدا بـ W': X meets W, not those he met", "2015-10-27",
     "وصل وزير الدفاع الإسرائيلي بيني غانتس إلى واشنطن أمس.\n"
     "والتقى غانتس الاثنين مستشارة الأمن القومي الأمريكية سوزان رايس ووزير الخارجية جون كيري، "
     "ومن المقرر أن يجتمع الثلاثاء بنظيره آشتون كارتر.",
     {{"met", "بيني غانتس", "آشتون كارتر", "planned", NULL, "2015-10-27", 0},
      {"met", "سوزان رايس", "آشتون كارتر", NULL, NULL, NULL, 1},
      {"met", "جون كيري", "آشتون كارتر", NULL, NULL, NULL, 1}}},
    {"'تنعقد اجتماعات اللجنة المشتركة غدا برئاسة X، و Y': the co-chairs' meeting, to come",
     "2021-09-12",
     "ومن المقرر أن تنعقد اجتماعات اللجنة العليا الأردنية العراقية المشتركة بعمان يوم الخميس "
     "المقبل، برئاسة رئيس الوزراء بشر الخصاونة، ورئيس الوزراء العراقي مصطفى الكاظمي.",
     {{"met", "بشر الخصاونة", "مصطفى الكاظمي", "planned", NULL, "2021-09-16", 0},
      {"met", "بشر الخصاونة", "مصطفى الكاظمي", "asserted", NULL, NULL, 1}}},
    {"'مع والي الجهة خصصت لضبط حاجيات': a verb and ل on a verbal noun are no name of the governor",
     "2020-10-21",
     "وأشرف رئيس الحكومة هشام المشيشي بمقر الولاية على جلسة عمل مع والي الجهة خصصت لضبط حاجيات "
     "المتضررين.",
     {{"entity", "خصصت", NULL, NULL, NULL, NULL, 1}}},
    {"'اتصالا هاتفيا بالمدرب X عقب الفوز': the coach is called, and a call is never a match",
     "2018-06-26",
     "وكان الرئيس عبد الفتاح السيسي قد أجرى اتصالا هاتفيا بالمدرب حسام البدري عقب الفوز على "
     "السعودية.",
     {{"phoned", "عبد الفتاح السيسي", "حسام البدري", "asserted", NULL, NULL, 0}}},
    {"'كما يزور X P' right after a programme still to come is to come too", "2019-03-02",
     "ويتضمن برنامج الزيارة توجه الرئيس رجب طيب أردوغان يوم الأحد إلى البرلمان حيث يلتقي رئيسه "
     "مصطفى شنطوب.\n"
     "كما يزور الرئيس التركي مدينة إسطنبول لافتتاح المطار الجديد.",
     {{"visited", "رجب طيب أردوغان", NULL, "planned", "إسطنبول", NULL, 0},
      {"visited", "رجب طيب أردوغان", NULL, "asserted", "إسطنبول", NULL, 1}}},
    {"'كان X أول زعيم يستقبله Y': a present tense after كان tells what was; 'كان مقررا أن يلتقي' "
     "what was to be",
     "2024-03-01",
     "قمة في واشنطن\n"
     "ولا تخلو العلاقة من رمزية، إذ كان الرئيس محمد بن زايد أول زعيم عربي يستقبله الرئيس جو بايدن "
     "في البيت الأبيض.\n"
     "وكان مقررا أن يلتقي الرئيس محمود عباس الرئيس إيمانويل ماكرون في باريس.",
     {{"met", "محمد بن زايد", "جو بايدن", "asserted", NULL, NULL, 0},
      {"met", "محمد بن زايد", "جو بايدن", "planned", NULL, NULL, 1},
      {"met", "محمود عباس", "إيمانويل ماكرون", "planned", NULL, NULL, 0}}},
    {"'وجّه X الدعوة إلى Y خلال مكالمة هاتفية جمعت الزعيمين': the call is between X and Y",
     "2023-05-10",
     "ماكرون يزور عمّان\n"
     "وكان الملك عبد الله الثاني قد وجّه الدعوة إلى الرئيس إيمانويل ماكرون خلال مكالمة هاتفية "
     "جمعت الزعيمين الأسبوع الماضي.",
     {{"phoned", "عبد الله الثاني", "إيمانويل ماكرون", "asserted", NULL, NULL, 0}}},
    {"'لزيارة عدد من النواب إلى P' is the visit of a group counted, not of the one who spoke",
     "2019-04-01",
     "نواب في ليبيا\n"
     "يذكر أن النائب عماد الدايمي قد علّق على الانتقادات التي وجّهها العياري لزيارة عدد من النواب "
     "إلى ليبيا، قائلا إنها زيارة شخصية.",
     {{"visited", "عماد الدايمي", NULL, NULL, "ليبيا", NULL, 1}}},
    {"'بزيارة معاليه المرتقبة إلى P' is the visit of the one named with معالي, not of the host",
     "2023-02-15",
     "عبدالله بن زايد يتلقى اتصالا من وزير خارجية اليونان\n"
     "من جهة أخرى، تلقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، اتصالاً هاتفياً اليوم، "
     "من معالي وزير خارجية اليونان نيكوس ديندياس.\n"
     "وجرى خلال الاتصال مناقشة الترتيبات الخاصة بزيارة معاليه المرتقبة إلى أبوظبي.",
     {{"visited", "نيكوس ديندياس", NULL, "planned", "أبوظبي", NULL, 0},
      {"visited", "عبدالله بن زايد", NULL, NULL, "أبوظبي", NULL, 1}}},
    {"a place after قرب (near) is no goal of the visit", "2008-07-20",
     "زيارة مثيرة للجدل\n"
     "وكان الرئيس جاك شيراك قد استقبل الرئيس حافظ الأسد في باريس، في زيارة أثارت جدلا واسعا آنذاك "
     "بعدما أقام الرئيس السوري في فندق قرب قصر الإليزيه.",
     {{"met", "جاك شيراك", "حافظ الأسد", "asserted", "باريس", NULL, 0},
      {"visited", "حافظ الأسد", NULL, NULL, "قصر الإليزيه", NULL, 1}}},
    {"'القمة الأولى التي استضافتها P في D، وجمعت X و Y و Z': the summit's parties met at P",
     "2021-06-28",
     "ويعود هذا المسار إلى القمة الأولى التي استضافتها الجزائر في 3 مارس 2019، وجمعت الرئيس عبد "
     "المجيد تبون والرئيس قيس سعيد والرئيس محمد المنفي، تلتها قمة ثانية في روما.",
     {{"met", "عبد المجيد تبون", "قيس سعيد", "asserted", "الجزائر", "2019-03-03", 0},
      {"met", "قيس سعيد", "محمد المنفي", "asserted", "الجزائر", NULL, 0},
      {"met", "قيس سعيد", "محمد المنفي", NULL, "روما", NULL, 1}}},
    {"'صاحب السمو استقبل ولي العهد والسعدون والنواف': the ruler's honorific is not the prince "
     "named سمو since, who is among the guests",
     "2023-04-03",
     "صاحب السمو استقبل ولي العهد والسعدون والنواف\n"
     "استقبل صاحب السمو الأمير الشيخ نواف الأحمد الجابر الصباح في قصر بيان صباح أمس سمو ولي "
     "العهد الشيخ مشعل الأحمد.\n"
     "كما استقبل صاحب السمو رئيس مجلس الأمة أحمد عبدالعزيز السعدون.\n"
     "واستقبل صاحب السمو سمو الشيخ أحمد النواف الأحمد الصباح رئيس مجلس الوزراء.\n"
     "من جهة أخرى، استقبل سمو الشيخ أحمد النواف بقصر السيف أمس السفيرة الأمريكية ألينا "
     "رومانوسكي.",
     {{"met", "أحمد النواف", "ألينا رومانوسكي", "asserted", NULL, NULL, 0},
      {"met", "أحمد النواف", "مشعل الأحمد", NULL, NULL, NULL, 1},
      {"met", "أحمد النواف", "أحمد عبدالعزيز السعدون", NULL, NULL, NULL, 1}}},
    {"'والمنامة حيث التقى Y' in a tour's list of stops is no meeting of the host named before",
     "2024-01-10",
     "استقبل وزير الخارجية أيمن الصفدي اليوم نظيره التركي هاكان فيدان.\n"
     "وكانت عمّان المحطة الخامسة في جولة فيدان، بعد الرياض التي التقى فيها الأمير فيصل بن فرحان، "
     "والمنامة حيث التقى وزير الخارجية البحريني عبد اللطيف الزياني.",
     {{"met", "أيمن الصفدي", "عبد اللطيف الزياني", NULL, NULL, NULL, 1}}},
    {"'ثم أوفد وزير خارجيته X إلى P، حيث التقى Y': the one sent travels and meets, not the sender",
     "2017-11-17",
     "وساطة فرنسية\n"
     "وجاءت الخطوة الفرنسية بعد وساطة قادها الرئيس فرانسوا هولاند شخصياً، ثم أوفد وزير خارجيته "
     "لوران فابيوس إلى الرياض، حيث التقى الخميس الماضي ولي العهد السعودي الأمير محمد بن نايف.",
     {{"visited", "لوران فابيوس", NULL, "asserted", "الرياض", NULL, 0},
      {"met", "لوران فابيوس", "محمد بن نايف", "asserted", NULL, NULL, 0},
      {"met", "فرانسوا هولاند", "محمد بن نايف", NULL, NULL, NULL, 1}}},
    {"'أرسل X وزير الخارجية Y إلى P': the sender right after the verb does not travel",
     "2017-11-17",
     "وساطة فرنسية\n"
     "وكان الرئيس فرانسوا هولاند قد أرسل وزير الخارجية لوران فابيوس إلى الرياض.\n"
     "ثم أرسل هولاند وزير الخارجية لوران فابيوس إلى الدوحة.",
     {{"visited", "لوران فابيوس", NULL, "asserted", "الدوحة", NULL, 0},
      {"visited", "فرانسوا هولاند", NULL, NULL, "الدوحة", NULL, 1}}},
    {"'زيارة رؤساء حكومات دول ...' is a visit of a group of holders, not of the minister the "
     "article is about",
     "2023-03-20",
     "وزير الخارجية الإسباني يؤدي زيارة إلى الرباط\n"
     "يؤدي وزير الخارجية الإسباني خوسيه مانويل ألباريس زيارة رسمية إلى الرباط يومي 10 و11 أفريل "
     "المقبل.\n"
     "وتأتي هذه الزيارة بعد أسابيع من زيارة رؤساء حكومات دول الشمال الأوروبي إلى الرباط يومي 3 و4 "
     "جانفي الماضي.",
     {{"visited", "خوسيه مانويل ألباريس", NULL, "planned", "الرباط", "2023-04-10", 0},
      {"visited", "خوسيه مانويل ألباريس", NULL, "asserted", "الرباط", NULL, 1}}},
    {"'وزراء خارجية دول ...' names a group of ministers, no person called 'دول ...'",
     "2023-03-20",
     "وتأتي هذه الزيارة بعد زيارة وزراء خارجية دول الشمال الأوروبي إلى الرباط في جانفي الماضي.",
     {{"entity", "دول الشمال الأوروبي", NULL, NULL, NULL, NULL, 1}}},
    {"a known name with one more name word between the commas of an apposition is another, "
     "longer name - and that longer name again later",
     "2017-02-22",
     "وقال رئيس الجمعية التونسية للمحامين الشبان، يوسف الشاهد بوزيدة، إن الهيئة ستجتمع قريبا.\n"
     "والتقى وزير العدل غازي الجريبي اليوم يوسف الشاهد بوزيدة بمقر الوزارة.",
     {{"met", "غازي الجريبي", "يوسف الشاهد بوزيدة", "asserted", NULL, NULL, 0},
      {"role", "يوسف الشاهد بوزيدة", "رئيس الجمعية التونسية للمحامين الشبان", NULL, NULL, NULL,
       0}}},
    {"'سفير ترامب'، 'مستشار بوتين': a bare title before a known person is his ambassador or "
     "adviser, no title he holds",
     "2025-05-14",
     "سفير ترامب في تركيا يلتقي وزير الخارجية هاكان فيدان\n"
     "وكان الرئيس الأمريكي دونالد ترامب قد عيّن السفير الشهر الماضي.\n"
     "واستقبل الرئيس اللبناني جوزيف عون مستشار بوتين يوري أوشاكوف في بعبدا.",
     {{"role", "دونالد ترامب", "ambassador@US", NULL, NULL, NULL, 1},
      {"role", "دونالد ترامب", "president@US", NULL, NULL, NULL, 0},
      {"met", "جوزيف عون", "يوري أوشاكوف", "asserted", NULL, NULL, 0}}},
    {"not so 'رئيسه X' (its president), nor a title word that is the given name before a known "
     "person's name (أمير عبداللهيان holds no office of أمير)",
     "2023-01-10",
     "وقال إن بلدا رئيسه فلاديمير بوتين لن يتراجع.\n"
     "ومن المقرر أن يلتقي أمير عبداللهيان رئيس الحكومة اللبنانية نجيب ميقاتي غدا.",
     {{"role", "فلاديمير بوتين", "president@RU", NULL, NULL, NULL, 0},
      {"met", "عبداللهيان", "نجيب ميقاتي", "planned", NULL, NULL, 0},
      {"role", "عبداللهيان", "emir@IR", NULL, NULL, NULL, 1}}},
    {"'وكان معالي الوزير قد زار P، حيث التقى Y': an honorific before a bare title is the "
     "minister named before, not the last subject",
     "2019-03-14",
     "استقبل أمير المنطقة الشرقية الأمير سعود بن نايف بن عبدالعزيز في مكتبه بالدمام أمس معالي "
     "وزير النقل الدكتور نبيل بن محمد العامودي.\n"
     "وأشاد سمو أمير المنطقة بما تقدمه الوزارة من مشاريع.\n"
     "وكان معالي الوزير قد زار صباح أمس محافظة الأحساء، حيث التقى محافظها الأمير بدر بن محمد بن "
     "جلوي.",
     {{"met", "نبيل بن محمد العامودي", "بدر بن محمد بن جلوي", "asserted", NULL, NULL, 0},
      {"met", "سعود بن نايف", "بدر بن محمد بن جلوي", "asserted", NULL, NULL, 1}}},
    {"'وبحث X مع الوزير سير العمل': after a bare title naming the minister named before, words "
     "of a name's shape are the topic, no person",
     "2014-03-02",
     "استقبل أمير منطقة جازان الأمير محمد بن ناصر بن عبدالعزيز في مكتبه أمس وزير الصحة الدكتور "
     "عبدالله بن عبدالعزيز الربيعة.\n"
     "وبحث أمير جازان مع الوزير سير العمل في مشاريع المستشفيات بالمنطقة.",
     {{"met", "محمد بن ناصر", "عبدالله بن عبدالعزيز الربيعة", "asserted", NULL, NULL, 0},
      {"entity", "سير العمل", NULL, NULL, NULL, NULL, 1}}},
    {"'يبحث مع السفير الصيني زيادة الصادرات': the verbal noun زيادة (increase) is no name "
     "after a title",
     "2019-03-12",
     "وزير التجارة يبحث مع السفير الصيني زيادة الصادرات\n"
     "التقى وزير التجارة والصناعة عمرو نصار اليوم السفير الصيني بمقر الوزارة.",
     {{"entity", "زيادة الصادرات", NULL, NULL, NULL, NULL, 1}}},
    {"two given names before a lexicon surname alone are another person's ('هانز يورغ شولتس' is "
     "no Olaf Scholz), as one is ('بريجيت ماكرون')",
     "2019-03-12",
     "واستقبل رئيس مجلس الشورى الشيخ خالد بن هلال المعولي بمكتبه أمس سعادة هانز يورغ شولتس رئيس "
     "مجموعة الصداقة البرلمانية.",
     {{"met", "خالد بن هلال المعولي", "هانز يورغ شولتس", "asserted", NULL, NULL, 0},
      {"entity", "أولاف شولتس", NULL, NULL, NULL, NULL, 1}}},
    {"a name after what is named after someone is the place's whole name: 'ملعب مجمع فؤاد شهاب "
     "الرياضي' names no شهاب",
     "2023-03-12",
     "وفاز فريق العهد على ضيفه الأنصار في اللقاء الذي جمعهما مساء أمس على ملعب مجمع فؤاد شهاب "
     "الرياضي في جونيه.\n"
     "واستقبل وزير الشباب والرياضة جورج كلاس رئيس الاتحاد اللبناني لكرة القدم هاشم حيدر، وعرض "
     "معه شؤون اللعبة الرياضية.",
     {{"met", "جورج كلاس", "هاشم حيدر", "asserted", NULL, NULL, 0},
      {"entity", "شهاب الرياضي", NULL, NULL, NULL, NULL, 1}}},
    {"'وزير الدولة البريطاني لشؤون الشرق الأوسط وشمال إفريقيا X': the domain's places, one "
     "with و, are the title's complement, the name follows them",
     "2013-02-05",
     "استقبل ولي العهد الأمير سلمان بن حمد آل خليفة بقصر القضيبية أمس وزير الدولة البريطاني "
     "لشؤون الشرق الأوسط وشمال إفريقيا أليستر بيرت الذي يزور مملكة البحرين حالياً.",
     {{"met", "سلمان بن حمد", "أليستر بيرت", "asserted", NULL, NULL, 0},
      {"visited", "أليستر بيرت", NULL, "asserted", "البحرين", NULL, 0}}},
    {"'جمع X، ...، Y، و Z، في لقاء ثلاثي': the gathering verb names its meeting after those it "
     "gathered - all three met",
     "2024-02-14",
     "جمع الرئيس المصري عبد الفتاح السيسي، مساء الثلاثاء، العاهل الأردني الملك عبدالله الثاني، "
     "والرئيس الفلسطيني محمود عباس، في لقاء ثلاثي بقصر الاتحادية.",
     {{"met", "عبد الفتاح السيسي", "عبد الله الثاني", "asserted", NULL, "2024-02-13", 0},
      {"met", "عبد الفتاح السيسي", "محمود عباس", "asserted", NULL, NULL, 0},
      {"met", "عبد الله الثاني", "محمود عباس", "asserted", NULL, NULL, 0}}},
    {"a foreign name before its office in apposition is read far after the verb, past the "
     "host's titles ('استقبل صاحب السمو X، ...، رعاه الله، في قصر زعبيل أمس، جيورجي "
     "كفيريكاشفيلي، رئيس وزراء جورجيا'); 'واستذكر سموه اللقاءات التي جمعته بـ Y' are still the "
     "host's",
     "2018-04-09",
     "استقبل صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم "
     "دبي، رعاه الله، في قصر زعبيل أمس، جيورجي كفيريكاشفيلي، رئيس وزراء جورجيا، الذي يزور "
     "الدولة حاليا.\n"
     "ونقل المسؤول الجورجي إلى سموه تحيات رئيس جورجيا.\n"
     "واستذكر سموه اللقاءات التي جمعته بالرئيس الجورجي السابق ميخائيل ساكاشفيلي.",
     {{"met", "محمد بن راشد", "جيورجي كفيريكاشفيلي", "asserted", "قصر زعبيل", NULL, 0},
      {"entity", "رئيس وزراء جورجيا", NULL, NULL, NULL, NULL, 1},
      {"met", "محمد بن راشد", "ميخائيل ساكاشفيلي", "asserted", NULL, NULL, 0},
      {"met", "جيورجي كفيريكاشفيلي", "ميخائيل ساكاشفيلي", NULL, NULL, NULL, 1}}},
    {"'دفع X إلى إيفاد Y إلى P، حيث التقى Z': sending as a noun - Y went and met Z, not the "
     "article's last subject; 'ولد عبد العزيز' is the Mauritanian president",
     "2019-01-24",
     "استقبل وزير الخارجية ناصر بوريطة اليوم بالرباط نظيره الموريتاني إسماعيل ولد الشيخ أحمد.\n"
     "وكانت تصريحات حميد شباط قد دفعت الملك محمد السادس إلى إيفاد رئيس الحكومة آنذاك عبد الإله "
     "بنكيران إلى نواكشوط، حيث التقى الرئيس ولد عبد العزيز.",
     {{"visited", "عبد الإله بنكيران", NULL, "asserted", "نواكشوط", NULL, 0},
      {"met", "عبد الإله بنكيران", "محمد ولد عبد العزيز", "asserted", NULL, NULL, 0},
      {"met", "ناصر بوريطة", "محمد ولد عبد العزيز", NULL, NULL, NULL, 1}}},
    {"a region after an office closes the body's name: the name after it is the holder's "
     "('نائب رئيس حكومة إقليم كردستان قوباد طالباني')",
     "2021-02-16",
     "وصل نائب رئيس حكومة إقليم كردستان قوباد طالباني إلى بغداد اليوم على رأس وفد.\n"
     "وهذه ليست الزيارة الأولى لطالباني خلال أسابيع؛ إذ سبق أن زار بغداد مطلع الشهر الماضي، "
     "والتقى حينها وزير المالية علي علاوي.",
     {{"visited", "قوباد طالباني", NULL, "asserted", "بغداد", "2021-02-16", 0},
      {"met", "قوباد طالباني", "علي علاوي", "asserted", NULL, NULL, 0}}},
    {"'ووفق البرنامج، يلتقي X Y': a media word before a comma (the programme, the media who "
     "reported) makes no interview of the meeting after it",
     "2023-06-23",
     "ووفق البرنامج، يلتقي الموفد الفرنسي جان إيف لودريان اليوم رئيس تيار المردة سليمان فرنجية.\n"
     "وبحسب وسائل إعلام لبنانية، يلتقي لودريان غدا رئيس مجلس النواب نبيه بري.",
     {{"met", "جان إيف لودريان", "سليمان فرنجية", "planned", NULL, "2023-06-23", 0},
      {"met", "جان إيف لودريان", "نبيه بري", "planned", NULL, "2023-06-24", 0}}},
    {"'التقى رئيس الوفد الحكومي X': the head of a delegation named after it is met, not the "
     "delegation",
     "2015-06-15",
     "وأوضح المبعوث الأممي إسماعيل ولد الشيخ أحمد، في مؤتمر صحفي، أنه التقى رئيس الوفد الحكومي "
     "رياض ياسين مساء أمس الأحد في جنيف.",
     {{"met", "إسماعيل ولد الشيخ أحمد", "رياض ياسين", "asserted", "جنيف", "2015-06-14", 0},
      {"role", "رياض ياسين", "رئيس الوفد الحكومي", NULL, NULL, NULL, 0}}},
    {"'حيث التقى وفد ... برئاسة X': after a clause word, the delegation's head is met by the "
     "clause's subject",
     "2015-06-15",
     "وافتتح الأمين العام للأمم المتحدة بان كي مون المشاورات في قصر الأمم، حيث التقى صباحا وفد "
     "الحكومة اليمنية برئاسة وزير الخارجية رياض ياسين.",
     {{"met", "بان كي مون", "رياض ياسين", "asserted", NULL, NULL, 0}}},
    {"an office word ending in ي right after a given name is the family name ('مسعود سلطاني فر'، "
     "'غادة والي')",
     "2018-12-13",
     "التقى وزير الرياضة والشباب الإيراني مسعود سلطاني فر أمس في طهران رئيس اتحاد كرة القدم مهدي "
     "تاج.\n"
     "وقالت وزيرة التضامن الاجتماعي غادة والي إن الوزارة تتابع الحالة.",
     {{"met", "مسعود سلطاني فر", "مهدي تاج", "asserted", "طهران", NULL, 0},
      {"entity", "غادة والي", NULL, NULL, NULL, NULL, 0}}},
    {"'والرئيس الصيني يوقعان اتفاقية': a dual imperfect verb after a title is no name - the "
     "president is the one the body names",
     "2022-12-09",
     "خادم الحرمين والرئيس الصيني يوقعان اتفاقية الشراكة الاستراتيجية الشاملة\n"
     "وكان الرئيس الصيني شي جين بينغ قد وصل إلى الرياض مساء أمس في زيارة دولة، وكان في استقباله "
     "وزير الخارجية الأمير فيصل بن فرحان.",
     {{"entity", "يوقعان اتفاقية", NULL, NULL, NULL, NULL, 1},
      {"met", "شي جين بينغ", "فيصل بن فرحان", "asserted", NULL, NULL, 0}}},
    {"'زار خادم الحرمين الشريفين الصين': a title that names its country takes no other country "
     "after it - that is the place visited",
     "2022-12-09",
     "ووقع وزير الطاقة الأمير عبدالعزيز بن سلمان بن عبدالعزيز مذكرة تفاهم.\n"
     "وتأتي الزيارة بعد أن زار خادم الحرمين الشريفين الصين في مارس 2017 والتقى خلال زيارته "
     "الرئيس الصيني شي جين بينغ في بكين.",
     {{"visited", "الملك سلمان", NULL, "asserted", "الصين", "2017-03", 0},
      {"met", "الملك سلمان", "شي جين بينغ", "asserted", "بكين", NULL, 0},
      {"met", "عبدالعزيز بن سلمان", "شي جين بينغ", NULL, NULL, NULL, 1}}},
    {"'رئيس مجلس الأمة مرزوق الغانم': مرزوق is a given name, so the Kuwaiti speaker is read, "
     "not the Iraqi speaker the article names later",
     "2017-09-26",
     "الغانم يتلقى دعوة لزيارة موسكو... ويبحث هاتفياً مع الجبوري تطورات الاستفتاء\n"
     "استقبل رئيس مجلس الأمة مرزوق الغانم في مكتبه أمس سفير روسيا الاتحادية لدى البلاد ألكسي "
     "سولوماتين.\n"
     "وفي سياق متصل، تلقى الغانم أمس اتصالاً هاتفياً من رئيس مجلس النواب العراقي سليم الجبوري.",
     {{"met", "مرزوق الغانم", "ألكسي سولوماتين", "asserted", NULL, NULL, 0},
      {"phoned", "مرزوق الغانم", "سليم الجبوري", "asserted", NULL, NULL, 0}}},
    {"'الشيخ سلمان صباح السالم الحمود الصباح': صباح right after a given name, before a family "
     "word, is the father's name (not 'in the morning')",
     "2017-11-08",
     "افتتح وزير الإعلام الشيخ سلمان صباح السالم الحمود الصباح معرض الكويت الدولي للكتاب.\n"
     "وأكد والي القيروان شكري بن حسن ضيف الحصة الخاصة أن الوضع مستقر.",
     {{"entity", "سلمان صباح السالم الحمود الصباح", NULL, NULL, NULL, NULL, 0},
      {"entity", "شكري بن حسن ضيف", NULL, NULL, NULL, NULL, 1}}},
    {"'من جهة أخرى، ترأس صاحب السمو الأمير X اجتماع ... . والتقى سموه Y': past the opening "
     "connective the sentence is about X, whom the honorific names next",
     "2016-04-12",
     "استقبل صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة في مكتبه أمس سفير "
     "إندونيسيا أغوس مفتاح أبو جبريل.\n"
     "من جهة أخرى، ترأس صاحب السمو الملكي الأمير عبدالله بن بندر بن عبدالعزيز نائب أمير منطقة مكة "
     "المكرمة أمس اجتماع لجنة الحج المركزية في مقر الإمارة بجدة. والتقى سموه على هامش الاجتماع "
     "مدير عام الجوازات اللواء سليمان بن عبدالعزيز اليحيى.",
     {{"met", "عبدالله بن بندر", "سليمان بن عبدالعزيز اليحيى", "asserted", NULL, NULL, 0},
      {"met", "خالد الفيصل", "سليمان بن عبدالعزيز اليحيى", NULL, NULL, NULL, 1}}},
    {"'بمقر الاتحاد ببطحاء محمد علي': a square (بطحاء) named after someone names no one met",
     "2018-05-24",
     "إذ التقى رئيس حركة النهضة راشد الغنوشي أول أمس الثلاثاء الأمين العام لاتحاد الشغل نور الدين "
     "الطبوبي بمقر الاتحاد ببطحاء محمد علي في لقاء دام قرابة ساعتين.",
     {{"met", "راشد الغنوشي", "نور الدين الطبوبي", "asserted", NULL, NULL, 0},
      {"entity", "محمد علي", NULL, NULL, NULL, NULL, 1}}},
    {"'وفدا ... برئاسة ليونيد سلوتسكي رئيس لجنة ...': a foreign name right after برئاسة is the "
     "delegation's head, who meets the host",
     "2019-11-26",
     "صباغ يستقبل وفدا برلمانيا روسيا\n"
     "أكد رئيس مجلس الشعب حمودة صباغ أن سورية ماضية في حربها على الإرهاب.\n"
     "وخلال استقباله أمس في مبنى المجلس وفداً برلمانياً روسياً برئاسة ليونيد سلوتسكي رئيس لجنة "
     "الشؤون الدولية في مجلس الدوما، لفت صباغ إلى أهمية الدبلوماسية البرلمانية.",
     {{"met", "حمودة صباغ", "ليونيد سلوتسكي", "asserted", NULL, NULL, 0}}},
    {"'استقبل X ... Y، مبعوثا خاصا من رئيس الجمهورية ...، Z': the one who sent the envoy is no "
     "guest",
     "2025-03-04",
     "استقبل رئيس الجمهورية، السيد عبد المجيد تبون، أمس، بمقر رئاسة الجمهورية، وزير الخارجية "
     "الموريتاني، السيد محمد سالم ولد مرزوك، مبعوثا خاصا من رئيس الجمهورية الإسلامية "
     "الموريتانية، السيد محمد ولد الشيخ الغزواني.",
     {{"met", "عبد المجيد تبون", "محمد سالم ولد مرزوك", "asserted", NULL, NULL, 0},
      {"met", "عبد المجيد تبون", "محمد ولد الشيخ الغزواني", NULL, NULL, NULL, 1}}},
    {"'في حكومة تصريف الأعمال X': an adjective of the present closes the body's name, the "
     "holder's name follows",
     "2020-10-10",
     "واستقبل رئيس الجمهورية ميشال عون في قصر بعبدا وزير الاتصالات في حكومة تصريف الأعمال ريشار "
     "قيومجيان، وعرض معه الأوضاع المعيشية.",
     {{"met", "ميشال عون", "ريشار قيومجيان", "asserted", NULL, NULL, 0},
      {"entity", "حكومة تصريف الأعمال", NULL, NULL, NULL, NULL, 1}}},
    {"'واجتمع فور وصوله السفير ... في لبنان X': the arrival's pronoun is the traveller, the "
     "title after it the verb's object",
     "2020-10-10",
     "وكان جان إيف لودريان قد وصل إلى بيروت ليلا، واجتمع فور وصوله السفير الأميركي في لبنان جون "
     "هيلي في مقر السفارة.",
     {{"met", "جان إيف لودريان", "جون هيلي", "asserted", NULL, NULL, 0},
      {"entity", "السفير الأميركي", NULL, NULL, NULL, NULL, 1}}},
    {"'يصل إلى P مساء غد دولة X ... كما يلتقي الضيف Y': a form of address before the traveller; "
     "the guest of an announced visit meets",
     "2021-06-26",
     "يصل إلى القاهرة مساء غد دولة رئيس الوزراء العراقي مصطفى الكاظمي في زيارة رسمية تستغرق "
     "يومين. وأعلنت الرئاسة أن الرئيس عبد الفتاح السيسي سيستقبله في قصر الاتحادية، كما يلتقي "
     "الضيف خلال الزيارة رئيس مجلس النواب حنفي جبالي.",
     {{"visited", "مصطفى الكاظمي", NULL, "planned", "القاهرة", "2021-06-27", 0},
      {"met", "مصطفى الكاظمي", "حنفي جبالي", "planned", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "حنفي جبالي", NULL, NULL, NULL, 1}}},
    {"'وزير الطاقة والمياه في حكومة تصريف الأعمال X': two portfolios, then the government, then "
     "the holder",
     "2018-06-10",
     "التقى السفير الفرنسي برنار إيمييه وزير الطاقة والمياه في حكومة تصريف الأعمال سيزار أبي خليل "
     "في مكتبه، وبحثا في خطة الكهرباء.",
     {{"met", "برنار إيمييه", "سيزار أبي خليل", "asserted", NULL, NULL, 0}}},
    {"'وزير ... والتجارة في حكومة يوسف الشاهد X': a government named after its head; he holds no "
     "minister's office",
     "2016-08-21",
     "ولد وزير الصناعة والتجارة في حكومة يوسف الشاهد زياد العذاري في 30 مارس 1975 في سوسة.",
     {{"role", "يوسف الشاهد", "وزير الصناعة والتجارة في حكومة", NULL, NULL, NULL, 1}}},
    {"'مسؤولا في إدارة الرئيس X': the one an institution noun without the article is in construct "
     "with is no party",
     "2020-03-01",
     "التقى وزير الخارجية العماني بدر البوسعيدي في مسقط أمس مسؤولا في إدارة الرئيس دونالد ترامب.",
     {{"met", "بدر البوسعيدي", "دونالد ترامب", NULL, NULL, NULL, 1}}},
    {"'بين مسؤول في إدارة الرئيس X وقيادي حوثي': nor after a meeting noun",
     "2020-03-01",
     "وكان المبعوث قد التقى في مسقط محمد عبد السلام، في أول لقاء معلن بين مسؤول في إدارة الرئيس "
     "دونالد ترامب وقيادي حوثي.",
     {{"met", "محمد عبد السلام", "دونالد ترامب", NULL, NULL, NULL, 1}}},
    {"'في زيارة أثارت ...، ومن المتوقع أن يلتقي X Y': a verb with its own subject and object after "
     "a visit noun is no purpose of that visit",
     "2022-06-14",
     "زار المبعوث الأميركي آموس هوكشتاين بيروت أمس، والتقى رئيس مجلس النواب نبيه بري، في زيارة "
     "أثارت تساؤلات كثيرة، ومن المتوقع أن يلتقي هوكشتاين رئيس الحكومة نجيب ميقاتي في السراي.",
     {{"met", "آموس هوكشتاين", "نجيب ميقاتي", "planned", NULL, NULL, 0},
      {"met", "نبيه بري", "نجيب ميقاتي", NULL, NULL, NULL, 1},
      {"met", "آموس هوكشتاين", "نبيه بري", "asserted", NULL, NULL, 0},
      {"met", "آموس هوكشتاين", "نبيه بري", "planned", NULL, NULL, 1}}},
    {"'سماحة مفتي عام المملكة X ... مفتي مصر': the mufti is an office; Egypt's is the one of the "
     "date",
     "2020-02-12",
     "استقبل سماحة مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ في مكتبه بالرياض أمس "
     "مفتي مصر والوفد المرافق له.",
     {{"met", "عبدالعزيز بن عبدالله آل الشيخ", "شوقي علام", "asserted", "الرياض", NULL, 0},
      {"entity", "مفتي", NULL, NULL, NULL, NULL, 1}}},
    {"'أول زيارة لرئيس أمريكي إلى كوبا': an indefinite title with an indefinite nationality is "
     "any holder, no one",
     "2019-03-01",
     "وقال المتحدث إن الرحلة المقترحة ستكون أول زيارة لرئيس أمريكي إلى كوبا منذ عقود، وأول زيارة "
     "يقوم بها رئيس حكومة إسباني إلى هافانا.",
     {{"entity", "دونالد ترامب", NULL, NULL, NULL, NULL, 1},
      {"entity", "بيدرو سانشيز", NULL, NULL, NULL, NULL, 1}}},
    {"'الرئيس التنفيذي للشركة الكورية X Y،': past a body's last word with the article, two unknown "
     "words a comma closes are the holder's name",
     "2016-02-12",
     "والتقى وزير الطاقة السعودي في الرياض أمس الرئيس التنفيذي للشركة الكورية جونغ هيون، وبحثا "
     "مشاريع الطاقة.",
     {{"met", "علي النعيمي", "جونغ هيون", "asserted", "الرياض", NULL, 0}}},
    {"'لرئيس مجلس الدولة أصيبا بجروح': a verb and its complement after a body are no name",
     "2017-02-20",
     "وقال المصدر إن حارسين من الحرس الخاص لرئيس مجلس الدولة أصيبا بجروح، ونقلا إلى المستشفى.",
     {{"entity", "أصيبا", NULL, NULL, NULL, NULL, 1}}},
    {"'ووضع الأمير حجر الأساس': a noun in construct after a bare title is no name",
     "2015-05-12",
     "وتوجه الموكب عقب الاستقبال إلى مدينة الزرقاء، حيث وضع الأمير حجر الأساس لمدينة الشيخ صباح "
     "السكنية.",
     {{"entity", "حجر الأساس", NULL, NULL, NULL, NULL, 1}}},
    {"'ويرافق الأمير X، وكان في استقبال الأمير Y': a reception noun after وكان takes no side from "
     "the clause before it",
     "2012-10-23",
     "وصل أمير قطر الشيخ حمد بن خليفة آل ثاني إلى غزة. ويرافق الأمير في زيارته حرمه الشيخة موزا "
     "بنت ناصر، وكان في استقبال الأمير إسماعيل هنية.",
     {{"met", "موزا بنت ناصر", "إسماعيل هنية", NULL, NULL, NULL, 1}}},
    {"'في أول لقاء بينهما منذ سقوط نظام X': the one whose regime fell is no party",
     "2025-03-20",
     "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة أمس رئيس الوزراء العراقي محمد شياع السوداني، "
     "في أول لقاء بينهما منذ سقوط نظام بشار الأسد.",
     {{"met", "رجب طيب أردوغان", "محمد شياع السوداني", "asserted", "أنقرة", NULL, 0},
      {"met", "رجب طيب أردوغان", "بشار الأسد", NULL, NULL, NULL, 1}}},
    {"'المستشار الدكتور X': an office word that is an honorific too, with only honorifics after "
     "it, is a form of address - no chancellor",
     "2025-02-18",
     "استقبل المستشار الدكتور حنفي جبالي، رئيس مجلس النواب، اليوم بمقر المجلس، المستشار عقيلة "
     "صالح عيسى، رئيس مجلس النواب الليبي.",
     {{"met", "حنفي جبالي", "عقيلة صالح", "asserted", NULL, NULL, 0},
      {"role", "حنفي جبالي", "chancellor", NULL, NULL, NULL, 1}}},
    {"'يلتقي رئيسه X': the president of the body just named is no holder a bare 'الرئيس' of the "
     "article refers to",
     "2016-02-10",
     "الرئيس يستقبل وزير الخارجية النرويجي ويطلعه على تطورات الوضع في البلاد\n\n"
     "يتوجه وزير الخارجية خميس الجهيناوي غدا إلى بروكسل في زيارة إلى البرلمان الأوروبي، حيث يلتقي "
     "رئيسه مارتن شولتز، والممثلة العليا للسياسة الخارجية فيديريكا موغيريني.\n"
     "وكان الرئيس قد استقبل أمس بقصر قرطاج وزير الخارجية النرويجي بورغ بريندي.",
     {{"met", "خميس الجهيناوي", "مارتن شولتز", "planned", "بروكسل", NULL, 0},
      {"met", "مارتن شولتز", "بورغ بريندي", NULL, NULL, NULL, 1}}},
    {"'المكلف بمهمة لدى وزير الصحة X': a title after لدى is the office of the one served - X holds "
     "no such office, and a later bare title names someone else",
     "2016-05-10",
     "وقال المكلف بمهمة لدى وزير الصحة منير الجلاصي إن الوزارة ستفتح المستشفى الجديد قريبا.\n"
     "واستقبل وزير الصحة اليوم بمقر الوزارة سفير اليابان هيروشي تاكاهاشي.",
     {{"role", "منير الجلاصي", "health_minister", NULL, NULL, NULL, 1},
      {"met", "منير الجلاصي", "هيروشي تاكاهاشي", NULL, NULL, NULL, 1}}},
    {"'كاتب الدولة لدى وزير النقل، X' and 'المستشار لدى رئيس الجمهورية، Y': the title served "
     "completes the holder's own title, no office of the one served",
     "2017-03-10",
     "وقال كاتب الدولة لدى وزير النقل، رياض المؤخر، إن الميناء سيفتح قريبا. وأضاف المستشار لدى "
     "رئيس الجمهورية، سامي الفلاح، أن الرئاسة تتابع الملف.",
     {{"role", "رياض المؤخر", "كاتب الدولة لدى وزير النقل", NULL, NULL, NULL, 0},
      {"role", "سامي الفلاح", "المستشار لدى رئيس الجمهورية", NULL, NULL, NULL, 0},
      {"role", "سامي الفلاح", "president", NULL, NULL, NULL, 1},
      {"role", "سامي الفلاح", "chancellor", NULL, NULL, NULL, 1}}},
    {"'ثم أرسلته إلى موسكو': a verb of sending with the pronoun of the one sent is still one, "
     "whose subject, the sender, goes nowhere",
     "2020-06-10",
     "استقبلت وزيرة الخارجية الإسبانية أرانتشا غونزاليس لايا أمس في مدريد مبعوثها الخاص، ثم "
     "أرسلته إلى موسكو.",
     {{"visited", "أرانتشا غونزاليس لايا", NULL, NULL, "موسكو", NULL, 1}}},
    {"'رسالة تضامن أرسلتها إلى الجالية في فرنسا': nor with the pronoun of a thing sent",
     "2020-06-10",
     "استقبلت وزيرة الخارجية الإسبانية أرانتشا غونزاليس لايا أمس في مدريد سفير المغرب. وقالت في "
     "تغريدة: رسالة تضامن أرسلتها إلى الجالية في فرنسا.",
     {{"visited", "أرانتشا غونزاليس لايا", NULL, NULL, "فرنسا", NULL, 1}}},
    {"'X، نائب رئيس Y في الحزب': a title of no article and no complement before the family name "
     "alone of someone named before is that one's deputy, no office of his",
     "2020-01-26",
     "وصل زعيم المعارضة الفنزويلية خوان غوايدو إلى مدريد أمس. وقال ليوبولدو لوبيز، نائب رئيس "
     "غوايدو في الحزب، إن الزيارة ناجحة.",
     {{"visited", "خوان غوايدو", NULL, "asserted", "مدريد", NULL, 0},
      {"role", "خوان غوايدو", "vice_president", NULL, NULL, NULL, 1}}},
    {"'بين رئيس للدولة السودانية ورئيس حكومة إسرائيلي': an indefinite office with its complement "
     "written with ل is any holder, no one who meets",
     "2020-02-04",
     "التقى رئيس مجلس السيادة عبد الفتاح البرهان أمس رئيس الوزراء الإسرائيلي بنيامين نتنياهو في "
     "عنتيبي، في لقاء هو الأول بين رئيس للدولة السودانية ورئيس حكومة إسرائيلي.",
     {{"met", "عبد الفتاح البرهان", "بنيامين نتنياهو", "asserted", NULL, "2020-02-03", 0},
      {"entity", "رئيس للدولة السودانية", NULL, NULL, NULL, NULL, 1}}},
    {"'يغادر جلالة الملك أرض الوطن': the land of the homeland after a bare title is no name",
     "2018-06-20",
     "استقبل الملك عبد الله الثاني أمس في عمّان المستشار جاريد كوشنر. ويغادر جلالة الملك أرض "
     "الوطن اليوم في زيارة عمل إلى الولايات المتحدة، يلتقي خلالها الرئيس دونالد ترامب.",
     {{"met", "عبد الله الثاني", "جاريد كوشنر", "asserted", NULL, NULL, 0},
      {"entity", "أرض الوطن", NULL, NULL, NULL, NULL, 1}}},
    {"'يقوم النجم X Y بجولة في': a tour with ب after a name is none of it",
     "2019-03-02",
     "يقوم النجم الأرجنتيني ليونيل ميسي بجولة في مدينة مراكش بعد وصوله اليوم إلى المغرب.",
     {{"entity", "ليونيل ميسي بجولة", NULL, NULL, NULL, NULL, 1},
      {"visited", "ليونيل ميسي", NULL, NULL, "المغرب", NULL, 0}}},
    {"'محمد بالشيخ،': after a given name, ب and a title with the article before a stop is the "
     "family name; before a name it is still the side's ب and that name's title",
     "2016-03-02",
     "وقال رئيس الجامعة، مراد بالشيخ، إن الموسم سينطلق قريبا. واجتمع الوزير محمد بالشيخ نهيان "
     "بن مبارك في أبوظبي أمس.",
     {{"entity", "مراد بالشيخ", NULL, NULL, NULL, NULL, 0},
      {"role", "مراد بالشيخ", "رئيس الجامعة", NULL, NULL, NULL, 0},
      {"met", "محمد", "نهيان بن مبارك", "asserted", "أبوظبي", NULL, 0}}},
    {"'أجرى، قبيل اللقاء، اتصالاً هاتفياً بـ Y': a meeting noun announced by قبيل in an aside between "
     "commas passes no plan to the call after it",
     "2025-07-08",
     "وكان الرئيس جوزاف عون قد أجرى، قبيل اللقاء، اتصالاً هاتفياً برئيس مجلس النواب نبيه بري.",
     {{"phoned", "جوزاف عون", "نبيه بري", "asserted", NULL, NULL, 0}}},
    {"'تتويجا للمباحثات الهاتفية التي أجراها X مع Y': a meeting noun with ل that a relative clause "
     "holds in the past is held, no purpose",
     "2022-04-07",
     "وتأتي هذه الزيارة تتويجا للمباحثات الهاتفية التي أجراها الملك محمد السادس، يوم الخميس "
     "الماضي، مع رئيس الحكومة الإسبانية بيدرو سانشيز.",
     {{"phoned", "محمد السادس", "بيدرو سانشيز", "asserted", NULL, NULL, 0}}},
    {"'استقبل X و Y اليوم في القاهرة Z': a list right after the verb, then time or place, then one "
     "with no و - the list received him, not one another",
     "2021-06-27",
     "استقبل الرئيس عبد الفتاح السيسي والملك عبد الله الثاني اليوم في القاهرة رئيس الوزراء "
     "العراقي مصطفى الكاظمي.",
     {{"met", "عبد الفتاح السيسي", "مصطفى الكاظمي", "asserted", "القاهرة", NULL, 0},
      {"met", "عبد الله الثاني", "مصطفى الكاظمي", "asserted", "القاهرة", NULL, 0},
      {"met", "عبد الفتاح السيسي", "عبد الله الثاني", NULL, NULL, NULL, 1}}},
    {"'استقبل X، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، و Y ... اليوم Z': the first host's "
     "chain of titles is his",
     "2019-02-04",
     "استقبل الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي والشيخ "
     "محمد بن زايد آل نهيان ولي عهد أبوظبي في قصر الرئاسة بأبوظبي اليوم البابا فرنسيس.",
     {{"met", "محمد بن راشد", "البابا فرنسيس", "asserted", NULL, NULL, 0},
      {"met", "محمد بن زايد", "البابا فرنسيس", "asserted", NULL, NULL, 0},
      {"met", "محمد بن راشد", "محمد بن زايد", NULL, NULL, NULL, 1}}},
    {"'في مقدمة مستقبليه الملك المعظم، لتقام بعدها مراسم': the ل of purpose before an imperfect in ت "
     "opens no name",
     "2022-10-31",
     "وأفاد بيان اللجنة بأن البابا فرنسيس سيصل ظهر الخميس إلى قاعدة الصخير الجوية حيث يكون في "
     "مقدمة مستقبليه حضرة صاحب الجلالة الملك المعظم، لتقام بعدها مراسم استقبال رسمية في قصر الصخير.",
     {{"entity", "لتقام بعدها مراسم", NULL, NULL, NULL, NULL, 1},
      {"entity", "لتقام", NULL, NULL, NULL, NULL, 1}}},
    {"'سيصل X ...، يعقبها لقاء ثنائي يجمع Y و X': a meeting that brings together in the present, in "
     "the body of a report, is announced",
     "2022-10-31",
     "وأفاد بيان اللجنة بأن البابا فرنسيس سيصل ظهر الخميس إلى قاعدة الصخير الجوية، تعقبها مراسم "
     "استقبال رسمية، يعقبها لقاء ثنائي يجمع الملك حمد بن عيسى آل خليفة والبابا فرنسيس.",
     {{"met", "حمد بن عيسى آل خليفة", "البابا فرنسيس", "planned", NULL, NULL, 0},
      {"met", "حمد بن عيسى آل خليفة", "البابا فرنسيس", "asserted", NULL, NULL, 1}}},
    {"'من بينهم X و Y، تناولت سبل ...': a verb of one woman or thing after two joined persons is "
     "not theirs - no meeting between them",
     "2023-10-11",
     "وأجرى وزير الخارجية حسين أمير عبداللهيان سلسلة اتصالات هاتفية مع نظرائه، من بينهم وزير "
     "الخارجية السعودي الأمير فيصل بن فرحان ووزير الخارجية التركي هاكان فيدان، تناولت سبل وقف "
     "العدوان على غزة.",
     {{"phoned", "حسين أمير عبد اللهيان", "هاكان فيدان", "asserted", NULL, NULL, 0},
      {"met", "فيصل بن فرحان", "هاكان فيدان", NULL, NULL, NULL, 1}}},
    {"'الجولة'، 'بهدف'، 'الحكم الذاتي': words of politics too make no sentence a sports report",
     "2016-01-26",
     "وتأتي هذه الجولة بعد زيارة الرئيس الأسبق محمد خاتمي إلى روما في آذار 1999 ولقائه البابا "
     "يوحنا بولس الثاني. وأكد وزير الخارجية رياض المالكي أن الزيارة التي يؤديها إلى تونس تأتي "
     "بهدف دعم مخطط الحكم الذاتي.",
     {{"met", "محمد خاتمي", "يوحنا بولس الثاني", "asserted", "روما", NULL, 0},
      {"visited", "رياض المالكي", NULL, "asserted", "تونس", NULL, 0}}},
    {"'أجرى X اتصالين هاتفيين بكل من Y و Z': with the side's ب, كل من lists the guests - X called "
     "each, they did not call each other",
     "2017-11-16",
     "استقبل الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء اللبناني سعد الحريري. وكان ماكرون قد "
     "أجرى، أمس الأربعاء، اتصالين هاتفيين بكل من ولي العهد السعودي الأمير محمد بن سلمان "
     "والحريري.",
     {{"phoned", "إيمانويل ماكرون", "محمد بن سلمان", "asserted", NULL, NULL, 0},
      {"phoned", "إيمانويل ماكرون", "سعد الحريري", "asserted", NULL, NULL, 0},
      {"phoned", "محمد بن سلمان", "سعد الحريري", NULL, NULL, NULL, 1}}},
    {"'حيث التقى X، و Y، ضمن جولة': objects each set off by commas are met one by one, not "
     "with each other",
     "2023-10-14",
     "ووصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى الدوحة قادمًا من بيروت، حيث التقى "
     "الأمين العام لحركة الجهاد الإسلامي زياد النخالة، ورئيس حكومة تصريف الأعمال اللبنانية نجيب "
     "ميقاتي، ضمن جولة إقليمية شملت أيضًا العراق وسوريا.",
     {{"met", "حسين أمير عبد اللهيان", "زياد النخالة", "asserted", NULL, NULL, 0},
      {"met", "حسين أمير عبد اللهيان", "نجيب ميقاتي", "asserted", NULL, NULL, 0},
      {"met", "زياد النخالة", "نجيب ميقاتي", NULL, NULL, NULL, 1}}},
    {"'على رأس وفد ضم وزير الدفاع X، ... والتقى خلالها Y': a delegation's members are its verb's "
     "objects - the verb after goes on with no one of them",
     "2025-01-24",
     "وكان الوزير قد اختار الرياض وجهة لأول زيارة خارجية له، إذ وصل إليها مطلع كانون الثاني "
     "الحالي على رأس وفد ضم وزير الدفاع، مرهف أبو قصرة، ورئيس الاستخبارات العامة، أنس خطاب، "
     "والتقى خلالها وزير الدفاع السعودي، الأمير خالد بن سلمان.",
     {{"member_of", "مرهف أبو قصرة", NULL, NULL, NULL, NULL, 0},
      {"met", "مرهف أبو قصرة", "خالد بن سلمان", NULL, NULL, NULL, 1},
      {"met", "أنس خطاب", "خالد بن سلمان", NULL, NULL, NULL, 1}}},
    {"'ابن فرحان' after 'الأمير فيصل بن فرحان': the son of, written whole, names him again",
     "2025-01-24",
     "استقبل الرئيس أحمد الشرع في دمشق اليوم وزير الخارجية السعودي الأمير فيصل بن فرحان. وكان "
     "ابن فرحان قد التقى في نيسان 2023 في العاصمة الأردنية عمّان وزير الخارجية الأردني أيمن الصفدي.",
     {{"met", "فيصل بن فرحان", "أيمن الصفدي", "asserted", NULL, NULL, 0},
      {"met", "أحمد الشرع", "أيمن الصفدي", NULL, NULL, NULL, 1}}},
    {"'جدول الزيارة يتضمن أيضاً لقاءً مع Y': a visit's programme in the present announces the "
     "meetings it lists",
     "2024-04-08",
     "وسيتوجه رئيس الوزراء محمد شياع السوداني إلى واشنطن. وقال المصدر إن جدول الزيارة يتضمن "
     "أيضاً لقاءً مع رئيس مجلس النواب الأمريكي مايك جونسون.",
     {{"met", "محمد شياع السوداني", "مايك جونسون", "planned", NULL, NULL, 0},
      {"met", "محمد شياع السوداني", "مايك جونسون", "asserted", NULL, NULL, 1}}},
    {"'وتلقى X اتصالا من Y، واتصالا آخر من Z': the second call noun, joined by و after a comma, is "
     "X's too",
     "2023-10-20",
     "وتلقى وزير الخارجية أيمن الصفدي اتصالا هاتفيا من الممثل الأعلى للشؤون الخارجية في الاتحاد "
     "الأوروبي جوزيب بوريل، واتصالا آخر من وزير الخارجية التركي هاكان فيدان.",
     {{"phoned", "أيمن الصفدي", "جوزيب بوريل", "asserted", NULL, NULL, 0},
      {"phoned", "أيمن الصفدي", "هاكان فيدان", "asserted", NULL, NULL, 0},
      {"phoned", "جوزيب بوريل", "هاكان فيدان", NULL, NULL, NULL, 1}}},
    {"'كما سبق للصفدي أن التقى Y': the one written with ل after سبق met Y, not the article's last "
     "subject",
     "2023-02-15",
     "استقبل الرئيس السوري بشار الأسد في دمشق وزير الخارجية الأردني أيمن الصفدي. كما سبق للصفدي "
     "أن التقى وزير الخارجية السوري فيصل المقداد في نيويورك في أيلول 2021.",
     {{"met", "أيمن الصفدي", "فيصل المقداد", "asserted", "نيويورك", NULL, 0},
      {"met", "بشار الأسد", "فيصل المقداد", NULL, NULL, NULL, 1}}},
    {"'حيث التقى X، قبل أن يزور اليرزة ويلتقي Y': a verb joined by و to the one after قبل أن, after "
     "a past event, is past too",
     "2024-10-22",
     "وزار الموفد الأميركي آموس هوكشتاين السراي الحكومي، حيث التقى رئيس الحكومة نجيب ميقاتي، قبل "
     "أن يزور اليرزة ويلتقي قائد الجيش العماد جوزاف عون.",
     {{"met", "آموس هوكشتاين", "جوزاف عون", "asserted", NULL, NULL, 0},
      {"met", "آموس هوكشتاين", "جوزاف عون", "planned", NULL, NULL, 1}}},
    {"'التقى X اليوم Y، وذلك في إطار زيارته إلى P': the visit is the subject's of the verb of "
     "meeting, whose object Y is, time words between",
     "2016-01-26",
     "التقى رئيس الجمهورية الإيرانية حسن روحاني اليوم الثلاثاء بابا الفاتيكان فرنسيس، وذلك في "
     "إطار زيارته الرسمية إلى إيطاليا.",
     {{"visited", "حسن روحاني", NULL, "asserted", "إيطاليا", NULL, 0},
      {"visited", "فرنسيس", NULL, NULL, "إيطاليا", NULL, 1}}},
    {"'استقبل X Y ... لدى وصوله': the arrival after a reception is the guest's, never the host's",
     "2023-08-29",
     "استقبل الرئيس عبد الفتاح السيسي اليوم الفريق أول عبد الفتاح البرهان، وذلك بمدينة العلمين "
     "الجديدة، حيث كان الرئيس في مقدمة مستقبليه لدى وصوله إلى مطار العلمين الدولي. وكان وزير "
     "الخارجية سامح شكري قد استقبل الضيف السوداني لدى وصوله إلى مطار القاهرة.",
     {{"visited", "عبد الفتاح البرهان", NULL, "asserted", "العلمين", NULL, 0},
      {"visited", "عبد الفتاح السيسي", NULL, NULL, NULL, NULL, 1},
      {"visited", "سامح شكري", NULL, NULL, NULL, NULL, 1}}},
    {"'استقبل X Y، في أول زيارة لوزير خارجية سعودي إلى دمشق': the host of the reception is no "
     "traveller of a visit noun without a pronoun",
     "2023-04-19",
     "استقبل الرئيس بشار الأسد أمس وزير الخارجية السعودي الأمير فيصل بن فرحان، وذلك في أول زيارة "
     "لوزير خارجية سعودي إلى دمشق منذ سنوات.",
     {{"met", "بشار الأسد", "فيصل بن فرحان", "asserted", NULL, NULL, 0},
      {"visited", "بشار الأسد", NULL, NULL, "دمشق", NULL, 1}}},
    {"'كان X في مقدمة مستقبلي Y لدى وصوله': those who receive, a noun, make the arrival the guest's",
     "2021-06-27",
     "وكان رئيس الوزراء العراقي مصطفى الكاظمي في مقدمة مستقبلي الملك عبد الله الثاني لدى وصوله "
     "إلى مطار بغداد الدولي. وكان الكاظمي في مقدمة مستقبلي الزعيمين لدى وصولهما إلى بغداد.",
     {{"visited", "عبد الله الثاني", NULL, "asserted", "بغداد", NULL, 0},
      {"visited", "مصطفى الكاظمي", NULL, NULL, NULL, NULL, 1}}},
    {"'القائد العام ...، المشير أركان حرب X،': a title, a comma, two ranks read as one and the name "
     "hold the title",
     "2023-08-23",
     "استقبل القائد العام للقوات المسلحة العربية الليبية، المشير أركان حرب خليفة حفتر، أمس "
     "السفير الروسي أيدار أغانين.",
     {{"role", "خليفة حفتر", "army_commander@LY", NULL, NULL, NULL, 0},
      {"entity", "القائد العام للقوات المسلحة العربية الليبية", NULL, NULL, NULL, NULL, 1}}},
    {"'يتوجه إلى روسيا اليوم': after a word of direction or a visit, a name ending on today is the "
     "place and the day - the channel only where a channel is named",
     "2017-11-22",
     "البشير يتوجه إلى روسيا اليوم\n\nوقال مراسل قناة روسيا اليوم إن الرئيس السوداني عمر البشير "
     "يزور روسيا اليوم في زيارة رسمية.",
     {{"visited", "عمر البشير", NULL, NULL, "روسيا", NULL, 0},
      {"entity", "روسيا اليوم", NULL, NULL, NULL, NULL, 0}}},
    {"'استقبل X في قصر الصنوبر Y، ثم رئيس كتلة ... Z': ثم between a comma and a title names the next "
     "guest, no new clause",
     "2023-06-22",
     "واستقبل المبعوث الفرنسي جان إيف لودريان في قصر الصنوبر رئيس التيار الوطني الحر النائب جبران "
     "باسيل، ثم رئيس كتلة الوفاء للمقاومة النائب محمد رعد.",
     {{"met", "جان إيف لودريان", "جبران باسيل", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "محمد رعد", "asserted", NULL, NULL, 0},
      {"met", "جبران باسيل", "محمد رعد", NULL, NULL, NULL, 1}}},
    {"'استقبل X Y، الذي أجرى بدوره مباحثات مع Z': a meeting noun after the relative's verb and an "
     "adverb is the antecedent's",
     "2024-04-20",
     "استقبل الرئيس رجب طيب أردوغان في إسطنبول وزير الخارجية المصري سامح شكري، الذي أجرى بدوره "
     "مباحثات مع نظيره التركي هاكان فيدان.",
     {{"met", "سامح شكري", "هاكان فيدان", "asserted", NULL, NULL, 0},
      {"met", "رجب طيب أردوغان", "هاكان فيدان", NULL, NULL, NULL, 1}}},
    {"'المشير أركان حرب X': a staff officer's qualification between rank and name is no person",
     "2023-08-23",
     "استقبل القائد العام للقوات المسلحة العربية الليبية، المشير أركان حرب خليفة حفتر، أمس في "
     "الرجمة نائب وزير الدفاع الروسي يونس بك يفكيروف.",
     {{"met", "خليفة حفتر", "يونس بك يفكيروف", "asserted", "الرجمة", NULL, 0},
      {"entity", "أركان حرب", NULL, NULL, NULL, NULL, 1}}},
    /* Probe round 36 (r36a, r36b), read after it was scored. */
    {"a headline's own day after the report's is to come, whatever the body says of the trip",
     "2019-03-10",
     "ماكرون يتوجه إلى برلين غداً في زيارة يلتقي خلالها ميركل\n\n"
     "وتأتي زيارة الرئيس الفرنسي إيمانويل ماكرون إلى برلين في إطار التشاور بين البلدين قبل القمة "
     "الأوروبية.",
     {{"met", "إيمانويل ماكرون", "أنغيلا ميركل", "planned", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "أنغيلا ميركل", "asserted", NULL, NULL, 1}}},
    {"'بعد محادثات أجراها في P مع Y': the holder of a meeting noun's relative verb is the one the "
     "sentence goes on with, not the object just met",
     "2021-05-26",
     "وجاءت جولة وزير الخارجية الأمريكي أنتوني بلينكن في المنطقة، إذ كان قد التقى صباح اليوم في "
     "القاهرة الرئيس عبد الفتاح السيسي، بعد محادثات أجراها في عمّان، أمس الثلاثاء، مع العاهل "
     "الأردني الملك عبد الله الثاني.",
     {{"met", "أنتوني بلينكن", "الملك عبد الله الثاني", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "الملك عبد الله الثاني", NULL, NULL, NULL, 1}}},
    {"'وكان X و Y قد التقيا ... Z': the person right after a verb of the pair is the one they met, "
     "not a meeting of the two",
     "2018-03-20",
     "وكان وزير الخارجية الأمريكي مايك بومبيو ووزير الدفاع جيمس ماتيس قد التقيا في وقت سابق "
     "اليوم ولي العهد السعودي الأمير محمد بن سلمان في واشنطن.",
     {{"met", "مايك بومبيو", "محمد بن سلمان", "asserted", NULL, NULL, 0},
      {"met", "جيمس ماتيس", "محمد بن سلمان", "asserted", NULL, NULL, 0},
      {"met", "مايك بومبيو", "جيمس ماتيس", NULL, NULL, NULL, 1}}},
    {"an unnamed 'رئيس الجمهورية' is the one the article named with that very title, not another "
     "president it named first",
     "2022-10-05",
     "بدعوة من الرئيس رجب طيب أردوغان، يشرع رئيس الجمهورية، السيد قيس سعيد، اليوم في زيارة إلى "
     "تركيا. وتأتي الزيارة بعد زيارة وزير الخارجية التركي مولود تشاووش أوغلو إلى تونس في ماي "
     "الماضي، والتي استقبله خلالها رئيس الجمهورية.",
     {{"met", "مولود تشاووش أوغلو", "قيس سعيد", "asserted", NULL, NULL, 0},
      {"met", "مولود تشاووش أوغلو", "رجب طيب أردوغان", NULL, NULL, NULL, 1}}},
    {"'ومن المنتظر أن يجري X خلال هذه الزيارة محادثات مع Y': the visit the phrase refers to counts "
     "as one step of the plan word's reach",
     "2018-11-12",
     "ومن المنتظر أن يجري الرئيس الموريتاني محمد ولد عبد العزيز خلال هذه الزيارة محادثات مع "
     "الرئيس السنغالي ماكي صال في قصر الرئاسة بدكار.",
     {{"met", "محمد ولد عبد العزيز", "ماكي صال", "planned", NULL, NULL, 0},
      {"met", "محمد ولد عبد العزيز", "ماكي صال", "asserted", NULL, NULL, 1}}},
    {"'زيارة الدولة التي قام بها رئيس الجمهورية إلى P، والتي التقى خلالها Y': the traveller named "
     "by his title meets Y, not the traveller of an earlier visit of the sentence",
     "2023-02-14",
     "استقبل الرئيس عبد المجيد تبون اليوم بالجزائر الرئيس الفرنسي إيمانويل ماكرون. وتأتي هذه "
     "الزيارة بعد الزيارة التي قادت رئيس الوزراء الفرنسي جان كاستيكس إلى الجزائر في أفريل "
     "الماضي، وكذا زيارة الدولة التي قام بها رئيس الجمهورية إلى مدريد في ماي الماضي، والتي "
     "التقى خلالها العاهل الإسباني الملك فيليب السادس.",
     {{"met", "عبد المجيد تبون", "فيليب السادس", "asserted", "مدريد", NULL, 0},
      {"met", "جان كاستيكس", "فيليب السادس", NULL, NULL, NULL, 1}}},
    /* Probe rounds 30, 35 and 36 (r30a-r30c, r35a, r36c), read after they were scored. */
    {"'غداة لقاء نائبه ... X ... Y': a meeting noun in construct with one person, the other unmarked "
     "right after him, is the meeting of those two only",
     "2022-03-20",
     "وتأتي زيارة أردوغان إلى الرياض غداة لقاء نائبه في الحزب الحاكم نعمان قورتولموش «الوسيط» "
     "الرئيس الروسي فلاديمير بوتين في موسكو.",
     {{"met", "نعمان قورتولموش", "فلاديمير بوتين", "asserted", "موسكو", NULL, 0},
      {"met", "رجب طيب أردوغان", "فلاديمير بوتين", NULL, NULL, NULL, 1},
      {"met", "رجب طيب أردوغان", "نعمان قورتولموش", NULL, NULL, NULL, 1}}},
    {"a headline item after '..' with a verb and و goes on with the subject of the item before; an "
     "earlier month's trip of one named is no report of it",
     "2021-06-01",
     "الكاظمي يصل عمان غداً في أول زيارة منذ توليه رئاسة الحكومة العراقية.. ويلتقي الملك عبد الله "
     "الثاني والصفدي\n\n"
     "يصل رئيس الوزراء العراقي مصطفى الكاظمي إلى عمان غداً الأربعاء في زيارة رسمية، يلتقي خلالها "
     "العاهل الأردني الملك عبد الله الثاني.\n"
     "وكان وزير الخارجية الأردني أيمن الصفدي قد زار بغداد في مارس الماضي.",
     {{"met", "مصطفى الكاظمي", "الملك عبد الله الثاني", "planned", NULL, NULL, 0},
      {"met", "الملك عبد الله الثاني", "أيمن الصفدي", NULL, NULL, NULL, 1},
      {"met", "مصطفى الكاظمي", "أيمن الصفدي", "asserted", NULL, NULL, 1}}},
    {"talks told with a noun after a call between the same two, with no place or day of their own, "
     "are that call",
     "2022-02-20",
     "أجرى وزير الخارجية الأمريكي أنتوني بلينكن أمس اتصالا هاتفيا مع نظيره الروسي سيرغي لافروف.\n"
     "وأعلن لافروف في بيان أنه أجرى «محادثة صريحة» مع بلينكن حول أوكرانيا.",
     {{"phoned", "أنتوني بلينكن", "سيرغي لافروف", "asserted", NULL, "2022-02-19", 0},
      {"met", "أنتوني بلينكن", "سيرغي لافروف", NULL, NULL, NULL, 1}}},
    {"'X التقى Y ... بعد مباحثات مع Z': the object of a verb of meeting is no subject of a meeting "
     "noun after بعد",
     "2019-01-10",
     "وكان العاهل الأردني قد التقى الرئيس عبد الفتاح السيسي في القاهرة بعد مباحثات مع الشيخ محمد بن "
     "زايد في أبوظبي.",
     {{"met", "الملك عبد الله الثاني", "عبد الفتاح السيسي", "asserted", "القاهرة", NULL, 0},
      {"met", "عبد الفتاح السيسي", "محمد بن زايد", NULL, NULL, NULL, 1}}},
    {"a second title between commas after a name and his first title is his too, no one else's",
     "2025-06-10",
     "وكان الشيخ هزاع بن زايد آل نهيان، نائب حاكم إمارة أبوظبي، مستشار الأمن الوطني، قد التقى "
     "نائب الرئيس الأمريكي جيه دي فانس في البيت الأبيض.",
     {{"met", "هزاع بن زايد آل نهيان", "جيه دي فانس", "asserted", NULL, NULL, 0},
      {"entity", "ماركو روبيو", NULL, NULL, NULL, NULL, 1}}},
    {"'P، التي أجرى فيها مباحثات مع Y': a tour's stop in a relative clause, with no traveller the "
     "engine found, gives the talks to no one named before",
     "2021-03-12",
     "وتأتي الجولة الخليجية لوزير الخارجية الروسي، التي بدأت الثلاثاء في مسقط، حيث التقى السلطان "
     "هيثم بن طارق، قبل أن ينتقل إلى الكويت، التي أجرى فيها أمس مباحثات مع نظيره الكويتي الشيخ "
     "أحمد ناصر المحمد الصباح.",
     {{"met", "سيرغي لافروف", "هيثم بن طارق", "asserted", "مسقط", NULL, 0},
      {"met", "هيثم بن طارق", "أحمد ناصر المحمد الصباح", NULL, NULL, NULL, 1}}},
    {"'أجرى X اتصالا بـ Y، أطلعه خلاله على نتائج محادثاته مع Z': the one called is no owner of the "
     "caller's talks",
     "2018-05-10",
     "استقبلت المستشارة الألمانية أنغيلا ميركل اليوم في برلين الرئيس الفلسطيني محمود عباس.\n"
     "وأجرت ميركل عقب اللقاء اتصالا هاتفيا برئيس الوزراء الإسرائيلي بنيامين نتنياهو، أطلعته خلاله "
     "على نتائج محادثاتها مع عباس.",
     {{"phoned", "أنغيلا ميركل", "بنيامين نتنياهو", "asserted", NULL, NULL, 0},
      {"met", "بنيامين نتنياهو", "محمود عباس", NULL, NULL, NULL, 1}}},
    {"'استقبل X، ...، و Y، ...، مساء أمس، في P، Z': two hosts before the day set off by commas "
     "receive the guest after it; they do not meet each other",
     "2019-11-20",
     "استقبل الملك سلمان بن عبد العزيز، خادم الحرمين الشريفين، وولي العهد الأمير محمد بن سلمان، "
     "نائب رئيس مجلس الوزراء، مساء أمس، في قصر اليمامة بالرياض، الرئيس الفرنسي إيمانويل ماكرون.",
     {{"met", "الملك سلمان بن عبد العزيز", "إيمانويل ماكرون", "asserted", NULL, "2019-11-19", 0},
      {"met", "محمد بن سلمان", "إيمانويل ماكرون", "asserted", NULL, "2019-11-19", 0},
      {"met", "الملك سلمان بن عبد العزيز", "محمد بن سلمان", NULL, NULL, NULL, 1}}},
    {"'استهلها بزيارة P، التقى خلالها X، أعقبها بزيارة إلى Q التقى فيها Y': a visit that a verb "
     "with the tour's pronoun has for its means is the traveller's, not the one he met",
     "2023-03-10",
     "وتأتي زيارة الرئيس التونسي قيس سعيد إلى الجزائر بعد جولة استهلها بزيارة القاهرة، التقى "
     "خلالها الرئيس عبد الفتاح السيسي، أعقبها بزيارة إلى الرياض التقى فيها ولي العهد السعودي "
     "الأمير محمد بن سلمان.",
     {{"met", "قيس سعيد", "محمد بن سلمان", "asserted", "الرياض", NULL, 0},
      {"visited", "قيس سعيد", NULL, "asserted", "الرياض", NULL, 0},
      {"met", "عبد الفتاح السيسي", "محمد بن سلمان", NULL, NULL, NULL, 1}}},
    {"'وتتزامن الزيارة مع الاحتجاجات في P': the visit told before, with no one named, takes no "
     "destination from another noun's place far past it",
     "2023-03-10",
     "استقبل الرئيس قيس سعيد اليوم بقصر قرطاج وزير الخارجية الجزائري أحمد عطاف.\n"
     "وتتزامن الزيارة مع الاحتجاجات المتواصلة في مدينة صفاقس.",
     {{"met", "قيس سعيد", "أحمد عطاف", "asserted", NULL, NULL, 0},
      {"visited", "قيس سعيد", NULL, NULL, "صفاقس", NULL, 1}}},
    /* Probe round 38 (r38a, r38b), development. */
    {"'زيارة الدولة التي قادت رئيس الجمهورية إلى P، حيث أجرى محادثات مع X و Y': after حيث, the "
     "traveller the sentence goes on with, not the guest named in the sentence before",
     "2023-05-10",
     "استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم، رئيس الوزراء الإسباني بيدرو سانشيز، "
     "الذي يقوم بزيارة رسمية إلى الجزائر.\n"
     "وتأتي هذه الزيارة بعد أشهر من زيارة الدولة التي قادت رئيس الجمهورية إلى لشبونة في ماي "
     "الماضي، حيث أجرى محادثات مع الرئيس البرتغالي مارسيلو ريبيلو دي سوزا ورئيس الوزراء أنطونيو "
     "كوستا.",
     {{"met", "عبد المجيد تبون", "أنطونيو كوستا", "asserted", "لشبونة", NULL, 0},
      {"met", "بيدرو سانشيز", "أنطونيو كوستا", NULL, NULL, NULL, 1}}},
    {"'المبعوث الخاص للرئيس X إلى P، Y، ... بلقاء Z': the one who sent the envoy, holding the office "
     "written with ل, is no party of the envoy's meeting",
     "2021-09-14",
     "بدأ المبعوث الخاص للرئيس الأمريكي جو بايدن إلى اليمن، تيم ليندركينغ، جولته في المنطقة بلقاء "
     "وزير الخارجية العماني بدر البوسعيدي في مسقط.",
     {{"met", "تيم ليندركينغ", "بدر البوسعيدي", "asserted", "مسقط", NULL, 0},
      {"met", "جو بايدن", "بدر البوسعيدي", NULL, NULL, NULL, 1}}},
    {"'حيث التقى X، ووقّع مع Y اتفاقية': a side word past a comma and a verb with و the engine does "
     "not know is that verb's; X is met by the sentence's traveller",
     "2018-02-15",
     "ووصل وزير الخارجية الأمريكي ريكس تيلرسون إلى أنقرة آتياً من بيروت، حيث التقى أمس رئيس الوزراء "
     "اللبناني سعد الحريري، ووقّع مع وزير الخارجية اللبناني جبران باسيل اتفاقية تعاون.",
     {{"met", "ريكس تيلرسون", "سعد الحريري", "asserted", NULL, "2018-02-14", 0},
      {"met", "سعد الحريري", "جبران باسيل", NULL, NULL, NULL, 1}}},
    {"'والتقى تباعاً X في P و Y في Q، وتسلّم منهما ... مع': a side word past a comma and another "
     "verb with و is that verb's; the two are met by the traveller",
     "2023-04-20",
     "وكان المبعوث الفرنسي جان إيف لودريان قد زار بيروت في آذار الماضي، والتقى تباعاً رئيس مجلس "
     "النواب نبيه بري في عين التينة ورئيس الحكومة نجيب ميقاتي في السراي الحكومي، وتسلّم منهما "
     "ورقة تتضمن موقفاً موحداً مع التمسك بالمبادرة الفرنسية.",
     {{"met", "جان إيف لودريان", "نبيه بري", "asserted", "عين التينة", NULL, 0},
      {"met", "جان إيف لودريان", "نجيب ميقاتي", "asserted", NULL, NULL, 0},
      {"met", "نبيه بري", "نجيب ميقاتي", NULL, NULL, NULL, 1}}},
    {"'يتضمن برنامج الزيارة لقاء X في P، و Y في Q': each with a venue of his own, met one by one by "
     "the traveller, not each other",
     "2023-04-20",
     "يصل الموفد الأمريكي آموس هوكشتاين إلى بيروت غداً. ويتضمن برنامج الزيارة لقاء رئيس مجلس "
     "النواب نبيه بري في عين التينة، ورئيس الحكومة نجيب ميقاتي في السراي الحكومي.",
     {{"met", "آموس هوكشتاين", "نبيه بري", "planned", NULL, NULL, 0},
      {"met", "آموس هوكشتاين", "نجيب ميقاتي", "planned", NULL, NULL, 0},
      {"met", "نبيه بري", "نجيب ميقاتي", NULL, NULL, NULL, 1}}},
    /* Probe round 39 (r39a), development. */
    {"'... وذلك إثر محادثات هاتفية أجراها مع Z': with no one named before it in its clause, the "
     "holder of the talks is the subject of the sentence's event, not the one invited",
     "2019-03-12",
     "وكان الرئيس التركي رجب طيب أردوغان قد وجه الثلاثاء دعوة إلى رئيس الوزراء العراقي عادل عبد "
     "المهدي لزيارة أنقرة، مؤكدا أن الأمر يتعلق بالتعاون الأمني، وذلك إثر محادثات هاتفية أجراها "
     "مع الرئيس الإيراني حسن روحاني.",
     {{"phoned", "رجب طيب أردوغان", "حسن روحاني", "asserted", NULL, NULL, 0},
      {"phoned", "عادل عبد المهدي", "حسن روحاني", NULL, NULL, NULL, 1}}},
    {"'عقب مشاركة X و Y في لقاء مع Z': those who took part are the meeting's subject, not everyone "
     "the sentence named before",
     "2019-06-08",
     "اعتقلت السلطات اليوم المعارض ياسر عرمان والقيادي خالد عمر يوسف، بعد ساعات من اعتقال القيادي "
     "محمد عصمت، وذلك عقب مشاركة عصمت وعرمان في لقاء مع رئيس الوزراء الإثيوبي آبي أحمد.",
     {{"met", "محمد عصمت", "آبي أحمد", "asserted", NULL, NULL, 0},
      {"met", "ياسر عرمان", "آبي أحمد", "asserted", NULL, NULL, 0},
      {"met", "خالد عمر يوسف", "آبي أحمد", NULL, NULL, NULL, 1}}},
    /* Probe round 37 (r37a, r37c, r37d), read after it was scored. */
    {"'يبدأ خلالها محادثاته صباح الاثنين بلقاء Y': a day to come before a meeting noun, after a verb "
     "in the imperfect that governs it, makes the meeting announced",
     "2021-03-13",
     "يصل وزير الخارجية الفرنسي جان إيف لودريان إلى بغداد مساء غد الأحد، في زيارة تستمر يومين، يبدأ "
     "خلالها محادثاته الرسمية صباح الاثنين بلقاء رئيس الوزراء العراقي مصطفى الكاظمي.",
     {{"met", "جان إيف لودريان", "مصطفى الكاظمي", "planned", NULL, "2021-03-15", 0},
      {"met", "جان إيف لودريان", "مصطفى الكاظمي", "asserted", NULL, NULL, 1}}},
    {"'اتفاقية للتعاون بين البلدين': a pair word after بين is what is between, no pair of the "
     "meeting told before",
     "2021-06-10",
     "استقبل وزير الخارجية الأردني أيمن الصفدي في عمّان، الأحد الماضي، نظيره العراقي فؤاد حسين.\n"
     "وفي اليوم نفسه، وقّع وزير الدفاع العراقي جمعة عناد ونظيره الأردني الفريق يوسف الحنيطي، في "
     "بغداد، مذكرة للتعاون العسكري بين البلدين، في ختام اجتماعات اللجنة العسكرية المشتركة.",
     {{"met", "جمعة عناد", "يوسف الحنيطي", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "جمعة عناد", NULL, NULL, NULL, 1},
      {"met", "فؤاد حسين", "يوسف الحنيطي", NULL, NULL, NULL, 1}}},
    {"'فيما كان سلفه X قد اختار P ...، حيث التقى Y': after حيث, the subject of the clause with قد "
     "told last, not the traveller of the sentence's visit",
     "2017-12-05",
     "يصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر غداً، ويلتقي الرئيس عبد العزيز بوتفليقة.\n"
     "والتقى وزير الخارجية الفرنسي جان إيف لودريان أمس في باريس نظيره عبد القادر مساهل.\n"
     "وستكون هذه أول زيارة لماكرون إلى الجزائر منذ انتخابه، فيما كان سلفه فرانسوا هولاند قد اختار "
     "الجزائر محطة أولى في ديسمبر 2012، حيث التقى الرئيس بوتفليقة.",
     {{"met", "فرانسوا هولاند", "عبد العزيز بوتفليقة", "asserted", NULL, "2012-12", 0},
      {"met", "إيمانويل ماكرون", "عبد العزيز بوتفليقة", "asserted", NULL, NULL, 1}}},
    {"'أجرى X مباحثات مع Y، توجه بعدها إلى P حيث التقى Z': the one met after مع is no traveller of "
     "the verb of travel after the meeting",
     "2017-06-07",
     "أجرى أمير الكويت الشيخ صباح الأحمد الجابر الصباح، أمس، مباحثات في الرياض مع خادم الحرمين "
     "الشريفين الملك سلمان بن عبد العزيز، توجه بعدها إلى مسقط حيث التقى السلطان قابوس بن سعيد.",
     {{"met", "صباح الأحمد الجابر الصباح", "قابوس بن سعيد", "asserted", "مسقط", NULL, 0},
      {"met", "سلمان بن عبد العزيز", "قابوس بن سعيد", NULL, NULL, NULL, 1}}},
    {"'كما التقى X و Y، في وقت لاحق، Z': two subjects after the verb, then a time set off by "
     "commas, then the one they met - not a meeting of the two",
     "2021-05-03",
     "وكان وزير الخارجية التركي مولود جاويش أوغلو قد وصل إلى بغداد.\n"
     "كما التقى جاويش أوغلو ووزير الدفاع خلوصي أكار، في وقت لاحق، رئيس الوزراء العراقي مصطفى "
     "الكاظمي في مكتبه.",
     {{"met", "مولود جاويش أوغلو", "مصطفى الكاظمي", "asserted", NULL, NULL, 0},
      {"met", "خلوصي أكار", "مصطفى الكاظمي", "asserted", NULL, NULL, 0},
      {"met", "مولود جاويش أوغلو", "خلوصي أكار", NULL, NULL, NULL, 1}}},
    /* Probe round 40 (r40a-r40d), read after it was scored. */
    {"'إنه تحدث هاتفيا مع Y، وإنه ...، مضيفا أنه سيتحدث مع Z': a complementizer with its pronoun or "
     "a participle of adding opens a new statement - Z is no party of the call",
     "2022-03-06",
     "وقال الرئيس الفرنسي إيمانويل ماكرون للصحفيين إنه تحدث هاتفيا مع الرئيس الروسي فلاديمير "
     "بوتين، وإنه حثه على وقف إطلاق النار، مضيفا أنه سيتحدث غدا مع الرئيس الأوكراني فولوديمير "
     "زيلينسكي.",
     {{"phoned", "إيمانويل ماكرون", "فلاديمير بوتين", "asserted", NULL, NULL, 0},
      {"phoned", "إيمانويل ماكرون", "فولوديمير زيلينسكي", NULL, NULL, NULL, 1}}},
    {"'عقد X لقاءين منفصلين مع Y ومع Z': a meeting noun in the dual is a meeting noun, its guests "
     "met one by one",
     "2019-12-06",
     "عقد وزير الخارجية الأمريكي مايك بومبيو أمس في الرباط مباحثات مع نظيره ناصر بوريطة.\n"
     "ثم عقد رئيس الدبلوماسية الأمريكية لقاءين منفصلين مع عبد اللطيف الحموشي ومع ياسين المنصوري.",
     {{"met", "مايك بومبيو", "عبد اللطيف الحموشي", "asserted", NULL, NULL, 0},
      {"met", "مايك بومبيو", "ياسين المنصوري", "asserted", NULL, NULL, 0},
      {"met", "عبد اللطيف الحموشي", "ياسين المنصوري", NULL, NULL, NULL, 1}}},
    {"'سيختتم X زيارته غدا بلقاءين مع Y و Z': a meeting noun after a visit noun a verb in the "
     "future governs is how the visit will end - to come",
     "2019-03-22",
     "التقى وزير الخارجية الأمريكي مايك بومبيو اليوم في بيروت رئيس الجمهورية ميشال عون.\n"
     "وأفادت مصادر أن بومبيو سيختتم زيارته غدا بلقاءين يعقدهما مع وليد جنبلاط وسمير جعجع.",
     {{"met", "مايك بومبيو", "وليد جنبلاط", "planned", NULL, NULL, 0},
      {"met", "مايك بومبيو", "سمير جعجع", "asserted", NULL, NULL, 1}}},
    {"'وكان وزير الخارجية قد تلقى اتصالا من Y' in news with no dateline, after only another "
     "country's minister was named with that office: the office of the country the article is "
     "about",
     "2024-09-21",
     "يتوجه الدكتور بدر عبد العاطي مساء اليوم إلى نيويورك لترؤس وفد مصر في أعمال الجمعية العامة "
     "للأمم المتحدة، حيث يلتقي وزير الخارجية الأمريكي أنتوني بلينكن.\n"
     "ويعرض الوزير خلال لقاءاته الموقف المصري الداعي إلى وقف إطلاق النار في غزة، وجهود مصر لنفاذ "
     "المساعدات.\n"
     "وكان وزير الخارجية قد تلقى مساء أمس اتصالاً هاتفياً من وزير الخارجية الأردني أيمن الصفدي.",
     {{"phoned", "بدر عبد العاطي", "أيمن الصفدي", "asserted", NULL, NULL, 0},
      {"phoned", "أنتوني بلينكن", "أيمن الصفدي", NULL, NULL, NULL, 1}}},
    /* Probe round 42 (r42a, r42b), development. */
    {"'وفي اتصال هاتفي آخر أجراه اليوم، بحث X مع Y': a call noun set off before the verb of "
     "discussing makes the talks a call",
     "2023-10-12",
     "تلقى رئيس الوزراء العراقي محمد شياع السوداني اليوم اتصالا هاتفيا من الرئيس التركي رجب طيب "
     "أردوغان.\n"
     "وفي اتصال هاتفي آخر أجراه مساء اليوم، بحث السوداني مع أمير قطر الشيخ تميم بن حمد آل ثاني "
     "الأوضاع في غزة.",
     {{"phoned", "محمد شياع السوداني", "تميم بن حمد", "asserted", NULL, NULL, 0},
      {"met", "محمد شياع السوداني", "تميم بن حمد", NULL, NULL, NULL, 1}}},
    {"'وصل X ...، وكان في استقباله Y، قبل أن يتوجه إلى القصر، واستقبله Z': the one named before "
     "the pronoun received the sentence's traveller - Z received the traveller, not Y",
     "2021-03-06",
     "وكان البابا فرنسيس قد وصل أمس إلى بغداد، وكان في استقباله لدى وصوله إلى المطار رئيس الوزراء "
     "مصطفى الكاظمي، قبل أن يتوجه إلى قصر بغداد، واستقبله رئيس الجمهورية برهم صالح.",
     {{"met", "برهم صالح", "البابا فرنسيس", "asserted", NULL, NULL, 0},
      {"met", "برهم صالح", "مصطفى الكاظمي", NULL, NULL, NULL, 1}}},
    {"'سيعقد X خلال الزيارة، التي تستمر يومين، لقاءات مع Y': a relative clause set off by commas "
     "is one step of a plan word's reach",
     "2019-09-19",
     "يتوجه رئيس الحكومة اللبنانية سعد الحريري غدا إلى باريس في زيارة رسمية.\n"
     "وأفادت معلومات صحفية أن الحريري سيعقد خلال الزيارة، التي تستمر يومين، لقاءات مع وزير "
     "الاقتصاد الفرنسي برونو لومير.",
     {{"met", "سعد الحريري", "برونو لومير", "planned", NULL, NULL, 0},
      {"met", "سعد الحريري", "برونو لومير", "asserted", NULL, NULL, 1}}},
    {"'وكانت X قد التقت Y و Z، إثر مكالمة جمعتها بـ W': the pronoun is the one who met them, not "
     "the woman she met, named just before",
     "2023-06-11",
     "وكانت رئيسة الوزراء الإيطالية جورجيا ميلوني قد زارت تونس يوم الثلاثاء، والتقت الرئيس قيس "
     "سعيد ورئيسة الحكومة نجلاء بودن، إثر مكالمة هاتفية جمعتها بوزير الداخلية كمال الفقي.",
     {{"phoned", "جورجيا ميلوني", "كمال الفقي", "asserted", NULL, NULL, 0},
      {"phoned", "نجلاء بودن", "كمال الفقي", NULL, NULL, NULL, 1}}},
    {"'الاتصال الهاتفي الذي تلقاه X من Y': the relative verb of receiving a call names its parties",
     "2022-07-16",
     "وتأتي الزيارة بعد نحو عام ونصف من الاتصال الهاتفي الذي تلقاه الملك سلمان بن عبدالعزيز من "
     "الرئيس الأمريكي جو بايدن في فبراير 2021.",
     {{"phoned", "سلمان بن عبدالعزيز", "جو بايدن", "asserted", NULL, "2021-02", 0}}},
    {"'فيما زار X عمّان ... على رأس وفد رفيع، والتقى خلالها نظيره Y': a bare place after the "
     "traveller is his goal, and the meeting during the visit is his",
     "2025-02-26",
     "وكان وزير الخارجية الأردني أيمن الصفدي قد زار دمشق في كانون الأول الماضي، فيما زار وزير "
     "الخارجية السوري أسعد الشيباني عمّان في السابع من كانون الثاني الماضي على رأس وفد رفيع، "
     "والتقى خلالها نظيره الصفدي.",
     {{"visited", "أسعد الشيباني", NULL, "asserted", "عمّان", NULL, 0},
      {"met", "أسعد الشيباني", "أيمن الصفدي", "asserted", NULL, NULL, 0}}},
    {"'بناء على اقتراح X، وفي ضوء الاتصالات الهاتفية التي أجراها أمس مع Y': calls a relative verb "
     "of holding in the past describes were held, whatever plan the sentence told before",
     "2021-01-05",
     "وأوضح وزير الخارجية الكويتي أن الاتفاق جاء بناء على اقتراح أمير الكويت الشيخ نواف الأحمد، وفي "
     "ضوء الاتصالات الهاتفية التي أجراها الشيخ نواف الأحمد أمس مع أمير قطر الشيخ تميم بن حمد.",
     {{"phoned", "نواف الأحمد", "تميم بن حمد", "asserted", NULL, "2021-01-04", 0}}},
    {"'استقبل X A مستشار ...، وB المبعوث الأمريكي الخاص': an unknown foreign name next in a list, "
     "with a title and a nationality after it, is a guest - not a noun so shaped ('استجابة "
     "لمبادرة الرئيس الصيني')",
     "2018-06-21",
     "استقبل الرئيس عبد الفتاح السيسي، اليوم الخميس، جاريد كوشنر كبير مستشاري الرئيس الأمريكي، "
     "وبريان هوك المبعوث الأمريكي الخاص لشؤون إيران.\n"
     "وأفاد البيان بأن المباحثات جرت بين الجانبين، واستجابة لمبادرة الرئيس الصيني شي جين بينغ.",
     {{"met", "عبد الفتاح السيسي", "بريان هوك", "asserted", NULL, NULL, 0},
      {"entity", "استجابة لمبادرة", NULL, NULL, NULL, NULL, 1}}},
    /* Probe round 43 (r43a, r43b), development. */
    {"'بعد زيارته يوم 6 ديسمبر 2017، التي استقبله خلالها الرئيس X': after a relative, the one a "
     "verb's pronoun receives is the visitor of the visit it refers to, its subject after it",
     "2022-08-21",
     "وصل الرئيس عبد المجيد تبون إلى وهران.\n"
     "وتعد هذه الزيارة الثانية لماكرون إلى الجزائر، بعد زيارته يوم 6 ديسمبر 2017، التي استقبله "
     "خلالها الرئيس الراحل عبد العزيز بوتفليقة.",
     {{"met", "إيمانويل ماكرون", "عبد العزيز بوتفليقة", "asserted", NULL, "2017-12-06", 0},
      {"met", "عبد المجيد تبون", "عبد العزيز بوتفليقة", NULL, NULL, NULL, 1}}},
    {"'منذ زيارة X في أفريل 2014، والتي استقبله خلالها Y' after Z's visit: the pronoun is the "
     "visitor the relative refers to, not the one the sentence opened on",
     "2022-03-30",
     "واعتبر مراقبون أن زيارة أنتوني بلينكن هي الأرفع منذ زيارة جون كيري في أفريل 2014، والتي "
     "استقبله خلالها الرئيس الراحل عبد العزيز بوتفليقة.",
     {{"met", "جون كيري", "عبد العزيز بوتفليقة", "asserted", NULL, "2014-04", 0},
      {"met", "أنتوني بلينكن", "عبد العزيز بوتفليقة", NULL, NULL, NULL, 1}}},
    {"'المدير الجهوي للفلاحة بالقيروان رشدي بن عمر': past a title's place, an unknown word right "
     "before بن is the holder's given name, no word of the title",
     "2017-02-22",
     "وقال المدير الجهوي للفلاحة بالقيروان رشدي بن عمر إن موسم الحبوب يبشر بصابة قياسية.",
     {{"role", "رشدي بن عمر", "المدير الجهوي للفلاحة بالقيروان", NULL, NULL, NULL, 0}}},
    {"'ومن المنتظر أن يجري X، خلال هذه الزيارة التي ستقوده إلى P ثم إلى Q، محادثات مع Y': an aside "
     "of the visit's time set off by commas is one step of a plan word's reach",
     "2022-08-21",
     "ويقوم الرئيس الفرنسي إيمانويل ماكرون بزيارة رسمية إلى الجزائر من 25 إلى 27 أوت الجاري.\n"
     "ومن المنتظر أن يجري ماكرون، خلال هذه الزيارة التي ستقوده إلى الجزائر العاصمة ثم إلى وهران، "
     "محادثات مع الرئيس عبد المجيد تبون.",
     {{"met", "إيمانويل ماكرون", "عبد المجيد تبون", "planned", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "عبد المجيد تبون", "asserted", NULL, NULL, 1}}},
    {"'عقد سعادة X، وسعادة السيد Y، وسعادة السيد Z، اجتماعا ثلاثيا في الدوحة، هو الأول من نوعه': "
     "the و of a form of address is the mention's, and a من past the comma is no other side",
     "2021-03-12",
     "من جهة أخرى، عقد سعادة الشيخ محمد بن عبدالرحمن آل ثاني وزير الخارجية، وسعادة السيد سيرغي "
     "لافروف، وسعادة السيد مولود تشاووش أوغلو، اجتماعا ثلاثيا في الدوحة أمس، هو الأول من نوعه.\n"
     "وكان وزير الخارجية القطري قد اجتمع، قبيل الاجتماع الثلاثي، مع وزير الخارجية التركي.",
     {{"met", "محمد بن عبد الرحمن", "سيرغي لافروف", "asserted", NULL, "2021-03-11", 0},
      {"met", "سيرغي لافروف", "مولود تشاووش أوغلو", "asserted", NULL, "2021-03-11", 0},
      {"met", "محمد بن عبد الرحمن", "مولود تشاووش أوغلو", "planned", NULL, NULL, 1}}},
    {"'كما اجتمع سموه أمس في مقر وزارة الدفاع «البنتاغون» مع معالي الدكتور X القائم بأعمال وزير "
     "الدفاع': a title with a pronoun after the verb is its subject, the place after it no host, "
     "and the title right after the name his",
     "2019-07-10",
     "عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى أمس جلسة مباحثات رسمية مع "
     "الرئيس دونالد ترامب في البيت الأبيض.\n"
     "كما اجتمع سموه أمس الأول في مقر وزارة الدفاع الأمريكية «البنتاغون» مع معالي الدكتور مارك "
     "إسبر القائم بأعمال وزير الدفاع الأمريكي.",
     {{"met", "تميم بن حمد", "مارك إسبر", "asserted", NULL, "2019-07-08", 0},
      {"visited", "مارك إسبر", NULL, NULL, NULL, NULL, 1}}},
    {"'وأعرب سموه، خلال اتصاله مع X، عن ...، فيما تناول سموه مع Y سبل ...' after calls with X and "
     "Y: his call is a call, and the talks in its sentence too",
     "2024-12-02",
     "بحث الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، خلال اتصالات هاتفية أجراها أمس، مع كل من "
     "فؤاد حسين وزير الخارجية العراقي، وأيمن الصفدي وزير الخارجية الأردني، التطورات في سوريا.\n"
     "وأعرب سموه، خلال اتصاله مع فؤاد حسين، عن تمنياته لجمهورية العراق دوام الأمن، فيما تناول "
     "سموه مع الصفدي سبل تعزيز التنسيق العربي المشترك.",
     {{"phoned", "عبدالله بن زايد", "أيمن الصفدي", "asserted", NULL, NULL, 0},
      {"met", "عبدالله بن زايد", "أيمن الصفدي", NULL, NULL, NULL, 1}}},
    {"'بعد زيارة وزير الخارجية القطري إلى بيروت ...، والتي استقبله خلالها الرئيس X': the one "
     "received may be a title's holder, named by his office only",
     "2019-05-10",
     "وتأتي هذه الخطوة بعد زيارة وزير الخارجية القطري إلى بيروت في الثاني من آذار الماضي، والتي "
     "استقبله خلالها الرئيس اللبناني ميشال عون.",
     {{"met", "ميشال عون", "محمد بن عبد الرحمن", "asserted", "بيروت", "2019-03-02", 0}}},
    {"'وزير خارجية نظام أسد X': the regime named after its head is no one's given name",
     "2023-05-10",
     "استقبل وزير الخارجية العماني بدر البوسعيدي أمس في مسقط وزير خارجية نظام أسد فيصل المقداد.",
     {{"entity", "نظام أسد", NULL, NULL, NULL, NULL, 1},
      {"met", "بدر البوسعيدي", "فيصل المقداد", "asserted", NULL, NULL, 0}}},
    {"'محمد ريكان الحلبوسي': given names opening on a lexicon person's own before his surname alone "
     "are that person named with his father's name, not a second person who meets him",
     "2019-05-05",
     "استقبل رئيس مجلس النواب محمد ريكان الحلبوسي، اليوم الأحد، في بغداد وزير الخارجية الأردني "
     "أيمن الصفدي.",
     {{"met", "محمد ريكان الحلبوسي", "أيمن الصفدي", "asserted", NULL, NULL, 0},
      {"met", "الحلبوسي", "أيمن الصفدي", "asserted", NULL, NULL, 0}}},
    {"'وتوجه سموه إلى P، حيث التقى أخويه X، و Y': of two persons the article named with the same "
     "honorific, سموه is the first, the one it is about - the traveller, who met both",
     "2016-05-12",
     "وصل حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح مساء أمس إلى الرياض، وكان "
     "في مقدمة مستقبليه صاحب السمو الملكي الأمير محمد بن نايف ولي العهد السعودي.\n"
     "وتوجه سموه ظهر اليوم إلى أبوظبي، حيث التقى في قصر المشرف أخويه صاحب السمو الشيخ خليفة بن "
     "زايد آل نهيان رئيس دولة الإمارات العربية المتحدة، وصاحب السمو الشيخ محمد بن زايد آل نهيان "
     "ولي عهد أبوظبي.",
     {{"visited", "صباح الأحمد", NULL, "asserted", "أبوظبي", NULL, 0},
      {"met", "صباح الأحمد", "خليفة بن زايد", "asserted", NULL, NULL, 0},
      {"met", "صباح الأحمد", "محمد بن زايد", "asserted", NULL, NULL, 0},
      {"met", "خليفة بن زايد", "محمد بن زايد", NULL, NULL, NULL, 1}}},
    {"'وانتقل سموه إلى P، حيث التقى أخويه X، و Y': a title with a pronoun right after the verb "
     "opening the sentence (one of no event) is its subject, whom حيث goes on with",
     "2016-05-12",
     "وصل حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح مساء أمس إلى الرياض، وكان "
     "في مقدمة مستقبليه صاحب السمو الملكي الأمير محمد بن نايف ولي العهد السعودي، ثم استقبله "
     "خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر السلام.\n"
     "وانتقل سموه ظهر اليوم إلى أبوظبي، حيث التقى في قصر المشرف أخويه صاحب السمو الشيخ خليفة بن "
     "زايد آل نهيان رئيس الدولة، وصاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي.",
     {{"met", "صباح الأحمد", "خليفة بن زايد", "asserted", NULL, NULL, 0},
      {"met", "صباح الأحمد", "محمد بن زايد", "asserted", NULL, NULL, 0},
      {"met", "خليفة بن زايد", "محمد بن زايد", NULL, NULL, NULL, 1}}},
    {"'...منذ تولي الرئيس X مهامه، وكان سموه قد التقى Y': a verb of being with و after a comma "
     "opens the clause - X, named before it, is no party",
     "2017-09-08",
     "استقبل الرئيس الأمريكي دونالد ترامب أمس في البيت الأبيض حضرة صاحب السمو أمير البلاد الشيخ "
     "صباح الأحمد الجابر الصباح.\n"
     "وتعد هذه الزيارة الأولى لسموه إلى واشنطن منذ تولي الرئيس ترامب مهامه، وكان سموه قد التقى "
     "الرئيس الأمريكي السابق باراك أوباما في سبتمبر 2013.",
     {{"met", "صباح الأحمد", "باراك أوباما", "asserted", NULL, "2013-09", 0},
      {"met", "دونالد ترامب", "باراك أوباما", NULL, NULL, NULL, 1}}},
    {"'قال X، في طريق عودته إلى P، إنه أجرى محادثة مع Y' after their call: a place after a return "
     "and إلى is no venue, and the talks are the call",
     "2023-10-19",
     "تلقى الرئيس عبد الفتاح السيسي مساء أمس اتصالا هاتفيا من الرئيس الأمريكي جو بايدن.\n"
     "من جانبه، قال بايدن للصحفيين، في طريق عودته إلى واشنطن، إنه أجرى محادثة مطولة مع الرئيس "
     "السيسي.",
     {{"phoned", "عبد الفتاح السيسي", "جو بايدن", "asserted", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "جو بايدن", NULL, NULL, NULL, 1}}},
    {"'من المقرر أن يعقد X، على هامش القمة، عددا من اللقاءات، في مقدمتها لقاء مع Y': a plan right "
     "before the verb of holding reaches its noun past an aside, and the meeting picked out of them "
     "is as much to come",
     "2024-10-21",
     "يتوجه الرئيس عبد الفتاح السيسي غدا إلى بكين للمشاركة في القمة الصينية العربية.\n"
     "وأضاف المتحدث الرسمي أنه من المقرر أن يعقد الرئيس، على هامش القمة، عددا من اللقاءات "
     "الثنائية مع القادة المشاركين، في مقدمتها لقاء مع الرئيس الصيني شي جين بينغ.",
     {{"met", "عبد الفتاح السيسي", "شي جين بينغ", "planned", NULL, NULL, 0},
      {"met", "عبد الفتاح السيسي", "شي جين بينغ", "asserted", NULL, NULL, 1}}},
    /* Probe round 41 (r41d, then development). */
    {"'وقال المكتب إن الوزير الفرنسي شكر الكاظمي': a bare word of three letters before a name "
     "the article gave a person is the title holder's verb, no relative of that person",
     "2020-07-23",
     "استقبل رئيس الوزراء العراقي مصطفى الكاظمي اليوم في بغداد وزير الخارجية الفرنسي جان إيف "
     "لودريان.\nوقال المكتب الإعلامي إن الوزير الفرنسي شكر الكاظمي على حسن الاستقبال.",
     {{"entity", "شكر الكاظمي", NULL, NULL, NULL, NULL, 1},
      {"met", "مصطفى الكاظمي", "جان إيف لودريان", "asserted", NULL, "2020-07-23", 0}}},
    {"'التقى X، يوم 14 تشرين الأول/ أكتوبر، نظيره Y': the slash between a month's two names is "
     "part of the date, no clause boundary between the verb and its object",
     "2021-10-15",
     "التقى وزير الخارجية المصري سامح شكري، يوم 14 تشرين الأول/ أكتوبر، نظيره الأردني أيمن "
     "الصفدي في عمان.",
     {{"met", "سامح شكري", "أيمن الصفدي", "asserted", NULL, "2021-10-14", 0}}},
    {"'ما الذي يحمله لقاء X و Y في P؟': ما asking what, a relative right after it, is no negation",
     "2022-07-16",
     "ما الذي يحمله لقاء بايدن ومحمد بن سلمان في جدة؟\n\nالتقى الرئيس الأمريكي جو بايدن، "
     "أمس الجمعة في قصر السلام بجدة، ولي العهد السعودي الأمير محمد بن سلمان.",
     {{"met", "جو بايدن", "محمد بن سلمان", "asserted", NULL, NULL, 0},
      {"met", "جو بايدن", "محمد بن سلمان", "negated", NULL, NULL, 1}}},
    {"'استقبل X Y في P أمس، بعد أيام من تصريحات Z': past a comma, a word of when opens the time "
     "of the reception, and Z named in it is no guest",
     "2023-03-08",
     "استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي محمد شياع السوداني في أنقرة "
     "أمس، بعد أيام من تصريحات الرئيس الأمريكي جو بايدن حول المنطقة.",
     {{"met", "رجب طيب أردوغان", "محمد شياع السوداني", "asserted", NULL, NULL, 0},
      {"met", "رجب طيب أردوغان", "جو بايدن", NULL, NULL, NULL, 1}}},
    {"'التقى X، الأربعاء، نظيره Y ...، في أول زيارة يجريها إلى P منذ توليه منصبه في مايو': "
     "the month after منذ and a few words is the day he took office, the visit's is Wednesday",
     "2024-06-13",
     "التقى وزير الخارجية الإيراني علي باقري، الأربعاء، نظيره الروسي سيرغي لافروف في موسكو، في "
     "أول زيارة يجريها إلى روسيا منذ توليه مهامه بالوكالة في مايو الماضي.",
     {{"visited", "علي باقري", NULL, "asserted", "روسيا", "2024-06-12", 0}}},
    {"'وصل X إلى P اليوم، بعد يوم من لقائه Y في Q، في زيارة هي الأولى ... إلى P': the bare visit "
     "noun is the traveller's, not of the one he met",
     "2020-08-25",
     "ووصل وزير الخارجية الأمريكي مايك بومبيو إلى الخرطوم ظهر اليوم، وذلك بعد يوم من لقائه "
     "رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس، في زيارة هي الأولى لوزير خارجية "
     "أمريكي إلى السودان منذ سنوات.",
     {{"visited", "مايك بومبيو", NULL, "asserted", "السودان", NULL, 0},
      {"visited", "بنيامين نتنياهو", NULL, NULL, "السودان", NULL, 1}}},
    /* Probe round 45 (r45a), development. */
    {"'وتأتي زيارة X بعد أيام من الاتصال الهاتفي الذي أجراه Y بالرئيس Z': a call noun with the "
     "article whose relative verb of holding names its holder right after it is Y's call, not X's",
     "2024-05-20",
     "وصل وزير الخارجية المصري سامح شكري إلى أنقرة اليوم.\nوتأتي زيارة شكري بعد أيام من "
     "الاتصال الهاتفي الذي أجراه الرئيس عبد الفتاح السيسي بالرئيس التركي رجب طيب أردوغان.",
     {{"phoned", "عبد الفتاح السيسي", "رجب طيب أردوغان", "asserted", NULL, NULL, 0},
      {"phoned", "سامح شكري", "رجب طيب أردوغان", NULL, NULL, NULL, 1},
      {"phoned", "سامح شكري", "عبد الفتاح السيسي", NULL, NULL, NULL, 1}}},
    {"'زيارة X إلى P في ...، حيث التقى Y في Q، ثم زيارته إلى R': a visit noun with a pronoun right "
     "after ثم goes on with the sentence's traveller, not with whom he met",
     "2023-06-01",
     "وكان من أبرز محطات الانفتاح زيارة الرئيس التونسي قيس سعيد إلى الجزائر في أيار الماضي، حيث "
     "التقى الرئيس عبد المجيد تبون في العاصمة، ثم زيارته إلى القاهرة في نيسان الماضي.",
     {{"visited", "قيس سعيد", NULL, "asserted", "القاهرة", NULL, 0},
      {"visited", "عبد المجيد تبون", NULL, NULL, "القاهرة", NULL, 1}}},
    /* Probe round 44 (scored, then development). */
    {"'وبحسب البرنامج الرسمي للزيارة، يكون في استقبال X لدى وصوله Y': what a visit's programme "
     "lists in the present is to come",
     "2019-02-03",
     "يصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة مساء غد الاثنين في زيارة رسمية.\nوبحسب "
     "البرنامج الرسمي للزيارة، يكون في استقبال ماكرون لدى وصوله رئيس مجلس الوزراء مصطفى مدبولي.",
     {{"met", "إيمانويل ماكرون", "مصطفى مدبولي", "planned", NULL, NULL, 0},
      {"met", "إيمانويل ماكرون", "مصطفى مدبولي", "asserted", NULL, NULL, 1}}},
    {"'X من باريس: ... وأعلن موقفي بعد لقاء Y' over a body that tells the meeting only as to "
     "come: the headline's meeting noun is that meeting, to come",
     "2017-11-19",
     "الحريري من باريس: أعود إلى بيروت وأعلن موقفي بعد لقاء عون\n\nأعلن رئيس الحكومة "
     "اللبنانية سعد الحريري أنه سيعود إلى بيروت الأسبوع المقبل، وأنه سيعلن موقفه بعد لقائه "
     "رئيس الجمهورية ميشال عون.\nوأعلنت الرئاسة أن الرئيس عون تلقى بعد ظهر أمس اتصالاً هاتفياً "
     "من الرئيس الحريري.\nكما تلقى عون اتصالاً من الرئيس الفرنسي إيمانويل ماكرون وضعه في أجواء "
     "محادثاته مع رئيس الحكومة.",
     {{"met", "سعد الحريري", "ميشال عون", "planned", NULL, NULL, 0},
      {"met", "سعد الحريري", "ميشال عون", "asserted", NULL, NULL, 1}}},
    {"'قام سمو الأمير بجولة بدأها في P حيث التقى X، ثم توجه إلى Q والتقى Y': after ثم the "
     "sentence's subject, a title's placeholder, goes on - not the last subject of the sentences "
     "before",
     "2017-03-20",
     "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني أمس وزير الخارجية البريطاني بوريس جونسون.\nومن "
     "المقرر أن يتوجه جونسون اليوم إلى أبوظبي حيث يلتقي الشيخ محمد بن زايد آل نهيان.\nيذكر أن سمو "
     "الأمير كان قد قام الشهر الماضي بجولة أوروبية بدأها في برلين حيث التقى الرئيس الألماني "
     "فرانك فالتر شتاينماير، ثم توجه إلى باريس والتقى الرئيس الفرنسي فرانسوا هولاند.",
     {{"met", "تميم بن حمد", "فرانسوا هولاند", "asserted", NULL, NULL, 0},
      {"visited", "تميم بن حمد", NULL, "asserted", "باريس", NULL, 0},
      {"met", "بوريس جونسون", "فرانسوا هولاند", NULL, NULL, NULL, 1}}},
    {"'توجه X برسالة إلى مواطنيه للعودة إلى P': words carried to an addressee after a first إلى, "
     "and a place after a second, are no visit",
     "2016-12-27",
     "وتوجه السفير الفرنسي أوليفييه بوافر دارفور برسالة إلى مواطنيه للعودة إلى جربة.",
     {{"visited", "أوليفيي بوافر دارفور", NULL, NULL, "جربة", NULL, 1}}},
    {"'الوزير فوزي' after 'الوزير عمر فوزي': the family name the article gave a person is him, "
     "whole - not its stem with the ending ي taken for a pronoun",
     "2019-04-11",
     "استقبل الرئيس الفلسطيني محمود عباس اليوم في رام الله مبعوث الحكومة المصرية الوزير عمر "
     "فوزي.\nوكان الرئيس عباس قد تلقى أمس اتصالا هاتفيا من الوزير فوزي.",
     {{"phoned", "محمود عباس", "عمر فوزي", "asserted", NULL, "2019-04-10", 0}}},
    {"'تقف خلف اللجنة الأولمبية': خلف, a given name that is also a word (behind), starts no name "
     "without a title",
     "2019-04-11",
     "استقبل وزير الرياضة التونسي ماهر بن ضياء اليوم رئيس اللجنة الوطنية الأولمبية محرز "
     "بوصيان.\nوأكد الوزير أن الحكومة تقف خلف اللجنة الأولمبية في استعداداتها.",
     {{"entity", "خلف اللجنة", NULL, NULL, NULL, NULL, 1},
      {"met", "ماهر بن ضياء", "محرز بوصيان", "asserted", NULL, NULL, 0}}},
    {"'استقبل الرئيس الفرنسي رئيس الحكومة سعد الحريري': a country's office named by its "
     "nationality, another office, then a lexicon person of another country are two persons",
     "2017-11-18",
     "وفي وقت لاحق، استقبل الرئيس الفرنسي رئيس الحكومة سعد الحريري في قصر الإليزيه.",
     {{"met", "إيمانويل ماكرون", "سعد الحريري", "asserted", NULL, NULL, 0},
      {"role", "سعد الحريري", "president@FR", NULL, NULL, NULL, 1}}},
    {"'ولي العهد السعودي نائب رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان': the offices "
     "of a person of the country the first one names stay his",
     "2018-03-20",
     "استقبل الرئيس الأمريكي دونالد ترامب اليوم في البيت الأبيض ولي العهد السعودي نائب رئيس "
     "مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان.",
     {{"met", "دونالد ترامب", "محمد بن سلمان", "asserted", NULL, NULL, 0},
      {"role", "محمد بن سلمان", "crown_prince@SA", NULL, NULL, NULL, 0}}},
    {"'حيث التقى الرئيس X، وأمين المجلس الأعلى للأمن القومي Y': an office no lexicon knows, "
     "with و after a comma, lists Y after X - both met the traveller, not each other",
     "2019-12-13",
     "وكان وزير الخارجية العماني يوسف بن علوي قد زار طهران الشهر الماضي، حيث التقى الرئيس "
     "الإيراني حسن روحاني، وأمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني.",
     {{"met", "يوسف بن علوي", "علي شمخاني", "asserted", NULL, NULL, 0},
      {"met", "يوسف بن علوي", "حسن روحاني", "asserted", NULL, NULL, 0},
      {"met", "حسن روحاني", "علي شمخاني", NULL, NULL, NULL, 1}}},
    {"'زيارة X إلى P، والتي استقبله خلالها Y، وكذا الزيارة التي قادت Z إلى Q، حيث أجرى محادثات "
     "مع W': after حيث right after a visit, its traveller holds the talks, not the sentence's "
     "first one",
     "2023-01-23",
     "وتأتي الزيارة بعد زيارة رئيس الوزراء الإسباني بيدرو سانشيز إلى الرباط في أبريل الماضي، "
     "والتي استقبله خلالها رئيس الحكومة عزيز أخنوش، وكذا الزيارة التي قادت الملك محمد السادس "
     "إلى باريس في ماي، حيث أجرى محادثات مع الرئيس الفرنسي إيمانويل ماكرون.",
     {{"met", "محمد السادس", "إيمانويل ماكرون", "asserted", NULL, NULL, 0},
      {"met", "بيدرو سانشيز", "إيمانويل ماكرون", NULL, NULL, NULL, 1}}},
    {"'استقبل X، بعد ظهر أمس الأحد بقصر قرطاج، كلا من A، و B': a time of day after a comma and "
     "بعد is the reception's own, not another event's whose side the guests would be",
     "2019-03-11",
     "استقبل رئيس الجمهورية الباجي قايد السبسي، بعد ظهر أمس الأحد بقصر قرطاج، كلا من الأمين "
     "العام لجامعة الدول العربية أحمد أبو الغيط، ووزير الخارجية المصري سامح شكري.",
     {{"met", "الباجي قائد السبسي", "أحمد أبو الغيط", "asserted", NULL, "2019-03-10", 0},
      {"met", "الباجي قائد السبسي", "سامح شكري", "asserted", NULL, "2019-03-10", 0}}},
    {"'استقبل X كلا من A، و B، اللذين يؤديان زيارة عمل إلى البلاد': guests a relative of "
     "several refers to, with a visit, travelled together and met each other too",
     "2019-03-11",
     "استقبل رئيس الجمهورية الباجي قايد السبسي، اليوم بقصر قرطاج، كلا من وزير الخارجية "
     "الأردني أيمن الصفدي، ووزير الخارجية المصري سامح شكري، اللذين يؤديان زيارة عمل إلى تونس.",
     {{"met", "الباجي قائد السبسي", "سامح شكري", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "سامح شكري", "asserted", NULL, NULL, 0}}},
    {"'استقبل X كلا من A، و B' with no visit told together: each was received alone",
     "2019-03-11",
     "استقبل رئيس الجمهورية الباجي قايد السبسي، اليوم بقصر قرطاج، كلا من وزير الخارجية "
     "الأردني أيمن الصفدي، ووزير الخارجية المصري سامح شكري.",
     {{"met", "أيمن الصفدي", "سامح شكري", NULL, NULL, NULL, 1}}},
    {"'حيث التقى Z، قبل أن يختم لقاءاته بـ Y': the meeting noun a verb after a clause word has "
     "for object is that verb's subject's - not Z's, named last",
     "2025-01-24",
     "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى بيروت أمس.\nوانتقل الأمير فيصل إلى "
     "السراي الكبير حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي، قبل أن يختم لقاءاته "
     "بالرئيس المكلّف نوّاف سلام.",
     {{"met", "فيصل بن فرحان", "نوّاف سلام", "asserted", NULL, NULL, 0},
      {"met", "نجيب ميقاتي", "نوّاف سلام", NULL, NULL, NULL, 1}}},
    {"'في أول زيارة خارجية له منذ وصوله إلى البيت الأبيض': a motion right after منذ to a place "
     "of the traveller's own country is when a period began (taking office), no visit",
     "2017-05-20",
     "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم في الرياض الرئيس الأمريكي "
     "دونالد ترامب، في أول زيارة خارجية له منذ وصوله إلى البيت الأبيض.",
     {{"visited", "دونالد ترامب", NULL, NULL, "البيت الأبيض", NULL, 1},
      {"met", "الملك سلمان", "دونالد ترامب", "asserted", NULL, NULL, 0}}},
    {"'وجاءت زيارة X في سياق لم تتوقف فيه الأوساط في واشنطن عن ...': the same with no goal told",
     "2023-06-13",
     "وجاءت زيارة الرئيس عبد المجيد تبون في سياق دولي معقد، لم تتوقف فيه بعض الأوساط في واشنطن "
     "عن الضغط على الجزائر.",
     {{"visited", "عبد المجيد تبون", NULL, NULL, "واشنطن", NULL, 1}}},
    {"'السيد نصر الله ...' then 'الأمين العام لحزب الله السيد حسن نصر الله': a compound name "
     "(نصر الله) whose last word is no given name is remembered whole - الله of حزب الله names "
     "no one",
     "2023-05-10",
     "السيد نصر الله يلتقي رئيس المكتب السياسي لحماس\nاستقبل الأمين العام لحزب الله السيد حسن "
     "نصر الله، مساء أمس، رئيس المكتب السياسي لحركة حماس إسماعيل هنية والوفد المرافق له.",
     {{"met", "حسن نصر الله", "إسماعيل هنية", "asserted", NULL, "2023-05-09", 0}}},
    {"'وكان وزير الخارجية القطري قد وصل ...، حيث التقى Y، قبل أن يعقد اجتماعا مع Z': past قبل "
     "أن, the subject of the sentence's events - a title resolved with the article - not the "
     "subject of the sentence before",
     "2023-05-10",
     "استقبل رئيس الجمهورية عبد اللطيف رشيد أمس السفير التركي في بغداد.\nوكان وزير الخارجية "
     "القطري قد وصل إلى بغداد مساء أمس، ثم انتقل إلى القصر الحكومي حيث التقى رئيس الوزراء محمد "
     "شياع السوداني، قبل أن يعقد اجتماعا مع وزير الخارجية فؤاد حسين في مقر الوزارة.",
     {{"met", "محمد بن عبد الرحمن", "فؤاد حسين", "asserted", NULL, NULL, 0},
      {"met", "عبد اللطيف رشيد", "فؤاد حسين", NULL, NULL, NULL, 1}}},
    {"'ومن المنتظر أن يلتقي X خلال زيارته أيضا عددا من رجال الأعمال': the one named after the "
     "verb is its subject, the count of people its object - no meeting with the subject of the "
     "sentence before",
     "2021-05-10",
     "يزور رئيس الوزراء الأردني بشر الخصاونة باريس الأسبوع المقبل.\nوكان وزير الخارجية الفرنسي "
     "جان إيف لودريان قد زار عمان الشهر الماضي والتقى الخصاونة.\nومن المنتظر أن يلتقي الخصاونة "
     "خلال زيارته أيضاً عدداً من رجال الأعمال الفرنسيين.",
     {{"met", "جان إيف لودريان", "بشر الخصاونة", "asserted", NULL, "2021-04", 0},
      {"met", "جان إيف لودريان", "بشر الخصاونة", "planned", NULL, NULL, 1}}},
    {"'وعقد X مع نظيره الروسي صباح اليوم جلسة مباحثات': the other side, marked, before the "
     "meeting noun with a time of a few words between",
     "2019-03-10",
     "وصل وزير الدفاع الروسي سيرغي شويغو إلى أنقرة أمس، واستقبله الرئيس التركي رجب طيب أردوغان "
     "بحضور وزير الدفاع التركي خلوصي أكار.\nوعقد الوزير أكار مع نظيره الروسي صباح اليوم جلسة "
     "مباحثات مطولة في مقر الوزارة.",
     {{"met", "خلوصي أكار", "سيرغي شويغو", "asserted", NULL, "2019-03-10", 0}}},
    {"'وكان X قد التقى أمس Y في P، فيما زار صباح اليوم Z في Q': after a clause word, the one "
     "person after a verb of visiting with the place where he is after him is visited by the "
     "subject of the sentence's events - Z made no visit",
     "2021-04-14",
     "وكان وزير الخارجية المصري سامح شكري قد التقى أمس رئيس مجلس النواب نبيه بري في عين التينة، "
     "فيما زار صباح اليوم رئيس الحزب التقدمي الاشتراكي وليد جنبلاط في كليمنصو.",
     {{"met", "سامح شكري", "وليد جنبلاط", "asserted", NULL, "2021-04-14", 0},
      {"visited", "وليد جنبلاط", NULL, NULL, NULL, NULL, 1}}},
    {"'حيث عقدت اللجنة أول اجتماع لها منذ عام 2012، والتقى خلال الزيارة Y': a date right after "
     "منذ starts the period of the event before it, not the day of a meeting in another clause",
     "2019-11-20",
     "وكان وزير الخارجية التركي مولود تشاووش أوغلو قد وصل إلى أربيل في الخامس من الشهر الجاري، "
     "حيث عقدت اللجنة المشتركة أول اجتماع لها منذ عام 2012، والتقى خلال الزيارة رئيس الإقليم "
     "نيجيرفان بارزاني.",
     {{"met", "مولود تشاووش أوغلو", "نيجيرفان بارزاني", "asserted", NULL, "2019-11-05", 0}}},
    {"'خص X، أمس الأحد، Y باستقبال رسمي': an official reception a host gives his guest, the "
     "verb's subject and object before the noun",
     "2022-08-26",
     "خص الرئيس الجزائري عبد المجيد تبون، أمس الأحد، الرئيس التونسي قيس سعيد باستقبال رسمي بمطار "
     "هواري بومدين الدولي.",
     {{"met", "عبد المجيد تبون", "قيس سعيد", "asserted", NULL, "2022-08-25", 0}}},
    {"'واختتم الرئيس الفرنسي يومه الأول بلقاء': a word that never ends a name (يوم) with a "
     "possessive pronoun is no given name after a title",
     "2022-08-26",
     "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر أمس. واختتم الرئيس الفرنسي يومه الأول بلقاء "
     "مع شباب جزائريين في العاصمة.",
     {{"entity", "يومه الأول", NULL, NULL, NULL, NULL, 1},
      {"visited", "إيمانويل ماكرون", NULL, "asserted", NULL, "2022-08-25", 0}}},
    {"'قداسة البابا' after 'البابا فرنسيس', with 'البابا يوحنا بولس الثاني' named later for an "
     "earlier visit: of the persons named with the office, the one roles.tsv has holding it at "
     "the article's date",
     "2017-04-28",
     "استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة البابا فرنسيس.\nوالتقى قداسة "
     "البابا بعد ذلك شيخ الأزهر أحمد الطيب في مقر المشيخة.\nوهذه ثاني زيارة لحبر أعظم إلى مصر، "
     "بعد زيارة البابا يوحنا بولس الثاني في عام 2000.",
     {{"met", "البابا فرنسيس", "أحمد الطيب", "asserted", NULL, NULL, 0},
      {"met", "يوحنا بولس الثاني", "أحمد الطيب", NULL, NULL, NULL, 1}}},
    {"'أن يفتتح رئيس الدبلوماسية الألمانية غدا مدرسة، قبل أن يتوجه إلى بيروت': past قبل أن, "
     "the traveller is the sentence's subject, a title resolved with the article - not the "
     "last subject of the sentence before",
     "2019-05-10",
     "التقى وزير الخارجية الأردني أيمن الصفدي اليوم نظيره الألماني هايكو ماس في عمان.\nومن "
     "المقرر أن يفتتح رئيس الدبلوماسية الألمانية غدا مدرسة في المفرق، قبل أن يتوجه إلى بيروت.",
     {{"visited", "هايكو ماس", NULL, "planned", "بيروت", "2019-05-11", 0},
      {"visited", "أيمن الصفدي", NULL, NULL, "بيروت", NULL, 1}}},
    {"'إن الدعوة وجهت إلى X للمشاركة في مؤتمر المناخ ولقاء الرئيس Y': a meeting noun joined by "
     "و to what an invitation is for is invited to, not held",
     "2021-07-20",
     "وقالت الرئاسة الفرنسية إن الدعوة وجهت إلى رئيس الوزراء العراقي مصطفى الكاظمي للمشاركة في "
     "مؤتمر المناخ ولقاء الرئيس إيمانويل ماكرون على هامشه.",
     {{"met", "مصطفى الكاظمي", "إيمانويل ماكرون", "planned", NULL, NULL, 0},
      {"met", "مصطفى الكاظمي", "إيمانويل ماكرون", "asserted", NULL, NULL, 1}}},
    {"'وكان وزير الخارجية الأمريكي قد زار المنطقة ...، التقى خلالها X، و Y': a verb with خلالها "
     "has the one whose tour it names for subject - a title resolved with the article - and "
     "those after it met him one by one, not each other",
     "2023-11-20",
     "وكان وزير الخارجية الأمريكي قد زار المنطقة الشهر الماضي ضمن جولة إقليمية، التقى خلالها "
     "رئيس الوزراء الإسرائيلي بنيامين نتنياهو، والرئيس الفلسطيني محمود عباس.",
     {{"met", "أنتوني بلينكن", "بنيامين نتنياهو", "asserted", NULL, "2023-10", 0},
      {"met", "أنتوني بلينكن", "محمود عباس", "asserted", NULL, "2023-10", 0},
      {"met", "بنيامين نتنياهو", "محمود عباس", NULL, NULL, NULL, 1}}},
    {"'خلال زيارة ترأس فيها سموه مع X اجتماع اللجنة': the co-chair is the one the article "
     "honoured with that title, past فيها - not the host named first",
     "2018-06-14",
     "واستقبل الرئيس الروسي فلاديمير بوتين اليوم في الكرملين سمو ولي العهد السعودي الأمير محمد بن "
     "سلمان، خلال زيارة ترأس فيها سموه مع نائب رئيس الوزراء الروسي ألكسندر نوفاك اجتماع اللجنة "
     "المشتركة.",
     {{"met", "محمد بن سلمان", "ألكسندر نوفاك", "asserted", NULL, NULL, 0},
      {"met", "فلاديمير بوتين", "ألكسندر نوفاك", NULL, NULL, NULL, 1}}},
    {"'ماكرون في الرياض: عشاء مع ابن سلمان ولقاء مع الملك سلمان': a meeting noun with و and "
     "its own مع, after another's marked side, is the headline's subject's",
     "2021-12-05",
     "ماكرون في الرياض: عشاء مع ابن سلمان ولقاء مع الملك سلمان\nوصل الرئيس الفرنسي إيمانويل "
     "ماكرون مساء أمس إلى الرياض، حيث استقبله ولي العهد الأمير محمد بن سلمان.",
     {{"met", "إيمانويل ماكرون", "الملك سلمان", "asserted", NULL, NULL, 0},
      {"met", "محمد بن سلمان", "الملك سلمان", NULL, NULL, NULL, 1}}},
    {"'قائد قوات الدعم السريع' after the article named him with it: an office of its own "
     "(offices.tsv rsf_commander), so a call to the title alone reaches its holder",
     "2023-12-10",
     "دعا رئيس الوزراء الإثيوبي آبي أحمد اليوم قائد قوات الدعم السريع محمد حمدان دقلو إلى وقف "
     "القتال.\nوأجرى الرئيس الكيني وليام روتو مساء أمس اتصالًا هاتفيًا بقائد قوات الدعم السريع، "
     "بحث خلاله جهود الوساطة.",
     {{"phoned", "وليام روتو", "محمد حمدان دقلو", "asserted", NULL, "2023-12-09", 0}}},
    {"'القمة الثلاثية التي جمعت A بـ B و C على هامش قمة': a meeting of few a relative verb of "
     "gathering tells is one meeting of all, even on the sidelines of another",
     "2019-10-10",
     "وتأتي الزيارة بعد أشهر من القمة الثلاثية التي جمعت الرئيس الفرنسي إيمانويل ماكرون بالمستشارة "
     "الألمانية أنغيلا ميركل ورئيس الوزراء الإيطالي جوزيبي كونتي على هامش قمة مجموعة العشرين في "
     "أوساكا في يونيو الماضي.",
     {{"met", "أنغيلا ميركل", "جوزيبي كونتي", "asserted", "أوساكا", "2019-06", 0},
      {"met", "إيمانويل ماكرون", "جوزيبي كونتي", "asserted", NULL, NULL, 0}}},
    {"'رئيس الوزراء الإثيوبي' in 2017: Hailemariam Desalegn (roles.tsv), before Abiy Ahmed",
     "2017-04-10",
     "والتقى الرئيس السوداني عمر البشير اليوم رئيس الوزراء الإثيوبي في الخرطوم.",
     {{"met", "عمر البشير", "هايلي ماريام ديسالين", "asserted", "الخرطوم", "2017-04-10", 0}}},
    {"'كيم جونغ أون' then 'وكان كيم قد التقى Y': a Korean family name written first is the "
     "person's surname (words.tsv family_first)",
     "2018-05-10",
     "وأعلن البيت الأبيض أن الرئيس الأمريكي دونالد ترامب سيلتقي الزعيم الكوري الشمالي كيم جونغ أون "
     "الشهر المقبل.\nوكان كيم قد التقى الأسبوع الماضي الرئيس الصيني شي جين بينغ في بكين.",
     {{"met", "كيم جونغ أون", "شي جين بينغ", "asserted", "بكين", NULL, 0},
      {"met", "دونالد ترامب", "شي جين بينغ", NULL, NULL, NULL, 1}}},
    {"'سيصل X غدا إلى بيروت، وكان قد التقى الأسبوع الماضي Y في P، و Z في Q': كان قد past a "
     "comma goes on with the sentence's first person, each met at his own venue; and a past "
     "verb after كان قد is told as held, whatever plan the sentence announced before",
     "2024-06-10",
     "وقالت الرئاسة إن المبعوث الأمريكي آموس هوكشتاين سيصل غدا إلى بيروت، وكان قد التقى الأسبوع "
     "الماضي رئيس مجلس النواب نبيه بري في عين التينة، ورئيس الحكومة نجيب ميقاتي في السراي.",
     {{"met", "آموس هوكشتاين", "نبيه بري", "asserted", "عين التينة", NULL, 0},
      {"met", "آموس هوكشتاين", "نجيب ميقاتي", "asserted", NULL, NULL, 0},
      {"met", "نبيه بري", "نجيب ميقاتي", NULL, NULL, NULL, 1}}},
    {"'وكان أمير الكويت قد ... بزيارة إلى جدة، التقى خلالها Y، وذلك بعد أن أجرى ... اتصالا "
     "هاتفيا بـ Z': a call noun in a clause opening on بعد أن is the caller's whom the sentence "
     "is about (a title resolved with the article), not Y's, named last",
     "2017-06-08",
     "وأعلنت وزارة الخارجية السعودية أن الرياض ترحب بالوساطة.\nوكان أمير الكويت قد استهل تحركه "
     "أول من أمس بزيارة إلى جدة، التقى خلالها خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، "
     "وذلك بعد أن أجرى مساء الاثنين الماضي اتصالاً هاتفياً بأمير قطر.",
     {{"phoned", "صباح الأحمد", "تميم بن حمد", "asserted", NULL, "2017-06-05", 0},
      {"phoned", "الملك سلمان", "تميم بن حمد", NULL, NULL, NULL, 1}}},
    {"'استقبل X Y، الذي أجرى أيضا مباحثات مع Z': a meeting noun a few words after a relative "
     "is its antecedent's, not the host's",
     "2021-06-10",
     "استقبل الرئيس التونسي قيس سعيد، اليوم، وزير الخارجية الفرنسي جان إيف لودريان، الذي أجرى "
     "أيضا مباحثات مع وزير الخارجية عثمان الجرندي.",
     {{"met", "جان إيف لودريان", "عثمان الجرندي", "asserted", NULL, "2021-06-10", 0},
      {"met", "قيس سعيد", "عثمان الجرندي", NULL, NULL, NULL, 1}}},
    {"'زار X الرياض حيث التقى Y، قبل أن يحط منتصف آذار في الدوحة ويلتقي Z': a verb with و a "
     "few words after the verb of قبل أن's clause, in a past narrative, is held too",
     "2025-05-06",
     "ومنذ توليه منصبه، زار الرئيس اللبناني جوزيف عون الرياض حيث التقى ولي العهد السعودي الأمير "
     "محمد بن سلمان، قبل أن يحط منتصف آذار في الدوحة ويلتقي أمير قطر الشيخ تميم بن حمد آل ثاني.",
     {{"met", "جوزيف عون", "تميم بن حمد", "asserted", "الدوحة", "2025-03", 0}}},
    {"'وكان X من أوائل المسؤولين الأوروبيين الذين التقوا Y': a verb after الذين and a common "
     "noun has them for subject, X one of them - not the subject of the sentence before",
     "2020-08-10",
     "واستقبل الرئيس العراقي برهم صالح اليوم السفير الفرنسي في بغداد.\nوكان وزير الخارجية "
     "الألماني هايكو ماس من أوائل المسؤولين الأوروبيين الذين التقوا رئيس الحكومة مصطفى الكاظمي "
     "في بغداد.",
     {{"met", "هايكو ماس", "مصطفى الكاظمي", "asserted", "بغداد", NULL, 0},
      {"met", "برهم صالح", "مصطفى الكاظمي", NULL, NULL, NULL, 1}}},
    {"'يلتقي رئيس الوزراء اليوناني X ووزير الخارجية Y': a title with و right after a person of "
     "another country is of his country, Y its holder - not the article's own country's minister",
     "2020-01-16",
     "أعلن المجلس الرئاسي الليبي في طرابلس أن رئيسه فائز السراج سيشارك في مؤتمر برلين، وأن وزير "
     "الخارجية الليبي محمد سيالة سيرافقه.\nومن المقرر أن يتوجه المشير خليفة حفتر إلى أثينا، حيث "
     "يلتقي رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس ووزير الخارجية نيكوس ديندياس.",
     {{"met", "خليفة حفتر", "نيكوس ديندياس", "planned", NULL, NULL, 0},
      {"met", "خليفة حفتر", "محمد سيالة", NULL, NULL, NULL, 1}}},
    {"'أجرى X و Y، يوم الاثنين الماضي في موسكو، مباحثات غير مباشرة': talks through mediators "
     "are no meeting of the two",
     "2020-01-16",
     "وصل رئيس المجلس الرئاسي فايز السراج إلى موسكو يوم الأحد.\nوأجرى السراج والمشير خليفة حفتر، "
     "يوم الاثنين الماضي في موسكو، مباحثات غير مباشرة برعاية روسية تركية.",
     {{"met", "فايز السراج", "خليفة حفتر", "asserted", NULL, NULL, 1},
      {"met", "فايز السراج", "خليفة حفتر", "negated", NULL, NULL, 0}}},
    {"'التقى X Y في P، كما تلقى اتصالا هاتفيا منه أمس': a call whose other side is a pronoun on "
     "من right after it is between the two of the sentence's meeting",
     "2023-05-15",
     "والتقى الرئيس التونسي قيس سعيد الرئيس الفرنسي إيمانويل ماكرون في باريس الشهر الماضي، كما تلقى "
     "اتصالاً هاتفياً منه أمس الأحد.",
     {{"phoned", "قيس سعيد", "إيمانويل ماكرون", "asserted", NULL, "2023-05-14", 0}}},
    {"'في زيارة هي الأولى له منذ بدء التدخل العسكري الروسي في أيلول 2015، وكان في استقباله Y': "
     "a date a few words after منذ starts another event's period, no day of the reception",
     "2017-12-11",
     "وصل الرئيس الروسي فلاديمير بوتين اليوم الإثنين إلى دمشق، في زيارة هي الأولى له إلى سوريا منذ "
     "بدء التدخل العسكري الروسي في أيلول 2015، وكان في استقباله الرئيس السوري بشار الأسد.",
     {{"met", "فلاديمير بوتين", "بشار الأسد", "asserted", NULL, "2017-12-11", 0}}},
    {"'استقبل X الوزير A والوزير B. وكان الوزيران قد زارا القدس': a pair word as a visit's "
     "subject are the last meeting's two guests, never its host",
     "2024-02-10",
     "استقبل العاهل الأردني الملك عبد الله الثاني اليوم في عمان وزير الخارجية الأمريكي أنتوني "
     "بلينكن ووزير الخارجية البريطاني ديفيد كاميرون.\nوكان الوزيران قد زارا في وقت سابق من اليوم "
     "القدس.",
     {{"visited", "أنتوني بلينكن", NULL, "asserted", "القدس", NULL, 0},
      {"visited", "ديفيد كاميرون", NULL, "asserted", "القدس", NULL, 0},
      {"visited", "الملك عبد الله الثاني", NULL, NULL, NULL, NULL, 1}}},
    {"'بابا الفاتيكان فرنسيس' is the lexicon's Pope Francis, and holds the office the article's "
     "later 'البابا' names",
     "2017-04-28",
     "التقى بابا الفاتيكان فرنسيس اليوم في القاهرة شيخ الأزهر أحمد الطيب.\nوذكر الفاتيكان أن "
     "الحبر الأعظم شكر المضيف على حسن الاستقبال.\nثم استقبل الرئيس عبد الفتاح السيسي البابا في "
     "قصر الاتحادية.",
     {{"met", "بابا الفاتيكان فرنسيس", "أحمد الطيب", "asserted", NULL, NULL, 0},
      {"met", "بابا الفاتيكان فرنسيس", "عبد الفتاح السيسي", "asserted", NULL, NULL, 0}}},
    {"'وكان في استقبال فخامته X و Y': a reception noun that carries an honorific with its "
     "pronoun is the guest's the article named with that honorific, not the host's",
     "2017-05-20",
     "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في مطار الملك خالد الدولي بالرياض "
     "اليوم فخامة الرئيس دونالد ترمب رئيس الولايات المتحدة الأمريكية.\nوكان في استقبال فخامته "
     "صاحب السمو الملكي الأمير محمد بن نايف ولي العهد، وصاحب السمو الملكي الأمير فيصل بن بندر "
     "أمير منطقة الرياض.",
     {{"met", "دونالد ترامب", "فيصل بن بندر", "asserted", NULL, NULL, 0},
      {"met", "الملك سلمان", "فيصل بن بندر", NULL, NULL, NULL, 1}}},
    {"'وكان سمو الشيخ X في مقدمة مستقبلي Z، كما كان سموه قد التقى Y': the one named with the "
     "honorific in the same sentence before the pronoun's form, not the article's last subject "
     "named so",
     "2021-12-04",
     "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان الرئيس الفرنسي إيمانويل ماكرون في أبوظبي. وحضر "
     "اللقاء سمو الشيخ منصور بن زايد آل نهيان.\nوكان سمو الشيخ عبدالله بن زايد آل نهيان في مقدمة "
     "مستقبلي الرئيس الفرنسي، كما كان سموه قد التقى الرئيس الصيني شي جين بينغ في بكين الشهر الماضي.",
     {{"met", "عبدالله بن زايد", "شي جين بينغ", "asserted", NULL, NULL, 0},
      {"met", "محمد بن زايد", "شي جين بينغ", NULL, NULL, NULL, 1}}},
    {"'زيارة الدولة التي قادت X إلى P، استقبله خلالها Y، كما أجرى محادثات مع Z': after a "
     "reception of the pronoun's one, the verb with كما goes on with the one received",
     "2023-10-10",
     "وتأتي الزيارة بعد أشهر من زيارة الدولة التي قادت الرئيس التونسي قيس سعيد إلى إيطاليا في أيار "
     "الماضي، استقبله خلالها الرئيس الإيطالي سيرجيو ماتاريلا في روما، كما أجرى محادثات مع رئيسة "
     "الوزراء جورجيا ميلوني.",
     {{"met", "قيس سعيد", "جورجيا ميلوني", "asserted", NULL, "2023-05", 0},
      {"met", "سيرجيو ماتاريلا", "جورجيا ميلوني", NULL, NULL, NULL, 1}}},
    {"'زار X P، والتقى الرؤساء A و B و C، محذرا من أن ...': a participle of saying after a comma "
     "ends the verb's clause - its من is no other side that makes the list a subject",
     "2023-06-10",
     "عقد الرئيس التونسي قيس سعيد اليوم اجتماعا مع رئيسة الحكومة نجلاء بودن ورئيس البرلمان إبراهيم "
     "بودربالة.\nوكان وزير الخارجية الإيطالي أنطونيو تاياني قد زار تونس الشهر الماضي، والتقى "
     "الرؤساء سعيد وبودن وبودربالة، محذراً من أن الوضع الاقتصادي صعب.",
     {{"met", "أنطونيو تاياني", "قيس سعيد", "asserted", NULL, "2023-05", 0},
      {"met", "أنطونيو تاياني", "نجلاء بودن", "asserted", NULL, "2023-05", 0}}},
    {"'حيث عقد X لقاء موسعا مع ممثلي المعارضة، شارك فيه A و B': a verb of taking part with the "
     "pronoun of the meeting just told names its parties, who met its holder",
     "2021-05-06",
     "وانتقل وزير الخارجية الأمريكي أنتوني بلينكن إلى مقر السفارة، حيث عقد لقاء موسعا مع ممثلي "
     "المعارضة، شارك فيه رئيس الوزراء الأسبق فؤاد السنيورة والنائب جبران باسيل.",
     {{"met", "أنتوني بلينكن", "فؤاد السنيورة", "asserted", NULL, NULL, 0},
      {"met", "أنتوني بلينكن", "جبران باسيل", "asserted", NULL, NULL, 0}}},
    {"'وقالت الرئاسة إن اللقاء شهد حضور X': the meeting witnessed his attendance - he attended, "
     "no party",
     "2022-04-11",
     "استقبل الرئيس الجزائري عبد المجيد تبون اليوم في قصر المرادية رئيس الوزراء الإيطالي ماريو "
     "دراغي.\nوقالت الرئاسة إن اللقاء شهد حضور وزير الخارجية رمطان لعمامرة.",
     {{"met", "عبد المجيد تبون", "رمطان لعمامرة", NULL, NULL, NULL, 1},
      {"attended", "رمطان لعمامرة", NULL, "asserted", NULL, NULL, 0}}},
    {"'حل X بالجزائر بدعوة من الرئيس Y، الذي كان في استقباله لدى نزوله بالمطار': a reception "
     "noun with the pronoun in a relative clause naming no one is the antecedent's with the "
     "pronoun's one",
     "2022-08-25",
     "حل رئيس الجمهورية الفرنسية، إيمانويل ماكرون، عصر اليوم الخميس بالجزائر، في زيارة رسمية "
     "بدعوة من رئيس الجمهورية، السيد عبد المجيد تبون، الذي كان في استقباله لدى نزوله بمطار هواري "
     "بومدين الدولي.",
     {{"met", "عبد المجيد تبون", "إيمانويل ماكرون", "asserted", NULL, "2022-08-25", 0}}},
    {"'والتقى الوزيران بعد ذلك X': a pair word as the verb's subject is the two of the meeting "
     "told before, and both met the one after it (round 50)",
     "2022-01-10",
     "استقبل وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة اليوم.\nوالتقى "
     "الوزيران بعد ذلك وزير الخارجية الفلسطيني رياض المالكي.",
     {{"met", "سامح شكري", "رياض المالكي", "asserted", NULL, NULL, 0},
      {"met", "أيمن الصفدي", "رياض المالكي", "asserted", NULL, NULL, 0}}},
    {"'وكان الرئيسان قد أجريا اتصالا هاتفيا': a call noun whose subject is a pair word is a call "
     "between the two met before (round 50)",
     "2021-10-31",
     "التقى الرئيس الفرنسي إيمانويل ماكرون ونظيره الأمريكي جو بايدن في روما يوم السبت.\nوأصدر "
     "الرئيسان بيانا مشتركا.\nوكان الرئيسان قد أجريا اتصالا هاتفيا الأسبوع الماضي.",
     {{"phoned", "إيمانويل ماكرون", "جو بايدن", "asserted", NULL, NULL, 0}}},
    {"'كما أجرى الرئيسان اتصالا هاتفيا' after a minister received by a president: the pair word of "
     "a title names the two presidents of before, never the minister (round 50)",
     "2022-09-10",
     "تلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من الرئيس الجزائري عبد المجيد تبون.\nوكان وزير "
     "الخارجية الإيطالي السابق لويجي دي مايو قد زار تونس، حيث استقبله الرئيس سعيد. كما أجرى "
     "الرئيسان اتصالا هاتفيا عقب انتخاب تبون.",
     {{"phoned", "قيس سعيد", "عبد المجيد تبون", "asserted", NULL, NULL, 0},
      {"phoned", "لويجي دي مايو", "عبد المجيد تبون", NULL, NULL, NULL, 1},
      {"phoned", "لويجي دي مايو", "قيس سعيد", NULL, NULL, NULL, 1}}},
    {"'وقام X بزيارة Y في P': a visit noun with ب after a verb of performing is the subject's, and "
     "the person right after it is the one he met - no visit of Y's (round 51)",
     "2022-01-20",
     "وقام وزير الخارجية الأردني أيمن الصفدي بزيارة رئيس الوزراء اللبناني نجيب ميقاتي في السراي "
     "الحكومي.",
     {{"met", "أيمن الصفدي", "نجيب ميقاتي", "asserted", "السراي الحكومي", NULL, 0},
      {"visited", "نجيب ميقاتي", NULL, NULL, NULL, NULL, 1}}},
    {"'واستهل X جولته بزيارة Y': so with the verb before its object and the noun (round 51)",
     "2022-01-20",
     "وصل وزير الخارجية الأردني أيمن الصفدي إلى بيروت اليوم. واستهل الصفدي جولته بزيارة رئيس "
     "الجمهورية ميشال عون في قصر بعبدا.",
     {{"met", "أيمن الصفدي", "ميشال عون", "asserted", "قصر بعبدا", NULL, 0},
      {"visited", "ميشال عون", NULL, NULL, NULL, NULL, 1}}},
    {"'ورحب X بزيارة Y إلى P': welcoming is no verb of performing - Y's visit, no meeting",
     "2022-01-20",
     "ورحب رئيس الجمهورية ميشال عون بزيارة رئيس الوزراء العراقي مصطفى الكاظمي إلى بيروت الشهر "
     "المقبل.",
     {{"met", "ميشال عون", "مصطفى الكاظمي", NULL, NULL, NULL, 1},
      {"visited", "مصطفى الكاظمي", NULL, "planned", "بيروت", NULL, 0}}},
    {"'بحث مجلس الوزراء برئاسة X ملف ...، عقب إعلان Y': a person past a word of what came before "
     "(or of a topic) after من is no other side of the discussion (round 51)",
     "2017-05-10",
     "بحث مجلس الوزراء التونسي أمس برئاسة رئيس الحكومة يوسف الشاهد، ملف الدعم من موازنة الدولة، "
     "عقب إعلان وزير المالية رضا شلغوم أرقام العجز.",
     {{"met", "يوسف الشاهد", "رضا شلغوم", NULL, NULL, NULL, 1}}},
    {"'كما بحث المجلس الوزاري، خلال اجتماعه برئاسة X': the pronoun after a council written with "
     "the article is the council's own meeting - no meeting of X with the last subject (round 51)",
     "2022-05-10",
     "استقبل الرئيس قيس سعيد اليوم السفير الأمريكي دونالد بلوم في قصر قرطاج. كما بحث المجلس "
     "الوزاري، خلال اجتماعه الأسبوعي برئاسة رئيسة الحكومة نجلاء بودن، ملف الأسعار.",
     {{"met", "قيس سعيد", "دونالد بلوم", "asserted", NULL, NULL, 0},
      {"met", "قيس سعيد", "نجلاء بودن", NULL, NULL, NULL, 1}}},
    {"'الرئيس عباس يلتقي ...' then 'والتقى سيادته ...': the headline's person the second reading "
     "names in full is the one a later sentence's honorific meant (round 51)",
     "2022-11-02",
     "الرئيس عباس يلتقي السيسي وغوتيريش على هامش قمة الجزائر\nالتقى الرئيس محمود عباس، اليوم "
     "الأربعاء، الرئيس المصري عبد الفتاح السيسي في الجزائر العاصمة.\nوالتقى سيادته كذلك الأمين "
     "العام للأمم المتحدة أنطونيو غوتيريش.",
     {{"met", "محمود عباس", "أنطونيو غوتيريش", "asserted", NULL, NULL, 0}}},
    {"'زار X P، حيث التقى الرئيس Y ونظيره Z': after a clause word whose subject is known, a "
     "counterpart written with و joins the objects - X met both, Y and Z did not meet (round 50)",
     "2016-03-10",
     "وكان وزير الخارجية التونسي خميس الجهيناوي قد زار الجزائر الشهر الماضي، حيث التقى الرئيس "
     "عبد العزيز بوتفليقة ونظيره رمطان لعمامرة.",
     {{"met", "خميس الجهيناوي", "عبد العزيز بوتفليقة", "asserted", NULL, NULL, 0},
      {"met", "خميس الجهيناوي", "رمطان لعمامرة", "asserted", NULL, NULL, 0},
      {"met", "عبد العزيز بوتفليقة", "رمطان لعمامرة", NULL, NULL, NULL, 1}}},
    {"'بعد جولة قام بها X، زار خلالها P حيث التقى Y، ثم Q حيث استقبله Z': the tour's performer "
     "visits and meets, not the one the sentence opened on; after ثم the next stop is his too "
     "(round 50)",
     "2017-03-06",
     "يصل الرئيس الجزائري عبد العزيز بوتفليقة إلى تونس غدا.\nوتأتي زيارة بوتفليقة بعد جولة خليجية "
     "قام بها وزير الخارجية التونسي خميس الجهيناوي الأسبوع الماضي، زار خلالها الرياض حيث التقى "
     "نظيره السعودي عادل الجبير، ثم الدوحة حيث استقبله أمير قطر الشيخ تميم بن حمد آل ثاني.",
     {{"met", "خميس الجهيناوي", "عادل الجبير", "asserted", NULL, NULL, 0},
      {"met", "خميس الجهيناوي", "تميم بن حمد", "asserted", NULL, NULL, 0},
      {"met", "عبد العزيز بوتفليقة", "عادل الجبير", NULL, NULL, NULL, 1},
      {"visited", "عبد العزيز بوتفليقة", NULL, NULL, "الرياض", NULL, 1}}},
    {"'والتقى X والوفد المرافق له Y': the entourage's own adjective before Y makes Y no "
     "companion - X met Y, no one met the last subject (round 44)",
     "2021-05-04",
     "استقبل الرئيس التونسي قيس سعيد أمس وزير الخارجية الجزائري رمطان لعمامرة.\nكما التقى "
     "لعمامرة والوفد المرافق له رئيس الحكومة هشام المشيشي.",
     {{"met", "رمطان لعمامرة", "هشام المشيشي", "asserted", NULL, NULL, 0},
      {"met", "قيس سعيد", "هشام المشيشي", NULL, NULL, NULL, 1}}},
    {"'انطلقت اجتماعات ...، بمشاركة A، و B، و C': a meeting noun that named no party, and the "
     "persons taking part after it are its parties, every pair (round 51)",
     "2017-02-20",
     "انطلقت في تونس أمس اجتماعات وزراء الخارجية للدول الثلاث حول ليبيا، بمشاركة وزير الشؤون "
     "الخارجية خميس الجهيناوي، ووزير الخارجية المصري سامح شكري، ووزير الشؤون المغاربية الجزائري "
     "عبد القادر مساهل.",
     {{"met", "خميس الجهيناوي", "سامح شكري", "asserted", "تونس", NULL, 0},
      {"met", "سامح شكري", "عبد القادر مساهل", "asserted", NULL, NULL, 0}}},
    {"'ترأس X اجتماعا بمشاركة A و B': with a chair, those taking part meet him, not each other; "
     "'أشغال المؤتمر بمشاركة A و B' is no meeting",
     "2017-02-20",
     "ترأس رئيس الحكومة يوسف الشاهد أمس اجتماعا وزاريا بمشاركة وزير الداخلية الهادي مجدوب ووزير "
     "الدفاع فرحات الحرشاني.\nوانطلقت أمس أشغال المؤتمر الدولي حول الاستثمار، بمشاركة وزير "
     "المالية رضا شلغوم ومحافظ البنك المركزي الشاذلي العياري.",
     {{"met", "يوسف الشاهد", "الهادي مجدوب", "asserted", NULL, NULL, 0},
      {"met", "الهادي مجدوب", "فرحات الحرشاني", NULL, NULL, NULL, 1},
      {"met", "رضا شلغوم", "الشاذلي العياري", NULL, NULL, NULL, 1}}},
    {"'وانضم إلى اللقاء X': the one who joined the meeting just told meets its parties (round 51)",
     "2019-04-10",
     "استقبل رئيس الجمهورية التونسية الباجي قائد السبسي اليوم في قصر قرطاج العاهل المغربي الملك "
     "محمد السادس.\nوانضم إلى اللقاء رئيس الحكومة يوسف الشاهد.",
     {{"met", "الباجي قائد السبسي", "يوسف الشاهد", "asserted", NULL, NULL, 0},
      {"met", "محمد السادس", "يوسف الشاهد", "asserted", NULL, NULL, 0}}},
    {"'عقد لقاء بين X و Y، انضم إليه لاحقا A و B': those who joined meet the two and each other; "
     "'انضم X إلى الحزب' is no meeting (round 51)",
     "2020-08-06",
     "وفي قصر بعبدا، عقد لقاء بين الرئيسين ميشال عون وإيمانويل ماكرون، انضم إليه لاحقا رئيس مجلس "
     "النواب نبيه بري ورئيس الحكومة حسان دياب.\nوانضم النائب جبران باسيل إلى حزب التيار "
     "الوطني الحر منذ تأسيسه.",
     {{"met", "إيمانويل ماكرون", "نبيه بري", "asserted", NULL, NULL, 0},
      {"met", "نبيه بري", "حسان دياب", "asserted", NULL, NULL, 0},
      {"met", "ميشال عون", "جبران باسيل", NULL, NULL, NULL, 1}}},
    {"'مع نظيره الإيطالي تلت أشغال الاجتماع': a verb of following after a title starts no name - "
     "the counterpart is the office's holder (round 37)",
     "2017-02-20",
     "وقال وزير الشؤون الخارجية خميس الجهيناوي، في ندوة صحفية مشتركة مع نظيره الإيطالي تلت أشغال "
     "الاجتماع، إن البلدين اتفقا على تعزيز التعاون.",
     {{"met", "خميس الجهيناوي", "أنجلينو ألفانو", "asserted", NULL, NULL, 0},
      {"entity", "تلت أشغال", NULL, NULL, NULL, NULL, 1}}},
    {"'زار X P حيث التقى A و B، وحذر من أن ...': a verb of saying after a comma ends the clause - "
     "its من marks no other side, and X met A and B (round 50)",
     "2020-08-06",
     "وكان وزير الخارجية الفرنسي جان إيف لودريان قد زار تونس الشهر الماضي حيث التقى الرئيس قيس "
     "سعيد ورئيس الحكومة إلياس الفخفاخ، وحذر من أن الوضع الاقتصادي صعب.",
     {{"met", "جان إيف لودريان", "قيس سعيد", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "إلياس الفخفاخ", "asserted", NULL, NULL, 0}}},
    {"'عقد اجتماعا مع الرؤساء الثلاثة: رئيس الجمهورية A ورئيس البرلمان B': a colon after a "
     "plural title before its holders' titles goes on with the clause (round 50)",
     "2019-07-20",
     "وعقد وزير الخارجية الفرنسي جان إيف لودريان اجتماعا مع الرؤساء الثلاثة: رئيس الجمهورية "
     "الباجي قائد السبسي ورئيس مجلس نواب الشعب محمد الناصر ورئيس الحكومة يوسف الشاهد.",
     {{"met", "جان إيف لودريان", "الباجي قائد السبسي", "asserted", NULL, NULL, 0},
      {"met", "جان إيف لودريان", "يوسف الشاهد", "asserted", NULL, NULL, 0}}},
    {"'حيث التقى ممثلي القوى السياسية، وبينهم X': a group a verb of meeting takes for its object "
     "- X is among those met (round 50); 'الكلمات التالية للقادة العرب وبينهم Y' stays no party",
     "2017-03-29",
     "وانتقل رئيس الحكومة يوسف الشاهد إلى صفاقس، حيث التقى ممثلي المنظمات الوطنية، وبينهم "
     "الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي.\nوغاب الرئيس الباجي قائد "
     "السبسي عن حضور الكلمات التالية للقادة العرب وبينهم الرئيس الفلسطيني محمود عباس.",
     {{"met", "يوسف الشاهد", "نور الدين الطبوبي", "asserted", NULL, NULL, 0},
      {"met", "الباجي قائد السبسي", "محمود عباس", NULL, NULL, NULL, 1},
      {"attended", "محمود عباس", NULL, NULL, NULL, NULL, 1}}},
    {"'قرارا بإيقاف وزيرة الخارجية X ... على خلفية لقائها Y': a meeting noun with the pronoun of "
     "one woman is hers, not the man the sentence opened on (round 50)",
     "2023-08-28",
     "أصدر رئيس الحكومة عبد الحميد الدبيبة، مساء أمس، قرارا بإيقاف وزيرة الخارجية نجلاء المنقوش عن "
     "العمل احتياطيا، على خلفية لقائها وزير الخارجية الإيطالي أنطونيو تاياني في روما.",
     {{"met", "نجلاء المنقوش", "أنطونيو تاياني", "asserted", NULL, NULL, 0},
      {"met", "عبد الحميد الدبيبة", "أنطونيو تاياني", NULL, NULL, NULL, 1}}},
    {"'الحسن الثاني' after 'ولي العهد الأمير مولاي الحسن': the late king is a person of his own "
     "(actors.tsv), no crown prince named by his given name (round 50)",
     "2019-03-31",
     "وكان جلالة الملك محفوفا بولي العهد الأمير مولاي الحسن.\nوتعد هذه الزيارة الثانية لبابا "
     "الفاتيكان إلى المغرب، بعد زيارة البابا يوحنا بولس الثاني في غشت 1985، والتي استقبله خلالها "
     "جلالة المغفور له الحسن الثاني بالدار البيضاء.",
     {{"met", "الحسن الثاني", "يوحنا بولس الثاني", "asserted", "الدار البيضاء", NULL, 0},
      {"met", "مولاي الحسن", "يوحنا بولس الثاني", NULL, NULL, NULL, 1}}},
};

/* Checks one expected fact of extraction x. A must-not row proves something only when its
 * actors were found: an absent name would make it pass whatever the engine did. */
static void check_expect(const rw_extraction *x, const char *what, const expect *e)
{
    if (strcmp(e->rel, "entity") == 0) { /* an entity called a, or (absent) none */
        CHECK((find_entity(x, e->a) >= 0) != e->absent, "%s: %sentity called %s", what,
              e->absent ? "no " : "", e->a);
        return;
    }
    if (strcmp(e->rel, "role") == 0) { /* a holds the office written b, or (absent) does not */
        int ea = find_entity(x, e->a), found = 0;
        for (size_t i = 0; ea >= 0 && i < x->n_facts; i++)
            found |= x->facts[i].rel == RW_REL_HOLDS_ROLE && x->facts[i].subj == ea &&
                     x->facts[i].role && strcmp(x->facts[i].role, e->b) == 0;
        CHECK(ea >= 0 && found != e->absent, "%s: %s%s holds the role %s", what,
              e->absent ? "not: " : "", e->a, e->b);
        return;
    }
    int found = has_fact(x, e->rel, e->a, e->b, e->modality, e->place, e->date);
    int named = find_entity(x, e->a) >= 0 && (!e->b || find_entity(x, e->b) >= 0);
    CHECK(e->absent ? !found && named : found, "%s: %s%s(%s, %s) %s%s%s%s%s", what,
          e->absent ? "no " : "", e->rel, e->a, e->b ? e->b : "-",
          e->modality ? e->modality : "of any modality",
          e->place ? " at " : "", e->place ? e->place : "", e->date ? " on " : "",
          e->date ? e->date : "");
}

static void run_cases(rw_extractor *ex)
{
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        rw_extraction x = {0};
        int rc = extract_text(ex, cases[c].text, cases[c].date, &x);
        CHECK(rc == 0, "%s: extraction runs", cases[c].what);
        for (size_t k = 0; k < 4 && cases[c].facts[k].rel; k++)
            check_expect(&x, cases[c].what, &cases[c].facts[k]);
        rw_extraction_clear(&x);
    }
}

/* tests/extract/articles/expected.tsv: file, date, relation, a, b, modality, place, date. */
static void run_articles(rw_extractor *ex)
{
    char *tsv = rw_read_file(RW_TEST_DIR "/articles/expected.tsv", NULL);
    CHECK(tsv != NULL, "articles/expected.tsv is readable");
    if (!tsv) return;
    char cur[256] = "";
    char *text = NULL;
    rw_extraction x = {0};
    for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0]) continue;
        char *f[8];
        int nf = 0;
        for (char *p = line; nf < 8;) {
            f[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = '\0';
            p = t + 1;
        }
        if (nf < 8) {
            CHECK(0, "expected.tsv line has 8 fields: %s", line);
            continue;
        }
        if (strcmp(cur, f[0]) != 0) {
            rw_extraction_clear(&x);
            free(text);
            snprintf(cur, sizeof cur, "%s", f[0]);
            char path[512];
            snprintf(path, sizeof path, "%s/articles/%s", RW_TEST_DIR, f[0]);
            text = rw_read_file(path, NULL);
            CHECK(text && extract_text(ex, text, strcmp(f[1], "-") ? f[1] : NULL, &x) == 0,
                  "%s: extraction runs", f[0]);
        }
        int absent = strncmp(f[2], "no-", 3) == 0; /* no-met, no-entity ... */
        expect e = {absent ? f[2] + 3 : f[2], f[3], strcmp(f[4], "-") ? f[4] : NULL, f[5],
                    strcmp(f[6], "-") ? f[6] : NULL, strcmp(f[7], "-") ? f[7] : NULL, absent};
        check_expect(&x, f[0], &e);
    }
    rw_extraction_clear(&x);
    free(text);
    free(tsv);
}

/* Opening the extractor with the user lexicon in tests/extract/DIR fails as bad input, and the
 * message names `where` (file:line) and says `what`. */
static void bad_user_lexicon(const char *dir, const char *where, const char *what, const char *test)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", RW_TEST_DIR, dir);
    const char *dirs[] = {path};
    rw_extractor_opts opts = {NULL, dirs, 1, NULL};
    rw_error err = {0};
    rw_extractor *ex = rw_extractor_open(&opts, &err);
    CHECK(ex == NULL && err.code == RW_EINPUT && strstr(err.msg, where) && strstr(err.msg, what),
          "%s: %s", test, err.msg);
    rw_extractor_close(ex);
}

static void run_lexicon(void)
{
    /* A user directory adds entries in the same formats. */
    const char *dirs[] = {RW_TEST_DIR "/lexicon"};
    rw_extractor_opts opts = {NULL, dirs, 1, NULL};
    rw_error err = {0};
    rw_extractor *ex = rw_extractor_open(&opts, &err);
    CHECK(ex != NULL, "open with a user lexicon directory (%s)", err.msg);
    if (ex) {
        rw_extraction x = {0};
        extract_text(ex, "استقبل الرئيس الأردني زيد سالم الخيالي في عمان وزير الخارجية المصري بدر عبد العاطي.",
                     "2025-02-02", &x);
        int e = find_entity(&x, "زيد سالم الخيالي");
        CHECK(e >= 0 && x.entities[e].key && strcmp(x.entities[e].key, "test-zaid-khayali") == 0,
              "a user lexicon actor is found with its key");
        CHECK(has_fact(&x, "met", "زيد سالم الخيالي", "بدر عبد العاطي", "asserted", "عمان", NULL),
              "the user lexicon actor takes part in facts");
        rw_extraction_clear(&x);
        rw_extractor_close(ex);
    }
    /* A malformed line is an error naming the file and the line. */
    bad_user_lexicon("lexicon-bad", "lexicon-bad/actors.tsv:3:", "needs 5 fields",
                     "a malformed lexicon line fails to open, naming file and line");
    /* A phrase too long to be matched is an error naming file, line and length. */
    bad_user_lexicon("lexicon-long", "lexicon-long/titles.tsv:3:", "a phrase of 14 words",
                     "an over-long lexicon phrase fails to open");
    /* An office's optional 4th field is the word "many" and nothing else. */
    bad_user_lexicon("lexicon-many", "lexicon-many/offices.tsv:3:", "'many'",
                     "an office with a 4th field other than many fails to open");
    /* A missing data directory is an I/O error naming the file. */
    rw_extractor_opts mopts = {"/nonexistent-rawabit-data", NULL, 0, NULL};
    rw_error merr = {0};
    rw_extractor *mex = rw_extractor_open(&mopts, &merr);
    CHECK(mex == NULL && merr.code != RW_OK, "a missing data directory fails to open (%s)", merr.msg);
    rw_extractor_close(mex);
    CHECK(getenv("RAWABIT_DATA") == NULL || strcmp(rw_default_data_dir(), getenv("RAWABIT_DATA")) == 0,
          "rw_default_data_dir honours RAWABIT_DATA");
}

/* --country: the country the articles come from answers for an office named with no country in
 * an article that gives none - and only then. */
static void run_home_country(void)
{
    const char *text = "استقبل رئيس الحكومة اليوم رئيس الهيئة العليا المستقلة للانتخابات شفيق صرصار.";
    const char *abroad = "استقبل رئيس الحكومة اليوم في الجزائر العاصمة وزير الخارجية الجزائري رمطان لعمامرة.";
    rw_extractor_opts plain = {NULL, NULL, 0, NULL}, tn = {NULL, NULL, 0, "TN"};
    rw_error err = {0};
    rw_extractor *a = rw_extractor_open(&plain, &err), *b = rw_extractor_open(&tn, &err);
    CHECK(a && b, "open with and without --country (%s)", err.msg);
    if (a && b) {
        rw_extraction x = {0};
        extract_text(a, text, "2017-03-01", &x);
        CHECK(find_entity(&x, "يوسف الشاهد") < 0, "without --country an office of no country names no one");
        rw_extraction_clear(&x);
        extract_text(b, text, "2017-03-01", &x);
        CHECK(has_fact(&x, "met", "يوسف الشاهد", "شفيق صرصار", "asserted", NULL, NULL),
              "with --country TN it is the Tunisian holder at the article's date");
        rw_extraction_clear(&x);
        extract_text(b, abroad, "2016-10-12", &x);
        CHECK(find_entity(&x, "يوسف الشاهد") < 0 && find_entity(&x, "عبد المالك سلال") >= 0,
              "the country the article names stands before --country");
        rw_extraction_clear(&x);
    }
    rw_extractor_close(a);
    rw_extractor_close(b);
    rw_extractor_opts bad = {NULL, NULL, 0, "XX"};
    rw_error berr = {0};
    rw_extractor *c = rw_extractor_open(&bad, &berr);
    CHECK(c == NULL && berr.code == RW_EUSAGE && strstr(berr.msg, "--country XX"),
          "an unknown --country is a usage error naming it (%s)", berr.msg);
    rw_extractor_close(c);
}

/* Entities themselves: a delegation's English label, Gulf name chains and their mention spans. */
static void run_entities(rw_extractor *ex)
{
    rw_extraction x = {0};
    extract_text(ex, "ووصل وفد روسي برئاسة نائب وزير الخارجية الروسي ميخائيل بوغدانوف إلى دمشق أمس.", "2025-01-20", &x);
    int g = -1;
    for (size_t i = 0; i < x.n_entities; i++)
        if (x.entities[i].kind == RW_KIND_GROUP) g = (int)i;
    CHECK(g >= 0 && x.entities[g].label_en && strcmp(x.entities[g].label_en, "delegation of Russia") == 0,
          "a delegation is labelled in English from its country (%s)", g >= 0 && x.entities[g].label_en ? x.entities[g].label_en : "none");
    rw_extraction_clear(&x);

    /* "للرياض"، "للمملكة المغربية": a place or an actor written with ل keeps, among its names,
     * the article ل took off - no "لرياض". */
    extract_text(ex, "وصل الرئيس عبد الفتاح السيسي أمس للرياض، في أول زيارة للسيسي للمملكة "
                     "العربية السعودية هذا العام.", "2017-04-23", &x);
    int glued = 0, restored = 0;
    for (size_t i = 0; i < x.n_entities; i++)
        for (size_t k = 0; k < x.entities[i].n_names; k++) {
            const char *nm = x.entities[i].names[k];
            glued += strcmp(nm, "لرياض") == 0 || strcmp(nm, "لسيسي") == 0;
            restored += strcmp(nm, "الرياض") == 0;
        }
    CHECK(!glued && restored, "a name written with ل has its article back (%d glued, %d restored)",
          glued, restored);
    rw_extraction_clear(&x);

    /* "وفداً ألمانياً آخر": one group per delegation, even when the headline pass reads the first
     * sentences again (it once made an empty third group). */
    char *two = rw_read_file(RW_TEST_DIR "/articles/petra_two_delegations.txt", NULL);
    extract_text(ex, two ? two : "", "2025-06-10", &x);
    int groups = 0, empty = 0;
    for (size_t i = 0; i < x.n_entities; i++)
        if (x.entities[i].kind == RW_KIND_GROUP) {
            groups++;
            int used = 0;
            for (size_t k = 0; k < x.n_facts; k++)
                if (x.facts[k].subj == (int)i || x.facts[k].obj == (int)i) used = 1;
            empty += !used;
        }
    CHECK(two && groups == 2 && empty == 0, "two delegations are two groups, none empty (%d, %d empty)",
          groups, empty);
    free(two);
    rw_extraction_clear(&x);

    /* The lexicon has "سعود بن عبد الرحمن آل ثاني" only: an extra link and the joined عبدالرحمن. */
    const char *chain = "استقبل الشيخ سعود بن عبدالرحمن بن حسن آل ثاني في الدوحة السفير الأمريكي.";
    extract_text(ex, chain, "2025-03-01", &x);
    int e = find_entity(&x, "سعود بن عبدالرحمن بن حسن آل ثاني");
    CHECK(e >= 0 && x.entities[e].key && strcmp(x.entities[e].key, "saoud-bin-abdulrahman") == 0,
          "a longer patronymic chain matches the lexicon's FIRST bin FATHER Al FAMILY");
    rw_extraction_clear(&x);

    /* A lexicon name followed by the rest of its chain: one person, one mention over it all. */
    const char *mbz = "استقبل صاحب السمو الشيخ محمد بن زايد بن سلطان آل نهيان رئيس الدولة وزير الخارجية التركي هاكان فيدان.";
    extract_text(ex, mbz, "2025-03-01", &x);
    int m = find_entity(&x, "محمد بن زايد"), bad = 0, covered = 0;
    for (size_t i = 0; i < x.n_entities; i++)
        if (x.entities[i].label && strcmp(x.entities[i].label, "آل نهيان") == 0) bad = 1;
    const char *end = strstr(mbz, "آل نهيان") + strlen("آل نهيان");
    for (size_t i = 0; i < x.n_mentions; i++)
        if (x.mentions[i].entity == m && x.mentions[i].start <= (uint32_t)(strstr(mbz, "محمد") - mbz) &&
            x.mentions[i].end >= (uint32_t)(end - mbz))
            covered = 1;
    CHECK(m >= 0 && !bad, "the tail of a Gulf name is no person of its own");
    CHECK(covered, "the mention covers the whole name chain");
    CHECK(has_fact(&x, "met", "محمد بن زايد", "هاكان فيدان", "asserted", NULL, NULL) &&
          !has_fact(&x, "met", "محمد بن زايد", "آل نهيان", "asserted", NULL, NULL),
          "the chain's owner meets the guest, his family name does not");
    rw_extraction_clear(&x);

    /* A present-tense headline told again, dated, in the body is one meeting. */
    extract_text(ex, "وزير الخارجية المصري يلتقي نظيره الفرنسي في باريس\nالتقى وزير الخارجية بدر عبد العاطي اليوم في باريس وزير الخارجية الفرنسي جان نويل بارو.",
                 "2025-10-09", &x);
    int a = find_entity(&x, "بدر عبد العاطي"), b = find_entity(&x, "جان نويل بارو"), n = 0;
    for (size_t i = 0; i < x.n_facts; i++)
        if (x.facts[i].rel == RW_REL_MET && ((x.facts[i].subj == a && x.facts[i].obj == b) || (x.facts[i].subj == b && x.facts[i].obj == a)))
            n++;
    CHECK(a >= 0 && b >= 0 && n == 1 && has_fact(&x, "met", "بدر عبد العاطي", "جان نويل بارو", "asserted", "باريس", "2025-10-09"),
          "an undated headline and its dated report are one meeting (%d)", n);
    rw_extraction_clear(&x);
}

/* Whether the extraction holds a person entity with exactly this label. */
static int has_person(const rw_extraction *x, const char *label)
{
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].kind == RW_KIND_PERSON && x->entities[i].label &&
            strcmp(x->entities[i].label, label) == 0)
            return 1;
    return 0;
}

/* Whether some person entity's label contains this text. */
static int person_containing(const rw_extraction *x, const char *text)
{
    for (size_t i = 0; i < x->n_entities; i++)
        if (x->entities[i].kind == RW_KIND_PERSON && x->entities[i].label &&
            strstr(x->entities[i].label, text))
            return 1;
    return 0;
}

/* A person no lexicon knows must look like one: titles and bodies are complements, not names
 * (sentences written for the test, in the styles where real news went wrong). */
/* How many persons of the extraction have a label containing `part`. */
static int persons_containing(const rw_extraction *x, const char *part)
{
    int n = 0;
    for (size_t i = 0; i < x->n_entities; i++)
        n += x->entities[i].kind == RW_KIND_PERSON && x->entities[i].label &&
             strstr(x->entities[i].label, part) != NULL;
    return n;
}

static void run_names(rw_extractor *ex)
{
    static const struct {
        const char *text, *person, *not_person;
    } cases[] = {
        {"أكد رئيس مجلس نواب الشعب منير بن صالح أن الجلسة ستعقد غدا.", "منير بن صالح", "نواب"},
        {"استقبل رئيس الجامعة التونسية لكرة اليد كريم الهلالي لاعبي المنتخب.", "كريم الهلالي", "لكرة"},
        {"قال الأمين العام لحركة الشعب زهير المغزاوي إن الحزب سيشارك في الانتخابات.",
         "زهير المغزاوي", "لحركة"},
        {"وصرح رئيس كتلة الأمل بالبرلمان، سامي العياري، بأن الكتلة ستصوت ضد القانون.", "سامي العياري",
         "الأمل"},
        {"قال وزير التجارة والصناعة والتعاون الدولي فيصل الزاهي إن الصادرات ارتفعت.", "فيصل الزاهي",
         "والتعاون"},
        {"أعلن الرئيس المدير العام للشركة التونسية للكهرباء والغاز منصف الهرابي عن انقطاع التيار.",
         "منصف الهرابي", "للكهرباء"},
        {"أفاد المندوب الجهوي للتربية بصفاقس نبيل الحاجي بأن الامتحانات ستجرى في موعدها.",
         "نبيل الحاجي", "للتربية"},
        {"وإذا غاب الرئيس أو تعذر عليه ذلك يتولى رئيس البرلمان مهامه.", NULL, "أو"},
        {"أعرب الوزير عن حرص بلاده على مواصلة التعاون.", NULL, "حرص"},
        {"جدد السفير التزام حكومته بالاتفاق الموقع.", NULL, "التزام"},
        {"وصل المدير الجهوي مرفوقا بالوالي إلى موقع الحادث.", NULL, "مرفوقا"},
        {"قال رئيس حزب الوفاق الوطني ياسين الطرابلسي إن حزبه يرفض التحوير.", "ياسين الطرابلسي", "حزب"},
        /* without a title: a given name that is no ordinary word, and a family name */
        {"استقبل الرئيس اليوم الفنانة السورية ميادة الحناوي بقصر قرطاج.", "ميادة الحناوي", NULL},
        {"عيّن الملك اليوم عبد الإله بن كيران رئيسا للحكومة.", "عبد الإله بن كيران", NULL},
        {"وقال خليل الزاوية يرفض الحزب هذا القرار.", "خليل الزاوية", "يرفض"},
        {"يقع النزل في شارع الحبيب بورقيبة بالعاصمة.", NULL, "الحبيب"},
        {"قالت أمل كبيرة إن الأمر انتهى.", NULL, "أمل"},
        /* a given name that is a word, then a plural with its adjective: a noun phrase */
        {"ودعا الحزب إلى الارتقاء إلى مقام رئيس حكومة كامل الصلاحيات الدستورية.", NULL,
         "الصلاحيات"},
        /* a Maghrebi family name of ب after a two-word given name */
        {"وقدم المدير العام للأمن عبد الرحمان بالحاج علي استقالته.", "عبد الرحمان بالحاج علي",
         NULL},
        /* a verbal noun of a derived form right after a title is what its holder does */
        {"وجدد الأمين العام تأكيد الموقف المبدئي للمنظمة.", NULL, "تأكيد"},
        /* a participle of the form مستفعل after a title is the sentence going on */
        {"وناقش وزير الخارجية السعودي مع نظيره الأمريكي مستقبل العلاقات بين البلدين.", NULL,
         "مستقبل"},
        /* a library or a foundation named after a king names no one */
        {"وزار الوفد مكتبة الملك عبد العزيز العامة بالرياض.", NULL, "العامة"},
        {"وزار الوفد مؤسسة الملك فيصل الخيرية بالرياض.", NULL, "الخيرية"},
        /* a plural with an adjective the lexicon knows (الأخيرة) is no family name */
        {"وانتقد الأمين العام للحزب، محسن مرزوق التصريحات الأخيرة التي أدلى بها الوزير.",
         "محسن مرزوق", "التصريحات"},
        /* أحد (one of) after a name opens an apposition */
        {"وقال النائب خميس قسيلة احد أعضاء الوفد إن اللقاء كان إيجابيا.", "خميس قسيلة", "احد"},
        /* a conditional opens a clause, no name after a title and its comma */
        {"وأكد الحزب أن زعيمة اليمين المتطرف، إذا فازت، ستضيق على الحريات.", NULL, "فازت"},
        /* a verbal noun of the form تفعيل past a name's second word is what he does */
        {"تولى اليوم وزير النقل أنيس غديرة تدشين باخرة عبور بين قرقنة وصفاقس.", "أنيس غديرة",
         "تدشين"},
        /* a title word right before بن is a given name (مساعد, assistant) */
        {"حضر الاستقبال معالي وزير الدولة عضو مجلس الوزراء الدكتور مساعد بن محمد العيبان.",
         "مساعد بن محمد العيبان", NULL},
        /* right after بن an unknown word is the father's name, whatever follows it */
        {"واستقبل الأمير اليوم رئيس النادي الأستاذ ناصر بن شلاش المطيري والوفد المرافق له.",
         "ناصر بن شلاش المطيري", NULL},
        /* an honorific with a pronoun is the one the article named: no name after it */
        {"وتلقى الملك اتصالا من رئيس الوزراء الهندي، هنأ فيه جلالته بحلول عيد الأضحى.", NULL,
         "بحلول"},
        {"وتلقى الأمير برقية من الرئيس التركي، شكر فيها سموه حسن الضيافة.", NULL, "حسن"},
        /* an إفعال of a root in hamza after a title is what its holder does */
        {"وقال رئيس الحزب إنه يحق لرئيس الجمهورية اجراء الاستفتاء الذي يراه مناسبا.", NULL, "اجراء"},
        /* an unknown word with the pronoun ها or هم opens no name */
        {"وزار ماكرون الرياض في ديسمبر والتقى خلالها ولي العهد الأمير محمد بن سلمان بن عبد العزيز، "
         "نائب رئيس مجلس الوزراء وزير الدفاع، ووقّع البلدان خلالها ثلاث اتفاقيات للتعاون.", NULL,
         "خلالها"},
        {"واستقبل الوزير رئيس الوفد الياباني، ورحب بضيوفه وشكرهم لزيارتهم.", NULL, "شكرهم"},
        /* a name of a link, its name and a family name is whole: the next word is the object */
        {"وزار وزير الصحة ناصر بن سالم الحربي المستشفى مساء أمس.", "ناصر بن سالم الحربي",
         "المستشفى"},
        /* a bare title head takes a topic noun for its portfolio ("وزير التعاون") */
        {"واستقبل رئيس الوزراء الفلسطيني رامي الحمد الله نائب رئيس الوزراء الهولندي وزير التعاون "
         "الإنمائي بيرت كوندرز.", "بيرت كوندرز", "وزير"},
        /* past a family name with the article, a noun with the article and ة is the object */
        {"ويغادر وزير الخارجية الدكتور أبوبكر عبدالله القربي العاصمة صنعاء غدا متوجها إلى الرياض.",
         "أبوبكر عبدالله القربي", "العاصمة"},
        /* a resort named after someone is a place */
        {"والتقى رئيس الحكومة مسعود بارزاني في مصيف صلاح الدين مساء أمس.", "مسعود بارزاني", "صلاح"},
        /* a Chinese family name starts a name with no title before it */
        {"والتقى وزير الثقافة، على هامش المعرض، تشانغ هونغ مينغ نائب رئيس الهيئة الصينية للنشر.",
         "تشانغ هونغ مينغ", NULL},
        /* حاكم is an office (of an emirate, a state, a central bank), no name */
        {"والتقى الرئيس خلال زيارته صاحب السمو حاكم رأس الخيمة في قصره.", NULL, "حاكم"},
        {"وقال حاكم مصرف لبنان رياض سلامة إن الاحتياطي تراجع.", "رياض سلامة", "حاكم"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rw_extraction x = {0};
        extract_text(ex, cases[i].text, "2017-03-01", &x);
        CHECK((!cases[i].person || has_person(&x, cases[i].person)) &&
                  (!cases[i].not_person || !person_containing(&x, cases[i].not_person)),
              "names: %s%s, no person with \"%s\"", cases[i].person ? "the person is " : "",
              cases[i].person ? cases[i].person : "nobody",
              cases[i].not_person ? cases[i].not_person : "-");
        rw_extraction_clear(&x);
    }
    /* عبدالعزيز and عبد العزيز are one spelling, and a name the article knows goes on into آل:
     * three mentions of one prince are one person, and "سعود سيدفن" none. */
    rw_extraction x = {0};
    extract_text(ex,
                 "وفاة الأمير السعودي مشعل بن عبدالعزيز\n"
                 "أعلن الديوان الملكي السعودي اليوم عن وفاة الأمير السعودي مشعل بن عبدالعزيز آل سعود.\n"
                 "وجاء في بيان أن الأمير مشعل بن عبد العزيز آل سعود سيدفن غدا في مكة المكرمة.",
                 "2017-05-03", &x);
    CHECK(persons_containing(&x, "مشعل") == 1 && !person_containing(&x, "سيدفن"),
          "عبدالعزيز and عبد العزيز: one prince Mashal (%d), no person \"سعود سيدفن\"",
          persons_containing(&x, "مشعل"));
    rw_extraction_clear(&x);
    /* A lineage's short form later in the article is the same prince. */
    extract_text(ex,
                 "استقبل أمير منطقة الرياض الأمير فيصل بن بندر بن عبد العزيز اليوم السفير الفرنسي "
                 "لودوفيك بوي. وأكد الأمير فيصل بن بندر عمق العلاقات.",
                 "2025-01-15", &x);
    CHECK(persons_containing(&x, "فيصل بن بندر") == 1,
          "\"فيصل بن بندر\" after \"فيصل بن بندر بن عبد العزيز\" is the same prince (%d persons)",
          persons_containing(&x, "فيصل بن بندر"));
    rw_extraction_clear(&x);
    /* Same given and family name, another father: two men, not one. */
    extract_text(ex,
                 "استقبل الشيخ راشد بن مطر الكعبي اليوم الشيخ راشد بن حميد الكعبي في مكتبه.",
                 "2024-02-11", &x);
    CHECK(has_person(&x, "راشد بن مطر الكعبي") && has_person(&x, "راشد بن حميد الكعبي") &&
              has_fact(&x, "met", "راشد بن مطر الكعبي", "راشد بن حميد الكعبي", "asserted", NULL, NULL),
          "\"راشد بن مطر الكعبي\" and \"راشد بن حميد الكعبي\" are two persons who met (%d persons)",
          persons_containing(&x, "الكعبي"));
    rw_extraction_clear(&x);
    /* An unknown first word of a name's shape makes a person of lower confidence; a given name
     * makes it surer. */
    extract_text(ex, "استقبل وزير الخارجية خميس الجهيناوي اليوم سفير ألمانيا أندرياس رينكه.",
                 "2017-03-01", &x);
    float weak = -1;
    for (size_t i = 0; i < x.n_facts; i++)
        if (x.facts[i].rel == RW_REL_MET) weak = x.facts[i].confidence;
    CHECK(has_person(&x, "أندرياس رينكه") && weak > 0 && weak < 0.8f,
          "a name known only by its shape gives a met fact below 0.8 (%.2f)", weak);
    rw_extraction_clear(&x);
    extract_text(ex, "استقبل وزير الخارجية خميس الجهيناوي اليوم سفير ألمانيا يوهانس رينكه.",
                 "2017-03-01", &x);
    float strong = -1;
    for (size_t i = 0; i < x.n_facts; i++)
        if (x.facts[i].rel == RW_REL_MET) strong = x.facts[i].confidence;
    CHECK(strong >= 0.8f, "a name that starts with a given name gives 0.8 or more (%.2f)", strong);
    rw_extraction_clear(&x);
}

/* Inputs that are not news: empty, punctuation only, an endless word, a title at the very end. */
static void run_robustness(rw_extractor *ex)
{
    static const char *const texts[] = {
        "", "   \n\n", "،،، ... !!! (( ))", "التقى", "وزير الخارجية", "استقبل الرئيس الروسي",
        "برئاسة", "المعروف باسم", "وزيري الخارجية والدفاع السوريين",
        /* (an organisation ending on a word of time right after punctuation: no lexicon answer
         * is kept for the mark before it) */
        "وأفاد موقع \"روسيا اليوم\" بذلك", "(روسيا اليوم)",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        rw_extraction x = {0};
        CHECK(extract_text(ex, texts[i], "2025-01-01", &x) == 0 && x.n_facts == 0,
              "no fact and no failure on \"%s\"", texts[i]);
        rw_extraction_clear(&x);
    }
    rw_buf b = {0};
    rw_buf_puts(&b, "التقى الرئيس ");
    for (int i = 0; i < 400; i++) rw_buf_puts(&b, "ب");
    rw_buf_puts(&b, " مع وزير الخارجية.");
    rw_extraction x = {0};
    CHECK(extract_text(ex, b.data, "2025-01-01", &x) == 0, "an 800-byte word does not break extraction");
    rw_extraction_clear(&x);
    rw_buf_free(&b);
}

int main(void)
{
    rw_error err = {0};
    rw_extractor *ex = rw_extractor_open(NULL, &err);
    CHECK(ex != NULL, "extractor opens on the built-in data (%s)", err.msg);
    if (!ex) return check_done();
    run_cases(ex);
    run_articles(ex);
    run_entities(ex);
    run_names(ex);
    run_robustness(ex);
    rw_extractor_close(ex);
    run_lexicon();
    run_home_country();
    return check_done();
}
