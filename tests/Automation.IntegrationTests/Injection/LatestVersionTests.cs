using System.Runtime.CompilerServices;
using Automation.IntegrationTests.Components.GitHub;
using Automation.IntegrationTests.Support;
using Automation.IntegrationTests.Tools.Resolution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NuGet.Versioning;

namespace Automation.IntegrationTests.Injection;

/// <summary>
/// NUKE's latest-version injections over real HTTP on 127.0.0.1: a NuGet v3 feed and Maven repository stand-in
/// (Kestrel; it mimics the documents' shapes, not nuget.org's rules), and the GitHub API stand-in reached through
/// <c>GITHUB_API_URL</c> by a build run in-process.
/// </summary>
public sealed class LatestVersionTests : IAsyncLifetime
{
    private const string Token = "ghp_canary_latest_5d1c9e07aa42";
    private static readonly AsyncLocal<StrongBox<ReleaseBuild?>> Seen = new();

    private readonly WebApplication _feeds;
    private readonly TempDirectory _directory = new("latest-versions");
    private GitHubApiStandIn _gitHub = null!;

#pragma warning disable CS0649 // Filled by reflection only: their types decide what the attributes give.
    private readonly string? _text;
    private readonly NuGetVersion? _parsed;
#pragma warning restore CS0649

