"""Shared by the scripts that score dyad on the Wikinews gold
(evaluation/gold/wikinews-gold.jsonl): reading the gold and the corpus, coding
the articles of a split with a dyad binary, and the country an actor code
scores as."""
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DYAD = os.path.join(ROOT, ".build", "debug", "dyad")
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "dev", "wikinews.jsonl")
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "REB", "SEP", "UAF", "PKO", "CRM", "CVL",
           "REF", "MED", "BUS", "EDU", "HLH", "LAB", "AGR", "ENV", "HRI", "NGO", "REL", "ELI", "INS", "MOD", "RAD"}


def country(code):
    """The country an actor code scores as: its first three letters, none for a bare sector."""
    return "" if len(code) == 3 and code in SECTORS else code[:3]


def add_arguments(parser):
    parser.add_argument("--split", default="dev")
    parser.add_argument("--dyad", default=DEFAULT_DYAD)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)


def load(split, corpus):
    """The gold sentences of `split` and the corpus articles by id."""
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "evaluation", "gold", "wikinews-gold.jsonl"))]
    docs = {}
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        docs[d["id"]] = d
    return [g for g in gold if g["split"] == split], docs


def code(dyad, docs, gold, *options):
    """`dyad code` (with `options`) on the articles the gold sentences name: its stdout."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i in sorted({g["doc"] for g in gold}):
            f.write(json.dumps(docs[i]) + "\n")
        path = f.name
    try:
        return subprocess.run([dyad, "code", path, *options], capture_output=True, text=True).stdout
    finally:
        os.unlink(path)


def gold_dyads(g):
    """The (root, source country, target country) items of one gold sentence."""
    items = set()
    for e in g["gold"]:
        for s in e["source"] or [""]:
            for t in e["target"] or [""]:
                items.add((e["cameo"][:2], country(s), country(t)))
    return items
