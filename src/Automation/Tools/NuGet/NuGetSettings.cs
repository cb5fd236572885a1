using Automation.Tools;

namespace Automation;

/// <summary>What <c>nuget.exe</c>'s commands share (NUKE's <c>NuGetPushSettings</c>, <c>NuGetPackSettings</c>, ...).</summary>
public abstract record NuGetSettings : ToolSettings
{
    // Only this assembly derives.
    private protected NuGetSettings()
    {
    }

    /// <summary>A NuGet.Config to use: <c>-ConfigFile</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>How much nuget.exe writes: <c>-Verbosity</c>.</summary>
    public NuGetVerbosity? Verbosity { get; init; }

    /// <summary>Never prompt: <c>-NonInteractive</c>.</summary>
    public bool? NonInteractive { get; init; }

    /// <summary>Adds the options every command has, after the command's own.</summary>
    private protected void AddCommon(ToolArguments arguments) =>
        arguments.Option("-ConfigFile", ConfigFile).Option("-Verbosity", Verbosity?.ToString().ToLowerInvariant()).Flag("-NonInteractive", NonInteractive);
}
