#!/usr/bin/env bash
# Builds the node's container image and runs three nodes of it the way deploy/kubernetes/statefulset.yaml
# runs its pods, with podman on this machine:
#
#   ./mvnw -B package -DskipTests && deploy/container/test.sh
#
# - the image is the production one, src/main/docker/Dockerfile.aot (Java 25, the aot-jar, an ahead-of-time
#   cache recorded while the image is built), where this machine has a Java 25 JDK (JAVA25_HOME, default
#   /usr/lib/jvm/temurin-25-jdk-amd64; deploy/container/java-runtime.sh links its runtime; the aot-jar is
#   packaged into target/fast-start if that is missing or older than target/quarkus-app); else, saying
#   so, the Java 17 fast-jar image of src/main/docker/Dockerfile.jvm;
# - it is built on a base made from Debian's packages (deploy/container/base-image.sh; no image registry
#   is needed), or on BASE_IMAGE if set;
# - a node given the placeholder token of deploy/kubernetes/api-token.env refuses to start;
# - three containers on a podman network of their own, each as in the StatefulSet: user 185:185, a
#   read-only root with only the data volume and a 64 MiB tmpfs /tmp writable (noexec for the production
#   image, which loads SQLite's native library from the image), no capabilities, no new
#   privileges, the settings of deploy/kubernetes/rantai.env, an API token, and RANTAI_P2P_DISCOVERY_DNS
#   naming one network alias that all three carry (podman's DNS answers it with every container's
#   address, as a headless Service does); no RANTAI_P2P_PEERS, so the nodes find each other by DNS only;
# - they start (/q/health/started, /q/health/ready), connect, and converge on blocks submitted to one;
# - one is stopped with SIGTERM (podman stop) and must log a clean stop and exit 143, the others go on,
#   then it starts again on the same volume at the same tip and catches up;
# - the production image runs Java 25 with its cache mapped (/proc/1/maps of the container) and SQLite's
#   native library loaded from /deployments/lib/native (deploy/jvm/sqlite-native.sh), and the
#   restarted node is ready within READY_BOUND seconds (default 20, for a busy machine: 6 s at load 9, 1.3 to
#   1.7 s at load 2) of `podman start`.
# Prints the image's size, the nodes' start-up times and the restarted node's RSS at ready. Names carry this
# run's process id, so runs on one machine do not meet; everything a run creates carries the label
# dev.rantai.test=container and its process id, and is removed at its end or, if it was killed, by the
# next run (the base image stays, for the next run). Needs root and podman (with runc); the HTTP ports
# are published on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
LABEL=dev.rantai.test=container
RUN=dev.rantai.test.run=$$
NAME=rantai-ct-$$
IMAGE=localhost/rantai-node:ct-$$
NET=$NAME-net
ALIAS=rantai-p2p
NODES=(0 1 2)
WAIT_READY=${WAIT_READY:-240}
READY_BOUND=${READY_BOUND:-20}

say() { echo "container-test: $*"; }
fail() { echo "container-test: FAILED: $*" >&2; dump_logs; exit 1; }

# runc refuses containers with resource limits here ("error setting rlimits"): no default ulimits.
if [[ -z ${CONTAINERS_CONF:-} ]]; then
  CONTAINERS_CONF="$(mktemp /tmp/rantai-containers.XXXXXX.conf)"
  printf '[containers]\ndefault_ulimits = []\n' > "$CONTAINERS_CONF"
  export CONTAINERS_CONF
  OWN_CONF=$CONTAINERS_CONF
fi
PODMAN="${PODMAN:-podman}"
podman() { command "$PODMAN" --runtime runc "$@"; }
export PODMAN

