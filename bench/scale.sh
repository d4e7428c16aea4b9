#!/usr/bin/env bash
# Whole-process comparison of `mooc build` with Hugo on synthetic course corpora of several
# sizes: wall time, CPU time (user+sys) and peak RSS of each build, JVM start-up included,
# as an author experiences it.
#
# Usage: bench/scale.sh [--runs N] [--jar PATH] SIZE...
#   SIZE: 612 | 6066 | 30306   (--courses 1 | 10 | 50: pages in all six languages)
#         long                 (one course of 2,000 lessons)
#         long100              (one course of 100 lessons; compare its ms/page with long's)
#
# Needs bash, python3 (standard library), GNU time at /usr/bin/time, java, and Hugo on PATH
# for the comparison (without it, mooc alone is timed). Environment:
#   CORPUS_TOOLS    folder of gen_corpus.py and set_revisions.py (default: ../shared/bench
#                   beside the repository)
#   BENCH_DIR       where corpora are cached and sites built (default: ${TMPDIR:-/tmp}/mooc-bench)
#   MOOC_JAVA_OPTS  extra JVM options for mooc, e.g. "-Xmx2g"
#   JAVA_HOME       the Java that runs mooc, as for the launcher (default: java on PATH)
#   BENCH_OUT       where both tools write their sites (default: inside BENCH_DIR); a tmpfs
#                   such as /dev/shm takes the file system's cost out of the comparison
#
# Machines are shared and noisy: the two tools run alternately, and the ratios quoted are the
# median of the per-pair ratios, not the ratio of medians. Output is Markdown table rows.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${CORPUS_TOOLS:-$repo/../shared/bench}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/mooc-bench}"
runs=3
jar=""
java="java"
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi
sizes=()
have_hugo=0

die() { echo "scale.sh: $*" >&2; exit 1; }

usage() {
  sed -n '/^# Usage:/,/^#   MOOC_JAVA_OPTS/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# gen_corpus.py arguments for a size; also rejects unknown sizes before any work starts.
corpus_args() {
  case "$1" in
    612)     echo "--courses 1" ;;
    6066)    echo "--courses 10" ;;
    30306)   echo "--courses 50" ;;
    long)    echo "--courses 1 --modules 20 --lessons 100" ;;
    long100) echo "--courses 1 --modules 10 --lessons 10" ;;
    *)       return 1 ;;
  esac
}

