#!/usr/bin/env python3
"""Sentence segmentation and article selection for dyad's Wikinews gold standard.

The gold standard (evaluation/gold/wikinews-*.jsonl) codes sentences of the
Wikinews development articles in ../shared/dev/wikinews.jsonl. It does not copy
their text: each gold sentence names its article and the character span
[start, end) of the sentence in the article's `text` (Unicode scalar offsets, the
same offsets dyad's event spans use). This script is the one segmentation both
the annotators and the scorer share, so a span always means the same sentence.

    scripts/wikinews-sentences.py --list                 # the 60 annotated articles and their split
    scripts/wikinews-sentences.py ARTICLE_ID             # numbered sentences with their spans
    scripts/wikinews-sentences.py ARTICLE_ID --json      # the same as JSON Lines

Selection: the articles are sorted by id and every second one (ids at even
positions 0, 2, 4, ...) is annotated, which spreads the 60 over the years and
topics. Split: of the annotated articles, every third (positions 2, 5, 8, ... in
that list) is the test split, scored only when reporting; the rest are dev.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "dev", "wikinews.jsonl")

# No split after these (lowercased, without the final period).
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov",
    "pres", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m",
    "e.g", "i.e", "rev", "hon", "adm", "cmdr", "gens", "sens", "reps", "ft", "mt", "messrs",
}

BOUNDARY = re.compile(r"""[.!?]["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])""")


def load(path=CORPUS):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def selected(articles):
    """The annotated articles, in id order, each with its split ("dev" or "test")."""
    ids = sorted(a["id"] for a in articles)
    chosen = ids[0::2]
    return [(i, "test" if n % 3 == 2 else "dev") for n, i in enumerate(chosen)]


def article_sentences(text):
    """[(start, end)] spans of the sentences of an article body, paragraph by paragraph."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        p_start, p = para.start(), para.group().rstrip()
        start = 0
        for m in BOUNDARY.finditer(p):
            cut = m.end()
            word = re.search(r"(\S+)[.!?]$", p[start:m.start() + 1])
            token = (word.group(1) if word else "").lower().lstrip("(\"'\u201c\u2018")
            if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
            out.append((p_start + start, p_start + cut))
            start = cut
            while start < len(p) and p[start].isspace():
                start += 1
        if start < len(p):
            out.append((p_start + start, p_start + len(p)))
    return out


def main(argv):
    articles = load()
    by_id = {a["id"]: a for a in articles}
    if len(argv) >= 1 and argv[0] == "--list":
        for i, split in selected(articles):
            n = len(article_sentences(by_id[i]["text"]))
            print(f"{split}\t{i}\t{by_id[i]['date']}\t{n} sentences")
        return 0
    if not argv or argv[0] not in by_id:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    a = by_id[argv[0]]
    as_json = "--json" in argv
    if not as_json:
        print(f"# {a['id']}  date {a['date']}\n# title: {a['title']}")
    for n, (s, e) in enumerate(article_sentences(a["text"])):
        if as_json:
            print(json.dumps({"doc": a["id"], "n": n, "span": [s, e], "text": a["text"][s:e]}, ensure_ascii=False))
        else:
            print(f"[{n}] {s}-{e}: {a['text'][s:e]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
