using System.Collections.Concurrent;
using Automation.Tools.Resolution;

namespace Automation.Tools;

/// <summary>
/// Finds tools for <see cref="ITargetContext.ResolveTool"/>, in this order: an explicit path; the <c>&lt;TOOL&gt;_EXE</c>
/// environment variable; the repository's local tool manifest (restoring local tools once when the tool is missing); tools
/// inside packages the build project downloads (<c>PackageDownload</c>); PATH. A path ending in <c>.dll</c> runs with the
/// build's dotnet. One resolver serves one build; it caches what it found and is safe to use from parallel targets.
/// </summary>
internal sealed class ToolLocator
{
    private readonly ToolEnvironment _environment;
    private readonly Lazy<string> _dotnet;
    private readonly LocalToolSource _localTools;
    private readonly PackageDownloadSource _packageDownloads;
    private readonly ConcurrentDictionary<(string Name, string? ExplicitPath), Lazy<ToolCommand>> _resolved = new();

    /// <summary>Creates a resolver for one build.</summary>
    /// <param name="root">The repository root: the manifest and build project are looked up there; relative paths start there.</param>
    /// <param name="environment">The build's environment variables.</param>
    /// <param name="platform">The platform rules; the current machine's by default (tests pass Windows rules on Linux).</param>
    public ToolLocator(AbsolutePath root, IReadOnlyDictionary<string, string> environment, ToolPlatform? platform = null)
    {
        _environment = new ToolEnvironment(root, environment, platform ?? ToolPlatform.Current);
        _dotnet = new Lazy<string>(() => DotNetHost.Find(_environment));
        _localTools = new LocalToolSource(_environment, () => _dotnet.Value);
        _packageDownloads = new PackageDownloadSource(_environment, () => _dotnet.Value);
    }

    /// <summary>How to start <paramref name="name"/>.</summary>
    /// <exception cref="ToolNotFoundException">No step found it, or an explicit path or <c>&lt;TOOL&gt;_EXE</c> names no file.</exception>
    public ToolCommand Resolve(string name, string? explicitPath, ITargetContext context)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(context);
        if (name.IndexOfAny(['/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{name}' is a path, not a tool name; pass it as the explicit path.", nameof(name));
        }

        var key = (name, string.IsNullOrWhiteSpace(explicitPath) ? null : explicitPath);
        var entry = _resolved.GetOrAdd(key, k => new Lazy<ToolCommand>(() => Find(k.Name, k.ExplicitPath, context)));
        try
        {
            return entry.Value;
        }
        catch
        {
            // Not cached: a later target may have installed the tool.
            _resolved.TryRemove(new KeyValuePair<(string, string?), Lazy<ToolCommand>>(key, entry));
            throw;
        }
    }

    private ToolCommand Find(string name, string? explicitPath, ITargetContext context)
    {
        var command = FindCommand(name, explicitPath, context);
        context.Debug($"Tool '{name}' from {command.Source}: {string.Join(" ", [command.Program, .. command.PrefixArguments])}");
        return command;
    }

    private ToolCommand FindCommand(string name, string? explicitPath, ITargetContext context)
    {
        if (explicitPath is not null)
        {
            return FromFile(explicitPath, "explicit path")
                ?? throw new ToolNotFoundException(name, $"Tool '{name}': the explicit path {_environment.FullPath(explicitPath)} does not exist.");
        }

        var variable = ToolEnvironment.OverrideVariable(name);
        if (_environment.Get(variable) is { } overridden)
        {
            return FromFile(overridden, variable)
                ?? throw new ToolNotFoundException(name, $"Tool '{name}': {variable} is set to '{overridden}', but no file exists at {_environment.FullPath(overridden)}. Correct or unset {variable}.");
        }

        if (name == "dotnet")
        {
            // Not a tool to look up: the SDK running this build (or PATH's) is the one every dotnet command should use.
            return new ToolCommand(_dotnet.Value, [], "the dotnet running the build");
        }

        var searched = new List<string> { $"environment variable {variable}: not set" };
        return _localTools.Find(name, context, searched)
            ?? _packageDownloads.Find(name, searched)
            ?? FromPath(name)
            ?? throw new ToolNotFoundException(name, MissingToolMessage.Create(name, searched, _environment, _packageDownloads.Project));
    }

    private ToolCommand? FromFile(string path, string source)
    {
        var full = _environment.FullPath(path);
        if (!File.Exists(full))
        {
            return null;
        }

        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ToolCommand(_dotnet.Value, [full], source)
            : new ToolCommand(full, [], source);
    }

    private ToolCommand? FromPath(string name) =>
        PathSearch.Find(name, _environment) is { } path ? new ToolCommand(path, [], "PATH") : null;
}
