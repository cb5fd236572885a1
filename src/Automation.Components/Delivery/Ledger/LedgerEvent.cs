using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automation.Components;

/// <summary>
/// One event of the delivery ledger: a build stage passed or failed, a deploy, a health check, an approval, a gate
/// override or a rollback. Events are immutable; the ledger only ever appends them.
/// </summary>
public sealed record LedgerEvent
{
    /// <summary>A unique id, so that an event copied onto another writer's history is still recognised as the same.</summary>
    public string Id { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>What happened: one of the <see cref="LedgerEventKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The version the event is about (<c>1.2.0</c>).</summary>
    public required string Version { get; init; }

    /// <summary>The stage: a target name for build stages (<c>integration-test</c>), the environment for the others.</summary>
    public required string Stage { get; init; }

    /// <summary>Whether it went well: <see cref="LedgerOutcomes.Succeeded"/> or <see cref="LedgerOutcomes.Failed"/>.</summary>
    public required string Outcome { get; init; }

    /// <summary>Who did it: the CI actor or the git identity.</summary>
    public required string Who { get; init; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset When { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The commit the version was built from, when known.</summary>
    public string? Commit { get; init; }

    /// <summary>The host of a deploy or rollback (<c>local:/srv/app</c>, <c>ssh://deploy@web1:22/srv/app</c>).</summary>
    public string? Host { get; init; }

    /// <summary>The SHA-256 of the configuration rendered for the host, for deploys.</summary>
    public string? ConfigHash { get; init; }

    /// <summary>The tests a build stage ran (<c>12 passed, 0 failed, 1 skipped</c>), when its target reported them.</summary>
    public TestCounts? Tests { get; init; }

    /// <summary>Why: the reason of a gate override, the cause of a failure, the version rolled back from.</summary>
    public string? Reason { get; init; }

    /// <summary>Whether the event says the stage succeeded.</summary>
    [JsonIgnore]
    public bool Succeeded => Outcome == LedgerOutcomes.Succeeded;

    /// <summary>The event as one line of JSON, the form it takes in the ledger.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);

    /// <summary>Reads an event written by <see cref="ToJson"/>; null for text that is not one.</summary>
    public static LedgerEvent? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<LedgerEvent>(json, SerializerOptions);
        }
        catch (JsonException)
        {
            // A foreign commit on the ledger ref (a hand-made one, say) is not an event; reading goes on without it.
            return null;
        }
    }

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
