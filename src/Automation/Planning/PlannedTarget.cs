using Automation.Targets;

namespace Automation.Planning;

/// <summary>A target in the plan, with why it is there (<c>invoked</c>, <c>dependency of pack</c>, <c>triggered by test</c>).</summary>
internal sealed record PlannedTarget(ExecutableTarget Target, string Reason);
