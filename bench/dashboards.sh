#!/usr/bin/env bash
# Do open dashboards slow block propagation? Three fully connected nodes (packaged jar, difficulty 0,
# default store settings, loopback). Blocks are submitted to node A over HTTP keep-alive at a steady
# RATE (dev.rantai.bench.SubmitClient, one connection), N per phase, in six phases on the same nodes:
#   (a)  no dashboard open;
#   (b)  DASHBOARDS event streams (GET /api/events) open on EACH of the three nodes, A included, read
#        as they arrive by dev.rantai.bench.EventStreamClients (one JVM, one thread, one connection
#        per stream, at the lowest CPU priority: a browser runs on another machine than its node);
#   (a2) (b2) (a3) (b3) the same again, by turns: the a phases show how far runs of the same phase
#        differ on this machine, which is the noise any effect of the streams has to exceed, and
#        taking turns keeps the JIT's slow warm-up from favouring either kind.
# A warm-up of 2N blocks at the same rate comes first and is not reported. Per phase: the propagation delay p50/p99/max on B
# and C, per block of the phase, read from their stores after the nodes stopped
# (dev.rantai.bench.PropagationDelays: acceptance minus block timestamp, the definition of the
# rantai_block_propagation_delay_seconds histogram), and the CPU time the three nodes and the
# stream readers used during the phase (/proc/<pid>/stat), per block.
# Usage: bench/dashboards.sh [blocks per phase] [dashboards per node] [blocks/s]   (default 3000 100 100)
# With blocks/s 0 the client sends each request as soon as the last is answered: the phases then
# measure throughput, which on one machine also counts the readers' share of the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3000}
DASHBOARDS=${2:-100}
RATE=${3:-100}
source bench/nodes.sh
A=18190 B=18191 C=18192
TCK=$(getconf CLK_TCK)

machine
echo "== $N blocks per phase submitted to A at $RATE blocks/s (0: unpaced); phases b, b2, b3: $DASHBOARDS event streams on each of A, B, C"
start_mesh $A 19190
NODES=("${PIDS[@]}")

STREAMS=
open_streams() {
    # At the lowest priority: browsers run on other machines than the nodes they watch, so the
    # readers should take only the CPU the nodes leave (their share is still measured, below).
    nice -n 19 java -Xmx256m -cp "$CP" dev.rantai.bench.EventStreamClients "$DASHBOARDS" \
        "http://127.0.0.1:$A" "http://127.0.0.1:$B" "http://127.0.0.1:$C" > "$WORK/streams-$1" 2>&1 &
    STREAMS=$!
    PIDS+=($STREAMS)
    until grep -q '^connected' "$WORK/streams-$1"; do
        kill -0 $STREAMS 2>/dev/null || { cat "$WORK/streams-$1"; exit 1; }
        sleep 0.1
    done
    sleep 2 # the readers' JVM start-up and the streams' hello are not part of the phase
}
close_streams() {
    kill $STREAMS; wait $STREAMS 2>/dev/null || true
    echo "   streams: $(sed -n 's/^totals //p' "$WORK/streams-$1"); $(grep -c '^stream failed' "$WORK/streams-$1" || true) failed"
    STREAMS=
}

declare -A RANGE NODE_CPU READER_CPU LAG THROUGHPUT
phase() { # label description
    local base target t1 t0 n0 n1 r0=0 r1=0
    base=$(height $A)
    cpu_ticks "${NODES[@]}"; n0=$TICKS
    if [ -n "$STREAMS" ]; then cpu_ticks "$STREAMS"; r0=$TICKS; fi
    java -cp "$CP" dev.rantai.bench.SubmitClient "http://127.0.0.1:$A" "$N" 1 "$RATE" > "$WORK/created-$1"
    t0=$(cut -d' ' -f2 "$WORK/created-$1")
    target=$(height $A)
    for p in $B $C; do await_height $p "$target"; done
    t1=$(now_ms)
    cpu_ticks "${NODES[@]}"; n1=$TICKS
    if [ -n "$STREAMS" ]; then cpu_ticks "$STREAMS"; r1=$TICKS; fi
    local blocks=$((target - base))
    RANGE[$1]="$((base + 1)):$target"
    # CPU milliseconds per block, all three nodes together, and the readers'.
    NODE_CPU[$1]=$(( (n1 - n0) * 1000 * 1000 / TCK / blocks ))
    READER_CPU[$1]=$(( (r1 - r0) * 1000 * 1000 / TCK / blocks ))
    THROUGHPUT[$1]=$((blocks * 1000 / (t1 - t0)))
    if [ "$RATE" -gt 0 ]; then LAG[$1]="$((t1 - t0 - N * 1000 / RATE)) ms"; else LAG[$1]=-; fi
    echo "== ($1) $2: $blocks blocks, $(cut -d' ' -f1 "$WORK/created-$1") answered 201, on all three nodes $((t1 - t0)) ms after the first request"
}

# The warm-up serves streams too: a node that has served dashboards has its stream code compiled.
open_streams warmup
N=$((2 * N)) phase warmup "warm-up, not reported" >/dev/null
close_streams warmup >/dev/null
PHASES=(a b a2 b2 a3 b3)
for ph in "${PHASES[@]}"; do
    if [[ $ph == b* ]]; then
        open_streams "$ph"
        phase "$ph" "$((3 * DASHBOARDS)) event streams open ($DASHBOARDS on each node)"
        close_streams "$ph"
    else
        phase "$ph" "no dashboards"
    fi
done

for p in $B $C; do [ "$(tip $p)" = "$(tip $A)" ] || echo "   tip of :$p differs from A's!"; done
for p in $A $B $C; do echo "   verify :$p $(curl -s localhost:$p/api/chain/verify | sed -E 's/.*"valid":(true|false).*/valid=\1/')"; done
for p in "${NODES[@]}"; do kill "$p"; done
for p in "${NODES[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

ranges=()
for ph in "${PHASES[@]}"; do ranges+=("$ph:${RANGE[$ph]}"); done
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/b" "${ranges[@]}" 2>/dev/null | grep -E '^[ab][23]? ' > "$WORK/delays-b"
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/c" "${ranges[@]}" 2>/dev/null | grep -E '^[ab][23]? ' > "$WORK/delays-c"
echo "== propagation delay per block of the phase (acceptance minus block timestamp, ms); CPU per block (µs)"
printf '   %-6s %-24s %-24s %12s %14s %16s %9s\n' phase "B: blocks p50 p99 max" "C: blocks p50 p99 max" \
    "nodes' CPU" "readers' CPU" "last block late" blocks/s
for ph in "${PHASES[@]}"; do
    printf '   %-6s %-24s %-24s %12s %14s %16s %9s\n' "$ph" \
        "$(sed -n "s/^$ph //p" "$WORK/delays-b")" "$(sed -n "s/^$ph //p" "$WORK/delays-c")" \
        "${NODE_CPU[$ph]}" "${READER_CPU[$ph]}" "${LAG[$ph]}" "${THROUGHPUT[$ph]}"
done
