using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet tool uninstall</c>, for <see cref="DotNetTasks.DotNetToolUninstall(ITargetContext, Func{DotNetToolUninstallSettings, DotNetToolUninstallSettings})"/>.</summary>
public sealed record DotNetToolUninstallSettings : DotNetSettings
{
    /// <summary>The tool's package id, e.g. <c>dotnet-ef</c>. Required.</summary>
    public string? PackageName { get; init; }

    /// <summary>From the current user's tools (<c>--global</c>).</summary>
    public bool Global { get; init; }

    /// <summary>From the local tool manifest (<c>--local</c>).</summary>
    public bool Local { get; init; }

    /// <summary>From this folder (<c>--tool-path</c>).</summary>
    public string? ToolInstallationPath { get; init; }

    /// <summary>The local tool manifest. Default: the nearest <c>.config/dotnet-tools.json</c> (<c>--tool-manifest</c>).</summary>
    public string? ToolManifest { get; init; }

    private protected override void AddArguments(DotNetArguments arguments) => arguments
        .Add("tool", "uninstall", string.IsNullOrEmpty(PackageName) ? throw new InvalidOperationException($"{nameof(DotNetToolUninstallSettings)}.{nameof(PackageName)} is required: the tool's package id.") : PackageName)
        .Flag("--global", Global)
        .Flag("--local", Local)
        .Option("--tool-path", ToolInstallationPath)
        .Option("--tool-manifest", ToolManifest);
}
