#!/bin/sh
# The main job, end to end, on a fresh machine: build the tool, make a small LTS release, create a
# prefix, install four recipes (GNU hello from its real upstream source, a library and a program
# that uses it, and a program linking a library of the LTS release), run each program, move the
# prefix to a second release (re-pointing most kegs, rebuilding the one the ABI break hits),
# uninstall, and wipe the prefix. With root and debootstrap it then does the same with Debian
# bullseye and bookworm as the releases. Everything lives under .demo/ in the repository.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
demo="$repo/.demo"
cd "$repo"
step() { printf '\n\033[1m%s\033[0m\n' "$*" | sed "${NO_COLOR:+s/\x1b\[[0-9;]*m//g}"; }
started=$(date +%s)

step "1. Building the ports tool (Maven, tests skipped here; README command 2 runs them)"
mvn -B -q -DskipTests package
scripts/install.sh "$demo/ports"
ports="$demo/ports/bin/ports"

export PORTS_LTS_ROOT="$demo/lts" PORTS_PREFIX="$demo/prefix" PORTS_CACHE="$demo/cache"
export PORTS_LTS_RELEASE=1.0
unset PORTS_BOTTLE_ROOT
if [ -e "$PORTS_PREFIX" ]; then
    "$ports" wipe --yes >/dev/null
fi

step "2. Creating a small LTS release 1.0 in $PORTS_LTS_ROOT (read-only, libraries only)"
PORTS="$ports" scripts/make-demo-lts.sh "$PORTS_LTS_ROOT" 1.0
"$ports" --version

step "3. Fetching GNU hello 2.10 from upstream (checksum verified)"
if ! "$ports" fetch hello; then
    echo "Upstream is out of reach; taking the identical file from Debian's source archive instead."
    scripts/seed-from-debian.sh "$demo/apt" "$ports" hello
fi

step "4. Installing hello, greet (with its dependency libgreet) and bannerize into $PORTS_PREFIX"
"$ports" install --dry-run hello greet bannerize
"$ports" install hello greet bannerize

step "5. Running each installed program from the prefix"
eval "$("$ports" shellenv --shell sh)"
command -v hello
hello --greeting="Hello from GNU hello, installed by ports"
greet "LTS Ports"
bannerize "built against LTS 1.0"
echo "greet's library search path (DT_RPATH), bound to opt/ and the LTS release:"
readelf -d "$PORTS_PREFIX/bin/greet" | grep -E 'RPATH|NEEDED' || true

step "6. What is installed"
"$ports" list
"$ports" info hello
echo "Who uses libgreet: $("$ports" uses libgreet)"

step "7. Moving the prefix to LTS 2.0, where libbanner's SONAME is bumped (an ABI break)"
PORTS="$ports" scripts/make-demo-lts.sh "$PORTS_LTS_ROOT" 2.0 2
"$ports" base diff 1.0 2.0
"$ports" base plan 2.0
"$ports" base pin 2.0
"$ports" base check
bannerize "rebuilt for LTS 2.0"
hello --greeting="hello was re-pointed, not rebuilt"
greet "still here after the pin"

step "8. Uninstalling: libgreet is refused while greet needs it; greet goes first"
if "$ports" uninstall libgreet; then
    echo "unexpected: libgreet was removed while greet depends on it" >&2
    exit 1
fi
"$ports" uninstall greet
"$ports" uninstall libgreet
"$ports" list
"$ports" doctor

step "9. Wiping the prefix: one command, and nothing else on the machine is touched"
"$ports" wipe --yes
test ! -e "$PORTS_PREFIX"
echo "The LTS releases are untouched: $("$ports" base verify 1.0) $("$ports" base verify 2.0)"

echo "The main job took $(( $(date +%s) - started )) s."

if [ "$(id -u)" = 0 ] && command -v debootstrap >/dev/null && [ -z "${PORTS_QUICKSTART_SKIP_DEBIAN:-}" ]; then
    step "10. The same with real releases: Debian bullseye as 1.0 and bookworm as 2.0 (debootstrap is here)"
    PORTS="$ports" scripts/demo-debian-pin.sh "$demo/lts-debian"
else
    echo "(With root and debootstrap, the quickstart also pins real Debian releases: scripts/demo-debian-pin.sh)"
fi

step "Done in $(( $(date +%s) - started )) s."
