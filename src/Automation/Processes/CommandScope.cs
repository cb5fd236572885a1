namespace Automation.Processes;

/// <summary>The directory, environment additions and prefixes in force for commands, set by <c>ctx.Cd</c>, <c>ctx.WithEnvironment</c> and <c>ctx.Prefix</c>.</summary>
internal sealed record CommandScope(AbsolutePath Directory, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>The commands every command runs after, outermost first (<c>source env.sh</c>): with any, commands go through the shell.</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];

    public CommandScope WithVariables(IReadOnlyDictionary<string, string?> variables)
    {
        var merged = new Dictionary<string, string?>(Environment, OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            merged[name] = value;
        }

        return this with { Environment = merged };
    }
}
