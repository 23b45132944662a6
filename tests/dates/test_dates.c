/*
 * test_dates.c - dates and times (extract/dates.c) on newspaper phrasing.
 *
 * Each case is a sentence fragment as an Arabic paper would print it, the document's date, the
 * tense of the sentence and the date expected for its first expression: an ISO date, "" when an
 * expression is found but cannot be resolved (RW_DATE_NONE), or NULL when there must be no date
 * expression at all. Expected values were worked out by hand; weekdays were checked with a
 * calendar, and Hijri dates against the dates Saudi Arabia announced (1 Ramadan 1445 = 11 March
 * 2024, Eid al-Fitr 1446 = 30 March 2025, Eid al-Adha 1445 = 16 June 2024, Arafat 1446 = 5 June
 * 2025, 1 Muharram 1446/1447 = 7 July 2024/26 June 2025, Mawlid 1446 = 15 September 2024)
 * as well as ICU's Umm al-Qura calendar.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/dates.h"
#include "tests/check.h"

#define P RW_TENSE_PAST
#define F RW_TENSE_FUTURE
#define U RW_TENSE_UNKNOWN

typedef struct dcase {
    const char *text;
    const char *doc; /* "" = no document date */
    rw_tense tense;
    const char *want; /* ISO; "" = found but unresolved; NULL = no expression */
} dcase;

