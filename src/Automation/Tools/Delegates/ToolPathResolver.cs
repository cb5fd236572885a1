using Automation.Tools.Delegates;

namespace Automation;

/// <summary>NUKE's <c>ToolPathResolver</c>: where a program is, without running it. Variables are the process's.</summary>
public static class ToolPathResolver
{
    /// <summary>The file an environment variable names, or null when it is not set.</summary>
    /// <param name="environmentExecutable">The variable (<c>GIT_EXE</c>).</param>
    /// <returns>The full path, or null.</returns>
    /// <exception cref="FileNotFoundException">The variable names no file.</exception>
    public static string? TryGetEnvironmentExecutable(string environmentExecutable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(environmentExecutable);
        return ToolLookup.Ambient().FromVariable(environmentExecutable);
    }

    /// <summary>The full path of a program on PATH (or of the file when a path is given).</summary>
    /// <param name="pathExecutable">The program's name.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="FileNotFoundException">It is not on PATH.</exception>
    public static string GetPathExecutable(string pathExecutable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathExecutable);
        return ToolLookup.Ambient().OnPath(pathExecutable);
    }

    /// <summary>NUKE 5's name of <see cref="NuGetToolPathResolver.GetPackageExecutable"/>.</summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable">The program's file name inside it.</param>
    /// <param name="version">The version; default: the one of the build project.</param>
    /// <param name="framework">The framework folder, when the package has several.</param>
    /// <returns>The full path.</returns>
    public static string GetPackageExecutable(string packageId, string packageExecutable, string? version = null, string? framework = null) =>
        NuGetToolPathResolver.GetPackageExecutable(packageId, packageExecutable, version, framework);
}
