#!/bin/sh
# Seeds the download cache from Debian's source archive, for machines without internet access:
#   scripts/seed-from-debian.sh <work-dir> <ports-launcher> <debian-source-package>...
# e.g. scripts/seed-from-debian.sh .demo/apt .demo/ports/bin/ports hello socat grep
#
# For these packages Debian's <pkg>_<version>.orig.tar.* is byte for byte the upstream tarball
# that the recipe names (same sha256), so `ports cache add` accepts it: it checks the sha256
# against the recipes and refuses anything else. apt runs with a private configuration under
# <work-dir> (a deb-src entry for bookworm), so the system's apt sources and state are not changed.
set -eu
if [ $# -lt 3 ]; then
    echo "usage: scripts/seed-from-debian.sh <work-dir> <ports-launcher> <debian-source-package>..." >&2
    exit 2
fi
work=$1
ports=$2
shift 2
mkdir -p "$work/etc/sources.list.d" "$work/lists/partial" "$work/cache/archives/partial" "$work/download"
cat > "$work/etc/sources.list.d/deb-src.sources" <<SOURCES
Types: deb-src
URIs: ${DEBIAN_MIRROR:-http://deb.debian.org/debian}
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt_private() {
    apt-get -q -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$work/etc/sources.list.d" \
        -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache" -o APT::Sandbox::User=root "$@"
}
if [ -z "$(ls "$work/lists" | grep -v partial)" ]; then
    apt_private update >/dev/null
fi
for package in "$@"; do
    (cd "$work/download" && apt_private source --download-only "$package" >/dev/null)
done
for tarball in "$work"/download/*.orig.tar.*; do
    case "$tarball" in *.asc) continue ;; esac
    "$ports" cache add "$tarball" 2>/dev/null || echo "(skipped $(basename "$tarball"): no recipe has its sha256)"
done
