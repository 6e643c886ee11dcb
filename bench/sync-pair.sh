#!/usr/bin/env bash
# A sync of SYNC_BLOCKS blocks with two builds side by side, by turns, each node run as in production
# (deploy/jvm/fast-start.sh's aot-jar and ahead-of-time cache on Java 25, deploy/jvm/jvm.options,
# MALLOC_ARENA_MAX=2, as bench/compare.sh's rantai-prod): this checkout's target/fast-start and that of
# another build, a folder where deploy/jvm/fast-start.sh was run (say a `git archive` of an earlier
# commit). Each round, for each build in turn: a fresh holder process on a copy of a generated store,
# a fresh node joins it (cold holder, cold joiner), then a second fresh node joins the same holder (a
# holder that has served a sync, as a running node has; the joiner is cold again). Each join: time
# from the joiner's ready to its holding every block (polled every 10 ms with bash built-ins, as
# bench/network.sh does), and the CPU (user + system) of the holder and of the joiner over that time.
# Ends with the medians of each build. Nodes use 127.0.0.1 ports 18290/19290 (holder) and 18291/19291.
# Usage: bench/sync-pair.sh OTHER_DIR [rounds]   (default 5 rounds; SYNC_BLOCKS=100000, JAVA25=java 25)
set -euo pipefail
cd "$(dirname "$0")/.."
OTHER=$(cd "${1:?the folder of another build, with its target/fast-start}" && pwd)
ROUNDS=${2:-5}
SYNC_BLOCKS=${SYNC_BLOCKS:-100000}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
source bench/nodes.sh
for d in . "$OTHER"; do
    [ -f "$d/target/fast-start/app.aot" ] || { echo "no $d/target/fast-start/app.aot: run deploy/jvm/fast-start.sh there" >&2; exit 1; }
done
THIS=$(pwd)
STORE=target/bench-store-$SYNC_BLOCKS
if [ ! -f "$STORE/chain.db" ]; then
    java -cp "$CP" dev.rantai.bench.StoreGenerator "$STORE" "$SYNC_BLOCKS" 0 | grep -v INFO
fi
machine
echo "== $("$JAVA25" -version 2>&1 | head -1); this build: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes'), other: $OTHER"
echo "== $(date -u '+%F %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg); $SYNC_BLOCKS blocks, $ROUNDS rounds by turns"

launch() { # build-dir name http p2p peers: one node of that build, the production way; appends to PIDS
    local dir=$1 name=$2
    MALLOC_ARENA_MAX=2 "$JAVA25" @deploy/jvm/jvm.options -XX:AOTCache="$dir/target/fast-start/app.aot" \
        -Drantai.data-dir="$WORK/$name" -Drantai.chain.difficulty=0 -Dquarkus.http.port="$3" \
        -Drantai.p2p.host=127.0.0.1 -Drantai.p2p.port="$4" -Drantai.p2p.peers="$5" -Dquarkus.log.level=WARN \
        -jar "$dir/target/fast-start/quarkus-run.jar" > "$WORK/$name.log" 2>&1 &
    PIDS+=($!)
}
ticks() { cpu_ticks "$1"; echo "$TICKS"; }
ms_of() { echo $(( $1 * 1000 / $(getconf CLK_TCK) )); }

declare -A TIMES CPU_H CPU_J
K=0
join() { # label build-dir holder-pid: a fresh node of the build joins the holder; records its figures
    local label=$1 dir=$2 holder=$3 t0 ready t1 joiner h0 h1 j1
    K=$((K + 1))
    t0=$(now_ms)
    launch "$dir" "joiner$K" 18291 19291 "127.0.0.1:19290"
    joiner=${PIDS[-1]}
    wait_ready 18291
    ready=$(now_ms)
    h0=$(ticks "$holder")
    await_height 18291 "$SYNC_BLOCKS"
    t1=$(now_ms)
    h1=$(ticks "$holder")
    j1=$(ticks "$joiner")
    kill "$joiner"; wait "$joiner" 2>/dev/null || true
    rm -rf "$WORK/joiner$K"
    TIMES[$label]="${TIMES[$label]:-} $((t1 - ready))"
    CPU_H[$label]="${CPU_H[$label]:-} $(ms_of $((h1 - h0)))"
    CPU_J[$label]="${CPU_J[$label]:-} $(ms_of "$j1")"
    printf '   %-18s start -> ready %5d ms; ready -> %d blocks %5d ms; CPU holder %5d ms, joiner %5d ms (from its start); load %s\n' \
        "$label" $((ready - t0)) "$SYNC_BLOCKS" $((t1 - ready)) "$(ms_of $((h1 - h0)))" "$(ms_of "$j1")" "$(cut -d' ' -f1 /proc/loadavg)"
}
pair() { # name build-dir: a fresh holder, a join against it cold, then one against it once it has served
    local name=$1 dir=$2 holder
    rm -rf "$WORK/holder"
    cp -r "$STORE" "$WORK/holder"
    launch "$dir" holder 18290 19290 ""
    holder=${PIDS[-1]}
    wait_ready 18290
    join "$name cold" "$dir" "$holder"
    join "$name served" "$dir" "$holder"
    kill "$holder"; wait "$holder" 2>/dev/null || true
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for r in $(seq 1 "$ROUNDS"); do
    echo "== round $r"
    if [ $((r % 2)) = 1 ]; then pair this "$THIS"; pair other "$OTHER"
    else pair other "$OTHER"; pair this "$THIS"; fi
done
echo "== medians, ready -> all blocks (each join), CPU of the holder over the join, CPU of the joiner from its start:"
for label in "this cold" "other cold" "this served" "other served"; do
    printf '   %-13s %5s ms (%s); holder %5s ms; joiner %5s ms\n' "$label" "$(echo "${TIMES[$label]}" | median)" \
        "$(echo "${TIMES[$label]}" | tr -s ' ' | sed 's/^ //; s/ / \/ /g')" "$(echo "${CPU_H[$label]}" | median)" \
        "$(echo "${CPU_J[$label]}" | median)"
done
echo "== $(date -u '+%H:%M UTC'), load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
