using Automation.Output.Terminal;

namespace Automation.Tests.Output.Terminal;

public sealed class StatusTextTests
{
    private static readonly (string, TimeSpan)[] TwoRunning = [("compile", TimeSpan.FromSeconds(12.3)), ("unit-test", TimeSpan.FromSeconds(4.1))];

    [Fact]
    public void Names_the_running_targets_with_their_times_and_counts_what_is_done()
    {
        Assert.Equal("▶ running: compile (12.3 s), unit-test (4.1 s) · 3 of 9 done", StatusText.Format(TwoRunning, 3, 9, 80));
    }

    [Fact]
    public void With_nothing_running_only_counts()
    {
        Assert.Equal("▶ 3 of 9 done", StatusText.Format([], 3, 9, 80));
    }

    [Fact]
    public void Long_running_times_are_in_minutes()
    {
        Assert.Equal("▶ running: pack (1:15 min) · 0 of 1 done", StatusText.Format([("pack", TimeSpan.FromSeconds(75))], 0, 1, 80));
    }

    [Fact]
    public void A_narrow_terminal_cuts_the_list_and_keeps_the_count()
    {
        var text = StatusText.Format(TwoRunning, 3, 9, 40);

        Assert.Equal("▶ running: compile (12.3… · 3 of 9 done", text);
        Assert.Equal(39, text.Length);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(20)]
    [InlineData(10)]
    [InlineData(3)]
    [InlineData(2)]
    [InlineData(1)]
    [InlineData(0)]
    public void Never_takes_the_last_column_so_it_never_wraps(int width)
    {
        var text = StatusText.Format(TwoRunning, 3, 9, width);

        Assert.True(text.Length <= Math.Max(0, width - 1), $"'{text}' is too wide for {width} columns");
        Assert.True(text.Length == 0 || text.EndsWith("…", StringComparison.Ordinal) || text.EndsWith("done", StringComparison.Ordinal), text);
    }
}
