namespace Automation.Processes;

/// <summary>The directory and environment additions in force for commands, set by <c>ctx.Cd</c> and <c>ctx.WithEnvironment</c>.</summary>
internal sealed record CommandScope(AbsolutePath Directory, IReadOnlyDictionary<string, string?> Environment)
{
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
