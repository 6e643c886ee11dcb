#!/usr/bin/env bash
# Do open network pages slow the network they show? Three fully connected nodes (packaged jar,
# difficulty 0, loopback); blocks submitted to node A at a steady RATE (dev.rantai.bench.SubmitClient),
# N per phase, in phases by turns: (a) no browser; (b) BROWSERS headless chromium processes, each
# with node B's /network open (map redrawn when it changes, inspector polled every second, traffic
# chart every 2 s) and running its scripts live (headless chromium takes one page per process);
# (c) the same browsers confined to one core (taskset -c BROWSER_CORE, default 1): the nodes keep
# the other core to themselves, but their threads that land on the browsers' core wait there behind
# ten chromiums; (d) confined to one core and at the idle scheduling class (chrt --idle 0), so they
# run only when a node does not want that core either: as near as one machine comes to browsers on
# other machines, what is left of an effect is the nodes' own cost of serving the pages. Then a2,
# b2, c2, d2, ... again (ROUNDS rounds, default 3), so the a phases show the run-to-run noise that
# any effect of the browsers has to exceed. A warm-up of 2N blocks (with browsers) is not reported. Per phase:
# propagation p50/p99/max on B and C (acceptance minus block timestamp, from their stores after the
# run), the three nodes' CPU and node B's CPU per block, the browsers' own CPU (every chromium
# process: browser, renderers, GPU and utility processes, as a share of one core, per browser), the
# blocks per second that got through, and the 1-minute load average at the end of the phase. Then
# per kind of phase the median over the rounds and the range.
# Usage: bench/browsers.sh [blocks per phase] [browsers] [blocks/s]   (default 10000 10 1000)
# BROWSER_NICE="nice -n 19" runs the browsers at the lowest CPU priority, as if they ran on other
# machines than the nodes (on one 2-core machine they otherwise take the nodes' cores).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
BROWSERS=${2:-10}
RATE=${3:-1000}
ROUNDS=${ROUNDS:-3}
BROWSER_CORE=${BROWSER_CORE:-1}
source bench/nodes.sh
A=18290 B=18291 C=18292
TCK=$(getconf CLK_TCK)

machine
echo "== $(chromium --version 2>/dev/null | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $N blocks per phase submitted to A at $RATE blocks/s; phases b: $BROWSERS browsers on B, each with /network; phases c: the same on core $BROWSER_CORE only; phases d: on core $BROWSER_CORE at the idle scheduling class"
start_mesh $A 19290
NODES=("${PIDS[@]}")

BROWSER_PIDS=()
chromium_pids() { { pgrep -f -- "--user-data-dir=$WORK/chromium-" || true; } | tr '\n' ' '; }
open_browsers() { # [command words that start each browser, e.g. taskset -c 1]
    local i
    for i in $(seq 1 "$BROWSERS"); do
        # shellcheck disable=SC2086 # BROWSER_NICE is empty or two words
        "$@" ${BROWSER_NICE:-} chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
            --disable-background-timer-throttling --disable-renderer-backgrounding \
            --user-data-dir="$WORK/chromium-$i" --window-size=1280,1000 \
            "http://127.0.0.1:$B/network" > "$WORK/chromium-$i.log" 2>&1 &
        BROWSER_PIDS+=($!)
        PIDS+=($!)
    done
    sleep 15 # start-up, first page loads and the first polls are not part of the phase (on one core they take longer)
}
close_browsers() {
    local p
    for p in "${BROWSER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${BROWSER_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    pkill -f -- "--user-data-dir=$WORK/chromium-" 2>/dev/null || true
    BROWSER_PIDS=()
}

declare -A RANGE NODE_CPU B_CPU BROWSER_CPU THROUGHPUT LOAD
phase() { # label description
    local base target t1 t0 n0 n1 m0 m1 b0=0 b1=0 pids
    base=$(height $A)
    pids=$(chromium_pids)
    cpu_ticks "${NODES[@]}"; n0=$TICKS
    cpu_ticks "${NODES[1]}"; m0=$TICKS
    if [ -n "$pids" ]; then cpu_ticks $pids; b0=$TICKS; fi
    t0=$(now_ms)
    java -cp "$CP" dev.rantai.bench.SubmitClient "http://127.0.0.1:$A" "$N" 1 "$RATE" > "$WORK/created-$1"
    target=$(height $A)
    for p in $B $C; do await_height $p "$target"; done
    t1=$(now_ms)
    cpu_ticks "${NODES[@]}"; n1=$TICKS
    cpu_ticks "${NODES[1]}"; m1=$TICKS
    if [ -n "$pids" ]; then cpu_ticks $pids; b1=$TICKS; fi
    local blocks=$((target - base))
    RANGE[$1]="$((base + 1)):$target"
    NODE_CPU[$1]=$(( (n1 - n0) * 1000 * 1000 / TCK / blocks ))
    B_CPU[$1]=$(( (m1 - m0) * 1000 * 1000 / TCK / blocks ))
    # from the client's first request (its JVM's start is not part of it) to the last block on B and C
    THROUGHPUT[$1]=$((blocks * 1000 / (t1 - $(cut -d' ' -f2 "$WORK/created-$1"))))
    LOAD[$1]=$(cut -d' ' -f1 /proc/loadavg)
    # percent of one core per browser over the phase
    BROWSER_CPU[$1]=$(( (b1 - b0) * 1000 * 100 / TCK / (t1 - t0) / BROWSERS ))
    echo "== ($1) $2: $blocks blocks in $((t1 - t0)) ms"
}

