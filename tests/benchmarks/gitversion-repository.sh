#!/usr/bin/env bash
# Both engines (ours and the real GitVersion 6.8.2) on a real repository: every branch head and sampled commits of the
# default branch, each difference printed, agreement at the end. Works on a temporary clone; the repository given is
# not changed.
# Usage: tests/benchmarks/gitversion-repository.sh <path-to-repository> [samples]   (default 6 sampled commits)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 <path-to-repository> [samples]" >&2; exit 2; }
dotnet build "$ROOT/tests/Automation.Differential/Automation.Differential.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
exec dotnet "$ROOT/tests/Automation.Differential/bin/Release/net10.0/Automation.Differential.dll" repository "$1" --samples "${2:-6}"
