using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// What <c>dotnet tool install</c> and <c>dotnet tool update</c> share: the tool package, where it goes (global, a
/// tool path, or the local manifest) and where it comes from. <see cref="PackageName"/> is required.
/// </summary>
public abstract record DotNetToolPackageSettings : DotNetSettings
{
    // Only this assembly derives: the argument-building hooks use internal types.
    private protected DotNetToolPackageSettings()
    {
    }

    /// <summary>The tool's package id, e.g. <c>dotnet-ef</c>. Required.</summary>
    public string? PackageName { get; init; }

    /// <summary>For the current user, on its PATH (<c>--global</c>).</summary>
    public bool Global { get; init; }

    /// <summary>Into the local tool manifest, <c>dotnet</c>'s default (<c>--local</c>).</summary>
    public bool Local { get; init; }

    /// <summary>Into this folder instead, created when missing (<c>--tool-path</c>).</summary>
    public string? ToolInstallationPath { get; init; }

    /// <summary>The local tool manifest. Default: the nearest <c>.config/dotnet-tools.json</c> (<c>--tool-manifest</c>).</summary>
    public string? ToolManifest { get; init; }

    /// <summary>The version or version range; default: the latest stable (<c>--version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>Consider prerelease versions (<c>--prerelease</c>).</summary>
    public bool Prerelease { get; init; }

    /// <summary>The target framework to install the tool for (<c>--framework</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>Package sources used in addition to the configured ones (<c>--add-source</c>, once per source).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The NuGet configuration file (<c>--configfile</c>).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>How much it writes (<c>--verbosity</c>).</summary>
    public DotNetVerbosity? Verbosity { get; init; }

    /// <summary>Allow a version lower than the one installed (<c>--allow-downgrade</c>).</summary>
    public bool AllowDowngrade { get; init; }

    /// <summary>Restore one package at a time (<c>--disable-parallel</c>).</summary>
    public bool DisableParallel { get; init; }

    /// <summary>Treat package source failures as warnings (<c>--ignore-failed-sources</c>).</summary>
    public bool IgnoreFailedSources { get; init; }

    /// <summary>Do not use the HTTP cache (<c>--no-http-cache</c>).</summary>
    public bool NoHttpCache { get; init; }

    /// <summary>Allow the command to stop for authentication (<c>--interactive</c>).</summary>
    public bool Interactive { get; init; }

    /// <summary>The <c>dotnet tool</c> command: <c>install</c> or <c>update</c>.</summary>
    private protected abstract string Command { get; }

    private protected sealed override void AddArguments(DotNetArguments arguments) => arguments
        .Add("tool", Command, string.IsNullOrEmpty(PackageName) ? throw new InvalidOperationException($"{GetType().Name}.{nameof(PackageName)} is required: the tool's package id.") : PackageName)
        .Flag("--global", Global)
        .Flag("--local", Local)
        .Option("--tool-path", ToolInstallationPath)
        .Option("--tool-manifest", ToolManifest)
        .Option("--version", Version)
        .Flag("--prerelease", Prerelease)
        .Option("--framework", Framework)
        .Options("--add-source", Sources)
        .Option("--configfile", ConfigFile)
        .Option("--verbosity", Verbosity)
        .Flag("--allow-downgrade", AllowDowngrade)
        .Flag("--disable-parallel", DisableParallel)
        .Flag("--ignore-failed-sources", IgnoreFailedSources)
        .Flag("--no-http-cache", NoHttpCache)
        .Flag("--interactive", Interactive);
}
