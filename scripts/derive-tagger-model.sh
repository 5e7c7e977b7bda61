#!/usr/bin/env bash
# Derives the part-of-speech tagger and lemma model in Sources/DyadSyntax/Model/
# from two openly licensed PyPI packages:
#
#   textblob 0.20.1    (MIT)  Brill tagger v1.14 lexicon, contextual rules and
#                             lexical (morphology) rules, with CMU Twitter POS
#                             words (CC-BY 3.0) added to the lexicon
#   lemminflect 0.2.3  (MIT)  lemma lookup table (lemma_lu.csv.gz) and
#                             inflection table (infl_lu.csv.gz), for lemmas and
#                             for the tags a word can take
#
# Usage: scripts/derive-tagger-model.sh
# Needs: bash, pip, python3, unzip. Writes only Sources/DyadSyntax/Model/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/Sources/DyadSyntax/Model"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "downloading wheels into $work"
python3 -m pip download --quiet --no-deps --dest "$work" textblob==0.20.1 lemminflect==0.2.3
(cd "$work" && unzip -q -o textblob-0.20.1-py3-none-any.whl && unzip -q -o lemminflect-0.2.3-py3-none-any.whl)

mkdir -p "$out"
python3 - "$work" "$out" <<'PY'
import gzip, os, re, sys

work, out = sys.argv[1], sys.argv[2]
en = os.path.join(work, "textblob", "en")

# Tags the tagger knows (PennTag), with the Brill spellings NP/NPS.
PENN = set("""NN NNS NNP NNPS VB VBD VBG VBN VBP VBZ MD JJ JJR JJS RB RBR RBS RP
IN TO DT PDT CC CD EX FW LS POS SYM UH PRP PRP$ WDT WP WP$ WRB
, . : `` '' ( ) $ #""".split())
RENAME = {"NP": "NNP", "NPS": "NNPS"}

