# Shared by the benchmarks that run packaged nodes on loopback (network.sh, dashboards.sh, hostile.sh, traffic.sh): sourced
# from the repository's root, not run. Makes a temporary folder WORK, stops the nodes in PIDS and
# removes WORK on exit, builds the jar if missing and the test classpath CP for the bench clients.
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.cp)"

now_ms() { date +%s%3N; }
height() { curl -s "localhost:$1/api/chain" | sed -E 's/.*"height":([0-9]+).*/\1/'; }
# Polling while a benchmark runs must not compete with the nodes for the two cores: a process
# started per poll (curl, sed, sleep, even a $(...) subshell) cut the measured rate by 40 %. These
# use bash built-ins only: /dev/tcp for the request, read -t for the pause.
exec {PAUSE_FD}<> <(:)
polled_height() { # port: sets HEIGHT to the node's chain height
    local fd body
    exec {fd}<>"/dev/tcp/127.0.0.1/$1"
    printf 'GET /api/chain HTTP/1.0\r\nHost: localhost\r\n\r\n' >&"$fd"
    IFS= read -r -d '' body <&"$fd" || true
    exec {fd}>&-
    HEIGHT=0
    if [[ $body =~ \"height\":([0-9]+) ]]; then HEIGHT=${BASH_REMATCH[1]}; fi
}
await_height() { # port height: returns once the node holds that height, polling every 10 ms
    polled_height "$1"
    while [ "$HEIGHT" -lt "$2" ]; do read -r -t 0.01 -u "$PAUSE_FD" || true; polled_height "$1"; done
}
tip() { curl -s "localhost:$1/api/chain" | sed -E 's/.*"tip":"([0-9a-f]+)".*/\1/'; }
peers() { curl -s "localhost:$1/api/node" | sed -nE 's/.*"peers":([0-9]+).*/\1/p'; }
# Nodes on one IP raise the inbound limits per IP and per group (protocol.md, Peers). A node that must keep the
# defaults (bench/hostile.sh's target), or a build that predates these keys (JAR=...), is started with
# SHARED_IP_OPTS= (empty) before start_node.
SHARED_IP_OPTS=${SHARED_IP_OPTS--Drantai.p2p.max-inbound-per-ip=64 -Drantai.p2p.max-inbound-per-group=64}
start_node() { # name http p2p data peers [options]: difficulty 0, default store settings, log in $WORK/name.log;
    # JAR names another build's quarkus-run.jar (to compare two builds side by side), NODE_OPTS adds
    # system properties to every node (e.g. -Drantai.store.sync=full); options (one word each) come last
    # and so override these settings for this node (e.g. -Drantai.p2p.ban-scope=host)
    # shellcheck disable=SC2086 # NODE_OPTS and the options are lists of words
    java -Xmx512m ${NODE_OPTS:-} -Drantai.data-dir="$4" -Drantai.chain.difficulty=0 -Dquarkus.http.port="$2" \
        -Drantai.p2p.host=127.0.0.1 -Drantai.p2p.port="$3" -Drantai.p2p.peers="$5" -Drantai.p2p.ban-scope=address \
        ${SHARED_IP_OPTS} -Dquarkus.log.level=WARN ${6:-} -jar "${JAR:-target/quarkus-app/quarkus-run.jar}" > "$WORK/$1.log" 2>&1 &
    PIDS+=($!)
}
start_mesh() { # http p2p: nodes a, b and c on the three ports from each, fully connected; returns once all
    # are ready and each has its two peers
    local h=$1 q=$2 p
    start_node a "$h" "$q" "$WORK/a" "127.0.0.1:$((q + 1)),127.0.0.1:$((q + 2))"
    start_node b "$((h + 1))" "$((q + 1))" "$WORK/b" "127.0.0.1:$q,127.0.0.1:$((q + 2))"
    start_node c "$((h + 2))" "$((q + 2))" "$WORK/c" "127.0.0.1:$q,127.0.0.1:$((q + 1))"
    for p in "$h" "$((h + 1))" "$((h + 2))"; do wait_ready "$p"; done
    for p in "$h" "$((h + 1))" "$((h + 2))"; do until [ "$(peers "$p")" = "2" ]; do sleep 0.1; done; done
}
cpu_ticks() { # pids...: sets TICKS to their user + system CPU time, in clock ticks (bash built-ins only)
    local pid f
    TICKS=0
    for pid in "$@"; do
        # a process can end between its listing and this read (a browser's helper): it adds nothing
        if { read -r -a f < "/proc/$pid/stat"; } 2>/dev/null; then TICKS=$((TICKS + f[13] + f[14])); fi
    done
}

wait_ready() { until curl -sf "localhost:$1/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done; }
machine() { echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"; }
