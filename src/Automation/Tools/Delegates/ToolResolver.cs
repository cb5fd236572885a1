using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// Makes <see cref="Tool"/> delegates by hand, as NUKE's <c>ToolResolver</c>: <c>ToolResolver.GetPathTool("npm")</c>.
/// Variables are the process's; a relative path starts at the running target's root (else the current directory).
/// The tool attributes (<see cref="PathVariableAttribute"/>, <see cref="NuGetPackageAttribute"/>,
/// <see cref="LocalPathAttribute"/>) do the same for a field of the build.
/// </summary>
public static class ToolResolver
{
    /// <summary>A tool running the program at <paramref name="toolPath"/> (a <c>.dll</c> runs with dotnet).</summary>
    /// <param name="toolPath">The program's path.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="FileNotFoundException">No file there.</exception>
    public static Tool GetTool(string toolPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toolPath);
        return ToolLookup.Ambient().ToolAt(toolPath, "GetTool");
    }

    /// <summary>A tool found on PATH (the name as written, then in lower case).</summary>
    /// <param name="name">The program's name.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="FileNotFoundException">It is not on PATH.</exception>
    public static Tool GetPathTool(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var lookup = ToolLookup.Ambient();
        return lookup.ToolAt(lookup.OnPath(name), name);
    }

    /// <summary>The tool named by the variable <c>&lt;NAME&gt;_EXE</c>, or null when it is not set.</summary>
    /// <param name="name">The tool's name (<c>git</c> reads <c>GIT_EXE</c>).</param>
    /// <returns>The tool, or null.</returns>
    /// <exception cref="FileNotFoundException">The variable names no file.</exception>
    public static Tool? TryGetEnvironmentTool(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var lookup = ToolLookup.Ambient();
        return lookup.FromVariable(ToolEnvironment.OverrideVariable(name)) is { } path ? lookup.ToolAt(path, name) : null;
    }

    /// <summary>The tool named by <c>&lt;NAME&gt;_EXE</c>, else found on PATH.</summary>
    /// <param name="name">The tool's name.</param>
    /// <returns>The tool.</returns>
    public static Tool GetEnvironmentOrPathTool(string name) => TryGetEnvironmentTool(name) ?? GetPathTool(name);

    /// <summary>A tool inside a NuGet package the build project downloads or references (see <see cref="NuGetPackageAttribute"/>).</summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable">The program's file name inside it (<c>|</c> separates alternatives).</param>
    /// <param name="version">The version; default: the one of the build project.</param>
    /// <param name="framework">The framework folder to take it from, when the package has several.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="FileNotFoundException">The package is not restored or has no such file; the message says what to add.</exception>
    public static Tool GetNuGetTool(string packageId, string packageExecutable, string? version = null, string? framework = null)
    {
        var lookup = ToolLookup.Ambient();
        return lookup.ToolAt(lookup.InPackage(packageId, packageExecutable, version, framework), packageId);
    }

    /// <summary>NUKE 5's name of <see cref="GetNuGetTool"/>.</summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable">The program's file name inside it.</param>
    /// <param name="version">The version; default: the one of the build project.</param>
    /// <param name="framework">The framework folder, when the package has several.</param>
    /// <returns>The tool.</returns>
    public static Tool GetPackageTool(string packageId, string packageExecutable, string? version = null, string? framework = null) =>
        GetNuGetTool(packageId, packageExecutable, version, framework);

    /// <summary>NUKE 5's tool at a path relative to the repository root.</summary>
    /// <param name="absoluteOrRelativePath">The program's path.</param>
    /// <returns>The tool.</returns>
    public static Tool GetLocalTool(string absoluteOrRelativePath) => GetTool(absoluteOrRelativePath);
}
