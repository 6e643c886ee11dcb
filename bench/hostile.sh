#!/usr/bin/env bash
# The hostile benchmark: one target node T (the packaged jar with its default settings, except difficulty 8
# and what an attack needs) between two honest nodes. T dials the honest source; the honest sink dials T;
# the honest nodes make no other connections (target-outbound 0), so every block the source takes reaches
# the sink through T. For each attack, on fresh nodes and fresh copies of a prepared chain (1,500 blocks of
# 8 KiB, which the no-read attack needs):
#  1. WARMUP seconds of honest load: blocks submitted over HTTP to the source at RATE blocks/s;
#  2. a baseline phase of DURATION seconds of the same load;
#  3. an attack phase of DURATION seconds of the same load while one attacker (dev.rantai.bench.hostile,
#     from ATTACKER_IP, another loopback address, so a ban of it is not a ban of the honest nodes on
#     127.0.0.1) runs the attack against T; the attacks are listed in Attacks.java.
# Per phase: honest propagation p50/p99 (acceptance on the sink minus the block's timestamp on the source,
# read from the sink's store afterwards) and how many blocks arrived; T's CPU, heap used (jstat), RSS and open
# files over time (max), readiness (/q/health/ready every 500 ms), growth of T's data directory and log; for
# the attack, what the attacker's sockets saw (closes, byes) and what T says (bans and refusals in its
# metrics, its /api/peers). Prints a Markdown table at the end; results go to RESULTS.
# COLD=1 runs each attack a second time on fresh nodes in the cold order: the attack phase first, from the
# first honest block after the nodes are ready (no warm-up), the baseline after it; its rows say "(cold)".
# COLD=only runs the cold order alone. ROUNDS=N runs the list N times in turn (results named -1, -2, ...). The attack "idle" (a peer that holds a connection and sends nothing)
# is the control: its attack phase is the figure without an attack in the same place.
# Usage: [DURATION=30] [WARMUP=10] [RATE=50] [ATTACKS="huge-work no-read ..."] [TLS=1] [COLD=1|only] [ROUNDS=1] [DIFFICULTY=8]
#        [ATTACKER_IP=127.1.0.1] [RESULTS=target/hostile/<time>] [KEEP=1] [JAR=path] [ATTACK_OPTS="k=v ..."]
#        [ATTACKER_PRIORITY="chrt --idle 0"] bench/hostile.sh
# ATTACK_OPTS gives the attacks' own options: tls-silent=N (connections held at once, 10000),
# tls-silent-rate=N (new ones a second, 500), slot-filler=N (connections, 200; 0 is the control: the
# honest sink's reconnection alone, without an attacker).
# ATTACKER_PRIORITY runs the attacker (and the honest client, in the same process) under a command, e.g.
# "chrt --idle 0": it then takes only CPU the nodes leave, as an attacker on another machine would take
# none of theirs; a flood whose own CPU rivals T's (book-flood) is measured both ways.
# TLS=1 adds tls-silent to the default list (it runs T and the honest nodes with TLS; needs openssl). KEEP=1
# keeps each attack's data directories and logs in RESULTS. Ports 18300-18303 and 19300-19303, and 19399 on
# ATTACKER_IP (flapping), must be free. An attack does not stop the run: a node that dies or a client that
# fails is reported as such.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
RATE=${RATE:-50}
DIFFICULTY=${DIFFICULTY:-8}
ATTACKER_IP=${ATTACKER_IP:-127.1.0.1}
ALL="idle huge-work long-nodeid overlong-utf8 no-read impostor oversize-answer slot-filler junk-hash huge-height \
useless-answers flapping side-branch-flood orphan-flood too-new-repeat book-flood ping-flood get-peers-flood"
[ -n "${TLS:-}" ] && ALL="$ALL tls-silent"
ATTACKS=${ATTACKS:-$ALL}
RESULTS=${RESULTS:-target/hostile/$(date +%Y%m%d-%H%M%S)}
source bench/nodes.sh
mkdir -p "$RESULTS"
COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+changes')${JAR:+ (nodes: $JAR)}"