static const dcase cases[] = {
    /* Gregorian months as in Egypt, Sudan and the Gulf, with their spelling variants */
    {"وصل الوفد إلى القاهرة في 5 يناير 2025", "", P, "2025-01-05"},
    {"عقدت القمة يوم 12 فبراير 2024 في الرياض", "", P, "2024-02-12"},
    {"أعلنت الوزارة في 3 مارس 2024 عن خطة جديدة", "", P, "2024-03-03"},
    {"التقى الوزيران في 14 أبريل 2025 بالعاصمة", "", P, "2025-04-14"},
    {"في 20 إبريل 2023 وقع الطرفان الاتفاق", "", P, "2023-04-20"},
    {"بدأت المحادثات في 2 ابريل 2022", "", P, "2022-04-02"},
    {"الانتخابات المقررة في 18 مايو 2026", "", F, "2026-05-18"},
    {"في 30 يونيو 2013 خرجت مظاهرات حاشدة", "", P, "2013-06-30"},
    {"تستمر المهلة حتى 7 يونية 2024", "", U, "2024-06-07"},
    {"صدر القرار في 9 يونيه 2021", "", P, "2021-06-09"},
    {"احتفلت السفارة في 4 يوليو 2025 بالعيد الوطني", "", P, "2025-07-04"},
    {"قامت ثورة 23 يوليه 1952", "", P, "1952-07-23"},
    {"في 26 يولية 1956 أمم عبد الناصر قناة السويس", "", P, "1956-07-26"},
    {"وصلت الطائرة في 11 أغسطس 2015", "", P, "2015-08-11"},
    {"في 2 اغسطس 1990 اجتاح العراق الكويت", "", P, "1990-08-02"},
    {"أعلن الجيش في 19 أغسطوس 2024 انتهاء العملية", "", P, "2024-08-19"},
    {"في 11 سبتمبر 2001 ضربت الهجمات نيويورك", "", P, "2001-09-11"},
    {"في 8 سيبتمبر 2023 ضرب زلزال المغرب", "", P, "2023-09-08"},
    {"عبرت القوات القناة في 6 أكتوبر 1973", "", P, "1973-10-06"},
    {"منذ 7 اكتوبر 2023 تتواصل الحرب", "", P, "2023-10-07"},
    {"وقع البيان في 21 أوكتوبر 2024", "", P, "2024-10-21"},
    {"جرت الانتخابات الأمريكية في 5 نوفمبر 2024", "", P, "2024-11-05"},
    {"افتتح المؤتمر في 17 نوڤمبر 2025", "", P, "2025-11-17"},
    {"تنتهي الولاية في 25 ديسمبر 2025", "", F, "2025-12-25"},
    {"صوت البرلمان في 10 ديسيمبر 2024", "", P, "2024-12-10"},

    /* Levant and Iraq */
    {"في 20 كانون الثاني 2025 تسلم الرئيس مهامه", "", P, "2025-01-20"},
    {"أقر المجلس الموازنة في 9 كانون ثاني 2024", "", P, "2024-01-09"},
    {"نشر بتاريخ ٤ شباط ٢٠٢٦", "", P, "2026-02-04"},
    {"في 15 آذار 2011 انطلقت الاحتجاجات", "", P, "2011-03-15"},
    {"في 9 نيسان 2003 سقطت بغداد", "", P, "2003-04-09"},
    {"انسحب الجيش الإسرائيلي في 25 أيار 2000", "", P, "2000-05-25"},
    {"اندلعت حرب 5 حزيران 1967", "", P, "1967-06-05"},
    {"قامت ثورة 14 تموز 1958 في العراق", "", P, "1958-07-14"},
    {"في 4 آب 2020 وقع انفجار مرفأ بيروت", "", P, "2020-08-04"},
    {"وقع اتفاق أوسلو في 13 أيلول 1993", "", P, "1993-09-13"},
    {"خرج اللبنانيون إلى الشوارع في 17 تشرين الأول 2019", "", P, "2019-10-17"},
    {"عقدت الجلسة في 3 تشرين أول 2022", "", P, "2022-10-03"},
    {"نال لبنان استقلاله في 22 تشرين الثاني 1943", "", P, "1943-11-22"},
    {"صدر المرسوم في 8 تشرين ثاني 2024", "", P, "2024-11-08"},
    {"في 8 كانون الأول 2024 سقط النظام", "", P, "2024-12-08"},
    {"انتهت المهلة في 31 كانون أول 2023", "", P, "2023-12-31"},

    /* Algeria, Tunisia and Morocco */
    {"في 14 جانفي 2011 غادر بن علي البلاد", "", P, "2011-01-14"},
    {"استأنفت المحكمة جلساتها في 6 جانفييه 2025", "", P, "2025-01-06"},
    {"في 22 فيفري 2019 خرج الجزائريون في مسيرات", "", P, "2019-02-22"},
    {"تقرر تنظيم الاستفتاء في 3 فيفريه 2024", "", P, "2024-02-03"},
    {"في 2 أفريل 2019 استقال الرئيس", "", P, "2019-04-02"},
    {"أحيت الجزائر ذكرى مجازر 8 ماي 1945", "", P, "1945-05-08"},
    {"تجرى الانتخابات في 12 جوان 2025", "", F, "2025-06-12"},
    {"استقلت الجزائر في 5 جويلية 1962", "", P, "1962-07-05"},
    {"في 25 جويليه 2021 جمد الرئيس البرلمان", "", P, "2021-07-25"},
    {"هجمات الشمال القسنطيني في 20 أوت 1955", "", P, "1955-08-20"},
    {"يحتفل المغرب بعيد العرش في 30 يوليوز 2025", "", F, "2025-07-30"},
    {"ألقى الملك خطابا في 20 غشت 2024", "", P, "2024-08-20"},
    {"ضرب زلزال الحوز ليلة 8 شتنبر 2023", "", P, "2023-09-08"},
    {"انطلقت المسيرة الخضراء في 6 نونبر 1975", "", P, "1975-11-06"},
    {"صادق المجلس على القانون في 10 دجنبر 2024", "", P, "2024-12-10"},

    /* A month and a year */
    {"ارتفع التضخم في يناير 2025", "", P, "2025-01"},
    {"خلال شباط 2026 زار الوفد دمشق", "", P, "2026-02"},
    {"منذ أيلول 2024 لم تعقد أي جلسة", "", P, "2024-09"},
    {"تراجعت الصادرات في مارس 2024", "", P, "2024-03"},
    {"بلغ العجز ذروته في شهر يونيو 2022", "", P, "2022-06"},

    /* Paired forms */
    {"عقد اللقاء في 23 كانون الأول/ديسمبر 2024", "", P, "2024-12-23"},
    {"وفي ١٥ أكتوبر / تشرين الأول ٢٠٢٥ أعلن الاتفاق", "", P, "2025-10-15"},
    {"تقرر ذلك في ديسمبر/كانون الأول 2024", "", P, "2024-12"},
    {"تقرر ذلك في ديسمبر (كانون الأول) 2024", "", P, "2024-12"},
    {"زار الوفد دمشق في شباط/فبراير 2026", "", P, "2026-02"},
    {"وقعت الهجمات في آب/أغسطس 2020", "", P, "2020-08"},
    {"جرى اللقاء في 23 كانون الأول/ديسمبر", "2025-01-10", P, "2024-12-23"},
    {"في 15 أكتوبر / تشرين الأول الماضي التقى الرئيسان", "2025-11-02", P, "2025-10-15"},

    /* Hijri, checked against known dates */
    {"موسكو 26 شوال 1436 هـ", "", P, "2015-08-11"},
    {"يبدأ العام الهجري الجديد في 1 محرم 1447 هـ", "", F, "2025-06-26"},
    {"حل 1 المحرم 1446 هـ", "", P, "2024-07-07"},
    {"في 1 صفر 1446 هـ", "", P, "2024-08-05"},
    {"احتفل المسلمون بالمولد في 12 ربيع الأول 1446 هـ", "", P, "2024-09-15"},
    {"في 12 ربيع أول 1446هـ", "", P, "2024-09-15"},
    {"صدر الأمر الملكي في 1 ربيع الآخر 1446 هـ", "", P, "2024-10-04"},
    {"صدر الأمر الملكي في 1 ربيع الثاني 1446 هـ", "", P, "2024-10-04"},
    {"صدر الأمر الملكي في 1 ربيع ثاني 1446 هـ", "", P, "2024-10-04"},
    {"صدر التعميم في 1 جمادى الأولى 1446 هـ", "", P, "2024-11-03"},
    {"صدر التعميم في 1 جمادى الأول 1446 هـ", "", P, "2024-11-03"},
    {"صدر التعميم في 1 جمادى الآخرة 1446 هـ", "", P, "2024-12-02"},
    {"صدر التعميم في 1 جمادى الآخر 1446 هـ", "", P, "2024-12-02"},
    {"صدر التعميم في 1 جمادى الثانية 1446 هـ", "", P, "2024-12-02"},
    {"ذكرى الإسراء والمعراج في 27 رجب 1446 هـ", "", P, "2025-01-27"},
    {"ليلة 15 شعبان 1445 هـ", "", P, "2024-02-25"},
    {"بدأ الصيام في 1 رمضان 1445 هـ", "", P, "2024-03-11"},
    {"احتفل المسلمون بعيد الفطر في 1 شوال 1446 هـ", "", P, "2025-03-30"},
    {"صدر القرار في 1 ذو القعدة 1445 هـ", "", P, "2024-05-09"},
    {"في 1 ذي القعدة 1445هـ", "", P, "2024-05-09"},
    {"عيد الأضحى 10 ذو الحجة 1445 هـ", "", P, "2024-06-16"},
    {"وقف الحجاج بعرفة في 9 ذي الحجة 1446 هـ", "", P, "2025-06-05"},
    {"ارتفعت الأسعار في رمضان 1445 هـ", "", P, "2024-03"},
    {"ارتفعت الأسعار خلال شهر رمضان 1446", "", P, "2025-03"},
    {"تأسست الجمعية عام 1436 هـ", "", P, "2015"},
    {"صدر النظام في 1436هـ", "", P, "2015"},
    {"خطة العام 1447 هـ", "", F, "2025"},
    {"في 30 رمضان 1446 هـ", "", P, ""}, /* Ramadan 1446 had 29 days: no such day */
    {"في رمضان الماضي", "2025-06-01", P, "2025-03"},
    {"في شهر رمضان المقبل", "2025-06-01", F, "2026-02"},
    {"خلال رمضان", "2025-06-01", U, "2025-03"},

    /* A Hijri date with its Gregorian equivalent: the Gregorian one is the date */
    {"موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس)", "", P, "2015-08-11"},
    {"وقع الاتفاق في 11 أغسطس 2015 (26 شوال 1436 هـ)", "", P, "2015-08-11"},
    /* A paper on the civil calendar is a day off Umm al-Qura: the Gregorian date as written wins */
    {"الرياض 26 شوال 1436 هـ الموافق 12 أغسطس 2015 م", "", P, "2015-08-12"},
    {"الرياض 12 أغسطس 2015 الموافق 26 شوال 1436 هـ", "", P, "2015-08-12"},
    {"الخميس 1 محرم 1447 هـ الموافق لـ 26 يونيو 2025 م", "", P, "2025-06-26"},
    {"في عام 1436هـ الموافق 2015م", "", P, "2015"},

    /* Relative days, across month, year and leap-day boundaries */
    {"قال الوزير أمس إن المفاوضات متعثرة", "2025-01-01", P, "2024-12-31"},
    {"وأمس أعلن الجيش السيطرة على المدينة", "2025-03-01", P, "2025-02-28"},
    {"وصل الوفد أول أمس", "2024-03-01", P, "2024-02-28"},
    {"التقى الرئيسان أول من أمس", "2025-01-01", P, "2024-12-30"},
    {"وكان الرئيس قد أعلن بالأمس الحداد", "2025-01-01", P, "2024-12-31"},
    {"اجتمع المجلس يومي الأحد والاثنين", "2025-10-22", P, "2025-10-19"},
    {"يصل المبعوث غداً إلى بيروت", "2024-12-31", F, "2025-01-01"},
    {"تعقد الجلسة غدا", "2024-02-28", F, "2024-02-29"},
    {"يلتقي الوزيران بعد غد", "2025-12-30", F, "2026-01-01"},
    {"أعلنت الحكومة اليوم خطة جديدة", "2025-10-15", P, "2025-10-15"},
    {"صرح صباح اليوم المتحدث باسم الوزارة", "2025-10-15", P, "2025-10-15"},
    {"اندلعت الاشتباكات مساء أمس", "2025-10-15", P, "2025-10-14"},
    {"أكد يوم أمس أن المحادثات مستمرة", "2025-10-01", P, "2025-09-30"},
    {"غادر البارحة", "2025-10-15", P, "2025-10-14"},
    {"وصل الوزير أمس الأحد إلى دمشق", "2025-10-13", P, "2025-10-12"},
    {"أعلن اليوم الثلاثاء وقف إطلاق النار", "2025-10-21", P, "2025-10-21"},
    {"تعقد القمة الليلة", "2025-10-21", F, "2025-10-21"},
    {"وصل الوفد قبل يومين", "2025-03-01", P, "2025-02-27"},
    {"بدأ الإضراب منذ ثلاثة أيام", "2025-01-02", P, "2024-12-30"},
    {"أعلن قبل 10 أيام", "2025-10-15", P, "2025-10-05"},
    {"وصل قبل يومين من القمة", "2025-03-01", P, NULL},
    {"وصل قبل أيام", "2025-03-01", P, NULL},
    {"قال الوزير أمس", "", P, ""},
    {"قال الوزير أمس", "2025-03", P, ""},
    {"يصل غدا", "", F, ""},

    /* Weekdays */
    {"التقى الرئيس الثلاثاء نظيره", "2025-10-21", P, "2025-10-21"},
    {"التقى الرئيس الثلاثاء نظيره", "2025-10-22", P, "2025-10-21"},
    {"اجتمع المجلس يوم الخميس", "2025-10-15", P, "2025-10-09"},
    {"يجتمع المجلس الخميس", "2025-10-15", F, "2025-10-16"},
    {"سقطت الصواريخ الجمعة", "2025-01-01", P, "2024-12-27"},
    {"تنطلق المحادثات السبت", "2024-12-31", F, "2025-01-04"},
    {"يزور الرئيس باريس الأحد المقبل", "2025-10-12", F, "2025-10-19"},
    {"زار الرئيس باريس الأحد الماضي", "2025-10-12", P, "2025-10-05"},
    {"وقع الانفجار الأربعاء الماضي", "2025-10-13", P, "2025-10-08"},
    {"تبدأ الزيارة الاثنين القادم", "2025-10-13", F, "2025-10-20"},
    {"موعد الاجتماع الإثنين", "2025-10-15", U, "2025-10-13"},
    {"موعد الاجتماع السبت", "2025-10-15", U, "2025-10-18"},
    {"اندلعت النيران مساء الجمعة", "2025-10-15", P, "2025-10-10"},
    {"والأربعاء أعلنت الرئاسة الحداد", "2025-10-16", P, "2025-10-15"},
    {"عقد الاجتماع الثلاثاء", "", P, ""},
    {"وصل الأحد 4 شباط إلى موسكو", "2026-02-10", P, "2026-02-04"},
    {"وصل الأحد 4 شباط إلى موسكو", "2026-01-20", P, "2025-02-04"},
    {"يصل الأحد 4 شباط إلى موسكو", "2026-01-20", F, "2026-02-04"},
    {"الرياض - الأحد 3 مارس 2024", "", P, "2024-03-03"},
    {"الرياض - الأحد، 3 مارس 2024", "2030-01-01", P, "2024-03-03"},
    {"عقد المجلس جلسته يوم الأحد الموافق 3 مارس 2024", "", P, "2024-03-03"},
    {"يبدأ الصيام غرة رمضان", "2025-02-20", F, "2025-03-01"},
    {"يبدأ الصيام غرة شهر رمضان 1447 هـ", "", F, "2026-02-18"},

    /* Weeks, months and years before, of and after the document date */
    {"زار الوفد القاهرة الأسبوع الماضي", "2025-10-20", P, "2025-10"},
    {"زار الوفد القاهرة الأسبوع الماضي", "2025-10-05", P, "2025"},
    {"زار الوفد القاهرة الأسبوع الماضي", "2025-01-05", P, ""},
    {"يزور الوفد القاهرة الأسبوع المقبل", "2025-10-10", F, "2025-10"},
    /* This week: any of the six days either side (a Friday, 24 February: 18 February to 2
     * March), but its start was on or before the document date, its end on or after, and a
     * past or future sentence keeps to its side. */
    {"أدى الوزير زيارة إلى بنغازي الأسبوع الجاري", "2017-02-24", U, "2017"},
    {"أدى الوزير بداية الأسبوع الجاري زيارة إلى بنغازي", "2017-02-24", U, "2017-02"},
    {"زار الوزير بنغازي مطلع الأسبوع", "2017-02-24", U, "2017-02"},
    {"زار الوزير بنغازي هذا الأسبوع", "2017-02-24", P, "2017-02"},
    {"يزور الوزير بنغازي هذا الأسبوع", "2017-02-24", F, "2017"},
    {"يزور الوزير بنغازي نهاية الأسبوع الجاري", "2017-02-08", U, "2017-02"},
    {"تراجعت البطالة الشهر الماضي", "2025-01-15", P, "2024-12"},
    {"تبدأ المفاوضات الشهر المقبل", "2025-12-10", F, "2026-01"},
    {"يختتم المعرض الشهر الجاري", "2025-10-15", F, "2025-10"},
    {"ارتفعت الأسعار هذا الشهر", "2025-10-15", P, "2025-10"},
    {"نما الاقتصاد العام الماضي", "2025-01-01", P, "2024"},
    {"نما الاقتصاد السنة الماضية", "2026-03-01", P, "2025"},
    {"نما الاقتصاد خلال العام الفائت", "2025-06-01", P, "2024"},
    {"تجرى الانتخابات العام المقبل", "2025-12-31", F, "2026"},
    {"تجرى الانتخابات السنة القادمة", "2025-06-01", F, "2026"},
    {"تراجع العجز في العام الجاري", "2025-06-01", P, "2025"},
    {"تراجع العجز هذا العام", "2025-06-01", P, "2025"},
    {"تعقد القمة مطلع العام المقبل", "2025-06-01", F, "2026"},
    {"ومطلع العام المقبل ينتهي المشروع", "2025-06-01", F, "2026"},
    {"يكتمل المشروع نهاية الشهر الجاري", "2025-10-15", F, "2025-10"},
    {"زار الوفد بغداد منتصف الشهر الماضي", "2026-01-10", P, "2025-12"},
    {"خصص المبلغ للعام المقبل", "2025-06-01", F, "2026"},
    {"يكتمل الانسحاب حتى نهاية العام", "2025-06-01", F, "2025"},
    {"ارتفعت الأسعار مطلع الشهر", "2025-06-20", P, "2025-06"},
    {"نما الاقتصاد العام الماضي", "", P, ""},
    {"تراجعت البطالة الشهر الماضي", "2025-03", P, "2025-02"},

    /* Positions within a month or a year */
    {"تكتمل المرحلة الأولى نهاية يوليو 2025", "", F, "2025-07"},
    {"تعثرت المحادثات أواخر عام 2024", "", P, "2024"},
    {"هطلت الأمطار أوائل مارس", "2025-06-01", P, "2025-03"},
    {"يفتتح المتحف منتصف أكتوبر المقبل", "2025-06-01", F, "2025-10"},
    {"انتهت الأزمة بنهاية 2024", "", P, "2024"},
    {"تنطلق الأعمال مطلع 2026", "", F, "2026"},

    /* A day and month without a year: nearest in the tense's direction */
    {"التقى الوزيران في 15 أكتوبر", "2025-11-02", P, "2025-10-15"},
    {"يلتقي الوزيران في 15 أكتوبر", "2025-11-02", F, "2026-10-15"},
    {"موعد اللقاء 15 أكتوبر", "2025-11-02", U, "2025-10-15"},
    {"تنطلق الدورة في 3 يناير", "2025-12-20", F, "2026-01-03"},
    {"موعد الدورة 3 يناير", "2025-12-20", U, "2026-01-03"},
    {"انطلقت الدورة في 3 يناير", "2025-12-20", P, "2025-01-03"},
    {"وقع الاتفاق في 15 أكتوبر", "2025-10-15", P, "2025-10-15"},
    {"يوقع الاتفاق في 15 أكتوبر", "2025-10-15", F, "2025-10-15"},
    {"في 15 أكتوبر الماضي", "2025-10-15", P, "2024-10-15"},
    {"ولد في 29 فبراير", "2025-03-10", P, "2024-02-29"},
    {"التقى الوزيران في 15 أكتوبر", "", P, ""},
    {"وقع الهجوم في 15 أكتوبر من العام الماضي", "2025-03-01", P, "2024-10-15"},

    /* A day of the month before, of or after the document's */
    {"وقع الاتفاق في العاشر من الشهر الجاري", "2025-10-20", P, "2025-10-10"},
    {"وقع الاتفاق في 28 من الشهر الماضي", "2025-03-05", P, "2025-02-28"},
    {"تنطلق الدورة في 5 من الشهر المقبل", "2025-12-20", F, "2026-01-05"},
    {"وقع الاتفاق في 30 من الشهر الماضي", "2025-03-05", P, ""}, /* no 30 February */
    {"وقع الاتفاق في العاشر من الشهر الجاري", "", P, ""},

    /* The first day of a range takes the month of the second */
    {"تعقد الدورة من 15 إلى 17 أكتوبر 2025", "", F, "2025-10-15"},
    {"اجتمع المجلس يومي 15 و16 أكتوبر", "2025-11-02", P, "2025-10-15"},
    {"أقيم المعرض بين 28 - 30 ديسمبر", "2026-01-05", P, "2025-12-28"},
    {"فاز الفريق 3 و4 أهداف", "2025-11-02", P, NULL},

    /* A month without a year */
    {"ارتفعت الأسعار في ديسمبر الماضي", "2026-01-05", P, "2025-12"},
    {"في أكتوبر الماضي زار الرئيس موسكو", "2025-10-20", P, "2024-10"},
    {"في أكتوبر الماضي زار الرئيس موسكو", "2025-11-03", P, "2025-10"},
    {"تجرى الانتخابات في يناير المقبل", "2025-12-01", F, "2026-01"},
    {"تراجع الإنتاج في أكتوبر الجاري", "2025-10-20", P, "2025-10"},
    {"تراجع الإنتاج في أكتوبر", "2025-10-20", P, "2025-10"},
    {"يعقد المؤتمر في أكتوبر", "2025-09-01", F, "2025-10"},
    {"عقد المؤتمر في أكتوبر", "2025-09-01", P, "2024-10"},
    {"ارتفعت الصادرات في مارس", "2025-06-01", P, "2025-03"},
    {"تنطلق الدورة في 5 يوليه 2017", "", P, "2017-07-05"},

    /* Ordinal days */
    {"في الخامس عشر من أكتوبر 2025 أعلن الاتفاق", "", P, "2025-10-15"},
    {"يدخل القانون حيز التنفيذ الأول من يناير 2026", "", F, "2026-01-01"},
    {"في الحادي والعشرين من آذار 2024", "", P, "2024-03-21"},

    /* Numbers */
    {"تاريخ النشر: 2025-10-15", "", P, "2025-10-15"},
    {"صدر بتاريخ 15/10/2025", "", P, "2025-10-15"},
    {"صدر بتاريخ ١٥/١٠/٢٠٢٥", "", P, "2025-10-15"},
    {"صدر بتاريخ 15.10.2025", "", P, "2025-10-15"},
    {"صدر بتاريخ 2025/10/15", "", P, "2025-10-15"},
    {"صدر بتاريخ 1446/09/01 هـ", "", P, "2025-03-01"},
    {"صدر بتاريخ 31/02/2025", "", P, NULL},

    /* A year alone */
    {"تأسست الشركة عام 2024", "", P, "2024"},
    {"في العام 2011 اندلعت الثورة", "", P, "2011"},
    {"ولد سنة 1948", "", P, "1948"},
    {"تأسست عام 2015 م", "", P, "2015"},
    {"وفي 2015م تأسست الشركة", "", P, "2015"},
    {"تشهد البلاد أزمة منذ 2011", "", P, "2011"},
    {"تسعى المملكة إلى تنويع اقتصادها بحلول 2030", "", F, "2030"},
    {"تراجع النمو خلال 2024", "", P, "2024"},

    /* Not dates */
    {"مارس الجيش ضغوطا كبيرة على المدنيين", "2025-06-01", P, NULL},
    {"ونوه الضيف بما يوليه رئيس الدولة من أهمية للرياضة", "2017-01-04", P, NULL},
    {"استقبل الرئيس رجب طيب أردوغان ضيفه", "2025-06-01", P, NULL},
    {"أحيت الأمم المتحدة اليوم العالمي للمرأة", "2025-06-01", P, NULL},
    {"وفي اليوم التالي غادر الوفد", "2025-06-01", P, NULL},
    {"أعلنت شركة نيسان اليابانية أرباحها", "2025-06-01", P, NULL},
    {"الضحية أب لثلاثة أطفال", "2025-06-01", P, NULL},
    {"شارك الأحد عشر لاعبا في التدريب", "2025-06-01", P, NULL},
    {"فاز الفريق بهدفين مقابل صفر", "2025-06-01", P, NULL},
    {"قال الممثل محمد رمضان إن الفيلم جاهز", "2025-06-01", P, NULL},
    {"بلغ عدد القتلى 2024 شخصا", "2025-06-01", P, NULL},
    {"صرح الأمين العام للجامعة العربية", "2025-06-01", P, NULL},
    {"يراقب الرأي العام المحاكمة", "2025-06-01", P, NULL},
    {"سجل الفريق 3 أهداف", "2025-06-01", P, NULL},
    {"أكد أن البلاد في أمس الحاجة إلى الدعم", "2025-06-01", P, NULL},
    {"التقى الوزير عبد الأحد جمال الدين", "2025-06-01", P, NULL},
    {"بعد هجمات 11 سبتمبر تغير العالم", "2025-06-01", P, NULL},
    {"شارك شباب ثورة 25 يناير في الحوار", "2025-06-01", P, NULL},
    {"انتقد نواب قوى 14 آذار الحكومة", "2025-06-01", P, NULL},
    {"تقع الجامعة في مدينة 6 أكتوبر", "2025-06-01", P, NULL},
    {"يقطع القطار مسافة 2000 كيلومتر", "2025-06-01", P, NULL},
    {"تعيش القبيلة هنا منذ 1000 عام", "2025-06-01", P, NULL},
};

