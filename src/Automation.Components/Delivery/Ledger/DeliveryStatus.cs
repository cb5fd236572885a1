using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Automation.Components;

/// <summary>
/// What the ledger says, as <c>automation :status</c> prints it: for the last versions, the outcome of each stage
/// (build stages and environments); and for each environment and host, the version live there, its configuration hash,
/// since when and by whom.
/// </summary>
public sealed class DeliveryStatus
{
    private DeliveryStatus(IReadOnlyList<VersionStages> versions, IReadOnlyList<string> stages, IReadOnlyList<LiveVersion> live)
    {
        Versions = versions;
        Stages = stages;
        Live = live;
    }

    /// <summary>The last versions, newest first, with the outcome of each stage they reached.</summary>
    public IReadOnlyList<VersionStages> Versions { get; }

    /// <summary>The stages, in the order the ledger first names them.</summary>
    public IReadOnlyList<string> Stages { get; }

    /// <summary>What is live, per environment and host.</summary>
    public IReadOnlyList<LiveVersion> Live { get; }

    /// <summary>One version's stage outcomes: <c>passed</c> or <c>failed</c>, the latest event of each stage deciding.</summary>
    public sealed record VersionStages(string Version, IReadOnlyDictionary<string, string> Outcomes)
    {
        /// <summary>The test counts of the stages whose latest event reported some.</summary>
        public IReadOnlyDictionary<string, TestCounts> Tests { get; init; } = new Dictionary<string, TestCounts>();
    }

    /// <summary>The version live on one host of an environment.</summary>
    public sealed record LiveVersion(string Environment, string Host, string Version, string? ConfigHash, DateTimeOffset Since, string By);

    /// <summary>The status of <paramref name="events"/> (oldest first), keeping the last <paramref name="versions"/> versions.</summary>
    public static DeliveryStatus From(IReadOnlyList<LedgerEvent> events, int versions = 10)
    {
        ArgumentNullException.ThrowIfNull(events);
        var stages = new List<string>();
        var outcomes = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var tests = new Dictionary<string, Dictionary<string, TestCounts>>(StringComparer.Ordinal);
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var live = new Dictionary<(string, string), LiveVersion>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Kind is LedgerEventKinds.Stage or LedgerEventKinds.Deploy)
            {
                if (!stages.Contains(e.Stage))
                {
                    stages.Add(e.Stage);
                }

                if (!outcomes.TryGetValue(e.Version, out var byStage))
                {
                    outcomes[e.Version] = byStage = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                byStage[e.Stage] = e.Succeeded ? "passed" : "failed";
                if (!tests.TryGetValue(e.Version, out var testsByStage))
                {
                    tests[e.Version] = testsByStage = new Dictionary<string, TestCounts>(StringComparer.Ordinal);
                }

                if (e.Tests is { } counts)
                {
                    testsByStage[e.Stage] = counts;
                }
                else
                {
                    testsByStage.Remove(e.Stage);
                }

                lastSeen[e.Version] = i;
            }

            // A healthy deploy makes its version live; a rollback switches whatever its health says.
            if (e.Host is { } host && ((e.Kind == LedgerEventKinds.Deploy && e.Succeeded) || e.Kind == LedgerEventKinds.Rollback))
            {
                live[(e.Stage, host)] = new LiveVersion(e.Stage, host, e.Version, e.ConfigHash, e.When, e.Who);
            }
        }

        var recent = lastSeen.OrderByDescending(pair => pair.Value).Take(versions)
            .Select(pair => new VersionStages(pair.Key, outcomes[pair.Key]) { Tests = tests[pair.Key] }).ToList();
        var environmentOrder = stages.ToList();
        var liveList = live.Values
            .OrderBy(l => environmentOrder.IndexOf(l.Environment) is var at and >= 0 ? at : int.MaxValue)
            .ThenBy(l => l.Host, StringComparer.Ordinal)
            .ToList();
        return new DeliveryStatus(recent, stages, liveList);
    }

    /// <summary>The two tables, for a terminal.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        if (Versions.Count == 0)
        {
            return "The delivery ledger has no events yet.\n";
        }

        text.Append("Versions (newest first)\n");
        Table(text, ["version", .. Stages], Versions.Select(v => (IReadOnlyList<string>)[v.Version, .. Stages.Select(s => Cell(v, s))]));
        text.Append("\nLive\n");
        if (Live.Count == 0)
        {
            text.Append("  nothing is deployed\n");
        }
        else
        {
            Table(text, ["environment", "host", "version", "config", "since", "by"], Live.Select(l => (IReadOnlyList<string>)
                [l.Environment, l.Host, l.Version, l.ConfigHash is { } hash ? hash[..Math.Min(12, hash.Length)] : "-", l.Since.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), l.By]));
        }

        return text.ToString();
    }

    /// <summary>The same as JSON: <c>{ "versions": [ { "version", "stages": { stage: outcome } } ], "live": [ ... ] }</c>.</summary>
    public string ToJson()
    {
        var root = new JsonObject
        {
            ["versions"] = new JsonArray(Versions.Select(v => (JsonNode)new JsonObject
            {
                ["version"] = v.Version,
                ["stages"] = new JsonObject(Stages.Where(v.Outcomes.ContainsKey).Select(s => KeyValuePair.Create(s, (JsonNode?)v.Outcomes[s]))),
                ["tests"] = new JsonObject(Stages.Where(v.Tests.ContainsKey).Select(s => KeyValuePair.Create(s, (JsonNode?)new JsonObject
                {
                    ["passed"] = v.Tests[s].Passed,
                    ["failed"] = v.Tests[s].Failed,
                    ["skipped"] = v.Tests[s].Skipped,
                }))),
            }).ToArray()),
            ["live"] = new JsonArray(Live.Select(l => (JsonNode)new JsonObject
            {
                ["environment"] = l.Environment,
                ["host"] = l.Host,
                ["version"] = l.Version,
                ["configHash"] = l.ConfigHash,
                ["since"] = l.Since.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                ["by"] = l.By,
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    // "passed", or with the tests the stage ran: "passed (12 tests)", "failed (2 of 14 tests)".
    private static string Cell(VersionStages version, string stage)
    {
        var outcome = version.Outcomes.GetValueOrDefault(stage, "-");
        if (!version.Tests.TryGetValue(stage, out var counts))
        {
            return outcome;
        }

        var total = counts.Passed + counts.Failed + counts.Skipped;
        return counts.Failed > 0 ? $"{outcome} ({counts.Failed} of {total} tests)" : $"{outcome} ({total} tests)";
    }

    private static void Table(StringBuilder text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = header.Select((_, column) => all.Max(row => row[column].Length)).ToList();
        foreach (var row in all)
        {
            text.Append("  ").Append(string.Join("  ", row.Select((cell, column) => column == row.Count - 1 ? cell : cell.PadRight(widths[column])))).Append('\n');
        }
    }
}
