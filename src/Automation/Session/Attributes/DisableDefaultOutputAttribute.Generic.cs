namespace Automation;

/// <summary>
/// <see cref="DisableDefaultOutputAttribute"/> on one host only (the class NUKE's own build declares for itself):
/// <c>[DisableDefaultOutput&lt;Terminal&gt;(DefaultOutput.TargetOutcome)]</c> keeps the summary table on CI systems.
/// </summary>
/// <typeparam name="T">The host (<see cref="Terminal"/>, <see cref="GitHubActions"/>, …).</typeparam>
/// <param name="disabledOutputs">The parts to switch off; none given: all of them.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public class DisableDefaultOutputAttribute<T>(params DefaultOutput[] disabledOutputs) : DisableDefaultOutputAttribute(disabledOutputs)
    where T : Host
{
    /// <inheritdoc/>
    public override bool IsApplicable(IAutomationBuild build) => build.Host is T;
}
