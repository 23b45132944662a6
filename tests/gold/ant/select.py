#!/usr/bin/env python3
"""The reproducible rule that chose the ANT articles of tests/gold/ant (see README.md there).

Two strata, each in the order of sha256(SEED + stratum + id), read in that order:
  main   articles whose title or text holds, as a whole word (after a leading و or ف), one of
         the meeting, call or visit words of WORDS;
  phone  articles outside the first 480 of `main` that hold a phone-call expression (PHONE):
         ANT has few calls between actors, and this stratum gives the phone measures something
         to count, and interviews by phone ("في اتصال هاتفي مع الجوهرة") to get wrong.
  wide   (round 8, once main and phone were read to their ends) articles outside `main` and
         outside every gold set whose title or text holds a meeting, call or visit stem (STEMS)
         inside a longer word - with a preposition, a future prefix or a suffix: بلقاء، للاجتماع،
         سيلتقي، استقبالها، بزيارة - or the phrase "جلسة عمل"; a word holding اجتماعي (social) does
         not count. These are the reports main's whole-word rule could not see.
The annotators marked each article read as reporting a meeting, a call or a visit between named
actors or not; README.md says which ranks went to which set.

  select.py ANT.jsonl [main|phone|wide] [N]   prints the first N candidates: rank, id, category
"""
import hashlib, json, os, re, sys

SEED = 'rawabit-ant-gold-2026-12-04'
WORDS = '''التقى التقت التقيا التقوا يلتقي تلتقي لقاء اللقاء لقاءات لقائه لقائها استقبل استقبلت
يستقبل تستقبل استقبال استقباله اجتمع اجتمعت اجتماع الاجتماع اجتماعا اجتماعه محادثات المحادثات
مباحثات المباحثات تباحث بحث ناقش هاتف هاتفي هاتفيا اتصال اتصالا مكالمة زار زارت يزور تزور زيارة
الزيارة زيارته زيارتها قمة القمة'''.split()
WORD_SET = set(WORDS)
PHONE = re.compile(r'(اتصال[اًا]* هاتفي|مكالمة|المكالمة|هاتفي[اًا]+|هاتفه|هاتفها|هاتفت|هاتفيًا)')
STEMS = re.compile('(لقاء|لقائ|التق[ىتيو]|يلتق|تلتق|اجتماع|اجتمع|يجتمع|تجتمع|استقبل|يستقبل|تستقبل'
                   '|زيار|يزور|تزور|محادث|مباحث|تباحث|مشاورات|هاتف|مكالم|قمة|نظير)')
MAIN_READ = 480
# the gold sets that existed when the wide stratum was drawn: their articles are not in it
SETS_BEFORE_WIDE = ['dev', 'heldout', 'dev2', 'heldout-r2', 'heldout-r3', 'heldout-r4',
                    'heldout-r5', 'heldout-r6', 'heldout-r7']
HERE = os.path.dirname(os.path.abspath(__file__))  # ranks of `main` annotated; the phone stratum skips them
TOKEN = re.compile(r'[\u0621-\u064A\u0671-\u06D3]+')
DIACRITICS = re.compile('[\u064B-\u0652\u0640]')


def mentions_trigger(text):
    for w in TOKEN.findall(DIACRITICS.sub('', text)):
        if w in WORD_SET or (w[:1] in 'وف' and w[1:] in WORD_SET):
            return True
    return False


def mentions_stem(text):
    if 'جلسة عمل' in text:
        return True
    return any(STEMS.search(w) for w in TOKEN.findall(text) if 'اجتماعي' not in w)


def ordered(articles, stratum, keep):
    out = []
    for d in articles:
        if keep(d):
            salt = '' if stratum == 'main' else stratum
            out.append((hashlib.sha256((SEED + salt + d['id']).encode()).hexdigest(), d))
    out.sort(key=lambda kd: kd[0])
    return [d for _, d in out]


def candidates(path, stratum='main'):
    with open(path, encoding='utf-8') as f:
        articles = [d for d in map(json.loads, f) if d.get('text')]
    text = lambda d: (d.get('title') or '') + '\n' + d['text']
    main = ordered(articles, 'main', lambda d: mentions_trigger(text(d)))
    if stratum == 'main':
        return main
    if stratum == 'wide':
        gold = set()
        for name in SETS_BEFORE_WIDE:
            with open(os.path.join(HERE, name + '.gold.jsonl'), encoding='utf-8') as f:
                gold.update(json.loads(l).get('doc') for l in f)
        in_main = {d['id'] for d in main}
        return ordered(articles, 'wide',
                       lambda d: d['id'] not in in_main and d['id'] not in gold
                       and mentions_stem(DIACRITICS.sub('', text(d))))
    read = {d['id'] for d in main[:MAIN_READ]}
    return ordered(articles, 'phone',
                   lambda d: d['id'] not in read and PHONE.search(DIACRITICS.sub('', text(d))))


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    stratum = sys.argv[2] if len(sys.argv) > 2 else 'main'
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 600
    for rank, d in enumerate(candidates(sys.argv[1], stratum)[:n], 1):
        print(f"{rank}\t{d['id']}\t{d.get('category') or '-'}")
