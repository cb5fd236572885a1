using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Automation.Components;
using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Components.GitHub;

/// <summary>
/// The <c>github-release</c> component target in a real git repository, against a GitHub API stand-in on 127.0.0.1.
/// The packages are small files named like packages (pack is skipped), so the whole class runs in seconds.
/// </summary>
public sealed class GitHubReleaseTargetTests : IAsyncLifetime
{
    private const string Token = "ghp_canary_7f3a9c1e5b2d4f60";

    private readonly ComponentSample _sample = ComponentSample.Create();
    private GitHubApiStandIn _gitHub = null!;

    public async Task InitializeAsync()
    {
        _gitHub = await GitHubApiStandIn.StartAsync(Token);
        _sample.Git("remote", "add", "origin", "https://github.com/acme/sample.git");
    }

    public async Task DisposeAsync()
    {
        await _gitHub.DisposeAsync();
        _sample.Dispose();
    }

    [Fact]
    public void First_run_creates_a_pre_release_with_the_packages_and_a_second_run_updates_it_against_a_github_api_stand_in()
    {
        _sample.Git("checkout", "--quiet", "-b", "release/1.0.0");
        var packages = WritePackages("1.0.0-beta.1");
        WritePackage("Sample.Library.0.9.0.nupkg");
        var commit = _sample.Git("rev-parse", "HEAD");

        var first = Release().AssertExitCode(0);

        Assert.Equal(
        [
            "GET /api/v3/repos/acme/sample/releases/tags/v1.0.0-beta.1",
            "POST /api/v3/repos/acme/sample/releases",
            "POST /api/uploads/repos/acme/sample/releases/100/assets?name=Sample.Library.1.0.0-beta.1.nupkg",
            "POST /api/uploads/repos/acme/sample/releases/100/assets?name=Sample.Library.1.0.0-beta.1.snupkg",
        ], Calls());
        var create = JsonNode.Parse(_gitHub.Requests[1].Body)!.AsObject();
        Assert.Equal("v1.0.0-beta.1", (string?)create["tag_name"]);
        Assert.Equal(commit, (string?)create["target_commitish"]);
        Assert.Equal("v1.0.0-beta.1", (string?)create["name"]);
        Assert.StartsWith("Changes:", (string?)create["body"], StringComparison.Ordinal);
        Assert.True((bool?)create["prerelease"]);
        Assert.False((bool?)create["draft"]);
        Assert.All(_gitHub.Requests.Skip(2), upload => Assert.Equal("application/octet-stream", upload.ContentType));
        Assert.Equal(File.ReadAllText(packages[0]), _gitHub.Requests[2].Body);
        Assert.Matches(@"\ngithub-release +Succeeded +\S+ s +https://github\.com/acme/sample/releases/tag/v1\.0\.0-beta\.1\n", first.Output);

        _gitHub.ClearRequests();
        Release().AssertExitCode(0);

        Assert.Equal(
        [
            "GET /api/v3/repos/acme/sample/releases/tags/v1.0.0-beta.1",
            "PATCH /api/v3/repos/acme/sample/releases/100",
            "GET /api/v3/repos/acme/sample/releases/100/assets?per_page=100",
            "DELETE /api/v3/repos/acme/sample/releases/assets/101",
            "POST /api/uploads/repos/acme/sample/releases/100/assets?name=Sample.Library.1.0.0-beta.1.nupkg",
            "DELETE /api/v3/repos/acme/sample/releases/assets/102",
            "POST /api/uploads/repos/acme/sample/releases/100/assets?name=Sample.Library.1.0.0-beta.1.snupkg",
        ], Calls());

        // Only what may change: the tag and its commit stay as published.
        var update = JsonNode.Parse(_gitHub.Requests[1].Body)!.AsObject();
        Assert.Equal(["body", "name", "prerelease"], update.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True((bool?)update["prerelease"]);
        var release = Assert.Single(_gitHub.Releases);
        Assert.Equal(["Sample.Library.1.0.0-beta.1.nupkg", "Sample.Library.1.0.0-beta.1.snupkg"], release.Assets.Select(a => a.Name));
    }

    [Fact]
    public void Same_named_assets_past_the_first_page_of_a_hundred_are_replaced_too()
    {
        _sample.Git("tag", "1.0.0");
        WritePackages("1.0.0");
        var earlier = _gitHub.AddRelease("v1.0.0", [.. Enumerable.Range(1, 149).Select(i => $"other-{i:000}.txt"), "Sample.Library.1.0.0.nupkg", "Sample.Library.1.0.0.snupkg"]);
        var stale = earlier.Assets.Where(a => a.Name.StartsWith("Sample.Library.", StringComparison.Ordinal)).Select(a => a.Id).ToList();

        Release().AssertExitCode(0);

        Assert.Equal(
        [
            "GET /api/v3/repos/acme/sample/releases/tags/v1.0.0",
            $"PATCH /api/v3/repos/acme/sample/releases/{earlier.Id}",
            $"GET /api/v3/repos/acme/sample/releases/{earlier.Id}/assets?per_page=100",
            $"GET /api/v3/repos/acme/sample/releases/{earlier.Id}/assets?per_page=100&page=2",
            $"DELETE /api/v3/repos/acme/sample/releases/assets/{stale[0]}",
            $"POST /api/uploads/repos/acme/sample/releases/{earlier.Id}/assets?name=Sample.Library.1.0.0.nupkg",
            $"DELETE /api/v3/repos/acme/sample/releases/assets/{stale[1]}",
            $"POST /api/uploads/repos/acme/sample/releases/{earlier.Id}/assets?name=Sample.Library.1.0.0.snupkg",
        ], Calls());
        var assets = Assert.Single(_gitHub.Releases).Assets;
        Assert.Equal(151, assets.Count);
        Assert.Equal("stand-in package Sample.Library.1.0.0.nupkg\n", Encoding.UTF8.GetString(Assert.Single(assets, a => a.Name == "Sample.Library.1.0.0.nupkg").Content));
    }

    [Fact]
    public void A_release_version_is_not_a_pre_release_and_takes_its_notes_from_the_changelog()
    {
        _sample.Write("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-02\n\n### Added\n\n- Farewells\n\n## [0.9.0]\n\n- Greetings\n");
        _sample.Commit("Changelog for 1.0.0");
        _sample.Git("tag", "1.0.0");
        WritePackages("1.0.0");

        Release().AssertExitCode(0);

        var release = Assert.Single(_gitHub.Releases);
        Assert.Equal("v1.0.0", release.TagName);
        Assert.False(release.Prerelease);
        Assert.Equal("### Added\n\n- Farewells", release.Body);
    }

    [Fact]
    public void Without_a_changelog_the_notes_list_the_commit_subjects_since_the_previous_tag()
    {
        _sample.Git("tag", "1.0.0");
        _sample.Commit("Add farewells");
        _sample.Commit("Fix greeting punctuation");
        _sample.Git("tag", "1.1.0");

        Release().AssertExitCode(0);

        Assert.Equal("Changes since 1.0.0:\n\n- Fix greeting punctuation\n- Add farewells", Assert.Single(_gitHub.Releases).Body);
    }

    [Fact]
    public void A_bad_gateway_is_retried_and_the_release_still_published()
    {
        _sample.Git("tag", "1.0.0");
        WritePackages("1.0.0");
        _gitHub.FailNext(502);
        _gitHub.FailNext(429, response => response.Headers.RetryAfter = "0");

        var run = Release().AssertExitCode(0);

        Assert.Equal(["GET", "GET", "GET", "POST", "POST", "POST"], _gitHub.Requests.Select(r => r.Method));
        Assert.Contains("502 Bad Gateway while reading release v1.0.0; retrying in 0.01 s (attempt 2 of 5)", run.Output, StringComparison.Ordinal);
        Assert.Contains("429 Too Many Requests, rate limited while reading release v1.0.0; retrying in 0 s (attempt 3 of 5)", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(_gitHub.Releases).Assets.Count);
    }

    [Fact]
    public void The_token_is_sent_to_github_but_never_appears_in_the_output_or_the_log()
    {
        _sample.Git("tag", "1.0.0");
        WritePackages("1.0.0");

        // As read from a file: with a trailing newline, which is trimmed off before it goes into a header.
        var accepted = Release(new Dictionary<string, string> { ["GITHUB_TOKEN"] = Token + "\n" }, "--verbosity", "verbose").AssertExitCode(0);
        const string RejectedToken = "ghp_canary_rejected_91d0e8b7";
        var rejected = Release(new Dictionary<string, string> { ["GITHUB_TOKEN"] = RejectedToken }, "--verbosity", "verbose").AssertExitCode(1);

        Assert.All(_gitHub.Requests.Take(4), r => Assert.Equal($"Bearer {Token}", r.Authorization));
        Assert.Equal($"Bearer {RejectedToken}", _gitHub.Requests[^1].Authorization);
        Assert.Contains("GitHub token rejected while reading release v1.0.0 (401): check --github-token (or GITHUB_TOKEN).", rejected.Output, StringComparison.Ordinal);
        var log = File.ReadAllText(_sample.PathOf(".nuke/temp/build.log"));
        foreach (var text in new[] { accepted.Output, rejected.Output, log })
        {
            Assert.DoesNotContain("ghp_canary", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_token_the_build_stops_before_anything_runs_naming_the_parameter()
    {
        var run = _sample.Run<Build>("github-release", "--github-api-url", _gitHub.ApiUrl.ToString(), "--skip").AssertExitCode(2);

        Assert.Contains("requires parameter 'github-token'. Pass it with --github-token <value>, or set the environment variable GITHUB_TOKEN.", run.Output, StringComparison.Ordinal);
        Assert.Empty(_gitHub.Requests);
    }

    [Fact]
    public void A_dry_run_calls_nothing()
    {
        _sample.Git("tag", "1.0.0");
        WritePackages("1.0.0");

        var run = Release("--dry-run").AssertExitCode(0);

        Assert.Contains($"Dry run: would create or update release v1.0.0 on acme/sample via {_gitHub.ApiUrl} with 2 assets", run.Output, StringComparison.Ordinal);
        Assert.Empty(_gitHub.Requests);
    }

    private ComponentRun Release(params string[] extra) => Release(new Dictionary<string, string>(), ["--github-token", Token, .. extra]);

    private ComponentRun Release(Dictionary<string, string> variables, params string[] extra) =>
        _sample.Run<Build>(variables, ["github-release", "--github-api-url", _gitHub.ApiUrl.ToString(), .. extra, "--skip"]);

    private List<string> Calls() => [.. _gitHub.Requests.Select(r => r.ToString())];

    private string[] WritePackages(string version) =>
        [WritePackage($"Sample.Library.{version}.nupkg"), WritePackage($"Sample.Library.{version}.snupkg")];

    private string WritePackage(string name) => _sample.Write($"artifacts/packages/{name}", $"stand-in package {name}\n");

    private sealed class Build : AutomationBuild, IGitHubRelease
    {
        // Retries wait milliseconds here, not the default second and more.
        Configure<GitHubReleaseSettings> IGitHubRelease.ReleaseSettings => s => s with { FirstRetryDelay = TimeSpan.FromMilliseconds(10) };
    }
}
