#!/usr/bin/env bash
# What a CI run (.ci/run) pays on a fresh machine beyond the test run itself, measured on this one:
#
#   .ci/fresh-machine-timing.sh apt        # .ci/run's apt-get update and install in a fresh Debian chroot
#   .ci/fresh-machine-timing.sh maven      # the build's downloads from Maven Central into an empty repository
#   .ci/fresh-machine-timing.sh container  # deploy/container/test.sh (ContainerIT) with no base image and no cache
#
# apt: debootstrap makes a chroot of the Debian release this machine runs, from the archive its apt uses, with
# what a new machine of this kind already has that matters here (a JDK 17, git, curl); its package lists are then
# dropped, and .ci/run's own PACKAGES are installed as .ci/run does (update, then install), timed.
# A minbase chroot lacks more of their dependencies than a developer's machine, so the figure is an upper bound.
# maven: `./mvnw -B verify -DskipTests` with an empty local repository (-Dmaven.repo.local) against the same with
# the usual one: the difference is what a fresh machine downloads and unpacks; the wrapper's own Maven is counted too.
# container: podman with a storage of its own (no base image, no node image) and an empty RANTAI_BASE_CACHE, so
# deploy/container/base-image.sh runs debootstrap and installs the JRE, as on a fresh machine; needs
# target/quarkus-app (./mvnw -B package -DskipTests). Everything is made under /var/tmp and removed at the end.
# Needs root, debootstrap and podman (.ci/run installs both). Prints one line per figure: "timing: <what> <s> s".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_DIR=$PWD
WORK="$(mktemp -d /var/tmp/rantai-fresh.XXXXXX)"
say() { echo "timing: $*"; }
secs() { local s=$1; echo $(( ($(date +%s%N) - s) / 1000000 )) | awk '{printf "%.1f", $1 / 1000}'; }

cleanup() {
    local m
    for m in proc dev/pts; do
        if mountpoint -q "$WORK/chroot/$m" 2>/dev/null; then umount -l "$WORK/chroot/$m"; fi
    done
    if [[ -x $WORK/podman ]]; then "$WORK/podman" system reset -f >/dev/null 2>&1 || true; fi
    if ! mountpoint -q "$WORK/chroot/proc" 2>/dev/null && ! mountpoint -q "$WORK/chroot/dev/pts" 2>/dev/null; then
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

apt_timing() {
    . /etc/os-release
    local mirror packages chroot="$WORK/chroot" start
    mirror="$(sed -nE 's/^URIs:[[:space:]]*([^[:space:]]+\/debian)\/?$/\1/p' /etc/apt/sources.list.d/debian.sources | head -1)"
    # .ci/run's list, read from .ci/run so that the two cannot drift apart.
    packages="$(sed -nE 's/^PACKAGES=\((.*)\)$/\1/p' .ci/run)"
    [[ -n $packages ]] || { echo "no PACKAGES=(...) line in .ci/run" >&2; exit 1; }
    start=$(date +%s%N)
    debootstrap --variant=minbase "$VERSION_CODENAME" "$chroot" "$mirror" >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
    say "chroot (debootstrap minbase $VERSION_CODENAME, not part of CI) $(secs "$start") s"
    cp /etc/apt/sources.list.d/debian.sources "$chroot/etc/apt/sources.list.d/debian.sources"
    rm -f "$chroot/etc/apt/sources.list"
    # No services start in a chroot.
    printf '#!/bin/sh\nexit 101\n' >"$chroot/usr/sbin/policy-rc.d"
    chmod +x "$chroot/usr/sbin/policy-rc.d"
    mount -t proc proc "$chroot/proc"
    mount --bind /dev/pts "$chroot/dev/pts" # apt's log of dpkg's output needs a terminal
    in_chroot() { chroot "$chroot" /usr/bin/env DEBIAN_FRONTEND=noninteractive /bin/sh -c "$1"; }
    in_chroot 'apt-get -o APT::Sandbox::User=root update -qq && apt-get -o APT::Sandbox::User=root install -y -qq \
        openjdk-17-jdk-headless git curl ca-certificates >/dev/null && apt-get clean && rm -rf /var/lib/apt/lists/*'
    start=$(date +%s%N)
    in_chroot 'apt-get -o APT::Sandbox::User=root update -qq'
    say "apt-get update $(secs "$start") s"
    start=$(date +%s%N)
    in_chroot "apt-get -o APT::Sandbox::User=root install -y -qq $packages >/dev/null"
    say "apt-get install $packages: $(secs "$start") s, $(in_chroot 'ls /var/cache/apt/archives/*.deb | wc -l') packages," \
        "$(du -sm "$chroot/var/cache/apt/archives" | cut -f1) MB downloaded"
}

maven_timing() {
    local start
    start=$(date +%s%N)
    MAVEN_USER_HOME="$WORK/m2home" ./mvnw -B -q verify -DskipTests -Dmaven.repo.local="$WORK/m2" >"$WORK/maven-fresh.log" 2>&1 \
        || { tail -30 "$WORK/maven-fresh.log" >&2; exit 1; }
    say "./mvnw verify -DskipTests, empty local repository: $(secs "$start") s ($(du -sm "$WORK/m2" | cut -f1) MB downloaded)"
    start=$(date +%s%N)
    ./mvnw -B -q verify -DskipTests >"$WORK/maven-warm.log" 2>&1 || { tail -30 "$WORK/maven-warm.log" >&2; exit 1; }
    say "./mvnw verify -DskipTests, usual local repository: $(secs "$start") s"
}

container_timing() {
    local start
    [[ -f target/quarkus-app/quarkus-run.jar ]] || { echo "run ./mvnw -B package -DskipTests first" >&2; exit 1; }
    # A podman of its own storage: no image of an earlier run is there.
    printf '#!/bin/sh\nexec podman --root %s/storage --runroot %s/run "$@"\n' "$WORK" "$WORK" >"$WORK/podman"
    chmod +x "$WORK/podman"
    mkdir -p "$WORK/cache"
    start=$(date +%s%N)
    PODMAN="$WORK/podman" RANTAI_BASE_CACHE="$WORK/cache" bash deploy/container/test.sh >"$WORK/container.log" 2>&1 \
        || { tail -40 "$WORK/container.log" >&2; exit 1; }
    say "deploy/container/test.sh with no base image and no cache: $(secs "$start") s"
    grep '^container-test:\|^base-image:' "$WORK/container.log" | sed 's/^/timing:   /'
}

case "${1:-}" in
apt) apt_timing ;;
maven) maven_timing ;;
container) container_timing ;;
*) echo "usage: $0 apt|maven|container" >&2; exit 2 ;;
esac
