#!/usr/bin/env bash
# Handbook printing time for one school in one JVM: the first PDF (cold) and the median of the next N (warm).
# Usage: bench/handbook.sh [school] [document] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
school=${1:-de-regenboog}
document=${2:-veiligheidsplan}
runs=${3:-10}
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)"
java -cp "$cp" nl.vplan.bench.HandbookTiming content "$school" "$document" "$runs"
