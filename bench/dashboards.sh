#!/usr/bin/env bash
# Do open dashboards slow block propagation? Three fully connected nodes (packaged jar, difficulty 0,
# default store settings, loopback); N blocks submitted over HTTP keep-alive to node A by
# dev.rantai.bench.SubmitClient, in three phases, one after the other, on the same three nodes:
#   (a)  no dashboard open;
#   (b)  DASHBOARDS event streams (GET /api/events) open on EACH of the three nodes, A included,
#        every one read as it arrives by dev.rantai.bench.EventStreamClients (one JVM on the same
#        machine, one connection per stream), which prints the events they received;
#   (a') no dashboard again, to see whether the nodes drifted between phases.
# A warm-up of N blocks comes first and is not reported. For each phase: blocks/s from the first
# request until all three nodes hold the blocks, and the propagation delay p50/p99 on B and C.
# The delays are per block of the phase, read from B's and C's stores after the nodes stopped
# (dev.rantai.bench.PropagationDelays: acceptance minus block timestamp, the definition of the
# rantai_block_propagation_delay_milliseconds summary, which accumulates over a node's life and so
# cannot tell the phases apart).
# Usage: bench/dashboards.sh [blocks] [dashboards per node] [connections]   (default 1000 100 1)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
DASHBOARDS=${2:-100}
CONNECTIONS=${3:-1}
source bench/nodes.sh
A=18190 B=18191 C=18192

machine
echo "== $N blocks per phase, $CONNECTIONS connection(s) to A; phase (b): $DASHBOARDS event streams on each of A, B, C"
start_node a $A 19190 "$WORK/a" "127.0.0.1:19191,127.0.0.1:19192"
start_node b $B 19191 "$WORK/b" "127.0.0.1:19190,127.0.0.1:19192"
start_node c $C 19192 "$WORK/c" "127.0.0.1:19190,127.0.0.1:19191"
NODES=("${PIDS[@]}")
for p in $A $B $C; do wait_ready $p; done
for p in $A $B $C; do until [ "$(peers $p)" = "2" ]; do sleep 0.1; done; done

declare -A RATE RANGE
phase() { # label description
    local base target t0 t1 submitted
    base=$(height $A)
    java -cp "$CP" dev.rantai.bench.SubmitClient "http://127.0.0.1:$A" "$N" "$CONNECTIONS" > "$WORK/created-$1"
    submitted=$(now_ms)
    t0=$(cut -d' ' -f2 "$WORK/created-$1") # the first request, not the client's JVM start
    target=$(height $A)
    for p in $B $C; do until [ "$(height $p)" -ge "$target" ]; do sleep 0.01; done; done
    t1=$(now_ms)
    local blocks=$((target - base))
    RATE[$1]=$((blocks * 1000 / (t1 - t0)))
    RANGE[$1]="$((base + 1)):$target"
    echo "== ($1) $2: $blocks blocks submitted to A, $(cut -d' ' -f1 "$WORK/created-$1") answered 201"
    echo "   submitted in $((submitted - t0)) ms; on all three nodes after $((t1 - t0)) ms: ${RATE[$1]} blocks/s"
}

phase warmup "warm-up, not reported" >/dev/null
phase a "no dashboards"

java -Xmx256m -cp "$CP" dev.rantai.bench.EventStreamClients "$DASHBOARDS" \
    "http://127.0.0.1:$A" "http://127.0.0.1:$B" "http://127.0.0.1:$C" > "$WORK/streams" 2>&1 &
STREAMS=$!
PIDS+=($STREAMS)
until grep -q '^connected' "$WORK/streams"; do
    kill -0 $STREAMS 2>/dev/null || { cat "$WORK/streams"; exit 1; }
    sleep 0.1
done
phase b "$((3 * DASHBOARDS)) event streams open ($DASHBOARDS on each node)"
# Let the streams drain (at most 10 s, or until their count stood still for 2 s). A stream gets one
# block event per block only while blocks come slower than 25 per 200 ms window: a window carries the
# newest 25, so "received" is below "blocks" whenever the phase ran faster than 125 blocks/s.
expected=$((3 * DASHBOARDS * N))
still=0
for _ in $(seq 100); do
    before=${got:-0}
    got=$(grep '^progress' "$WORK/streams" | tail -1 | cut -d' ' -f2)
    [ "${got:-0}" -ge "$expected" ] && break
    if [ "${got:-0}" -eq "$before" ]; then still=$((still + 1)); else still=0; fi
    [ "$still" -ge 20 ] && break
    sleep 0.1
done
kill $STREAMS; wait $STREAMS 2>/dev/null || true
echo "   block events received: ${got:-0}; blocks x streams: $expected ($((3 * DASHBOARDS)) streams x $N blocks)"
sed -n 's/^totals /   streams: /p; s/^stream failed/   stream failed/p' "$WORK/streams"

phase a2 "no dashboards again"

for p in $B $C; do [ "$(tip $p)" = "$(tip $A)" ] || echo "   tip of :$p differs from A's!"; done
for p in $A $B $C; do echo "   verify :$p $(curl -s localhost:$p/api/chain/verify | sed -E 's/.*"valid":(true|false).*/valid=\1/')"; done
for p in "${NODES[@]}"; do kill "$p"; done
for p in "${NODES[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

echo "== propagation delay per block of the phase (acceptance minus block timestamp, ms)"
printf '   %-6s %9s   %-22s %-22s\n' phase blocks/s "B: blocks p50 p99 max" "C: blocks p50 p99 max"
ranges=()
for ph in a b a2; do ranges+=("$ph:${RANGE[$ph]}"); done
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/b" "${ranges[@]}" 2>/dev/null | grep -E '^(a|b|a2) ' > "$WORK/delays-b"
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/c" "${ranges[@]}" 2>/dev/null | grep -E '^(a|b|a2) ' > "$WORK/delays-c"
for ph in a b a2; do
    printf '   %-6s %9s   %-22s %-22s\n' "$ph" "${RATE[$ph]}" \
        "$(sed -n "s/^$ph //p" "$WORK/delays-b")" "$(sed -n "s/^$ph //p" "$WORK/delays-c")"
done
