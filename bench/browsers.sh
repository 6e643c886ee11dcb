#!/usr/bin/env bash
# Do open network pages slow the network they show? Three fully connected nodes (packaged jar,
# difficulty 0, loopback); blocks submitted to node A at a steady RATE (dev.rantai.bench.SubmitClient),
# N per phase, in phases by turns: (a) no browser; (b) BROWSERS headless chromium processes, each
# with node B's /network open (map redrawn when it changes, inspector polled every second, traffic
# chart every 2 s) and running its scripts live (headless chromium takes one page per process); then a2, b2, a3, b3 again, so the a phases show
# the run-to-run noise that any effect of the browsers has to exceed. A warm-up of 2N blocks (with
# browsers) is not reported. Per phase: propagation p50/p99/max on B and C (acceptance minus block
# timestamp, from their stores after the run), the nodes' CPU per block, and the browsers' own CPU:
# every chromium process (browser, renderers, GPU and utility processes), as a share of one core,
# per browser.
# Usage: bench/browsers.sh [blocks per phase] [browsers] [blocks/s]   (default 10000 10 1000)
# BROWSER_NICE="nice -n 19" runs the browsers at the lowest CPU priority, as if they ran on other
# machines than the nodes (on one 2-core machine they otherwise take the nodes' cores).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
BROWSERS=${2:-10}
RATE=${3:-1000}
source bench/nodes.sh
A=18290 B=18291 C=18292
TCK=$(getconf CLK_TCK)

machine
echo "== $(chromium --version 2>/dev/null | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $N blocks per phase submitted to A at $RATE blocks/s; phases b: $BROWSERS browsers on B, each with /network"
start_mesh $A 19290
NODES=("${PIDS[@]}")

BROWSER_PIDS=()
chromium_pids() { { pgrep -f -- "--user-data-dir=$WORK/chromium-" || true; } | tr '\n' ' '; }
open_browsers() {
    local i
    for i in $(seq 1 "$BROWSERS"); do
        # shellcheck disable=SC2086 # BROWSER_NICE is empty or two words
        ${BROWSER_NICE:-} chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
            --disable-background-timer-throttling --disable-renderer-backgrounding \
            --user-data-dir="$WORK/chromium-$i" --window-size=1280,1000 \
            "http://127.0.0.1:$B/network" > "$WORK/chromium-$i.log" 2>&1 &
        BROWSER_PIDS+=($!)
        PIDS+=($!)
    done
    sleep 8 # start-up, first page loads and the first polls are not part of the phase
}
close_browsers() {
    local p
    for p in "${BROWSER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${BROWSER_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    pkill -f -- "--user-data-dir=$WORK/chromium-" 2>/dev/null || true
    BROWSER_PIDS=()
}

declare -A RANGE NODE_CPU BROWSER_CPU
phase() { # label description
    local base target t1 t0 n0 n1 b0=0 b1=0 pids
    base=$(height $A)
    pids=$(chromium_pids)
    cpu_ticks "${NODES[@]}"; n0=$TICKS
    if [ -n "$pids" ]; then cpu_ticks $pids; b0=$TICKS; fi
    t0=$(now_ms)
    java -cp "$CP" dev.rantai.bench.SubmitClient "http://127.0.0.1:$A" "$N" 1 "$RATE" > "$WORK/created-$1"
    target=$(height $A)
    for p in $B $C; do await_height $p "$target"; done
    t1=$(now_ms)
    cpu_ticks "${NODES[@]}"; n1=$TICKS
    if [ -n "$pids" ]; then cpu_ticks $pids; b1=$TICKS; fi
    local blocks=$((target - base))
    RANGE[$1]="$((base + 1)):$target"
    NODE_CPU[$1]=$(( (n1 - n0) * 1000 * 1000 / TCK / blocks ))
    # percent of one core per browser over the phase
    BROWSER_CPU[$1]=$(( (b1 - b0) * 1000 * 100 / TCK / (t1 - t0) / BROWSERS ))
    echo "== ($1) $2: $blocks blocks in $((t1 - t0)) ms"
}

open_browsers
N=$((2 * N)) phase warmup "warm-up, not reported" >/dev/null
close_browsers
PHASES=(a b a2 b2 a3 b3)
for ph in "${PHASES[@]}"; do
    if [[ $ph == b* ]]; then
        open_browsers
        phase "$ph" "$BROWSERS browsers on B"
        close_browsers
    else
        phase "$ph" "no browser"
    fi
done

for p in $B $C; do [ "$(tip $p)" = "$(tip $A)" ] || echo "   tip of :$p differs from A's!"; done
for p in "${NODES[@]}"; do kill "$p"; done
for p in "${NODES[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

ranges=()
for ph in "${PHASES[@]}"; do ranges+=("$ph:${RANGE[$ph]}"); done
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/b" "${ranges[@]}" 2>/dev/null | grep -E '^[ab][23]? ' > "$WORK/delays-b"
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/c" "${ranges[@]}" 2>/dev/null | grep -E '^[ab][23]? ' > "$WORK/delays-c"
echo "== propagation delay per block of the phase (ms); nodes' CPU per block (µs); each browser's CPU (% of one core)"
printf '   %-6s %-24s %-24s %12s %14s\n' phase "B: blocks p50 p99 max" "C: blocks p50 p99 max" "nodes' CPU" "browser CPU %"
for ph in "${PHASES[@]}"; do
    printf '   %-6s %-24s %-24s %12s %14s\n' "$ph" \
        "$(sed -n "s/^$ph //p" "$WORK/delays-b")" "$(sed -n "s/^$ph //p" "$WORK/delays-c")" \
        "${NODE_CPU[$ph]}" "$([[ $ph == b* ]] && echo "${BROWSER_CPU[$ph]}" || echo -)"
done
