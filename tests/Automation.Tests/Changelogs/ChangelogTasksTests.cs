using Automation.Core;

namespace Automation.Tests.Changelogs;

public sealed class ChangelogTasksTests : IDisposable
{
    private const string Changelog = "# Changelog\n\n## [Unreleased]\n\n- Porting\n\n## [1.1.0] / 2026-02-01\n\n- Faster\n- Smaller\n\n## 1.0.0 - 2026-01-01\n\n- First\n\n[1.1.0]: https://example.invalid/1.1.0\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "automation-changelog-" + Guid.NewGuid().ToString("N"));

    private AbsolutePath File()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "CHANGELOG.md");
        System.IO.File.WriteAllText(path, Changelog);
        return AbsolutePath.Create(path);
    }

    [Fact]
    public void The_notes_of_a_tag_or_of_the_latest_release_leave_out_blank_lines_and_link_definitions()
    {
        var file = File();

        Assert.Equal(["- Faster", "- Smaller"], ChangelogTasks.ExtractChangelogSectionNotes(file));
        Assert.Equal(["- First"], ChangelogTasks.ExtractChangelogSectionNotes(file, "v1.0.0"));
        Assert.Equal("- Faster" + Environment.NewLine + "- Smaller", ChangelogTasks.GetNuGetReleaseNotes(file));
    }

    [Fact]
    public void A_missing_section_is_a_usage_error()
    {
        Assert.Throws<UsageException>(() => ChangelogTasks.ExtractChangelogSectionNotes(File(), "2.0.0"));
    }

    [Fact]
    public void Finalizing_turns_the_unreleased_section_into_the_release_and_opens_a_new_one()
    {
        var file = File();

        ChangelogTasks.FinalizeChangelog(file, "1.2.0");

        var text = System.IO.File.ReadAllText(file);
        Assert.StartsWith("# Changelog\n\n## [Unreleased]\n\n## [1.2.0] / ", text, StringComparison.Ordinal);
        Assert.Equal(["- Porting"], ChangelogTasks.ExtractChangelogSectionNotes(file, "1.2.0"));
        Assert.Throws<UsageException>(() => ChangelogTasks.FinalizeChangelog(file, "1.2.0"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
