#!/usr/bin/env bash
# Makes the Java 25 runtime of the image of src/main/docker/Dockerfile.aot: `jlink` of the JDK at
# JAVA25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64, Temurin 25, not a Debian package on
# bookworm) into target/container/java, of the modules the node uses. Prints that directory; exits
# with 3 and says so if there is no Java 25 JDK with jlink there (deploy/container/test.sh then builds
# the Java 17 image of Dockerfile.jvm).
#
#   deploy/container/java-runtime.sh
#
# The modules are those a node loads classes from (-Xlog:class+load, running the node and every page
# of it), and what they require: java.desktop for java.beans (read by Jackson), java.management and
# jdk.management for the metrics, java.naming and jdk.naming.dns for DNS discovery, java.sql for the
# store, java.rmi for the context propagation of SmallRye, jdk.unsupported for Netty, jdk.zipfs for reading the configuration out of a jar. Debug symbols,
# man pages and headers are left out; the modules stay uncompressed, as the JDK ships them, so what is
# not in the ahead-of-time cache loads as fast as from the JDK. The node's AWT code is never loaded
# (headless), so the image needs no X11 libraries. Made again when the JDK or this script changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JDK="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT="$ROOT/target/container/java"
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.rmi,java.security.jgss,java.sql,java.transaction.xa
MODULES=$MODULES,java.xml,jdk.crypto.ec,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

if [[ ! -x $JDK/bin/jlink ]]; then
  echo "java-runtime: no Java 25 JDK with jlink at $JDK (set JAVA25_HOME)" >&2
  exit 3
fi
FEATURE=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p')
if [[ ${FEATURE:-0} -lt 25 ]]; then
  echo "java-runtime: $JDK is Java $FEATURE, not 25 or newer (set JAVA25_HOME)" >&2
  exit 3
fi

STAMP="$("$JDK/bin/java" -version 2>&1 | head -2 | tr '\n' ' ') $(sha256sum "${BASH_SOURCE[0]}" | cut -c1-12)"
if [[ -x $OUT/bin/java && -f $OUT/.made-from && $(cat "$OUT/.made-from") == "$STAMP" ]]; then
  echo "$OUT"
  exit 0
fi
rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --output "$OUT" >&2
echo "$STAMP" > "$OUT/.made-from"
echo "java-runtime: $("$OUT/bin/java" -version 2>&1 | sed -n 2p), $(du -sh "$OUT" | cut -f1)" >&2
echo "$OUT"
