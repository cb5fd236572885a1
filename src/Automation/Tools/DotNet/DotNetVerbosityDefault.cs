namespace Automation.Tools.DotNet;

/// <summary>
/// The <c>dotnet</c> verbosity for commands whose settings set none ([DotNetVerbosityMapping]); async-local, set by
/// the session for its build's flow, so builds side by side in one process keep their own.
/// </summary>
internal static class DotNetVerbosityDefault
{
    private static readonly AsyncLocal<DotNetVerbosity?> Current = new();

    public static DotNetVerbosity? Value
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>The settings with the default verbosity applied when they name none.</summary>
    public static DotNetSettings Apply(DotNetSettings settings) =>
        settings is DotNetMSBuildSettings { Verbosity: null } msbuild && Current.Value is { } verbosity ? msbuild with { Verbosity = verbosity } : settings;
}
