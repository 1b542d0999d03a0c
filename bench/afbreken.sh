#!/usr/bin/env bash
# Kill test of the publish stage: a multi-school build with PDFs is stopped at a random moment,
# N times with SIGKILL and N times with SIGINT. The content alternates between two versions (A and
# B: every school's pages differ), so each run has schools to swap. After every stop each school
# folder and the board's start page must be wholly version A or wholly version B (compared with
# reference builds of both), and after the next build that ran to its end no staging folder or
# temporary file may be left.
#
# Usage: bench/afbreken.sh [N]                 (default 20 per signal)
# Environment: JAR (default generator/target/vplan.jar; built when missing), SCHOLEN (extra
# synthetic schools beside the example's three, default 3)
set -euo pipefail
set -m # job control: without it a background java ignores SIGINT, and the SIGINT runs would test nothing
cd "$(dirname "$0")/.."
n=${1:-20}
extra=${SCHOLEN:-3}
[ -n "${JAR:-}" ] || { JAR=generator/target/vplan.jar; [ -f "$JAR" ] || mvn -B -q -o package -DskipTests >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$JAR" "$work/vplan.jar" # a rebuild of the jar meanwhile does not change what is tested

# Versions A and B of the content: B changes a chapter every document of every school shows.
cp -r content "$work/A"
for i in $(seq "$extra"); do
  cp -r "$work/A/scholen/de-wilgen" "$work/A/scholen/extra-$i"
  sed -i "s/^naam: .*/naam: Extra school $i/" "$work/A/scholen/extra-$i/school.yml"
done
cp -r "$work/A" "$work/B"
for f in "$work"/B/hoofdstukken/*.adoc; do printf '\nVersie B van dit hoofdstuk.\n' >> "$f"; done

vplan() { java -jar "$work/vplan.jar" build --content "$1" --out "$2" >/dev/null 2>&1; }

# A school folder (or the start page) as one line: the hash of every file's path and content. A
# printed PDF is not byte for byte the same each time it is printed: it counts by its input hash
# (the .<document>.pdf.invoer beside it, hashed with the rest) and by being whole (ends in %%EOF);
# the output manifest, which holds the PDFs' checksums, is left out for the same reason.
digest() {
  (cd "$1" && find . -type f ! -name '*.pdf' ! -name .vplan-bestanden -print0 | sort -z | xargs -0 sha256sum
   find . -type f -name '*.pdf' | sort | while read -r f; do echo "$f $(tail -c 8 "$f" | tr -dc 'A-Z%')"; done) \
    | sha256sum | cut -c1-16
}
fingerprints() { # <site> → "<name> <digest>" per school folder and for index.html
  local site=$1
  for d in "$site"/*/; do
    d=${d%/}; [ "$(basename "$d")" = _vplan ] && continue
    echo "$(basename "$d") $(digest "$d")"
  done
  echo "index.html $(sha256sum < "$site/index.html" | cut -c1-16)"
}
leftovers() { find "$1" -name '.vplan-nieuw-*' -o -name '.vplan-*.tmp' | wc -l; }

echo "== reference builds (A, then B over A, then A over B)"
s=$(date +%s%N); vplan "$work/A" "$work/ref"; e=$(date +%s%N)
full_ms=$(( (e - s) / 1000000 ))
fingerprints "$work/ref" > "$work/fp-A"
vplan "$work/B" "$work/ref"; fingerprints "$work/ref" > "$work/fp-B"
vplan "$work/A" "$work/ref"; fingerprints "$work/ref" > "$work/fp-A2"
if ! cmp -s "$work/fp-A" "$work/fp-A2"; then
  echo "the build is not reproducible: A built twice differs"; diff "$work/fp-A" "$work/fp-A2"; exit 1
fi
echo "full build $((full_ms / 1000)) s; $(($(wc -l < "$work/fp-A") - 1)) schools"

site="$work/site"
cp -r "$work/ref" "$site" # version A
version=A
bad=0
for signal in KILL INT; do
  mixed=0; left_after_stop=0; left_after_end=0; stopped_during=0
  for i in $(seq "$n"); do
    next=$([ "$version" = A ] && echo B || echo A)
    delay=$(( RANDOM * RANDOM % full_ms ))
    java -jar "$work/vplan.jar" build --content "$work/$next" --out "$site" >"$work/log" 2>&1 &
    pid=$!
    sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
    kill -s "$signal" "$pid" 2>/dev/null || true
    status=0; wait "$pid" || status=$?
    [ "$status" -ge 128 ] && stopped_during=$((stopped_during + 1)) # 137 killed, 130 interrupted
    fingerprints "$site" > "$work/fp-now"
    while read -r name hash; do
      a=$(awk -v n="$name" '$1 == n { print $2 }' "$work/fp-A")
      b=$(awk -v n="$name" '$1 == n { print $2 }' "$work/fp-B")
      if [ "$hash" != "$a" ] && [ "$hash" != "$b" ]; then
        echo "SIG$signal run $i after ${delay} ms: $name is neither A nor B"; mixed=$((mixed + 1))
      fi
    done < "$work/fp-now"
    for name in $(awk '{ print $1 }' "$work/fp-A"); do
      grep -q "^$name " "$work/fp-now" || { echo "SIG$signal run $i after ${delay} ms: $name is missing"; mixed=$((mixed + 1)); }
    done
    after=$(leftovers "$site")
    if grep -q "gebouwd in" "$work/log"; then # ran to its end: it cleaned up what earlier runs left
      [ "$after" -gt 0 ] && { echo "SIG$signal run $i: a finished build left $after staging entries"; left_after_end=$((left_after_end + 1)); }
    elif [ "$after" -gt 0 ]; then
      left_after_stop=$((left_after_stop + 1))
    fi
    echo "SIG$signal run $i: stopped after $delay ms, exit $status, staging entries left: $after"
    version=$next
  done
  echo "SIG$signal: $n runs, $stopped_during stopped while running; school folders neither A nor B: $mixed;" \
       "stopped runs that left staging behind (the next build removes it): $left_after_stop;" \
       "finished runs that left any: $left_after_end"
  bad=$((bad + mixed + left_after_end))
done

echo "== a build to the end"
vplan "$work/B" "$site" || { echo "the last build failed"; exit 1; }
fingerprints "$site" > "$work/fp-now"
left=$(leftovers "$site")
if cmp -s "$work/fp-now" "$work/fp-B"; then echo "output equals version B"; else echo "output differs from version B"; bad=$((bad + 1)); fi
echo "staging folders and temporary files left: $left"
[ "$left" -eq 0 ] && [ "$bad" -eq 0 ]
