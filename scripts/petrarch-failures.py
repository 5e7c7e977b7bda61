#!/usr/bin/env python3
"""Groups `dyad validate` mismatches by cause, as a Markdown table.

usage: dyad validate FILE.xml [--use-parse] | scripts/petrarch-failures.py
"""
import re
import sys

text = sys.stdin.read()
blocks = re.findall(r'FAIL (\S+) \(line (\d+)(?:, (\w+))?\)\n  sentence: (.*)\n  expected: (.*)\n  actual:   (.*)(?:\n  note:     (.*))?', text)

def events(s):
    return set() if s == 'no events' else set(s.split('; '))

def cause(exp, act, note):
    E, A = events(exp), events(act)
    if note:
        return 'input'
    # `###` is TABARI's discard code, which PETRARCH (and dyad) read as no code.
    if any('###' in e for e in E):
        return 'uncodable-gold'
    if not A:
        return 'missed'
    if not E or E < A:
        return 'extra'
    if A < E:
        return 'compound'
    ecodes = {e.split(' ')[1] for e in E}
    acodes = {a.split(' ')[1] for a in A}
    epairs = {(e.split(' ')[0], e.split(' ')[2]) for e in E}
    apairs = {(a.split(' ')[0], a.split(' ')[2]) for a in A}
    if epairs == apairs:
        return 'code'
    if ecodes == acodes:
        return 'actors'
    return 'mixed'

rows = {}
for id, line, cat, sentence, exp, act, note in blocks:
    rows.setdefault(cause(exp, act, note), []).append((id, cat, exp, act))

order = ['missed', 'compound', 'actors', 'code', 'mixed', 'extra', 'uncodable-gold', 'input']
for k in order:
    if k not in rows:
        continue
    print(f'\n### {k} ({len(rows[k])})\n')
    print('| record | category | expected | dyad |')
    print('| --- | --- | --- | --- |')
    for id, cat, exp, act in rows[k]:
        print(f'| {id} | {cat} | {exp} | {act} |')
