#!/usr/bin/env python3
"""check_lexicons.py - validates the world-knowledge lexicons in data/.

The engine reads actors.tsv, roles.tsv, offices.tsv, places.tsv and nisba.tsv once at start-up
and trusts them; a wrong date or a dangling id would not crash it but would silently attach the
wrong office to a person. This test is where such lines are caught. It prints TAP: one check per
rule and file, with every offending line (file:line) as a diagnostic under a failing check.

Usage: check_lexicons.py DATA_DIR   (defaults to $RAWABIT_DATA)
       check_lexicons.py --selftest BAD_DIR   (proves each check fires on tests/data/bad/)
"""
import datetime
import os
import re
import sys

# Offices held by one person at a time per country or body; overlapping dated roles on one of
# these mean a wrong date. Deputies, envoys and spokespersons are left out: several can coexist.
SINGLE_HOLDER = {'president', 'prime_minister', 'king', 'foreign_minister', 'defence_minister',
                 'un_secretary_general', 'arab_league_secretary_general'}
# Codes for international bodies allowed in roles' country column besides ISO alpha-2.
BODIES = {'UN', 'AL', 'EU', 'GCC', 'OIC', 'AU', 'NATO'}
# Facts the lexicon must keep, as role lines (actor, office, country, from, to): the Syrian
# transition of December 2024 as the project's brief states it, and handovers of other offices
# checked by hand. An edit that drops or shifts one of them fails here.
ANCHORS = [
    ('bashar-al-assad', 'president', 'SY', '2000-07-17', '2024-12-08'),
    ('ahmed-al-sharaa', 'transitional_leader', 'SY', '2024-12-08', '2025-01-29'),
    ('ahmed-al-sharaa', 'president', 'SY', '2025-01-29', ''),
    ('asaad-al-shaibani', 'foreign_minister', 'SY', '2024-12-21', ''),
    ('murhaf-abu-qasra', 'defence_minister', 'SY', '2024-12-21', ''),
    ('antonio-guterres', 'un_secretary_general', 'UN', '2017-01-01', ''),
    ('ban-ki-moon', 'un_secretary_general', 'UN', '2007-01-01', '2016-12-31'),
    ('sergey-lavrov', 'foreign_minister', 'RU', '2004-03-09', ''),
    ('vladimir-putin', 'president', 'RU', '2012-05-07', ''),
    ('staffan-de-mistura', 'un_envoy_syria', 'UN', '2014-07-10', '2018-12-31'),
    ('mohammed-bin-salman', 'crown_prince', 'SA', '2017-06-21', ''),
]
# The date on which an empty `to` means "still in office".
TODAY = datetime.date(2026, 11, 23)
ACTOR_KINDS = {'person', 'org', 'group'}
PLACE_KINDS = {'country', 'city', 'region', 'venue'}
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
# Office ids are the fixed vocabulary of the lexicon format (foreign_minister), so underscores.
OFFICE_SLUG = re.compile(r'^[a-z0-9]+(_[a-z0-9]+)*$')
# What the engine's folding is assumed to erase before matching: harakat, shadda, tatweel and
# dagger alif vanish; hamza-carrying alifs become bare alif, alif maqsura becomes ya.
FOLD_DROP = re.compile('[\u064B-\u065F\u0670\u0640]')
FOLD_MAP = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي'})
ISO2 = re.compile(r'^[A-Z]{2}$')
ARABIC = re.compile(r'[\u0621-\u064A]')
DATE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
# Parent slugs that may be left to ICU's country list instead of a `country` line in places.tsv:
# the engine names an ICU-only country by the slug of its English name (Ghana -> ghana).
ICU_COUNTRY_PARENTS = {'ghana', 'chile', 'slovakia', 'senegal', 'estonia', 'luxembourg',
                       'argentina'}


