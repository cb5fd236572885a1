using Automation.Differential.Histories;
using Automation.Differential.Oracle;

namespace Automation.Differential.Comparison;

/// <summary>One generated history versioned by both engines, and how they differ.</summary>
public sealed record HistoryCase(History History, EngineAnswer Ours, EngineAnswer Theirs, IReadOnlyList<Difference> Differences)
{
    /// <summary>The differences neither deliberate nor known and not yet fixed (<see cref="DeliberateDifferences.NotYetFixed"/>).</summary>
    public IEnumerable<Difference> Unexplained => KnownNotYetFixed is null ? Differences.Where(difference => !difference.Deliberate) : [];

    /// <summary>The pattern of a seed whose differences are known and not yet fixed, or null.</summary>
    public string? KnownNotYetFixed => Differences.Count > 0 && DeliberateDifferences.NotYetFixed.TryGetValue(History.Seed, out var pattern) ? pattern : null;

    /// <summary>A readable account: seed, configuration, what is checked out, each difference, the git commands.</summary>
    public string Describe(bool withScript = true)
    {
        var text = $"seed {History.Seed} ({History.ConfigurationSummary()}), {History.Describe()}"
            + (KnownNotYetFixed is { } pattern ? $" (known, not yet fixed: {pattern})" : string.Empty) + ":\n"
            + string.Concat(Differences.Select(difference => $"  {difference}\n"));
        return withScript ? text + "  reproduce:\n" + string.Concat(ShellScriptWriter.Write(History).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => $"    {line}\n")) : text;
    }
}