open_browsers
N=$((2 * N)) phase warmup "warm-up, not reported" >/dev/null
close_browsers
PHASES=()
for r in $(seq 1 "$ROUNDS"); do
    suffix=$([ "$r" -gt 1 ] && echo "$r" || true)
    PHASES+=("a$suffix" "b$suffix" "c$suffix" "d$suffix")
done
for ph in "${PHASES[@]}"; do
    case $ph in
        b*) open_browsers
            phase "$ph" "$BROWSERS browsers on B"
            close_browsers ;;
        c*) open_browsers taskset -c "$BROWSER_CORE"
            phase "$ph" "$BROWSERS browsers on B, on core $BROWSER_CORE only"
            close_browsers ;;
        d*) open_browsers taskset -c "$BROWSER_CORE" chrt --idle 0
            phase "$ph" "$BROWSERS browsers on B, on core $BROWSER_CORE only, at the idle scheduling class"
            close_browsers ;;
        *) phase "$ph" "no browser" ;;
    esac
done

for p in $B $C; do [ "$(tip $p)" = "$(tip $A)" ] || echo "   tip of :$p differs from A's!"; done
for p in "${NODES[@]}"; do kill "$p"; done
for p in "${NODES[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

ranges=()
for ph in "${PHASES[@]}"; do ranges+=("$ph:${RANGE[$ph]}"); done
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/b" "${ranges[@]}" 2>/dev/null | grep -E '^[abcd][0-9]* ' > "$WORK/delays-b"
java -cp "$CP" dev.rantai.bench.PropagationDelays "$WORK/c" "${ranges[@]}" 2>/dev/null | grep -E '^[abcd][0-9]* ' > "$WORK/delays-c"
echo "== propagation delay per block of the phase (ms); nodes' and B's CPU per block (µs); each browser's CPU (% of one core)"
printf '   %-6s %-24s %-24s %12s %10s %14s %9s %6s\n' phase "B: blocks p50 p99 max" "C: blocks p50 p99 max" "nodes' CPU" "B's CPU" "browser CPU %" blocks/s load
for ph in "${PHASES[@]}"; do
    printf '   %-6s %-24s %-24s %12s %10s %14s %9s %6s\n' "$ph" \
        "$(sed -n "s/^$ph //p" "$WORK/delays-b")" "$(sed -n "s/^$ph //p" "$WORK/delays-c")" \
        "${NODE_CPU[$ph]}" "${B_CPU[$ph]}" "$([[ $ph == a* ]] && echo - || echo "${BROWSER_CPU[$ph]}")" \
        "${THROUGHPUT[$ph]}" "${LOAD[$ph]}"
done > "$WORK/table"
cat "$WORK/table"
echo "== per kind of phase, median over the rounds [lowest to highest]"
python3 - "$WORK/table" <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    f = line.split()
    # phase, B: blocks p50 p99 max, C: blocks p50 p99 max, nodes' CPU, B's CPU, browser CPU, blocks/s, load
    rows.setdefault(f[0][0], []).append(f)
names = {'a': 'no browser', 'b': 'browsers', 'c': 'browsers on one core', 'd': 'one core, idle class'}
cols = [('B p99 ms', 3), ('C p99 ms', 7), ("nodes' CPU µs", 9), ("B's CPU µs", 10), ('browser CPU %', 11), ('blocks/s', 12), ('load', 13)]
print('   %-22s' % 'phases' + ''.join('%22s' % c for c, _ in cols))
for kind in 'abcd':
    if kind not in rows:
        continue
    cells = []
    for _, i in cols:
        v = [float(r[i]) for r in rows[kind] if r[i] != '-']
        if not v:
            cells.append('-')
            continue
        fmt = (lambda x: '%g' % x)
        cells.append('%s [%s-%s]' % (fmt(statistics.median(v)), fmt(min(v)), fmt(max(v))))
    print('   %-22s' % (names[kind] + ' (%d)' % len(rows[kind])) + ''.join('%22s' % c for c in cells))
PY
