#!/usr/bin/env bash
# Builds the node for the fastest start and warm-up on a JVM, as run in production (README, operations.md):
#
#  - Java 25 or newer: Quarkus' aot-jar layout (every jar on the class path of the JVM's own class
#    loader) and an ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, and the method
#    profiles of a training run) recorded by a training run of that layout;
#  - older Java: one jar (Quarkus uber-jar) and a class-data-sharing archive (AppCDS) of the classes a
#    training run loads (Java 17 cannot archive the classes of the fast-jar's own class loader);
#  - with the aot-jar, SQLite's native library for this machine in target/fast-start/lib/native
#    (deploy/jvm/sqlite-native.sh), which the node loads instead of extracting its own copy at every start.
#
#   deploy/jvm/fast-start.sh            build target/fast-start and record the cache (or archive)
#   deploy/jvm/fast-start.sh --train    only record it again (after a JDK update, say)
#
# Then run the node as printed at the end, e.g. with Java 25:
#   MALLOC_ARENA_MAX=2 java @deploy/jvm/jvm.options -XX:AOTCache=target/fast-start/app.aot -jar target/fast-start/quarkus-run.jar
#
# The training run (deploy/jvm/train.sh) is what a node does in its first minutes, on a small scale: it
# syncs blocks from a peer, takes submissions, relays blocks both ways and answers the API and the probes.
# It uses temporary data directories and free ports on 127.0.0.1; it never touches ./data.
# The cache belongs to the exact java that recorded it and to these jars: rebuild both together and
# record with the java that will run them. With another java or jar the JVM ignores the cache (add
# -XX:AOTMode=on to make it refuse to start instead) and starts as slowly as without.
# Environment: JAVA (default java), TRAIN_BLOCKS (train.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/fast-start"
OPTIONS="$ROOT/deploy/jvm/jvm.options"
JAVA="${JAVA:-java}"
FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p')

if [[ $FEATURE -ge 25 ]]; then
  JAR="$OUT/quarkus-run.jar"
  CACHE="$OUT/app.aot"
  TYPE=aot-jar
  USE="-XX:AOTCache=$CACHE"
else
  JAR="$OUT/rantai-node-runner.jar"
  CACHE="$OUT/rantai-node.jsa"
  TYPE=uber-jar
  USE="-XX:SharedArchiveFile=$CACHE"
fi

if [[ ${1:-} != --train ]]; then
  echo "Building $JAR ($TYPE) ..."
  rm -rf "$OUT"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=$TYPE \
    -Dquarkus.package.output-directory=fast-start -Dquarkus.package.output-name=rantai-node)
fi
[[ -f $JAR ]] || { echo "No $JAR ($TYPE, for Java $FEATURE): run $0 without --train first" >&2; exit 1; }
# SQLite's native library beside the jar, loaded from there at start (deploy/jvm/sqlite-native.sh says why).
[[ $TYPE != aot-jar ]] || JAVA="$JAVA" "$ROOT/deploy/jvm/sqlite-native.sh" "$OUT" >/dev/null

JAVA="$JAVA" OPTIONS="$OPTIONS" "$ROOT/deploy/jvm/train.sh" "$JAR" "$CACHE"

echo "Done: $(du -sh "$OUT" --exclude="$(basename "$CACHE")" | cut -f1) of jars, $(du -h "$CACHE" | cut -f1) cache. Run the node with:"
echo "  MALLOC_ARENA_MAX=2 $JAVA @${OPTIONS#"$ROOT/"} ${USE/"$ROOT/"/} -jar ${JAR#"$ROOT/"}"
echo "from $ROOT (deploy/jvm/jvm.options names the compiler directives by a relative path)."
