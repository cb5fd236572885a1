#!/usr/bin/env bash
# Startup benchmark (not a test): how long a warm `./build.sh --help` takes
# compared with NUKE's bootstrap (`dotnet build` of the build project, then
# `dotnet run --no-build`: MSBuild evaluates the project on every call, twice)
# and with a plain `dotnet run --project build`. When the tool has been built,
# also how fast `automation :complete` answers a TAB (no build started).
#
# Usage: tests/benchmarks/startup.sh [runs]   (default 10 runs per command)
# Writes nothing besides the normal build outputs (build/bin, build/obj, ...).
set -euo pipefail

RUNS="${1:-10}"
case "$RUNS" in
    ''|*[!0-9]*|0) echo "usage: $0 [runs > 0]" >&2; exit 2 ;;
esac

# Work from the repository root (two levels up from this script).
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# Same quiet dotnet for both sides, so neither pays for banners or telemetry.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

BOOTSTRAP=(./build.sh --help)
DOTNET_RUN=(dotnet run --project build -- --help)
NUKE_WAY=(nuke_way --help)
TOOL_DLL=src/Automation.Cli/bin/Debug/net10.0/Automation.Cli.dll
COMPLETE=(dotnet "$TOOL_DLL" :complete pack --)

# What NUKE's build.sh does on every call (its flags included).
nuke_way() {
    dotnet build build/_build.csproj /nodeReuse:false /p:UseSharedCompilation=false -nologo -clp:NoSummary --verbosity quiet >/dev/null &&
        dotnet run --project build/_build.csproj --no-build -- "$@"
}

now_ns() { date +%s%N; }
# BSD/macOS date has no %N; refuse rather than report nonsense.
case "$(now_ns)" in
    *[!0-9]*) echo "startup.sh: needs a date(1) that supports +%s%N (GNU coreutils)" >&2; exit 2 ;;
esac

# Runs a command once with stdout discarded; stops the benchmark if it fails,
# since timing a failing command would be meaningless.
run_once() {
    local rc=0
    "$@" >/dev/null || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "startup.sh: '$*' failed with exit code $rc" >&2
        exit 1
    fi
}

# measure CMD...: runs the command RUNS times; wall times (ns) land in SAMPLES.
measure() {
    local i start
    SAMPLES=()
    for ((i = 0; i < RUNS; i++)); do
        start="$(now_ns)"
        run_once "$@"
        SAMPLES+=($(( $(now_ns) - start )))
    done
}

# Prints "mean median" in milliseconds for the given ns samples.
stats_ms() {
    printf '%s\n' "$@" | sort -n | awk '
        { v[NR] = $1; sum += $1 }
        END {
            median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.1f %.1f\n", sum / NR / 1e6, median / 1e6
        }'
}

# Warm-up: the first bootstrap run compiles the build if it is stale, and
# both commands get their files into the OS cache; two rounds each.
for _ in 1 2; do
    run_once "${BOOTSTRAP[@]}"
    run_once "${NUKE_WAY[@]}"
    run_once "${DOTNET_RUN[@]}"
done

measure "${BOOTSTRAP[@]}"
read -r boot_mean boot_median < <(stats_ms "${SAMPLES[@]}")
measure "${NUKE_WAY[@]}"
read -r nuke_mean nuke_median < <(stats_ms "${SAMPLES[@]}")
measure "${DOTNET_RUN[@]}"
read -r run_mean run_median < <(stats_ms "${SAMPLES[@]}")

echo "startup, $RUNS runs each after warm-up (wall time, ms)"
printf '%-58s %10s %10s\n' "command" "mean" "median"
printf '%-58s %10s %10s\n' "${BOOTSTRAP[*]}" "$boot_mean" "$boot_median"
printf '%-58s %10s %10s\n' "NUKE: dotnet build build/_build.csproj; dotnet run --no-build" "$nuke_mean" "$nuke_median"
printf '%-58s %10s %10s\n' "${DOTNET_RUN[*]}" "$run_mean" "$run_median"
if [ -f "$TOOL_DLL" ]; then
    measure "${COMPLETE[@]}"
    read -r complete_mean complete_median < <(stats_ms "${SAMPLES[@]}")
    printf '%-58s %10s %10s\n' "automation :complete pack -- (tool dll)" "$complete_mean" "$complete_median"
fi
awk -v bm="$boot_mean" -v bd="$boot_median" -v nm="$nuke_mean" -v nd="$nuke_median" -v rm="$run_mean" -v rd="$run_median" \
    'BEGIN { printf "%-58s %9.1fx %9.1fx\n", "ratio (NUKE way / build.sh)", nm / bm, nd / bd
             printf "%-58s %9.1fx %9.1fx\n", "ratio (dotnet run / build.sh)", rm / bm, rd / bd }'
