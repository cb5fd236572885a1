#!/usr/bin/env bash
# Benchmark (not a test): our engine against the real GitVersion 6.8.2 (/nocache) on a generated repository of 10,000
# commits (main, develop, a feature branch, a release branch, a branch behind main) and on one of 2,000 merge commits.
# Prints the median of the runs for both and the ratio ours/GitVersion. Ours runs in-process (warmed up), GitVersion
# as its program.
# A GitVersion run longer than the limit is stopped and shown as "> limit" (the ratio then an upper bound).
# Usage: tests/benchmarks/gitversion-benchmark.sh [runs] [limit-seconds]   (defaults 3 and 600)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dotnet build "$ROOT/tests/Automation.Differential/Automation.Differential.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
exec dotnet "$ROOT/tests/Automation.Differential/bin/Release/net10.0/Automation.Differential.dll" benchmark --runs "${1:-3}" --limit "${2:-600}"
