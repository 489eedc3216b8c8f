#!/usr/bin/env bash
# Benchmark of recipe search: scripts/bench-search.sh [--runs N] [--recipes N]
#
# Generates 10,000 recipes (by default), then measures in one run, on this machine:
#   - `ports search <q>` as a fresh process (launcher from scripts/install.sh), index in the prefix;
#   - one `search <q>` line inside `ports shell` (time from sending the line to the next prompt);
#   - `apt-cache search <q>` over this machine's package index, the peer.
# Prints the median wall time of each and the ratios. Not a test: figures depend on the machine.
# Needs ports-tool/target/ports.jar (mvn -B -DskipTests package). Runs `apt-get update` only when
# the package lists are missing.
set -euo pipefail

runs=15
count=10000
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --recipes) count=$2; shift 2 ;;
        *) echo "usage: scripts/bench-search.sh [--runs N] [--recipes N]" >&2; exit 2 ;;
    esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
shell_pid=""
cleanup() {
    if [ -n "$shell_pid" ]; then kill "$shell_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

queries=(pcre compression "xml parser" image helo)

# --- the peer's package index -------------------------------------------------------------------
if ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
    echo "bench: no apt package lists; running apt-get update" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -q >/dev/null; else sudo apt-get update -q >/dev/null; fi
fi
packages=$(apt-cache stats 2>/dev/null | awk -F: '/^Total package names/ {split($2, n, "("); gsub(/ /, "", n[1]); print n[1]}')

# --- the tool ------------------------------------------------------------------------------------
sh "$repo/scripts/install.sh" "$work/tool" >/dev/null
ports="$work/tool/bin/ports"

# --- 10,000 generated recipes --------------------------------------------------------------------
recipes="$work/recipes"
mkdir -p "$recipes" "$work/lts/1.0/lib"
printf 'seed for the benchmark prefix\n' > "$work/seed.txt"
seed_sha=$(sha256sum "$work/seed.txt" | cut -d' ' -f1)
awk -v n="$count" -v dir="$recipes" -v seedsha="$seed_sha" 'BEGIN {
    srand(42)
    split("ba be bi bo bu ca ce co cu da de di do fa fe fi fo ga ge go ka ke ki ko la le li lo lu " \
          "ma me mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo " \
          "xa xe xi za ze zi zo", syl, " ")
    ns = length(syl)
    split("library tool parser compression image audio video network http server client text editor " \
          "regular expression xml json yaml database sqlite graphics font render terminal shell archive " \
          "zip tar crypto hash certificate protocol stream codec decoder encoder filter search index " \
          "language compiler interpreter runtime debugger profiler benchmark utility command line " \
          "interface binding wrapper python perl ruby lua scheme markdown document pdf spell dictionary " \
          "clock calendar mail news chat game emulator math numeric matrix vector statistics plot chart " \
          "scanner lexer grammar template cache proxy queue message event log monitor backup sync", voc, " ")
    nv = length(voc)
    real = "pcre pcre2 zlib libxml2 libpng jq curl hello grep sed gawk xz zstd sqlite lua"
    nr = split(real, reals, " ")
    made = 0
    for (i = 1; made < n; i++) {
        if (i <= nr) name = reals[i]
        else {
            name = ""
            k = 2 + int(rand() * 3)
            for (j = 0; j < k; j++) name = name syl[1 + int(rand() * ns)]
            if (rand() < 0.3) name = "lib" name
            if (rand() < 0.2) name = name int(rand() * 9 + 1)
        }
        if (name in seen) continue
        seen[name] = 1
        summary = ""
        w = 5 + int(rand() * 6)
        for (j = 0; j < w; j++) summary = summary (j ? " " : "") voc[1 + int(rand() * nv)]
        summary = toupper(substr(summary, 1, 1)) substr(summary, 2)
        sha = (made == 0) ? seedsha : sprintf("%064x", made)
        file = dir "/" name ".toml"
        printf "name = \"%s\"\nversion = \"1.%d\"\nsummary = \"%s\"\nhomepage = \"https://example.org/%s/\"\n", \
            name, made % 50, summary, name > file
        printf "keywords = [\"%s\", \"%s\"]\n\n[source]\nurl = \"https://example.org/%s-1.0.tar.gz\"\nsha256 = \"%s\"\n", \
            voc[1 + int(rand() * nv)], voc[1 + int(rand() * nv)], name, sha > file
        close(file)
        made++
    }
}'

export PORTS_RECIPES="$recipes" PORTS_PREFIX="$work/prefix" PORTS_LTS_ROOT="$work/lts" HOME="$work/home" NO_COLOR=1

now() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1e6 }'; }

# Without a prefix the index lives in memory and is built for each search: measured a few times.
cold=()
for _ in 1 2 3; do
    t0=$(now); "$ports" search pcre >/dev/null; t1=$(now); cold+=($((t1 - t0)))
done
cold_ms=$(printf '%s\n' "${cold[@]}" | median)

# The prefix, made through the tool itself: adding a file to its download cache creates it.
"$ports" cache add "$work/seed.txt" >/dev/null
t0=$(now); "$ports" search pcre >/dev/null; t1=$(now)
build_ms=$(( (t1 - t0) / 1000000 ))

# --- fresh processes -----------------------------------------------------------------------------
fresh=()
apt=()
for ((r = 0; r < runs; r++)); do
    for q in "${queries[@]}"; do
        t0=$(now); "$ports" search $q >/dev/null 2>&1 || true; t1=$(now); fresh+=($((t1 - t0)))
        t0=$(now); apt-cache search $q >/dev/null 2>&1 || true; t1=$(now); apt+=($((t1 - t0)))
    done
done
fresh_ms=$(printf '%s\n' "${fresh[@]}" | median)
apt_ms=$(printf '%s\n' "${apt[@]}" | median)

# --- one query inside the shell: from sending the line to the next prompt ----------------------
coproc PORTS_SHELL { "$ports" shell 2>&1; }
shell_pid=$PORTS_SHELL_PID
await_prompt() {
    local part
    while IFS= read -r -d '>' -u "${PORTS_SHELL[0]}" part; do
        case $part in *ports|*"ports ["*"]") return 0 ;; esac
    done
    echo "bench: the shell ended early" >&2
    exit 1
}
await_prompt
inshell=()
for ((r = 0; r < runs; r++)); do
    for q in "${queries[@]}"; do
        t0=$(now); printf 'search %s\n' "$q" >&"${PORTS_SHELL[1]}"; await_prompt; t1=$(now); inshell+=($((t1 - t0)))
    done
done
printf 'exit\n' >&"${PORTS_SHELL[1]}"
wait "$shell_pid" 2>/dev/null || true
shell_pid=""
shell_ms=$(printf '%s\n' "${inshell[@]}" | median)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "recipes: $count generated; apt package names: ${packages:-?}; queries: ${queries[*]}; runs: $runs each"
echo "ports search, fresh process (index in the prefix):   median ${fresh_ms} ms"
echo "search inside ports shell (one line to the prompt):   median ${shell_ms} ms"
echo "apt-cache search, fresh process:                      median ${apt_ms} ms"
echo "ratio ports search / apt-cache search:                $(ratio "$fresh_ms" "$apt_ms")"
echo "ratio shell search / apt-cache search:                $(ratio "$shell_ms" "$apt_ms")"
echo "first search building the index in the prefix:       ${build_ms} ms"
echo "ports search without a prefix (index in memory):     median ${cold_ms} ms"
