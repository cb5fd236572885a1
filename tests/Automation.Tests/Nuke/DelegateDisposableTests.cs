namespace Automation.Tests.Nuke;

/// <summary>NUKE's <c>DelegateDisposable</c>: setup now, cleanup on dispose, and a member set and restored.</summary>
public sealed class DelegateDisposableTests
{
    private sealed class Settings
    {
        public bool Verbose { get; set; }

        public string Name = "before";
    }

    [Fact]
    public void CreateBracket_runs_the_setup_at_once_and_the_cleanup_on_dispose()
    {
        var steps = new List<string>();

        using (DelegateDisposable.CreateBracket(() => steps.Add("setup"), () => steps.Add("cleanup")))
        {
            steps.Add("body");
        }

        Assert.Equal(["setup", "body", "cleanup"], steps);
    }

    [Fact]
    public void CreateBracket_hands_the_setup_result_to_the_cleanup()
    {
        var cleaned = new List<int>();

        DelegateDisposable.CreateBracket(() => 42, cleaned.Add).Dispose();

        Assert.Equal([42], cleaned);
    }

    [Fact]
    public void SetAndRestore_sets_a_property_and_a_field_and_puts_the_old_values_back()
    {
        var settings = new Settings();

        using (DelegateDisposable.SetAndRestore(() => settings.Verbose, true))
        using (DelegateDisposable.SetAndRestore(() => settings.Name, "during"))
        {
            Assert.True(settings.Verbose);
            Assert.Equal("during", settings.Name);
        }

        Assert.False(settings.Verbose);
        Assert.Equal("before", settings.Name);
    }

    [Fact]
    public void SetAndRestore_of_something_not_a_member_names_what_it_needs()
    {
        var error = Assert.Throws<ArgumentException>(() => DelegateDisposable.SetAndRestore(() => 1 + 2, 4));

        Assert.Contains("field or a settable property", error.Message, StringComparison.Ordinal);
    }
}