/* Token spans of found expressions. */
typedef struct span_case {
    const char *text;
    size_t count, start, end; /* how many expressions; the span of the `which`th */
    size_t which;
} span_case;

static const span_case spans[] = {
    {"موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس)", 1, 1, 10, 0},
    {"وصل الوزير أمس الأحد إلى دمشق", 1, 2, 4, 0},
    {"التقى في 23 كانون الأول/ديسمبر 2024 نظيره", 1, 2, 8, 0},
    {"اجتمعا صباح اليوم ثم الأسبوع المقبل", 2, 1, 3, 0},
    {"اجتمعا صباح اليوم ثم الأسبوع المقبل", 2, 4, 6, 1},
    {"الرياض - الأحد 3 مارس 2024", 1, 2, 6, 0},
    {"من 15 أكتوبر إلى 20 نوفمبر 2025", 2, 4, 7, 1},
    {"من 15 إلى 17 أكتوبر 2025", 2, 1, 2, 0},
    {"من 15 إلى 17 أكتوبر 2025", 2, 3, 6, 1},
    {"وفي 2015م تأسست الشركة", 1, 1, 3, 0},
};

typedef struct doc_case {
    const char *text;
    const char *want; /* NULL = no document date */
} doc_case;

static const doc_case docs[] = {
    {"وزير الخارجية يزور موسكو\nنشر بتاريخ ٤ شباط ٢٠٢٦\nقال وزير الخارجية", "2026-02-04"},
    {"نشر في: السبت 12 شعبان 1447 هـ - 31 يناير 2026 م\nقال الوزير", "2026-01-31"},
    {"تحديث: 12 شعبان 1447 هـ\nقال الوزير", "2026-01-31"},
    {"موسكو 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م (واس) - التقى وزير الخارجية", "2015-08-11"},
    {"الرياض - الأحد 3 مارس 2024\nاستقبل ولي العهد", "2024-03-03"},
    {"قمة عربية طارئة\nتاريخ النشر: 2024-03-03\nاجتمع القادة أمس", "2024-03-03"},
    {"قمة ثلاثية في القاهرة\nالقاهرة - 15 أكتوبر 2025 (أ ف ب) - اجتمع الرؤساء", "2025-10-15"},
    {"ذكرى 6 أكتوبر 1973 تحل وسط توترات إقليمية\nآخر تحديث: 06/10/2025\nنص الخبر", "2025-10-06"},
    {"قال الرئيس إن المحادثات مثمرة\nوأضاف أن الجولة المقبلة قريبة", NULL},
    {"قال الوزير أمس إن المحادثات مثمرة", NULL},
    {"القاهرة - 15 أكتوبر (أ ف ب) - اجتمع الرؤساء", NULL},
    {"قال الرئيس في كلمة ألقاها أمام البرلمان إن الاتفاق الذي وقع في 15 أكتوبر 2025 صامد", NULL},
    {"سطر 1\nسطر 2\nسطر 3\nسطر 4\nسطر 5\nسطر 6\nسطر 7\nسطر 8\nالقاهرة - 15 أكتوبر 2025", NULL},
};

