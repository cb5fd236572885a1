namespace Automation.Tools.Resolution;

/// <summary>The repository root, the build's environment variables and the platform, as tool resolution reads them.</summary>
internal sealed class ToolEnvironment(AbsolutePath root, IReadOnlyDictionary<string, string> variables, ToolPlatform platform)
{
    /// <summary>The repository root; relative paths are resolved against it.</summary>
    public AbsolutePath Root => root;

    /// <summary>The platform rules in force.</summary>
    public ToolPlatform Platform => platform;

    /// <summary>The NuGet global packages folder: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>; null when there is no home.</summary>
    public string? GlobalPackagesFolder =>
        Get("NUGET_PACKAGES") is { } packages ? FullPath(packages)
        : Home is { } home ? Path.Combine(home, ".nuget", "packages")
        : null;

    /// <summary>The user's home: <c>HOME</c> (<c>USERPROFILE</c> on Windows), else the platform's.</summary>
    public string? Home => Get(platform.IsWindows ? "USERPROFILE" : "HOME") ?? platform.HomeDirectory;

    /// <summary>The variable <c>&lt;TOOL&gt;_EXE</c> that overrides a tool: upper case, <c>-</c> and <c>.</c> become <c>_</c>.</summary>
    public static string OverrideVariable(string toolName) =>
        toolName.ToUpperInvariant().Replace('-', '_').Replace('.', '_') + "_EXE";

    /// <summary>A variable's value; null when unset or empty. Names ignore case on Windows.</summary>
    public string? Get(string name)
    {
        if (!variables.TryGetValue(name, out var value) && platform.IsWindows)
        {
            value = variables.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>A path made absolute against the repository root.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, root);
}
