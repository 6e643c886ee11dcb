#!/usr/bin/env bash
# Builds the node for the fastest start on a JVM: one jar (Quarkus uber-jar) and a class-data-sharing
# archive (AppCDS) of every class the node loads while it starts and serves its pages, recorded by a
# training run of that jar on this machine's java.
#
#   deploy/jvm/fast-start.sh            build target/fast-start/rantai-node-runner.jar and rantai-node.jsa
#   deploy/jvm/fast-start.sh --train    only record the archive again (after a JDK update, say)
#
# Then run the node as printed at the end:
#   java -XX:SharedArchiveFile=target/fast-start/rantai-node.jsa -jar target/fast-start/rantai-node-runner.jar
#
# The archive belongs to the exact java that recorded it and to that jar (its path, size and time):
# rebuild both together and record with the java that will run them. With another java or jar the
# JVM ignores the archive and starts as slowly as without it (add -Xshare:on to fail instead).
# The training run uses a temporary data directory and free ports, and is stopped once it served.
# Environment: JAVA (default java).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/target/fast-start"
JAR="$OUT/rantai-node-runner.jar"
JSA="$OUT/rantai-node.jsa"
JAVA="${JAVA:-java}"

if [[ ${1:-} != --train ]]; then
  echo "Building $JAR ..."
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=uber-jar \
    -Dquarkus.package.output-directory=fast-start -Dquarkus.package.output-name=rantai-node)
fi
[[ -f $JAR ]] || { echo "No $JAR: run $0 without --train first" >&2; exit 1; }

WORK=$(mktemp -d)
NODE=
cleanup() {
  if [[ -n $NODE ]]; then kill "$NODE" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "Recording $JSA with $("$JAVA" -version 2>&1 | head -1) ..."
rm -f "$JSA"
# Port 0 everywhere: the training run never collides with a node already running here.
"$JAVA" -XX:ArchiveClassesAtExit="$JSA" \
  -Drantai.data-dir="$WORK/data" -Drantai.chain.difficulty=8 -Drantai.p2p.port=0 -Drantai.p2p.host=127.0.0.1 \
  -Dquarkus.http.port=0 -Dquarkus.http.host=127.0.0.1 -Dquarkus.shutdown.delay-enabled=false \
  -jar "$JAR" > "$WORK/training.log" 2>&1 &
NODE=$!

PORT=
for _ in $(seq 600); do
  PORT=$(sed -nE 's|.*Listening on: http://[^ ]*:([0-9]+).*|\1|p' "$WORK/training.log" | head -1)
  [[ -n $PORT ]] && break
  kill -0 "$NODE" 2>/dev/null || { echo "The training run stopped:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
  sleep 0.1
done
[[ -n $PORT ]] || { echo "The training run did not start within 60 s" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"

# What a node does in its first minutes: probes, the API, a few submissions, the dashboard's pages.
curl -sf "$BASE/q/health/ready" > /dev/null
for i in 1 2 3; do
  curl -sf -H 'Content-Type: text/plain' --data "training block $i" "$BASE/api/blocks" > /dev/null
done
curl -sf -H 'Content-Type: application/json' --data '{"data":"{\"training\":4}"}' "$BASE/api/blocks" > /dev/null
for path in /api/chain /api/blocks /api/blocks/1 /api/peers /api/node /api/chain/verify \
    / /blocks /blocks/2 /peers /q/health /q/health/live /q/health/started /q/metrics /q/openapi; do
  curl -sf "$BASE$path" > /dev/null || { echo "The training run failed on $path" >&2; exit 1; }
done
curl -s -o /dev/null -H 'Content-Type: application/json' --data '{"data":""}' "$BASE/api/blocks"

kill -TERM "$NODE"
wait "$NODE" || true
NODE=
[[ -s $JSA ]] || { echo "No archive was written; the training log:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
# Fails if this java cannot map the archive with this jar.
"$JAVA" -Xshare:on -XX:SharedArchiveFile="$JSA" -cp "$JAR" -version > /dev/null 2>&1 \
  || { echo "$JSA was written but this java cannot use it" >&2; exit 1; }

echo "Done: $(du -h "$JAR" | cut -f1) jar, $(du -h "$JSA" | cut -f1) archive. Run the node with:"
echo "  java -XX:SharedArchiveFile=${JSA#"$PWD/"} -jar ${JAR#"$PWD/"}"