static rw_date parse_doc(const char *s)
{
    rw_date d = RW_DATE_NONE;
    if (*s && rw_date_parse(s, &d)) fprintf(stderr, "bad document date in a case: %s\n", s);
    return d;
}

static size_t find(rw_dates *d, rw_text *t, rw_tokens *tk, const char *text, rw_date doc,
                   rw_tense tense, rw_date_expr *out, size_t max)
{
    rw_error err = {0};
    if (rw_text_tokenize(t, text, (rw_span){0, (uint32_t)strlen(text)}, tk, &err)) {
        printf("# tokenize failed: %s\n", err.msg);
        return 0;
    }
    return rw_dates_find(d, tk, doc, tense, out, max);
}

static void test_cases(rw_dates *d, rw_text *t)
{
    rw_tokens tk = {0};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const dcase *c = &cases[i];
        rw_date_expr ex[8];
        size_t n = find(d, t, &tk, c->text, parse_doc(c->doc), c->tense, ex, 8);
        char got[11] = "";
        if (n) rw_date_format(ex[0].date, got);
        if (!c->want)
            CHECK(n == 0, "\"%s\": want no date, got %zu (first \"%s\")", c->text, n, got);
        else
            CHECK(n > 0 && strcmp(got, c->want) == 0,
                  "\"%s\" (document %s, tense %d): want \"%s\", got %s\"%s\"", c->text,
                  *c->doc ? c->doc : "none", (int)c->tense, c->want, n ? "" : "no expression ",
                  got);
    }
    rw_tokens_free(&tk);
}

