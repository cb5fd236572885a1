using Automation.Tools.Delegates;

namespace Automation;

/// <summary>NUKE's <c>NuGetToolPathResolver</c>: the path of a program inside a NuGet package of the build project.</summary>
public static class NuGetToolPathResolver
{
    /// <summary>
    /// The program inside a package the build project downloads or references, in the NuGet global packages folder
    /// (see <see cref="NuGetPackageAttribute"/> for the rules).
    /// </summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable">The program's file name inside it (<c>|</c> separates alternatives).</param>
    /// <param name="version">The version; default: the one of the build project.</param>
    /// <param name="framework">The framework folder, when the package has several.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="FileNotFoundException">The package is not restored or has no such file; the message says what to add.</exception>
    public static string GetPackageExecutable(string packageId, string packageExecutable, string? version = null, string? framework = null) =>
        ToolLookup.Ambient().InPackage(packageId, packageExecutable, version, framework);
}
