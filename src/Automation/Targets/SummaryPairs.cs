namespace Automation.Targets;

/// <summary>NUKE's <c>ReportSummary</c>: key-value pairs as notes on the running target's row of the summary.</summary>
internal static class SummaryPairs
{
    public static void Report(Configure<IDictionary<string, string>> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var target = CurrentTarget.Require("ReportSummary");
        foreach (var (key, value) in configurator(new Dictionary<string, string>(StringComparer.Ordinal)))
        {
            target.Note($"{key}: {value}");
        }
    }
}