/* rw_dates_find_with() given the heads rw_dates_heads() finds (as mentions.c hands over the
 * cached ones) finds what rw_dates_find() finds, case by case; a proclitic's head is the head of
 * the word without it. */
static void test_given_heads(rw_dates *d, rw_text *t)
{
    rw_tokens tk = {0};
    int differ = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const dcase *c = &cases[i];
        rw_date_expr a[8], b[8];
        size_t na = find(d, t, &tk, c->text, parse_doc(c->doc), c->tense, a, 8);
        rw_date_heads *h = malloc((tk.n + 1) * sizeof *h);
        if (!h) continue;
        for (size_t k = 0; k < tk.n; k++) {
            const char *f = rw_token_fold(&tk, k);
            rw_dates_heads(d, f, strlen(f), &h[k]);
        }
        size_t nb = rw_dates_find_with(d, &tk, h, parse_doc(c->doc), c->tense, b, 8);
        free(h);
        if (na != nb) differ++;
        for (size_t k = 0; k < na && k < nb; k++)
            if (a[k].tok_start != b[k].tok_start || a[k].tok_end != b[k].tok_end ||
                rw_date_compare(a[k].date, b[k].date) != 0)
                differ++;
    }
    CHECK_INT(differ, 0, "the heads given or found here: the same expressions in every case");

    rw_error err = {0};
    const char *text = "أمس وأمس الوفد";
    CHECK(rw_text_tokenize(t, text, (rw_span){0, (uint32_t)strlen(text)}, &tk, &err) == 0 &&
              tk.n == 3,
          "three tokens");
    rw_date_heads h[3];
    for (size_t k = 0; k < 3 && k < tk.n; k++) {
        const char *f = rw_token_fold(&tk, k);
        rw_dates_heads(d, f, strlen(f), &h[k]);
    }
    CHECK(h[0].head >= 0, "أمس heads a phrase");
    CHECK(h[1].chead == h[0].head, "وأمس without its و: the head of أمس");
    CHECK(h[2].head < 0 && h[2].chead < 0, "الوفد heads none");
    rw_dates_heads(NULL, "x", 1, &h[0]);
    CHECK(h[0].head < 0 && h[0].chead < 0, "no tables: no heads");
    rw_tokens_free(&tk);
}

