#!/usr/bin/env bash
# Whole-process timing of `mooc build` on the example course (all languages), JVM start-up
# included, as an author experiences it. Usage: bench/build-example.sh [RUNS]
# Prints each run's wall time and the median. Run on a quiet machine; compare medians.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
[ -f target/mooc.jar ] || mvn -q -B -DskipTests package
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
java -jar target/mooc.jar build --quiet --out "$out/site" >/dev/null   # warm-up: file cache, JIT of nothing
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar target/mooc.jar build --quiet --out "$out/site" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
pages=$(find "$out/site" -name '*.html' | wc -l)
echo "median: ${median} ms for ${pages} pages"
