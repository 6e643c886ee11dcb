#!/usr/bin/env bash
# Durable submissions over HTTP keep-alive at difficulty 0, default store settings
# (rantai.store.sync=normal): one sequential client, then 8 concurrent clients, against the
# packaged node. Every request is answered only after its block is committed; the chain height
# before and after each run is compared with wrk's count of 201 responses.
# Usage: bench/submit.sh [seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
PORT=${BENCH_HTTP_PORT:-18080}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
DATA=$(mktemp -d)
java -Xmx256m -Drantai.data-dir="$DATA" -Drantai.chain.difficulty=0 -Dquarkus.http.port="$PORT" \
    -Drantai.p2p.port=0 -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$DATA/node.log" 2>&1 &
NODE=$!
trap 'kill $NODE 2>/dev/null; wait $NODE 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done

height() { curl -s "localhost:$PORT/api/chain" | sed -E 's/.*"height":([0-9]+).*/\1/'; }
run() {
    local name=$1 threads=$2 conns=$3
    local before after out
    before=$(height)
    out=$(wrk -t"$threads" -c"$conns" -d"${SECONDS_PER_RUN}s" --latency -s bench/submit.lua "http://localhost:$PORT")
    after=$(height)
    echo "== $name: $conns connection(s)"
    echo "$out" | grep -E "Requests/sec|Non-2xx|requests in|50%|99%"
    echo "   chain height $before -> $after: $((after - before)) blocks committed"
}
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
run warmup 1 1 >/dev/null
run sequential 1 1
run concurrent 2 8