class Tap:
    def __init__(self, quiet=False):
        self.n = 0
        self.failed = 0
        self.quiet = quiet
        self.results = []  # (what, passed)

    def check(self, problems, what):
        self.n += 1
        self.results.append((what, not problems))
        if self.quiet:
            self.failed += bool(problems)
            return
        if problems:
            self.failed += 1
            print(f'not ok {self.n} - {what}')
            for p in problems[:40]:
                print(f'#   {p}')
            if len(problems) > 40:
                print(f'#   ... and {len(problems) - 40} more')
        else:
            print(f'ok {self.n} - {what}')

    def note(self, text):
        if not self.quiet:
            print(f'# {text}')

    def done(self):
        if self.quiet:
            return 1 if self.failed else 0
        print(f'1..{self.n}')
        return 1 if self.failed else 0


def read_tsv(path, ncols, problems):
    """Yields (where, fields) for each entry line; shape problems go to `problems`."""
    rows = []
    name = os.path.basename(path)
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip('\n')
            where = f'{name}:{i}'
            if not line.strip() or line.startswith('#'):
                continue
            if line != line.strip(' '):
                problems.append(f'{where}: leading or trailing space')
            fields = line.split('\t')
            lo, hi = ncols if isinstance(ncols, tuple) else (ncols, ncols)
            if not lo <= len(fields) <= hi:
                want = f'{lo} or {hi}' if lo != hi else f'{lo}'
                problems.append(f'{where}: {len(fields)} fields, want {want}')
                continue
            rows.append((where, fields))
    return rows


def parse_date(text, end):
    """A YYYY[-MM[-DD]] date as a datetime.date; partial dates widen toward `end` or the start."""
    m = DATE.match(text)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if mo is None:
            return datetime.date(y, 12, 31) if end else datetime.date(y, 1, 1)
        mo = int(mo)
        if d is None:
            if not end:
                return datetime.date(y, mo, 1)
            nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
            return nxt - datetime.timedelta(days=1)
        return datetime.date(y, mo, int(d))
    except ValueError:
        return None


def fold(name):
    return FOLD_DROP.sub('', name).translate(FOLD_MAP).casefold()


def split_list(where, field, what, problems):
    items = field.split('|')
    if any(not x.strip() or x != x.strip() for x in items):
        problems.append(f'{where}: empty or space-padded item in {what} "{field}"')
    dups = sorted({x for x in items if items.count(x) > 1})
    if dups:
        problems.append(f'{where}: {what} lists {", ".join(dups)} twice')
    return [x for x in items if x.strip()]


