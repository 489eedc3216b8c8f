#!/bin/sh
# Benchmark of a real pin change against a full rebuild, measured in the same run:
#   scripts/bench-pin.sh <lts-root> <from-release> <to-release> [recipe...]
# e.g. after scripts/make-lts-base.sh bullseye 1.0 /srv/lts and ... bookworm 2.0 /srv/lts:
#   scripts/bench-pin.sh /srv/lts 1.0 2.0
#
# 1. a prefix pinned to <from> gets the recipes installed;
# 2. `ports base pin <to>` is timed, its plan printed, and every program run afterwards;
# 3. a fresh prefix pinned to <to> installs the same recipes from source: the full rebuild;
# and the ratio of the two wall times is printed (BENCH_SKIP_REBUILD=1 stops after step 2). Sources
# come from the cache ($PORTS_CACHE, or .demo/cache); scripts/seed-from-debian.sh fills it offline.
set -eu
if [ $# -lt 3 ]; then
    echo "usage: scripts/bench-pin.sh <lts-root> <from-release> <to-release> [recipe...]" >&2
    exit 2
fi
lts=$1 from=$2 to=$3
shift 3
repo=$(cd "$(dirname "$0")/.." && pwd)
ports=${PORTS:-$repo/.demo/ports/bin/ports}
recipes=${*:-hello libgreet greet less lz4 nano socat tree patch diffutils grep gzip}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-pin.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PORTS_LTS_ROOT="$lts" PORTS_CACHE="${PORTS_CACHE:-$repo/.demo/cache}"
now() { date +%s.%N; }
seconds() { echo "$1 $2" | awk '{ printf "%.1f", $2 - $1 }'; }

echo "==> Installing $(echo $recipes | wc -w) recipes against LTS $from"
PORTS_PREFIX="$work/pinned" PORTS_LTS_RELEASE="$from" "$ports" install $recipes > "$work/install.log" 2>&1 \
    || { tail -20 "$work/install.log"; exit 1; }

echo "==> ports base plan $to"
PORTS_PREFIX="$work/pinned" "$ports" base plan "$to"
start=$(now)
PORTS_PREFIX="$work/pinned" "$ports" base pin "$to" > "$work/pin.log" 2>&1 || { tail -20 "$work/pin.log"; exit 1; }
pin=$(seconds "$start" "$(now)")
tail -1 "$work/pin.log"
PORTS_PREFIX="$work/pinned" "$ports" base check
echo "==> Every program after the pin"
for program in "$work"/pinned/bin/*; do
    printf '%-12s ' "$(basename "$program")"
    "$program" --version 2>&1 </dev/null | head -1 || echo "(exit $?)"
done

if [ -n "${BENCH_SKIP_REBUILD:-}" ]; then
    echo "pin $from -> $to: ${pin} s"
    exit 0
fi
echo "==> The full rebuild: the same recipes from source against LTS $to"
start=$(now)
PORTS_PREFIX="$work/rebuilt" PORTS_LTS_RELEASE="$to" "$ports" install $recipes > "$work/rebuild.log" 2>&1 \
    || { tail -20 "$work/rebuild.log"; exit 1; }
rebuild=$(seconds "$start" "$(now)")

echo
echo "pin $from -> $to: ${pin} s; full rebuild of the same kegs: ${rebuild} s; ratio pin/rebuild: $(echo "$pin $rebuild" | awk '{ printf "%.2f", $1 / $2 }')"
