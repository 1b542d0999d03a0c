#!/usr/bin/env bash
# Makes a download that runs without an installed Java or Maven:
#   generator/target/vplan-<versie>-<os>-<arch>.zip  with a top folder vplan/
# in it a trimmed Java runtime (jlink), the launcher bin/vplan (jpackage app-image), a class-data
# archive (CDS) recorded with exactly that runtime, and bin/vplan-versnellen to record it anew.
#
# Needs the fat jar first:  mvn -B package -DskipTests   (or: mvn -B -Pdist package -DskipTests,
# which runs this script after the jar). By hand:  dist/maak-dist.sh [versie]
# JAVA_HOME picks the JDK (17) whose jlink/jpackage are used; otherwise the java on the PATH.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
target="$repo/generator/target"
jar="$target/vplan.jar"
[ -f "$jar" ] || { echo "maak-dist: $jar ontbreekt; eerst: mvn -B package -DskipTests" >&2; exit 1; }

# Version: the argument, else the root pom's own <version>; jpackage wants digits only (0.1.0).
versie="${1:-$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$repo/pom.xml" | head -1)}"
versie="${versie%-SNAPSHOT}"
[[ "$versie" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "maak-dist: versie '$versie' is niet numeriek" >&2; exit 1; }

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "maak-dist: onbekend besturingssysteem $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "maak-dist: onbekende processor $(uname -m)" >&2; exit 1 ;;
esac

if [ -n "${JAVA_HOME:-}" ]; then jdkbin="$JAVA_HOME/bin"
else jdkbin="$(dirname "$(readlink -f "$(command -v java)")")"; fi
if [ "$os" = windows ] && command -v cygpath >/dev/null; then jdkbin="$(cygpath -u "$jdkbin")"; fi
# Windows tools want Windows paths; elsewhere a path stays as it is.
native() { if [ "$os" = windows ]; then cygpath -w "$1"; else printf '%s' "$1"; fi; }

werk="$target/dist"
rm -rf "$werk"
mkdir -p "$werk/input"
cp "$jar" "$werk/input/vplan.jar"
main_class="$(unzip -p "$jar" META-INF/MANIFEST.MF 2>/dev/null | sed -n 's/^Main-Class: *\([^[:space:]]*\).*/\1/p' || true)"
main_class="${main_class:-nl.vplan.cli.Vplan}"

# 1. Trimmed runtime. jdeps sees only the static references (java.base, java.xml); the rest is
#    what JRuby/Asciidoctor, Javalin/Jetty, PDFBox and AWT fonts, POI and JGit load by reflection
#    or at run time, plus the Dutch locale data (month names) and the extra charsets.
echo "maak-dist: modules zoeken (jdeps)"
jdeps_modules="$("$jdkbin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$(native "$jar")" 2>/dev/null | tail -1 | tr -d '\r')"
extra="java.desktop,java.naming,java.management,java.sql,java.logging,java.scripting,java.net.http,java.instrument,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.charsets,jdk.localedata"
modules="$(printf '%s,%s' "$jdeps_modules" "$extra" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
echo "maak-dist: jlink met $modules"
"$jdkbin/jlink" --add-modules "$modules" --include-locales=nl,en \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$(native "$werk/runtime")"

# 2. The app image: launcher + runtime + jar. jpackage replaces $APPDIR by the folder of vplan.jar.
# The archive only fits when the image sits where it was recorded (Java 17 ties it to the jar's
# path); elsewhere java skips it, and the -Xlog options keep that silent.
java_options="-XX:SharedArchiveFile=\$APPDIR/vplan.jsa -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=9 -Xlog:cds=off -Xlog:cds+dynamic=off"
# jpackage on macOS refuses a version that starts with 0.
app_versie="$versie"
if [ "$os" = macos ] && [[ "$versie" == 0* ]]; then app_versie="1.0.0"; fi
# A second launcher, vplan-versnellen: the same program, but it records the archive anew for the
# folder the zip was unpacked in (run it once with a build; bin/vplan then starts faster).
printf 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/vplan.jsa -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=9 -Xlog:cds=off -Xlog:cds+dynamic=off\n' \
  >"$werk/versnellen.properties"
echo "maak-dist: jpackage (app-image, versie $versie)"
"$jdkbin/jpackage" --type app-image --name vplan --dest "$(native "$werk/image")" \
  --input "$(native "$werk/input")" --main-jar vplan.jar --main-class "$main_class" \
  --runtime-image "$(native "$werk/runtime")" --app-version "$app_versie" \
  --java-options "$java_options" --add-launcher vplan-versnellen="$(native "$werk/versnellen.properties")"

# Layout per platform: where the launcher, the app folder and the runtime's java are.
case "$os" in
  linux)   root="$werk/image/vplan"; app="$root/lib/app"; rtjava="$root/lib/runtime/bin/java"; launcher="$root/bin/vplan" ;;
  windows) root="$werk/image/vplan"; app="$root/app"; rtjava="$root/runtime/bin/java.exe"; launcher="$root/vplan.exe" ;;
  macos)   root="$werk/image/vplan.app"; app="$root/Contents/app"; rtjava="$root/Contents/runtime/Contents/Home/bin/java"; launcher="$root/Contents/MacOS/vplan" ;;
esac
[ -x "$launcher" ] || { echo "maak-dist: $launcher ontbreekt na jpackage" >&2; exit 1; }

# 3. Class-data archive for THIS runtime (an archive only works with the JVM that made it): one
#    school's build, PDF included, through the image's own java with the launcher's flags.
#    A failed recording leaves no archive; java then starts without one, only slower.
echo "maak-dist: class-data archief opnemen"
opname="$werk/opname"
mkdir -p "$opname"
"$rtjava" -XX:ArchiveClassesAtExit="$(native "$app/vplan.jsa")" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=9 \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$(native "$app/vplan.jar")" "$main_class" \
  build --content "$(native "$repo/content")" --out "$(native "$opname/site")" --school de-regenboog --force \
  >"$opname/build.log" 2>&1 || echo "maak-dist: opname gaf een foutcode (zie $opname/build.log)" >&2
if [ -f "$app/vplan.jsa" ]; then chmod 644 "$app/vplan.jsa"; else echo "maak-dist: geen vplan.jsa gemaakt" >&2; fi

# 4. The zip, top folder vplan/ (vplan.app/ on macOS), permissions kept (zip -y keeps links too).
zipbestand="$target/vplan-$versie-$os-$arch.zip"
rm -f "$zipbestand"
if command -v zip >/dev/null; then
  (cd "$(dirname "$root")" && zip -qry "$zipbestand" "$(basename "$root")")
else
  # Without zip (Git Bash on Windows): PowerShell's Compress-Archive; Windows has no exec bit.
  powershell.exe -NoProfile -Command "Compress-Archive -Path '$(native "$root")' -DestinationPath '$(native "$zipbestand")'"
fi
echo "maak-dist: $zipbestand ($(du -h "$zipbestand" | cut -f1))"
