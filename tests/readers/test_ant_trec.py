#!/usr/bin/env python3
"""test_ant_trec.py - the ANT corpus read from its TREC files gives what its JSONL copy gives.

ANT (../shared/corpora/ant, 10,161 articles of Jawhara FM) ships as one TREC-style <DOC> file an
article, in nine category folders; ant.jsonl beside them is a conversion of the same articles.
Reading the folders must deliver the same documents (ids, titles, dates, URLs, texts: compared
through dump_docs) and `rawabit extract` must print the same entities and facts (compared as
sorted lines: the order of the articles differs).

Usage: test_ant_trec.py RAWABIT DUMP_DOCS SOURCE_ROOT
The corpus is SOURCE_ROOT/../shared/corpora/ant (or $RAWABIT_ANT_DIR). When it is absent the
test says so and is skipped.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import tap  # noqa: E402
from tap import check  # noqa: E402

rawabit, dump_docs, root = sys.argv[1], sys.argv[2], sys.argv[3]
ant = os.environ.get('RAWABIT_ANT_DIR') or os.path.join(root, '..', 'shared', 'corpora', 'ant')
jsonl = os.path.join(ant, 'ant.jsonl')
tap.skip_unless(jsonl, 'this test needs the ANT corpus, its TREC files and ant.jsonl (set RAWABIT_ANT_DIR)')

folders = sorted(os.path.join(ant, d) for d in os.listdir(ant) if os.path.isdir(os.path.join(ant, d)))


def run(*args):
    p = subprocess.run(list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def documents(*paths):
    rc, out, err = run(dump_docs, *paths)
    docs = {}
    for line in out.splitlines():
        d = json.loads(line)
        docs[d['id']] = (d['title'], d['date'], d['url'], d['text'])
    return docs, len(out.splitlines()), err


trec, trec_n, trec_err = documents(*folders)
copy, copy_n, copy_err = documents(jsonl)
check(len(folders) == 9 and trec_n == len(trec), 'nine folders, no document id twice',
      f'{len(folders)} folders, {trec_n} documents, {len(trec)} ids')
check(set(trec) == set(copy), f'the same document ids ({len(trec)} from TREC, {len(copy)} from JSONL)',
      f'only TREC: {sorted(set(trec) - set(copy))[:5]}\nonly JSONL: {sorted(set(copy) - set(trec))[:5]}')
fields = ('title', 'date', 'url', 'text')
for k, field in enumerate(fields):
    differ = [i for i in trec if i in copy and trec[i][k] != copy[i][k]]
    check(not differ, f'the same {field} for every document',
          '\n'.join(f'{i}: {trec[i][k]!r:.120} vs {copy[i][k]!r:.120}' for i in differ[:5]))
# Both copies hold the same 23 articles without text, each reported as such.
empty_trec = trec_err.count('empty <TEXT>')
empty_copy = copy_err.count('no article text')
check(empty_trec == empty_copy and empty_trec + len(trec) == 10161,
      f'all 10,161 articles accounted for ({empty_trec} without text, reported, in both)',
      f'{empty_trec} vs {empty_copy}')

rc1, facts_trec, _ = run(rawabit, 'extract', '-q', *folders)
rc2, facts_copy, _ = run(rawabit, 'extract', '-q', jsonl)
a, b = sorted(facts_trec.splitlines()), sorted(facts_copy.splitlines())
check(a == b and len(a) > 1000, f'rawabit extract: the same {len(a)} entity and fact lines',
      '\n'.join(sorted(set(a) ^ set(b))[:6]))
tap.done()
