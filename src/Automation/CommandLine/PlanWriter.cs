using Automation.Planning;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>Writes <c>--plan</c>: the targets in run order, each with why it is in the plan and whether it will be skipped.</summary>
internal static class PlanWriter
{
    // The arguments given a value (by the command line or a dependent target), as they would be typed.
    private static string Given(ExecutableTarget target)
    {
        var given = target.ArgumentValues.All.Where(a => target.ArgumentValues.IsGiven(a.Argument.Name)).ToList();
        return given.Count == 0
            ? string.Empty
            : " with " + string.Join(" ", given.Select(a => a.Value switch
            {
                bool flag => flag ? $"--{a.Argument.Name}" : $"--no-{a.Argument.Name}",
                Array array => $"--{a.Argument.Name} {string.Join(",", array.Cast<object?>())}",
                var value => $"--{a.Argument.Name} {value}",
            }));
    }

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
            var where = target.Definition.Interception is { } interception ? $" — runs {interception.Where}" : string.Empty;
            print($"  {number}. {target.Name.PadRight(nameWidth)}{reason}{Given(target)}{where}{skip}");
        }
    }
}
