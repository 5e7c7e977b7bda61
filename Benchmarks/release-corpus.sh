# Sourced by the store benchmarks: builds the release binaries and makes (once) the
# generated corpus of $n documents in $work. Sets `bin` and `corpus`.
mkdir -p "$work"
swift build -c release --scratch-path .build-release >&2
bin=.build-release/release
corpus="$work/corpus-$n.jsonl"
[ -s "$corpus" ] || "$bin/dyad-bench-store" corpus "$n" "$corpus"

# Prints "LABEL LOW–HIGH, median M over N UNIT" for the numbers given as arguments.
print_spread() {
  local label=$1 unit=$2
  shift 2
  if [ $# -eq 0 ]; then echo "$label no $unit to report"; return; fi
  printf '%s\n' "$@" | sort -n | awk -v label="$label" -v unit="$unit" '{ r[NR] = $1 } END {
    m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "%s %s–%s, median %.3f over %d %s\n", label, r[1], r[NR], m, NR, unit }'
}