parse_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --runs) [ $# -ge 2 ] || usage; runs="$2"; shift 2 ;;
      --jar)  [ $# -ge 2 ] || usage; jar="$2"; shift 2 ;;
      -h|--help) usage ;;
      -*) echo "scale.sh: unknown option $1" >&2; usage ;;
      *) corpus_args "$1" >/dev/null || die "unknown size $1 (have 612 6066 30306 long long100)"
         sizes+=("$1"); shift ;;
    esac
  done
  [ ${#sizes[@]} -gt 0 ] || usage
  [[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs wants a positive whole number, not $runs"
}

check_tools() {
  [ -x /usr/bin/time ] && /usr/bin/time --version 2>&1 | grep -q GNU \
    || die "needs GNU time at /usr/bin/time (apt-get install time)"
  command -v python3 >/dev/null || die "needs python3"
  command -v "$java" >/dev/null || die "needs java (on PATH, or JAVA_HOME)"
  [ -f "$tools/gen_corpus.py" ] && [ -f "$tools/set_revisions.py" ] \
    || die "no gen_corpus.py and set_revisions.py in $tools (set CORPUS_TOOLS)"
  if command -v hugo >/dev/null; then have_hugo=1; fi
}

# The default jar is built when missing, as bench/build-example.sh does; a jar named with
# --jar must exist. Made absolute because the builds run from inside the corpus.
resolve_jar() {
  if [ -z "$jar" ]; then
    jar="$repo/target/mooc.jar"
    [ -f "$jar" ] || (cd "$repo" && mvn -q -B -DskipTests package)
  fi
  [ -f "$jar" ] || die "no jar at $jar"
  jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
}

# Generates the size's corpora once, into a temporary folder renamed at the end, so that an
# interrupted generation is never mistaken for a cached corpus. Delete BENCH_DIR to regenerate
# (e.g. after changing gen_corpus.py, or a jar that computes source revisions differently).
ensure_corpus() {
  local size="$1" layout dir tmp
  # shellcheck disable=SC2207  # the arguments are single words
  local args=($(corpus_args "$size"))
  for layout in mooc hugo; do
    [ "$layout" = hugo ] && [ "$have_hugo" = 0 ] && continue
    dir="$work/corpus-$size-$layout"
    [ -d "$dir" ] && continue
    tmp="$dir.partial"
    rm -rf "$tmp"
    echo "generating $dir ..." >&2
    python3 "$tools/gen_corpus.py" --layout "$layout" "${args[@]}" --out "$tmp" >&2
    # Without recorded revisions every adaptation warns (TR010), which is not the work to time.
    if [ "$layout" = mooc ]; then python3 "$tools/set_revisions.py" "$tmp" "$jar" >&2; fi
    mv "$tmp" "$dir"
  done
}

# Reads every corpus file once, so the first timed run does not pay for a cold disk cache
# that the later runs (and the other tool) would not.
warm_cache() {
  find "$work/corpus-$1-"* -type f -exec cat {} + >/dev/null
}

# Times one build with GNU time into $scratch/time; its output goes to $scratch/log.
# Prints "wall cpu peak_mib pages"; a failed build stops the whole script.
# The output folder is removed before the timed region, never inside it.
time_build() {
  local tool="$1" size="$2" out="$outputs/out-$1" status=0 wall user sys kib pages
  rm -rf "$out"
  if [ "$tool" = mooc ]; then
    # MOOC_JAVA_OPTS is split into words on purpose: it may hold several JVM options.
    # shellcheck disable=SC2086
    (cd "$work/corpus-$size-mooc" &&
      /usr/bin/time -f '%e %U %S %M' -o "$scratch/time" \
        "$java" ${MOOC_JAVA_OPTS:-} -jar "$jar" build --quiet --out "$out") >"$scratch/log" 2>&1 || status=$?
  else
    /usr/bin/time -f '%e %U %S %M' -o "$scratch/time" \
      hugo --quiet -s "$work/corpus-$size-hugo" -d "$out" >"$scratch/log" 2>&1 || status=$?
  fi
  if [ "$status" != 0 ]; then
    echo "scale.sh: $tool build of $size FAILED (exit $status); its last output:" >&2
    tail -n 20 "$scratch/log" >&2
    exit 1
  fi
  # A tool that prints anything with --quiet is warning; the run still counts, but say so.
  if [ -s "$scratch/log" ]; then
    cp "$scratch/log" "$work/$tool-$size.log"
    echo "note: $tool printed $(wc -l <"$scratch/log") lines on $size, see $work/$tool-$size.log" >&2
  fi
  # GNU time puts its line last (a "Command exited..." line may precede it).
  read -r wall user sys kib < <(tail -n 1 "$scratch/time")
  pages=$(find "$out" -name '*.html' | wc -l)
  rm -rf "$out"
  python3 -c 'import sys; w,u,s,k,p = sys.argv[1:]; print("%s %.2f %.0f %s" % (w, float(u)+float(s), int(k)/1024, p))' \
    "$wall" "$user" "$sys" "$kib" "$pages"
}

# Runs the size N times, mooc then hugo each time, printing one table row per build and
# appending "size tool run wall cpu peak pages" to $results.
bench_size() {
  local size="$1" i tool m wall cpu peak pages
  local tools_here=(mooc)
  [ "$have_hugo" = 1 ] && tools_here+=(hugo)
  echo
  echo "### $size: runs"
  echo
  echo "| size | run | tool | wall s | CPU s | peak MiB | pages (*.html) |"
  echo "|---|---:|---|---:|---:|---:|---:|"
  for i in $(seq "$runs"); do
    for tool in "${tools_here[@]}"; do
      m=$(time_build "$tool" "$size") || exit 1   # it has said why
      read -r wall cpu peak pages <<<"$m"
      echo "| $size | $i | $tool | $wall | $cpu | $peak | $pages |"
      echo "$size $tool $i $wall $cpu $peak $pages" >>"$results"
    done
  done
}

# Medians per tool, the median of the per-pair mooc/hugo ratios, and ms per page
# (median wall / pages, so JVM start-up is spread over the pages, as an author pays it).
summarize_size() {
  python3 - "$results" "$1" <<'PY'
import sys
from statistics import median
results, size = sys.argv[1], sys.argv[2]
runs = {}
for line in open(results):
    s, tool, i, wall, cpu, peak, pages = line.split()
    if s == size:
        runs.setdefault(tool, {})[int(i)] = (float(wall), float(cpu), float(peak), int(pages))
print("\n### %s: medians\n" % size)
print("| size | tool | runs | wall s | CPU s | peak MiB | pages | ms/page |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for tool in ("mooc", "hugo"):
    if tool not in runs:
        continue
    r = list(runs[tool].values())
    wall, cpu, peak, pages = (median(x[k] for x in r) for k in range(4))
    print("| %s | %s | %d | %.2f | %.2f | %.0f | %d | %.2f |"
          % (size, tool, len(r), wall, cpu, peak, pages, 1000 * wall / pages))
if "hugo" in runs:
    pairs = [(runs["mooc"][i], runs["hugo"][i]) for i in sorted(runs["mooc"])]
    ratio = [median(m[k] / h[k] for m, h in pairs) for k in range(3)]
    print("| %s | mooc/hugo (median of per-run ratios) | %d | %.2f | %.2f | %.2f | | |"
          % (size, len(pairs), *ratio))
PY
}

# long and long100 differ only in course length: the ratio of their ms/page shows how the
# cost of a page grows with the course (each page carries the whole course navigation).
summarize_long() {
  python3 - "$results" <<'PY'
import sys
from statistics import median
per_page = {}
for line in open(sys.argv[1]):
    s, tool, i, wall, cpu, peak, pages = line.split()
    per_page.setdefault((s, tool), []).append((float(wall), int(pages)))
print("\n### long vs long100: ms per page\n")
print("| tool | long100 ms/page | long ms/page | long / long100 |")
print("|---|---:|---:|---:|")
for tool in ("mooc", "hugo"):
    if ("long", tool) not in per_page or ("long100", tool) not in per_page:
        continue
    ms = {s: 1000 * median(w for w, _ in per_page[(s, tool)]) / median(p for _, p in per_page[(s, tool)])
          for s in ("long100", "long")}
    print("| %s | %.2f | %.2f | %.2f |" % (tool, ms["long100"], ms["long"], ms["long"] / ms["long100"]))
PY
}

# What the numbers depend on, so that a pasted table can be reproduced.
print_setup() {
  echo "## mooc build vs Hugo, whole process ($(date -u +%Y-%m-%d))"
  echo
  # The commit is the repository's; a jar given with --jar may have been built from another.
  echo "- mooc: $(basename "$jar"), repository at $(git -C "$repo" describe --always --dirty 2>/dev/null || echo '(no git)'), $("$java" -version 2>&1 | head -n 1), MOOC_JAVA_OPTS='${MOOC_JAVA_OPTS:-}'"
  if [ "$have_hugo" = 1 ]; then
    echo "- hugo: $(hugo version | cut -d' ' -f1-2)"
  else
    echo "- hugo: not on PATH, so mooc alone is timed and there are no ratios"
  fi
  echo "- machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $runs run(s) per tool and size, alternating"
  echo "- sites written to a $(stat -f -c %T "$outputs" 2>/dev/null || echo '(unknown)') file system (BENCH_OUT='${BENCH_OUT:-}')"
}

main() {
  parse_args "$@"
  check_tools
  resolve_jar
  mkdir -p "$work"
  scratch="$(mktemp -d "$work/run.XXXXXX")"
  outputs="$scratch"
  if [ -n "${BENCH_OUT:-}" ]; then
    mkdir -p "$BENCH_OUT"
    outputs="$(mktemp -d "$BENCH_OUT/run.XXXXXX")"
  fi
  trap 'rm -rf "$scratch" "$outputs"' EXIT
  results="$scratch/results"
  : >"$results"
  local size
  for size in "${sizes[@]}"; do ensure_corpus "$size"; done
  print_setup
  for size in "${sizes[@]}"; do
    warm_cache "$size"
    bench_size "$size"
    summarize_size "$size"
  done
  if [[ " ${sizes[*]} " == *" long "* && " ${sizes[*]} " == *" long100 "* ]]; then
    summarize_long
  fi
}

main "$@"
