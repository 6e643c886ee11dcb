#!/usr/bin/env bash
# Rantai and naivechain side by side, in one run, three nodes each, fully connected on loopback.
# For each system, on fresh nodes:
#  - start-up: each node started alone, time from the process start to ready (Rantai:
#    /q/health/ready; naivechain: its HTTP port answers) and RSS at ready;
#  - cold, sequential: the first N blocks after all three are ready, one client connection;
#  - cold, 8 clients: on another three fresh nodes, N blocks over 8 connections;
#  - warm: on the first three, after WARM blocks (8 connections), N blocks sequential and N with 8.
# Each run prints blocks/s from the first request until the last block is on B and C, the submit
# latency p50/p99 at the client, the propagation p50/p99 (a block's arrival on B or C minus the
# moment its request was sent) and the CPU of the three nodes per block (user + system,
# /proc/PID/stat). The client is dev.rantai.bench.CompareClient (HTTP/1.1 keep-alive; arrivals from
# the Rantai stores afterwards and from naivechain's own peer broadcasts).
#
# naivechain is not part of this repository. Bring it into a scratch folder outside it, e.g. with
#   git clone https://github.com/lhartikk/naivechain /tmp/naivechain && (cd /tmp/naivechain && npm install)
# and pass that folder. On Node.js 20 it needs NODE_OPTIONS=--openssl-legacy-provider (set here).
# Usage: [N=1000] [WARM=20000] [JAVA_OPTS=...] [ONLY=rantai|naivechain] bench/compare.sh NAIVECHAIN_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
NAIVE=$(cd "${1:?the folder of naivechain, with its node_modules}" && pwd)
N=${N:-1000}
WARM=${WARM:-20000}
source bench/nodes.sh
export NODE_OPTIONS=--openssl-legacy-provider

machine
echo "== $(node --version) for naivechain; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

rss_mib() { echo $(( $(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' "/proc/$1/status") / 1024 )); }

start_rantai() { # name http p2p peers: sets STARTED_MS, appends to PIDS
    local t0
    t0=$(now_ms)
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of words
    java ${JAVA_OPTS:-} -Drantai.data-dir="$WORK/$1" -Drantai.chain.difficulty=0 -Dquarkus.http.port="$2" \
        -Drantai.p2p.host=127.0.0.1 -Drantai.p2p.port="$3" -Drantai.p2p.peers="$4" -Dquarkus.log.level=WARN \
        -jar target/quarkus-app/quarkus-run.jar > "$WORK/$1.log" 2>&1 &
    PIDS+=($!)
    until curl -sf "localhost:$2/q/health/ready" >/dev/null 2>&1; do sleep 0.01; done
    STARTED_MS=$(( $(now_ms) - t0 ))
}

start_naive() { # name http p2p peers
    local t0
    t0=$(now_ms)
    # each output line with the time it was written: when the node took a peer's block
    HTTP_PORT=$2 P2P_PORT=$3 PEERS=$4 node "$NAIVE/main.js" \
        > >(perl -MTime::HiRes=time -ne '$| = 1; printf "%.3f %s", time, $_' > "$WORK/$1.log") 2>&1 &
    PIDS+=($!)
    until curl -sf "localhost:$2/peers" >/dev/null 2>&1; do sleep 0.01; done
    STARTED_MS=$(( $(now_ms) - t0 ))
}

three() { # system http p2p: starts A, B, C one after the other, each alone, and prints their start-up
    local s=$1 h=$2 q=$3 i name peers
    NODES=()
    for i in 0 1 2; do
        name="$s-$h-$i"
        if [ "$s" = rantai ]; then
            peers=$( [ $i -eq 0 ] && echo "" || { [ $i -eq 1 ] && echo "127.0.0.1:$q" || echo "127.0.0.1:$q,127.0.0.1:$((q + 1))"; })
            start_rantai "$name" $((h + i)) $((q + i)) "$peers"
        else
            peers=$( [ $i -eq 0 ] && echo "" || { [ $i -eq 1 ] && echo "ws://127.0.0.1:$q" || echo "ws://127.0.0.1:$q,ws://127.0.0.1:$((q + 1))"; })
            start_naive "$name" $((h + i)) $((q + i)) "$peers"
        fi
        NODES+=("${PIDS[-1]}")
        echo "   node $i: ready after $STARTED_MS ms, RSS $(rss_mib "${PIDS[-1]}") MiB"
    done
    # connected: every node sees two peers
    for i in 0 1 2; do
        if [ "$s" = rantai ]; then
            until [ "$(peers $((h + i)))" = "2" ]; do sleep 0.05; done
        else
            until [ "$(curl -s "localhost:$((h + i))/peers" | tr -cd ',' | wc -c)" -ge 1 ]; do sleep 0.05; done
        fi
    done
}

measure() { # system label connections http p2p: one run of N blocks on the three nodes at http/p2p
    local s=$1 t0 t1 out observers
    if [ "$s" = rantai ]; then observers="$WORK/$s-$4-1 $WORK/$s-$4-2"; else observers="$WORK/$s-$4-1.log $WORK/$s-$4-2.log"; fi
    cpu_ticks "${NODES[@]}"; t0=$TICKS
    # shellcheck disable=SC2086 # the observers are two words
    out=$(java -cp "$CP" dev.rantai.bench.CompareClient "$s" "$2" "$N" "$3" "$4" $observers)
    cpu_ticks "${NODES[@]}"; t1=$TICKS
    read -r rate p50 p99 prop50 prop99 rest <<< "$out"
    printf '   %-22s %6s blocks/s  submit p50 %3s ms p99 %4s ms  propagation p50 %3s ms p99 %4s ms  CPU %s ms/block %s\n' \
        "$2 ($3 conn.)" "$rate" "$p50" "$p99" "$prop50" "$prop99" \
        "$(awk -v t=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" -v n="$N" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')" "${rest:-}"
}

stop_nodes() {
    for p in "${NODES[@]}"; do kill "$p" 2>/dev/null || true; done
    wait "${NODES[@]}" 2>/dev/null || true
}

for s in rantai naivechain; do
    [ -n "${ONLY:-}" ] && [ "$ONLY" != "$s" ] && continue
    echo "== $s: three fresh nodes"
    three "$s" 28100 29100
    measure "$s" cold-seq 1 28100 29100
    stop_nodes
    echo "== $s: three other fresh nodes"
    three "$s" 28110 29110
    measure "$s" cold-8 8 28110 29110
    echo "   warm-up: $WARM blocks, 8 connections"
    java -cp "$CP" dev.rantai.bench.CompareClient "$s" warmup "$WARM" 8 28110 - > /dev/null
    measure "$s" warm-seq 1 28110 29110
    measure "$s" warm-8 8 28110 29110
    stop_nodes
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
