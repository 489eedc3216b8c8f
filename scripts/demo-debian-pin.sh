#!/bin/sh
# The real thing: LTS releases made from Debian bullseye (1.0) and bookworm (2.0) with
# debootstrap, twelve recipes built against 1.0, then `ports base pin 2.0`: the plan, what is
# re-pointed and what rebuilt and why, `base check`, and every program run afterwards.
#   scripts/demo-debian-pin.sh [<lts-root>]      (needs root and debootstrap; default .demo/lts-debian)
# The releases are made once and kept; sources come from Debian's source archive when upstream
# is out of reach. Set BENCH_SKIP_REBUILD= (empty) to also time the full rebuild for comparison.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
lts=${1:-$repo/.demo/lts-debian}
export PORTS="${PORTS:-$repo/.demo/ports/bin/ports}"
export PORTS_CACHE="${PORTS_CACHE:-$repo/.demo/cache}"
[ -e "$lts/1.0" ] || "$repo/scripts/make-lts-base.sh" bullseye 1.0 "$lts"
[ -e "$lts/2.0" ] || "$repo/scripts/make-lts-base.sh" bookworm 2.0 "$lts"
PORTS_LTS_ROOT="$lts" "$PORTS" base diff 1.0 2.0 | grep -A2 -E '^(libssl-dev|libc6|libreadline8|libpcre2-8-0):' || true
recipes="hello libgreet greet less lz4 nano socat tree patch diffutils grep gzip"
missing=""
for recipe in hello less lz4 nano socat tree patch diffutils grep gzip; do
    PORTS_LTS_ROOT="$lts" "$PORTS" fetch "$recipe" >/dev/null 2>&1 || missing="$missing $recipe"
done
if [ -n "$missing" ]; then
    echo "==> Upstream is out of reach for$missing; taking the identical tarballs from Debian's source archive"
    "$repo/scripts/seed-from-debian.sh" "$repo/.demo/apt" "$PORTS" $missing >/dev/null
fi
BENCH_SKIP_REBUILD=${BENCH_SKIP_REBUILD-1} "$repo/scripts/bench-pin.sh" "$lts" 1.0 2.0 $recipes
