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

# The build's inputs, written after each compile so that the warm path never has
# to read a project file: one entry a line, a path relative to the root (or
# absolute), after a kind: "d" a folder whose source and MSBuild files count,
# "f" a file that must still exist and be older than the dll, "n" a file that
# must still not exist. Shared with build.ps1 (same file, same format).
INPUTS_LIST="$TEMP_DIR/build-inputs.txt"
INPUTS_HEADER="# build inputs v1"

# Prints the first build input newer than the dll, or the reason the dll is
# stale (nothing when up to date). Builtins and one find: no process start.
first_stale_input() {
    local line kind path
    local -a dirs=()
    [ -f "$INPUTS_LIST" ] || { echo "$INPUTS_LIST (missing)"; return; }
    {
        IFS= read -r line || true
        [ "$line" = "$INPUTS_HEADER" ] || { echo "$INPUTS_LIST (unknown format)"; return; }
        while IFS=' ' read -r kind path; do
            case "$path" in /*) ;; *) path="$ROOT/$path" ;; esac
            case "$kind" in
                d) if [ -d "$path" ]; then dirs+=("$path"); else echo "$path (gone)"; return; fi ;;
                f) if [ ! -f "$path" ] || [ "$path" -nt "$DLL" ]; then echo "$path"; return; fi ;;
                n) if [ -e "$path" ]; then echo "$path (new)"; return; fi ;;
            esac
        done
    } <"$INPUTS_LIST"
    [ "${#dirs[@]}" -gt 0 ] || return 0
    # Skipping build outputs and scratch space; -quit stops at the first hit so
    # the common case stays cheap.
    find "${dirs[@]}" \( -name bin -o -name obj -o -name .git -o -name .nuke -o -name node_modules \) -prune -o \
        -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.resx' \
                   -o -name '*.json' -o -name .editorconfig -o -name '*.globalconfig' \) \
        -newer "$DLL" -print -quit 2>/dev/null
}

needs_compile() {
    [ ! -f "$DLL" ] || [ -n "$(first_stale_input)" ]
}

# Prints the inputs entry for a file: "f" when it exists, else "n".
file_entry() {
    if [ -f "$ROOT/$1" ]; then echo "f $1"; else echo "n $1"; fi
}

# Prints a folder relative to the root (absolute when outside it).
relative_to_root() {
    case "$1" in
        "$ROOT") echo . ;;
        "$ROOT"/*) echo "${1#"$ROOT"/}" ;;
        *) echo "$1" ;;
    esac
}

# Prints the build's inputs (see INPUTS_LIST). Runs after a compile, so it may
# start processes; the projects build/_build.csproj references, transitively,
# come from the restore's project.assets.json.
list_inputs() {
    local assets="$ROOT/build/obj/project.assets.json" reference folder name kind
    echo "$INPUTS_HEADER"
    echo "d build"
    for name in Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig; do
        file_entry "build/$name"
    done
    for name in global.json nuget.config NuGet.config NuGet.Config; do
        file_entry "$name"
    done
    # build/ with a Directory.Build.props of its own (as `automation :setup`
    # writes it) is isolated from the root's MSBuild files; .editorconfig
    # lookup stops at build/.editorconfig in the same way.
    if [ ! -f "$ROOT/build/Directory.Build.props" ]; then
        for name in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
            file_entry "$name"
        done
    fi
    [ -f "$ROOT/build/.editorconfig" ] || file_entry .editorconfig
    if [ ! -f "$assets" ]; then
        # Cannot tell what the build references: watch everything.
        echo "d ."
        return
    fi
    sed -n 's/^ *"msbuildProject": *"\(.*\)",\{0,1\} *$/\1/p' "$assets" | while IFS= read -r reference; do
        case "$reference" in /*) ;; *) reference="$ROOT/build/$reference" ;; esac
        folder="$(cd "$(dirname "$reference")" 2>/dev/null && pwd)" || continue
        echo "d $(relative_to_root "$folder")"
        # MSBuild and .editorconfig files above a referenced project apply to
        # it, whatever build/ has of its own.
        while [ "$folder" != "$ROOT" ] && [ "$folder" != / ]; do
            folder="$(dirname "$folder")"
            for name in Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig; do
                if [ -f "$folder/$name" ]; then kind=f; else kind=n; fi
                echo "$kind $(relative_to_root "$folder/$name")"
            done
        done
    done
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
    # No -p:TreatWarningsAsErrors: a repository decides that in its own MSBuild
    # files; forcing it here let a NuGet warning (NU3034) stop a build that
    # would otherwise run.
    "$DOTNET" build "$PROJECT" -c Debug -nologo -clp:NoSummary -v:quiet >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        cat "$log" >&2
        echo "build.sh: compiling $PROJECT failed (exit code $rc)" >&2
        exit "$rc"
    fi
    # msbuild may skip rewriting an unchanged dll, which would leave it looking
    # stale forever. Stamp it with the compile's *start* time rather than "now",
    # so a source edited while the compile ran still triggers the next one.
    # Best effort: without the list the next run simply compiles again.
    { mkdir -p "$TEMP_DIR" && list_inputs | awk '!seen[$0]++' >"$INPUTS_LIST.partial" && mv -f "$INPUTS_LIST.partial" "$INPUTS_LIST"; } 2>/dev/null || true
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