static void test_spans(rw_dates *d, rw_text *t)
{
    rw_tokens tk = {0};
    for (size_t i = 0; i < sizeof spans / sizeof *spans; i++) {
        const span_case *c = &spans[i];
        rw_date_expr ex[8];
        size_t n = find(d, t, &tk, c->text, parse_doc("2025-10-20"), P, ex, 8);
        CHECK(n == c->count && ex[c->which].tok_start == c->start && ex[c->which].tok_end == c->end,
              "\"%s\": want %zu expressions, #%zu at [%zu,%zu), got %zu at [%zu,%zu)", c->text,
              c->count, c->which, c->start, c->end, n, n > c->which ? ex[c->which].tok_start : 0,
              n > c->which ? ex[c->which].tok_end : 0);
    }
    /* The relative flag: set when the document date was needed, not otherwise. */
    rw_date_expr ex[4];
    size_t n = find(d, t, &tk, "وصل أمس", parse_doc("2025-10-20"), P, ex, 4);
    CHECK(n == 1 && ex[0].relative == 1, "أمس is relative");
    n = find(d, t, &tk, "وصل في 15 أكتوبر", parse_doc("2025-10-20"), P, ex, 4);
    CHECK(n == 1 && ex[0].relative == 1, "15 أكتوبر without a year is relative");
    n = find(d, t, &tk, "وصل في 15 أكتوبر 2025", parse_doc("2025-10-20"), P, ex, 4);
    CHECK(n == 1 && ex[0].relative == 0, "15 أكتوبر 2025 is absolute");
    /* A range's first day says so, and only it: relations.c dates a meeting by the range's start. */
    n = find(d, t, &tk, "يومي 8 و9 مارس 2017", parse_doc("2017-03-08"), P, ex, 4);
    CHECK(n == 2 && ex[0].range_start == 1 && ex[1].range_start == 0, "يومي 8 و9: the first is a range start");
    n = find(d, t, &tk, "يوم الأربعاء القادم 21 جوان 2017", parse_doc("2017-06-09"), F, ex, 4);
    CHECK(n == 2 && ex[0].range_start == 0, "a weekday before a date is no range");
    /* `max` bounds the output. */
    n = find(d, t, &tk, "أمس واليوم وغدا", parse_doc("2025-10-20"), P, ex, 2);
    CHECK_INT(n, 2, "three expressions with room for two");
    rw_tokens_free(&tk);
}

