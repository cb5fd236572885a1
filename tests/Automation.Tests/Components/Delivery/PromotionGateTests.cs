using Automation.Components;

namespace Automation.Tests.Components.Delivery;

public sealed class PromotionGateTests
{
    private static readonly DeliveryEnvironment Production = new()
    {
        Name = "production",
        RequiredStage = "staging",
        RequiresApproval = true,
        Deployers = ["ops@sample.invalid", "release@sample.invalid"],
        Approvers = ["release@sample.invalid"],
    };

    [Fact]
    public void A_version_that_skipped_staging_and_approval_has_both_obstacles()
    {
        var obstacles = PromotionGate.Obstacles(Production, "1.0.0", "ops@sample.invalid", [Event(LedgerEventKinds.Deploy, "0.9.0", "staging")]);
        Assert.Equal(["version 1.0.0 has not passed staging, which production requires", "version 1.0.0 is not approved for production (automation :approve 1.0.0 --env production)"], obstacles);
    }

    [Fact]
    public void A_healthy_staging_deploy_and_an_approval_open_the_gate()
    {
        Assert.Empty(PromotionGate.Obstacles(Production, "1.0.0", "OPS@sample.invalid", [Event(LedgerEventKinds.Deploy, "1.0.0", "staging"), Event(LedgerEventKinds.Approval, "1.0.0", "production")]));
    }

    [Fact]
    public void A_failed_staging_deploy_does_not_count()
    {
        Assert.Contains(PromotionGate.Obstacles(Production, "1.0.0", "ops@sample.invalid", [Event(LedgerEventKinds.Deploy, "1.0.0", "staging", succeeded: false), Event(LedgerEventKinds.Approval, "1.0.0", "production")]), o => o.Contains("has not passed staging", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_stage_recorded_as_passed_counts()
    {
        var development = new DeliveryEnvironment { Name = "staging", RequiredStage = "integration-test" };
        Assert.Empty(PromotionGate.Obstacles(development, "1.0.0", "anyone", [Event(LedgerEventKinds.Stage, "1.0.0", "integration-test")]));
    }

    [Fact]
    public void Someone_who_may_not_deploy_is_refused_whatever_the_ledger_says()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PromotionGate.Obstacles(Production, "1.0.0", "intern@sample.invalid", []));
        Assert.Contains("intern@sample.invalid may not deploy to production: only ops@sample.invalid, release@sample.invalid may", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvers_are_checked_apart_from_deployers()
    {
        Assert.True(PromotionGate.MayApprove(Production, "release@sample.invalid"));
        Assert.False(PromotionGate.MayApprove(Production, "ops@sample.invalid"));
        Assert.True(PromotionGate.MayApprove(new DeliveryEnvironment { Name = "dev" }, "anyone"));
    }

    private static LedgerEvent Event(string kind, string version, string stage, bool succeeded = true) => new()
    {
        Kind = kind,
        Version = version,
        Stage = stage,
        Outcome = succeeded ? LedgerOutcomes.Succeeded : LedgerOutcomes.Failed,
        Who = "release@sample.invalid",
    };
}
