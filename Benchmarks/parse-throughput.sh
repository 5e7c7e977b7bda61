#!/usr/bin/env bash
# Tagging + dependency parsing throughput of dyad's bundled parser on one core.
#
# Builds the small bench executable (Benchmarks/ParseBench) in release mode and
# parses the news-length sentences (15-40 words, about 22.5 on average) of UD
# English EWT test, over and over for SECONDS, pinned to one CPU. It prints
# sentences and words per second of the thread's CPU time (what the parser
# costs) and of wall time (lower when other processes share the core), three runs.
#
# usage: Benchmarks/parse-throughput.sh [SECONDS] [CONLLU]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
conllu=${2:-../shared/ud/en_ewt/en_ewt-ud-test.conllu}
[ -f "$conllu" ] || { echo "needs $conllu (UD English EWT beside the repository), or pass a CoNLL-U file" >&2; exit 2; }
swift build -c release --product dyad-bench-parse --scratch-path .build-parser >&2
bin=.build-parser/release/dyad-bench-parse
for run in 1 2 3; do
  taskset -c 0 "$bin" "$conllu" --seconds "$seconds"
done
