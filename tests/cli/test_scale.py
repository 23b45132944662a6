#!/usr/bin/env python3
"""Scale tests of the `rawabit` command (TAP output): ingest -j N, extract --for-ingest and
ingest --facts, and the GNU parallel recipe of docs/scale.md.

Usage: test_scale.py RAWABIT SOURCE_ROOT
The claims under test: the database and its exports do not depend on the number of threads; a
corpus split into parts, extracted part by part (as on other machines) and loaded with --facts
gives the same database as ingesting the articles directly.
"""
import json, os, shutil, sqlite3, subprocess, sys, tempfile

RW, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
WRAPPER = os.environ.get('RAWABIT_WRAPPER', '').split()
results = []  # (passed, description)


def check(cond, what, detail=''):
    results.append(bool(cond))
    print(f"{'ok' if cond else 'not ok'} {len(results)} - {what}")
    if not cond and detail:
        print('\n'.join('#   ' + line for line in str(detail).splitlines()[:30]))


def run(*args, stdin=None):
    p = subprocess.run([*WRAPPER, RW, *args], input=stdin, capture_output=True, timeout=900)
    if WRAPPER and p.returncode == 99:
        check(False, 'clean under ' + WRAPPER[0] + ': rawabit ' + ' '.join(args), p.stderr.decode('utf-8', 'replace')[-3000:])
    return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')


# Timestamps say when, not what; `source` says which file a line came from, and a split corpus
# comes from other files by design.
NOT_CONTENT = {'ingested_at', 'created_at', 'source'}


def dump(db):
    """Every table's rows, in rowid order (or key order), without the columns above."""
    con = sqlite3.connect(db)
    out = {}
    for (t,) in con.execute("select name from sqlite_master where type = 'table' order by name"):
        cols = [r[1] for r in con.execute(f'pragma table_info({t})') if r[1] not in NOT_CONTENT]
        out[t] = con.execute(f'select {", ".join(cols)} from {t} order by 1, 2').fetchall()
    con.close()
    return out


def exports(db, stem):
    got = {}
    for fmt in ('jsonl', 'ttl', 'graphml'):
        path = f'{stem}.{fmt}'
        rc, _, err = run('export', '--db', db, '-f', fmt, '-o', path)
        got[fmt] = open(path, 'rb').read() if rc == 0 else err.encode()
    return got


