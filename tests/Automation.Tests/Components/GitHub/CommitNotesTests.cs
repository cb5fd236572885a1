using Automation.Components;

namespace Automation.Tests.Components.GitHub;

public sealed class CommitNotesTests
{
    [Fact]
    public void Subjects_become_a_list_headed_by_the_previous_tag() =>
        Assert.Equal("Changes since v1.0.0:\n\n- Add farewell\n- Fix greeting", CommitNotes.Format(["Add farewell", "Fix greeting", " "], "v1.0.0"));

    [Fact]
    public void Without_a_previous_tag_the_list_covers_all_history() =>
        Assert.Equal("Changes:\n\n- Initial commit", CommitNotes.Format(["Initial commit"], null));

    [Fact]
    public void No_subjects_say_so() => Assert.Equal("No changes since v1.0.0.", CommitNotes.Format([], "v1.0.0"));

    [Fact]
    public void A_long_history_is_cut_with_a_count()
    {
        var notes = CommitNotes.Format([.. Enumerable.Range(1, CommitNotes.MaxSubjects + 5).Select(i => $"Commit {i}")], null);

        Assert.Contains($"- Commit {CommitNotes.MaxSubjects}\n", notes, StringComparison.Ordinal);
        Assert.DoesNotContain($"- Commit {CommitNotes.MaxSubjects + 1}\n", notes, StringComparison.Ordinal);
        Assert.EndsWith("- … and 5 more commits", notes, StringComparison.Ordinal);
    }
}
