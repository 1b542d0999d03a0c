#!/usr/bin/env bash
# Preview latency: median time from saving a chapter to the reloaded page being served, and to the
# document's PDF being ready, over 20 edits of the example content.
# Usage: bench/preview-latency.sh [chapter] [school] [edits]
set -euo pipefail
cd "$(dirname "$0")/.."
chapter=${1:-hoofdstukken/coordinatie.adoc}
school=${2:-de-regenboog}
edits=${3:-20}
mvn -B -q -pl generator test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)"
# the preview runs long: with the JVM's default JIT, as README starts it (not the quick-start flags of build)
java -cp "$cp" nl.vplan.bench.PreviewLatency content "$chapter" "$school" veiligheidsplan "$edits"
