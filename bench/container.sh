#!/usr/bin/env bash
# Start-up to ready and RSS at ready of the node's container image, cold: each run is a fresh container
# on a fresh volume, started alone, as deploy/kubernetes/statefulset.yaml runs a pod (user 185, read-only
# root, a tmpfs /tmp, no capabilities, the settings of deploy/kubernetes/rantai.env), with podman and runc.
#
#   deploy/container/test.sh builds an image and removes it; build one to keep with, for example,
#   podman build --build-arg BASE_IMAGE=$(deploy/container/base-image.sh plain) -f src/main/docker/Dockerfile.aot -t rantai-node:bench .
#   flock /work/turn.lock flock -x /work/quiet.lock bench/container.sh localhost/rantai-node:bench [RUNS]
#
# For each run: the time from `podman run` to /q/health/ready answering 200 (polled every 10 ms on the
# published port), the time from the JVM's process start to ready (the process's start time in
# /proc/PID/stat: what the same JVM takes outside a container, without podman's own set-up), and the
# JVM's VmRSS at ready (/proc/PID/status of the container's first process, seen from the host). Prints
# each run and the medians. Needs root, podman and runc; the HTTP port is published on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${1:?the image, e.g. localhost/rantai-node:bench}
RUNS=${2:-7}
NAME=rantai-bench-$$

if [[ -z ${CONTAINERS_CONF:-} ]]; then # runc refuses containers with resource limits here
  CONTAINERS_CONF="$(mktemp /tmp/rantai-containers.XXXXXX.conf)"
  printf '[containers]\ndefault_ulimits = []\n' > "$CONTAINERS_CONF"
  export CONTAINERS_CONF
  OWN_CONF=$CONTAINERS_CONF
fi
podman() { command podman --runtime runc "$@"; }
cleanup() {
  podman rm -f -v -t 0 "$NAME" >/dev/null 2>&1 || true
  podman volume rm -f "$NAME-data" >/dev/null 2>&1 || true
  if [[ -n ${OWN_CONF:-} ]]; then rm -f "$OWN_CONF"; fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
TICKS=$(getconf CLK_TCK)
echo "== $(nproc) cores, $(($(sed -nE 's/^MemTotal:\s+([0-9]+) kB/\1/p' /proc/meminfo) / 1048576)) GiB, $(uname -r);" \
  "image $IMAGE ($(($(podman image inspect "$IMAGE" --format '{{.Size}}') / 1000000)) MB); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $(podman run --rm --entrypoint java "$IMAGE" -version 2>&1 | sed -n 1p)"

: > /tmp/$NAME.runs
for ((r = 1; r <= RUNS; r++)); do
  podman volume create "$NAME-data" >/dev/null
  t0=$(now_ms)
  podman run -d --name "$NAME" --user 185:185 --read-only --read-only-tmpfs=false --tmpfs /tmp:rw,size=64m,mode=1777 \
    --cap-drop ALL --security-opt no-new-privileges --env-file deploy/kubernetes/rantai.env \
    -v "$NAME-data:/data" -p 127.0.0.1::8080 "$IMAGE" >/dev/null
  port=$(podman port "$NAME" 8080/tcp | head -1 | sed 's/.*://')
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    [[ $(podman inspect "$NAME" --format '{{.State.Status}}') == running ]] || { podman logs "$NAME" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(now_ms)
  pid=$(podman inspect "$NAME" --format '{{.State.Pid}}')
  rss=$(($(sed -nE 's/^VmRSS:\s+([0-9]+) kB/\1/p' "/proc/$pid/status") / 1024))
  up=$(cut -d' ' -f1 /proc/uptime)
  jvm_ms=$(awk -v up="$up" -v start="$(awk '{print $22}' "/proc/$pid/stat")" -v hz="$TICKS" 'BEGIN {printf "%d", (up - start / hz) * 1000}')
  echo "$((t1 - t0)) $jvm_ms $rss" >> /tmp/$NAME.runs
  echo "   run $r: podman run to ready $((t1 - t0)) ms, JVM start to ready $jvm_ms ms, RSS at ready $rss MiB (load $(cut -d' ' -f1 /proc/loadavg))"
  podman rm -f -v -t 10 "$NAME" >/dev/null
  podman volume rm -f "$NAME-data" >/dev/null
done
echo "== medians of $RUNS: podman run to ready $(cut -d' ' -f1 /tmp/$NAME.runs | median) ms," \
  "JVM start to ready $(cut -d' ' -f2 /tmp/$NAME.runs | median) ms, RSS at ready $(cut -d' ' -f3 /tmp/$NAME.runs | median) MiB;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f /tmp/$NAME.runs
