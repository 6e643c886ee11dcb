#!/usr/bin/env bash
# CPU of a node that relays blocks between many peers: 32 peers connected over loopback (raw
# connections of dev.rantai.bench.RelayPeers), one of them announcing new valid blocks at 100 per
# second; the node verifies and stores each one and relays it to the other 31. The node's CPU
# (user + system, from /proc/<pid>/stat) is measured over the run, after a warm-up run.
# Usage: bench/relay.sh [peers] [blocks-per-second] [seconds]   (default 32, 100, 30)
set -euo pipefail
cd "$(dirname "$0")/.."
PEERS=${1:-32}
RATE=${2:-100}
SECONDS_RUN=${3:-30}
HTTP=18095
P2P=19095
WORK=$(mktemp -d)
trap 'kill $NODE 2>/dev/null; wait $NODE 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.cp)"

java -Xmx512m -Drantai.data-dir="$WORK/node" -Drantai.chain.difficulty=0 -Dquarkus.http.port=$HTTP \
    -Drantai.p2p.host=127.0.0.1 -Drantai.p2p.port=$P2P -Drantai.p2p.max-peers="$PEERS" \
    -Drantai.p2p.ban-scope=address -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$WORK/node.log" 2>&1 &
NODE=$!
until curl -sf "localhost:$HTTP/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$NODE/stat"; }
peers_connected() { curl -s "localhost:$HTTP/api/node" | sed -nE 's/.*"peers":([0-9]+).*/\1/p'; }
run() { # seconds
    java -cp "$CP" dev.rantai.bench.RelayPeers "http://127.0.0.1:$HTTP" $P2P "$PEERS" "$RATE" "$1" > "$WORK/relay.out" &
    local tool=$!
    until grep -q connected "$WORK/relay.out" 2>/dev/null; do kill -0 $tool || { cat "$WORK/relay.out"; exit 1; }; sleep 0.05; done
    local peers=0
    for _ in $(seq 30); do peers=$(peers_connected); [ "$peers" -ge "$PEERS" ] && break; sleep 0.1; done
    local c0 t0 c1 t1
    c0=$(cpu_ticks); t0=$(date +%s%N)
    wait $tool
    c1=$(cpu_ticks); t1=$(date +%s%N)
    local hz; hz=$(getconf CLK_TCK)
    echo "   $(tail -1 "$WORK/relay.out")"
    echo "   peers connected to the node: $peers; node CPU: $(awk -v c=$((c1 - c0)) -v hz="$hz" -v ns=$((t1 - t0)) \
        'BEGIN { printf "%.2f cores (%.1f s of CPU in %.1f s)", c / hz / (ns / 1e9), c / hz, ns / 1e9 }')"
    until [ "$(peers_connected)" = "0" ]; do sleep 0.1; done
}
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "== warm-up: $PEERS peers, $RATE blocks/s for 10 s"
run 10
echo "== $PEERS peers, $RATE blocks/s for $SECONDS_RUN s"
run "$SECONDS_RUN"
echo "   chain height $(curl -s "localhost:$HTTP/api/chain" | sed -E 's/.*"height":([0-9]+).*/\1/'), verify: $(curl -s "localhost:$HTTP/api/chain/verify" | sed -E 's/.*"valid":(true|false).*/valid=\1/')"
