#!/usr/bin/env bash
# The ingest writer's CPU time against the other threads' (reading and coding), run by run,
# then the median of the ratios.
#
# Ingest codes on every core and writes on one more thread, so on a machine it keeps busy,
# ingest's time over `dyad code`'s is about 1 + this ratio. Unlike wall-clock ratios, which
# move by a quarter as a shared machine's speed drifts, the ratio of two threads of the same
# run moves little, so it is the figure to compare a change to the writer by.
#
# Reads /proc/PID/task/*/stat every 50 ms; the writer is the thread named `dyad-writer`.
# The last 50 ms of each thread are missed, which is small against seconds.
#
# usage: Benchmarks/ingest-threads.sh [DOCUMENTS] [RUNS] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-4}
work=${3:-/tmp/dyad-store-bench}
source Benchmarks/release-corpus.sh
ticks=$(getconf CLK_TCK)
ratios=()
for run in $(seq "$runs"); do
  rm -f "$work/threads.sqlite"*
  "$bin/dyad" ingest "$corpus" --db "$work/threads.sqlite" --quiet &
  pid=$!
  # A thread counts as the writer if it bore the writer's name at any poll.
  declare -A cpu=() writes=()
  while kill -0 "$pid" 2>/dev/null; do
    for task in /proc/"$pid"/task/*; do
      stat=$(cat "$task/stat" 2>/dev/null) || continue
      fields=(${stat##*) })
      tid=${task##*/}
      cpu[$tid]=$((fields[11] + fields[12]))
      [ "$(cat "$task/comm" 2>/dev/null)" = dyad-writer ] && writes[$tid]=1
    done
    sleep 0.05
  done
  wait "$pid"
  writer=0 others=0
  for tid in "${!cpu[@]}"; do
    if [ -n "${writes[$tid]:-}" ]; then writer=$((writer + cpu[$tid])); else others=$((others + cpu[$tid])); fi
  done
  unset cpu writes
  if [ "$writer" = 0 ]; then echo "run $run: no thread named dyad-writer was seen; left out" >&2; continue; fi
  ratio=$(awk -v w="$writer" -v o="$others" 'BEGIN { printf "%.3f", w / o }')
  ratios+=("$ratio")
  awk -v w="$writer" -v o="$others" -v t="$ticks" -v r="$ratio" -v k="$run" \
    'BEGIN { printf "run %d: writer %.2f s CPU, reading and coding %.2f s, ratio %s\n", k, w / t, o / t, r }'
done
print_spread "writer / other threads:" runs "${ratios[@]}"
