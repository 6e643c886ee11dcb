#!/usr/bin/env bash
# CPU per block of each process under sustained load: three fully connected nodes (packaged jar,
# difficulty 0, default store settings) as in network.sh, wrk submitting to A with CONNS
# connections without a stop. After WARMUP seconds of it, a second wrk runs for 20 s; over 15 s in
# its middle the script reads A's height and the CPU time (user + system, /proc/PID/stat) of A, B,
# C and wrk, and prints the rate and the CPU each process spent per block taken by A.
# B and C must keep up for the figures to mean anything: the script checks they reach A's tip.
# Usage: [WARMUP=seconds] [CONNS=n] [JAR=path] bench/sustained.sh
# Defaults: 40 s and 8 connections. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-40}
CONNS=${CONNS:-8}
source bench/nodes.sh

machine
start_mesh 18090 19090

echo "== warm-up: ${WARMUP}s with $CONNS connections"
wrk -t2 -c"$CONNS" -d"${WARMUP}s" -s bench/submit.lua "http://127.0.0.1:18090" >/dev/null
wrk -t2 -c"$CONNS" -d20s -s bench/submit.lua "http://127.0.0.1:18090" > "$WORK/wrk.out" &
WRK=$!
sleep 2
names=(A B C wrk)
pids=("${PIDS[0]}" "${PIDS[1]}" "${PIDS[2]}" "$WRK")
before=() after=()
for p in "${pids[@]}"; do cpu_ticks "$p"; before+=("$TICKS"); done
h0=$(height 18090); t0=$(now_ms)
sleep 15
for p in "${pids[@]}"; do cpu_ticks "$p"; after+=("$TICKS"); done
h1=$(height 18090); t1=$(now_ms)
wait $WRK
for p in 18091 18092; do await_height $p "$(height 18090)"; done
hz=$(getconf CLK_TCK)
blocks=$((h1 - h0))
echo "== $CONNS connections: $blocks blocks taken by A in $((t1 - t0)) ms: $((blocks * 1000 / (t1 - t0))) blocks/s"
total=0
for i in 0 1 2 3; do
    used=$(( (after[i] - before[i]) * 1000000000 / hz ))
    total=$((total + used))
    echo "   ${names[i]}: $((used / blocks / 1000)) us of CPU per block"
done
echo "   all four: $((total / blocks / 1000)) us of CPU per block ($(nproc) cores: at most $(( $(nproc) * 1000000000 * blocks / total )) blocks/s)"
for p in 18091 18092; do [ "$(tip $p)" = "$(tip 18090)" ] || echo "   tip of :$p differs!"; done
