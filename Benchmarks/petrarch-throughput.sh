#!/usr/bin/env bash
# PETRARCH-style coding speed: the GigaWord sample of ../shared/petrarch repeated to at
# least MIN_SENTENCES records, coded from its given parses with the Phoenix dictionaries,
# and the time to load those dictionaries (coding an empty file).
#
# usage: Benchmarks/petrarch-throughput.sh [MIN_SENTENCES] [THREADS_CPUSET]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/petrarch
[ -d "$shared" ] || { echo "needs ../shared/petrarch beside the repository" >&2; exit 2; }
min=${1:-10000}
cpus=${2:-0-1}
swift build -c release --product dyad --scratch-path .build-release >&2
bin=.build-release/release/dyad
dir=$(mktemp -d)
python3 - "$shared/text/GigaWord.sample.PETR.xml" "$dir/gigaword-repeated.xml" "$min" <<'PY'
import re, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
records = re.findall(r'<Sentence\b.*?</Sentence>', open(src, encoding='utf-8').read(), flags=re.S)
with open(out, 'w', encoding='utf-8') as f:
    f.write('<Sentences>\n')
    k = 0
    while k < n:
        for r in records:
            f.write(re.sub(r'id\s*=\s*"([^"]*)"', lambda m: f'id="{m.group(1)}-{k}"', r, count=1) + '\n')
            k += 1
    f.write('</Sentences>\n')
print(f'{k} records', file=sys.stderr)
PY
echo '<Sentences></Sentences>' > "$dir/empty.xml"
echo "== loading the Phoenix dictionaries (coding an empty file)" >&2
for run in 1 2 3; do
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" "$bin" code --only-dictionaries --dictionaries "$shared/phoenix" "$dir/empty.xml" 2>&1 >/dev/null | grep -v '^dictionary:'
done
echo "== coding with the given parses (--use-parse), cores $cpus" >&2
for run in 1 2 3; do
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" taskset -c "$cpus" "$bin" code --only-dictionaries --dictionaries "$shared/phoenix" \
    "$dir/gigaword-repeated.xml" --use-parse --stats 2>&1 >/dev/null | grep -v '^dictionary:'
done
