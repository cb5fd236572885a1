using Automation.Tools.Resolution;

namespace Automation.Tools.Delegates;

/// <summary>
/// Finds programs the way NUKE's tool attributes and resolvers do, against one environment: a <c>&lt;NAME&gt;_EXE</c>
/// variable, PATH, a path relative to the repository root, or a file inside a NuGet package.
/// </summary>
internal sealed class ToolLookup(ToolEnvironment environment)
{
    /// <summary>The process's environment, relative paths against the running target's root (else the current directory).</summary>
    public static ToolLookup Ambient()
    {
        var root = CurrentTarget.ContextOrNull?.RootDirectory ?? AbsolutePath.Create(Environment.CurrentDirectory);
        var variables = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty, ToolPlatform.Current.FileNames);
        return new ToolLookup(new ToolEnvironment(root, variables, ToolPlatform.Current));
    }

    /// <summary>The build's environment and root, for value injection.</summary>
    public static ToolLookup Of(IAutomationBuild build) => new(new ToolEnvironment(build.RootDirectory, build.EnvironmentVariables, ToolPlatform.Current));

    /// <summary>A <see cref="Tool"/> running <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">No file there.</exception>
    public Tool ToolAt(string path, string origin)
    {
        var full = environment.FullPath(path);
        return File.Exists(full)
            ? new ToolExecutor(full, DotNetHost.Find(environment)).Tool
            : throw new FileNotFoundException($"{origin}: no file at {full}.", full);
    }

    /// <summary>The file a variable names, or null when the variable is not set.</summary>
    /// <exception cref="FileNotFoundException">The variable names no file.</exception>
    public string? FromVariable(string variable)
    {
        if (environment.Get(variable) is not { } value)
        {
            return null;
        }

        var full = environment.FullPath(value);
        return File.Exists(full) ? full : throw new FileNotFoundException($"{variable} is set to '{value}', but no file exists at {full}. Correct or unset {variable}.", full);
    }

    /// <summary>The file on PATH (or at the path given); the name as written first, then in lower case.</summary>
    /// <exception cref="FileNotFoundException">Not on PATH.</exception>
    public string OnPath(string name)
    {
        if (name.IndexOfAny(['/', '\\']) >= 0 && File.Exists(environment.FullPath(name)))
        {
            return environment.FullPath(name);
        }

        return PathSearch.Find(name, environment)
            ?? PathSearch.Find(name.ToLowerInvariant(), environment)
            ?? throw new FileNotFoundException($"'{name}' is not on PATH. Install it, or set {ToolEnvironment.OverrideVariable(name)} to its path.");
    }

    /// <summary>A file of a NuGet package the build project references or downloads (see <see cref="PackageExecutable"/>).</summary>
    public string InPackage(string packageId, string packageExecutable, string? version, string? framework) =>
        new PackageExecutable(environment).Find(packageId, packageExecutable, version, framework);

    /// <summary>The dotnet that runs tool assemblies.</summary>
    public string DotNet => DotNetHost.Find(environment);

    /// <summary>The root, variables and platform this lookup reads.</summary>
    public ToolEnvironment Context => environment;
}
