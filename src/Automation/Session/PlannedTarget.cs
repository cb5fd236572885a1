namespace Automation;

/// <summary>
/// A target of the running build's plan, as the build-state members (<see cref="AutomationBuild.ExecutionPlan"/>,
/// <see cref="AutomationBuild.FinishedTargets"/>, ...) show it: NUKE's <c>ExecutableTarget</c>, read at the moment.
/// </summary>
/// <param name="Name">The command-line name (<c>unit-test</c>).</param>
/// <param name="MemberName">The property's name (<c>UnitTest</c>); <c>nameof(UnitTest)</c> compares with it.</param>
/// <param name="Description">The description, if any.</param>
/// <param name="Status">How it ended; null while it is scheduled or running.</param>
public sealed record PlannedTarget(string Name, string MemberName, string? Description, TargetStatus? Status)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