T_HTTP=18300 T_P2P=19300 SOURCE_HTTP=18301 SOURCE_P2P=19301 SINK_HTTP=18302 SINK_P2P=19302 X_HTTP=18303 X_P2P=19303
COMMON="-Drantai.chain.difficulty=$DIFFICULTY"
# T keeps the node's defaults (ban-scope host, log level INFO) that nodes.sh changes for the honest nodes.
TARGET="$COMMON -Drantai.p2p.ban-scope=host -Dquarkus.log.level=INFO"
HONEST="$COMMON -Drantai.p2p.target-outbound=0"
# oversize-answer: the largest data a block may have, JSON-escaped (6 bytes a byte) within a 2 MiB frame
BIG="-Drantai.chain.max-data-bytes=262144 -Drantai.p2p.max-frame-bytes=2097152"

machine
echo "== commit $COMMIT; $DURATION s per phase, warm-up $WARMUP s, $RATE blocks/s; attacks: $ATTACKS"
echo "== results in $RESULTS"

template() { # dir blocks data-bytes pad: a generated chain, made once and kept under target/
    if [ ! -f "$1/chain.db" ]; then
        rm -rf "$1"
        java -cp "$CP" dev.rantai.bench.StoreGenerator "$1" "$2" "$DIFFICULTY" "$3" "$4" | grep -vE "INFO|ChainService"
    fi
}
CHAIN=target/hostile-chain-1500x8k-d$DIFFICULTY
template "$CHAIN" 1500 8192 78
MAXIMAL=target/hostile-chain-20x256k-d$DIFFICULTY
[[ " $ATTACKS " == *" oversize-answer "* ]] && template "$MAXIMAL" 20 262144 1 # control characters
if [[ " $ATTACKS " == *" tls-silent "* ]]; then
    mkdir -p "$WORK/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/tls/key.pem" -out "$WORK/tls/cert.pem" -days 2 \
        -subj /CN=rantai-hostile-bench -addext subjectAltName=IP:127.0.0.1 2>/dev/null
    TLS_OPTS="-Drantai.p2p.tls.enabled=true -Drantai.p2p.tls.cert=$WORK/tls/cert.pem \
-Drantai.p2p.tls.key=$WORK/tls/key.pem -Drantai.p2p.tls.trust=$WORK/tls/cert.pem"
fi

ready_within() { # http-port seconds: whether the node answers ready in time
    local end=$((SECONDS + $2))
    until curl -sf -m 2 "localhost:$1/q/health/ready" >/dev/null 2>&1; do
        [ $SECONDS -ge $end ] && return 1
        sleep 0.2
    done
}
stop_nodes() { # SIGTERM, then SIGKILL for a node not gone within 20 s
    local p end=$((SECONDS + 20))
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do
        while kill -0 "$p" 2>/dev/null && [ $SECONDS -lt $end ]; do sleep 0.2; done
        kill -9 "$p" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    PIDS=()
}

