using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet publish</c>, for <see cref="DotNetTasks.DotNetPublish(ITargetContext, Func{DotNetPublishSettings, DotNetPublishSettings})"/>.</summary>
public sealed record DotNetPublishSettings : DotNetMSBuildSettings
{
    /// <summary>The configuration; <c>dotnet publish</c> defaults to <c>Release</c> for .NET 8 and later (<c>--configuration</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>The target framework (<c>--framework</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>Where the published files go (<c>--output</c>).</summary>
    public string? Output { get; init; }

    /// <summary>Publish what is already built; implies no restore (<c>--no-build</c>).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Skip the implicit restore (<c>--no-restore</c>).</summary>
    public bool NoRestore { get; init; }

    /// <summary>The <c>$(VersionSuffix)</c>, e.g. <c>beta.1</c> (<c>--version-suffix</c>).</summary>
    public string? VersionSuffix { get; init; }

    /// <summary>True: <c>--self-contained</c>; false: <c>--no-self-contained</c>; null: the project decides.</summary>
    public bool? SelfContained { get; init; }

    /// <summary>Publish for the runtime of this machine (<c>--use-current-runtime</c>).</summary>
    public bool UseCurrentRuntime { get; init; }

    /// <summary>The target architecture, e.g. <c>arm64</c> (<c>--arch</c>).</summary>
    public string? Architecture { get; init; }

    /// <summary>The target operating system, e.g. <c>linux</c> (<c>--os</c>).</summary>
    public string? OperatingSystem { get; init; }

    /// <summary>A manifest of packages to leave out (<c>--manifest</c>).</summary>
    public string? Manifest { get; init; }

    /// <summary>Bundle the app into one file (the <c>PublishSingleFile</c> property).</summary>
    public bool? PublishSingleFile { get; init; }

    /// <summary>Trim unused code (the <c>PublishTrimmed</c> property).</summary>
    public bool? PublishTrimmed { get; init; }

    /// <summary>Compile ahead of time to ReadyToRun images (the <c>PublishReadyToRun</c> property).</summary>
    public bool? PublishReadyToRun { get; init; }

    private protected override string Command => "publish";

    private protected override void AddCommandOptions(DotNetArguments arguments) => arguments
        .Option("--configuration", Configuration)
        .Option("--framework", Framework)
        .Option("--output", Output)
        .Flag("--no-build", NoBuild)
        .Flag("--no-restore", NoRestore)
        .Option("--version-suffix", VersionSuffix)
        .Switch(SelfContained, "--self-contained", "--no-self-contained")
        .Flag("--use-current-runtime", UseCurrentRuntime)
        .Option("--arch", Architecture)
        .Option("--os", OperatingSystem)
        .Option("--manifest", Manifest);

    private protected override void AddCommandProperties(DotNetArguments arguments) => arguments
        .Property("PublishSingleFile", PublishSingleFile)
        .Property("PublishTrimmed", PublishTrimmed)
        .Property("PublishReadyToRun", PublishReadyToRun);
}
