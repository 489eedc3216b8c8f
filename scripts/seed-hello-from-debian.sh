#!/bin/sh
# Seeds the download cache with GNU hello 2.10 from Debian's source archive, for machines without
# internet access: scripts/seed-hello-from-debian.sh <work-dir> <ports-launcher>
#
# Debian's hello_2.10.orig.tar.gz is byte for byte the upstream tarball (same sha256). apt runs with
# a private configuration under <work-dir> (a deb-src entry for this machine's suite), so the
# system's apt sources and state are not changed. `ports cache add` checks the sha256 against the recipe.
set -eu
work=$1
ports=$2
mkdir -p "$work/etc/sources.list.d" "$work/lists/partial" "$work/cache/archives/partial" "$work/download"
suite=bookworm  # hello 2.10 is in bookworm; its orig tarball is the upstream one
cat > "$work/etc/sources.list.d/deb-src.sources" <<SOURCES
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt_private() {
    apt-get -q -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$work/etc/sources.list.d" \
        -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache" -o APT::Sandbox::User=root "$@"
}
apt_private update >/dev/null
(cd "$work/download" && apt_private source --download-only hello >/dev/null)
"$ports" cache add "$work/download/hello_2.10.orig.tar.gz"
