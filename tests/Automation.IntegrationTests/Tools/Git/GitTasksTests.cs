using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Tools.Git;

/// <summary>The git wrappers against the real git CLI in temporary repositories.</summary>
public sealed class GitTasksTests : IAsyncLifetime
{
    private GitRepository _repository = null!;

    private string _first = string.Empty;

    public async Task InitializeAsync()
    {
        _repository = await GitRepository.CreateAsync();
        _repository.Write(".gitignore", "*.log\n");
        _first = await _repository.CommitAsync("README.md", "# Sample\n", "First commit");
    }

    public Task DisposeAsync()
    {
        _repository.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Current_branch_is_the_checked_out_branch()
    {
        Assert.Equal("main", Query(ctx => ctx.GitCurrentBranch()));

        await _repository.GitAsync("checkout", "--quiet", "-b", "feature/wrappers");
        Assert.Equal("feature/wrappers", Query(ctx => ctx.GitCurrentBranch()));
    }

    [Fact]
    public async Task Current_branch_is_null_on_a_detached_head()
    {
        await _repository.CommitAsync("README.md", "# Sample 2\n", "Second commit");
        await _repository.GitAsync("checkout", "--quiet", "--detach", _first);

        Assert.Null(Query(ctx => ctx.GitCurrentBranch()));
        Assert.Equal(_first, Query(ctx => ctx.GitCommit()));
    }

    [Fact]
    public async Task Commit_is_the_full_sha_of_head()
    {
        var second = await _repository.CommitAsync("src.txt", "code\n", "Second commit");

        var commit = Query(ctx => ctx.GitCommit());

        Assert.Equal(second, commit);
        Assert.Matches("^[0-9a-f]{40}$", commit);
    }

    [Fact]
    public async Task Tags_are_those_at_head_or_all_of_them()
    {
        await _repository.GitAsync("tag", "v1.0.0");
        await _repository.CommitAsync("src.txt", "code\n", "Second commit");
        await _repository.GitAsync("tag", "v1.1.0");
        await _repository.GitAsync("tag", "-a", "latest", "-m", "Annotated tags count too");

        Assert.Equal(["latest", "v1.1.0"], Query(ctx => ctx.GitTags()));
        Assert.Equal(["latest", "v1.0.0", "v1.1.0"], Query(ctx => ctx.GitTags(all: true)));
    }

    [Fact]
    public void No_tags_at_head_is_an_empty_list() => Assert.Empty(Query(ctx => ctx.GitTags()));

    [Fact]
    public async Task Dirty_means_modified_staged_or_untracked_but_not_ignored()
    {
        Assert.False(Query(ctx => ctx.GitIsDirty()));

        _repository.Write("build.log", "ignored\n");
        Assert.False(Query(ctx => ctx.GitIsDirty()));

        _repository.Write("README.md", "# Changed\n");
        Assert.True(Query(ctx => ctx.GitIsDirty()));

        await _repository.GitAsync("add", "README.md");
        Assert.True(Query(ctx => ctx.GitIsDirty()));

        await _repository.GitAsync("reset", "--quiet", "--hard");
        Assert.False(Query(ctx => ctx.GitIsDirty()));

        _repository.Write("new-file.txt", "untracked\n");
        Assert.True(Query(ctx => ctx.GitIsDirty()));
    }

    [Fact]
    public async Task Remote_url_is_the_remotes_url_or_null_without_one()
    {
        Assert.Null(Query(ctx => ctx.GitRemoteUrl()));

        await _repository.GitAsync("remote", "add", "upstream", "https://example.invalid/upstream.git");
        Assert.Null(Query(ctx => ctx.GitRemoteUrl()));
        Assert.Equal("https://example.invalid/upstream.git", Query(ctx => ctx.GitRemoteUrl("upstream")));

        await _repository.GitAsync("remote", "add", "origin", "git@example.invalid:team/repo.git");
        Assert.Equal("git@example.invalid:team/repo.git", Query(ctx => ctx.GitRemoteUrl()));
    }

    [Fact]
    public void Git_runs_any_command_and_git_query_captures_it()
    {
        var (result, subject) = Query(ctx => (ctx.Git("log", "--oneline"), ctx.GitQuery("log", "-1", "--format=%s")));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("First commit", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("First commit", subject);
    }

    [Fact]
    public void A_failing_query_throws_naming_the_command()
    {
        var message = Query(ctx => Assert.Throws<ProcessFailedException>(() => ctx.GitQuery("rev-parse", "no-such-ref")).Message);

        Assert.Contains("git rev-parse no-such-ref", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remote_url_outside_a_repository_throws_instead_of_answering_null()
    {
        using var outside = new TempDirectory("not-git");
        Directory.CreateDirectory(outside.PathOf(".nuke"));

        var message = GitProbe.Query(outside.Root, ctx => Assert.Throws<ProcessFailedException>(() => ctx.GitRemoteUrl()).Message);

        Assert.Contains("git remote get-url origin", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_give_real_answers_in_a_dry_run_while_commands_are_only_echoed()
    {
        _repository.Write("untracked.txt", "x\n");

        var (commit, dirty, branch, tags) = Query(
            ctx =>
            {
                ctx.Git("tag", "v9.9.9");
                return (ctx.GitCommit(), ctx.GitIsDirty(), ctx.GitCurrentBranch(), ctx.GitTags(all: true));
            },
            "--dry-run");

        Assert.Equal(_first, commit);
        Assert.True(dirty);
        Assert.Equal("main", branch);
        Assert.Empty(tags);
        Assert.Empty(await _repository.GitAsync("tag", "--list"));
    }

    private T Query<T>(Func<ITargetContext, T> query, params string[] options) => GitProbe.Query(_repository.Root, query, options);
}
