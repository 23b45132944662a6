#!/usr/bin/env python3
"""Evaluation against the gold annotations of the sample articles (TAP, for `meson test`).

Runs dump_extraction --jsonl on the sample articles listed in seeds.docs.tsv (paths relative to
the gold directory) with their dates, scores the
output with tests/gold/score.py and checks the targets: met F1 >= 0.9, place and date of the
found meetings >= 0.9, no planned meeting reported as held, no phone call reported as a meeting.
Usage: eval_gold.py DUMP_EXTRACTION GOLD_DIR
"""
import json, os, subprocess, sys, tempfile

dump, gold = sys.argv[1], sys.argv[2]
args = [dump, '--jsonl']
with open(os.path.join(gold, 'seeds.docs.tsv'), encoding='utf-8') as f:
    for line in f.read().splitlines()[1:]:
        doc, path, _about, date = (line.split('\t') + [''] * 4)[:4]
        if date:
            args += ['--date', date]
        args.append(os.path.normpath(os.path.join(gold, path)))
out = subprocess.run(args, capture_output=True, text=True)
checks = [(out.returncode == 0, 'dump_extraction runs: ' + out.stderr.strip())]
with tempfile.TemporaryDirectory() as tmp:
    sysf, res = os.path.join(tmp, 'sys.jsonl'), os.path.join(tmp, 'res.json')
    open(sysf, 'w', encoding='utf-8').write(out.stdout)
    sc = subprocess.run([sys.executable, os.path.join(gold, 'score.py'), '--json', res,
                         os.path.join(gold, 'seeds.gold.jsonl'), sysf], capture_output=True, text=True)
    for l in sc.stdout.splitlines():
        print('# ' + l)
    r = json.load(open(res)) if os.path.exists(res) else None
if r is None:
    checks.append((False, 'score.py ran: ' + sc.stderr.strip()))
else:
    m = r['met']
    checks += [
        (m['f1'] >= 0.9, 'met F1 %.3f >= 0.9 (P %.3f R %.3f)' % (m['f1'], m['p'], m['r'])),
        (r['met_place']['acc'] >= 0.9, 'met place %.2f >= 0.9' % r['met_place']['acc']),
        (r['met_date']['acc'] >= 0.9, 'met date %.2f >= 0.9' % r['met_date']['acc']),
        (r['planned_as_held'] == 0, 'no planned meeting reported as held (%d)' % r['planned_as_held']),
        (r['phoned']['fp'] == 0, 'no phone call where the gold has none (%d)' % r['phoned']['fp']),
        (r['overmerged'] == 0, 'no entity carries the names of two gold persons (%d)' % r['overmerged']),
    ]
for i, (ok, msg) in enumerate(checks, 1):
    print('%sok %d - %s' % ('' if ok else 'not ', i, msg))
print('1..%d' % len(checks))
sys.exit(0 if all(ok for ok, _ in checks) else 1)
