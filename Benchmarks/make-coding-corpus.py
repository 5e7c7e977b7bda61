#!/usr/bin/env python3
"""Builds the coding benchmark corpus: the sentences of PETRARCH-2's validation
records and GigaWord sample (../shared/petrarch, MIT licence) plus dyad's own
example article, as JSON Lines documents of a few sentences each, repeated
until the corpus holds at least the requested number of sentences.

usage: make-coding-corpus.py SHARED_DIR OUT.jsonl [MIN_SENTENCES]
"""
import html
import json
import os
import re
import sys

shared, out = sys.argv[1], sys.argv[2]
minimum = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
here = os.path.dirname(os.path.abspath(__file__))

sentences = []
for rel in ("petrarch/validate/PETR.UnitTest.records.xml", "petrarch/text/GigaWord.sample.PETR.xml"):
    text = open(os.path.join(shared, rel), encoding="utf-8").read()
    for m in re.finditer(r"<Text>(.*?)</Text>", text, re.S):
        s = " ".join(html.unescape(m.group(1)).split())
        if s:
            sentences.append(s)
example = open(os.path.join(here, "..", "examples", "border-talks.txt"), encoding="utf-8").read()
paragraphs = [p.strip() for p in example.split("\n\n")[1:] if p.strip()]
sentences += paragraphs

docs = 0
count = 0
with open(out, "w", encoding="utf-8") as f:
    while count < minimum:
        for i in range(0, len(sentences), 4):
            chunk = sentences[i:i + 4]
            f.write(json.dumps({"id": f"bench-{docs}", "date": "2018-04-24", "text": "\n\n".join(chunk)}) + "\n")
            docs += 1
            count += len(chunk)
print(f"{docs} documents, about {count} sentences (source sentences: {len(sentences)})", file=sys.stderr)
