namespace Automation;

/// <summary>
/// The target whose action runs on this flow of control: what static calls without a <c>ctx</c> parameter
/// (<c>DotNetBuild(s =&gt; ...)</c>, <c>Git("tag v1")</c>, <c>ProcessTasks.StartProcess(...)</c>, Serilog's <c>Log</c>)
/// run through, so their output lands in that target's group, with its masking, dry run and cancellation. Each target
/// has its own, also under <c>--parallel</c>; it flows into <c>await</c>s and tasks the action starts.
/// </summary>
public static class CurrentTarget
{
    // Async-local, not static: parallel targets (and builds run side by side in one process) each see their own.
    private static readonly AsyncLocal<ITargetContext?> Running = new();

    /// <summary>Whether a target's action runs on this flow of control.</summary>
    public static bool IsRunning => Running.Value is not null;

    /// <summary>The running target's context, or null outside any target's action.</summary>
    public static ITargetContext? ContextOrNull => Running.Value;

    /// <summary>The running target's context.</summary>
    /// <exception cref="InvalidOperationException">No target's action runs here; the message says how to fix it.</exception>
    public static ITargetContext Context => Require("This call");

    /// <summary>The running target's context, or an error naming <paramref name="caller"/> and the fix.</summary>
    /// <param name="caller">What needs the target, for the message (<c>DotNetBuild</c>).</param>
    /// <returns>The running target's context.</returns>
    /// <exception cref="InvalidOperationException">No target's action runs here.</exception>
    public static ITargetContext Require(string caller) =>
        Running.Value ?? throw new InvalidOperationException(
            $"{caller} runs commands and writes output for the running target, but no target runs here. Call it inside a target's action " +
            "(.Executes(() => ...)), not in a constructor, a field initializer or a property read while the build is set up; " +
            "or use the ctx form, .Executes(ctx => ctx.…).");

    /// <summary>Makes <paramref name="context"/> the running target on this flow of control until the scope is disposed.</summary>
    internal static IDisposable Enter(ITargetContext context)
    {
        var previous = Running.Value;
        Running.Value = context;
        return new Exit(previous);
    }

    private sealed class Exit(ITargetContext? previous) : IDisposable
    {
        public void Dispose() => Running.Value = previous;
    }
}
