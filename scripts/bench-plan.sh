#!/bin/sh
# Plan time of the rebuild planner on synthetic facts (not a test; no timing is asserted anywhere):
#   scripts/bench-plan.sh [kegs=2000] [ELF files per keg=20] [runs=7]
# Builds base-adapter's classes with Maven (offline unless MVN_OFFLINE=no), then runs
# org.ltsports.base.plan.PlanBenchmark, which prints the first (cold) run, the median and the best.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
offline=-o
[ "${MVN_OFFLINE:-yes}" = no ] && offline=
log=$(mktemp)
if ! mvn -B -q $offline -pl base-adapter -am test-compile >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 1
fi
rm -f "$log"
exec java -Xmx2g -cp base-adapter/target/classes:base-adapter/target/test-classes \
    org.ltsports.base.plan.PlanBenchmark "$@"
