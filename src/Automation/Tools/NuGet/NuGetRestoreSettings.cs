using Automation.Tools;

namespace Automation;

/// <summary>What <c>nuget restore</c> restores (NUKE's <c>NuGetRestoreSettings</c>): a solution, <c>packages.config</c> or project, and where to.</summary>
public sealed record NuGetRestoreSettings : NuGetSettings
{
    /// <summary>The solution, <c>packages.config</c> or project to restore. Default: the solution in the working directory.</summary>
    public string? TargetPath { get; init; }

    /// <summary>Where packages are installed: <c>-PackagesDirectory</c>.</summary>
    public string? PackagesDirectory { get; init; }

    /// <summary>The solution's directory, when restoring a <c>packages.config</c>: <c>-SolutionDirectory</c>.</summary>
    public string? SolutionDirectory { get; init; }

    /// <summary>The package sources to use instead of the configured ones: <c>-Source</c>, once per source.</summary>
    public IReadOnlyList<string> Source { get; init; } = [];

    /// <summary>Do not use the local HTTP cache: <c>-NoHttpCache</c>.</summary>
    public bool? NoHttpCache { get; init; }

    /// <summary>The MSBuild nuget.exe uses to read projects: <c>-MSBuildPath</c>.</summary>
    public string? MSBuildPath { get; init; }

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add("restore", TargetPath).Option("-PackagesDirectory", PackagesDirectory).Option("-SolutionDirectory", SolutionDirectory)
            .Repeated("-Source", Source).Flag("-NoHttpCache", NoHttpCache).Option("-MSBuildPath", MSBuildPath);
        AddCommon(arguments);
    }
}
