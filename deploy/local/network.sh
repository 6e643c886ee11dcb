#!/usr/bin/env bash
# The book's three-node network on one machine: P2P ports 3000, 3001, 3002 and HTTP ports
# 8080, 8081, 8082, a data directory each, every node peering with the other two.
#
#   deploy/local/network.sh              start all three in the background; Ctrl-C stops them
#   deploy/local/network.sh --console    a tmux pane per node: each line typed becomes a block, each
#                                        block from another node is printed; Ctrl-C in any pane stops all
#   deploy/local/network.sh --node 3001  run one node of the network in the foreground, with console
#
# Before anything starts, every port is checked: a port in use (a forgotten quarkus:dev, say) stops
# the script naming it. The URLs are printed once every node answers /q/health/ready; a node that
# stops while starting stops the others, with the end of its log. --console works inside tmux (a new
# window) and outside (a session named rantai).
# Environment: RANTAI_NETWORK_DIR (default ./data/network) holds the data directories and logs;
# JAVA (default java); START_TIMEOUT (default 180 s). The jar is built with ./mvnw package
# -DskipTests if it is missing.
set -euo pipefail

SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
DIR="${RANTAI_NETWORK_DIR:-$ROOT/data/network}"
JAVA="${JAVA:-java}"
START_TIMEOUT="${START_TIMEOUT:-180}"
P2P_PORTS=(3000 3001 3002)

http_port() { echo $((8080 + $1 - 3000)); }

peers_of() {
  local self=$1 out=""
  for p in "${P2P_PORTS[@]}"; do
    if [[ $p != "$self" ]]; then out="${out:+$out,}127.0.0.1:$p"; fi
  done
  echo "$out"
}

