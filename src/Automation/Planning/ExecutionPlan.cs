using Automation.Targets;

namespace Automation.Planning;

/// <summary>The scheduled targets in the order they will run, and the targets the user asked for.</summary>
internal sealed record ExecutionPlan(IReadOnlyList<PlannedTarget> Targets, IReadOnlyList<ExecutableTarget> Invoked, bool IsDefault);
