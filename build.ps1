# Bootstrap for the repository's build (PowerShell twin of build.sh): finds (or
# installs) a .NET SDK that satisfies global.json, recompiles
# build/_build.csproj only when its inputs changed, then runs the compiled
# build with every argument intact and returns its exit code.
#
# Works on Windows PowerShell 5.1 and pwsh 7 (Windows, Linux, macOS). The
# caller's working directory is left alone on purpose: the build locates the
# repository root itself (it walks up from the cwd looking for .nuke/).
# No param() block: it would make PowerShell bind arguments such as -Target
# itself; plain $args passes everything through untouched.

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0
# pwsh 7.3+: never turn a non-zero native exit code into an exception; exit
# codes are checked explicitly below.
$PSNativeCommandUseErrorActionPreference = $false

# The arguments for the build, captured before any function shadows $args.
$BuildArguments = @($args)

$Root = $PSScriptRoot
# $IsWindows does not exist in Windows PowerShell 5.1 (and strict mode would
# throw on it), so ask the runtime instead.
$OnWindows = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
$ExeName = if ($OnWindows) { 'dotnet.exe' } else { 'dotnet' }

$Project = Join-Path $Root 'build/_build.csproj'
$Dll = Join-Path $Root 'build/bin/Debug/net10.0/_build.dll'
$TempDir = Join-Path $Root '.nuke/temp'               # git-ignored scratch space
$LocalDotnetDir = Join-Path $TempDir 'dotnet'
$LocalDotnet = Join-Path $LocalDotnetDir $ExeName
# Remembers which dotnet the last resolution picked, so a warm run does not pay
# for `dotnet --version` (SDK resolution) on every invocation.
$DotnetCache = Join-Path $TempDir 'dotnet-exe.txt'

# No telemetry, banners or first-run work: they cost time and clutter output.
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
$env:DOTNET_MULTILEVEL_LOOKUP = '0'

function Stop-WithError([string] $Message, [int] $ExitCode = 1) {
    [Console]::Error.WriteLine("build.ps1: error: $Message")
    exit $ExitCode
}

# True when the given dotnet has an SDK satisfying global.json. The muxer only
# honours global.json from the directory it runs in, hence Push-Location.
function Test-SdkSatisfiesGlobalJson([string] $Dotnet) {
    if (-not $Dotnet -or -not (Test-Path -LiteralPath $Dotnet -PathType Leaf)) { return $false }
    # In Windows PowerShell 5.1, redirected stderr of a native command becomes
    # an error record, which 'Stop' would turn into an exception.
    $ErrorActionPreference = 'Continue'
    Push-Location -LiteralPath $Root
    try {
        & $Dotnet --version 2>&1 | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    } finally {
        Pop-Location
    }
}

# Installs the SDK named by global.json into .nuke/temp/dotnet.
function Install-LocalSdk {
    New-Item -ItemType Directory -Force -Path $TempDir | Out-Null
    [Console]::Error.WriteLine("build.ps1: no .NET SDK satisfying global.json found; installing one into $LocalDotnetDir")
    $globalJson = Join-Path $Root 'global.json'
    # Older Windows PowerShell defaults to TLS 1.0, which dot.net refuses.
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12

    if ($OnWindows) {
        $url = 'https://dot.net/v1/dotnet-install.ps1'
        $installer = Join-Path $TempDir 'dotnet-install.ps1'
    } else {
        # dotnet-install.ps1 installs Windows binaries; pwsh elsewhere uses the
        # shell flavour of the same official script.
        $url = 'https://dot.net/v1/dotnet-install.sh'
        $installer = Join-Path $TempDir 'dotnet-install.sh'
    }
    # Always fetch a fresh copy; download to a temporary name so an interrupted
    # download never leaves a truncated script behind.
    try {
        (New-Object System.Net.WebClient).DownloadFile($url, "$installer.partial")
        Move-Item -LiteralPath "$installer.partial" -Destination $installer -Force
    } catch {
        Stop-WithError "could not download ${url}: $($_.Exception.Message)"
    }

    # Installer output goes to stderr so that the build's stdout stays clean.
    if ($OnWindows) {
        if (Test-Path -LiteralPath $globalJson) {
            $installArgs = @{ JsonFile = $globalJson; InstallDir = $LocalDotnetDir; NoPath = $true }
        } else {
            # No pin: take the current long-term-support SDK.
            $installArgs = @{ Channel = 'LTS'; InstallDir = $LocalDotnetDir; NoPath = $true }
        }
        try {
            & $installer @installArgs | ForEach-Object { [Console]::Error.WriteLine("$_") }
        } catch {
            Stop-WithError "installing the .NET SDK with dotnet-install.ps1 failed: $($_.Exception.Message)"
        }
    } else {
        if (Test-Path -LiteralPath $globalJson) {
            $installArgs = @('--jsonfile', $globalJson, '--install-dir', $LocalDotnetDir, '--no-path')
        } else {
            $installArgs = @('--channel', 'LTS', '--install-dir', $LocalDotnetDir, '--no-path')
        }
        $ErrorActionPreference = 'Continue'   # progress on stderr is not a failure
        & bash $installer @installArgs 2>&1 | ForEach-Object { [Console]::Error.WriteLine("$_") }
        if ($LASTEXITCODE -ne 0) { Stop-WithError 'installing the .NET SDK with dotnet-install.sh failed' }
    }
}

