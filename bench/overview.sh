#!/usr/bin/env bash
# Time to render the dashboard's pages with a long chain in the store (the overview must not scan it).
# /blocks/<10 hex digits> finds a block by a prefix of its hash (where the search box sends it) and
# answers 303 to the block's page under its whole hash: the time of the lookup.
# Usage: bench/overview.sh [blocks] [requests]   (default 1,000,000 blocks at difficulty 0, 200 requests)
# Shares the store of bench/startup.sh (target/bench-store-<blocks>), generated once.
set -euo pipefail
cd "$(dirname "$0")/.."
BLOCKS=${1:-1000000}
REQUESTS=${2:-200}
PORT=${BENCH_HTTP_PORT:-18082}
STORE=target/bench-store-$BLOCKS
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
if [ ! -f "$STORE/chain.db" ]; then
    ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
    java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" dev.rantai.bench.StoreGenerator "$STORE" "$BLOCKS" 0 \
        | grep -v INFO
fi
java -Drantai.data-dir="$STORE" -Drantai.chain.difficulty=0 -Dquarkus.http.port="$PORT" -Drantai.p2p.port=0 \
    -jar target/quarkus-app/quarkus-run.jar > target/bench-overview.log 2>&1 &
NODE=$!
trap 'kill $NODE 2>/dev/null; wait $NODE 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 $NODE 2>/dev/null || { echo "node exited:"; tail -20 target/bench-overview.log; exit 1; }
    sleep 0.05
done
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "== store: $BLOCKS blocks, $(du -h "$STORE/chain.db" | cut -f1)"
# Cold: the first request of each page after the node is ready, before any warm-up (what a user meets first).
PREFIX=$(curl -s "localhost:$PORT/api/blocks/$((BLOCKS / 3))" | sed -E 's/.*"hash":"([0-9a-f]{10}).*/\1/')
PATHS=(/ /blocks "/blocks?before=500000" "/blocks/$((BLOCKS / 2))" /peers /network "/blocks/$PREFIX")
for path in "${PATHS[@]}"; do
    curl -s -o /dev/null -w "%{time_total}\n" "localhost:$PORT$path" \
        | awk -v p="$path" '{ printf "%-24s cold   %6.2f ms   (the first request after ready)\n", p, $1 * 1000 }'
done
for path in "${PATHS[@]}"; do
    # Warm up the JIT, then time each request (connection set-up included, on loopback).
    for _ in $(seq 50); do curl -s -o /dev/null "localhost:$PORT$path"; done
    for _ in $(seq "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "localhost:$PORT$path"; done \
        | sort -n | awk -v p="$path" '{ t[NR] = $1 * 1000 } END {
            printf "%-24s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d requests)\n",
                p, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR], NR }'
done
