#!/usr/bin/env python3
"""The `rawabit` command against a failing machine and a hostile user (issue 13), TAP output.

Usage: test_reliability.py RAWABIT SOURCE_ROOT
Outputs that never destroy or lie (devices, pipes, links, full disks, file-size limits), terminal
and XML safety of what is printed, the store's distinct errors and read-only use, concurrent
ingests, and strict option parsing. Each check runs the real program; RAWABIT_WRAPPER (valgrind)
is honoured as in test_cli.py, except where a resource limit would apply to the wrapper too.
"""
import json, os, resource, shutil, signal, sqlite3, stat, subprocess, sys, tempfile, threading

RW, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
SAMPLES = os.path.join(ROOT, 'samples')
WRAPPER = os.environ.get('RAWABIT_WRAPPER', '').split()
n = failed = 0


def check(cond, what, detail=''):
    global n, failed
    n += 1
    failed += 0 if cond else 1
    print(f"{'ok' if cond else 'not ok'} {n} - {what}")
    if not cond and detail:
        for line in str(detail).splitlines()[:20]:
            print('#   ' + line)


def run(*args, stdin=None, stdout=subprocess.PIPE, fsize=None, user=None, wrap=True):
    """Runs rawabit; fsize sets RLIMIT_FSIZE (bytes), user runs it as that uid (when root)."""
    def limit():
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        if user is not None:
            os.setgid(user)
            os.setuid(user)
    cmd = [*(WRAPPER if wrap else []), RW, *args]
    p = subprocess.run(cmd, input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=600,
                       preexec_fn=limit if fsize is not None or user is not None else None)
    if wrap and WRAPPER and p.returncode == 99:
        check(False, 'clean under ' + WRAPPER[0] + ': rawabit ' + ' '.join(args), p.stderr.decode('utf-8', 'replace')[-3000:])
    out = p.stdout.decode('utf-8', 'replace') if p.stdout is not None else ''
    return p.returncode, out, p.stderr.decode('utf-8', 'replace')


def tables(path):
    con = sqlite3.connect(path)
    t = {q: con.execute(f'select count(*) from {q}').fetchone()[0]
         for q in ('documents', 'sentences', 'mentions', 'entities', 'names', 'facts')}
    t['integrity'] = con.execute('pragma integrity_check').fetchone()[0]
    con.close()
    return t


def temporaries(d):
    return [f for f in os.listdir(d) if '.tmp.' in f]


tmp = tempfile.mkdtemp(prefix='rawabit-rel-')
os.chmod(tmp, 0o755)
db = os.path.join(tmp, 'g.db')
rc, _, err = run('ingest', '-q', '--db', db, SAMPLES)
check(rc == 0, 'ingest samples/', err)
clean = tables(db)
full = open('/dev/full', 'wb')


def device(name, minor):
    """A path to /dev/NAME's device that a broken rawabit cannot destroy for everyone: as root
    (who could replace /dev/null itself), a device node of our own in tmp; None when we cannot
    make one."""
    if os.geteuid() != 0:
        return '/dev/' + name
    path = os.path.join(tmp, 'dev-' + name)
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
        return path
    except OSError:
        return None


FULL, NULL = device('full', 7), device('null', 3)
STDOUT = os.path.join(tmp, 'stdout')  # stands for /dev/stdout: a link to our descriptor 1
os.symlink('/proc/self/fd/1', STDOUT)

# --- 1. outputs never destroy special files ----------------------------------------------------
rc, out, err = run('export', '--db', db, '-f', 'ttl', '-o', STDOUT)
check(rc == 0 and '@prefix' in out and os.path.islink(STDOUT),
      'export -o /dev/stdout (a link to /proc/self/fd/1) prints the graph', err)
rc, out, err = run('export', '--db', db, '-f', 'ttl', '-o', '-')
check(rc == 0 and '@prefix' in out, 'export -o - prints the graph', err)
if FULL:
    for fmt in ('ttl', 'svg', 'png', 'graphml'):
        rc, _, err = run('export', '--db', db, '-f', fmt, '-o', FULL)
        check(rc == 3 and FULL in err and 'No space' in err,
              f'export -f {fmt} -o /dev/full fails with 3, naming the file', err)
    check(stat.S_ISCHR(os.stat(FULL).st_mode), '/dev/full is still a device')
