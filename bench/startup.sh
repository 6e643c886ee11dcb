#!/usr/bin/env bash
# Start-up to ready, and heap in use after start, with a long chain in the store, for the two ways
# the node is packaged, run by turns:
#   fast-jar    java -jar target/quarkus-app/quarkus-run.jar (./mvnw package)
#   fast-start  the way a node runs in production (README): Java 25 (JAVA25) with deploy/jvm/jvm.options and the
#               ahead-of-time cache that deploy/jvm/fast-start.sh records for Quarkus' aot-jar
#               (MALLOC_ARENA_MAX=2 java @deploy/jvm/jvm.options -XX:AOTCache=target/fast-start/app.aot -jar target/fast-start/quarkus-run.jar)
# Usage: bench/startup.sh [blocks] [runs]   (default 1,000,000 blocks at difficulty 0, 5 runs each)
# The store is generated once under target/bench-store-<blocks> through the normal validation
# path (dev.rantai.bench.StoreGenerator) and reused; both packagings are built if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BLOCKS=${1:-1000000}
RUNS=${2:-5}
PORT=${BENCH_HTTP_PORT:-18081}
STORE=target/bench-store-$BLOCKS
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -f target/fast-start/app.aot ] || JAVA="$JAVA25" deploy/jvm/fast-start.sh
if [ ! -f "$STORE/chain.db" ]; then
    ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
    java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" dev.rantai.bench.StoreGenerator "$STORE" "$BLOCKS" 0 \
        | grep -v INFO
fi
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "== store: $BLOCKS blocks, $(du -h "$STORE/chain.db" | cut -f1)"
declare -A LAUNCH=(
    [fast-jar]="java -jar target/quarkus-app/quarkus-run.jar"
    [fast-start]="env MALLOC_ARENA_MAX=2 $JAVA25 @deploy/jvm/jvm.options -XX:AOTCache=target/fast-start/app.aot -jar target/fast-start/quarkus-run.jar")
for i in $(seq "$RUNS"); do
  for kind in fast-jar fast-start; do
    t0=$(date +%s%N)
    launch=(${LAUNCH[$kind]}) # the java, its options, -jar and the jar
    "${launch[@]::${#launch[@]}-2}" -Drantai.data-dir="$STORE" -Drantai.chain.difficulty=0 \
        -Dquarkus.http.port="$PORT" -Drantai.p2p.port=0 "${launch[@]: -2}" > target/bench-startup.log 2>&1 &
    NODE=$!
    until curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1; do
        kill -0 $NODE 2>/dev/null || { echo "node exited:"; tail -20 target/bench-startup.log; exit 1; }
        sleep 0.02
    done
    t1=$(date +%s%N)
    jcmd $NODE GC.run >/dev/null
    # every generation's use: G1 prints one line for the heap, the serial collector one per generation
    used=$(jcmd $NODE GC.heap_info | sed -nE 's/.*(garbage-first heap|generation|DefNew|Tenured) +total [0-9]+K, used ([0-9]+)K.*/\2/p' \
        | awk '{ s += $1 } END { print s + 0 }')
    height=$(curl -s "localhost:$PORT/q/health/ready" | tr -d ' \n' | sed -nE 's/.*"height":([0-9]+).*/\1/p')
    printf 'run %d %-10s ready after %5d ms, heap used after full GC %d MiB, height %s\n' "$i" "$kind" \
        $(( (t1 - t0) / 1000000 )) $((used / 1024)) "${height:-?}"
    kill $NODE; wait $NODE 2>/dev/null || true
  done
done
