#!/usr/bin/env bash
# Startup benchmark (not a test): how long a warm `./build.sh --help` takes
# compared with `dotnet run --project build -- --help`, which re-evaluates the
# project through MSBuild on every call.
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
    run_once "${DOTNET_RUN[@]}"
done

measure "${BOOTSTRAP[@]}"
boot_ns=("${SAMPLES[@]}")
measure "${DOTNET_RUN[@]}"
run_ns=("${SAMPLES[@]}")

read -r boot_mean boot_median < <(stats_ms "${boot_ns[@]}")
read -r run_mean run_median < <(stats_ms "${run_ns[@]}")

echo "startup, $RUNS runs each after warm-up (wall time, ms)"
printf '%-42s %10s %10s\n' "command" "mean" "median"
printf '%-42s %10s %10s\n' "${BOOTSTRAP[*]}" "$boot_mean" "$boot_median"
printf '%-42s %10s %10s\n' "${DOTNET_RUN[*]}" "$run_mean" "$run_median"
awk -v bm="$boot_mean" -v bd="$boot_median" -v rm="$run_mean" -v rd="$run_median" \
    'BEGIN { printf "%-42s %9.1fx %9.1fx\n", "ratio (dotnet run / build.sh)", rm / bm, rd / bd }'
