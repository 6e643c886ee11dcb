#!/usr/bin/env bash
# Rantai and naivechain side by side, in one run, three nodes each, fully connected on loopback.
# Systems, one after the other (SYSTEMS, default all three):
#  - rantai-prod: Rantai as the README runs it in production: deploy/jvm/fast-start.sh's build and
#    ahead-of-time cache on Java 25 (JAVA25), with deploy/jvm/jvm.options and MALLOC_ARENA_MAX=2;
#  - rantai: the packaged fast-jar on the default java (17), default JVM options (java -jar);
#  - naivechain.
# For each system, on fresh nodes:
#  - start-up: each node started alone, time from the process start to ready (Rantai:
#    /q/health/ready; naivechain: its HTTP port answers) and RSS at ready;
#  - cold, sequential: the first N blocks after all three are ready, one client connection;
#  - cold, 8 clients: on another three fresh nodes, N blocks over 8 connections;
#  - warm: on the first three, after WARM blocks (8 connections), N blocks sequential and N with 8;
#  - sync (SYNC_N blocks, SYNC_RUNS times): a fresh node joins a node that holds the chain. Rantai:
#    the holder is a fresh process on a copy of a generated store (cold holder, cold joiner);
#    naivechain keeps its chain in memory only, so its holder is the node that took the SYNC_N blocks
#    as submissions. Time from the joiner's ready to its holding every block (Rantai: its height;
#    naivechain: the line it prints as it replaces its chain with the received one).
# Each run prints blocks/s from the first request until the last block is on B and C, the submit
# latency p50/p99 at the client, the propagation p50/p99 (a block's arrival on B or C minus the
# moment its request was sent) and the CPU of the three nodes per block (user + system,
# /proc/PID/stat). The client is dev.rantai.bench.CompareClient (HTTP/1.1 keep-alive; arrivals from
# the Rantai stores afterwards and from naivechain's own peer broadcasts).
#
# naivechain is not part of this repository. Bring it into a scratch folder outside it, e.g. with
#   git clone https://github.com/lhartikk/naivechain /tmp/naivechain && (cd /tmp/naivechain && npm install)
# and pass that folder. On Node.js 20 it needs NODE_OPTIONS=--openssl-legacy-provider (set here).
# Usage: [N=1000] [WARM=20000] [SYNC_N=100000] [SYNC_RUNS=3] [SYSTEMS="rantai-prod rantai naivechain"]
#        [PARTS="blocks sync" (either alone: the start-up and block runs, or the sync runs)]
#        [JAVA25=path to java 25] [JAVA_OPTS=... (rantai only)]
#        [AOT_CACHE=the ahead-of-time cache of rantai-prod, default target/fast-start/app.aot] bench/compare.sh NAIVECHAIN_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
NAIVE=$(cd "${1:?the folder of naivechain, with its node_modules}" && pwd)
N=${N:-1000}
WARM=${WARM:-20000}
SYNC_N=${SYNC_N:-100000}
SYNC_RUNS=${SYNC_RUNS:-3}
SYSTEMS=${SYSTEMS:-rantai-prod rantai naivechain}
PARTS=${PARTS:-blocks sync}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
AOT_CACHE=${AOT_CACHE:-target/fast-start/app.aot}
source bench/nodes.sh
export NODE_OPTIONS=--openssl-legacy-provider
if [[ " $SYSTEMS " == *" rantai-prod "* ]] && [ ! -f "$AOT_CACHE" ]; then
    JAVA="$JAVA25" deploy/jvm/fast-start.sh
fi

machine
echo "== $(node --version) for naivechain; $("$JAVA25" -version 2>&1 | head -1) for rantai-prod; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

