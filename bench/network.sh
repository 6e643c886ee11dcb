#!/usr/bin/env bash
# Propagation through a network of three fully connected nodes (packaged jar, difficulty 0,
# default store settings), then the sync of a fresh node from a peer with a long chain.
#  1. N blocks submitted over HTTP keep-alive to node A, sequentially and with 8 concurrent
#     connections (wrk with bench/submit-n.lua, which stops after N answers): time from the first
#     request until all three hold them, every block verified and stored by every node; p50/p99
#     propagation delay from B and C (over the node's life: warm-up, sequential and concurrent runs).
#  2. A fresh node joins a peer that holds SYNC_BLOCKS blocks: time until it has them all. Three
#     fresh nodes join one after the other (each stopped before the next starts): the first finds
#     the holder just started too, the others a holder that has served a sync before.
# Usage: [WARMUP=seconds] [WARMUP_RUNS=n] [RUNS=n] [SYNC_ONLY=1 | NO_SYNC=1] [JAR=path]
#        [NODE_OPTS=-Dkey=value...] bench/network.sh [blocks] [sync-blocks]
# Defaults: 60 s, 20 and 5 runs of each kind, 1000 and 100000 blocks. SYNC_ONLY skips part 1,
# NO_SYNC part 2, JAR runs another build, NODE_OPTS adds system properties to every node.
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
SYNC_BLOCKS=${2:-100000}
WARMUP=${WARMUP:-60}
RUNS=${RUNS:-5}
WARMUP_RUNS=${WARMUP_RUNS:-20}
source bench/nodes.sh

machine
if [ -z "${SYNC_ONLY:-}" ]; then
start_mesh 18090 19090