ensure_jar() {
  if [[ ! -f $JAR ]]; then
    echo "Building $JAR ..."
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
  fi
}

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Every port of the network must be free before any node starts.
check_ports() {
  local taken=()
  for p in "${P2P_PORTS[@]}"; do
    in_use "$p" && taken+=("$p (P2P of node $p)")
    in_use "$(http_port "$p")" && taken+=("$(http_port "$p") (HTTP of node $p)")
  done
  if ((${#taken[@]} > 0)); then
    echo "Not starting: these ports are in use on this machine:" >&2
    printf '  %s\n' "${taken[@]}" >&2
    echo "Stop what listens there (a node or quarkus:dev still running? see: ss -ltnp) and try again." >&2
    exit 1
  fi
}

# Why a node stopped: the error lines of its log and the last cause, not the stack trace.
why_stopped() {
  local log=$1
  echo "Its log ($log) says:" >&2
  { grep -E ' ERROR |Configuration validation failed|^\s+rantai\.' "$log" | head -8
    grep -E '^Caused by: ' "$log" | tail -1; } | cut -c1-400 | sed 's/^/  /' >&2
}

ready() { curl -sf --max-time 2 "http://127.0.0.1:$(http_port "$1")/q/health/ready" >/dev/null 2>&1; }

# The command of one node, in the array NODE. All nodes share 127.0.0.1, so a ban refuses one
# host:port, not the whole address (ban-scope=address), and the limits of inbound connections per IP
# and per network group are raised for it.
node_command() {
  local port=$1 console=$2
  NODE=("$JAVA"
    -Drantai.data-dir="$DIR/node-$port"
    -Drantai.p2p.port="$port"
    -Drantai.p2p.host=127.0.0.1
    -Drantai.p2p.peers="$(peers_of "$port")"
    -Drantai.p2p.ban-scope=address
    -Drantai.p2p.max-inbound-per-ip=16
    -Drantai.p2p.max-inbound-per-group=16
    -Drantai.console.enabled="$console"
    -Dquarkus.http.port="$(http_port "$port")"
  )
  # In a terminal per node, the blocks and the warnings are what matter; the full log is INFO.
  if [[ $console == true ]]; then NODE+=(-Dquarkus.banner.enabled=false -Dquarkus.log.console.level=WARN); fi
  NODE+=(-jar "$JAR")
}

run_node() {
  local port=$1
  mkdir -p "$DIR/node-$port"
  node_command "$port" true
  exec "${NODE[@]}"
}

# ---- --console: one tmux pane per node; when any node ends, the others are stopped too.
pane() { # the command of one pane: the node, then stop the rest
  local port=$1
  mkdir -p "$DIR/node-$port"
  echo "node $port: http://localhost:$(http_port "$port")/   Type a line and press Enter to add it as a block."
  echo "Ctrl-C stops all three nodes."
  # A node started in the background by a script ignores Ctrl-C (SIGINT): this script takes it and
  # stops all three nodes with SIGTERM, the signal a node stops cleanly on.
  trap stop_all INT
  node_command "$port" true
  # Explicit stdin: a background command of a script would otherwise read /dev/null.
  "${NODE[@]}" <&0 &
  local pid=$!
  echo "$pid" >"$DIR/node-$port.pid"
  while kill -0 "$pid" 2>/dev/null; do wait "$pid" || true; done
  rm -f "$DIR/node-$port.pid"
  stop_all
}

stop_all() {
  local pids=()
  for p in "${P2P_PORTS[@]}"; do
    if [[ -f $DIR/node-$p.pid ]]; then pids+=("$(cat "$DIR/node-$p.pid")"); fi
  done
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
  rm -f "$DIR"/node-*.pid
  if [[ -n ${TMUX:-} && -n ${RANTAI_WINDOW:-} ]]; then tmux kill-window -t "$RANTAI_WINDOW" 2>/dev/null || true; fi
}

console() {
  command -v tmux >/dev/null || {
    echo "--console needs tmux (apt-get install tmux). Without it, run each node in its own terminal:" >&2
    for p in "${P2P_PORTS[@]}"; do echo "  $SELF --node $p" >&2; done
    exit 1
  }
  local window target
  # Left by a network that did not stop cleanly; the ports are free, so none of those nodes runs.
  rm -f "$DIR"/node-*.pid
  if [[ -n ${TMUX:-} ]]; then
    # Inside tmux: a new window of this session.
    window=$(tmux new-window -d -P -F '#{session_name}:#{window_index}' -n rantai "sleep 1000000")
  else
    if tmux has-session -t rantai 2>/dev/null; then
      echo "A tmux session named rantai exists already (a network still running?):" >&2
      echo "  tmux attach -t rantai      to go back to it" >&2
      echo "  tmux kill-session -t rantai  to end it" >&2
      exit 1
    fi
    tmux new-session -d -s rantai -n rantai "sleep 1000000"
    window=rantai:rantai
  fi
  target=$(tmux display-message -p -t "$window" '#{session_name}:#{window_index}')
  tmux set-option -w -t "$target" pane-border-status top >/dev/null
  tmux set-option -w -t "$target" pane-border-format ' #{pane_title} ' >/dev/null
  local first=1
  for p in "${P2P_PORTS[@]}"; do
    local cmd="RANTAI_WINDOW=$target RANTAI_NETWORK_DIR='$DIR' JAVA='$JAVA' '$SELF' --pane $p"
    if ((first)); then
      tmux respawn-pane -k -t "$target.0" "$cmd"
      first=0
    else
      tmux split-window -t "$target" -v "$cmd"
    fi
    tmux select-pane -t "$target" -T "node $p  http://localhost:$(http_port "$p")  type a line + Enter = a block, Ctrl-C stops all"
  done
  tmux select-layout -t "$target" even-vertical
  if [[ -n ${TMUX:-} ]]; then
    tmux select-window -t "$target"
  else
    exec tmux attach -t rantai
  fi
}

# ---- Background: three nodes, URLs once they are ready, Ctrl-C stops them.
background() {
  local pids=() stopping=0
  stop() {
    ((stopping)) && return
    stopping=1
    echo "${1:-Stopping the nodes ...}"
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
  }
  trap 'stop; exit 130' INT
  trap 'stop; exit 143' TERM
  for p in "${P2P_PORTS[@]}"; do mkdir -p "$DIR/node-$p"; done
  for p in "${P2P_PORTS[@]}"; do
    node_command "$p" false
    "${NODE[@]}" </dev/null >"$DIR/node-$p.log" 2>&1 &
    pids+=($!)
  done
  echo "Starting nodes 3000, 3001 and 3002 (logs in $DIR) ..."
  local start=$SECONDS i
  for i in 0 1 2; do
    local p=${P2P_PORTS[$i]}
    until ready "$p"; do
      if ! kill -0 "${pids[$i]}" 2>/dev/null; then
        echo "Node $p stopped while starting." >&2
        why_stopped "$DIR/node-$p.log"
        stop "Stopping the other nodes."
        exit 1
      fi
      if ((SECONDS - start > START_TIMEOUT)); then
        echo "Node $p is not ready after $START_TIMEOUT s; see $DIR/node-$p.log" >&2
        stop "Stopping the nodes."
        exit 1
      fi
      sleep 0.5
    done
  done
  for p in "${P2P_PORTS[@]}"; do
    local h
    h=$(http_port "$p")
    echo "node $p: http://localhost:$h/  API http://localhost:$h/api/node  P2P 127.0.0.1:$p  log $DIR/node-$p.log"
  done
  echo "All three ready after $((SECONDS - start)) s. Peers of node 3000: curl -s http://localhost:8080/api/peers"
  echo "Press Ctrl-C to stop all three."
  # A node that ends by itself ends the network.
  while true; do
    for i in 0 1 2; do
      if ! kill -0 "${pids[$i]}" 2>/dev/null; then
        echo "Node ${P2P_PORTS[$i]} stopped." >&2
        why_stopped "$DIR/node-${P2P_PORTS[$i]}.log"
        stop "Stopping the other nodes."
        exit 1
      fi
    done
    sleep 1
  done
}

case "${1:-}" in
  --node)
    ensure_jar
    port="${2:?--node needs a P2P port: 3000, 3001 or 3002}"
    for q in "$port" "$(http_port "$port")"; do
      if in_use "$q"; then echo "Not starting: port $q is in use on this machine." >&2; exit 1; fi
    done
    run_node "$port"
    ;;
  --pane)
    pane "${2:?}"
    ;;
  --console)
    ensure_jar
    check_ports
    console
    ;;
  "")
    ensure_jar
    check_ports
    background
    ;;
  *)
    sed -n '2,17p' "$SELF"
    exit 2
    ;;
esac
