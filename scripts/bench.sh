#!/usr/bin/env bash
# `npm run bench [-- NAME ...]`: runs every benchmark, or the named ones.
# A benchmark is packages/<pkg>/bench/<NAME>.bench.ts, compiled to dist/bench;
# each prints one `BENCH {...}` JSON line per result.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
mapfile -t all < <(ls packages/*/dist/bench/*.bench.js 2>/dev/null | sort)
names=("$@")
for name in "${names[@]}"; do
  [ -f "$(ls packages/*/dist/bench/"$name".bench.js 2>/dev/null | head -1)" ] && continue
  echo "bench: no benchmark named $name (there are: $(printf '%s\n' "${all[@]}" | xargs -n1 basename | sed 's/\.bench\.js$//' | tr '\n' ' '))" >&2
  exit 2
done
status=0
for file in "${all[@]}"; do
  name=$(basename "$file" .bench.js)
  if [ ${#names[@]} -gt 0 ] && [[ ! " ${names[*]} " =~ " ${name} " ]]; then continue; fi
  echo "bench: ${name}" >&2
  node "$file" || status=1
done
exit $status
