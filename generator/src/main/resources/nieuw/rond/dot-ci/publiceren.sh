#!/usr/bin/env bash
# Controleert de inhoud en bouwt de twee sites. Beide pijplijnen (.github/workflows/publiceren.yml
# en .gitlab-ci.yml) roepen dit script aan; lokaal kan het ook: VPLAN=vplan bash .ci/publiceren.sh
#
#   VPLAN             het programma vplan (standaard: vplan op het PATH)
#   VPLAN_SCHOLEN     optioneel: alleen deze scholen, gescheiden door spaties (bijv. "de-regenboog het-kompas")
#   VPLAN_ZONDER_PDF  "ja": geen PDF-handboeken (sneller, om te proberen)
#
# Uitkomst: site-openbaar/ (de openbare site, mag op internet) en site-intern/ (de interne site met
# de PDF's; alleen voor medewerkers, nooit openbaar publiceren).
set -euo pipefail

VPLAN="${VPLAN:-vplan}"
cd "$(dirname "$0")/.."

opties=(--content .)
for school in ${VPLAN_SCHOLEN:-}; do
  opties+=(--school "$school")
done
bouwopties=()
if [ "${VPLAN_ZONDER_PDF:-}" = "ja" ]; then
  bouwopties+=(--no-pdf)
fi

echo "== vplan check --strict"
"$VPLAN" check --strict "${opties[@]}"

echo "== vplan build --edition openbaar"
"$VPLAN" build --edition openbaar --out site-openbaar "${opties[@]}" ${bouwopties[@]+"${bouwopties[@]}"}

echo "== vplan build --edition intern"
"$VPLAN" build --edition intern --out site-intern "${opties[@]}" ${bouwopties[@]+"${bouwopties[@]}"}
