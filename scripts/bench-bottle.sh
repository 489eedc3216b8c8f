#!/usr/bin/env bash
# Install from source against pouring a bottle, for one real recipe: scripts/bench-bottle.sh [--runs N] [recipe]
#
# Builds the launcher (scripts/install.sh) and the demo LTS release 1.0 in a temporary directory, puts the
# recipe's upstream source into the cache (fetched, else from Debian's source archive), then per run:
#   - `ports install <recipe>` from source into a fresh prefix A (configure, make, test, link);
#   - `ports bottle --all` there, then `ports install <recipe>` into a fresh, shorter prefix B elsewhere,
#     poured from that directory as PORTS_BOTTLE_ROOT, and again from an HTTP root (python3 -m http.server
#     on loopback) into a fresh prefix C; the poured program is run.
# Prints the median wall time of each. Not a test: figures depend on the machine. Default recipe: hello.
# Needs ports-tool/target/ports.jar (mvn -B -DskipTests package), gcc, patchelf, python3.
set -euo pipefail

runs=3
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        -*) echo "usage: scripts/bench-bottle.sh [--runs N] [recipe]" >&2; exit 2 ;;
        *) break ;;
    esac
done
recipe=${1:-hello}

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    chmod -R u+w "$work" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$repo/scripts/install.sh" "$work/tool" >/dev/null
ports="$work/tool/bin/ports"
export NO_COLOR=1 PORTS_RECIPES="$repo/recipes" PORTS_LTS_ROOT="$work/lts" PORTS_CACHE="$work/cache"
unset PORTS_LTS_RELEASE PORTS_BOTTLE_ROOT
PORTS="$ports" "$repo/scripts/make-demo-lts.sh" "$PORTS_LTS_ROOT" 1.0 >/dev/null
if ! PORTS_PREFIX="$work/seed" "$ports" fetch "$recipe" >/dev/null 2>&1; then
    echo "bench: upstream is out of reach; taking $recipe's source from Debian's source archive" >&2
    PORTS_PREFIX="$work/seed" "$repo/scripts/seed-from-debian.sh" "$work/apt" "$ports" "$recipe" >/dev/null
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/bottles"
(cd "$work/bottles" && exec python3 -m http.server --bind 127.0.0.1 "$port" >/dev/null 2>&1) &
server_pid=$!

millis() { date +%s%3N; }
timed() { # timed <file to append the milliseconds to> <command...>
    local out=$1 start
    shift
    start=$(millis)
    "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
    echo $(( $(millis) - start )) >> "$out"
}
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

long="$work/machine-a/a-rather-long-prefix-where-bottles-are-built"
for run in $(seq "$runs"); do
    rm -rf "$work/machine-a" "$work/b" "$work/c" "$work/bottles"/*
    mkdir -p "$work/machine-a"
    PORTS_PREFIX="$long" timed "$work/source.ms" "$ports" install "$recipe"
    PORTS_PREFIX="$long" "$ports" bottle --all --output "$work/bottles" >/dev/null 2>&1
    PORTS_PREFIX="$work/b" PORTS_BOTTLE_ROOT="$work/bottles" timed "$work/pour-dir.ms" "$ports" install "$recipe"
    PORTS_PREFIX="$work/c" PORTS_CACHE="" PORTS_BOTTLE_ROOT="http://127.0.0.1:$port/" \
        timed "$work/pour-http.ms" "$ports" install "$recipe"
    grep -q "Pouring" "$work/last.err" || { echo "bench: the bottle was not poured" >&2; cat "$work/last.err" >&2; exit 1; }
    echo "run $run: source $(tail -1 "$work/source.ms") ms, pour (directory) $(tail -1 "$work/pour-dir.ms") ms," \
        "pour (HTTP) $(tail -1 "$work/pour-http.ms") ms" >&2
done
"$work/c/bin/$recipe" --version | head -1 >&2 || true
echo "$recipe, median of $runs runs on $(nproc) CPUs:"
echo "  install from source:            $(median "$work/source.ms") ms"
echo "  pour the bottle, directory root: $(median "$work/pour-dir.ms") ms"
echo "  pour the bottle, HTTP root:      $(median "$work/pour-http.ms") ms"