remove_run() { # the label of one run
  podman ps -aq --filter "label=$1" | xargs -r podman rm -f -v -t 0 >/dev/null 2>&1 || true
  podman volume ls -q --filter "label=$1" | xargs -r podman volume rm -f >/dev/null 2>&1 || true
  podman network ls -q --filter "label=$1" | xargs -r podman network rm -f >/dev/null 2>&1 || true
  podman images -q --filter "label=$1" | xargs -r podman image rm -f >/dev/null 2>&1 || true
}
cleanup() { remove_run "$RUN"; }
# What runs that were killed left behind: their process is gone.
remove_stale_runs() {
  local pid
  for pid in $( (podman ps -a --filter "label=$LABEL" --format '{{index .Labels "dev.rantai.test.run"}}'
    podman network ls --filter "label=$LABEL" --format '{{index .Labels "dev.rantai.test.run"}}') | sort -u); do
    if [[ -n $pid && $pid != "$$" ]] && ! kill -0 "$pid" 2>/dev/null; then remove_run "dev.rantai.test.run=$pid"; fi
  done
}
dump_logs() {
  for i in "${NODES[@]}"; do
    if podman container exists "$NAME-$i" 2>/dev/null; then
      echo "---- last lines of $NAME-$i's log" >&2
      podman logs --tail 40 "$NAME-$i" >&2 2>&1 || true
    fi
  done
}
trap 'cleanup; if [[ -n ${OWN_CONF:-} ]]; then rm -f "$OWN_CONF"; fi' EXIT

[[ -f target/quarkus-app/quarkus-run.jar ]] || { say "no target/quarkus-app: run ./mvnw -B package -DskipTests first"; exit 1; }
remove_stale_runs

now_ms() { date +%s%3N; }
http_port() { podman port "$NAME-$1" 8080/tcp | head -1 | sed 's/.*://'; }
api() { curl -sf --max-time 10 "http://127.0.0.1:$(http_port "$1")$2"; }
field() { sed -nE "s/.*\"$1\":\"?([^\",}]*)\"?.*/\1/p"; }
height() { api "$1" /api/chain | field height; }
tip() { api "$1" /api/chain | field tip; }
submit() {
  curl -sf --max-time 60 -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain' \
    --data "$2" "http://127.0.0.1:$(http_port "$1")/api/blocks" || fail "submitting '$2' to node $1"
}
# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
  local limit=$1 start=$SECONDS
  shift
  until "$@" >/dev/null 2>&1; do
    ((SECONDS - start < limit)) || return 1
    sleep 0.1
  done
}
ready() { api "$1" /q/health/started && api "$1" /q/health/ready; }
connected_peers() { api "$1" /api/peers | grep -o '"state":"connected"' | wc -l; }
has_peers() { [[ $(connected_peers "$1") -ge $2 ]]; }
converged() {
  local t
  t=$(tip "$1") || return 1
  for i in "${@:2}"; do [[ $(tip "$i") == "$t" ]] || return 1; done
}

# ---- The image: the production way (Java 25, aot-jar, ahead-of-time cache) where a Java 25 JDK is here
t0=$(now_ms)
if deploy/container/java-runtime.sh >/dev/null; then
  FLAVOUR=aot KIND=plain DOCKERFILE=src/main/docker/Dockerfile.aot
  # The aot-jar of this build: made again when the fast-jar is newer (the code changed since).
  if [[ ! -d target/fast-start/lib/main || ! target/fast-start/quarkus-run.jar -nt target/quarkus-app/quarkus-run.jar ]]; then
    say "packaging the aot-jar into target/fast-start ..."
    rm -rf target/fast-start
    ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=fast-start \
      -Dquarkus.package.output-name=rantai-node >"target/container-aot-jar.log" 2>&1 \
      || { tail -30 target/container-aot-jar.log >&2; fail "packaging the aot-jar"; }
  fi
  deploy/jvm/sqlite-native.sh target/fast-start >/dev/null || fail "deploy/jvm/sqlite-native.sh"
else
  (($? == 3)) || fail "making the Java 25 runtime (deploy/container/java-runtime.sh)"
  FLAVOUR=jvm KIND=jre17 DOCKERFILE=src/main/docker/Dockerfile.jvm
  say "no Java 25 JDK at ${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} (set JAVA25_HOME): building the Java 17" \
    "fast-jar image of $DOCKERFILE instead of the production image of Dockerfile.aot; it starts several times slower"
