#!/usr/bin/env python3
"""Reliability of dyad's event confidence on the Wikinews gold.

Codes the articles of one split of evaluation/gold/wikinews-gold.jsonl with a
dyad binary, scores every event whose verb lies in a gold sentence as right
when its CAMEO root, source country and target country are one of the gold
dyads of that sentence (what `dyad eval` calls a dyad), and prints, per band of
confidence, how many events fall in it, their mean confidence and the share
that is right. A calibrated confidence has the two columns close.

    scripts/confidence-reliability.py [--split dev|test] [--dyad PATH]
"""
import argparse
import json

import wikinews_gold as wg


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    wg.add_arguments(ap)
    args = ap.parse_args()
    gold, docs = wg.load(args.split, args.corpus)
    out = wg.code(args.dyad, docs, gold)
    sentences = {}
    for g in gold:
        sentences.setdefault(g["doc"], []).append((g["span"], wg.gold_dyads(g)))

    scored = []
    for line in out.splitlines():
        e = json.loads(line)
        if "title" in e["flags"] or e.get("confidence") is None:
            continue
        at = e["verb"]["span"][0]
        hit = next((d for (s, d) in sentences.get(e["doc_id"], []) if s[0] <= at < s[1]), None)
        if hit is None:
            continue
        key = (e["cameo"][:2], e["source"]["country"], (e.get("target") or {}).get("country", ""))
        scored.append((e["confidence"], key in hit))

    bands = [(0.0, 0.2), (0.2, 0.3), (0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 1.01)]
    print(f"split {args.split}: {len(scored)} events in gold sentences")
    print("confidence   events  mean conf.  right")
    for lo, hi in bands:
        inside = [(c, ok) for (c, ok) in scored if lo <= c < hi]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        right = sum(1 for _, ok in inside if ok) / len(inside)
        print(f"{lo:.1f}–{min(hi, 1.0):.1f}   {len(inside):6d}  {mean:10.2f}  {right:5.2f}")
    for threshold in (0.3, 0.4, 0.5):
        kept = [ok for (c, ok) in scored if c >= threshold]
        if kept:
            print(f"--min-confidence {threshold}: keeps {len(kept)} events, {sum(kept) / len(kept):.2f} right")


if __name__ == "__main__":
    main()
