using Automation.Outcomes;
using Automation.Output;
using Automation.Parameters;
using Automation.Planning;
using Automation.Targets;
using Automation.Tools;

namespace Automation.Execution;

/// <summary>
/// Runs a plan: in order, or with <c>--parallel</c> through the <see cref="ParallelScheduler"/>. Rules (docs/targets.md,
/// rules 4–12): skips are decided first (<see cref="SkipEvaluator"/>); requirements are checked before anything runs; a dynamic condition is checked just before its target; a
/// failure stops the build unless the failed target has <c>ProceedAfterFailure</c> (targets depending on a failed
/// one are still NotRun); <c>AssuredAfterFailure</c> targets run after failures and interruptions; on interrupt the
/// running targets are Aborted and the rest NotRun. <see cref="BuildProgress"/> holds these rules for both ways.
/// </summary>
internal sealed class BuildExecutor(BuildOutput output, ExecutionSettings settings)
{
    private readonly ToolLocator _tools = new(settings.Root, settings.Environment);

    /// <summary>Decides skips, then checks the requirements of the targets that will run; a missing parameter is a
    /// <see cref="Core.UsageException"/>. With <paramref name="checkRequirements"/> false (for <c>--plan</c>) only skips.</summary>
    public Dictionary<ExecutableTarget, string> Prepare(ExecutionPlan plan, IReadOnlyList<ParameterDescriptor> parameters, bool checkRequirements)
    {
        var skips = SkipEvaluator.Evaluate(plan, settings.Skip);
        if (checkRequirements)
        {
            RequirementChecker.Check(plan.Targets.Select(t => t.Target).Where(t => !skips.ContainsKey(t)), parameters);
        }

        return skips;
    }

    public async Task<BuildResult> ExecuteAsync(ExecutionPlan plan, IReadOnlyDictionary<ExecutableTarget, string> skips)
    {
        var started = settings.Time.GetTimestamp();
        var progress = new BuildProgress(plan, skips, settings.Interrupt, settings.Lifecycle);
        if (settings.Parallelism is { } limit)
        {
            await new ParallelScheduler(output, settings, _tools, limit, plan, progress).RunAsync().ConfigureAwait(false);
        }
        else
        {
            var runner = new TargetRunner(output, settings, _tools);
            foreach (var target in plan.Targets.Select(t => t.Target))
            {
                if (progress.MayStart(target))
                {
                    await runner.RunAsync(target, progress.ResultOf(target), progress.Cancellation).ConfigureAwait(false);
                    progress.Finished(target);
                }
            }
        }

        return progress.ToResult(settings.Time.GetElapsedTime(started));
    }
}
