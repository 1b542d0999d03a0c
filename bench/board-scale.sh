#!/usr/bin/env bash
# Board-scale benchmark: N synthetic schools over the example framework (varied values, choices and
# optional parts). Times, as whole commands: a full HTML build, a full build with PDFs, a rebuild
# with nothing changed, `build --vergelijk` against a copy of the board, and `vplan check`; peak resident memory of the full HTML build; and, when
# Debian's Ruby asciidoctor is installed (apt-get install asciidoctor), the same documents converted
# once per school by Ruby: one command per school, and all schools in one Ruby process.
#
# First the example board as a newcomer builds it: the README's build command (four schools, with their
# handbooks) and one school of it with its handbooks, each from scratch (--force).
#
# Usage: bench/board-scale.sh [N ...]          (default: 10 100 500)
# Environment: RUNS (median of, default 3), RUBY_RUNS (default 1), PDF_MAX (largest N whose PDF
# build is timed, default 100), JAVA_OPTS (JVM flags for vplan; default: those README.md starts vplan with)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 500)
runs=${RUNS:-3}
ruby_runs=${RUBY_RUNS:-1}
pdf_max=${PDF_MAX:-100}
java_opts=${JAVA_OPTS-"-XX:SharedArchiveFile=generator/target/vplan.jsa -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=9"}
jar=generator/target/vplan.jar

mvn -B -q package -DskipTests >/dev/null
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

vplan() { java $java_opts -jar "$jar" "$@"; }

# median wall time in ms of running "$@" $1 times; $PREPARE (if set) runs before each, untimed
timed() {
  local n=$1; shift
  for _ in $(seq "$n"); do
    [ -n "${PREPARE:-}" ] && eval "$PREPARE"
    local s e
    s=$(date +%s%N)
    "$@" >"$work/last.log" 2>&1 || { echo "mislukt: $*" >&2; tail -5 "$work/last.log" >&2; exit 1; }
    e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | sort -n | awk -v spread="$work/spread" '{ v[NR] = $1 }
    END { print v[int((NR + 1) / 2)]; printf "%.1f-%.1f", v[1] / 1000, v[NR] / 1000 > spread }'
}
# the lowest and highest of the runs of the last timed command, in seconds
spread() { cat "$work/spread"; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }

example() {
  local out="$work/voorbeeld"
  local all one
  all=$(timed "$runs" vplan build --content content --out "$out" --force)
  all="$(seconds "$all") ($(spread) s)"
  one=$(timed "$runs" vplan build --content content --out "$out" --force --school de-regenboog)
  one="$(seconds "$one") ($(spread) s)"
  echo "example board (README command, 4 schools with handbooks): $all; one school with its handbooks: $one"
}
example

printf '%-6s %-10s %-10s %-10s %-10s %-9s %-9s %-12s %-12s %s\n' schools html vergelijk pdf unchanged check peak ruby-per-cmd ruby-1-proc "ratios (ruby / vplan html)"
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  java -cp "$cp" nl.vplan.bench.SyntheticBoard content "$dir" "$n" >/dev/null
  content="$dir/inhoud"
  out="$dir/site"

  html=$(timed "$runs" vplan build --content "$content" --out "$out" --no-pdf --force)
  html_spread=$(spread)
  /usr/bin/time -f '%M' -o "$dir/peak" java $java_opts -jar "$jar" build --content "$content" --out "$out" --no-pdf --force >/dev/null 2>&1
  peak=$(tail -1 "$dir/peak")
  unchanged=$(timed "$runs" vplan build --content "$content" --out "$out" --no-pdf)
  unchanged_spread=$(spread)
  check=$(timed "$runs" vplan check --content "$content")
  # build --vergelijk against a copy of the same board: the earlier tree is rendered too (target: at most one extra html build)
  cp -r "$content" "$dir/vorige"
  compare=$(timed "$runs" vplan build --content "$content" --out "$dir/site-vergelijk" --no-pdf --force --vergelijk "$dir/vorige")
  pdf="-"
  if [ "$n" -le "$pdf_max" ]; then
    pdf=$(seconds "$(timed 1 vplan build --content "$content" --out "$dir/site-pdf" --force)")
  fi
  per_cmd="-"; one_proc="-"; ratios="(no Ruby asciidoctor)"
  if command -v asciidoctor >/dev/null; then
    PREPARE="rm -rf '$dir/ruby-out'"
    per_cmd_ms=$(timed "$ruby_runs" sh "$dir/ruby/per-school.sh" "$dir/ruby-out")
    one_proc_ms=$(timed "$ruby_runs" ruby "$dir/ruby/een-proces.rb" "$dir/ruby-out")
    unset PREPARE
    per_cmd=$(seconds "$per_cmd_ms"); one_proc=$(seconds "$one_proc_ms")
    ratios="per-cmd $(ratio "$per_cmd_ms" "$html"), 1-proc $(ratio "$one_proc_ms" "$html")"
  fi
  printf '%-6s %-10s %-10s %-10s %-10s %-9s %-9s %-12s %-12s %s\n' "$n" "$(seconds "$html")" "$(seconds "$compare")" "$pdf" "$(seconds "$unchanged")" \
    "$(seconds "$check")" "$((peak / 1024)) MB" "$per_cmd" "$one_proc" "$ratios"
  echo "       (runs of $runs: html $html_spread s, unchanged $unchanged_spread s)"
done