run_attack() { # attack [cold]
    local attack=$1 cold=${2:-} dir="$WORK/$1" out="$RESULTS/$1${2:+-cold}$SUFFIX.txt" target="$TARGET" honest="$HONEST" \
        chain=$CHAIN extra=""
    case $attack in
        oversize-answer) chain=$MAXIMAL target="$target $BIG" honest="$honest $BIG" extra=joiner ;;
        slot-filler) extra=named ;;
        tls-silent) target="$target $TLS_OPTS" honest="$honest $TLS_OPTS" ;;
    esac
    mkdir -p "$dir"
    for n in t source sink; do cp -r "$chain" "$dir/$n"; done
    # Fixed node ids, the source's below T's: the impostor case needs a peer T dialed whose id is lower than
    # T's (the half of its outbound peers that duplicate resolution lets an impostor displace today).
    echo 88888888888888888888888888888888 > "$dir/t/node-id"
    echo 11111111111111111111111111111111 > "$dir/source/node-id"
    echo eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee > "$dir/sink/node-id"
    printf 'run\tload\t%s\nrun\tcommit\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$COMMIT" > "$out"
    start_node "$attack-source" $SOURCE_HTTP $SOURCE_P2P "$dir/source" "" "$honest"
    start_node "$attack-sink" $SINK_HTTP $SINK_P2P "$dir/sink" "127.0.0.1:$T_P2P" "$honest"
    # T keeps the default inbound limits per IP and group, which nodes.sh raises for nodes sharing 127.0.0.1
    SHARED_IP_OPTS='' start_node "$attack-t" $T_HTTP $T_P2P "$dir/t" "127.0.0.1:$SOURCE_P2P" "$target"
    local tpid=${PIDS[-1]} extra_args=()
    # The joiner starts empty (it must sync the maximal blocks); the named node with the chain, so that a
    # connection to it is a connection, not a sync of 12 MB.
    if [ -n "$extra" ]; then
        if [ "$extra" = named ]; then cp -r "$chain" "$dir/$extra"; fi
        start_node "$attack-$extra" $X_HTTP $X_P2P "$dir/$extra" "" "$honest"
        extra_args=(extra-http=$X_HTTP extra-p2p=$X_P2P)
    fi
    local ok=1 p
    # generous: on a machine shared with builds a node has been seen to take minutes to start
    for p in $T_HTTP $SOURCE_HTTP $SINK_HTTP ${extra:+$X_HTTP}; do ready_within "$p" 300 || ok=; done
    if [ -n "$ok" ]; then
        local end=$((SECONDS + 60))
        until [ "$(peers $T_HTTP)" = "2" ]; do [ $SECONDS -ge $end ] && { ok=; break; }; sleep 0.2; done
    fi
    if [ -z "$ok" ]; then
        printf 'run\terror\tthe nodes did not start or connect (T: %s)\n' \
            "$(grep -E ' (ERROR|FATAL) ' "$WORK/$attack-t.log" | tail -1 | cut -c1-300)" >> "$out"
    else
        # never longer than the phases and two minutes: an attacker that hangs is stopped and reported
        # shellcheck disable=SC2086 # ATTACKER_PRIORITY is a command and its words
        ${ATTACKER_PRIORITY:-} timeout -k 5 $((WARMUP + 2 * DURATION + 120)) java -cp "$CP" dev.rantai.bench.hostile.HostileBench \
            attack="$attack" seconds="$DURATION" warmup="$WARMUP" rate="$RATE" attacker-ip="$ATTACKER_IP" \
            clk-tck="$(getconf CLK_TCK)" target-http=$T_HTTP target-p2p=$T_P2P target-pid="$tpid" \
            target-dir="$dir/t" target-log="$WORK/$attack-t.log" source-http=$SOURCE_HTTP source-p2p=$SOURCE_P2P \
            sink-http=$SINK_HTTP sink-p2p=$SINK_P2P ${cold:+cold=true} "${extra_args[@]}" ${ATTACK_OPTS:-} >> "$out" 2> "$WORK/$attack-bench.err" \
            || printf 'run\terror\tthe bench client failed (exit %s): %s\n' "$?" "$(tail -1 "$WORK/$attack-bench.err")" >> "$out"
    fi
    stop_nodes
    java -cp "$CP" dev.rantai.bench.PropagationDelays "$dir/sink" warmup base attack 2>/dev/null \
        | sed -nE 's/^(warmup|base|attack) (.*)$/delays\t\1\t\2/p' >> "$out" || true
    sed -nE 's/^(delays|base|attack|attacker|target|finding|settle|run)\t/   \1: /p' "$out" \
        | grep -E 'delays|: (cpu|heap max MB|ready)|attacker|target|finding|settle|error' || true
    if [ -n "${KEEP:-}" ]; then
        mv "$dir" "$RESULTS/$attack${cold:+-cold}$SUFFIX-data"
        for f in "$WORK/$attack"-*.log; do cp "$f" "$RESULTS/$(basename "$f" .log)${cold:+-cold}$SUFFIX.log"; done
    fi
    rm -rf "$dir"
}

files=()
for round in $(seq "${ROUNDS:-1}"); do
SUFFIX=""
[ "${ROUNDS:-1}" -gt 1 ] && { SUFFIX="-$round"; echo "== round $round of $ROUNDS"; }
for attack in $ATTACKS; do
    if [ "${COLD:-}" != only ]; then
        echo "== $attack (load $(cut -d' ' -f1-3 /proc/loadavg))"
        run_attack "$attack"
        files+=("$RESULTS/$attack$SUFFIX.txt")
    fi
    if [ -n "${COLD:-}" ]; then
        echo "== $attack, cold (load $(cut -d' ' -f1-3 /proc/loadavg))"
        run_attack "$attack" cold
        files+=("$RESULTS/$attack-cold$SUFFIX.txt")
    fi
done
done
echo "== results (commit $COMMIT, load now $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$CP" dev.rantai.bench.hostile.HostileReport "${files[@]}" | tee "$RESULTS/report.md"