if NULL:
    rc, _, err = run('export', '--db', db, '-f', 'ttl', '-o', NULL)
    check(rc == 0 and stat.S_ISCHR(os.stat(NULL).st_mode), 'export -o /dev/null leaves the device', err)

fifo = os.path.join(tmp, 'pipe')
os.mkfifo(fifo)
got = []
reader = threading.Thread(target=lambda: got.append(open(fifo, 'rb').read()))
reader.start()
rc, _, err = run('export', '--db', db, '-f', 'ttl', '-o', fifo)
reader.join(60)
check(rc == 0 and got and b'@prefix' in got[0], 'a named pipe is written into: its reader gets the graph', err)
check(stat.S_ISFIFO(os.stat(fifo).st_mode), 'the named pipe is still a pipe')

real = os.path.join(tmp, 'real.ttl')
link = os.path.join(tmp, 'link.ttl')
open(real, 'w').write('old\n')
os.symlink('real.ttl', link)
rc, _, err = run('export', '--db', db, '-o', link)
check(rc == 0 and os.path.islink(link) and open(real).read().startswith('@prefix'),
      'a symlink is written through: the link stays, its target gets the graph', err)

rc, _, err = run('export', '--db', db, '-f', 'svg', '-o', real)
old = open(real, 'rb').read()
if not WRAPPER:
    rc, _, err = run('export', '--db', db, '-f', 'ttl', '-o', real, fsize=40000)
    check(rc == 3 and 'too large' in err and real.split('/')[-1] in err,
          'ulimit -f: export fails with 3 naming the file', err)
    check(open(real, 'rb').read() == old and not temporaries(tmp),
          'ulimit -f: the old file is untouched and no temporary is left', temporaries(tmp))
    rc, _, err = run('export', '--db', db, '-f', 'png', '-o', real, fsize=20000)
    check(rc == 3 and open(real, 'rb').read() == old and not temporaries(tmp),
          'ulimit -f: a Graphviz rendering fails the same way (3, old file kept, no temporary)', err)

csvdir = os.path.join(tmp, 'csv')
os.makedirs(os.path.join(csvdir, 'edges.csv'))
open(os.path.join(csvdir, 'nodes.csv'), 'w').write('old nodes\n')
rc, _, err = run('export', '--db', db, '-f', 'csv', '-o', csvdir)
check(rc == 3 and 'edges.csv' in err and open(os.path.join(csvdir, 'nodes.csv')).read() == 'old nodes\n'
      and not temporaries(csvdir), 'CSV: when edges.csv cannot be written, nodes.csv is not replaced', err)

# --- 4. standard output that fails is a failure --------------------------------------------------
for args in (('entities',), ('neighbors', 'ahmed-al-sharaa'), ('show', 'ahmed-al-sharaa'),
             ('path', 'ahmed-al-sharaa', 'asaad-al-shaibani'), ('export', '-f', 'table'),
             ('eval', os.path.join(ROOT, 'tests', 'gold', 'seeds.gold.jsonl'))):
    rc, _, err = run(*args[:1], '--db', db, *args[1:], stdout=full)
    check(rc == 3 and 'write' in err, f'{args[0]} > /dev/full exits 3 and says so', err)
gold = os.path.join(ROOT, 'tests', 'gold', 'seeds.gold.jsonl')
if FULL:
    rc, _, err = run('eval', '--db', db, '--json', FULL, gold)
    check(rc == 3 and FULL in err, 'eval --json /dev/full exits 3 naming it', err)
rc, out, err = run('eval', '--db', db, '--json', STDOUT, gold)
check(rc == 0 and '"met"' in out, 'eval --json /dev/stdout prints the JSON', err)

if not WRAPPER:
    small = os.path.join(tmp, 'small.db')
    rc, _, err = run('ingest', '--batch', '1', '--db', small, SAMPLES, fsize=300000)
    stored = tables(small)['documents'] if os.path.exists(small) else 0
    said = [l for l in err.splitlines() if l.startswith('ingested ')]
    check(rc == 3 and said and said[0].startswith(f'ingested {stored} documents'),
          f'ulimit -f: ingest fails with 3 and its summary counts the {stored} documents stored', err)
    check(tables(small)['integrity'] == 'ok', 'ulimit -f: the database is consistent')
    rc, _, err = run('ingest', '-q', '--db', small, SAMPLES)
    check(rc == 0 and tables(small) == clean, 'a re-run completes it to the tables of a clean ingest',
          f'{tables(small)} vs {clean}')

