using Automation.Core;
using NuGet.Versioning;

namespace Automation.Tests.Changelogs;

/// <summary>NUKE's changelog model: <see cref="ChangelogTasks.ReadChangelog"/>, <see cref="ReleaseNotes"/>, and finalizing with links.</summary>
public sealed class ChangelogModelTests : IDisposable
{
    private const string KeepAChangelog =
        "# Changelog\n\n## [Unreleased]\n\n- Porting\n\n## [1.1.0] / 2026-02-01\n\n### Added\n- Faster\n\n## 1.0.0 - 2026-01-01\n\n- First\n\n[1.1.0]: https://example.invalid/1.1.0\n";

    // FAKE-style release notes, as Akka.NET's repositories keep them.
    private const string FakeStyle =
        "#### 1.5.32 December 20th 2024 ####\n- Bump Akka\n\n`Akka.TestKit.NUnit3` is deprecated.\n\n#### 1.5.24-beta1 June 11 2024 ####\n- Bump NUnit\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "automation-changelog-model-" + Guid.NewGuid().ToString("N"));

    private AbsolutePath Write(string text)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "CHANGELOG.md");
        File.WriteAllText(path, text);
        return AbsolutePath.Create(path);
    }

    [Fact]
    public void The_model_has_the_unreleased_section_and_every_release_with_its_version_and_lines()
    {
        var changelog = ChangelogTasks.ReadChangelog(Write(KeepAChangelog));

        Assert.NotNull(changelog.Unreleased);
        Assert.Equal(["- Porting"], changelog.Unreleased.Notes);
        Assert.Equal([null, "1.1.0", "1.0.0"], changelog.ReleaseNotes.Select(r => r.Version?.ToString()));
        Assert.Equal(["### Added", "- Faster"], changelog.ReleaseNotes[1].Notes);
        Assert.Equal((6, 9), (changelog.ReleaseNotes[1].StartIndex, changelog.ReleaseNotes[1].EndIndex));
        Assert.Equal(NuGetVersion.Parse("1.1.0"), changelog.LatestVersion);
    }

    [Fact]
    public void Fake_style_headings_of_level_four_with_a_version_are_sections_and_versions_compare()
    {
        var file = Write(FakeStyle);
        var latest = ChangelogTasks.ReadChangelog(file).ReleaseNotes.OrderByDescending(r => r.Version).First();

        Assert.Equal("1.5.32", latest.Version!.ToString());
        Assert.Equal(["- Bump Akka", "", "`Akka.TestKit.NUnit3` is deprecated."], latest.Notes);
        Assert.True(ChangelogTasks.ReadReleaseNotes(file)[1].Version!.IsPrerelease);
        Assert.Equal("- Bump Akka" + Environment.NewLine + Environment.NewLine + "`Akka.TestKit.NUnit3` is deprecated.", ChangelogTasks.GetNuGetReleaseNotes(file));
    }

    [Fact]
    public void A_file_without_sections_or_with_two_unversioned_ones_is_a_usage_error_naming_the_lines()
    {
        Assert.Throws<UsageException>(() => ChangelogTasks.ReadChangelog(Write("# Changelog\n\nNothing yet.\n")));

        var exception = Assert.Throws<UsageException>(() => ChangelogTasks.ReadChangelog(Write("## [Unreleased]\n- a\n## Notes\n- b\n## 1.0.0\n- c\n")));
        Assert.Contains("lines 1, 3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finalizing_the_model_refuses_a_version_not_newer_than_the_latest_release()
    {
        var file = Write(KeepAChangelog);

        Assert.Throws<UsageException>(() => ChangelogTasks.FinalizeChangelog(ChangelogTasks.ReadChangelog(file), NuGetVersion.Parse("1.1.0")));
        ChangelogTasks.FinalizeChangelog(ChangelogTasks.ReadChangelog(file), NuGetVersion.Parse("1.2.0"));

        Assert.Equal(["- Porting"], ChangelogTasks.ExtractChangelogSectionNotes(file, "1.2.0"));
    }

    [Fact]
    public void Finalizing_with_a_GitHub_repository_rewrites_the_links_to_compare_each_release_with_the_one_before()
    {
        var file = Write(KeepAChangelog);

        ChangelogTasks.FinalizeChangelog(file, "1.2.0", GitRepository.FromUrl("https://github.com/octo/app"));

        var lines = File.ReadAllLines(file);
        Assert.Equal(
            [
                "[Unreleased]: https://github.com/octo/app/compare/1.2.0...HEAD",
                "[1.2.0]: https://github.com/octo/app/compare/1.1.0...1.2.0",
                "[1.1.0]: https://github.com/octo/app/compare/1.0.0...1.1.0",
                "[1.0.0]: https://github.com/octo/app/tree/1.0.0",
            ],
            lines.Where(l => l.StartsWith('[')));
        Assert.DoesNotContain(lines, l => l.Contains("example.invalid", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
