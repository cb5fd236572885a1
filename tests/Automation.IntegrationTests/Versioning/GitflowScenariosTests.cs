namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/GitflowScenarios.cs (6.x): the complex
/// GitFlow example (two features, two releases, a hotfix), default GitFlow/v1 configuration.
/// </summary>
public sealed class GitflowScenariosTests
{
    // GitVersion: GitflowScenarios.GitflowComplexExample
    [Fact]
    public void Every_step_of_the_complex_gitflow_example_gets_its_version()
    {
        using var repo = VersioningRepository.CreateGitFlow("1.0.0");
        repo.AssertFullSemVer("1.1.0-alpha.1");

        // Feature 1
        repo.BranchTo("feature/f1");
        repo.Commit("added feature 1");
        repo.AssertFullSemVer("1.1.0-f1.1+2");
        repo.Checkout("develop");
        repo.MergeNoFF("feature/f1");
        repo.DeleteBranch("feature/f1");
        repo.AssertFullSemVer("1.1.0-alpha.3");

        // Release 1.1.0
        repo.BranchTo("release/1.1.0");
        repo.Commit("release stabilization");
        repo.AssertFullSemVer("1.1.0-beta.1+4");
        repo.Checkout("main");
        repo.MergeNoFF("release/1.1.0");
        repo.AssertFullSemVer("1.1.0-5");
        repo.Tag("1.1.0");
        repo.AssertFullSemVer("1.1.0");
        repo.Checkout("develop");
        repo.MergeNoFF("release/1.1.0");
        repo.DeleteBranch("release/1.1.0");
        repo.AssertFullSemVer("1.2.0-alpha.1");

        // Feature 2
        repo.BranchTo("feature/f2");
        repo.Commit("added feature 2");
        repo.AssertFullSemVer("1.2.0-f2.1+2");
        repo.Checkout("develop");
        repo.MergeNoFF("feature/f2");
        repo.DeleteBranch("feature/f2");
        repo.AssertFullSemVer("1.2.0-alpha.3");

        // Release 1.2.0
        repo.BranchTo("release/1.2.0");
        repo.Commit("release stabilization");
        repo.AssertFullSemVer("1.2.0-beta.1+8");
        repo.Checkout("main");
        repo.MergeNoFF("release/1.2.0");
        repo.AssertFullSemVer("1.2.0-5");
        repo.Tag("1.2.0");
        repo.AssertFullSemVer("1.2.0");
        repo.Checkout("develop");
        repo.MergeNoFF("release/1.2.0");
        repo.DeleteBranch("release/1.2.0");
        repo.AssertFullSemVer("1.3.0-alpha.1");

        // Hotfix
        repo.Checkout("main");
        repo.BranchTo("hotfix/hf");
        repo.Commit("added hotfix");
        repo.AssertFullSemVer("1.2.1-beta.1+1");
        repo.Checkout("main");
        repo.MergeNoFF("hotfix/hf");
        repo.AssertFullSemVer("1.2.1-2");
        repo.Tag("1.2.1");
        repo.AssertFullSemVer("1.2.1");

        repo.Checkout("develop");
        repo.MergeNoFF("hotfix/hf");
        repo.DeleteBranch("hotfix/hf");
        repo.AssertFullSemVer("1.3.0-alpha.2");
    }
}
