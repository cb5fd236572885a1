using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>Static calls without a ctx parameter find the running target through <see cref="CurrentTarget"/>.</summary>
public sealed class CurrentTargetTests
{
    private sealed class TwoAtOnce : AutomationBuild
    {
        private readonly Rendezvous _both = new(2);

        Target Left => _ => _.Executes(async () => await RecordAsync("left"));

        Target Right => _ => _.Executes(async () => await RecordAsync("right"));

        private async Task RecordAsync(string expected)
        {
            // Both run at once before either reads its context, so a shared (non-async-local) slot would be caught.
            await _both.ArriveAsync(expected);
            await Task.Yield();
            Trace.Record($"{expected} sees {CurrentTarget.Context.TargetName}");
            CurrentTarget.Context.Info($"written by {expected}");
        }
    }

    private sealed class OutsideAnyTarget : AutomationBuild
    {
        private readonly string _name = CurrentTarget.Context.TargetName;

        Target Compile => _ => _.Executes(() => Trace.Record(_name));
    }

    [Fact]
    public void Each_parallel_target_sees_itself_as_the_current_target()
    {
        var run = BuildHarness.Run<TwoAtOnce>("left", "right", "--parallel", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["left sees left", "right sees right"], run.Trace.Order(StringComparer.Ordinal));
        Assert.Contains("written by left", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_target_the_current_target_is_a_clear_error()
    {
        Assert.False(CurrentTarget.IsRunning);
        var error = Assert.Throws<InvalidOperationException>(() => CurrentTarget.Context);
        Assert.Contains("inside a target's action (.Executes(() => ...))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_current_target_while_the_build_is_set_up_fails_the_setup_naming_the_fix()
    {
        var run = BuildHarness.Run<OutsideAnyTarget>("compile");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no target runs here", run.Output, StringComparison.Ordinal);
    }
}