    public LatestVersionTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _feeds = builder.Build();
        _feeds.MapGet("/v3/index.json", () => Results.Json(new
        {
            version = "3.0.0",
            resources = new object[]
            {
                new Dictionary<string, string> { ["@id"] = Url("/flat/"), ["@type"] = "PackageBaseAddress/3.0.0" },
                new Dictionary<string, string> { ["@id"] = Url("/query"), ["@type"] = "SearchQueryService/3.5.0" },
            },
        }));
        // 3.0.0 is unlisted: the flat container lists it, search does not.
        _feeds.MapGet("/flat/acme.tool/index.json", () => Results.Json(new { versions = new[] { "1.0.0", "2.1.0", "2.2.0-beta.1", "3.0.0" } }));
        _feeds.MapGet("/query", (string q, bool prerelease) => q == "packageid:Acme.Tool"
            ? Results.Json(new { data = new[] { new { id = "Acme.Tool", version = prerelease ? "2.2.0-beta.1" : "2.1.0" } } })
            : Results.Json(new { data = Array.Empty<object>() }));
        _feeds.MapGet("/maven/com/acme/widget/maven-metadata.xml", () => Results.Text(
            "<metadata><versioning><latest>0.13.0-RC1</latest><versions><version>0.9.0</version><version>0.12.1</version><version>0.13.0-RC1</version><version>0.10.0</version></versions></versioning></metadata>",
            "application/xml"));
        _feeds.MapFallback(() => Results.NotFound());
    }

    public async Task InitializeAsync()
    {
        await _feeds.StartAsync();
        _gitHub = await GitHubApiStandIn.StartAsync(Token);
        Directory.CreateDirectory(_directory.PathOf(".nuke"));
    }

    public async Task DisposeAsync()
    {
        await _gitHub.DisposeAsync();
        await _feeds.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public void NuGet_gives_the_newest_listed_stable_version_unless_told_otherwise()
    {
        var index = Url("/v3/index.json");

        Assert.Equal("2.1.0", Value(new LatestNuGetVersionAttribute("Acme.Tool") { Source = index }, nameof(_text)));
        Assert.Equal("2.2.0-beta.1", Value(new LatestNuGetVersionAttribute("Acme.Tool") { Source = index, IncludePrerelease = true }, nameof(_text)));
        Assert.Equal("3.0.0", Value(new LatestNuGetVersionAttribute("Acme.Tool") { Source = index, IncludeUnlisted = true }, nameof(_text)));
        Assert.Equal(new NuGetVersion(2, 1, 0), Value(new LatestNuGetVersionAttribute("Acme.Tool") { Source = index }, nameof(_parsed)));
        Assert.Equal("2.2.0-beta.1", Value(new LatestMyGetVersionAttribute(index, "Acme.Tool"), nameof(_text)));
    }

    [Fact]
    public void A_package_the_feed_does_not_have_fails_naming_the_feed_and_the_fix()
    {
        var unknown = Assert.Throws<InvalidOperationException>(() => Value(new LatestNuGetVersionAttribute("Acme.Missing") { Source = Url("/v3/index.json") }, nameof(_text)));
        var notFound = Assert.Throws<InvalidOperationException>(() => Value(new LatestNuGetVersionAttribute("Acme.Missing") { Source = Url("/v3/index.json"), IncludeUnlisted = true }, nameof(_text)));

        Assert.Contains("has no listed stable version of Acme.Missing: check the package id", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("/flat/acme.missing/index.json answered 404 Not Found", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maven_gives_the_newest_stable_version_by_precedence_as_the_repository_writes_it()
    {
        var repository = Url("/maven");

        Assert.Equal("0.12.1", Value(new LatestMavenVersionAttribute(repository, "com.acme", "widget"), nameof(_text)));
        Assert.Equal("0.13.0-RC1", Value(new LatestMavenVersionAttribute(repository, "com.acme", "widget") { IncludePrerelease = true }, nameof(_text)));
        var missing = Assert.Throws<InvalidOperationException>(() => Value(new LatestMavenVersionAttribute(repository, "com.acme", "gadget"), nameof(_text)));
        Assert.Contains("/maven/com/acme/gadget/maven-metadata.xml answered 404", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_reads_GitHub_releases_at_GITHUB_API_URL_and_a_missing_repository_is_a_warning_naming_member_and_fix()
    {
        _gitHub.AddRelease("v1.0.0", []);
        _gitHub.AddRelease("v1.1.0", []);
        _gitHub.AddRelease("v2.0.0-rc.1", []).Prerelease = true;

        var (run, build) = RunBuild(new() { ["GITHUB_API_URL"] = _gitHub.ApiUrl.AbsoluteUri, ["GITHUB_TOKEN"] = Token });

        run.AssertExitCode(0);
        Assert.Equal("1.1.0", build.Stable);
        Assert.Equal("v2.0.0-rc.1", build.Newest);
        Assert.Null(build.Missing);
        Assert.Contains("ReleaseBuild.Missing is not set: [LatestGitHubRelease] failed: acme/missing was not found at", run.Output, StringComparison.Ordinal);
        Assert.Contains("check the owner/repo given to the attribute", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Output, StringComparison.Ordinal);
        Assert.All(_gitHub.Requests, r => Assert.Equal($"Bearer {Token}", r.Authorization));
    }

    [Fact]
    public void Offline_the_release_is_a_warning_and_a_target_that_requires_it_stops_the_build()
    {
        // A port nothing listens on: the connection is refused at once, as offline.
        var (run, _) = RunBuild(new() { ["GITHUB_API_URL"] = "http://127.0.0.1:1/api/v3" }, "needs-release");

        run.AssertExitCode(2);
        Assert.Contains("ReleaseBuild.Stable is not set: [LatestGitHubRelease] failed: http://127.0.0.1:1/api/v3 could not be reached", run.Output, StringComparison.Ordinal);
        Assert.Contains("Target 'needs-release' requires", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--list")]
    public void Help_and_the_list_ask_no_server_while_running_a_target_does(string option)
    {
        _gitHub.AddRelease("v1.0.0", []);
        var variables = new Dictionary<string, string> { ["GITHUB_API_URL"] = _gitHub.ApiUrl.AbsoluteUri, ["GITHUB_TOKEN"] = Token };

        var (listing, _) = RunBuild(variables, option);
        var asked = _gitHub.Requests.Count;
        var (run, build) = RunBuild(variables);

        listing.AssertExitCode(0);
        Assert.Contains("needs-release", listing.Output, StringComparison.Ordinal);
        Assert.Equal(0, asked);
        run.AssertExitCode(0);
        Assert.Equal("1.0.0", build.Stable);
        Assert.NotEmpty(_gitHub.Requests);
    }

    private string Url(string path) => $"{_feeds.Urls.First()}{path}";

    private object? Value(ValueInjectionAttributeBase attribute, string field) =>
        attribute.GetValue(typeof(LatestVersionTests).GetField(field, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!, this);

    private (InProcessRun Run, ReleaseBuild Build) RunBuild(Dictionary<string, string> variables, string target = "show")
    {
        var seen = Seen.Value = new StrongBox<ReleaseBuild?>();
        variables.TryAdd("GITHUB_TOKEN", string.Empty);
        variables.TryAdd("GH_TOKEN", string.Empty);
        var run = InProcessBuild.Run<ReleaseBuild>(_directory.Root, variables, TimeSpan.FromSeconds(60), target);
        return (run, seen.Value ?? new ReleaseBuild());
    }

    private sealed class ReleaseBuild : AutomationBuild
    {
        [LatestGitHubRelease("acme/sample", TrimPrefix = true)]
        public readonly string? Stable = null;

        [LatestGitHubRelease("acme/sample", IncludePrerelease = true)]
        public readonly string? Newest = null;

        [LatestGitHubRelease("acme/missing")]
        public readonly string? Missing = null;

        Target Show => _ => _.Executes(() => Seen.Value!.Value = this);

        Target NeedsRelease => _ => _.Requires(() => Stable).Executes(() => Seen.Value!.Value = this);
    }
}