/* The start of a multi-line text on one line, for a TAP message: whole characters only. */
static const char *one_line(const char *s, char out[64])
{
    size_t n = 0;
    for (; s[n] && n < 60; n++)
        out[n] = s[n] == '\n' ? '|' : s[n];
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--; /* not inside a character */
    out[n] = '\0';
    return out;
}

static void test_documents(rw_dates *d, rw_text *t)
{
    char line[64];
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        const doc_case *c = &docs[i];
        rw_date got = RW_DATE_NONE;
        int rc = rw_dates_document_date(d, t, c->text, strlen(c->text), &got);
        char iso[11];
        rw_date_format(got, iso);
        if (!c->want)
            CHECK(rc == -1, "document \"%s...\": want no date, got %s", one_line(c->text, line),
                  iso);
        else
            CHECK(rc == 0 && strcmp(iso, c->want) == 0, "document \"%s...\": want %s, got %s",
                  one_line(c->text, line), c->want, rc ? "none" : iso);
    }
}

static void test_hijri(rw_dates *d)
{
    static const struct {
        int y, m, day;
        const char *want; /* NULL = -1 */
    } h[] = {
        {1436, 10, 26, "2015-08-11"}, {1445, 9, 1, "2024-03-11"}, {1447, 1, 1, "2025-06-26"},
        {1446, 10, 1, "2025-03-30"},  {1445, 9, 0, "2024-03"},    {1446, 9, 30, NULL},
        {1446, 13, 1, NULL},
    };
    for (size_t i = 0; i < sizeof h / sizeof *h; i++) {
        rw_date g = RW_DATE_NONE;
        int rc = rw_dates_hijri_to_gregorian(d, h[i].y, h[i].m, h[i].day, &g);
        char iso[11];
        rw_date_format(g, iso);
        if (!h[i].want)
            CHECK(rc == -1, "Hijri %d-%d-%d: want no date, got %s", h[i].y, h[i].m, h[i].day, iso);
        else
            CHECK(rc == 0 && strcmp(iso, h[i].want) == 0, "Hijri %d-%d-%d: want %s, got %s", h[i].y,
                  h[i].m, h[i].day, h[i].want, iso);
    }
}