tmp = tempfile.mkdtemp(prefix='rawabit-scale-')
# The corpus: the samples and some real news (the ANT development articles), one JSONL file.
lines = open(os.path.join(ROOT, 'samples', 'seeds.jsonl'), encoding='utf-8').read().splitlines()
lines += open(os.path.join(ROOT, 'tests', 'gold', 'ant', 'dev.jsonl'), encoding='utf-8').read().splitlines()[:30]
lines = [l for l in lines if l.strip()]
corpus = os.path.join(tmp, 'corpus.jsonl')
open(corpus, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')

# --- -j N ------------------------------------------------------------------------------------
ref_db = os.path.join(tmp, 'j1.db')
rc, _, err = run('ingest', '-q', '-j', '1', '--db', ref_db, corpus)
check(rc == 0, 'ingest -j 1 succeeds', err)
ref_dump, ref_exports = dump(ref_db), exports(ref_db, os.path.join(tmp, 'j1'))
check(len(ref_dump['facts']) > 20, f"the corpus gives facts: {len(ref_dump['facts'])}")
for j in ('2', '4'):
    db = os.path.join(tmp, f'j{j}.db')
    rc, _, err = run('ingest', '-q', '-j', j, '--db', db, corpus)
    check(rc == 0, f'ingest -j {j} succeeds', err)
    d = dump(db)
    diff = [t for t in ref_dump if ref_dump[t] != d.get(t)]
    check(not diff, f'ingest -j {j} writes the same database as -j 1', f'tables that differ: {diff}')
    ex = exports(db, os.path.join(tmp, f'j{j}'))
    for fmt in ex:
        check(ex[fmt] == ref_exports[fmt], f'ingest -j {j}: the {fmt} export is byte-identical')
rc, _, err = run('ingest', '-j', '0', '--db', os.path.join(tmp, 'x.db'), corpus)
check(rc == 1 and '-j' in err, '-j 0 is a usage error naming the option', err)

# --- extract --for-ingest | ingest --facts ---------------------------------------------------
parts = []
for i in range(3):
    part = os.path.join(tmp, f'part{i}.jsonl')
    open(part, 'w', encoding='utf-8').write(''.join(l + '\n' for l in lines[i::3]))
    facts = os.path.join(tmp, f'part{i}.facts.jsonl')
    rc, out, err = run('extract', '-q', '--for-ingest', part)
    open(facts, 'w', encoding='utf-8').write(out)
    parts.append(facts)
    check(rc == 0, f'extract --for-ingest of part {i} succeeds', err)
rows = [json.loads(l) for l in open(parts[0], encoding='utf-8')]
check(rows and rows[0]['type'] == 'article' and {'entity', 'fact'} <= {r['type'] for r in rows},
      'extract --for-ingest writes an article line, then the contract\'s entity and fact lines')
rc, plain, _ = run('extract', '-q', os.path.join(tmp, 'part0.jsonl'))
check(plain.splitlines() == [l for l in open(parts[0], encoding='utf-8').read().splitlines()
                             if not l.startswith('{"type":"article"')],
      'without the article lines, --for-ingest output is plain extract output')

# The split was round-robin: loading the parts in the corpus order needs the lines back in order.
merged = os.path.join(tmp, 'merged.facts.jsonl')
articles = [[l for l in open(p, encoding='utf-8') if l.startswith('{"type":"article"')] for p in parts]
with open(merged, 'w', encoding='utf-8') as f:
    for k in range(len(lines)):
        f.write(articles[k % 3][k // 3])
fdb = os.path.join(tmp, 'facts.db')
rc, _, err = run('ingest', '-q', '--facts', '--db', fdb, merged)
check(rc == 0, 'ingest --facts succeeds', err)
d = dump(fdb)
diff = [t for t in ref_dump if ref_dump[t] != d.get(t)]
check(not diff, 'extracted in parts and loaded with --facts: the same database as ingesting directly',
      f'tables that differ: {diff}')
ex = exports(fdb, os.path.join(tmp, 'facts'))
for fmt in ex:
    check(ex[fmt] == ref_exports[fmt], f'--facts: the {fmt} export is byte-identical')

# Parts in another order are another corpus order: the same facts, whatever ids merging gives.
fdb2 = os.path.join(tmp, 'facts2.db')
rc, _, err = run('ingest', '-q', '--facts', '--db', fdb2, *parts)
check(rc == 0 and len(dump(fdb2)['facts']) == len(ref_dump['facts']),
      'ingest --facts of the part files stores as many facts', err)
before = dump(fdb2)
rc, _, err = run('ingest', '-q', '--facts', '--db', fdb2, *parts)
after = dump(fdb2)
check(rc == 0 and after['documents'] == before['documents'] and after['facts'] == before['facts'],
      'loading the same facts again adds nothing (the content hash travels)', err)

# Bad input: reported with file and line, the rest loaded.
bad = os.path.join(tmp, 'bad.facts.jsonl')
first = open(parts[0], encoding='utf-8').readline()
open(bad, 'w', encoding='utf-8').write('{"type":"article","id":3}\n' + first)
rc, _, err = run('ingest', '--facts', '--db', os.path.join(tmp, 'bad.db'), bad)
check(rc == 2 and 'bad.facts.jsonl:1' in err, 'a broken article line is reported with its file and line (exit 2)', err)
check(sqlite3.connect(os.path.join(tmp, 'bad.db')).execute('select count(*) from documents').fetchone()[0] == 1,
      'and the good line after it is stored')
rc, _, err = run('ingest', '--facts', '--db', os.path.join(tmp, 'bad2.db'), corpus)
check(rc == 2 and '--for-ingest' in err, 'articles given to --facts: told to extract them with --for-ingest', err)

# --- the GNU parallel recipe of docs/scale.md ------------------------------------------------
if shutil.which('parallel') and not WRAPPER:
    pipe = (f'parallel --will-cite --pipe --keep-order -N 7 "{RW}" extract -q --for-ingest - < "{corpus}" | '
            f'"{RW}" ingest -q --facts --db "{tmp}/par.db" -')
    p = subprocess.run(pipe, shell=True, capture_output=True, text=True, timeout=600)
    check(p.returncode == 0, 'the GNU parallel --pipe recipe runs', p.stderr)
    d = dump(os.path.join(tmp, 'par.db'))
    for t in ('entities', 'names', 'facts', 'mentions', 'sentences'):
        check(d[t] == ref_dump[t], f'GNU parallel --pipe: the {t} are those of a direct ingest')
    ex = exports(os.path.join(tmp, 'par.db'), os.path.join(tmp, 'par'))
    check(ex['jsonl'] == ref_exports['jsonl'], 'GNU parallel --pipe: the jsonl export is byte-identical')
else:
    results.append(True)
    print(f"ok {len(results)} - # SKIP GNU parallel {'not installed (scripts/install-deps)' if not WRAPPER else 'not run under a wrapper'}")

shutil.rmtree(tmp, ignore_errors=True)
print(f'1..{len(results)}')
sys.exit(0 if all(results) else 1)
