# Sourced by the store benchmarks: builds the release binaries and makes (once) the
# generated corpus of $n documents in $work. Sets `bin` and `corpus`.
mkdir -p "$work"
swift build -c release --scratch-path .build-release >&2
bin=.build-release/release
corpus="$work/corpus-$n.jsonl"
[ -s "$corpus" ] || "$bin/dyad-bench-store" corpus "$n" "$corpus"
