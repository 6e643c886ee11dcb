#!/usr/bin/env bash
# Puts SQLite's native library for this machine into an application's lib/native, beside its quarkus-run.jar:
#   deploy/jvm/sqlite-native.sh target/fast-start
# The node then loads SQLite from there (dev.rantai.RantaiMain sets sqlite-jdbc's org.sqlite.lib.path) instead of
# writing its own copy into the temporary directory at every start and loading it from there: a /tmp mounted
# noexec no longer matters (docs/operations.md, "Fast start"). The library is the one the application's own
# sqlite-jdbc jar carries for this machine's operating system and architecture, as the driver itself names them;
# run it on the machine (or the image's architecture) that will run the node. fast-start.sh and
# deploy/container/test.sh run it after packaging. Environment: JAVA (default java).
set -euo pipefail

APP=${1:?the application folder, holding quarkus-run.jar and lib/main}
JAVA="${JAVA:-java}"
shopt -s nullglob
jars=("$APP"/lib/main/org.xerial.sqlite-jdbc-*.jar)
[[ ${#jars[@]} -eq 1 ]] || { echo "$0: expected one sqlite-jdbc jar in $APP/lib/main, found ${#jars[@]}" >&2; exit 1; }
# The driver's own name for this platform's folder in its jar, e.g. Linux/x86_64 or Linux/aarch64.
platform=$("$JAVA" -cp "${jars[0]}" org.sqlite.util.OSInfo)
library=$(unzip -Z1 "${jars[0]}" | grep -E "^org/sqlite/native/$platform/[^/]+$" | head -1) \
  || { echo "$0: ${jars[0]} has no native library for $platform" >&2; exit 1; }
mkdir -p "$APP/lib/native"
unzip -o -q -j "${jars[0]}" "$library" -d "$APP/lib/native"
echo "SQLite's native library for $platform: $APP/lib/native/$(basename "$library")"
