#!/bin/sh
# Event store benchmark: ingest throughput against `dyad code`, database size, and a
# dyad timeline over a million events. Usage: Benchmarks/store-ingest.sh [DOCUMENTS] [WORKDIR]
set -e
N=${1:-100000}
W=${2:-/tmp/dyad-store-bench}
mkdir -p "$W"
swift build -c release --scratch-path .build-store-release
R=.build-store-release/release

# A corpus of N documents, three of our own sentences each (deterministic).
$R/dyad-bench-store corpus "$N" "$W/corpus.jsonl"

# Coding alone, to /dev/null, then the same corpus into a fresh store.
/usr/bin/time -f "code:   %e s wall, %U s user, %S s sys, %M KB" $R/dyad code "$W/corpus.jsonl" --stats > /dev/null
rm -f "$W/ingest.sqlite"*
/usr/bin/time -f "ingest: %e s wall, %U s user, %S s sys, %M KB" $R/dyad ingest "$W/corpus.jsonl" --db "$W/ingest.sqlite"
ls -l "$W/ingest.sqlite"
# A second run skips every document.
/usr/bin/time -f "re-run: %e s wall" $R/dyad ingest "$W/corpus.jsonl" --db "$W/ingest.sqlite"
# The writer alone: the corpus coded into memory first, then written (thread CPU time of each part).
rm -f "$W/writer.sqlite"*
$R/dyad-bench-store write "$W/corpus.jsonl" "$W/writer.sqlite"

# One million synthetic codings written through the store's own write path (no coder),
# then the timeline of the most frequent dyad and of a typical one.
rm -f "$W/million.sqlite"*
$R/dyad-bench-store fill 1000000 "$W/million.sqlite"
$R/dyad-bench-store timeline "$W/million.sqlite" USA IRN 7
$R/dyad-bench-store timeline "$W/million.sqlite" SYR ISR 7
/usr/bin/time -f "dyad timeline (whole process): %e s wall" $R/dyad timeline USA IRN --db "$W/million.sqlite" > /dev/null
