namespace Automation.Components;

/// <summary>Which program computes the version of <see cref="IVersion"/>.</summary>
public enum VersioningEngine
{
    /// <summary>The engine built into Automation (GitVersion 6's rules, nothing to install; the default).</summary>
    BuiltIn,

    /// <summary>
    /// The real GitVersion program, for teams that need byte-identical results: a local tool (<c>GitVersion.Tool</c>
    /// in <c>.config/dotnet-tools.json</c>), the path in <see cref="IVersion.GitVersionPath"/>, or the program in the
    /// GitVersion.Tool or GitVersion.MsBuild package of the NuGet packages folder.
    /// </summary>
    GitVersion,
}
