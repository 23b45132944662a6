#!/usr/bin/env python3
"""test_inputs.py - corpora as they are distributed, end to end: archives, compressed files,
WARC, feeds, JSON arrays and TREC/Gigaword files through the readers and through `rawabit`.

The binary fixtures (zip, tar.xz, .gz, .zst, .warc.gz) are built here, at run time, with
Python's standard library and the zstd tool (scripts/install-deps installs it), from the text
fixtures in fixtures/formats/; a zip member is corrupted on purpose and a .gz cut in half.

Usage: test_inputs.py RAWABIT DUMP_DOCS FIXTURES_DIR
"""
import gzip
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import tap  # noqa: E402
from tap import check  # noqa: E402

rawabit, dump_docs = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
fixtures = sys.argv[3]
formats = os.path.join(fixtures, 'formats')


def run(*args, cwd=None):
    p = subprocess.run(list(args), capture_output=True, text=True, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def docs_of(*paths, cwd=None):
    rc, out, err = run(dump_docs, *paths, cwd=cwd)
    return rc, [json.loads(line) for line in out.splitlines()], err


JSONL = ('{"id":"gz-1","date":"2024-01-02","text":"التقى الرئيس الفرنسي إيمانويل ماكرون '
         'المستشار الألماني أولاف شولتس في باريس."}\n'
         '{broken line\n'
         '{"id":"gz-3","date":"2024-01-03","text":"زار وزير الخارجية الروسي سيرغي لافروف أنقرة."}\n')
BROKEN_TEXT = 'هذا النص سيتلف داخل الأرشيف. ' * 20

tmp = tempfile.mkdtemp(prefix='rw-inputs-')
try:
    # ---- building the containers ----
    src = lambda name: os.path.join(formats, name)  # noqa: E731
    with open(os.path.join(tmp, 'day.jsonl.gz'), 'wb') as f:
        f.write(gzip.compress(JSONL.encode()))
    random.seed(14)
    many = ''.join(json.dumps({'id': f'l{i}', 'date': '2024-01-02',
                               'text': ' '.join(str(random.random()) for _ in range(6))}) + '\n'
                   for i in range(3000))
    full = gzip.compress(many.encode())
    with open(os.path.join(tmp, 'cut.jsonl.gz'), 'wb') as f:
        f.write(full[:len(full) // 2])
    zpath = os.path.join(tmp, 'corpus.zip')
    with zipfile.ZipFile(zpath, 'w') as z:
        z.writestr('news/a.html', '<html><head><title>خبر</title><meta property="article:published_time" '
                   'content="2024-02-01"></head><body><article><p>استقبل العاهل المغربي الملك محمد '
                   'السادس في الرباط الرئيس الموريتاني محمد ولد الغزواني.</p></article></body></html>')
        z.writestr('news/b.jsonl', JSONL)
        z.writestr('news/README', 'not an article')
        z.writestr('news/.hidden.txt', 'مخفي')
        z.writestr('broken.txt', BROKEN_TEXT, compress_type=zipfile.ZIP_STORED)
        z.write(src('gigaword.sgml'), 'giga/afp_arb200506')
        z.writestr('c.txt', 'التقى رئيس الوزراء البريطاني نظيره الهندي في لندن.')
    data = bytearray(open(zpath, 'rb').read())
    at = data.find(BROKEN_TEXT.encode())
    data[at + 10] ^= 0xFF  # the stored member's CRC no longer matches
    open(zpath, 'wb').write(bytes(data))
    with tarfile.open(os.path.join(tmp, 'dump.tar.xz'), 'w:xz') as t:
        t.add(src('feed-rss.xml'), 'feeds/rss.xml')
        t.add(src('articles.json'), 'a/articles.json')
    records = open(src('crawl.warc'), 'rb').read().split(b'WARC/1.0\r\n')[1:]
    with open(os.path.join(tmp, 'crawl.warc.gz'), 'wb') as f:  # one gzip member a record
        f.write(b''.join(gzip.compress(b'WARC/1.0\r\n' + r) for r in records))
    with open(os.path.join(tmp, 'afp_arb200506.gz'), 'wb') as f:  # Gigaword: no extension inside
        f.write(gzip.compress(open(src('gigaword.sgml'), 'rb').read()))
    have_zstd = shutil.which('zstd') is not None
    if have_zstd:
        subprocess.run(['zstd', '-q', '-f', src('articles.json'), '-o',
                        os.path.join(tmp, 'day.json.zst')], check=True)
    else:
        print('# zstd is not installed (scripts/install-deps installs it): .zst not tested',
              file=sys.stderr)
    inside = lambda name: os.path.join(tmp, name)  # noqa: E731

    # ---- archives: every member in order, the broken ones named, the rest in ----
    rc, docs, err = docs_of(inside('corpus.zip'))
    ids = [d['id'] for d in docs]
    check(rc == 2, 'zip with a broken member: exit 2', err)
    check(ids == ['corpus.zip/news/a.html', 'gz-1', 'gz-3', 'AFP_ARB_20050612.0001',
                  'AFP_ARB_20050613.0003', 'corpus.zip/c.txt'],
          'zip: the members in order, README and hidden ones skipped, the rest read', ids)
    check(f'{inside("corpus.zip")}/news/b.jsonl:2: error: not JSON' in err,
          'zip: a bad line is named by archive, member and line', err)
    check(f'{inside("corpus.zip")}/broken.txt:0: error: member cannot be read' in err and 'CRC' in err,
          'zip: the corrupt member is named and said why', err)
    check(f'{inside("corpus.zip")}/giga/afp_arb200506:18: error: <DOC> without <TEXT>' in err,
          'zip: an extensionless Gigaword member is sniffed as TREC', err)

    rc, docs, err = docs_of(inside('day.jsonl.gz'))
    check(rc == 2 and [d['id'] for d in docs] == ['gz-1', 'gz-3'] and 'day.jsonl.gz:2: error' in err,
          '.jsonl.gz: read as JSONL, its bad line named with the .gz file', err)
    rc, docs, err = docs_of(inside('cut.jsonl.gz'))
    check(rc == 2 and 'cut short' in err and 1000 < len(docs) < 3000
          and docs[0]['id'] == 'l0' and docs[-1]['id'] == f'l{len(docs) - 1}',
          'truncated .gz: reported, and the articles before the cut read', f'{len(docs)} docs\n{err}')
    rc, docs, err = docs_of(inside('dump.tar.xz'))
    check([d['source'].split(':')[0] for d in docs][:1] == [inside('dump.tar.xz') + '/feeds/rss.xml']
          and len(docs) == 5, '.tar.xz: the feed and the JSON array inside read', err)
    check(f'{inside("dump.tar.xz")}/a/articles.json:7: error: no article text' in err,
          '.tar.xz: a member\'s problem named by archive, member and line', err)
    rc, docs, err = docs_of(inside('afp_arb200506.gz'))
    check([d['id'] for d in docs] == ['AFP_ARB_20050612.0001', 'AFP_ARB_20050613.0003'],
          'a Gigaword .gz (no extension inside): sniffed as TREC', err)
    if have_zstd:
        rc, docs, err = docs_of(inside('day.json.zst'))
        check([d['id'] for d in docs] == ['arr-1', 'day.json.zst:5'] and rc == 2,
              '.json.zst: a JSON array, decompressed', err)

    # ---- WARC: pages in, other records counted ----
    rc, docs, err = docs_of(inside('crawl.warc.gz'))
    check([d['id'] for d in docs] == ['https://warc.example.org/news/1', 'https://warc.example.org/news/2'],
          '.warc.gz: the two HTML pages, by target URI', err)
    check(len(docs) == 2 and docs[0]['date'] == '2024-06-01' and docs[1]['date'] == '2023-12-01',
          'warc: WARC-Date only when the page has no date of its own', docs)
    check('2 of 7 WARC records read as pages; skipped 3 that are not responses' in err
          and 'and 2 that are not HTML pages' in err, 'warc: the skipped records counted', err)
    check(rc == 0, 'warc: skipped records are not bad input', err)

    # A crawl larger than the chunks it is decompressed in: records cross chunk boundaries.
    def record(i):
        body = ('<html><body><article><p>' + f'خبر رقم {i}. ' * 900 + '</p></article></body></html>').encode()
        block = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' + body
        head = (f'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://big.example/{i}\r\n'
                f'WARC-Date: 2024-07-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n'
                f'Content-Length: {len(block)}\r\n\r\n').encode()
        return gzip.compress(head + block + b'\r\n\r\n')
    big = b''.join(record(i) for i in range(40))
    with open(inside('big.warc.gz'), 'wb') as f:
        f.write(big)
    rc, docs, err = docs_of(inside('big.warc.gz'))
    check(rc == 0 and [d['id'] for d in docs] == [f'https://big.example/{i}' for i in range(40)]
          and all(d['text'].count('خبر رقم') == 900 for d in docs),
          'a .warc.gz of 40 records of 16 KB: streamed, every record whole', err)
    with open(inside('cut.warc.gz'), 'wb') as f:
        f.write(big[:len(big) * 3 // 4])
    rc, docs, err = docs_of(inside('cut.warc.gz'))
    check(rc == 2 and 20 < len(docs) < 40 and 'cut short' in err,
          'a .warc.gz cut short: the records before the cut read, the cut reported',
          f'{len(docs)} docs\n{err}')

    # ---- feeds: entities and CDATA ----
    rc, docs, err = docs_of(src('feed-rss.xml'))
    check(len(docs) == 3 and docs[0]['title'] == 'السيسي يستقبل ملك الأردن & ولي عهده'
          and '& ولي العهد' in docs[0]['text'] and '«بشكل معمق»' in docs[0]['text']
          and 'شارك الخبر' not in docs[0]['text'],
          'rss: CDATA content:encoded through the HTML reader (entities decoded, share box dropped)',
          docs[:1])
    check(len(docs) == 3 and docs[0]['date'] == '2024-03-12' and docs[1]['date'] == '2024-02-03',
          'rss: RFC 822 dates, the day as written', docs)
    check(len(docs) == 3 and 'بوتين & بحثا' in docs[1]['text'],
          'rss: entity-escaped HTML description decoded once as XML and once as HTML', docs[1:2])
    check(len(docs) == 3 and docs[2]['text'] == docs[2]['title'],
          'rss: an item without body is its headline', docs[2:])
    rc, docs, err = docs_of(src('feed-atom.xml'))
    check(len(docs) == 2 and docs[0]['title'] == 'ماكرون & شولتس' and docs[0]['date'] == '2024-04-01'
          and 'نص عادي فيه <علامة>' in docs[1]['text'],
          'atom: html title decoded, published date, text content kept literal', docs)

    # ---- rawabit itself: exit codes, formats named in --help ----
    rc, out, err = run(rawabit, 'extract', inside('corpus.zip'))
    check(rc == 2 and '"doc":"corpus.zip/news/a.html"' in out and 'broken.txt' in err,
          'rawabit extract on a zip with a broken member: 2, the good members\' facts out', err)
    db = os.path.join(tmp, 'all.db')
    rc, out, err = run(rawabit, 'ingest', '--db', db, tmp)
    con = sqlite3.connect(db)
    stored = {r[0] for r in con.execute('SELECT id FROM documents')}
    con.close()
    want = {'gz-1', 'gz-3', 'https://warc.example.org/news/1', 'AFP_ARB_20050612.0001', 'arr-1',
            'https://news.example.org/2024/03/12/visit', 'l0'}
    check(rc == 2 and want <= stored, 'rawabit ingest of a folder of containers: all formats in, 2',
          f'{sorted(want - stored)}\n{err}')
    rc, out, _ = run(rawabit, 'ingest', '--help')
    check(all(w in out for w in ('zip', 'tar', '.gz', '.zst', 'WARC', 'RSS', 'Atom', 'TREC',
                                 'Gigaword', '.json')), 'ingest --help names the formats', out)

    # ---- stable ids: the same corpus from two places, the same ids and IRIs ----
    here = os.path.join(tmp, 'one', 'corpus')
    there = os.path.join(tmp, 'two', 'deeper', 'corpus')
    for d in (here, there):
        shutil.copytree(formats, d)
        shutil.copy(inside('corpus.zip'), d)
        shutil.copy(os.path.join(fixtures, 'tree', 'b-page.htm'), d)
    graphs = []
    for i, (cwd, arg) in enumerate(((os.path.join(tmp, 'one'), 'corpus'), (tmp, there + '/'))):
        dbi = os.path.join(tmp, f'ids{i}.db')
        run(rawabit, 'ingest', '-q', '--db', dbi, arg, cwd=cwd)
        con = sqlite3.connect(dbi)
        graphs.append(sorted(r[0] for r in con.execute('SELECT id FROM documents')))
        con.close()
        rc, nt, err = run(rawabit, 'export', '--db', dbi, '--format', 'nt')
        graphs.append(nt)
    check(graphs[0] == graphs[2] and 'corpus/b-page.htm' in graphs[0]
          and 'corpus/corpus.zip/c.txt' in graphs[0],
          'ingested from two directories: the same document ids', f'{graphs[0]}\n{graphs[2]}')
    check(graphs[1] == graphs[3] and graphs[1] and tmp not in graphs[1],
          'ingested from two directories: the same RDF, no path of this machine in it')
finally:
    shutil.rmtree(tmp, ignore_errors=True)

tap.done()