rss_mib() { echo $(( $(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' "/proc/$1/status") / 1024 )); }

launch() { # system name http p2p peers datadir: starts one node in the background, appends to PIDS
    local s=$1 name=$2 http=$3 p2p=$4 peers=$5 dir=$6
    local node=(-Drantai.data-dir="$dir" -Drantai.chain.difficulty=0 -Dquarkus.http.port="$http"
        -Drantai.p2p.host=127.0.0.1 -Drantai.p2p.port="$p2p" -Drantai.p2p.peers="$peers" -Dquarkus.log.level=WARN)
    case $s in
    rantai-prod)
        # shellcheck disable=SC2086 # JAVA_OPTS is a list of words
        MALLOC_ARENA_MAX=2 "$JAVA25" @deploy/jvm/jvm.options -XX:AOTCache="$AOT_CACHE" ${JAVA_OPTS:-} \
            "${node[@]}" -jar target/fast-start/quarkus-run.jar > "$WORK/$name.log" 2>&1 &
        ;;
    rantai)
        # shellcheck disable=SC2086
        java ${JAVA_OPTS:-} "${node[@]}" -jar target/quarkus-app/quarkus-run.jar > "$WORK/$name.log" 2>&1 &
        ;;
    naivechain)
        # each output line with the time it was written: when the node took a peer's block
        HTTP_PORT=$http P2P_PORT=$p2p PEERS=$peers node "$NAIVE/main.js" \
            > >(perl -MTime::HiRes=time -ne '$| = 1; printf "%.3f %s", time, $_' > "$WORK/$name.log") 2>&1 &
        ;;
    esac
    PIDS+=($!)
}

await_up() { # system http: returns once the node answers
    if [ "$1" = naivechain ]; then
        until curl -sf "localhost:$2/peers" >/dev/null 2>&1; do sleep 0.01; done
    else
        until curl -sf "localhost:$2/q/health/ready" >/dev/null 2>&1; do sleep 0.01; done
    fi
}

peer_list() { # system p2p count: the first count P2P ports from p2p, in the system's form
    local i out=""
    for ((i = 0; i < $3; i++)); do
        if [ "$1" = naivechain ]; then out+="${out:+,}ws://127.0.0.1:$(($2 + i))"; else out+="${out:+,}127.0.0.1:$(($2 + i))"; fi
    done
    echo "$out"
}

three() { # system http p2p: starts A, B, C one after the other, each alone, and prints their start-up
    local s=$1 h=$2 q=$3 i t0
    NODES=()
    for i in 0 1 2; do
        t0=$(now_ms)
        launch "$s" "$s-$h-$i" $((h + i)) $((q + i)) "$(peer_list "$s" "$q" $i)" "$WORK/$s-$h-$i"
        await_up "$s" $((h + i))
        NODES+=("${PIDS[-1]}")
        echo "   node $i: ready after $(($(now_ms) - t0)) ms, RSS $(rss_mib "${PIDS[-1]}") MiB (load $(cut -d' ' -f1 /proc/loadavg))"
    done
    # connected: every node sees two peers
    for i in 0 1 2; do
        if [ "$s" = naivechain ]; then
            until [ "$(curl -s "localhost:$((h + i))/peers" | tr -cd ',' | wc -c)" -ge 1 ]; do sleep 0.05; done
        else
            until [ "$(peers $((h + i)))" = "2" ]; do sleep 0.05; done
        fi
    done
}

client() { # system args...: the bench client, told which protocol to speak
    local kind=rantai
    [ "$1" = naivechain ] && kind=naivechain
    shift
    java -cp "$CP" dev.rantai.bench.CompareClient "$kind" "$@"
}

measure() { # system label connections http p2p: one run of N blocks on the three nodes at http/p2p
    local s=$1 t0 t1 out observers
    if [ "$s" = naivechain ]; then observers="$WORK/$s-$4-1.log $WORK/$s-$4-2.log"; else observers="$WORK/$s-$4-1 $WORK/$s-$4-2"; fi
    cpu_ticks "${NODES[@]}"; t0=$TICKS
    # shellcheck disable=SC2086 # the observers are two words
    out=$(client "$s" "$2" "$N" "$3" "$4" $observers)
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

sync_runs() { # system: SYNC_RUNS joins of a fresh node to a holder of SYNC_N blocks
    local s=$1 k t0 ready t1 holder joiner
    echo "   sync: a fresh node joins a holder of $SYNC_N blocks, $SYNC_RUNS times"
    if [ "$s" = naivechain ]; then
        launch "$s" "$s-holder" 28190 29190 "" ""
        holder=${PIDS[-1]}
        await_up "$s" 28190
        client "$s" sync "$SYNC_N" 8 28190 - > /dev/null
    elif [ ! -f "target/bench-store-$SYNC_N/chain.db" ]; then
        java -cp "$CP" dev.rantai.bench.StoreGenerator "target/bench-store-$SYNC_N" "$SYNC_N" 0 | grep -v INFO
    fi
    for ((k = 1; k <= SYNC_RUNS; k++)); do
        if [ "$s" != naivechain ]; then
            rm -rf "$WORK/holder"
            cp -r "target/bench-store-$SYNC_N" "$WORK/holder"
            launch "$s" "$s-holder" 28190 29190 "" "$WORK/holder"
            holder=${PIDS[-1]}
            await_up "$s" 28190
        fi
        t0=$(now_ms)
        launch "$s" "$s-joiner$k" 28191 29191 "$(peer_list "$s" 29190 1)" "$WORK/$s-joiner$k"
        joiner=${PIDS[-1]}
        await_up "$s" 28191
        ready=$(now_ms)
        if [ "$s" = naivechain ]; then
            until grep -q 'Replacing current blockchain' "$WORK/$s-joiner$k.log" 2>/dev/null; do read -r -t 0.01 -u "$PAUSE_FD" || true; done
            t1=$(awk '/Replacing current blockchain/ { printf "%.0f", $1 * 1000; exit }' "$WORK/$s-joiner$k.log")
        else
            await_height 28191 "$SYNC_N"
            t1=$(now_ms)
        fi
        echo "   join $k: start -> ready $((ready - t0)) ms; ready -> all $SYNC_N blocks $((t1 - ready)) ms (load $(cut -d' ' -f1 /proc/loadavg))"
        kill "$joiner"; wait "$joiner" 2>/dev/null || true
        rm -rf "$WORK/$s-joiner$k"*
        if [ "$s" != naivechain ]; then kill "$holder"; wait "$holder" 2>/dev/null || true; fi
    done
    if [ "$s" = naivechain ]; then kill "$holder"; wait "$holder" 2>/dev/null || true; fi
}

for s in $SYSTEMS; do
    if [[ " $PARTS " == *" sync "* ]] && [[ " $PARTS " != *" blocks "* ]]; then
        sync_runs "$s"
        continue
    fi
    echo "== $s: three fresh nodes"
    three "$s" 28100 29100
    measure "$s" cold-seq 1 28100 29100
    stop_nodes
    echo "== $s: three other fresh nodes"
    three "$s" 28110 29110
    measure "$s" cold-8 8 28110 29110
    echo "   warm-up: $WARM blocks, 8 connections"
    client "$s" warmup "$WARM" 8 28110 - > /dev/null
    measure "$s" warm-seq 1 28110 29110
    measure "$s" warm-8 8 28110 29110
    stop_nodes
    if [[ " $PARTS " == *" sync "* ]] && [ "$SYNC_RUNS" -gt 0 ]; then sync_runs "$s"; fi
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
