#!/usr/bin/env bash
# Live reload under load: runs `./mvnw quarkus:dev` on a copy of this work tree, keeps requests in flight on
# every API path and dashboard page, edits a Java source RELOADS times, and after every second reload checks
# that each path answers as it did before the first one. Every other reload follows the one before at once,
# so that some applications are replaced before they served every path.
#
#   deploy/local/dev-reload-check.sh [RELOADS]     # default 30; about 10 minutes on 2 busy cores
#
# Exits 1 if any path still answered otherwise 5 s after a reload (a broken application that stays broken
# until the next reload); requests that fail while a reload runs are counted, not failed. Prints the count of
# every status the clients saw and the ClassCastExceptions in the log. The copy (tracked and new files, not
# ignored ones) is made under /tmp and removed at the end with its dev-mode log, unless KEEP=1.
# Settings: HTTP_PORT, P2P_PORT (free ones by default), CLIENTS (6), FILE (the source edited).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RELOADS=${1:-30}
CLIENTS=${CLIENTS:-6}
FILE=${FILE:-src/main/java/dev/rantai/web/api/BlockResource.java}
WORK="$(mktemp -d /tmp/rantai-reload.XXXXXX)"
free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 20000))
        ss -ltnH "sport = :$p" | grep -q . || { echo "$p"; return; }
    done
}
HTTP_PORT=${HTTP_PORT:-$(free_port)}
P2P_PORT=${P2P_PORT:-$(free_port)}
say() { echo "reload-check: $*"; }

git -C "$ROOT" ls-files -co --exclude-standard -z | tar -C "$ROOT" --null -T - -cf - | tar -C "$WORK" -xf -
cd "$WORK"
./mvnw -B -q quarkus:dev -Ddebug=false -Dquarkus.console.enabled=false -Dquarkus.analytics.disabled=true \
    -Dquarkus.http.port="$HTTP_PORT" -Drantai.p2p.port="$P2P_PORT" -Drantai.data-dir="$WORK/data" \
    -Drantai.chain.difficulty=8 >"$WORK/dev.log" 2>&1 &
DEV=$!
CLIENT_PIDS=""
descendants() {
    local c
    for c in $(ps -o pid= --ppid "$1"); do echo "$c"; descendants "$c"; done
}
cleanup() {
    [[ -n $CLIENT_PIDS ]] && kill $CLIENT_PIDS 2>/dev/null
    kill $(descendants "$DEV") "$DEV" 2>/dev/null
    wait "$DEV" 2>/dev/null
    if [[ ${KEEP:-0} == 1 ]]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

BASE="http://127.0.0.1:$HTTP_PORT"
for i in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && break
    kill -0 "$DEV" 2>/dev/null || { tail -30 "$WORK/dev.log"; say "quarkus:dev ended"; exit 2; }
    sleep 1
done
say "dev mode ready after ${i} s on port $HTTP_PORT"

PATHS=(/api/blocks?limit=5 /api/blocks/0 /api/blocks/99999999 /api/blocks/0/propagation /api/chain /api/chain/timings
    /api/node /api/peers /api/network /api/network/messages /api/network/traffic / /blocks /blocks/0 /peers /network
    "/search?q=0" /q/health/ready /q/metrics POST)
request() { # path or POST -> HTTP status
    if [[ $1 == POST ]]; then
        curl -s -o /dev/null -w '%{http_code}' --max-time 60 -X POST "$BASE/api/blocks" -H 'Content-Type: text/plain' --data-binary x
    else
        curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$BASE$1"
    fi
}
declare -A EXPECT
for p in "${PATHS[@]}"; do EXPECT[$p]=$(request "$p"); done
client() {
    local p
    while :; do
        p=${PATHS[$((RANDOM % ${#PATHS[@]}))]}
        echo "$(request "$p") $p" >>"$WORK/requests.log"
    done
}
for c in $(seq 1 "$CLIENTS"); do client & CLIENT_PIDS="$CLIENT_PIDS $!"; done
check() { # the paths that do not answer as before the first reload
    local p c
    for p in "${PATHS[@]}"; do
        c=$(request "$p")
        [[ $c == "${EXPECT[$p]}" ]] || echo -n " $p=$c"
    done
}

broken=0
MARK="Live reload total time"
for r in $(seq 1 "$RELOADS"); do
    before=$(grep -c "$MARK" "$WORK/dev.log")
    echo "// reload $r" >>"$FILE"
    for i in $(seq 1 1200); do
        [[ $(grep -c "$MARK" "$WORK/dev.log") -gt $before ]] && break
        sleep 0.5
    done
    if ((r % 2 == 1)); then continue; fi
    sleep 2
    bad=$(check)
    if [[ -n $bad ]]; then
        sleep 3
        bad=$(check)
    fi
    if [[ -n $bad ]]; then
        broken=$((broken + 1))
        say "reload $r: still failing:$bad"
    else
        say "reload $r: every path answers as before"
    fi
done
kill $CLIENT_PIDS 2>/dev/null
CLIENT_PIDS=""
say "statuses the clients saw during the reloads: $(cut -d' ' -f1 "$WORK/requests.log" | sort | uniq -c | tr -s ' ' | tr '\n' ',')"
say "ClassCastExceptions in the log: $(grep -c 'ClassCastException' "$WORK/dev.log")"
say "$RELOADS reloads, $((RELOADS / 2)) checked, $broken left the node failing"
[[ $broken == 0 ]]
