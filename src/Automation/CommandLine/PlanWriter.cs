using Automation.Planning;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>Writes <c>--plan</c>: the targets in run order, each with why it is in the plan and whether it will be skipped.</summary>
internal static class PlanWriter
{
    public static void Write(Action<string> print, ExecutionPlan plan, IReadOnlyDictionary<ExecutableTarget, string> skips)
    {
        var count = plan.Targets.Count;
        print($"Execution plan for {string.Join(" ", plan.Invoked.Select(t => t.Name))}{(plan.IsDefault ? " (default)" : string.Empty)}: {count} target{(count == 1 ? string.Empty : "s")}");
        var numberWidth = count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var nameWidth = plan.Targets.Select(t => t.Target.Name.Length).DefaultIfEmpty().Max() + 2;
        for (var i = 0; i < count; i++)
        {
            var (target, reason) = (plan.Targets[i].Target, plan.Targets[i].Reason);
            var skip = skips.TryGetValue(target, out var why) ? $" — skipped ({why})" : string.Empty;
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(numberWidth);
            print($"  {number}. {target.Name.PadRight(nameWidth)}{reason}{skip}");
        }
    }
}