def check_dir(data, tap):
    p = lambda f: os.path.join(data, f)

    # --- shape -----------------------------------------------------------------------------
    shape = {}
    # offices.tsv has an optional 4th field, the word `many`.
    files = {'actors.tsv': 5, 'roles.tsv': 5, 'offices.tsv': (3, 4), 'places.tsv': 6,
             'nisba.tsv': 2}
    rows = {}
    for f, n in files.items():
        shape[f] = []
        rows[f] = read_tsv(p(f), n, shape[f])
        ncol = f'{n[0]} or {n[1]}' if isinstance(n, tuple) else f'{n}'
        tap.check(shape[f], f'{f}: every line has {ncol} tab-separated fields')
        # Only a role's `to` may be empty (still in office).
        required = 4 if f == 'roles.tsv' else n[0] if isinstance(n, tuple) else n
        empty = [w for w, fl in rows[f] if any(not x.strip() for x in fl[:required])]
        tap.check([f'{w}: empty field' for w in empty], f'{f}: no empty required field')

    actors, offices, places = rows['actors.tsv'], rows['offices.tsv'], rows['places.tsv']
    roles, nisba = rows['roles.tsv'], rows['nisba.tsv']

    # --- ids -------------------------------------------------------------------------------
    seen, dup, bad = {}, [], []
    for f, col in (('actors.tsv', 0), ('offices.tsv', 0), ('places.tsv', 0)):
        for where, fl in rows[f]:
            i = fl[col]
            if not (OFFICE_SLUG if f == 'offices.tsv' else SLUG).match(i):
                bad.append(f'{where}: id "{i}" is not a lower-case ASCII slug')
            # A country line's id is that country's slug and may repeat only as itself.
            if i in seen:
                dup.append(f'{where}: id "{i}" already used at {seen[i]}')
            else:
                seen[i] = where
    tap.check(bad, 'ids are lower-case ASCII slugs with hyphens')
    tap.check(dup, 'ids are unique across actors, offices and places')

    # --- actors ----------------------------------------------------------------------------
    probs, arabic, names_owner, ambiguous = [], [], {}, []
    for where, (aid, kind, country, label, names) in actors:
        if kind not in ACTOR_KINDS:
            probs.append(f'{where}: kind "{kind}" not in {sorted(ACTOR_KINDS)}')
        if country != '-' and not ISO2.match(country):
            probs.append(f'{where}: country "{country}" is neither ISO alpha-2 nor -')
        items = split_list(where, names, 'names', probs)
        if not any(ARABIC.search(x) for x in items):
            arabic.append(f'{where}: {aid} has no Arabic name')
        for x in items:
            # The same written form for two actors would make the lexicon pick one at random.
            key = x.casefold()
            if key in names_owner and names_owner[key][0] != aid:
                ambiguous.append(f'{where}: name "{x}" also names {names_owner[key][0]} '
                                 f'({names_owner[key][1]})')
            names_owner.setdefault(key, (aid, where))
    tap.check(probs, 'actors.tsv: kinds, countries and name lists are well formed')
    tap.check(arabic, 'actors.tsv: every actor has a name in Arabic letters')
    tap.check(ambiguous, 'actors.tsv: no name form belongs to two actors')
    persons = sum(1 for _, fl in actors if fl[1] == 'person')
    orgs = sum(1 for _, fl in actors if fl[1] in ('org', 'group'))
    tap.note(f'{persons} persons, {orgs} organisations and groups')

    # --- offices ---------------------------------------------------------------------------
    probs, arabic = [], []
    office_ids = set()
    office_forms = []
    many, bad_many = set(), []
    for where, fields in offices:
        oid, label, forms = fields[:3]
        if len(fields) > 3:
            if fields[3] != 'many':
                bad_many.append(f'{where}: 4th field "{fields[3]}", want "many" or nothing')
            many.add(oid)
        office_ids.add(oid)
        items = split_list(where, forms, 'forms', probs)
        office_forms += [(where, x) for x in items]
        if not any(ARABIC.search(x) for x in items):
            arabic.append(f'{where}: office {oid} has no Arabic form')
    owner, shared = {}, []
    for where, x in office_forms:
        if x in owner and owner[x] != where:
            shared.append(f'{where}: form "{x}" also listed at {owner[x]}')
        owner.setdefault(x, where)
    tap.check(probs, 'offices.tsv: form lists are well formed')
    tap.check(shared, 'offices.tsv: no form is listed twice')
    tap.check(arabic, 'offices.tsv: every office has an Arabic form')
    tap.check(bad_many, 'offices.tsv: a 4th field is the word many')
    tap.check([f'office "{o}" is marked many' for o in SINGLE_HOLDER if o in many],
              'offices.tsv: no single-holder office is marked many')
    missing = [o for o in SINGLE_HOLDER if o not in office_ids]
    tap.check([f'office "{o}" is missing' for o in missing],
              'offices.tsv: every single-holder office the test checks exists')

    # --- nisba -----------------------------------------------------------------------------
    probs, nisba_forms = [], set()
    for where, (cc, forms) in nisba:
        if not ISO2.match(cc):
            probs.append(f'{where}: "{cc}" is not an ISO alpha-2 code')
        for x in split_list(where, forms, 'forms', probs):
            if not ARABIC.search(x):
                probs.append(f'{where}: "{x}" has no Arabic letters')
            if x.startswith('ال'):
                probs.append(f'{where}: "{x}" carries the article; the engine derives it')
            if x.endswith('ة'):
                probs.append(f'{where}: "{x}" looks feminine; list the masculine only')
            nisba_forms.add(x)
    codes = [fl[0] for _, fl in nisba]
    probs += [f'nisba.tsv: {c} listed twice' for c in set(codes) if codes.count(c) > 1]
    tap.check(probs, 'nisba.tsv: codes and masculine forms without the article')
    # Office forms must not bake in a nationality: the engine composes title + nisba.
    baked = [f'{w}: form "{x}" ends in a nationality adjective' for w, x in office_forms
             if x.split()[-1].startswith('ال') and x.split()[-1][2:] in nisba_forms]
    tap.check(baked, 'offices.tsv: no form contains a nationality adjective')

    # --- roles -----------------------------------------------------------------------------
    actor_ids = {fl[0] for _, fl in actors}
    person_ids = {fl[0] for _, fl in actors if fl[1] == 'person'}
    refs, dates, spans = [], [], []
    for where, (actor, office, country, frm, to) in roles:
        if actor not in actor_ids:
            refs.append(f'{where}: actor "{actor}" is not in actors.tsv')
        elif actor not in person_ids:
            refs.append(f'{where}: actor "{actor}" is not a person')
        if office not in office_ids:
            refs.append(f'{where}: office "{office}" is not in offices.tsv')
        if not (ISO2.match(country) or country in BODIES):
            refs.append(f'{where}: country "{country}" is neither ISO alpha-2 nor a known body')
        start = parse_date(frm, False)
        end = parse_date(to, True) if to else TODAY
        if start is None:
            dates.append(f'{where}: from "{frm}" is not a valid YYYY[-MM[-DD]] date')
        if end is None:
            dates.append(f'{where}: to "{to}" is not a valid YYYY[-MM[-DD]] date')
        if start and end:
            # Partial dates widen outward, so 2014 .. 2014-06-03 compares as fine.
            if start > end or start > TODAY:
                dates.append(f'{where}: from {frm} is after to {to or "today"}')
            spans.append((office, country, start, end, actor, where, frm, to))
    tap.check(refs, 'roles.tsv: every actor, office and country exists')
    tap.check(dates, 'roles.tsv: dates are valid and from <= to <= today')
    overlaps = []
    spans.sort(key=lambda s: (s[0], s[1], s[2]))
    held = None  # the span reaching furthest so far within one office and country
    for b in spans:
        if b[0] not in SINGLE_HOLDER:
            continue
        if held is None or held[0] != b[0] or held[1] != b[1]:
            held = b
            continue
        a = held
        # Handover dates are written as the same day at both ends; a partial date widens to
        # its whole month or year, so an overlap up to that period is tolerated at a boundary
        # where either end is partial.
        coarsest = min(len(a[7]) if a[7] else 10, len(b[6]))
        limit = datetime.timedelta(days={10: 0, 7: 31}.get(coarsest, 366))
        if a[3] - b[2] > limit and a[4] != b[4]:
            overlaps.append(f'{b[5]}: {b[4]} {b[0]} {b[1]} from {b[6]} overlaps {a[4]} '
                            f'({a[5]}) to {a[7] or "today"}')
        if b[3] > a[3]:
            held = b
    tap.check(overlaps, 'roles.tsv: no two holders of a single-holder office overlap')
    lines = {tuple(fl) for _, fl in roles}
    lost = [f'missing role line: {" ".join(a)}' for a in ANCHORS if a not in lines]
    tap.check(lost if rows['roles.tsv'] and len(roles) > 100 else [],
              'roles.tsv: the anchor facts are present (skipped for small fixtures)')
    tap.note(f'{len(roles)} role lines')

    # --- places ----------------------------------------------------------------------------
    place_ids = {fl[0] for _, fl in places}
    probs, parents, arabic = [], [], []
    for where, (pid, kind, cc, parent, label, names) in places:
        if kind not in PLACE_KINDS:
            probs.append(f'{where}: kind "{kind}" not in {sorted(PLACE_KINDS)}')
        if cc != '-' and not ISO2.match(cc):
            probs.append(f'{where}: country "{cc}" is neither ISO alpha-2 nor -')
        if kind == 'country' and not ISO2.match(cc):
            probs.append(f'{where}: a country line needs its ISO code')
        if parent != '-' and parent not in place_ids and parent not in ICU_COUNTRY_PARENTS:
            parents.append(f'{where}: parent "{parent}" is not a place')
        if parent == pid:
            parents.append(f'{where}: {pid} is its own parent')
        items = split_list(where, names, 'names', probs)
        if not any(ARABIC.search(x) for x in items):
            arabic.append(f'{where}: place {pid} has no Arabic name')
    tap.check(probs, 'places.tsv: kinds, countries and name lists are well formed')
    tap.check(parents, 'places.tsv: every parent exists')
    tap.check(arabic, 'places.tsv: every place has an Arabic name')
    # A place's country column must agree with its parent's, so a venue cannot drift abroad.
    cc_of = {fl[0]: fl[2] for _, fl in places}
    drift = [f'{w}: {fl[0]} in {fl[2]} but its parent {fl[3]} is in {cc_of[fl[3]]}'
             for w, fl in places if fl[3] in cc_of and fl[2] != '-' and cc_of[fl[3]] != '-'
             and fl[2] != cc_of[fl[3]]]
    tap.check(drift, 'places.tsv: a place and its parent are in the same country')
    # After folding, a written form must still lead to one actor or place: عمّان (Amman) and
    # عمان (Oman) fold together, so only one of them may be listed.
    owner, clash = {}, []
    for f, col in (('actors.tsv', 4), ('places.tsv', 5)):
        for where, fl in rows[f]:
            for x in fl[col].split('|'):
                if not ARABIC.search(x):
                    continue
                k = fold(x)
                if k in owner and owner[k][0] != fl[0]:
                    clash.append(f'{where}: "{x}" folds like a name of {owner[k][0]} '
                                 f'({owner[k][1]})')
                owner.setdefault(k, (fl[0], where))
    tap.check(clash, 'actors and places: no folded Arabic name belongs to two entries')
    kinds = {k: sum(1 for _, fl in places if fl[1] == k) for k in sorted(PLACE_KINDS)}
    tap.note('places: ' + ', '.join(f'{v} {k}' for k, v in kinds.items()))
    return tap


