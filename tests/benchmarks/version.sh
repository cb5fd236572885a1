#!/usr/bin/env bash
# Benchmark (not a test): `automation :version` on a generated repository with 10,000 commits, 2,000 tags and
# 200 branches, against `git describe --tags` on the same repository. Prints figures; asserts nothing.
# Usage: tests/benchmarks/version.sh [runs]   (default 5 warm runs per branch)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
REPO="$WORK/repo"

# Deterministic history for git fast-import (awk: a shell loop takes minutes): main with a tag on every third commit
# (until 2,000 tags), and every 30 main commits a feature/release/hotfix branch of 20 commits, three in five merged
# back into main with GitVersion's merge message; develop 50 commits behind main.
generate() {
    awk 'function commit(ref, message, from, merge) {
             mark++; time += 60; commits++
             printf "commit %s\nmark :%d\ncommitter T <t@example.invalid> %d +0000\ndata %d\n%s\n", ref, mark, time, length(message), message
             if (from) printf "from :%d\n", from
             if (merge) printf "merge :%d\n", merge
             printf "M 644 inline f%d.txt\ndata %d\n%d\n\n", mark % 50, length(mark ""), mark
             return mark
         }
         BEGIN {
             time = 1600000000; minor = 1
             tip = commit("refs/heads/main", "initial"); main[++n] = tip
             while (commits < 10000) {
                 if (n % 30 == 0 && branches < 199 && last != n) {
                     last = n; kind = branches % 4
                     name = kind == 2 ? "hotfix/b" branches : kind == 3 ? "release/1." (minor + 1) "." branches : "feature/b" branches
                     btip = main[n - branches % 20]
                     for (i = 0; i < 20; i++) btip = commit("refs/heads/" name, "work on " name " " i, btip)
                     branches++
                     if (branches % 5 < 3) { tip = commit("refs/heads/main", "Merge branch \x27" name "\x27", tip, btip); main[++n] = tip }
                 }
                 message = commits % 97 == 0 ? "feat: thing +semver: minor" : "change"
                 tip = commit("refs/heads/main", message, tip); main[++n] = tip
                 if (tags < 2000 && n % 3 == 0) {
                     patch++; if (tags % 10 == 9) { minor++; patch = 0 }
                     printf "reset refs/tags/v1.%d.%d\nfrom :%d\n\n", minor, patch, tip; tags++
                 }
             }
             printf "reset refs/heads/develop\nfrom :%d\n\n", main[n - 50]
         }'
}

echo "Generating the repository..."
git init -q -b main "$REPO"
generate | git -C "$REPO" fast-import --quiet
git -C "$REPO" checkout -q -f main
echo "$(git -C "$REPO" rev-list --all | wc -l) commits, $(git -C "$REPO" branch | wc -l) branches, $(git -C "$REPO" tag | wc -l) tags"

echo "Building the tool..."
dotnet build "$ROOT/src/Automation.Cli/Automation.Cli.csproj" -c Release -nologo -v:quiet -clp:NoSummary >/dev/null
TOOL="$ROOT/src/Automation.Cli/bin/Release/net10.0/Automation.Cli.dll"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
measure() { # label, command...
    local label="$1"; shift
    "$@" >/dev/null   # warm-up
    local total=0 best=999999 start t
    for ((r = 0; r < RUNS; r++)); do
        start=$(now_ms); "$@" >/dev/null; t=$(( $(now_ms) - start ))
        total=$((total + t)); ((t < best)) && best=$t
    done
    printf '%-52s mean %6d ms   best %6d ms\n' "$label" $((total / RUNS)) "$best"
}

for pattern in main develop 'feature/*' 'release/*' 'hotfix/*'; do
    branch="$(git -C "$REPO" for-each-ref --count=1 --format='%(refname:short)' "refs/heads/$pattern")"
    git -C "$REPO" checkout -q "$branch"
    measure "automation :version ($branch)" dotnet "$TOOL" :version --repo "$REPO"
done
git -C "$REPO" checkout -q main
measure "git describe --tags (main)" git -C "$REPO" describe --tags
echo "Version on main: $(dotnet "$TOOL" :version --repo "$REPO")"
