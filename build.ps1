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

# The build's inputs, written after each compile so that the warm path never has
# to read a project file: one entry a line, a path relative to the root (or
# absolute), after a kind: "d" a folder whose source and MSBuild files count,
# "f" a file that must still exist and be older than the dll, "n" a file that
# must still not exist. Shared with build.sh (same file, same format).
$InputsList = Join-Path $TempDir 'build-inputs.txt'
$InputsHeader = '# build inputs v1'

# True when a file under $Folder (skipping build outputs and scratch space,
# without descending into them) is a source or MSBuild file newer than $Since.
function Test-FolderNewerThan([string] $Folder, [DateTime] $Since) {
    $extensions = '.cs', '.csproj', '.props', '.targets', '.resx', '.json', '.editorconfig', '.globalconfig'
    $skipped = 'bin', 'obj', '.git', '.nuke', 'node_modules'
    $pending = New-Object System.Collections.Stack
    $pending.Push((New-Object System.IO.DirectoryInfo $Folder))
    while ($pending.Count -gt 0) {
        $current = $pending.Pop()
        foreach ($file in $current.GetFiles()) {
            if ($extensions -contains $file.Extension -and $file.LastWriteTimeUtc -gt $Since) { return $true }
        }
        foreach ($sub in $current.GetDirectories()) {
            if ($skipped -cnotcontains $sub.Name) { $pending.Push($sub) }
        }
    }
    return $false
}

# True when the dll is missing or any build input changed since it was
# compiled (stops at the first hit).
function Test-NeedsCompile {
    $dllInfo = New-Object System.IO.FileInfo $Dll
    if (-not $dllInfo.Exists -or -not [System.IO.File]::Exists($InputsList)) { return $true }
    $since = $dllInfo.LastWriteTimeUtc
    $lines = [System.IO.File]::ReadAllLines($InputsList)
    if ($lines.Count -eq 0 -or $lines[0] -ne $InputsHeader) { return $true }
    $folders = New-Object System.Collections.Generic.List[string]
    foreach ($line in ($lines | Select-Object -Skip 1)) {
        $kind, $path = $line -split ' ', 2
        if (-not $path) { continue }
        if (-not [System.IO.Path]::IsPathRooted($path)) { $path = Join-Path $Root $path }
        switch -CaseSensitive ($kind) {
            'd' { if (-not [System.IO.Directory]::Exists($path)) { return $true }; $folders.Add($path) }
            'f' {
                $file = New-Object System.IO.FileInfo $path
                if (-not $file.Exists -or $file.LastWriteTimeUtc -gt $since) { return $true }
            }
            'n' { if ([System.IO.File]::Exists($path) -or [System.IO.Directory]::Exists($path)) { return $true } }
        }
    }
    foreach ($folder in $folders) {
        if (Test-FolderNewerThan $folder $since) { return $true }
    }
    return $false
}

# The entry for a file (relative to the root): "f" when it exists, else "n".
function Get-FileEntry([string] $RelativePath) {
    if ([System.IO.File]::Exists((Join-Path $Root $RelativePath))) { "f $RelativePath" } else { "n $RelativePath" }
}

