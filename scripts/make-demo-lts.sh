#!/bin/sh
# Creates a small LTS release for demonstrations and tests:
#   scripts/make-demo-lts.sh <lts-root> [release] [soversion]
#
# The release is an overlay (libraries only, the host's libc): libbanner, built here from
# scripts/demo-lts/libbanner, with its header and pkg-config file; its SONAME is
# libbanner.so.<soversion> (default 1: a higher one is an ABI break for programs built before).
# The tree is built in a temporary directory and adopted with `ports base adopt` (content hash, read-only store entry,
# manifest, atomic swap of <lts-root>/<release>). The launcher is $PORTS, else .demo/ports/bin/ports.
# An existing release is left as it is: releases are immutable.
set -eu

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
    echo "usage: scripts/make-demo-lts.sh <lts-root> [release] [soversion]" >&2
    exit 2
fi
root=$1
release=${2:-1.0}
so=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
ports=${PORTS:-$here/../.demo/ports/bin/ports}
if [ ! -x "$ports" ]; then
    echo "make-demo-lts.sh: no ports launcher at $ports; run scripts/install.sh first or set PORTS" >&2
    exit 1
fi
mkdir -p "$root"
root=$(cd "$root" && pwd)
dest="$root/$release"
if [ -e "$dest" ]; then
    echo "LTS release $release already exists at $dest (releases are immutable; remove it by hand to rebuild)"
    exit 0
fi

work=$(mktemp -d "$root/.building-$release.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
tree="$work/tree"
mkdir -p "$tree/lib/pkgconfig" "$tree/include"
src="$here/demo-lts/libbanner"
gcc -O2 -fPIC -shared -Wl,-soname,libbanner.so.$so -DBANNER_VERSION="\"$release\"" \
    -o "$tree/lib/libbanner.so.$so.0" "$src/banner.c"
ln -s "libbanner.so.$so.0" "$tree/lib/libbanner.so.$so"
ln -s "libbanner.so.$so" "$tree/lib/libbanner.so"
cp "$src/banner.h" "$tree/include/banner.h"
sed -e "s|@prefix@|$dest|" -e "s|@version@|$release|" "$src/banner.pc.in" > "$tree/lib/pkgconfig/banner.pc"
PORTS_LTS_ROOT="$root" "$ports" base adopt "$tree" --release "$release" >/dev/null
echo "LTS release $release created at $dest (overlay: libbanner.so.$so)"
