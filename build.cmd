:; set -eo pipefail
:; SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
:; exec "$SCRIPT_DIR/build.sh" "$@"

@echo off
rem Polyglot: bash runs the ":;" lines above (":" is a no-op there) and execs
rem build.sh; cmd treats them as labels and runs only what follows.
powershell -ExecutionPolicy ByPass -NoProfile -File "%~dp0build.ps1" %*
exit /b %ERRORLEVEL%
