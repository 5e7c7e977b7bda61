#!/usr/bin/env python3
"""Why dyad misses what the Wikinews gold codes: failure classes, counted.

Codes one split of the articles in evaluation/gold/wikinews-gold.jsonl with
`dyad code --explain` and `dyad code`, then counts

- among gold sentences with an event where dyad coded none ("silent"), what the
  explanation says of their clauses: a pattern matched but no source actor was
  found; a verb has patterns but none matched its clause; no verb has a pattern;
- among gold dyads dyad got the type of but not the dyad, whether the source
  country, the target country or both were wrong (a missing target counts as
  wrong).

    scripts/failure-classes.py [--split dev|test] [--dyad PATH] [--examples N]
"""
import argparse
import collections
import json
import re

import wikinews_gold as wg


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    wg.add_arguments(ap)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    gold, docs = wg.load(args.split, args.corpus)
    explain = wg.code(args.dyad, docs, gold, "--explain")
    events = [json.loads(l) for l in wg.code(args.dyad, docs, gold).splitlines()]

    # Explanation blocks per document: (sentence text, lines).
    blocks = collections.defaultdict(list)
    doc, current = None, None
    for line in explain.splitlines():
        m = re.match(r"^== (\S+) ", line)
        if m:
            doc = m.group(1)
            continue
        m = re.match(r"^\[(\d+)\] (.*)$", line)
        if m:
            current = [m.group(2), []]
            blocks[doc].append(current)
        elif current is not None:
            current[1].append(line.strip())

    coded = collections.defaultdict(list)
    for e in events:
        if "title" in e["flags"]:
            continue
        at = e["verb"]["span"][0]
        for g in gold:
            if g["doc"] == e["doc_id"] and g["span"][0] <= at < g["span"][1]:
                coded[(g["doc"], g["n"])].append(e)
                break

    silent = collections.Counter()
    examples = collections.defaultdict(list)
    sides = collections.Counter()
    for g in gold:
        if not g["gold"]:
            continue
        text = docs[g["doc"]]["text"][g["span"][0]:g["span"][1]]
        mine = coded[(g["doc"], g["n"])]
        if not mine:
            lines = [l for b in blocks[g["doc"]] if b[0][:40] in text or text[:40] in b[0] for l in b[1]]
            outcomes = [l[2:] for l in lines if l.startswith("→")]
            if any("no source actor" in o for o in outcomes):
                why = "a pattern matched, but no source actor"
            elif any("no pattern of" in o for o in outcomes):
                why = "a verb has patterns, none matched its clause"
            elif any(o.startswith("no pattern for") for o in outcomes):
                why = "no verb of the sentence has a pattern"
            elif not outcomes:
                why = "no verb found"
            else:
                why = "other: " + outcomes[0][:40]
            silent[why] += 1
            examples[why].append(text[:140])
            continue
        got = {(e["cameo"][:2], e["source"]["country"], (e.get("target") or {}).get("country", "")) for e in mine}
        for ev in g["gold"]:
            root = ev["cameo"][:2]
            pairs = {(wg.country(s), wg.country(t)) for s in ev["source"] or [""] for t in ev["target"] or [""]}
            same_type = [k for k in got if k[0] == root]
            if not same_type or any((k[1], k[2]) in pairs for k in same_type):
                continue
            src_ok = any(k[1] in {p[0] for p in pairs} for k in same_type)
            tgt_ok = any(k[2] in {p[1] for p in pairs} for k in same_type)
            sides["target wrong or missing" if src_ok else "source wrong" if tgt_ok else "both wrong"] += 1

    with_events = sum(1 for g in gold if g["gold"])
    print(f"split {args.split}: {with_events} gold sentences with an event, {sum(silent.values())} silent")
    for why, n in silent.most_common():
        print(f"  {n:4d}  {why}")
        for ex in examples[why][:args.examples]:
            print(f"          {ex}")
    print("gold events dyad has the type of but not the dyad:")
    for why, n in sides.most_common():
        print(f"  {n:4d}  {why}")


if __name__ == "__main__":
    main()