fi
if [[ -n ${BASE_IMAGE:-} ]]; then
  BASE=$BASE_IMAGE
else
  BASE=$(deploy/container/base-image.sh $KIND)
fi
t1=$(now_ms)
say "base image $BASE ($(((t1 - t0) / 1000)) s)"
podman build -q --build-arg BASE_IMAGE="$BASE" --label "$LABEL" --label "$RUN" -f "$DOCKERFILE" -t "$IMAGE" . >"target/container-build.log" 2>&1 \
  || { tail -40 target/container-build.log >&2; fail "podman build -f $DOCKERFILE"; }
t2=$(now_ms)
image_mb=$(($(podman image inspect "$IMAGE" --format '{{.Size}}') / 1000000))
base_mb=$(($(podman image inspect "$BASE" --format '{{.Size}}') / 1000000))
say "image $IMAGE ($DOCKERFILE) built in $(((t2 - t1) / 1000)) s: $image_mb MB ($base_mb MB base, $((image_mb - base_mb)) MB node)"

# ---- The settings of the StatefulSet's pods
TOKEN=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
# The production image loads SQLite's native library from the image, not from a copy in /tmp: its /tmp is noexec.
TMP_EXEC=""
[[ $FLAVOUR != aot ]] || TMP_EXEC=",noexec"
podman network create --label "$LABEL" --label "$RUN" "$NET" >/dev/null
run_node() { # index, then extra podman options
  local i=$1
  shift
  podman run -d --name "$NAME-$i" --hostname "$NAME-$i" --label "$LABEL" --label "$RUN" \
    --network "$NET" --network-alias "$ALIAS" \
    --user 185:185 --read-only --read-only-tmpfs=false --tmpfs "/tmp:rw,size=64m,mode=1777$TMP_EXEC" \
    --cap-drop ALL --security-opt no-new-privileges --stop-timeout 45 \
    --env-file deploy/kubernetes/rantai.env \
    -e RANTAI_P2P_DISCOVERY_DNS="$ALIAS:3000" -e RANTAI_P2P_ADVERTISED_ADDRESS="$NAME-$i:3000" \
    -p 127.0.0.1::8080 "$@" "$IMAGE" >/dev/null
}

# The committed placeholder token: the node must refuse it, name the key and say how to make one.
run_node placeholder --env-file deploy/kubernetes/api-token.env
wait_for 120 bash -c "[[ \$('$PODMAN' --runtime runc inspect $NAME-placeholder --format '{{.State.Status}}') == exited ]]" \
  || fail "a node with the placeholder token did not stop"
podman logs "$NAME-placeholder" 2>&1 | grep -q 'rantai.api.token is a placeholder, not a secret: make one with `openssl rand -hex 32`' \
  || { podman logs "$NAME-placeholder" >&2; fail "the placeholder token was not refused by name"; }
podman rm -f -v "$NAME-placeholder" >/dev/null
say "a node given deploy/kubernetes/api-token.env as it is refuses to start, naming rantai.api.token"

# ---- Three nodes
declare -A started
for i in "${NODES[@]}"; do
  podman volume create --label "$LABEL" --label "$RUN" "$NAME-data-$i" >/dev/null
  started[$i]=$(now_ms)
  run_node "$i" -v "$NAME-data-$i:/data" -e RANTAI_API_TOKEN="$TOKEN"
done
for i in "${NODES[@]}"; do
  wait_for "$WAIT_READY" ready "$i" || fail "node $i not started and ready within $WAIT_READY s"
  say "node $i ready $((($(now_ms) - started[$i]) / 1000)) s after podman run (three starting at once);" \
    "$(podman logs "$NAME-$i" 2>&1 | grep -o 'started in [0-9.]*s' | head -1)"
done

for i in "${NODES[@]}"; do
  wait_for 90 has_peers "$i" 2 || { api "$i" /api/peers >&2; fail "node $i did not connect to the other two"; }