def rule_lines(name):
    with open(os.path.join(en, name), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith(";;;"):
                yield line

# --- lexicon: word TAG, one tag (the most frequent) per word ------------------
kept = dropped = 0
with open(os.path.join(out, "lexicon.txt"), "w", encoding="utf-8") as f:
    for line in rule_lines("en-lexicon.txt"):
        parts = line.split(" ")
        if len(parts) != 2:
            dropped += 1; continue
        word, tag = parts
        tag = RENAME.get(tag, tag)
        junk = (
            tag not in PENN                                   # NN|JJ, ND, 1991) ...
            or (len(word) > 1 and word[0] in "#@")            # hashtags, user names
            or "http" in word.lower() or "www." in word.lower()
            or (len(word) > 1 and re.search(r"[A-Za-z0-9]", word)
                and re.search(r"(\.\.\.|``|'')$", word))      # "ability...", "Co.``"
            or (tag in ("SYM", "UH") and len(word) > 1
                and not re.search(r"[A-Za-z0-9]", word))      # emoticons
            or (tag in ("SYM",) and re.fullmatch(r"[:;=8xX][-o^']?[()DPp/\]\[]+", word))
        )
        if junk:
            dropped += 1; continue
        f.write(f"{word} {tag}\n"); kept += 1
print(f"lexicon: kept {kept}, dropped {dropped}")

# --- contextual and morphology rules: copied without comments ----------------
for src, dst in (("en-context.txt", "context-rules.txt"), ("en-morphology.txt", "morphology-rules.txt")):
    lines = list(rule_lines(src))
    with open(os.path.join(out, dst), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{dst}: {len(lines)} rules")

# --- lemmas: lowercase form -> lemma for verbs (V) and nouns (N) -------------
# lemma_lu rows are "form,upos,lemma[/lemma2]"; the first lemma is kept. Rows
# whose lemma equals the form are dropped (the lemmatizer returns the form
# unchanged when it finds nothing). A form whose verb and noun lemma agree is
# written once with class "VN".
lemmas = {"V": {}, "N": {}}
exact = {"V": set(), "N": set()}
with gzip.open(os.path.join(work, "lemminflect", "resources", "lemma_lu.csv.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split(",")
        if len(parts) != 3:
            continue
        form, upos, lemma = parts
        cls = {"verb": "V", "aux": "V", "noun": "N"}.get(upos)
        if cls is None or " " in form or "\t" in form:
            continue
        low, lem = form.lower(), lemma.split("/")[0].lower()
        if not lem or low == lem:
            continue
        # Prefer a row whose form is already lowercase over a capitalized one.
        if low in lemmas[cls] and (low in exact[cls] or form != low):
            continue
        lemmas[cls][low] = lem
        if form == low:
            exact[cls].add(low)
rows = []
for form in sorted(set(lemmas["V"]) | set(lemmas["N"])):
    v, n = lemmas["V"].get(form), lemmas["N"].get(form)
    if v is not None and v == n:
        rows.append(f"{form}\tVN\t{v}")
    else:
        if v is not None: rows.append(f"{form}\tV\t{v}")
        if n is not None: rows.append(f"{form}\tN\t{n}")
with open(os.path.join(out, "lemmas.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
print(f"lemmas.tsv: {len(rows)} rows ({len(lemmas['V'])} verb forms, {len(lemmas['N'])} noun forms)")

# --- tag sets: which open-class tags a lexicon word can take ------------------
# Brill's tagger lets a contextual rule move a known word only to a tag the
# word can have. textblob keeps one tag per word, so the possible tags come
# from lemminflect's tables instead: N noun, B base verb (VB, VBP), D past
# (VBD), P past participle (VBN), G gerund (VBG), Z 3rd person (VBZ),
# J adjective, R adverb. Only words of the lexicon are listed.
lexicon_lower = set()
with open(os.path.join(out, "lexicon.txt"), encoding="utf-8") as f:
    for line in f:
        lexicon_lower.add(line.split(" ", 1)[0].lower())
tagsets = {}
def mark(form, letters):
    low = form.lower()
    if low in lexicon_lower and " " not in low:
        tagsets.setdefault(low, set()).update(letters)
res = os.path.join(work, "lemminflect", "resources")
with gzip.open(os.path.join(res, "lemma_lu.csv.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split(",")
        if len(parts) != 3:
            continue
        letter = {"noun": "N", "adj": "J", "adv": "R"}.get(parts[1])
        if letter:
            mark(parts[0], letter)
with gzip.open(os.path.join(res, "infl_lu.csv.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split(",")
        if len(parts) != 6 or parts[1] != "verb":
            continue
        lemma, _, past, participle, gerund, third = parts
        mark(lemma, "B")
        for forms, letter in ((past, "D"), (participle or past, "P"), (gerund, "G"), (third, "Z")):
            for form in forms.split("/"):
                if form:
                    mark(form, letter)
# The auxiliaries lemminflect keeps apart.
for forms, letter in (("be am are have do", "B"), ("was were had did", "D"), ("been had done", "P"),
                      ("being having doing", "G"), ("is has does", "Z")):
    for form in forms.split():
        mark(form, letter)
order = "NBDPGZJR"
with open(os.path.join(out, "tagsets.tsv"), "w", encoding="utf-8") as f:
    for form in sorted(tagsets):
        f.write(form + "\t" + "".join(c for c in order if c in tagsets[form]) + "\n")
print(f"tagsets.tsv: {len(tagsets)} words")

# --- licence texts, copied from the wheels -----------------------------------
def header(name):
    with open(os.path.join(en, name), encoding="utf-8") as f:
        return "".join(l for l in f if l.startswith(";;;")).strip()
for name, text in (
    ("license-textblob.txt", open(os.path.join(work, "textblob-0.20.1.dist-info/licenses/LICENSE"), encoding="utf-8").read()),
    ("license-lemminflect.txt", open(os.path.join(work, "lemminflect-0.2.3.dist-info/LICENSE"), encoding="utf-8").read()),
    ("header-brill.txt", "\n\n".join(header(n) for n in ("en-lexicon.txt", "en-context.txt", "en-morphology.txt"))),
):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")
PY

# LICENSES.md: sources, licence texts and how the files were made.
textblob_license=$(cat "$work/license-textblob.txt")
lemminflect_license=$(cat "$work/license-lemminflect.txt")
brill_header=$(cat "$work/header-brill.txt")
cat > "$out/LICENSES.md" <<MD
# Tagger and lemma model: sources and licences

The files in this folder are derived data, written by \`scripts/derive-tagger-model.sh\`.
Do not edit them by hand; change the script and run it again.

| File | Source | Licence |
|------|--------|---------|
| lexicon.txt | textblob 0.20.1, \`textblob/en/en-lexicon.txt\` | MIT (Brill tagger v1.14); CC-BY 3.0 for the words added from CMU's Twitter POS data |
| context-rules.txt | textblob 0.20.1, \`textblob/en/en-context.txt\` | MIT (Brill tagger v1.14) |
| morphology-rules.txt | textblob 0.20.1, \`textblob/en/en-morphology.txt\` | MIT (Brill tagger v1.14) |
| lemmas.tsv | lemminflect 0.2.3, \`lemminflect/resources/lemma_lu.csv.gz\` | MIT |
| tagsets.tsv | lemminflect 0.2.3, \`lemma_lu.csv.gz\` and \`infl_lu.csv.gz\`, limited to words of lexicon.txt | MIT |

## How the files were derived

Both packages are fetched as wheels from PyPI with \`pip download --no-deps\`
(textblob==0.20.1, lemminflect==0.2.3) and unzipped in a temporary folder.

- **lexicon.txt** — one \`word TAG\` per line: the word's most frequent tag, as in
  textblob's copy of Brill's lexicon (which keeps one tag per word). Comment lines
  are removed, \`NP\`/\`NPS\` are renamed \`NNP\`/\`NNPS\`, and entries are dropped when
  the tag is not a single Penn Treebank tag (\`NN|JJ\`, \`ND\`, …), or the word is a
  hashtag or user name (\`#…\`, \`@…\`), a web address, a word glued to trailing
  dots or quotes (\`ability...\`), or an emoticon (a \`SYM\`/\`UH\` entry without
  letters or digits).
- **context-rules.txt**, **morphology-rules.txt** — the rule files with their comment
  header removed; rule order (which matters) is kept.
- **lemmas.tsv** — \`form<TAB>class<TAB>lemma\`, class \`V\` (verb and auxiliary rows),
  \`N\` (noun rows) or \`VN\` (both, same lemma). Forms and lemmas are lowercased;
  where the table gives alternatives (\`leave/leaf\`) the first is kept; rows whose
  lemma equals the form are dropped.
- **tagsets.tsv** — \`form<TAB>letters\`: the open-class tags a lowercase word of
  lexicon.txt can take, \`N\` noun, \`B\` base verb (VB, VBP), \`D\` past (VBD),
  \`P\` past participle (VBN), \`G\` gerund (VBG), \`Z\` third person (VBZ),
  \`J\` adjective, \`R\` adverb. Nouns, adjectives and adverbs come from
  \`lemma_lu.csv.gz\`, verb forms from the verb rows of \`infl_lu.csv.gz\`
  (lemma, past, participle, gerund, third person), plus the forms of *be*, *have*
  and *do*, which lemminflect keeps as auxiliaries.

## textblob (MIT)

\`\`\`
$textblob_license
\`\`\`

## Brill tagger v1.14 lexicon and rules (MIT), with CMU Twitter POS words (CC-BY 3.0)

The comment headers of \`en-lexicon.txt\`, \`en-context.txt\` and \`en-morphology.txt\`
as shipped in textblob:

\`\`\`
$brill_header
\`\`\`

The words added from the Twitter Part-of-Speech Annotated Data are used under the
Creative Commons Attribution 3.0 Unported licence,
<https://creativecommons.org/licenses/by/3.0/>. Attribution: Carnegie Mellon
University, <http://www.ark.cs.cmu.edu/TweetNLP>; Gimpel, Schneider, O'Connor et al.
(2011), *Part-of-Speech Tagging for Twitter: Annotation, Features, and Experiments*.
Change made: the entries were filtered as described above.

## lemminflect (MIT)

lemminflect's lookup table was derived by its author from the NIH SPECIALIST Lexicon
(U.S. National Library of Medicine, <https://lsg3.nlm.nih.gov/LexSysGroup/Projects/lexicon/current/web/index.html>).

\`\`\`
$lemminflect_license
\`\`\`
MD

ls -l "$out"
du -ch "$out"/* | tail -1
