#!/usr/bin/env python3
"""Scores events (docs/merging.md) against annotated meetings: how many events each real meeting
became, and how many events fused reports of different meetings.

    events_score.py GOLD.jsonl EXPORT.jsonl [--json OUT] [--show]

GOLD holds one line per real meeting or call: {"kind": "meeting", "id", "rel", "date", "place",
"reports": [{"doc", "participants", "evidence"}]}, a report being a sentence of an article that
tells of it (its first words) and the actors it names. EXPORT is `rawabit export -f jsonl` of a
database holding those articles. A fact reports a gold report when its relation, article and
sentence match and its subject and object are both among the report's participants.

Figures: `meetings` (gold meetings with at least one report found), `events_per_meeting` (the
mean number of distinct events their found reports are in; 1.0 is the aim), `split` (meetings
found in two or more events), `fused` (events holding reports of two or more gold meetings; 0 is
the aim), `reports_found` out of `reports`.
"""
import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('gold')
    ap.add_argument('export')
    ap.add_argument('--json')
    ap.add_argument('--show', action='store_true')
    args = ap.parse_args()
    gold = [json.loads(l) for l in open(args.gold, encoding='utf-8') if l.strip()]
    facts = []
    for line in open(args.export, encoding='utf-8'):
        d = json.loads(line)
        if d.get('type') == 'fact' and d.get('event'):
            facts.append(d)
    by_doc = {}
    for f in facts:
        by_doc.setdefault(f['doc'], []).append(f)

    meeting_of_event = {}
    n_reports = found = split = 0
    per_meeting = []
    for m in gold:
        events = set()
        for r in m['reports']:
            n_reports += 1
            parts = set(r['participants'])
            hit = [f for f in by_doc.get(r['doc'], [])
                   if f['rel'] == m['rel'] and f['evidence'].startswith(r['evidence'])
                   and f['subj'] in parts and f.get('obj') in parts]
            if hit:
                found += 1
            for f in hit:
                events.add(f['event'])
        if not events:
            if args.show:
                print(f"not found {m['id']}")
            continue
        per_meeting.append(len(events))
        if len(events) > 1:
            split += 1
            if args.show:
                print(f"split {m['id']} into {len(events)} events: {' '.join(sorted(events))}")
        for e in events:
            meeting_of_event.setdefault(e, set()).add(m['id'])
    fused = sorted(e for e, ms in meeting_of_event.items() if len(ms) > 1)
    if args.show:
        for e in fused:
            print(f"fused {e}: {' '.join(sorted(meeting_of_event[e]))}")
    s = {
        'meetings': len(per_meeting),
        'events_per_meeting': sum(per_meeting) / len(per_meeting) if per_meeting else 0.0,
        'split': split,
        'fused': len(fused),
        'reports': n_reports,
        'reports_found': found,
    }
    print(f"events: {s['meetings']} meetings, {s['events_per_meeting']:.2f} events each "
          f"({s['split']} split), {s['fused']} fused; reports found {found}/{n_reports}")
    if args.json:
        with open(args.json, 'w') as out:
            json.dump(s, out, sort_keys=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
