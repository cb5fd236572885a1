namespace Automation.Tools.MSBuild;

/// <summary>
/// The MSBuild verbosity for runs whose settings set none ([MSBuildVerbosityMapping]); async-local, set by the session
/// for its build's flow, so builds side by side in one process keep their own.
/// </summary>
internal static class MSBuildVerbosityDefault
{
    private static readonly AsyncLocal<MSBuildVerbosity?> Current = new();

    public static MSBuildVerbosity? Value
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>The settings with the default verbosity applied when they name none.</summary>
    public static MSBuildSettings Apply(MSBuildSettings settings) =>
        settings.Verbosity is null && Current.Value is { } verbosity ? settings with { Verbosity = verbosity } : settings;
}
