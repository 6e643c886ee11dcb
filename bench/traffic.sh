#!/usr/bin/env bash
# The messages three nodes exchange for a run of blocks: three packaged nodes (difficulty 0, fully
# connected on loopback, bench/nodes.sh), 3,000 blocks of warm-up over 8 connections, then N blocks
# submitted sequentially to node A (wrk with bench/submit-n.lua). Prints the time until all three
# hold the N blocks, wrk's request latency p50/p99, and per node the P2P messages by direction and
# type sent and received during the run (rantai_p2p_messages_total). JAR=path runs another build,
# to compare two builds' traffic side by side.
# Usage: [JAR=path] bench/traffic.sh [blocks]   (default 5000). Needs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}
source bench/nodes.sh
machine
start_mesh 18090 19090
wrk -t1 -c8 -d600s -s bench/submit-n.lua "http://127.0.0.1:18090" -- 3000 >/dev/null &
w=$!
for p in 18090 18091 18092; do await_height $p 3000; done
kill -INT $w; wait $w || true
counts() { curl -s "localhost:$1/q/metrics" | grep -E '^rantai_p2p_messages_total' | awk '{print $1, $2}' | sort; }
for p in 18090 18091 18092; do counts $p > "$WORK/before.$p"; done
base=$(height 18090)
t0=$(now_ms)
wrk -t1 -c1 -d600s --latency -s bench/submit-n.lua "http://127.0.0.1:18090" -- "$N" > "$WORK/wrk.out" &
w=$!
for p in 18090 18091 18092; do await_height $p $((base + N)); done
t1=$(now_ms)
kill -INT $w; wait $w || true
echo "== $N blocks sequential to A: on all three after $((t1 - t0)) ms"
grep -E '^ +(50|99)%' "$WORK/wrk.out" | sed -E 's/^ +/   request latency p/'
for p in 18090 18091 18092; do
    echo "== node :$p, messages during the run"
    join "$WORK/before.$p" <(counts $p) | awk '{ if ($3 - $2 > 0) printf "   %s %d\n", $1, $3 - $2 }' \
        | sed -E 's/rantai_p2p_messages_total//'
done