# The checks the fixture in bad/ must trip; every other check must still pass on it.
SELFTEST_FAILS = {
    'roles.tsv: every line has 5 tab-separated fields',
    'ids are lower-case ASCII slugs with hyphens',
    'ids are unique across actors, offices and places',
    'actors.tsv: kinds, countries and name lists are well formed',
    'actors.tsv: every actor has a name in Arabic letters',
    'actors.tsv: no name form belongs to two actors',
    'offices.tsv: no form is listed twice',
    'offices.tsv: every single-holder office the test checks exists',
    'nisba.tsv: codes and masculine forms without the article',
    'offices.tsv: no form contains a nationality adjective',
    'roles.tsv: every actor, office and country exists',
    'roles.tsv: dates are valid and from <= to <= today',
    'roles.tsv: no two holders of a single-holder office overlap',
    'places.tsv: every parent exists',
    'places.tsv: every place has an Arabic name',
    'places.tsv: a place and its parent are in the same country',
    'actors and places: no folded Arabic name belongs to two entries',
}


def selftest(bad_dir):
    """Runs the checks on known-bad data and reports, as TAP, whether each fired as expected."""
    got = check_dir(bad_dir, Tap(quiet=True))
    out = Tap()
    for what, passed in got.results:
        want_fail = what in SELFTEST_FAILS
        out.check([] if passed != want_fail else
                  [f'expected the check to {"fail" if want_fail else "pass"} on {bad_dir}'],
                  f'selftest: "{what}" {"fires" if want_fail else "stays quiet"}')
    missing = SELFTEST_FAILS - {w for w, _ in got.results}
    out.check([f'no check named "{m}"' for m in sorted(missing)],
              'selftest: every expected check exists')
    return out.done()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--selftest':
        return selftest(sys.argv[2])
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('RAWABIT_DATA', 'data')
    return check_dir(data, Tap()).done()


if __name__ == '__main__':
    sys.exit(main())
