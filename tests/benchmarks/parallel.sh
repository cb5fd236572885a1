#!/usr/bin/env bash
# Benchmark (not a test): makespan of `--parallel` on a synthetic graph whose targets wait known
# durations, against the graph's critical path (the best any scheduler can do with enough slots)
# and against a sequential run (the sum of all durations). Goal: parallel within 10% of the path.
# Usage: tests/benchmarks/parallel.sh [runs]   (default 3 runs per mode; prints figures, asserts nothing)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
case "$RUNS" in
    ''|*[!0-9]*|0) echo "usage: $0 [runs > 0]" >&2; exit 2 ;;
esac
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# name, duration in ms, dependencies (comma-separated); listed dependencies first, so one pass
# computes each target's earliest finish.
GRAPH="
Restore     300
CompileA    400 Restore
CompileB    600 Restore
Lint        500 Restore
Docs        700
UnitA       500 CompileA
UnitB       300 CompileB
Integration 800 CompileA,CompileB
Pack        200 CompileA,CompileB
Publish     100 Pack,UnitA,UnitB,Integration,Lint
"

# shellcheck source=bench-project.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-project.sh"
write_bench_project "$WORK" "$ROOT"
{
  echo "using Automation;"
  echo "class Build : AutomationBuild {"
  # Makespan: from the first target's start to the last one's end, timed inside the process so that
  # start-up, discovery and JIT do not blur the scheduler's figure (they are printed apart).
  echo "  static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();"
  echo "  static long first = long.MaxValue, last;"
  echo "  static async Task Work(int ms) {"
  echo "    lock (Clock) first = Math.Min(first, Clock.ElapsedMilliseconds);"
  echo "    await Task.Delay(ms);"
  echo "    lock (Clock) last = Math.Max(last, Clock.ElapsedMilliseconds);"
  echo "  }"
  echo "  public static int Main(string[] args) {"
  echo "    var code = Execute<Build>(args, x => x.All);"
  echo "    Console.Error.WriteLine(\$\"makespan_ms={last - first} process_ms={Clock.ElapsedMilliseconds}\");"
  echo "    return code;"
  echo "  }"
  echo "$GRAPH" | awk 'NF {
    deps = ($3 == "") ? "" : ".DependsOn(" $3 ")";
    printf "  Target %s => _ => _%s.Executes(() => Work(%d));\n", $1, deps, $2 }'
  echo "  Target All => _ => _.DependsOn(Publish, Docs);"
  echo "}"
} > "$WORK/build/Build.cs"

read -r CRITICAL TOTAL WIDTH <<<"$(echo "$GRAPH" | awk 'NF {
    start = 0; n = split($3, deps, ",");
    for (i = 1; i <= n; i++) if (finish[deps[i]] > start) start = finish[deps[i]];
    finish[$1] = start + $2; sum += $2; if (finish[$1] > path) path = finish[$1]; count++ }
    END { print path, sum, count }')"

echo "Compiling the benchmark build (once)..."
dotnet build "$WORK/build/Bench.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
DLL="$WORK/build/bin/Release/net10.0/Bench.dll"
cd "$WORK"

measure() { # label, args... -> prints the best makespan of RUNS runs, returns it in BEST
  local label="$1"; shift
  BEST=999999
  local process=999999
  for ((r = 0; r < RUNS; r++)); do
    local figures ms total
    figures=$(dotnet "$DLL" --verbosity quiet "$@" 2>&1 >/dev/null | grep '^makespan_ms=')
    ms=$(echo "$figures" | sed 's/^makespan_ms=\([0-9]*\).*/\1/')
    total=$(echo "$figures" | sed 's/.*process_ms=\([0-9]*\).*/\1/')
    ((ms < BEST)) && BEST=$ms
    ((total < process)) && process=$total
  done
  printf "%-34s makespan best %5d ms   (whole Execute, best %5d ms)\n" "$label" "$BEST" "$process"
}

printf "Graph: %d targets, critical path %d ms, sum of durations %d ms\n\n" "$WIDTH" "$CRITICAL" "$TOTAL"
measure "sequential"
SEQUENTIAL=$BEST
measure "--parallel $WIDTH (a slot per target)" --parallel "$WIDTH"
PARALLEL=$BEST
measure "--parallel 2" --parallel 2
echo
awk -v p="$PARALLEL" -v c="$CRITICAL" -v s="$SEQUENTIAL" -v t="$TOTAL" 'BEGIN {
  printf "parallel / critical path: %.3f (%+.1f%%, goal within 10%%)\n", p / c, (p - c) * 100 / c;
  printf "sequential / sum:         %.3f\n", s / t;
  printf "speed-up over sequential: %.2fx\n", s / p }'
