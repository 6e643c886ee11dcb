#!/usr/bin/env bash
# What one open page costs, in the browser and in the node, while blocks flow. Three fully connected
# nodes (packaged jar, difficulty 0, loopback), blocks submitted to A at a steady RATE; node B's PAGE
# opened in BROWSERS headless chromium processes. Two measured windows of SECONDS each: without any
# browser, then with them (after a warm-up of WARMUP s). Prints node B's CPU in each window, each
# browser's CPU by chromium process (browser, renderer, GPU, utility), and from inside the first
# browser (DevTools protocol, bench/page-cpu.mjs) how its renderer spent the time: script, style,
# layout; PROFILE=profile adds the functions that took the most of it (the profiler costs some CPU itself).
# JFR=<folder> records node B with Java Flight Recorder over each window (without.jfr, with.jfr; the
# recording and jcmd cost some CPU too): where the node's time goes with and without the pages.
# Usage: bench/page-cpu.sh [seconds] [blocks/s] [browsers] [page]   (default 20 1000 1 /network)
# JAR names another build's quarkus-run.jar, to compare two builds side by side (bench/nodes.sh).
# CHROMIUM_FLAGS adds flags to every browser (e.g. --force-prefers-reduced-motion: the map without
# its moving dots, to see what they cost).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_WINDOW=${1:-20}
RATE=${2:-1000}
BROWSERS=${3:-1}
PAGE=${4:-/network}
WARMUP=${WARMUP:-15}
source bench/nodes.sh
A=18390 B=18391 C=18392
TCK=$(getconf CLK_TCK)

machine
echo "== $(chromium --version 2>/dev/null | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== ${JAR:-target/quarkus-app/quarkus-run.jar} ${CHROMIUM_FLAGS:-}; $RATE blocks/s to A; $BROWSERS browser(s) on B's $PAGE; windows of $SECONDS_PER_WINDOW s"
start_mesh $A 19390
NODE_B=${PIDS[1]}
# Enough blocks for the warm-ups and both windows; the client is stopped at the end.
TOTAL=$((RATE * (3 * WARMUP + 2 * SECONDS_PER_WINDOW + 30)))
java -cp "$CP" dev.rantai.bench.SubmitClient "http://127.0.0.1:$A" "$TOTAL" 1 "$RATE" > "$WORK/created" &
PIDS+=($!)

