using Automation.Components;
using Automation.Tests.Support;

namespace Automation.Tests.Components.GitHub;

/// <summary>NUKE's <c>ICreateGitHubRelease</c>: the release it asks for, and its token parameter.</summary>
public sealed class CreateGitHubReleaseTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private sealed class Release(string changelog, params string[] assets) : AutomationBuild, ICreateGitHubRelease
    {
        public Release()
            : this(string.Empty)
        {
        }

        string IHazChangelog.ChangelogFile => changelog;

        string ICreateGitHubRelease.Name => "2.1.0";

        bool ICreateGitHubRelease.Draft => true;

        IEnumerable<AbsolutePath> ICreateGitHubRelease.AssetFiles => assets.Select(AbsolutePath.Create);
    }

    private static readonly GitHubRepository Origin = new("github.com", "acme", "sample");

    [Fact]
    public void The_release_is_named_and_tagged_by_Name_with_the_latest_changelog_section_and_the_asset_files()
    {
        _repository.WriteFile("CHANGELOG.md", "# Changelog\n\n## [vNext]\n\n## [2.1.0] / 2026-12-01\n- Faster restore\n- Fewer allocations\n\n## [2.0.0] / 2026-11-01\n- Older\n");
        var asset = Path.Combine(_repository.Root, "output", "Sample.2.1.0.nupkg");
        var build = new Release(Path.Combine(_repository.Root, "CHANGELOG.md"), asset);

        var settings = NukeGitHubRelease.Settings(build, Origin, "0123456789abcdef");

        Assert.Equal(("acme/sample", "2.1.0", "2.1.0", "0123456789abcdef"), (settings.Repository, settings.TagName, settings.Name, settings.Commit));
        Assert.Equal("- Faster restore\n- Fewer allocations", settings.Notes);
        Assert.Equal((false, true), (settings.Prerelease, settings.Draft));
        Assert.Equal([AbsolutePath.Create(asset)], settings.Assets);
        Assert.Equal(new Uri("https://api.github.com"), settings.ApiUrl);
    }

    [Fact]
    public void Without_a_changelog_the_notes_are_empty()
    {
        var build = new Release(Path.Combine(_repository.Root, "CHANGELOG.md"));

        Assert.Equal(string.Empty, NukeGitHubRelease.Settings(build, Origin, "0123456789abcdef").Notes);
    }

    [Fact]
    public void The_token_is_NUKEs_prefixed_secret_parameter_and_the_target_requires_it()
    {
        var help = BuildHarness.Run<Release>("--help").Output;
        var run = BuildHarness.Run<Release>("create-github-release");

        Assert.Contains("--github-release-github-token", help, StringComparison.Ordinal);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("github-release-github-token", run.Output, StringComparison.Ordinal);
    }
}
