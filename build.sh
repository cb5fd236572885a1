#!/usr/bin/env bash
# Bootstrap for the repository's build: finds (or installs) a .NET SDK that
# satisfies global.json, recompiles build/_build.csproj only when its inputs
# changed, then hands over to the compiled build with every argument intact.
#
# The caller's working directory is left alone on purpose: the build locates
# the repository root itself (it walks up from the cwd looking for .nuke/),
# so everything here uses absolute paths instead of cd-ing.
set -euo pipefail

# Repository root = the directory holding this script (also when invoked via
# build.cmd or from a subdirectory).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

PROJECT="$ROOT/build/_build.csproj"
DLL="$ROOT/build/bin/Debug/net10.0/_build.dll"
TEMP_DIR="$ROOT/.nuke/temp"              # git-ignored scratch space
LOCAL_DOTNET_DIR="$TEMP_DIR/dotnet"
LOCAL_DOTNET="$LOCAL_DOTNET_DIR/dotnet"
# Remembers which dotnet the last resolution picked, so a warm run does not pay
# ~100 ms for `dotnet --version` (SDK resolution) on every invocation.
DOTNET_CACHE="$TEMP_DIR/dotnet-exe.txt"

# No telemetry, banners or first-run work: they cost time and clutter output.
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_MULTILEVEL_LOOKUP=0

die() {
    echo "build.sh: error: $*" >&2
    exit 1
}

# True when the given dotnet has an SDK satisfying global.json. The muxer only
# honours global.json from the directory it runs in, hence the cd (in a subshell).
sdk_satisfies_global_json() {
    [ -x "$1" ] && (cd "$ROOT" && "$1" --version) >/dev/null 2>&1
}

download() { # url file
    if command -v curl >/dev/null 2>&1; then
        curl -fsSL --retry 3 -o "$2" "$1"
    elif command -v wget >/dev/null 2>&1; then
        wget -q -O "$2" "$1"
    else
        return 1
    fi
}

# Installs the SDK named by global.json into .nuke/temp/dotnet.
install_local_sdk() {
    local script="$TEMP_DIR/dotnet-install.sh"
    mkdir -p "$TEMP_DIR"
    echo "build.sh: no .NET SDK satisfying global.json found; installing one into $LOCAL_DOTNET_DIR" >&2
    # Always fetch a fresh copy; download to a temporary name so an interrupted
    # download never leaves a truncated script behind.
    download "https://dot.net/v1/dotnet-install.sh" "$script.partial" \
        || die "could not download https://dot.net/v1/dotnet-install.sh (need curl or wget and network access)"
    mv -f "$script.partial" "$script"
    if [ -f "$ROOT/global.json" ]; then
        bash "$script" --jsonfile "$ROOT/global.json" --install-dir "$LOCAL_DOTNET_DIR" --no-path >&2
    else
        # No pin: take the current long-term-support SDK.
        bash "$script" --channel LTS --install-dir "$LOCAL_DOTNET_DIR" --no-path >&2
    fi
}

# Full resolution: PATH dotnet if its SDKs satisfy global.json, else a
# previously installed local SDK, else install one. Sets DOTNET.
resolve_dotnet() {
    local path_dotnet
    path_dotnet="$(command -v dotnet 2>/dev/null || true)"
    if [ -n "$path_dotnet" ] && sdk_satisfies_global_json "$path_dotnet"; then
        DOTNET="$path_dotnet"
    elif sdk_satisfies_global_json "$LOCAL_DOTNET"; then
        DOTNET="$LOCAL_DOTNET"
    else
        install_local_sdk || die "installing the .NET SDK with dotnet-install.sh failed"
        sdk_satisfies_global_json "$LOCAL_DOTNET" \
            || die "no .NET SDK satisfying $ROOT/global.json is available: install one (https://dot.net) or allow the download into $LOCAL_DOTNET_DIR"
        DOTNET="$LOCAL_DOTNET"
    fi
    # Best effort: a read-only checkout simply re-resolves next time.
    { mkdir -p "$TEMP_DIR" && printf '%s\n' "$DOTNET" >"$DOTNET_CACHE"; } 2>/dev/null || true
}

# Prints the first build input newer than the dll (nothing when up to date).
first_newer_input() {
    local f
    for f in global.json Directory.Build.props Directory.Build.targets Directory.Packages.props \
             NuGet.config nuget.config .editorconfig; do
        if [ -f "$ROOT/$f" ] && [ "$ROOT/$f" -nt "$DLL" ]; then
            echo "$ROOT/$f"
            return
        fi
    done
    # Sources and MSBuild files under build/ and src/, skipping build outputs;
    # -quit stops at the first hit so the common case stays cheap.
    find "$ROOT/build" "$ROOT/src" \
        \( -name bin -o -name obj \) -prune -o \
        -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' \
                   -o -name '*.json' -o -name .editorconfig \) \
        -newer "$DLL" -print -quit 2>/dev/null
}

needs_compile() {
    [ ! -f "$DLL" ] || [ -n "$(first_newer_input)" ]
}

compile() {
    local log stamp rc=0
    log="$(mktemp "${TMPDIR:-/tmp}/build-sh.XXXXXX")"
    stamp="$(mktemp "${TMPDIR:-/tmp}/build-sh-stamp.XXXXXX")"  # mtime = compile start
    # Clean up the temporary files also when the compile is interrupted.
    trap 'rm -f "$log" "$stamp"' EXIT
    # Only announce on an interactive terminal, so piped output stays clean.
    if [ -t 2 ]; then echo "build.sh: compiling build/_build.csproj ..." >&2; fi
    # Even with -v:quiet, msbuild prints a "Build succeeded" summary, so capture
    # the output (to a file: lingering msbuild nodes cannot block on it) and show
    # it only when the compile fails. -c Debug guards against a Configuration
    # environment variable, which msbuild would otherwise pick up.
    "$DOTNET" build "$PROJECT" -c Debug -nologo -clp:NoSummary -v:quiet \
        -p:TreatWarningsAsErrors=true >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        cat "$log" >&2
        echo "build.sh: compiling $PROJECT failed (exit code $rc)" >&2
        exit "$rc"
    fi
    # msbuild may skip rewriting an unchanged dll, which would leave it looking
    # stale forever. Stamp it with the compile's *start* time rather than "now",
    # so a source edited while the compile ran still triggers the next one.
    touch -r "$stamp" "$DLL"
    rm -f "$log" "$stamp"
    trap - EXIT
}

use_dotnet() {
    # A private SDK must also be what the build's own `dotnet ...` calls find.
    if [ "$DOTNET" = "$LOCAL_DOTNET" ]; then
        export DOTNET_ROOT="$LOCAL_DOTNET_DIR"
        export PATH="$LOCAL_DOTNET_DIR:$PATH"
    fi
}

DOTNET=""
if needs_compile; then
    resolve_dotnet          # compiling needs a real SDK check
    use_dotnet
    compile
else
    # Warm path: reuse the dotnet chosen last time (a global.json change makes
    # the dll stale, so it cannot get here); resolve again only if it is gone.
    if [ -f "$DOTNET_CACHE" ]; then
        IFS= read -r DOTNET <"$DOTNET_CACHE" || true
    fi
    if [ -z "$DOTNET" ] || [ ! -x "$DOTNET" ]; then
        resolve_dotnet
    fi
    use_dotnet
fi

# exec: the build replaces this shell, so signals (Ctrl+C) reach it directly
# and its exit code is ours.
exec "$DOTNET" "$DLL" "$@"
