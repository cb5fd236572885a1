#!/usr/bin/env bash
# Agreement of our versioning engine with the real GitVersion 6.8.2 on N seeded, generated histories (not a test:
# prints the rate per variable, for FullSemVer and for every variable, with and without the deliberate differences,
# then the first differences with the git commands that reproduce them). GitVersion comes from the GitVersion.MsBuild
# package, restored into the NuGet package folder when missing.
# Usage: tests/benchmarks/gitversion-agreement.sh [count] [first-seed] [--trunk-based]    (default 1000 histories from seed 1;
# --trunk-based: the same seeds under the TrunkBased/preview1 workflow)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dotnet build "$ROOT/tests/Automation.Differential/Automation.Differential.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
exec dotnet "$ROOT/tests/Automation.Differential/bin/Release/net10.0/Automation.Differential.dll" agreement --count "${1:-1000}" --first "${2:-1}" "${@:3}"
