#!/usr/bin/env bash
# Benchmark (not a test): this repository's `./build.sh pack` (the whole pipeline: restore, version,
# compile, lint, unit and integration tests, coverage, pack) on a fresh clone, then the same command
# again with nothing changed, when every target but `version` should be UpToDate. Goal: the second
# run at most a tenth of the first. Then a one-line change to a source file, to show what re-runs.
# Usage: tests/benchmarks/pack-twice.sh   (takes as long as the pipeline, ~6 min idle; asserts nothing)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

git clone --quiet "$ROOT" "$WORK/main"
# The clone needs the workplace's shared folder beside it only when the repository's root has one.
[ -e "$ROOT/../shared" ] && ln -s "$(cd "$ROOT/../shared" && pwd)" "$WORK/shared"
cd "$WORK/main"

seconds() { local start end; start=$(date +%s%N); "$@" >"$WORK/last.log" 2>&1 || { tail -40 "$WORK/last.log"; exit 1; }; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
statuses() { grep -E '^[a-z][a-z-]* +(Succeeded|UpToDate|Skipped|Failed|NotRun)' "$WORK/last.log" | awk '{ printf "%s=%s ", $1, $2 }'; echo; }

FIRST=$(seconds ./build.sh pack); echo "first ./build.sh pack (fresh clone):   ${FIRST} ms"; statuses
SECOND=$(seconds ./build.sh pack); echo "second, nothing changed:              ${SECOND} ms"; statuses
awk -v a="$FIRST" -v b="$SECOND" 'BEGIN { printf "second / first: %.3f (goal <= 0.100)\n", b / a }'
sed -i 's|^namespace Automation;$|namespace Automation; // one-line change|' src/Automation/AutomationBuild.cs
THIRD=$(seconds ./build.sh pack); echo "after a one-line change in src/:      ${THIRD} ms"; statuses
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK, $(date -u +%F)"
