using Automation.Versioning;

namespace Automation.IntegrationTests.Versioning;

/// <summary>CI realities: not a repository, shallow clones, detached HEADs with the branch in the CI host's variables, the branch override.</summary>
public sealed class RepositoryConditionsTests
{
    [Fact]
    public void Not_a_git_repository_is_a_versioning_exception()
    {
        var directory = VersioningRepository.NewDirectory("versioning-not-a-repo");
        try
        {
            var probe = GitCli.Run(directory, ["rev-parse", "--is-inside-work-tree"]);
            Assert.True(probe.ExitCode != 0, $"Precondition: {directory} must not be inside a git work tree.{Environment.NewLine}{probe}");

            var exception = Assert.Throws<VersioningException>(() => VersionCalculator.Calculate(new VersionRequest { RepositoryDirectory = directory }));

            Assert.Contains("repositor", exception.Message, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            VersioningRepository.DeleteDirectory(directory);
        }
    }

    [Fact]
    public void Shallow_clone_is_a_versioning_exception_that_says_how_to_fetch_the_history()
    {
        using var source = ShallowSource();
        using var clone = VersioningRepository.CloneShallow(source);
        Assert.Equal("true", clone.Git("rev-parse", "--is-shallow-repository"));

        var exception = Assert.Throws<VersioningException>(() => clone.Calculate());

        Assert.Contains("fetch-depth", exception.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("unshallow", exception.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--allow-shallow", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shallow_clone_with_allow_shallow_computes_anyway()
    {
        using var source = ShallowSource();
        using var clone = VersioningRepository.CloneShallow(source);

        var variables = clone.Calculate(allowShallow: true);

        Assert.Equal("main", variables.BranchName);
        Assert.Equal(source.Head, variables.Sha);
        Assert.False(string.IsNullOrEmpty(variables.FullSemVer), VersioningRepository.Format(variables));
    }

    /// <summary>ReleaseBranchScenarios.CanTakeVersionFromReleaseBranch on a detached HEAD that main and the release branch both contain.</summary>
    [Theory]
    [InlineData("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/heads/release/2.0.0")]
    [InlineData("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/release/2.0.0")]
    [InlineData("GITLAB_CI", "true", "CI_COMMIT_REF_NAME", "release/2.0.0")]
    public void Detached_head_takes_the_branch_from_the_ci_host(string marker, string markerValue, string variable, string value)
    {
        using var repo = DetachedAtReleaseCandidate();
        var environment = new Dictionary<string, string> { [marker] = markerValue, [variable] = value };

        var variables = repo.AssertFullSemVer("2.0.0-beta.1+5", environment: environment);

        Assert.Equal("release/2.0.0", variables.BranchName);
        Assert.Equal("release-2-0-0", variables.EscapedBranchName); // GitVersion replaces [^a-zA-Z0-9-], dots included
    }

    [Fact]
    public void Branch_override_wins_over_the_ci_host_and_the_checkout()
    {
        using var repo = DetachedAtReleaseCandidate();
        repo.CreateBranch("release/3.0.0");
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_REF"] = "refs/heads/release/2.0.0" };

        var variables = repo.AssertFullSemVer("3.0.0-beta.1+5", branchOverride: "release/3.0.0", environment: environment);

        Assert.Equal("release/3.0.0", variables.BranchName);
    }

    private static VersioningRepository ShallowSource()
    {
        var source = VersioningRepository.Create();
        source.TaggedCommit("1.0.0");
        source.Commits(3);
        return source;
    }

    /// <summary>Tag 1.0.3, five commits on main, <c>release/2.0.0</c> at the same commit, HEAD detached there.</summary>
    private static VersioningRepository DetachedAtReleaseCandidate()
    {
        var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.Commits(5);
        repo.CreateBranch("release/2.0.0");
        repo.Detach("HEAD");
        return repo;
    }
}
