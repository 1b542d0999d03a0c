#!/usr/bin/env bash
# Checks the download that dist/maak-dist.sh made (Linux; GNU date): unpacks the zip in a temp
# folder, as a user would, and runs the launcher there: --version, then a build of one school
# with its PDFs. Prints the zip's size and both run times. Run by `mvn -B -Pdist verify`, or by hand.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
zip="$(ls -t "$repo"/generator/target/vplan-*-*-*.zip 2>/dev/null | head -1 || true)"  # the newest
[ -n "$zip" ] || { echo "test-dist: geen zip in generator/target; eerst dist/maak-dist.sh" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
unzip -q "$zip" -d "$tmp"
if [ -d "$tmp/vplan.app" ]; then vplan="$tmp/vplan.app/Contents/MacOS/vplan"; else vplan="$tmp/vplan/bin/vplan"; fi
[ -x "$vplan" ] || { echo "test-dist: $vplan ontbreekt of is niet uitvoerbaar" >&2; exit 1; }

# Seconds with two decimals (GNU date), without GNU time or bc.
nu() { date +%s%N; }
duur() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

start="$(nu)"
versie="$("$vplan" --version)"
t_versie="$(duur "$start" "$(nu)")"
echo "test-dist: $versie"
zipversie="$(basename "$zip" | sed -E 's/^vplan-(.*)-[a-z]+-[a-z0-9]+\.zip$/\1/')"
[[ "$versie" == "vplan $zipversie"* ]] || { echo "test-dist: --version zegt '$versie', de zip is versie $zipversie" >&2; exit 1; }

start="$(nu)"
"$vplan" build --content "$repo/content" --out "$tmp/site" --school de-regenboog >"$tmp/build.log" 2>&1 \
  || { cat "$tmp/build.log" >&2; echo "test-dist: build faalde" >&2; exit 1; }
t_build="$(duur "$start" "$(nu)")"

for f in index.html veiligheidsplan.pdf; do
  [ -s "$tmp/site/de-regenboog/$f" ] || { cat "$tmp/build.log" >&2; echo "test-dist: site/de-regenboog/$f ontbreekt" >&2; exit 1; }
done
head -c 5 "$tmp/site/de-regenboog/veiligheidsplan.pdf" | grep -q '%PDF-' \
  || { echo "test-dist: veiligheidsplan.pdf is geen PDF" >&2; exit 1; }

uitgepakt="$(du -sh "$tmp" | cut -f1)"  # before vplan-versnellen replaces the archive

# vplan-versnellen records the class-data archive for this folder; bin/vplan must then be able to
# use it (-Xshare:on makes java fail instead of skipping an archive that does not fit).
versneller="$(dirname "$vplan")/vplan-versnellen"
if [ -x "$versneller" ]; then
  "$versneller" --version >/dev/null
  JAVA_TOOL_OPTIONS=-Xshare:on "$vplan" --version >/dev/null 2>&1 \
    || { echo "test-dist: bin/vplan kan het archief van vplan-versnellen niet gebruiken" >&2; exit 1; }
fi

echo "test-dist: $(basename "$zip") $(du -h "$zip" | cut -f1), uitgepakt $uitgepakt"
echo "test-dist: vplan --version ${t_versie} s; build van de-regenboog met PDF's ${t_build} s"
echo "test-dist: in orde"
