using Automation.Versioning;

namespace Automation.Components;

/// <summary>The MSBuild properties that stamp assemblies and packages with the computed version.</summary>
public static class VersionProperties
{
    /// <summary>
    /// The version properties when the build implements <see cref="IVersion"/>, else none (the projects' own version
    /// stands). The informational version already names the commit, so the SDK's Source Link does not append it again.
    /// </summary>
    /// <param name="build">The build.</param>
    public static IReadOnlyDictionary<string, string> Of(IAutomationBuild build) =>
        build is IVersion versioned ? For(versioned.CurrentVersion) : new Dictionary<string, string>();

    /// <summary>The version properties for one computed version.</summary>
    /// <param name="version">The version.</param>
    public static IReadOnlyDictionary<string, string> For(VersionVariables version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new Dictionary<string, string>
        {
            ["Version"] = version.SemVer,
            ["PackageVersion"] = version.SemVer,
            ["AssemblyVersion"] = version.AssemblySemVer,
            ["FileVersion"] = version.AssemblySemFileVer,
            ["InformationalVersion"] = version.InformationalVersion,
            ["IncludeSourceRevisionInInformationalVersion"] = "false",
        };
    }
}