# --- 2. terminal escape injection ----------------------------------------------------------------
article = json.loads(open(os.path.join(SAMPLES, 'seeds.jsonl'), encoding='utf-8').readline())
article['id'] = 'evil\x1b[31m\u202eid\x07'
article['title'] = 'title \ufffe\uffff &#x1; \x01'
article['text'] = article['text'] + '\n\x1b]0;pwned\x07'
hostile = os.path.join(tmp, 'hostile.jsonl')
open(hostile, 'w', encoding='utf-8').write(json.dumps(article) + '\n')
hdb = os.path.join(tmp, 'h.db')
rc, _, err = run('ingest', '-q', '--db', hdb, hostile)
check(rc == 0, 'an article with escapes in its id, title and text is ingested', err)
rc, out, _ = run('entities', '--db', hdb)
someone = out.split('\t')[0]
for args in (('neighbors', someone), ('show', someone), ('export', '-f', 'table'), ('entities',)):
    rc, out, err = run(args[0], '--db', hdb, *args[1:])
    bad = [c for c in out if (ord(c) < 32 and c not in '\t\n') or 0x7f <= ord(c) <= 0x9f or
           0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
    arabic = any('\u0600' <= c <= '\u06ff' for c in out)
    shown = '\ufffd' in out or args[0] == 'entities'  # the hostile article id, defused
    check(rc == 0 and not bad and shown and (arabic or args[0] == 'neighbors'),
          f'{args[0]}: no control or bidi override printed, Arabic kept', repr(bad[:5]) + out[:300])
rc, _, err = run('show', '--db', hdb, 'x\x1b[2J\u202ey')
check(rc == 1 and '\x1b' not in err and '\u202e' not in err and '\ufffd' in err,
      'an error that echoes input prints no escape or override', repr(err))

# --- 3. XML outputs stay XML ---------------------------------------------------------------------
if shutil.which('xmllint'):
    for fmt in ('rdf', 'graphml', 'gexf', 'svg'):
        path = os.path.join(tmp, 'h.' + fmt)
        rc, _, err = run('export', '--db', hdb, '-f', fmt, '-o', path)
        x = subprocess.run(['xmllint', '--noout', path], capture_output=True, text=True)
        check(rc == 0 and x.returncode == 0, f'{fmt} from hostile text is well-formed XML', err + x.stderr)

# --- 6. the store's distinct errors, read-only use -------------------------------------------------
rnd = os.path.join(tmp, 'random.db')
open(rnd, 'wb').write(bytes((i * 7 + 13) % 255 + 1 for i in range(20000)))
rc, _, err = run('entities', '--db', rnd)
check(rc == 3 and 'not a rawabit database' in err, 'random bytes: "not a rawabit database"', err)
trunc = os.path.join(tmp, 'trunc.db')
open(trunc, 'wb').write(open(db, 'rb').read()[:len(open(db, 'rb').read()) // 3])
rc, _, err = run('export', '-f', 'ttl', '--db', trunc, stdout=subprocess.DEVNULL)
check(rc == 3 and 'corrupt' in err, 'a truncated copy: "corrupt"', err)
other = os.path.join(tmp, 'other.db')
sqlite3.connect(other).execute('create table t(x)').connection.commit()
rc, _, err = run('ingest', '--db', other, SAMPLES)
check(rc == 3 and 'not a rawabit database' in err and
      sqlite3.connect(other).execute('select count(*) from sqlite_master').fetchone()[0] == 1,
      "another program's SQLite file is refused, not filled", err)
rc, _, err = run('entities', '--db', '')
check(rc == 1 and 'empty' in err, '--db "" is a usage error', err)
rc, _, err = run('ingest', '--db', os.path.join(tmp, 'no', 'such', 'dir.db'), SAMPLES)
check(rc == 3 and 'directory does not exist' in err, 'a missing directory is said', err)

rodir = os.path.join(tmp, 'ro')
os.mkdir(rodir)
shutil.copy(db, os.path.join(rodir, 'g.db'))
os.chmod(rodir, 0o555)
os.chmod(os.path.join(rodir, 'g.db'), 0o444)
nobody = 65534 if os.geteuid() == 0 else None
if os.geteuid() == 0 or not os.access(rodir, os.W_OK):
    rc, out, err = run('entities', '--db', os.path.join(rodir, 'g.db'), user=nobody)
    check(rc == 0 and 'ahmed-al-sharaa' in out, 'a database in a read-only directory is readable', err)
    rc, out, err = run('export', '-f', 'ttl', '--db', os.path.join(rodir, 'g.db'), user=nobody)
    check(rc == 0 and '@prefix' in out, 'and exportable', err)
    rc, _, err = run('ingest', '--db', os.path.join(rodir, 'g.db'), SAMPLES, user=nobody)
    check(rc == 3 and 'read-only' in err, 'ingest into a read-only database says "read-only"', err)
    rc, _, err = run('ingest', '--db', os.path.join(rodir, 'new.db'), SAMPLES, user=nobody)
    check(rc == 3 and 'read-only' in err, 'creating one in a read-only directory says "read-only"', err)
os.chmod(rodir, 0o755)

# --- 5. concurrent ingests: the second waits, says so, and finishes --------------------------------
cdb = os.path.join(tmp, 'c.db')
rc, _, err = run('ingest', '-q', '--db', cdb, os.path.join(SAMPLES, 'html'))
holder = sqlite3.connect(cdb, isolation_level=None)
holder.execute('BEGIN IMMEDIATE')  # another writer in the middle of its batch
p = subprocess.Popen([*WRAPPER, RW, 'ingest', '-q', '--db', cdb, SAMPLES], stderr=subprocess.PIPE,
                     stdout=subprocess.DEVNULL)
first = p.stderr.readline().decode('utf-8', 'replace')
holder.execute('COMMIT')
holder.close()
rest = p.stderr.read().decode('utf-8', 'replace')
p.wait(600)
check('waiting' in first, 'a second writer says it is waiting for the first', first)
check(p.returncode == 0 and tables(cdb) == clean, 'and finishes once the first commits, to the full tables',
      first + rest)
procs = [subprocess.Popen([RW, 'ingest', '-q', '--batch', '1', '--db', os.path.join(tmp, 'two.db'), SAMPLES],
                          stderr=subprocess.PIPE) for _ in range(2)]
outs = [q.communicate(timeout=600)[1].decode() for q in procs]
check(all(q.returncode == 0 for q in procs) and tables(os.path.join(tmp, 'two.db')) == clean,
      'two ingests started together into a new database both finish, to the tables of one', outs)

# --- 6. strict options -----------------------------------------------------------------------------
for args in (('export', '-f', 'ttl', '--depth', '4294967297'), ('export', '-f', 'ttl', '--depth', ''),
             ('export', '-f', 'ttl', '--min-confidence', 'nan'), ('export', '-f', 'ttl', '--rel', ''),
             ('export', '-f', 'ttl', '--top', '-1'), ('export', '-f', 'ttl', '--base', 'not an iri'),
             ('export', '-f', 'ttl', '--base', 'relative/path/'), ('neighbors', '--limit', '1x', 'a'),
             ('eval', '--min-confidence', 'inf', gold), ('ingest', '--batch', '0', SAMPLES),
             ('ingest', '--lexicon', os.path.join(tmp, 'no-such-lexicon'), SAMPLES)):
    rc, _, err = run(args[0], '--db', db, *args[1:], stdout=subprocess.DEVNULL)
    check(rc == 1, f'a usage error (1): {" ".join(args[:5])!r}', err)
rc, out, err = run('export', '--db', db, '-f', 'ttl', '--base', 'urn:x:')
check(rc == 0 and 'urn:x:entity/' in out, '--base takes any absolute IRI', err)
for args in (('show', 'nobody-here'), ('neighbors', 'nobody-here'), ('path', 'nobody-here', 'ahmed-al-sharaa'),
             ('merge', 'nobody-here', 'ahmed-al-sharaa'), ('export', '-f', 'ttl', '--around', 'nobody-here')):
    rc, _, err = run(args[0], '--db', db, *args[1:], stdout=subprocess.DEVNULL)
    check(rc == 1 and 'nobody-here' in err, f'an unknown entity is the same usage error (1) in {args[0]}', err)

full.close()
shutil.rmtree(tmp, ignore_errors=True)
print(f'1..{n}')
sys.exit(1 if failed else 0)
