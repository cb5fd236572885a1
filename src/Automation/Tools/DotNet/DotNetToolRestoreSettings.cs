using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet tool restore</c> (the local tools in <c>.config/dotnet-tools.json</c>), for <see cref="DotNetTasks.DotNetToolRestore(ITargetContext, Func{DotNetToolRestoreSettings, DotNetToolRestoreSettings})"/>.</summary>
public sealed record DotNetToolRestoreSettings : DotNetSettings
{
    /// <summary>The tool manifest. Default: the nearest <c>.config/dotnet-tools.json</c> (<c>--tool-manifest</c>).</summary>
    public string? ToolManifest { get; init; }

    /// <summary>The NuGet configuration file (<c>--configfile</c>).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Package sources used in addition to the configured ones (<c>--add-source</c>, once per source).</summary>
    public IReadOnlyList<string> AddSources { get; init; } = [];

    /// <summary>How much it writes (<c>--verbosity</c>).</summary>
    public DotNetVerbosity? Verbosity { get; init; }

    /// <summary>Restore one tool at a time (<c>--disable-parallel</c>).</summary>
    public bool DisableParallel { get; init; }

    /// <summary>Treat package source failures as warnings (<c>--ignore-failed-sources</c>).</summary>
    public bool IgnoreFailedSources { get; init; }

    /// <summary>Do not use the HTTP cache (<c>--no-http-cache</c>).</summary>
    public bool NoHttpCache { get; init; }

    /// <summary>Allow the command to stop for authentication (<c>--interactive</c>).</summary>
    public bool Interactive { get; init; }

    private protected override void AddArguments(DotNetArguments arguments) => arguments
        .Add("tool", "restore")
        .Option("--tool-manifest", ToolManifest)
        .Option("--configfile", ConfigFile)
        .Options("--add-source", AddSources)
        .Option("--verbosity", Verbosity)
        .Flag("--disable-parallel", DisableParallel)
        .Flag("--ignore-failed-sources", IgnoreFailedSources)
        .Flag("--no-http-cache", NoHttpCache)
        .Flag("--interactive", Interactive);
}
