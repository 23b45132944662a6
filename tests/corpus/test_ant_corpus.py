#!/usr/bin/env python3
"""test_ant_corpus.py - the whole ANT corpus through `rawabit ingest`: sanity of the persons.

After ingesting all 10,161 articles of the ANT corpus (../shared/corpora/ant, real news of
Jawhara FM, Tunisia), none of the 100 persons with most facts may be a place, a body, or one of
the words of never_persons.txt, nor look like a word with a glued preposition or the article after
و. A user sees those first in `rawabit entities` and in every diagram. No person at all, however
few its facts, may be one of the words of never_persons.txt.

Usage: test_ant_corpus.py RAWABIT SOURCE_ROOT
The corpus is read from SOURCE_ROOT/../shared/corpora/ant/ant.jsonl (or $RAWABIT_ANT). When it
is absent the test says so and is skipped: it needs the whole corpus.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import tap  # noqa: E402
from tap import check  # noqa: E402

rawabit, root = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
corpus = os.environ.get('RAWABIT_ANT') or os.path.join(root, '..', 'shared', 'corpora', 'ant', 'ant.jsonl')
tap.skip_unless(corpus, 'this test needs the whole ANT corpus (set RAWABIT_ANT)')



DIAC = re.compile('[\u064B-\u0652\u0670\u0640]')


def fold(s):
    s = DIAC.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
    return ' '.join(s.split())


never = set()
with open(os.path.join(here, 'never_persons.txt'), encoding='utf-8') as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith('#'):
            never.add(fold(line))

# Places and organisations the lexicons know: no person may be named like one.
data = os.environ.get('RAWABIT_DATA') or os.path.join(root, 'data')
known = {}
with open(os.path.join(data, 'places.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        cols = line.rstrip('\n').split('\t')
        for name in cols[5].split('|') if len(cols) > 5 else []:
            known[fold(name)] = 'a place'
with open(os.path.join(data, 'actors.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or not line.strip():
            continue
        cols = line.rstrip('\n').split('\t')
        if len(cols) > 4 and cols[1] == 'org':
            for name in cols[4].split('|'):
                known[fold(name)] = 'an organisation'

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'ant.db')
    p = subprocess.run([rawabit, 'ingest', '-q', '--db', db, corpus], capture_output=True, text=True)
    check(p.returncode in (0, 2), f'rawabit ingest reads the whole corpus (exit {p.returncode})',
          p.stderr[-2000:])
    p = subprocess.run([rawabit, 'entities', '--db', db, '--kind', 'person', '--limit', '100'],
                       capture_output=True, text=True)
    check(p.returncode == 0, 'rawabit entities lists the persons', p.stderr)
    rows = [line.split('\t') for line in p.stdout.splitlines() if line.strip()]
    check(len(rows) == 100, f'100 persons listed ({len(rows)})')
    for rank, row in enumerate(rows, 1):
        if rank <= 25:
            print(f'# {rank:3} {row[2]:>4} facts  {row[4]}  ({row[3]})')
    bad = []
    for row in rows:
        label = row[4]
        f = fold(label)
        words = f.split()
        why = None
        if f in never:
            why = 'a word that must never be a person (never_persons.txt)'
        elif f in known:
            why = known[f]
        elif words and (words[0].startswith('لل') or words[0].startswith('بال') or
                        words[0].startswith('وال')):
            why = 'a word with a glued preposition or و and the article'
        elif any(w in never for w in words) and len(words) == 1:
            why = 'a word of never_persons.txt'
        if why:
            bad.append(f'{label} ({row[2]} facts): {why}')
    check(not bad, 'none of the 100 persons with most facts is a place, a body or a common word',
          '\n'.join(bad))
    # And no person at all, however few its facts, is one of the words of never_persons.txt.
    p = subprocess.run([rawabit, 'entities', '--db', db, '--kind', 'person', '--limit', '1000000'],
                       capture_output=True, text=True)
    labels = [line.split('\t')[4] for line in p.stdout.splitlines() if line.count('\t') >= 4]
    check(p.returncode == 0 and len(labels) > 1000, f'rawabit entities lists every person ({len(labels)})', p.stderr)
    never_found = sorted({label for label in labels if fold(label) in never})
    check(not never_found, 'no person of the whole corpus is a word of never_persons.txt',
          '\n'.join(never_found))

tap.done()
