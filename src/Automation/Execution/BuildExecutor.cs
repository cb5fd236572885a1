using System.Reflection;
using Automation.Hosts;
using Automation.Parameters;
using Automation.Planning;
using Automation.Processes;
using Automation.Targets;
using Automation.Tools;

namespace Automation.Execution;

/// <summary>
/// Runs a plan in order. Rules (README, "How targets run"): skips are decided first (<see cref="SkipEvaluator"/>);
/// requirements are checked before anything runs; a dynamic condition is checked just before its target; a
/// failure stops the build unless the failed target has <c>ProceedAfterFailure</c> (targets depending on a failed
/// one are still NotRun); <c>AssuredAfterFailure</c> targets run after failures and interruptions; on interrupt the
/// running target is Aborted and the rest NotRun.
/// </summary>
internal sealed class BuildExecutor(BuildOutput output, ExecutionSettings settings)
{
    // How long an interrupted action gets to observe cancellation (and kill its processes) before we move on.
    private static readonly TimeSpan AbortGracePeriod = TimeSpan.FromSeconds(5);

    private readonly ProcessRunner _runner = new(output, settings.DryRun);
    private readonly ToolResolver _tools = new(settings.Root, settings.Environment);

    /// <summary>Decides skips, then checks the requirements of the targets that will run; a missing parameter is a
    /// <see cref="Cli.UsageException"/>. With <paramref name="checkRequirements"/> false (for <c>--plan</c>) only skips.</summary>
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
        var results = plan.Targets.ToDictionary(t => t.Target, t => new TargetResult(t.Target.Name));
        var interrupted = false;
        var stopped = false;
        foreach (var target in plan.Targets.Select(t => t.Target))
        {
            var result = results[target];
            interrupted |= settings.Interrupt.IsCancellationRequested;
            var assured = target.Definition.IsAssuredAfterFailure;
            if (skips.TryGetValue(target, out var reason))
            {
                (result.Status, result.SkipReason) = (TargetStatus.Skipped, reason);
            }
            else if ((interrupted || stopped) && !assured)
            {
                result.Status = TargetStatus.NotRun;
            }
            else if (!assured && target.ExecutionDependencies.Concat(target.TriggeredBy).FirstOrDefault(d => DidNotSucceed(d, results)) is { } failed)
            {
                result.Status = TargetStatus.NotRun;
                result.Notes.Add($"{failed.Name} did not succeed");
            }
            else
            {
                await RunAsync(target, result, interrupted ? CancellationToken.None : settings.Interrupt).ConfigureAwait(false);
                interrupted |= result.Status == TargetStatus.Aborted;
                stopped |= result.Status == TargetStatus.Failed && !target.Definition.ProceedsAfterFailure;
            }
        }

        interrupted |= settings.Interrupt.IsCancellationRequested;
        return new BuildResult(plan.Targets.Select(t => results[t.Target]).ToList(), interrupted, settings.Time.GetElapsedTime(started));
    }

    private static bool DidNotSucceed(ExecutableTarget target, Dictionary<ExecutableTarget, TargetResult> results) =>
        results.TryGetValue(target, out var result) && result.Status is TargetStatus.Failed or TargetStatus.NotRun or TargetStatus.Aborted;

    /// <summary>Checks the dynamic conditions, then runs the actions; a condition that throws fails the target.</summary>
    private async Task RunAsync(ExecutableTarget target, TargetResult result, CancellationToken cancellation)
    {
        try
        {
            if (SkipEvaluator.FirstFalse(target, target.Definition.DynamicConditions) is { } condition)
            {
                (result.Status, result.SkipReason) = (TargetStatus.Skipped, $"condition false: {condition}");
                return;
            }
        }
        catch (Cli.UsageException exception)
        {
            Fail(target, result, exception);
            return;
        }

        if (!target.HasActions)
        {
            result.Status = TargetStatus.Collective;
            return;
        }

        await RunActionsAsync(target, result, cancellation).ConfigureAwait(false);
    }

    private async Task RunActionsAsync(ExecutableTarget target, TargetResult result, CancellationToken cancellation)
    {
        output.BeginTarget(target.Name);
        var started = settings.Time.GetTimestamp();
        var context = new TargetContext(result, settings.Root, output, _runner, _tools, settings.DryRun, cancellation);
        var actions = Task.Run(() => InvokeActionsAsync(target, context), CancellationToken.None);
        var interruptSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellation.Register(() => interruptSignal.TrySetResult());
        var interrupt = interruptSignal.Task;
        try
        {
            if (await Task.WhenAny(actions, interrupt).ConfigureAwait(false) == interrupt)
            {
                result.Status = TargetStatus.Aborted;
                output.Error(new Annotation($"Target '{target.Name}' was interrupted.", Title: target.Name));
                await Task.WhenAny(actions, Task.Delay(AbortGracePeriod, CancellationToken.None)).ConfigureAwait(false);
                return;
            }

            await actions.ConfigureAwait(false);
            result.Status = TargetStatus.Succeeded;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            result.Status = TargetStatus.Aborted;
        }
        catch (Exception exception)
        {
            Fail(target, result, Unwrap(exception));
        }
        finally
        {
            result.Duration = settings.Time.GetElapsedTime(started);
            output.EndTarget(target.Name);
        }
    }

    private static async Task InvokeActionsAsync(ExecutableTarget target, TargetContext context)
    {
        foreach (var action in target.Definition.Actions)
        {
            await action(context).ConfigureAwait(false);
        }
    }

    private void Fail(ExecutableTarget target, TargetResult result, Exception cause)
    {
        result.Status = TargetStatus.Failed;
        var message = output.Masker.Apply(cause.Message);
        result.Notes.Add(FirstLine(message));
        output.Error(new Annotation($"Target '{target.Name}' failed: {message}", Title: target.Name));
        output.Debug(cause.ToString());
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].TrimEnd('\r');
        return line.Length <= 100 ? line : line[..97] + "...";
    }
}
