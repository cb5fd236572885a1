#!/usr/bin/env bash
# Benchmark: discover, plan and run N no-op targets (default 10,000) in a generated build.
# Each target depends on up to three earlier ones, so the planner sees a real DAG, not a list.
# Prints figures; asserts nothing. Usage: tests/benchmarks/targets.sh [N] [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COUNT="${1:-10000}"
RUNS="${2:-5}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench-project.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-project.sh"
write_bench_project "$WORK" "$ROOT"
{
  echo "using Automation;"
  echo "class Build : AutomationBuild {"
  echo "  public static int Main(string[] args) => Execute<Build>(args, x => x.All);"
  for ((i = 0; i < COUNT; i++)); do
    deps=""
    for d in $((i - 1)) $((i / 2)) $((i / 3 * 2)); do
      if ((d >= 0 && d < i)); then deps="$deps, T$d"; fi
    done
    if [ -n "$deps" ]; then
      echo "  Target T$i => _ => _.DependsOn(${deps:2}).Executes(() => { });"
    else
      echo "  Target T$i => _ => _.Executes(() => { });"
    fi
  done
  echo "  public Target All => _ => _.DependsOn(T$((COUNT - 1)));"
  echo "}"
} > "$WORK/build/Build.cs"

echo "Compiling a build with $COUNT targets (once)..."
dotnet build "$WORK/build/Bench.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
DLL="$WORK/build/bin/Release/net10.0/Bench.dll"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
measure() { # label, args...
  local label="$1"; shift
  local total=0 best=999999
  for ((r = 0; r < RUNS; r++)); do
    local start end
    start=$(now_ms)
    (cd "$WORK" && dotnet "$DLL" "$@" >/dev/null)
    end=$(now_ms)
    local t=$((end - start))
    total=$((total + t)); ((t < best)) && best=$t
  done
  printf "%-44s mean %6d ms   best %6d ms\n" "$label" $((total / RUNS)) "$best"
}

cd "$WORK"
dotnet "$DLL" --help >/dev/null   # warm the disk cache
measure "process: --help (start-up + discovery)" --help
measure "process: --plan (start-up + discovery + plan)" --plan
measure "process: run all $COUNT targets" --verbosity quiet
echo
echo "Phases inside one run (--verbosity verbose):"
dotnet "$DLL" --verbosity verbose | grep -E "^(Discovered|Planned)" || true
dotnet "$DLL" --verbosity quiet | grep -E "^Build (succeeded|failed)"
