namespace Automation.Targets;

/// <summary>
/// Runs a target somewhere else instead of here (a target's <c>.DockerRun(…)</c>: in a container): when the target
/// runs, <see cref="RunAsync"/> runs in place of its actions. The build it starts there runs the same target with
/// <see cref="Variable"/> set to the target's name, and so runs the actions.
/// </summary>
/// <param name="Where">Where the target runs, for <c>--plan</c> (<c>in a Docker container</c>).</param>
/// <param name="RunAsync">Runs the target elsewhere, given the target's context and the target.</param>
internal sealed record TargetInterception(string Where, Func<ITargetContext, InterceptedTarget, Task> RunAsync)
{
    /// <summary>Set to a target's name in the build that runs that target's actions for an interception.</summary>
    public const string Variable = "AUTOMATION_INTERCEPTED_TARGET";

    /// <summary>Whether the interception applies in a build with these environment variables: not in the build it started.</summary>
    public static bool Applies(string targetName, IReadOnlyDictionary<string, string> environment) =>
        !(environment.TryGetValue(Variable, out var name) && string.Equals(name, targetName, StringComparison.OrdinalIgnoreCase));
}
