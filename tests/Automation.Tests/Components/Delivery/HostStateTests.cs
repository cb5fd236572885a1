using Automation.Components;

namespace Automation.Tests.Components.Delivery;

public sealed class HostStateTests
{
    private const string Output = """
        live=versions/1.1.0
        hash=abc
        history=1.0.0
        history=1.1.0
        history=1.2.0
        history=1.1.0
        version=0.9.0
        version=1.0.0
        version=1.1.0
        version=1.3.0
        """;

    [Fact]
    public void The_previous_version_is_the_last_one_live_before_that_is_still_there()
    {
        var state = HostState.Parse(Output);
        Assert.Equal(("1.1.0", "abc"), (state.Live, state.LiveHash));
        // 1.2.0 went live once but is gone (its health check failed), so 1.0.0 is the one to go back to.
        Assert.Equal("1.0.0", state.Previous);
    }

    [Fact]
    public void Pruning_keeps_the_most_recently_live_versions_and_drops_never_live_ones_first()
    {
        var state = HostState.Parse(Output);
        Assert.Equal(["0.9.0", "1.3.0"], state.BeyondLimit(2));
        Assert.Equal(["0.9.0", "1.0.0", "1.3.0"], state.BeyondLimit(1));
    }

    [Fact]
    public void An_empty_host_has_nothing_live()
    {
        var state = HostState.Parse("live=\n");
        Assert.Equal((null, null, 0), (state.Live, state.Previous, state.Versions.Count));
    }
}
