#!/bin/sh
# Creates an LTS release from a Debian suite and adopts it into the LTS store:
#   scripts/make-lts-base.sh <suite> <release> [<lts-root>]
# e.g. scripts/make-lts-base.sh bullseye 1.0; scripts/make-lts-base.sh bookworm 2.0
#
# debootstrap --variant=minbase plus the development packages the recipes build against (zlib,
# openssl, ncurses, readline, libffi, pcre2, sqlite3, expat, xz, zstd, bzip2), then
# `ports base adopt <tree> --release <release>`: content hash, relative links, read-only files,
# components from the tree's dpkg status, and an atomic swap of <lts-root>/<release>.
# Needs root and debootstrap (apt-get install debootstrap); the tree is built under a work
# directory beside the LTS root and removed afterwards.
set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: scripts/make-lts-base.sh <suite> <release> [<lts-root>]" >&2
    exit 2
fi
suite=$1
release=$2
root=${3:-${PORTS_LTS_ROOT:-/lts}}
repo=$(cd "$(dirname "$0")/.." && pwd)
ports=${PORTS:-$repo/.demo/ports/bin/ports}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" != 0 ]; then
    echo "make-lts-base.sh: debootstrap needs root" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null; then
    echo "make-lts-base.sh: debootstrap is missing; install it with: apt-get install debootstrap" >&2
    exit 1
fi
if [ ! -x "$ports" ]; then
    echo "make-lts-base.sh: no ports launcher at $ports; run scripts/install.sh first or set PORTS" >&2
    exit 1
fi

packages="zlib1g-dev,libssl-dev,libncurses-dev,libreadline-dev,libffi-dev,libpcre2-dev,libsqlite3-dev,libexpat1-dev,liblzma-dev,libzstd-dev,libbz2-dev,pkg-config"
mkdir -p "$root"
work=$(mktemp -d "$root/.debootstrap-$suite.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "==> debootstrap $suite (minbase + development packages) into $work/tree"
debootstrap --variant=minbase --include="$packages" "$suite" "$work/tree" "$mirror" > "$work/debootstrap.log" 2>&1 || {
    tail -20 "$work/debootstrap.log" >&2
    exit 1
}
# Nothing in the tree may name the build machine: drop apt caches and logs.
rm -rf "$work/tree/var/cache/apt/archives"/*.deb "$work/tree/var/lib/apt/lists"/* "$work/tree/var/log"/*
echo "==> Adopting it as LTS release $release under $root"
PORTS_LTS_ROOT="$root" "$ports" base adopt "$work/tree" --release "$release"