done
found=$(podman logs "$NAME-0" 2>&1 | grep -c "Discovered peer .* through $ALIAS" || true)
say "each node connected to the other two, found through DNS ($ALIAS answered node 0 with $found addresses)"

curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/plain' --data 'no token' \
  "http://127.0.0.1:$(http_port 0)/api/blocks" | grep -q 401 || fail "a write without the token was not refused"
for b in 1 2 3 4 5; do submit 0 "container block $b"; done
wait_for 60 converged 0 1 2 || fail "the three nodes did not converge"
say "5 blocks submitted to node 0: all three at height $(height 0), tip $(tip 0)"

# ---- SIGTERM, a clean stop, and a restart on the same volume
stop_height=$(height 1)
stop_tip=$(tip 1)
podman stop "$NAME-1" >/dev/null
exit_code=$(podman inspect "$NAME-1" --format '{{.State.ExitCode}}')
log1=$(podman logs "$NAME-1" 2>&1)
[[ $exit_code == 143 ]] || fail "node 1 exited with $exit_code after SIGTERM, not 143"
grep -q "Chain closed at height $stop_height, tip $stop_tip" <<<"$log1" || fail "no clean close of the chain in node 1's log"
grep -qE 'rantai-node stopped in [0-9.]+s' <<<"$log1" || fail "no 'stopped in' in node 1's log"
if grep -E ' ERROR ' <<<"$log1"; then fail "errors in node 1's log"; fi
say "node 1 stopped on SIGTERM: exit 143, 'Chain closed at height $stop_height', 'stopped in', no error"

for b in 6 7 8; do submit 0 "container block $b"; done
wait_for 60 converged 0 2 || fail "nodes 0 and 2 did not converge while node 1 was stopped"

restart=$(now_ms)
podman start "$NAME-1" >/dev/null
wait_for "$WAIT_READY" ready 1 || fail "node 1 not ready within $WAIT_READY s after its restart"
restart_ms=$(($(now_ms) - restart))
rss_mib=$(($(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' "/proc/$(podman inspect "$NAME-1" --format '{{.State.Pid}}')/status") / 1024))
# The log holds both runs: the last load is the restart's.
podman logs "$NAME-1" 2>&1 | grep 'Chain loaded from' | tail -1 \
  | grep -q "Chain loaded from /data/chain.db: height $stop_height, tip $stop_tip" \
  || fail "node 1 did not resume at height $stop_height, tip $stop_tip"
wait_for 90 converged 0 1 2 || fail "node 1 did not catch up after its restart"
say "node 1 restarted on its volume at height $stop_height and caught up to height $(height 1);" \
  "ready $((restart_ms / 1000)).$(((restart_ms % 1000) / 100)) s after podman start;" \
  "$(podman logs "$NAME-1" 2>&1 | grep -o 'started in [0-9.]*s' | tail -1); RSS at ready $rss_mib MiB"

# ---- What the image promises: the production image runs Java 25 with its cache and is ready within READY_BOUND
java_version=$(podman exec "$NAME-1" java -version 2>&1 | sed -n 1p)
if [[ $FLAVOUR == aot ]]; then
  [[ $java_version == *' version "25'* ]] || fail "the image runs $java_version, not Java 25"
  podman exec "$NAME-1" grep -q ' /deployments/app.aot$' /proc/1/maps \
    || fail "node 1 does not run with the ahead-of-time cache /deployments/app.aot (a cache the JVM rejected is ignored)"
  podman exec "$NAME-1" grep -q ' /deployments/lib/native/libsqlitejdbc.so$' /proc/1/maps \
    || fail "node 1 did not load SQLite's native library from /deployments/lib/native (deploy/jvm/sqlite-native.sh)"
  ((restart_ms <= READY_BOUND * 1000)) || fail "node 1 was ready $restart_ms ms after podman start, more than $READY_BOUND s"
  say "the image runs $java_version with its ahead-of-time cache mapped; node 1 was ready within $READY_BOUND s of podman start"
else
  say "the image runs $java_version (Java 17 fallback, no ahead-of-time cache)"
fi
say "passed"
