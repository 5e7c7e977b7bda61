#!/usr/bin/env bash
# Ingest against `dyad code` on the same corpus, in alternating runs: each pair's wall
# times and ratio, then the median ratio.
#
# A shared machine's speed drifts by a quarter within minutes, so a single pair of runs
# says little; alternating the two commands exposes both to the same drift, and the
# median of the pairs is the figure to compare across changes.
#
# usage: Benchmarks/ingest-ratio.sh [DOCUMENTS] [PAIRS] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
pairs=${2:-8}
work=${3:-/tmp/dyad-store-bench}
source Benchmarks/release-corpus.sh
ratios=()
for pair in $(seq "$pairs"); do
  code=$( { /usr/bin/time -f "%e" "$bin/dyad" code "$corpus" > /dev/null; } 2>&1 | tail -1)
  rm -f "$work/ratio.sqlite"*
  ingest=$( { /usr/bin/time -f "%e" "$bin/dyad" ingest "$corpus" --db "$work/ratio.sqlite" --quiet; } 2>&1 | tail -1)
  ratio=$(awk -v i="$ingest" -v c="$code" 'BEGIN { printf "%.3f", i / c }')
  ratios+=("$ratio")
  echo "pair $pair: code ${code} s, ingest ${ingest} s, ratio ${ratio}"
done
print_spread "ratios" pairs "${ratios[@]}"
