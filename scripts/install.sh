#!/bin/sh
# Installs the ports launcher: scripts/install.sh [--jar <ports.jar>] <destination>
#
# <destination>/bin/ports      the POSIX launcher
# <destination>/lib/ports.jar  the shaded jar
# <destination>/lib/native/    sqlite-jdbc's native library, unpacked once here instead of on every start
# <destination>/lib/ports.jsa  an AppCDS archive of the classes a run loads, made now by a training run
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
jar="$repo/ports-tool/target/ports.jar"
if [ "${1:-}" = "--jar" ]; then
    jar=$2
    shift 2
fi
if [ $# -ne 1 ]; then
    echo "usage: scripts/install.sh [--jar <ports.jar>] <destination>" >&2
    exit 2
fi
dest=$1
if [ ! -f "$jar" ]; then
    echo "install.sh: $jar not found; build it first with: mvn -B -DskipTests package" >&2
    exit 1
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

mkdir -p "$dest/bin" "$dest/lib/native"
cp "$jar" "$dest/lib/ports.jar.tmp"
mv "$dest/lib/ports.jar.tmp" "$dest/lib/ports.jar"

case "$(uname -m)" in
    x86_64|amd64) arch=x86_64 ;;
    aarch64|arm64) arch=aarch64 ;;
    *) arch=$(uname -m) ;;
esac
native="org/sqlite/native/Linux/$arch/libsqlitejdbc.so"
unpack=$(mktemp -d)
trap 'rm -rf "$unpack"' EXIT
(cd "$unpack" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$dest/lib/ports.jar" "$native" 2>/dev/null || true)
if [ -f "$unpack/$native" ]; then
    # A new file renamed over the old one: a running ports (a shell) keeps the library it mapped.
    cp "$unpack/$native" "$dest/lib/native/libsqlitejdbc.so.tmp"
    mv "$dest/lib/native/libsqlitejdbc.so.tmp" "$dest/lib/native/libsqlitejdbc.so"
fi

cat > "$dest/bin/ports.tmp" <<LAUNCHER
#!/bin/sh
# The ports launcher, written by scripts/install.sh.
self=\$(readlink -f "\$0")
home=\$(dirname "\$(dirname "\$self")")
java=\${PORTS_JAVA:-\${JAVA_HOME:+\$JAVA_HOME/bin/}java}
set -- -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:SharedArchiveFile="\$home/lib/ports.jsa" \\
    -Xlog:cds=off -Xlog:cds+dynamic=off \\
    -Dports.recipes='$repo/recipes' \\
    -jar "\$home/lib/ports.jar" "\$@"
if [ -f "\$home/lib/native/libsqlitejdbc.so" ]; then
    set -- -Dorg.sqlite.lib.path="\$home/lib/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so "\$@"
fi
exec "\$java" "\$@"
LAUNCHER
chmod 755 "$dest/bin/ports.tmp"
mv "$dest/bin/ports.tmp" "$dest/bin/ports"

# Training run for the AppCDS archive: the common commands, in one JVM, on a throw-away prefix.
rm -f "$dest/lib/ports.jsa"
training=$(mktemp -d)
set -- -XX:ArchiveClassesAtExit="$dest/lib/ports.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Xlog:cds=off -Xlog:cds+dynamic=off -Dports.recipes="$repo/recipes"
if [ -f "$dest/lib/native/libsqlitejdbc.so" ]; then
    set -- "$@" -Dorg.sqlite.lib.path="$dest/lib/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so
fi
"$java" "$@" -cp "$dest/lib/ports.jar" org.ltsports.ports.cli.Training "$training" >/dev/null 2>&1 \
    || echo "install.sh: the training run failed; ports works, but starts without the class archive" >&2
rm -rf "$training"
echo "ports installed in $dest (launcher: $dest/bin/ports)"