window() { # pids...: CPU of each pid over the window, % of one core (sets CPU[pid])
    local pid f t1
    declare -gA CPU0 CPU
    for pid in "$@"; do read -r -a f < "/proc/$pid/stat" && CPU0[$pid]=$((f[13] + f[14])); done
    threads > "$WORK/threads0"
    if [ -n "${JFR:-}" ]; then
        jcmd "$NODE_B" JFR.start name=window settings=profile duration="${SECONDS_PER_WINDOW}s" \
            filename="$JFR/$JFR_NAME.jfr" > /dev/null
    fi
    T0=$(now_ms)
    sleep "$SECONDS_PER_WINDOW"
    t1=$(now_ms)
    threads > "$WORK/threads1"
    for pid in "$@"; do
        if read -r -a f < "/proc/$pid/stat" 2>/dev/null; then
            CPU[$pid]=$(( (f[13] + f[14] - CPU0[$pid]) * 1000 * 100 / TCK / (t1 - T0) ))
        else CPU[$pid]=0; fi
    done
    T1=$t1
}
browser_pids() { # every process of the browsers: the ones started here and their descendants
    local p all=("${LAUNCHED[@]}") i=0
    while [ $i -lt ${#all[@]} ]; do
        for p in $(ps -o pid= --ppid "${all[$i]}"); do all+=("$p"); done
        i=$((i + 1))
    done
    echo "${all[@]}"
}
threads() { # the browsers' threads: "process-kind/thread-name ticks", for the breakdown
    [ ${#LAUNCHED[@]} -gt 0 ] || return 0
    python3 - $(browser_pids) <<'PY'
import sys, re, os
for pid in sys.argv[1:]:
    try:
        args = open(f'/proc/{pid}/cmdline', 'rb').read().split(b'\0')
    except OSError:
        continue
    # a child process rewrites its command line into one string: look for the flags in the text
    line = b' '.join(args).decode(errors='replace')
    kind = (re.findall(r'--type=(\S+)', line) or ['browser'])[0]
    kind = (re.findall(r'--utility-sub-type=(\S+)', line) or [kind])[0].split('.')[-1]
    for t in os.listdir(f'/proc/{pid}/task'):
        try:
            stat = open(f'/proc/{pid}/task/{t}/stat').read()
        except OSError:
            continue
        comm = re.sub(r'[0-9]+$', '', stat[stat.index('(') + 1:stat.rindex(')')]).rstrip('/-_ ').replace(' ', '_')
        f = stat[stat.rindex(')') + 2:].split()
        print(f'{pid} {kind}/{comm} {int(f[11]) + int(f[12])}')
PY
}
LAUNCHED=()

if [ -n "${JFR:-}" ]; then mkdir -p "$JFR" && JFR=$(cd "$JFR" && pwd); fi
sleep "$WARMUP"
h0=$(height $B)
JFR_NAME=without window "$NODE_B"
h1=$(height $B)
echo "== without a browser: B took $(( (h1 - h0) / SECONDS_PER_WINDOW )) blocks/s; B's CPU ${CPU[$NODE_B]} % of a core"

for i in $(seq 1 "$BROWSERS"); do
    # shellcheck disable=SC2086 # CHROMIUM_FLAGS is a list of words
    chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
        --disable-background-timer-throttling --disable-renderer-backgrounding ${CHROMIUM_FLAGS:-} \
        --remote-debugging-port=$((19400 + i)) --remote-allow-origins='*' \
        --user-data-dir="$WORK/chromium-$i" --window-size=1280,1000 \
        "http://127.0.0.1:$B$PAGE" > "$WORK/chromium-$i.log" 2>&1 &
    PIDS+=($!)
    LAUNCHED+=($!)
done
sleep "$WARMUP"
# The launcher is a shell script whose browser outlives it: stop every browser process at the end.
read -r -a ALL <<< "$(browser_pids)"
PIDS+=("${ALL[@]}")
node --experimental-websocket bench/page-cpu.mjs 19401 "$SECONDS_PER_WINDOW" ${PROFILE:-} 2>/dev/null > "$WORK/inside" &
INSIDE=$!
h0=$(height $B)
JFR_NAME=with window "$NODE_B"
h1=$(height $B)
wait "$INSIDE" || true
echo "== with $BROWSERS browser(s): B took $(( (h1 - h0) / SECONDS_PER_WINDOW )) blocks/s; B's CPU ${CPU[$NODE_B]} % of a core"
python3 - "$WORK/threads0" "$WORK/threads1" $((T1 - T0)) "$TCK" "$BROWSERS" <<'PY'
import sys, collections
def read(path):
    d = {}
    for line in open(path):
        pid, name, ticks = line.split()
        d[(pid, name)] = int(ticks)
    return d
t0, t1 = read(sys.argv[1]), read(sys.argv[2])
ms, tck, n = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
pct = lambda ticks: ticks * 1000 * 100 / tck / ms / n
kinds, threads = collections.Counter(), collections.Counter()
for key, ticks in t1.items():
    d = ticks - t0.get(key, 0)
    kinds[key[1].split('/')[0]] += d
    threads[key[1]] += d
print(f"== chromium, % of one core per browser: {pct(sum(kinds.values())):.1f} %; by process:")
for k, d in kinds.most_common():
    if d: print(f"   {k:<40} {pct(d):5.1f} %")
print("== by thread (process/thread), the busiest:")
for k, d in threads.most_common(12):
    if d: print(f"   {k:<40} {pct(d):5.1f} %")
PY
echo "== inside the first browser's page:"
cat "$WORK/inside"
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${JFR:-}" ]; then
    until [ -s "$JFR/with.jfr" ]; do sleep 0.5; done # written when the recording's duration ends
    echo "== node B recorded: $JFR/without.jfr, $JFR/with.jfr"
fi
