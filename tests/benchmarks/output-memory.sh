#!/usr/bin/env bash
# Benchmark (not a test): peak resident memory of a build whose target runs a command that prints a lot (400 MB by
# default), shown and hidden, against the same command piped by the shell alone (the floor: nothing is kept).
# Captured output is bounded (the tail in memory, the whole in .nuke/temp/output/), so the build's peak should not
# grow with the output. Usage: tests/benchmarks/output-memory.sh [megabytes]   (prints figures, asserts nothing)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MEGABYTES="${1:-400}"
case "$MEGABYTES" in
    ''|*[!0-9]*|0) echo "usage: $0 [megabytes > 0]" >&2; exit 2 ;;
esac
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# 100-character lines (99 + newline), as a chatty tool would print them; head cuts the stream at the size asked for.
FLOOD="yes '$(printf 'x%.0s' {1..98})' | head -c $((MEGABYTES * 1024 * 1024))"

# shellcheck source=bench-project.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-project.sh"
write_bench_project "$WORK" "$ROOT"
cat > "$WORK/build/Build.cs" <<CS
using Automation;
class Build : AutomationBuild {
  public static int Main(string[] args) => Execute<Build>(args, x => x.Shown);
  const string Flood = "$FLOOD";
  Target Shown => _ => _.Executes(ctx => { var r = ctx.Shell(Flood, new RunOptions { Echo = false }); Report(r); });
  Target Hidden => _ => _.Executes(ctx => { var r = ctx.Shell(Flood, new RunOptions { Echo = false, Hide = OutputHiding.Both }); Report(r); });
  static void Report(CommandResult r) => System.Console.WriteLine("kept_chars=" + (r.StandardOutput.Length + r.StandardError.Length) + " whole_output=" + (r.OutputFile ?? "(none)"));
}
CS

echo "Compiling the benchmark build (once)..."
dotnet build "$WORK/build/Bench.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
DLL="$WORK/build/bin/Release/net10.0/Bench.dll"
cd "$WORK"

# Peak resident set size in MB of a command (its own and its children's, as /usr/bin/time reports the largest).
peak() { # label, command... -> prints the figure
  local label="$1"; shift
  local start end kb
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    kb=$(/usr/bin/time -v "$@" 2>&1 >/dev/null | sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p')
  else
    # Without GNU time: the process's own high-water mark, read just before it ends is not possible from outside,
    # so poll VmHWM while it runs (it only grows).
    "$@" >/dev/null 2>&1 & local pid=$!
    kb=0
    while kill -0 "$pid" 2>/dev/null; do
      local now; now=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$now" ] && [ "$now" -gt "$kb" ] && kb=$now
      sleep 0.05
    done
    wait "$pid" || true
  fi
  end=$(date +%s%N)
  printf "%-44s peak %6d MB   %6.1f s\n" "$label" "$((kb / 1024))" "$(awk -v n=$((end - start)) 'BEGIN { print n / 1e9 }')"
}

printf "Output: %d MB in lines of 100 characters\n\n" "$MEGABYTES"
peak "shell pipe alone (sh -c '... > /dev/null')" sh -c "$FLOOD"
peak "build, output shown (console to /dev/null)" dotnet "$DLL" shown --verbosity normal
peak "build, output hidden (Hide = Both)" dotnet "$DLL" hidden --verbosity normal
echo
echo "What the result keeps (characters) and where the whole output went:"
dotnet "$DLL" hidden | grep -o 'kept_chars=.*' | sed 's/^/  /' || true
ls -l "$WORK/.nuke/temp/output" 2>/dev/null | sed 's/^/  /' || true
