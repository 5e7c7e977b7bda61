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
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "REB", "SEP", "UAF", "PKO", "CRM", "CVL",
           "REF", "MED", "BUS", "EDU", "HLH", "LAB", "AGR", "ENV", "HRI", "NGO", "REL", "ELI", "INS", "MOD", "RAD"}


def country(code):
    return "" if len(code) == 3 and code in SECTORS else code[:3]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--dyad", default=os.path.join(ROOT, ".build", "debug", "dyad"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "dev", "wikinews.jsonl"))
    args = ap.parse_args()

    gold = [json.loads(l) for l in open(os.path.join(ROOT, "evaluation", "gold", "wikinews-gold.jsonl"))]
    gold = [g for g in gold if g["split"] == args.split]
    docs = {}
    for line in open(args.corpus, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
    wanted = sorted({g["doc"] for g in gold})
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i in wanted:
            f.write(json.dumps(docs[i]) + "\n")
        path = f.name
    out = subprocess.run([args.dyad, "code", path], capture_output=True, text=True, check=True).stdout
    os.unlink(path)

    sentences = {}
    for g in gold:
        dyads = set()
        for e in g["gold"]:
            root = e["cameo"][:2]
            for s in e["source"] or [""]:
                for t in e["target"] or [""]:
                    dyads.add((root, country(s), country(t)))
        sentences.setdefault(g["doc"], []).append((g["span"], dyads))

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
