using Automation.Core;
using Automation.Planning;
using Automation.Targets;

namespace Automation.Execution;

/// <summary>
/// Decides, before anything runs, which scheduled targets are skipped and why: named in <c>--skip</c> (a bare
/// <c>--skip</c> names all but the invoked ones), or a false static condition. Then, to a fixpoint, a target that
/// is in the plan only for skipped targets (as their dependency or trigger) is skipped with them, unless one of
/// them says <see cref="DependencyBehavior.Execute"/>. Invoked targets are never skipped by cascade.
/// </summary>
internal static class SkipEvaluator
{
    public static Dictionary<ExecutableTarget, string> Evaluate(ExecutionPlan plan, IReadOnlyCollection<ExecutableTarget>? skipped)
    {
        var reasons = new Dictionary<ExecutableTarget, string>();
        var scheduled = plan.Targets.Select(t => t.Target).ToList();
        foreach (var target in scheduled)
        {
            var named = skipped is not null && (skipped.Count == 0 ? !plan.Invoked.Contains(target) : skipped.Contains(target));
            if (named)
            {
                reasons[target] = "--skip";
            }
            else if (FirstFalse(target, target.Definition.StaticConditions) is { } condition)
            {
                reasons[target] = $"condition false: {condition}";
            }
        }

        var pulledBy = scheduled.ToDictionary(t => t, _ => new List<ExecutableTarget>());
        foreach (var target in scheduled)
        {
            foreach (var pulled in target.ExecutionDependencies.Concat(target.Triggers).Where(pulledBy.ContainsKey))
            {
                pulledBy[pulled].Add(target);
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var target in scheduled)
            {
                if (reasons.ContainsKey(target) || plan.Invoked.Contains(target) || pulledBy[target].Count == 0)
                {
                    continue;
                }

                var needers = pulledBy[target];
                if (needers.TrueForAll(n => reasons.ContainsKey(n) && n.Definition.SkippedDependencyBehavior == DependencyBehavior.Skip))
                {
                    reasons[target] = $"skipped with {needers[0].Name}";
                    changed = true;
                }
            }
        }
        while (changed);

        return reasons;
    }

    /// <summary>The text of the first condition that is false, or null when all hold.</summary>
    public static string? FirstFalse(ExecutableTarget target, IEnumerable<Condition> conditions)
    {
        foreach (var condition in conditions)
        {
            object? value;
            try
            {
                value = condition.Evaluate();
            }
            catch (System.Reflection.TargetInvocationException exception)
            {
                throw new UsageException($"The condition '{condition.Text}' of target '{target.Name}' threw: {exception.InnerException?.Message}");
            }

            if (value is false)
            {
                return condition.Text;
            }
        }

        return null;
    }
}