# A path relative to the root with forward slashes (absolute when outside it).
function Get-RootRelativePath([string] $Path) {
    $full = [System.IO.Path]::GetFullPath($Path).TrimEnd('\', '/')
    $rootFull = [System.IO.Path]::GetFullPath($Root).TrimEnd('\', '/')
    if ($full -eq $rootFull) { return '.' }
    $prefix = $rootFull + [System.IO.Path]::DirectorySeparatorChar
    if ($full.StartsWith($prefix, [StringComparison]::Ordinal)) { return $full.Substring($prefix.Length).Replace('\', '/') }
    return $full
}

# The build's inputs (see $InputsList). The projects build/_build.csproj
# references, transitively, come from the restore's project.assets.json.
function Get-BuildInputs {
    $InputsHeader
    'd build'
    foreach ($name in 'Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props', '.editorconfig') {
        Get-FileEntry "build/$name"
    }
    foreach ($name in 'global.json', 'nuget.config', 'NuGet.config', 'NuGet.Config') { Get-FileEntry $name }
    # build/ with a Directory.Build.props of its own (as `automation :setup`
    # writes it) is isolated from the root's MSBuild files; .editorconfig
    # lookup stops at build/.editorconfig in the same way.
    if (-not [System.IO.File]::Exists((Join-Path $Root 'build/Directory.Build.props'))) {
        foreach ($name in 'Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props') { Get-FileEntry $name }
    }
    if (-not [System.IO.File]::Exists((Join-Path $Root 'build/.editorconfig'))) { Get-FileEntry '.editorconfig' }

    $assets = Join-Path $Root 'build/obj/project.assets.json'
    if (-not [System.IO.File]::Exists($assets)) {
        'd .'   # cannot tell what the build references: watch everything
        return
    }
    $rootFull = [System.IO.Path]::GetFullPath($Root).TrimEnd('\', '/')
    $libraries = (ConvertFrom-Json ([System.IO.File]::ReadAllText($assets))).libraries
    foreach ($library in $libraries.PSObject.Properties) {
        $project = $library.Value.PSObject.Properties['msbuildProject']
        if (-not $project) { continue }
        $reference = [System.IO.Path]::Combine((Join-Path $Root 'build'), $project.Value)
        $folder = [System.IO.Path]::GetDirectoryName([System.IO.Path]::GetFullPath($reference))
        if (-not [System.IO.Directory]::Exists($folder)) { continue }
        "d $(Get-RootRelativePath $folder)"
        # MSBuild and .editorconfig files above a referenced project apply to
        # it, whatever build/ has of its own.
        while ($folder -and $folder.TrimEnd('\', '/') -ne $rootFull) {
            $folder = [System.IO.Path]::GetDirectoryName($folder)
            if (-not $folder) { break }
            foreach ($name in 'Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props', '.editorconfig') {
                $path = Join-Path $folder $name
                if ([System.IO.File]::Exists($path)) { "f $(Get-RootRelativePath $path)" } else { "n $(Get-RootRelativePath $path)" }
            }
        }
    }
}

# Writes the inputs list; best effort: without it the next run compiles again.
function Write-BuildInputs {
    try {
        New-Item -ItemType Directory -Force -Path $TempDir | Out-Null
        $seen = New-Object 'System.Collections.Generic.HashSet[string]'
        $entries = @(Get-BuildInputs | Where-Object { $seen.Add($_) })
        $partial = "$InputsList.partial"
        [System.IO.File]::WriteAllText($partial, (($entries -join "`n") + "`n"))
        Move-Item -LiteralPath $partial -Destination $InputsList -Force
    } catch { }
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
    # No -p:TreatWarningsAsErrors: a repository decides that in its own MSBuild
    # files; forcing it here let a NuGet warning (NU3034) stop a build that
    # would otherwise run.
    $output = & $DotnetExe build "$Project" -c Debug -nologo -clp:NoSummary -v:quiet 2>&1
    $exitCode = $LASTEXITCODE
    if ($exitCode -ne 0) {
        foreach ($line in @($output)) { [Console]::Error.WriteLine("$line") }
        Stop-WithError "compiling $Project failed (exit code $exitCode)" $exitCode
    }
    # msbuild may skip rewriting an unchanged dll, which would leave it looking
    # stale forever. Stamp it with the compile's *start* time rather than "now",
    # so a source edited while the compile ran still triggers the next one.
    Write-BuildInputs
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
# pwsh on Unix treats an argument that comes from a variable as a bare word and
# expands wildcards and ~ in it, as a shell would (the build would get file names
# for '*'). A double-quoted argument is passed as it is, so the call is written
# out with one "$($BuildArguments[i])" per argument.
$quotedArguments = for ($i = 0; $i -lt $BuildArguments.Count; $i++) { "`"`$(`$BuildArguments[$i])`"" }
. ([scriptblock]::Create("& `$Dotnet `"`$Dll`" $($quotedArguments -join ' ')"))
exit $LASTEXITCODE
