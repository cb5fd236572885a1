using TestGitRepository = Automation.IntegrationTests.Tools.Git.GitRepository;

namespace Automation.IntegrationTests.Injection;

/// <summary>NUKE-style <c>[GitRepository]</c> and <c>[GitVersion]</c> members filled before targets run, in real git repositories.</summary>
public sealed class GitInjectionTests
{
    // Flows from the build's target to the test, like the unit tests' trace.
    private static readonly AsyncLocal<System.Runtime.CompilerServices.StrongBox<NukeStyleBuild?>> Seen = new();

    [Fact]
    public async Task A_NUKE_style_build_sees_its_repository_and_version_in_readonly_fields()
    {
        using var repository = await TestGitRepository.CreateAsync();
        await repository.GitAsync("remote", "add", "origin", "git@github.com:octo-org/octo-repo.git");
        var sha = await repository.CommitAsync("a.txt", "a", "first");
        await repository.GitAsync("tag", "1.4.0");
        await repository.GitAsync("checkout", "--quiet", "-b", "feature/login");
        await repository.CommitAsync("b.txt", "b", "second");

        var (exitCode, output, build) = Run(repository.Root, []);

        Assert.True(exitCode == 0, output);
        Assert.Equal("feature/login", build.Repository.Branch);
        Assert.True(build.Repository.IsOnFeatureBranch());
        Assert.False(build.Repository.IsOnMainOrMasterBranch());
        Assert.Equal("refs/heads/feature/login", build.Repository.Head);
        Assert.Equal(GitProtocol.Ssh, build.Repository.Protocol);
        Assert.Equal("octo-org", build.Repository.GetGitHubOwner());
        Assert.Equal("octo-repo", build.Repository.GetGitHubName());
        Assert.Equal("https://github.com/octo-org/octo-repo.git", build.Repository.HttpsUrl);
        Assert.Equal(AbsolutePath.Create(repository.Root), build.Repository.LocalDirectory);
        Assert.NotEqual(sha, build.Repository.Commit);
        Assert.Equal(1, build.Version.Major);
        Assert.Equal(4, build.Version.Minor);
        Assert.Equal("feature/login", build.Version.BranchName);
        Assert.Equal(build.Repository.Commit, build.Version.Sha);
        Assert.StartsWith("1.4.1-login.1", build.Version.FullSemVer, StringComparison.Ordinal);
        Assert.Equal("1.4.1-login0001", build.Version.NuGetVersionV2);
    }

    [Fact]
    public async Task On_a_CI_detached_HEAD_the_branch_comes_from_the_CI_variables()
    {
        using var repository = await TestGitRepository.CreateAsync();
        var sha = await repository.CommitAsync("a.txt", "a", "first");
        await repository.GitAsync("tag", "v2.0.0");
        await repository.GitAsync("checkout", "--quiet", "--detach", sha);

        var (exitCode, output, build) = Run(repository.Root, [], new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_REF"] = "refs/heads/release/2.0" });

        Assert.True(exitCode == 0, output);
        Assert.Equal("release/2.0", build.Repository.Branch);
        Assert.True(build.Repository.IsOnReleaseBranch());
        Assert.Equal(sha, build.Repository.Head);
        Assert.Equal(["v2.0.0"], build.Repository.Tags);
        Assert.Null(build.Repository.Protocol);
        Assert.Equal("release/2.0", build.Version.BranchName);
    }

    [Fact]
    public async Task On_Azure_Pipelines_the_build_number_becomes_the_full_semantic_version()
    {
        using var repository = await TestGitRepository.CreateAsync();
        await repository.CommitAsync("a.txt", "a", "first");
        await repository.GitAsync("tag", "3.1.0");

        var (exitCode, output, _) = Run(repository.Root, [], new() { ["TF_BUILD"] = "True", ["BUILD_SOURCEBRANCH"] = "refs/heads/main" });

        Assert.True(exitCode == 0, output);
        Assert.Contains("##vso[build.updatebuildnumber]3.1.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_git_repository_the_members_stay_null_with_a_warning_naming_member_and_fix()
    {
        using var directory = new Support.TempDirectory("no-git");
        Directory.CreateDirectory(directory.PathOf(".nuke"));

        var (exitCode, output, build) = Run(directory.Root, []);

        Assert.True(exitCode == 0, output);
        Assert.Null(build.Repository);
        Assert.Contains("NukeStyleBuild.Repository is not set: [GitRepository] failed", output, StringComparison.Ordinal);
        Assert.Contains("Run 'git init' there", output, StringComparison.Ordinal);
        Assert.Contains("NukeStyleBuild.Version is not set: [GitVersion] failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GitRepository_from_an_https_url_knows_owner_name_and_urls()
    {
        var repository = GitRepository.FromUrl("https://github.com/octo-org/octo-repo.git", "main");

        Assert.Equal(GitProtocol.Https, repository.Protocol);
        Assert.Equal("github.com", repository.Endpoint);
        Assert.Equal("octo-org/octo-repo", repository.Identifier);
        Assert.Equal("git@github.com:octo-org/octo-repo.git", repository.SshUrl);
        Assert.True(repository.IsOnMainBranch());
        Assert.Equal("https://github.com/octo-org/octo-repo", repository.GetGitHubBrowseUrl());
        Assert.Throws<ArgumentException>(() => GitRepository.FromUrl("not a url"));
    }

    private static (int ExitCode, string Output, NukeStyleBuild Build) Run(string root, string[] arguments, Dictionary<string, string>? variables = null)
    {
        using var output = new StringWriter();
        var seen = Seen.Value = new System.Runtime.CompilerServices.StrongBox<NukeStyleBuild?>();
        var exitCode = AutomationBuild.Execute<NukeStyleBuild>(new BuildEnvironment
        {
            Arguments = ["show", .. arguments],
            WorkingDirectory = root,
            Output = output,
            Variables = variables ?? [],
        });
        return (exitCode, output.ToString(), seen.Value ?? throw new InvalidOperationException($"The target did not run:\n{output}"));
    }

    private sealed class NukeStyleBuild : AutomationBuild
    {
        [GitRepository]
        public readonly GitRepository Repository = null!;

        [GitVersion]
        public GitVersion Version { get; } = null!;

        Target Show => _ => _.Executes(() => Seen.Value!.Value = this);
    }
}
