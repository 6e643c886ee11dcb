#!/usr/bin/env bash
# Makes a base image for the node's image from Debian's own packages, for machines that reach Debian's
# package archive but no image registry. Prints the image's name. Two kinds:
#
#   deploy/container/base-image.sh        # jre17: openjdk-17-jre-headless, for src/main/docker/Dockerfile.jvm
#   deploy/container/base-image.sh plain  # no Java (the image brings its own), with curl, for Dockerfile.aot
#   # then: podman build --build-arg BASE_IMAGE=<printed name> ...
#
# Debian minbase (debootstrap) with those packages, of the Debian release this machine runs and from the
# archive its apt uses (/etc/apt/sources.list.d/debian.sources or sources.list), imported as
# localhost/rantai-base:<release>-<kind>-<hash of this script>. Dockerfile.aot's image needs curl for the
# training run that records its ahead-of-time cache while the image is built (deploy/jvm/train.sh).
# Once made, the image stays in podman's storage
# and its root file system is cached as a tar in RANTAI_BASE_CACHE (default /var/cache/rantai-container),
# so the next run on this machine takes a second or two instead of about a minute; a change to this
# script makes a new one. Needs root, podman and debootstrap.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${RANTAI_BASE_CACHE:-/var/cache/rantai-container}"
PODMAN="${PODMAN:-podman}"
. /etc/os-release
RELEASE="${RANTAI_BASE_RELEASE:-${VERSION_CODENAME:?this machine does not say its Debian release; set RANTAI_BASE_RELEASE}}"
KIND="${1:-jre17}"
case $KIND in
  jre17) PACKAGES=openjdk-17-jre-headless ;;
  plain) PACKAGES=curl ;;
  *) echo "base-image: unknown kind $KIND (jre17 or plain)" >&2; exit 2 ;;
esac
KEY="$(sha256sum "$HERE/base-image.sh" | cut -c1-12)"
IMAGE="localhost/rantai-base:$RELEASE-$KIND-$KEY"
TARBALL="$CACHE/rantai-base-$RELEASE-$KIND-$KEY.tar"

log() { echo "base-image: $*" >&2; }

if "$PODMAN" image exists "$IMAGE"; then
  echo "$IMAGE"
  exit 0
fi

if [[ ! -s $TARBALL ]]; then
  [[ $(id -u) == 0 ]] || { log "debootstrap needs root"; exit 1; }
  command -v debootstrap >/dev/null || { log "debootstrap is not installed (apt-get install debootstrap)"; exit 1; }
  # The archive this machine's apt uses: the first URIs/deb line of its Debian sources.
  MIRROR="${RANTAI_DEBIAN_MIRROR:-$(sed -nE 's/^URIs:[[:space:]]*([^[:space:]]+\/debian)\/?$/\1/p' \
    /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}"
  MIRROR="${MIRROR:-$(sed -nE 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+\/debian)\/?[[:space:]].*/\2/p' \
    /etc/apt/sources.list 2>/dev/null | head -1)}"
  [[ -n $MIRROR ]] || { log "no Debian archive found in this machine's apt sources; set RANTAI_DEBIAN_MIRROR"; exit 1; }

  ROOTFS="$(mktemp -d /var/tmp/rantai-base.XXXXXX)"
  # The JRE's installation runs java, which needs /proc; it is unmounted before anything is removed.
  remove_rootfs() {
    if mountpoint -q "$ROOTFS/proc"; then umount -l "$ROOTFS/proc"; fi
    if ! mountpoint -q "$ROOTFS/proc"; then rm -rf "$ROOTFS"; fi
  }
  trap remove_rootfs EXIT
  log "debootstrap $RELEASE (minbase) ..."
  debootstrap --variant=minbase "$RELEASE" "$ROOTFS" "$MIRROR" >"$ROOTFS.log" 2>&1 \
    || { tail -20 "$ROOTFS.log" >&2; rm -f "$ROOTFS.log"; exit 1; }
  rm -f "$ROOTFS.log"
  # The same archive sections as the host (security updates included), so the JRE is the patched one.
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    cp /etc/apt/sources.list.d/debian.sources "$ROOTFS/etc/apt/sources.list.d/debian.sources"
    rm -f "$ROOTFS/etc/apt/sources.list"
  fi
  log "installing $PACKAGES ..."
  mount -t proc proc "$ROOTFS/proc"
  chroot "$ROOTFS" /bin/sh -c 'export DEBIAN_FRONTEND=noninteractive; apt-get -o APT::Sandbox::User=root update -qq \
      && apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends '"$PACKAGES"' \
      && apt-get clean && rm -rf /var/lib/apt/lists/* /usr/share/doc/* /usr/share/man/* /usr/share/locale/*' \
    >"$ROOTFS.log" 2>&1 || { tail -20 "$ROOTFS.log" >&2; rm -f "$ROOTFS.log"; exit 1; }
  rm -f "$ROOTFS.log"
  if [[ $KIND == jre17 ]]; then chroot "$ROOTFS" java -version 2>&1 | head -1 | sed 's/^/base-image: /' >&2; fi
  umount "$ROOTFS/proc"
  mkdir -p "$CACHE"
  tar -C "$ROOTFS" -cf "$TARBALL.tmp" .
  mv "$TARBALL.tmp" "$TARBALL"
  remove_rootfs
  trap - EXIT
fi

log "importing $TARBALL as $IMAGE ..."
"$PODMAN" import --change 'CMD ["/bin/bash"]' "$TARBALL" "$IMAGE" >/dev/null
echo "$IMAGE"
