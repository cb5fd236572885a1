#!/usr/bin/env bash
# Benchmark (not a test): a huge .nuke/parameters.json full of keys the build does not know (default 1,000,000
# keys, about 65 MB), loaded by `--plan`: how long it takes, and how many warning lines it prints.
# Prints figures; asserts nothing. Usage: tests/benchmarks/parameter-file.sh [keys] [engine repository]
# (the engine defaults to this repository; pass another checkout to measure it the same way).
set -euo pipefail
KEYS="${1:-1000000}"
ENGINE="$(cd "${2:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench-project.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-project.sh"
write_bench_project "$WORK" "$ENGINE"
cat > "$WORK/build/Build.cs" <<'CS'
using Automation;
class Build : AutomationBuild
{
    public static int Main(string[] args) => Execute<Build>(args, x => x.Hello);
    [Parameter("Who to greet")] readonly string Name = "world";
    Target Hello => _ => _.Executes(ctx => ctx.Info($"Hello, {Name}!"));
}
CS

echo "Compiling the build (once)..."
dotnet build "$WORK/build/Bench.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
DLL="$WORK/build/bin/Release/net10.0/Bench.dll"

# {"Name": "bench", "UnknownKey0000001": "<40 characters>", ...}
awk -v n="$KEYS" 'BEGIN {
  printf "{\n  \"Name\": \"bench\""
  for (i = 0; i < n; i++) printf ",\n  \"UnknownParameterKey%07d\": \"value-of-an-unknown-key-%015d\"", i, i
  printf "\n}\n" }' > "$WORK/.nuke/parameters.json"
echo "parameters.json: $KEYS unknown keys, $(( $(stat -c %s "$WORK/.nuke/parameters.json") / 1024 / 1024 )) MB"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cd "$WORK"
start=$(now_ms)
rc=0
dotnet "$DLL" --plan >"$WORK/out.txt" 2>&1 || rc=$?
end=$(now_ms)
printf "%-36s %8d ms   exit %d\n" "--plan with that parameters.json" $((end - start)) "$rc"
printf "%-36s %8d lines (%d of them warnings)\n" "output" "$(wc -l < "$WORK/out.txt")" "$(grep -c '^warning' "$WORK/out.txt" || true)"
grep -v "not a parameter of this build" "$WORK/out.txt" | head -5