# Full resolution: PATH dotnet if its SDKs satisfy global.json, else a
# previously installed local SDK, else install one.
function Resolve-Dotnet {
    $onPath = Get-Command $ExeName -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath -and (Test-SdkSatisfiesGlobalJson $onPath.Path)) {
        $chosen = $onPath.Path
    } elseif (Test-SdkSatisfiesGlobalJson $LocalDotnet) {
        $chosen = $LocalDotnet
    } else {
        $null = Install-LocalSdk   # keep stray output out of this function's result
        if (-not (Test-SdkSatisfiesGlobalJson $LocalDotnet)) {
            Stop-WithError "no .NET SDK satisfying $(Join-Path $Root 'global.json') is available: install one (https://dot.net) or allow the download into $LocalDotnetDir"
        }
        $chosen = $LocalDotnet
    }
    # Best effort: a read-only checkout simply re-resolves next time.
    try {
        New-Item -ItemType Directory -Force -Path $TempDir | Out-Null
        [System.IO.File]::WriteAllText($DotnetCache, $chosen)
    } catch { }
    return $chosen
}

# True when any build input is newer than the dll (stops at the first hit).
function Test-BuildInputsNewerThan([DateTime] $Since) {
    foreach ($name in 'global.json', 'Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props',
                      'NuGet.config', 'nuget.config', '.editorconfig') {
        $file = New-Object System.IO.FileInfo (Join-Path $Root $name)
        if ($file.Exists -and $file.LastWriteTimeUtc -gt $Since) { return $true }
    }
    # Sources and MSBuild files under build/ and src/, skipping bin/ and obj/
    # without descending into them (they hold most of the files).
    $extensions = '.cs', '.csproj', '.props', '.targets', '.json', '.editorconfig'
    $pending = New-Object System.Collections.Stack
    foreach ($name in 'build', 'src') {
        $top = New-Object System.IO.DirectoryInfo (Join-Path $Root $name)
        if ($top.Exists) { $pending.Push($top) }
    }
    while ($pending.Count -gt 0) {
        $current = $pending.Pop()
        foreach ($file in $current.GetFiles()) {
            if ($extensions -contains $file.Extension -and $file.LastWriteTimeUtc -gt $Since) { return $true }
        }
        foreach ($sub in $current.GetDirectories()) {
            if ($sub.Name -cne 'bin' -and $sub.Name -cne 'obj') { $pending.Push($sub) }
        }
    }
    return $false
}

function Test-NeedsCompile {
    $dllInfo = New-Object System.IO.FileInfo $Dll
    return (-not $dllInfo.Exists) -or (Test-BuildInputsNewerThan $dllInfo.LastWriteTimeUtc)
}

function Invoke-Compile([string] $DotnetExe) {
    $started = [DateTime]::UtcNow
    # Only announce on an interactive console, so redirected output stays clean.
    if (-not [Console]::IsErrorRedirected) { [Console]::Error.WriteLine('build.ps1: compiling build/_build.csproj ...') }
    # Even with -v:quiet, msbuild prints a "Build succeeded" summary, so capture
    # the output and show it only when the compile fails. (The compiler server
    # and msbuild nodes that outlive the compile get their own stdio, so the
    # capture does not wait for them.) -c Debug guards against a Configuration
    # environment variable, which msbuild would otherwise pick up.
    $ErrorActionPreference = 'Continue'   # see Test-SdkSatisfiesGlobalJson
    $output = & $DotnetExe build $Project -c Debug -nologo -clp:NoSummary -v:quiet -p:TreatWarningsAsErrors=true 2>&1
    $exitCode = $LASTEXITCODE
    if ($exitCode -ne 0) {
        foreach ($line in @($output)) { [Console]::Error.WriteLine("$line") }
        Stop-WithError "compiling $Project failed (exit code $exitCode)" $exitCode
    }
    # msbuild may skip rewriting an unchanged dll, which would leave it looking
    # stale forever. Stamp it with the compile's *start* time rather than "now",
    # so a source edited while the compile ran still triggers the next one.
    (New-Object System.IO.FileInfo $Dll).LastWriteTimeUtc = $started
}

if (Test-NeedsCompile) {
    $Dotnet = Resolve-Dotnet        # compiling needs a real SDK check
    $compileNeeded = $true
} else {
    # Warm path: reuse the dotnet chosen last time (a global.json change makes
    # the dll stale, so it cannot get here); resolve again only if it is gone.
    $Dotnet = $null
    if (Test-Path -LiteralPath $DotnetCache -PathType Leaf) {
        $Dotnet = ([System.IO.File]::ReadAllText($DotnetCache)).Trim()
    }
    if (-not $Dotnet -or -not (Test-Path -LiteralPath $Dotnet -PathType Leaf)) {
        $Dotnet = Resolve-Dotnet
    }
    $compileNeeded = $false
}

# A private SDK must also be what the build's own `dotnet ...` calls find.
if ($Dotnet -eq $LocalDotnet) {
    $env:DOTNET_ROOT = $LocalDotnetDir
    $env:PATH = $LocalDotnetDir + [System.IO.Path]::PathSeparator + $env:PATH
}

if ($compileNeeded) { Invoke-Compile $Dotnet }

# Run the build in the foreground; its console is ours, so Ctrl+C reaches it.
# Native stderr must not become an error record here either.
$ErrorActionPreference = 'Continue'
& $Dotnet $Dll @BuildArguments
exit $LASTEXITCODE
