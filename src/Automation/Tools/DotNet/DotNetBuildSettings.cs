using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet build</c>, for <see cref="DotNetTasks.DotNetBuild(ITargetContext, Func{DotNetBuildSettings, DotNetBuildSettings})"/>.</summary>
public sealed record DotNetBuildSettings : DotNetMSBuildSettings
{
    /// <summary>The configuration, e.g. <c>Release</c> (<c>--configuration</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>The target framework, e.g. <c>net10.0</c> (<c>--framework</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>Where the built files go (<c>--output</c>).</summary>
    public string? Output { get; init; }

    /// <summary>Skip the implicit restore (<c>--no-restore</c>).</summary>
    public bool NoRestore { get; init; }

    /// <summary>Rebuild everything (<c>--no-incremental</c>).</summary>
    public bool NoIncremental { get; init; }

    /// <summary>Build only the given project, not its project references (<c>--no-dependencies</c>).</summary>
    public bool NoDependencies { get; init; }

    /// <summary>The <c>$(VersionSuffix)</c>, e.g. <c>beta.1</c> (<c>--version-suffix</c>).</summary>
    public string? VersionSuffix { get; init; }

    /// <summary>True: <c>--self-contained</c>; false: <c>--no-self-contained</c>; null: the project decides.</summary>
    public bool? SelfContained { get; init; }

    /// <summary>Build for the runtime of this machine (<c>--use-current-runtime</c>).</summary>
    public bool UseCurrentRuntime { get; init; }

    /// <summary>The target architecture, e.g. <c>arm64</c> (<c>--arch</c>).</summary>
    public string? Architecture { get; init; }

    /// <summary>The target operating system, e.g. <c>linux</c> (<c>--os</c>).</summary>
    public string? OperatingSystem { get; init; }

    // The implicit restore's options, which dotnet build passes on (NUKE's DotNetBuildSettings has them too).

    /// <summary>Package sources for the implicit restore instead of the configured ones (<c>--source</c>, once per source).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The implicit restore resolves all dependencies even if the last restore succeeded (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>The implicit restore restores one project at a time (<c>--disable-parallel</c>).</summary>
    public bool DisableParallel { get; init; }

    private protected override string Command => "build";

    private protected override void AddCommandOptions(DotNetArguments arguments) => arguments
        .Option("--configuration", Configuration)
        .Option("--framework", Framework)
        .Option("--output", Output)
        .Flag("--no-restore", NoRestore)
        .Flag("--no-incremental", NoIncremental)
        .Flag("--no-dependencies", NoDependencies)
        .Option("--version-suffix", VersionSuffix)
        .Switch(SelfContained, "--self-contained", "--no-self-contained")
        .Flag("--use-current-runtime", UseCurrentRuntime)
        .Option("--arch", Architecture)
        .Option("--os", OperatingSystem)
        .Options("--source", Sources)
        .Flag("--force", Force)
        .Flag("--disable-parallel", DisableParallel);
}
