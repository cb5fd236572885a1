namespace Automation.Tests.Versioning;

/// <summary>Hotfix and support branch scenarios.</summary>
public sealed class HotfixAndSupportScenarioTests
{
    [Fact]
    public void A_hotfix_off_main_is_a_beta_of_the_next_patch()
    {
        var repository = new TestRepository().TaggedCommit("1.2.0").BranchTo("hotfix/1.2.1").Commit();
        Assert.Equal("1.2.1-beta.1+1", repository.FullSemVer());
        repository.Checkout("main").MergeNoFF("hotfix/1.2.1");
        Assert.Equal("1.2.1-2", repository.FullSemVer());
        repository.Tag("1.2.1");
        Assert.Equal("1.2.1", repository.FullSemVer());
    }

    [Fact]
    public void A_hotfix_without_a_version_in_its_name_bumps_the_patch() =>
        Assert.Equal("1.2.1-beta.1+2", new TestRepository().TaggedCommit("1.2.0").BranchTo("hotfix/fix-login").Commits(2).FullSemVer());

    [Fact]
    public void A_support_branch_is_a_main_branch_of_its_own()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("support/1.x").Commit();
        Assert.Equal("1.0.1-1", repository.FullSemVer());
        repository.Checkout("main").Commit().Tag("2.0.0").Checkout("support/1.x").Tag("1.0.1").Commit();
        Assert.Equal("1.0.2-1", repository.FullSemVer());
    }

    [Fact]
    public void A_hotfix_off_a_support_branch() =>
        Assert.Equal("1.0.2-beta.1+1", new TestRepository().TaggedCommit("1.0.0").Checkout("main").Commit().Tag("2.0.0")
            .Checkout("1.0.0").BranchTo("support/1.x").TaggedCommit("1.0.1").BranchTo("hotfix/1.0.2").Commit().FullSemVer());
}
