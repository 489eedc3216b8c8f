#!/bin/sh
# Packs the demo projects in scripts/demo-src/<name>-<version>/ into the source tarballs the
# recipes name (recipes/<name>/<name>-<version>.tar.gz), reproducibly: sorted entries, fixed
# times and owners, gzip without a name or time stamp. Prints each tarball's sha256 for the recipe.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
for dir in "$repo"/scripts/demo-src/*/; do
    base=$(basename "$dir")
    name=${base%-*}
    mkdir -p "$repo/recipes/$name"
    out="$repo/recipes/$name/$base.tar.gz"
    tar --sort=name --mtime='2026-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner --format=gnu \
        -C "$repo/scripts/demo-src" -cf - "$base" | gzip -9n > "$out"
    echo "$(sha256sum "$out" | cut -d' ' -f1)  recipes/$name/$base.tar.gz"
done
