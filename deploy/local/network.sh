#!/usr/bin/env bash
# The book's three-node network on one machine: P2P ports 3000, 3001, 3002 and HTTP ports
# 8080, 8081, 8082, a data directory each, every node peering with the other two.
#
#   deploy/local/network.sh              start all three in the background, Ctrl-C stops them
#   deploy/local/network.sh --console    one terminal per node (tmux), each line typed becomes a block
#   deploy/local/network.sh --node 3001  run one node of the network in the foreground, with console
#
# Environment: RANTAI_NETWORK_DIR (default ./data/network) holds the data directories and logs;
# JAVA (default java). The jar is built with ./mvnw package -DskipTests if it is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
DIR="${RANTAI_NETWORK_DIR:-$ROOT/data/network}"
JAVA="${JAVA:-java}"
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

# All nodes share 127.0.0.1, so a ban refuses one host:port, not the whole address (ban-scope=address),
# and the limits of inbound connections per IP and per network group are raised for it.
run_node() {
  local port=$1 console=$2
  mkdir -p "$DIR/node-$port"
  exec "$JAVA" \
    -Drantai.data-dir="$DIR/node-$port" \
    -Drantai.p2p.port="$port" \
    -Drantai.p2p.host=127.0.0.1 \
    -Drantai.p2p.peers="$(peers_of "$port")" \
    -Drantai.p2p.ban-scope=address \
    -Drantai.p2p.max-inbound-per-ip=16 \
    -Drantai.p2p.max-inbound-per-group=16 \
    -Drantai.console.enabled="$console" \
    -Dquarkus.http.port="$(http_port "$port")" \
    -jar "$JAR"
}

case "${1:-}" in
  --node)
    ensure_jar
    run_node "${2:?--node needs a P2P port: 3000, 3001 or 3002}" true
    ;;
  --console)
    ensure_jar
    if ! command -v tmux >/dev/null; then
      echo "--console needs tmux. Without it, run each in its own terminal:"
      for p in "${P2P_PORTS[@]}"; do echo "  $0 --node $p"; done
      exit 1
    fi
    tmux new-session -d -s rantai "$0 --node 3000"
    tmux split-window -t rantai -v "$0 --node 3001"
    tmux split-window -t rantai -v "$0 --node 3002"
    tmux select-layout -t rantai even-vertical
    exec tmux attach -t rantai
    ;;
  "")
    ensure_jar
    pids=()
    stop() {
      echo "Stopping the nodes ..."
      for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
      wait
      exit 0
    }
    trap stop INT TERM
    mkdir -p "$DIR"
    for p in "${P2P_PORTS[@]}"; do
      (run_node "$p" false) >"$DIR/node-$p.log" 2>&1 &
      pids+=($!)
    done
    for p in "${P2P_PORTS[@]}"; do
      h=$(http_port "$p")
      echo "node $p: http://localhost:$h/  API http://localhost:$h/api/node  P2P 127.0.0.1:$p  log $DIR/node-$p.log"
    done
    echo "Peers of node 3000: curl -s http://localhost:8080/api/peers"
    echo "Press Ctrl-C to stop all three."
    wait
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
