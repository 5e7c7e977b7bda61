#!/usr/bin/env bash
# Coding throughput and peak memory of `dyad code` from raw text, on one core and on all.
#
# Builds dyad in release mode, builds a corpus of at least 100,000 sentences from
# PETRARCH-2's validation and GigaWord sentences (../shared/petrarch) plus dyad's
# own example article, and codes it to /dev/null: pinned to one CPU with one job, then
# with the default of one job per core.
#
# usage: Benchmarks/code-throughput.sh [MIN_SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/petrarch" ] || { echo "needs ../shared/petrarch beside the repository" >&2; exit 2; }
min=${1:-100000}
swift build -c release --product dyad --scratch-path .build-release >&2
bin=.build-release/release/dyad
corpus=$(mktemp -d)/coding-corpus.jsonl
python3 Benchmarks/make-coding-corpus.py "$shared" "$corpus" "$min"
echo "one core (--jobs 1, pinned):" >&2
for run in 1 2 3; do
  /usr/bin/time -f "peak RSS %M KB, wall %e s" taskset -c 0 "$bin" code "$corpus" --jobs 1 --stats > /dev/null
done
echo "every core (the default):" >&2
for run in 1 2 3; do
  /usr/bin/time -f "peak RSS %M KB, wall %e s, user %U s, sys %S s" "$bin" code "$corpus" --stats > /dev/null
done
