using Automation.Differential.Histories;
using Automation.Differential.Oracle;

namespace Automation.Differential.Comparison;

/// <summary>One generated history versioned by both engines, and how they differ.</summary>
public sealed record HistoryCase(History History, EngineAnswer Ours, EngineAnswer Theirs, IReadOnlyList<Difference> Differences)
{
    public IEnumerable<Difference> Unexplained => Differences.Where(difference => !difference.Deliberate);

    /// <summary>A readable account: seed, configuration, what is checked out, each difference, the git commands.</summary>
    public string Describe(bool withScript = true)
    {
        var text = $"seed {History.Seed} ({History.ConfigurationSummary()}), {History.Describe()}:\n"
            + string.Concat(Differences.Select(difference => $"  {difference}\n"));
        return withScript ? text + "  reproduce:\n" + string.Concat(ShellScriptWriter.Write(History).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => $"    {line}\n")) : text;
    }
}
