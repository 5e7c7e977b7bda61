#!/usr/bin/env bash
# Cost of text without sentence ends: wall time, peak memory and output size of
# `dyad code` and `dyad ingest` on
#   1. one 100,000-word "sentence" without punctuation (about 600 KB, one JSON Lines record);
#   2. one 50 MB line without sentence punctuation (a plain-text file): common words, with
#      a dictionary word in fifty.
# Both must code in seconds with under 500 MB peak RSS (issue 18); before the sentence cap
# the first took 120 s and 10.7 GB, and the second hung for minutes.
#
# usage: Benchmarks/hostile-input.sh [SCRATCH_PATH]   (release build; default .build-release)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${1:-.build-release}
swift build -c release --product dyad --scratch-path "$scratch" >&2
bin=$scratch/release/dyad
work=$(mktemp -d)
python3 - "$work" <<'PY'
import json, random, sys
work = sys.argv[1]
random.seed(18)
words = ("Syria attacked Israel and Iran praised the government while officials met in Damascus "
         "with envoys from Jordan on Monday and troops").split()
sentence = " ".join(random.choice(words) for _ in range(100_000))
with open(f"{work}/sentence.jsonl", "w") as f:
    f.write(json.dumps({"id": "run-on", "date": "2019-02-11", "text": sentence}) + "\n")
# The long line: common words and tokens that no dictionary lists (a flattened table, a
# scraped blob), with an actor and a verb now and then.
common = ("the of and a to in is was that for on with as by at from it this be are have had which or "
          "an were but not they their has been one its also more there").split() + [f"item{i}" for i in range(50)]
line = []
size = 0
while size < 50_000_000:
    w = random.choice(words) if random.random() < 0.02 else random.choice(common)
    line.append(w)
    size += len(w) + 1
with open(f"{work}/line.txt", "w") as f:
    f.write(" ".join(line) + "\n")
PY
ls -l "$work"/sentence.jsonl "$work"/line.txt >&2
for input in sentence.jsonl line.txt; do
  echo "== dyad code $input" >&2
  /usr/bin/time -f "wall %e s, peak RSS %M KB" "$bin" code "$work/$input" --date 2019-02-11 > "$work/out.jsonl"
  echo "output: $(wc -l < "$work/out.jsonl") events, $(wc -c < "$work/out.jsonl") bytes" >&2
  echo "== dyad ingest $input" >&2
  rm -f "$work/store.sqlite"*
  /usr/bin/time -f "wall %e s, peak RSS %M KB" "$bin" ingest "$work/$input" --date 2019-02-11 --db "$work/store.sqlite" --quiet || true
  echo "store: $(du -cb "$work"/store.sqlite* | tail -1 | cut -f1) bytes" >&2
done
rm -rf "$work"
