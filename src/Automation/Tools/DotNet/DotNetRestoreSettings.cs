using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet restore</c>, for <see cref="DotNetTasks.DotNetRestore(ITargetContext, Func{DotNetRestoreSettings, DotNetRestoreSettings})"/>.</summary>
public sealed record DotNetRestoreSettings : DotNetMSBuildSettings
{
    /// <summary>Package sources to use instead of the configured ones (<c>--source</c>, once per source).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The NuGet configuration file (<c>--configfile</c>).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Where packages are restored to, instead of the global packages folder (<c>--packages</c>).</summary>
    public string? PackageDirectory { get; init; }

    /// <summary>Fail when the lock file would change (<c>--locked-mode</c>); the usual choice on CI.</summary>
    public bool LockedMode { get; init; }

    /// <summary>Generate and use <c>packages.lock.json</c> (<c>--use-lock-file</c>).</summary>
    public bool UseLockFile { get; init; }

    /// <summary>Where the lock file is (<c>--lock-file-path</c>).</summary>
    public string? LockFilePath { get; init; }

    /// <summary>Re-evaluate all dependencies even when a lock file exists (<c>--force-evaluate</c>).</summary>
    public bool ForceEvaluate { get; init; }

    /// <summary>Resolve all dependencies even if the last restore succeeded (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>Do not use the HTTP cache (<c>--no-http-cache</c>).</summary>
    public bool NoHttpCache { get; init; }

    /// <summary>Treat package source failures as warnings (<c>--ignore-failed-sources</c>).</summary>
    public bool IgnoreFailedSources { get; init; }

    /// <summary>Restore only the given project, not its project references (<c>--no-dependencies</c>).</summary>
    public bool NoDependencies { get; init; }

    /// <summary>Restore one project at a time (<c>--disable-parallel</c>).</summary>
    public bool DisableParallel { get; init; }

    /// <summary>Restore for the runtime of this machine (<c>--use-current-runtime</c>).</summary>
    public bool UseCurrentRuntime { get; init; }

    private protected override string Command => "restore";

    private protected override void AddCommandOptions(DotNetArguments arguments) => arguments
        .Options("--source", Sources)
        .Option("--configfile", ConfigFile)
        .Option("--packages", PackageDirectory)
        .Flag("--locked-mode", LockedMode)
        .Flag("--use-lock-file", UseLockFile)
        .Option("--lock-file-path", LockFilePath)
        .Flag("--force-evaluate", ForceEvaluate)
        .Flag("--force", Force)
        .Flag("--no-http-cache", NoHttpCache)
        .Flag("--ignore-failed-sources", IgnoreFailedSources)
        .Flag("--no-dependencies", NoDependencies)
        .Flag("--disable-parallel", DisableParallel)
        .Flag("--use-current-runtime", UseCurrentRuntime);
}