/* Every spelling in data/months.tsv, in a sentence: the file is the list of what must work.
 * Hijri forms are checked on the first of each month of 1446, by Umm al-Qura; the 1st of
 * Muharram, Ramadan and Shawwal and the days behind Mawlid (12 Rabi I = 15 Sep 2024), Isra
 * (27 Rajab = 27 Jan 2025) and Arafat (9 Dhu al-Hijja = 5 Jun 2025) are the dates Saudi
 * Arabia announced; the months between have 29 or 30 days each. */
static void test_month_file(rw_dates *d, rw_text *t, const char *data)
{
    static const char *const first_1446[13] = {
        "",           "2024-07-07", "2024-08-05", "2024-09-04", "2024-10-04",
        "2024-11-03", "2024-12-02", "2025-01-01", "2025-01-31", "2025-03-01",
        "2025-03-30", "2025-04-29", "2025-05-28"};
    char path[512];
    snprintf(path, sizeof path, "%s/months.tsv", data);
    FILE *f = fopen(path, "r");
    CHECK(f != NULL, "open %s", path);
    if (!f) return;
    rw_tokens tk = {0};
    char line[512];
    int lines = 0;
    while (fgets(line, sizeof line, f)) {
        char form[256], cal[32];
        int month;
        if (line[0] == '#' || sscanf(line, "%255[^\t]\t%31[^\t]\t%d", form, cal, &month) != 3)
            continue;
        int hijri = strcmp(cal, "hijri") == 0;
        char text[400], want[11];
        if (hijri) {
            snprintf(text, sizeof text, "صدر القرار في 1 %s 1446 هـ", form);
            snprintf(want, sizeof want, "%s", first_1446[month]);
        } else {
            snprintf(text, sizeof text, "صدر القرار في 1 %s 2025", form);
            snprintf(want, sizeof want, "2025-%02d-01", month);
        }
        rw_date_expr ex[4];
        size_t n = find(d, t, &tk, text, RW_DATE_NONE, P, ex, 4);
        char got[11] = "";
        if (n) rw_date_format(ex[0].date, got);
        CHECK(n == 1 && strcmp(got, want) == 0, "months.tsv \"%s\": want %s, got \"%s\"", text,
              want, got);
        lines++;
    }
    fclose(f);
    rw_tokens_free(&tk);
    CHECK(lines >= 75, "months.tsv lists %d spellings", lines);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* A bad line names its file and line. */
static void test_bad_data(rw_text *t)
{
    char dir[] = "/tmp/rw_dates_XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(0, "mkdtemp");
        return;
    }
    static const struct {
        const char *months, *relative, *want;
    } bad[] = {
        {"# ok\nيناير\tgregorian\t1\nفبراير\tjulian\t2\n", "", "months.tsv:3: calendar"},
        {"يناير\tgregorian\t13\n", "", "months.tsv:1: month must be 1-12"},
        {"يناير\tgregorian\t1\tfoo\n", "", "months.tsv:1: unknown flag"},
        {"يناير\tgregorian\t1\n", "أمس\tday\n", "relative_dates.tsv:1: want 3"},
        {"يناير\tgregorian\t1\n", "\n\nأمس\tyesterday\t-1\n", "relative_dates.tsv:3: unknown kind"},
        {"يناير\tgregorian\t1\n", "الأحد\tweekday\t7\n", "relative_dates.tsv:1: weekday"},
        {"يناير\tgregorian\t1\n", "الماضي\tdirection\tbefore\n", "relative_dates.tsv:1: direction"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        write_file(dir, "months.tsv", bad[i].months);
        write_file(dir, "relative_dates.tsv", bad[i].relative);
        rw_error err = {0};
        rw_dates *d = rw_dates_open(dir, t, &err);
        CHECK(!d && err.code == RW_EINPUT && strstr(err.msg, bad[i].want),
              "bad data: want an error containing \"%s\", got \"%s\"", bad[i].want, err.msg);
        rw_dates_close(d);
    }
    char path[512];
    snprintf(path, sizeof path, "%s/months.tsv", dir);
    unlink(path);
    rw_error err = {0};
    rw_dates *d = rw_dates_open(dir, t, &err);
    CHECK(!d && err.code == RW_EIO && strstr(err.msg, "months.tsv"),
          "missing months.tsv: want an I/O error naming it, got \"%s\"", err.msg);
    rw_dates_close(d);
    snprintf(path, sizeof path, "%s/relative_dates.tsv", dir);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const char *data = getenv("RAWABIT_DATA");
    rw_error err = {0};
    rw_text *t = rw_text_open(&err);
    rw_dates *d = t ? rw_dates_open(data ? data : "data", t, &err) : NULL;
    CHECK(d != NULL, "rw_dates_open: %s", err.msg);
    if (!d) {
        rw_text_close(t);
        return check_done();
    }
    test_cases(d, t);
    test_given_heads(d, t);
    test_spans(d, t);
    test_documents(d, t);
    test_hijri(d);
    test_month_file(d, t, data ? data : "data");
    test_bad_data(t);
    rw_dates_close(d);
    rw_text_close(t);
    return check_done();
}
