using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet clean</c>, for <see cref="DotNetTasks.DotNetClean(Configure{DotNetCleanSettings})"/>.</summary>
public sealed record DotNetCleanSettings : DotNetMSBuildSettings
{
    /// <summary>The configuration to clean, e.g. <c>Release</c> (<c>--configuration</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>The target framework to clean (<c>--framework</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>The folder the build wrote to (<c>--output</c>).</summary>
    public string? Output { get; init; }

    private protected override string Command => "clean";

    private protected override void AddCommandOptions(DotNetArguments arguments) => arguments
        .Option("--configuration", Configuration)
        .Option("--framework", Framework)
        .Option("--output", Output);
}
