using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet run</c>, for <see cref="DotNetTasks.DotNetRun(Configure{DotNetRunSettings})"/>.</summary>
public sealed record DotNetRunSettings : DotNetMSBuildSettings
{
    /// <summary>The configuration, e.g. <c>Release</c> (<c>--configuration</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>The target framework to run (<c>--framework</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>Run without building first (<c>--no-build</c>).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Skip the implicit restore (<c>--no-restore</c>).</summary>
    public bool NoRestore { get; init; }

    /// <summary>The launch profile of <c>launchSettings.json</c> to use (<c>--launch-profile</c>).</summary>
    public string? LaunchProfile { get; init; }

    /// <summary>Ignore <c>launchSettings.json</c> (<c>--no-launch-profile</c>).</summary>
    public bool NoLaunchProfile { get; init; }

    /// <summary>The program's own arguments, passed after <c>--</c> as they are.</summary>
    public IReadOnlyList<string> ApplicationArguments { get; init; } = [];

    private protected override string Command => "run";

    private protected override string? ProjectOption => "--project";

    private protected override void AddCommandOptions(DotNetArguments arguments) => arguments
        .Option("--configuration", Configuration)
        .Option("--framework", Framework)
        .Flag("--no-build", NoBuild)
        .Flag("--no-restore", NoRestore)
        .Option("--launch-profile", LaunchProfile)
        .Flag("--no-launch-profile", NoLaunchProfile);

    private protected override void AddTrailingArguments(DotNetArguments arguments)
    {
        if (ApplicationArguments.Count > 0)
        {
            arguments.Add("--").Add(ApplicationArguments);
        }
    }
}
