#!/usr/bin/env bash
# Records the start-up cache of a node by a training run: on Java 25 or newer an ahead-of-time cache
# (-XX:AOTCacheOutput: classes loaded and linked, and method profiles), on older Java a class-data-sharing
# archive (-XX:ArchiveClassesAtExit). deploy/jvm/fast-start.sh runs it on target/fast-start, and
# src/main/docker/Dockerfile.aot inside the image, with the image's own java and paths.
#
#   JAVA=/path/to/java deploy/jvm/train.sh JAR CACHE
#
# The node is run as in production: `java @OPTIONS -XX:AOTCache=CACHE -jar JAR` (OPTIONS, default
# deploy/jvm/jvm.options, names the compiler directives by a path relative to the working directory,
# so run this where the node will run). The cache belongs to that exact java and to these jars: the JVM
# ignores it with another java or changed jars.
#
# The training is what a node does in its first minutes, on a small scale: it syncs blocks from a peer,
# takes submissions (one client, then eight), relays blocks both ways, and answers the API and the
# probes. A helper node of the same build is its peer. The cache holds every class the training loads,
# and the JVM loads and links all of them at start, where they stay resident: so the training leaves out
# what a node does seldom or only for a person (the dashboard's pages, the OpenAPI document, the metrics,
# serving a whole chain to a new peer), which the node loads from its jars the first time it is used,
# and that keeps its RSS at ready under 128 MiB (docs/benchmarks.md, "RSS at ready"). Sixty blocks load
# the classes that thousands would; the method profiles are of fewer calls. It uses temporary data
# directories and free ports on 127.0.0.1. Needs bash, curl, sed and coreutils.
# Environment: JAVA (default java), OPTIONS, TRAIN_BLOCKS (default 60: blocks of the training's phases), TRAIN_JIT_OPTIONS.
set -euo pipefail

JAR=${1:?the jar of the node}
CACHE=${2:?the cache to write}
JAVA="${JAVA:-java}"
OPTIONS="${OPTIONS:-deploy/jvm/jvm.options}"
N=${TRAIN_BLOCKS:-60}
FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p')
export MALLOC_ARENA_MAX=2
# On Java 25 the cache also records the level the JIT compiled each method at, and a node compiles a method the
# training compiled at level 1 with C1 at once, unprofiled. So the recorded node runs C1 alone, at a twentieth of the
# usual compile thresholds, which records its methods at level 1 (deploy/jvm/training-directives.json says why, and
# keeps the proof of work out of it; docs/benchmarks.md, "What the training tells the JIT"). TRAIN_JIT_OPTIONS replaces
# these options (empty: the training compiles as the node does).
JIT=()
if [[ $FEATURE -ge 25 ]]; then
  RECORD=(-XX:AOTCacheOutput="$CACHE")
  read -r -a JIT <<< "${TRAIN_JIT_OPTIONS-"-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.05 -XX:CompilerDirectivesFile=$(dirname "$OPTIONS")/training-directives.json"}"
else
  RECORD=(-XX:ArchiveClassesAtExit="$CACHE")
fi
[[ -f $JAR ]] || { echo "No $JAR" >&2; exit 1; }
[[ -f $OPTIONS ]] || { echo "No $OPTIONS here ($(pwd))" >&2; exit 1; }

WORK=$(mktemp -d)
NODES=()
TRAINED_FULLY=
cleanup() {
  for p in "${NODES[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
  # a node stopped in the middle of its training still writes a cache, of fewer classes and profiles: not kept
  if [[ -z $TRAINED_FULLY ]]; then rm -f "$CACHE"; echo "The training failed; no cache kept" >&2; fi
}
trap cleanup EXIT

node() { # name peers [java options...]: starts a node on free ports; sets HTTP and P2P to its ports
  local name=$1 peers=$2
  shift 2
  # the log exists before the node starts: the loop below reads it at once, and a missing file would end the script
  : > "$WORK/$name.log"
  "$JAVA" @"$OPTIONS" "$@" -Drantai.data-dir="$WORK/$name" -Drantai.chain.difficulty=0 \
    -Drantai.p2p.port=0 -Drantai.p2p.host=127.0.0.1 -Drantai.p2p.peers="$peers" -Dquarkus.http.port=0 \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.shutdown.delay-enabled=false -jar "$JAR" > "$WORK/$name.log" 2>&1 &
  NODES+=($!)
  HTTP= P2P=
  for _ in $(seq 1200); do
    HTTP=$(sed -nE 's|.*Listening on: http://[^ ]*:([0-9]+).*|\1|p' "$WORK/$name.log" | head -1)
    P2P=$(sed -nE 's|.*listening on [^ ]*:([0-9]+);.*|\1|p' "$WORK/$name.log" | head -1)
    [[ -n $HTTP && -n $P2P ]] && break
    kill -0 "${NODES[-1]}" 2>/dev/null || { echo "The training node $name stopped:" >&2; tail -20 "$WORK/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  [[ -n $HTTP && -n $P2P ]] || { echo "The training node $name did not start within 120 s" >&2; exit 1; }
  until curl -sf "http://127.0.0.1:$HTTP/q/health/ready" > /dev/null; do sleep 0.1; done
}
height() { curl -s "http://127.0.0.1:$1/api/chain" | sed -nE 's/.*"height":([0-9]+).*/\1/p'; }
await_height() { until [[ $(height "$1") -ge $2 ]]; do sleep 0.1; done; }
submit() { # port blocks parallel: blocks submitted over keep-alive connections, one request per block
  local i
  for ((i = 0; i < $2; i++)); do echo "url = \"http://127.0.0.1:$1/api/blocks\""; done > "$WORK/urls"
  curl -sf --no-progress-meter -o /dev/null -H 'Content-Type: text/plain' --data "training block" ${3:+--parallel --parallel-max $3} \
    -K "$WORK/urls" > /dev/null
}

echo "Recording $CACHE with $("$JAVA" -version 2>&1 | head -1) ..."
rm -f "$CACHE"
node holder ""
HOLDER=$HTTP HOLDER_P2P=$P2P
submit "$HOLDER" $((N / 3))
# The recorded node: syncs what the holder has, then takes and relays blocks both ways.
node trained "127.0.0.1:$HOLDER_P2P" "${RECORD[@]}" "${JIT[@]}"
TRAINED=$HTTP
TRAINED_PID=${NODES[-1]}
await_height "$TRAINED" $((N / 3))
submit "$TRAINED" $((N / 3))
submit "$TRAINED" $((N / 3)) 8
curl -sf -H 'Content-Type: application/json' --data '{"data":"training"}' "http://127.0.0.1:$TRAINED/api/blocks" > /dev/null
submit "$HOLDER" $((N / 6))
await_height "$TRAINED" "$(height "$HOLDER")"
BASE="http://127.0.0.1:$TRAINED"
for path in /api/chain /api/blocks /api/blocks/1 /api/peers /api/node /q/health/live /q/health/ready /q/health/started; do
  curl -sf "$BASE$path" > /dev/null || { echo "The training run failed on $path" >&2; exit 1; }
done
curl -s -o /dev/null -H 'Content-Type: application/json' --data '{"data":""}' "$BASE/api/blocks"

kill -TERM "$TRAINED_PID"
wait "$TRAINED_PID" || true
[[ -s $CACHE ]] || { echo "No cache was written; the training log:" >&2; tail -20 "$WORK/trained.log" >&2; exit 1; }
TRAINED_FULLY=1
echo "Recorded $CACHE: $(du -h "$CACHE" | cut -f1)"
