using Automation.Components;
using Automation.Tests.Support;

namespace Automation.Tests.Components.Delivery;

public sealed class DeliveryStatusTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A pipeline: two versions through tests and staging, one to production, a broken one rolled back.</summary>
    private static readonly IReadOnlyList<LedgerEvent> Pipeline =
    [
        Event(LedgerEventKinds.Stage, "1.0.0", "integration-test", true, 0) with { Tests = new TestCounts(12, 0, 1) },
        Event(LedgerEventKinds.Deploy, "1.0.0", "staging", true, 5, "/srv/app", "a1b2c3d4e5f60718"),
        Event(LedgerEventKinds.Approval, "1.0.0", "production", true, 6, who: "release@sample.invalid"),
        Event(LedgerEventKinds.Deploy, "1.0.0", "production", true, 7, "ssh://deploy@web1:22/srv/app", "0f1e2d3c4b5a6978", "release@sample.invalid"),
        Event(LedgerEventKinds.Stage, "1.1.0", "integration-test", true, 20),
        Event(LedgerEventKinds.Deploy, "1.1.0", "staging", true, 25, "/srv/app", "99aa88bb77cc66dd"),
        Event(LedgerEventKinds.Stage, "1.2.0", "integration-test", false, 40) with { Tests = new TestCounts(11, 2, 0) },
        Event(LedgerEventKinds.Deploy, "1.2.0", "staging", false, 45, "/srv/app", "1111222233334444"),
        Event(LedgerEventKinds.Rollback, "1.1.0", "staging", true, 46, "/srv/app", "99aa88bb77cc66dd"),
    ];

    [Fact]
    public void Status_table_shows_stages_per_version_and_what_is_live_where() =>
        ExpectedFile.Match(DeliveryStatus.From(Pipeline).ToText(), "status");

    [Fact]
    public void Status_json_has_the_same_facts() =>
        ExpectedFile.Match(DeliveryStatus.From(Pipeline).ToJson(), "status-json");

    [Fact]
    public void A_rollback_makes_its_version_live_since_the_rollback()
    {
        var staging = Assert.Single(DeliveryStatus.From(Pipeline).Live, l => l.Environment == "staging");
        Assert.Equal(("1.1.0", Start.AddMinutes(46)), (staging.Version, staging.Since));
    }

    [Fact]
    public void An_empty_ledger_says_so() =>
        Assert.Equal("The delivery ledger has no events yet.\n", DeliveryStatus.From([]).ToText());

    [Fact]
    public void Only_the_last_versions_are_kept() =>
        Assert.Equal(["1.2.0", "1.1.0"], DeliveryStatus.From(Pipeline, versions: 2).Versions.Select(v => v.Version));

    [Fact]
    public void Events_survive_their_json_form_and_foreign_text_is_no_event()
    {
        var original = Pipeline[3];
        Assert.Equal(original, LedgerEvent.FromJson(original.ToJson()));
        Assert.Equal(new TestCounts(12, 0, 1), LedgerEvent.FromJson(Pipeline[0].ToJson())!.Tests);
        Assert.Null(LedgerEvent.FromJson("a commit someone made by hand"));
    }

    private static LedgerEvent Event(string kind, string version, string stage, bool succeeded, int minutes, string? host = null, string? hash = null, string who = "dev@sample.invalid") => new()
    {
        Id = $"{kind}-{version}-{stage}-{minutes}",
        Kind = kind,
        Version = version,
        Stage = stage,
        Outcome = succeeded ? LedgerOutcomes.Succeeded : LedgerOutcomes.Failed,
        Who = who,
        When = Start.AddMinutes(minutes),
        Host = host,
        ConfigHash = hash,
    };
}
