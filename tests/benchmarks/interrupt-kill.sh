#!/usr/bin/env bash
# Benchmark (not a test): how long an interrupt takes to kill a command's whole tree, members that cleared their
# environment (env -i), started a new session (setsid) or were orphaned included. Sends SIGINT to the build's process
# group (Ctrl+C in a terminal) or SIGTERM to the build, and times until every member's PID is gone, and until the
# build has exited. Usage: tests/benchmarks/interrupt-kill.sh [runs]   (default 5 per signal; prints figures)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
case "$RUNS" in
    ''|*[!0-9]*|0) echo "usage: $0 [runs > 0]" >&2; exit 2 ;;
esac
[ "$(uname)" = Linux ] || { echo "Needs Linux (setsid, /proc)." >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# shellcheck source=bench-project.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-project.sh"
write_bench_project "$WORK" "$ROOT"
cat > "$WORK/build/Build.cs" <<'CS'
using Automation;
class Build : AutomationBuild {
  public static int Main(string[] args) => Execute<Build>(args, x => x.Tree);
  // Each member writes its PID to $PIDS/<role>.pid, then sleeps; the orphan's parent shell exits at once.
  const string Script = """
    s=$(command -v sleep); p='echo $$ > "$0/$1.tmp" && mv "$0/$1.tmp" "$0/$1.pid" && exec "$2" 600'
    env -i /bin/sh -c "$p" "$PIDS" cleared "$s" &
    setsid /bin/sh -c "$p" "$PIDS" session "$s" &
    /bin/sh -c 'env -i /bin/sh -c "$0" "$1" orphan "$2" & exit 0' "$p" "$PIDS" "$s"
    wait
    """;
  Target Tree => _ => _.Executes(ctx => ctx.Shell(Script));
}
CS

echo "Compiling the benchmark build (once)..."
dotnet build "$WORK/build/Bench.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
DLL="$WORK/build/bin/Release/net10.0/Bench.dll"
cd "$WORK"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

measure() { # signal, to-group
  local signal="$1" group="$2" kills="" exits=""
  for ((r = 0; r < RUNS; r++)); do
    export PIDS="$WORK/pids-$signal-$r"; mkdir -p "$PIDS"
    # A background job of a script ignores SIGINT, as the build would: env undoes that, as a terminal would.
    setsid env --default-signal=INT dotnet "$DLL" --verbosity quiet >/dev/null 2>&1 & local build=$!
    while [ "$(ls "$PIDS"/*.pid 2>/dev/null | wc -l)" -lt 3 ]; do sleep 0.02; done
    local pids; pids=$(cat "$PIDS"/*.pid)
    local start; start=$(now_ms)
    if [ "$group" = yes ]; then kill -"$signal" -- -"$build"; else kill -"$signal" "$build"; fi
    # Gone: no such process, or a zombie (killed, waiting for whoever adopted it to reap it).
    while (for pid in $pids; do
             if [ -e "/proc/$pid" ] && ! grep -q ') Z' "/proc/$pid/stat" 2>/dev/null; then exit 0; fi
           done; exit 1); do sleep 0.005; done
    kills="$kills $(( $(now_ms) - start ))"
    wait "$build" || true
    exits="$exits $(( $(now_ms) - start ))"
    for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
  done
  printf "%-28s tree gone after (ms):%s   build exited after (ms):%s\n" "SIG$signal$([ "$group" = yes ] && echo ' to the group')" "$kills" "$exits"
}

measure INT yes
measure TERM no