run() { # label threads connections [quiet]
    local base target t0 t1 submitted wrk_pid
    base=$(height 18090)
    target=$((base + N))
    t0=$(now_ms)
    # wrk runs for its whole -d even after its threads stopped: it is interrupted (and prints its
    # latency figures) once all three nodes hold the N blocks.
    wrk -t"$2" -c"$3" -d600s --latency -s bench/submit-n.lua "http://127.0.0.1:18090" -- $((N / $2 + 8)) > "$WORK/wrk.out" &
    wrk_pid=$!
    await_height 18090 "$target"
    submitted=$(now_ms)
    for p in 18091 18092; do await_height $p "$target"; done
    t1=$(now_ms)
    kill -INT $wrk_pid; wait $wrk_pid || true
    read -r -t 1 -u "$PAUSE_FD" || true # what was still in flight when wrk stopped settles before the next run
    [ -n "${4:-}" ] && return
    # The first block's own timestamp (mined on A's clock, the same as this script's): the time
    # before it is wrk's start-up and connecting, the client's cost rather than the network's.
    local first
    first=$(curl -s "localhost:18090/api/blocks/$((base + 1))" | sed -E 's/.*"timestamp":([0-9]+).*/\1/')
    local answers="every answer 201 Created"
    if grep -q 'Non-2xx' "$WORK/wrk.out"; then answers="SOME ANSWERS NOT 201: $(grep Non-2xx "$WORK/wrk.out")"; fi
    echo "== $1 ($3 connection(s)): $N blocks submitted to A, $answers"
    grep -E '^ +(50|99)%' "$WORK/wrk.out" | sed -E 's/^ +/   request latency p/'
    echo "   on A after $((submitted - t0)) ms; on all three nodes after $((t1 - t0)) ms: $((N * 1000 / (t1 - t0))) blocks/s"
    echo "   first block mined $((first - t0)) ms after wrk started; from it to all three: $((t1 - first)) ms," \
        "$((N * 1000 / (t1 - first))) blocks/s"
    RATES+=($((N * 1000 / (t1 - t0))))
    FROM_FIRST+=($((N * 1000 / (t1 - first))))
}
measured() { # kind threads connections: RUNS reported runs and their medians
    RATES=() FROM_FIRST=()
    for i in $(seq "$RUNS"); do run "$1, run $i" "$2" "$3"; done
    echo "== $1 ($3 connection(s)): median $(median "${RATES[@]}") blocks/s over ${RUNS} runs (${RATES[*]});" \
        "from the first block: median $(median "${FROM_FIRST[@]}") (${FROM_FIRST[*]})"
}
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2))}'; }
# p50 and p99 of each node's propagation histogram, as the upper bound of the bucket that holds each.
propagation() {
    for p in 18091 18092; do
        curl -s "localhost:$p/q/metrics" | awk -v node=":$p" '
            /^rantai_block_propagation_delay_seconds_bucket\{/ {
                match($0, /le="[^"]*"/); n++; le[n] = substr($0, RSTART + 4, RLENGTH - 5); cum[n] = $NF }
            END {
                split("0.5 0.99", qs, " ")
                for (i = 1; i <= 2; i++) {
                    for (j = 1; j <= n && cum[j] < qs[i] * cum[n]; j++) {}
                    printf "   node %s p%s <= %s s (%d blocks)\n", node, qs[i] * 100, le[j], cum[n] }
            }'
    done
}
# Warm-up: on 2 cores the JIT needs minutes of traffic to compile three JVMs' hot paths, the
# measuring itself included (the height polls of A, B and C): a first minute of wrk alone, then
# WARMUP_RUNS runs exactly like the measured ones, not reported. Without them the rate still rose
# from each run to the next (570 to 1,358 blocks/s over five sequential runs). Each kind of run
# comes right after a warm-up of its own kind: after 8 connections, a sequential client is slower
# for a while than after a sequential warm-up.
echo "== warm-up: ${WARMUP}s with 8 connections, then ${WARMUP_RUNS} sequential runs (not reported)"
wrk -t2 -c8 -d"${WARMUP}s" -s bench/submit.lua "http://127.0.0.1:18090" >/dev/null
for p in 18091 18092; do await_height $p "$(height 18090)"; done
for i in $(seq "$WARMUP_RUNS"); do run warm-up 1 1 quiet; done
measured sequential 1 1
echo "== warm-up: ${WARMUP_RUNS} runs with 8 connections (not reported)"
for i in $(seq "$WARMUP_RUNS"); do run warm-up 2 8 quiet; done
measured concurrent 2 8
echo "== propagation delay on B and C over the nodes' life (warm-up included):"
propagation
for p in 18091 18092; do [ "$(tip $p)" = "$(tip 18090)" ] || echo "   tip of :$p differs!"; done
for p in 18090 18091 18092; do echo "   verify :$p $(curl -s localhost:$p/api/chain/verify | sed -E 's/.*"valid":(true|false).*/valid=\1/')"; done
for p in "${PIDS[@]}"; do kill "$p"; done; wait 2>/dev/null || true; PIDS=()
fi

[ -n "${NO_SYNC:-}" ] && exit 0
STORE=target/bench-store-$SYNC_BLOCKS
if [ ! -f "$STORE/chain.db" ]; then
    java -cp "$CP" dev.rantai.bench.StoreGenerator "$STORE" "$SYNC_BLOCKS" 0 | grep -v INFO
fi
cp -r "$STORE" "$WORK/holder"
start_node holder 18093 19093 "$WORK/holder" ""
wait_ready 18093
echo "== sync: a fresh node joins a peer with $SYNC_BLOCKS blocks, three times"
for k in 1 2 3; do
    t0=$(now_ms)
    start_node "fresh$k" "1810$k" "1910$k" "$WORK/fresh$k" "127.0.0.1:19093"
    FRESH=${PIDS[-1]}
    wait_ready "1810$k"
    ready=$(now_ms)
    await_height "1810$k" "$SYNC_BLOCKS"
    t1=$(now_ms)
    echo "   join $k: process start -> ready $((ready - t0)) ms; ready -> all $SYNC_BLOCKS blocks verified and stored $((t1 - ready)) ms;" \
        "verify: $(curl -s "localhost:1810$k/api/chain/verify" | sed -E 's/.*"valid":(true|false).*/valid=\1/')"
    kill "$FRESH"; wait "$FRESH" 2>/dev/null || true
done
