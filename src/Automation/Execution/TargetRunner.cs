using System.Reflection;
using Automation.Incremental;
using Automation.Outcomes;
using Automation.Output;
using Automation.Processes;
using Automation.Targets;
using Automation.Tools;

namespace Automation.Execution;

/// <summary>
/// Runs one target that may start: checks its dynamic conditions, then runs its actions in its group, writing
/// everything to <paramref name="output"/> (a buffered one when targets run in parallel). An interrupt aborts it.
/// </summary>
internal sealed class TargetRunner(BuildOutput output, ExecutionSettings settings, ToolLocator tools)
{
    // How long an interrupted action gets to observe cancellation (and kill its processes) before we move on.
    private static readonly TimeSpan AbortGracePeriod = TimeSpan.FromSeconds(5);

    private readonly ProcessRunner _processes = new(output, settings.DryRun, new NukeLayout(settings.Root).OutputDirectory);

    /// <summary>Checks the dynamic conditions, then runs the actions; a condition that throws fails the target.</summary>
    public async Task RunAsync(ExecutableTarget target, TargetResult result, CancellationToken cancellation)
    {
        // Set here, in an async method, so it covers this target's code and ends with it.
        var console = settings.Console?.Route(output);
        settings.Lifecycle?.TargetRunning(target);
        try
        {
            await RunAsync(target, result, console, cancellation).ConfigureAwait(false);
        }
        finally
        {
            console?.Dispose();
        }
    }

    private async Task RunAsync(ExecutableTarget target, TargetResult result, IDisposable? console, CancellationToken cancellation)
    {
        try
        {
            if (SkipEvaluator.FirstFalse(target, target.Definition.DynamicConditions) is { } condition)
            {
                (result.Status, result.SkipReason) = (TargetStatus.Skipped, $"condition false: {condition}");
                return;
            }
        }
        catch (Core.UsageException exception)
        {
            Fail(target, result, exception);
            return;
        }

        if (!target.HasActions)
        {
            result.Status = TargetStatus.Collective;
            return;
        }

        UpToDateCheck? check;
        try
        {
            check = settings.UpToDate?.Check(target);
        }
        catch (TargetInvocationException exception)
        {
            // A non-file input (`Inputs(() => Version)`) is user code; when it throws, the target cannot be judged.
            Fail(target, result, Unwrap(exception));
            return;
        }

        if (check is { IsUpToDate: true })
        {
            // What the recorded run reported still holds for the same inputs; its test counts are shown as a note, not
            // added to this run's Tests line, because no test ran.
            result.Status = TargetStatus.UpToDate;
            result.Notes.AddRange(check.Recorded?.Notes ?? []);
            return;
        }

        if (check is not null && target.Definition.DeclaresInputs)
        {
            output.Debug($"Target '{target.Name}' runs: {check.Reason}");
        }

        await RunActionsAsync(target, result, check?.Started, console, cancellation).ConfigureAwait(false);
    }

    private async Task RunActionsAsync(ExecutableTarget target, TargetResult result, TargetState? startedState, IDisposable? console, CancellationToken cancellation)
    {
        output.BeginTarget(target.Name);
        var recorder = settings.DryRun || settings.UpToDate is null || !target.Definition.DeclaresInputs
            ? null
            : new StateRecorder(settings.UpToDate, target, startedState, output);
        recorder?.Invalidate();
        var started = settings.Time.GetTimestamp();
        var context = new TargetContext(result, settings.Root, output, _processes, tools, settings.DryRun, cancellation, settings.CommandVariables, target.ArgumentValues, settings.Configuration);
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
            recorder?.Record(result.Notes, result.Tests);
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
            // A last line the target wrote without a line end belongs in its group.
            console?.Dispose();
            output.EndTarget(target.Name);
        }
    }

    private async Task InvokeActionsAsync(ExecutableTarget target, TargetContext context)
    {
        // Static calls without a ctx parameter (DotNetBuild(...), Serilog's Log) find this target through it.
        using var current = CurrentTarget.Enter(context);
        if (target.Definition.Interception is { } interception && TargetInterception.Applies(target.Name, settings.Environment))
        {
            await interception.RunAsync(context, new InterceptedTarget(target.Name, [.. settings.CommandVariables?.Keys ?? []])).ConfigureAwait(false);
            return;
        }

        foreach (var action in target.Definition.Actions)
        {
            await action(context).ConfigureAwait(false);
        }
    }

    private void Fail(ExecutableTarget target, TargetResult result, Exception cause)
    {
        result.Status = TargetStatus.Failed;
        var message = output.Masker.Apply(cause.Message);
        result.Notes.Add(FailureNote.Of(cause, message, settings.Root, output.Masker.Apply));
        output.Error(new Annotation($"Target '{target.Name}' failed: {message}", Title: target.Name));
        output.Debug(cause.ToString());
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };
}
