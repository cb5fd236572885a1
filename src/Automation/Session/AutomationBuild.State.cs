using Automation.Execution;
using Automation.Outcomes;
using Automation.Parameters.Partitions;
using Automation.Session;
using Automation.Targets;

namespace Automation;

// NUKE's build state and lifecycle hooks, with NUKE's names and meaning. The static members (RootDirectory, ...) are
// static in NUKE, so field initializers and static helpers can read them; here they read the invocation through an
// async-local ambient scope that the session opens before it creates the build, so builds run side by side in one
// process (tests) each see their own.
public abstract partial class AutomationBuild : IBuildLifecycle, IGivenPartition
{
    private static readonly AsyncLocal<BuildState?> Invocation = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<ExecutableTarget, TargetStatus?> _progress = [];
    private readonly HashSet<ExecutableTarget> _executing = [];
    private IReadOnlyList<ExecutableTarget> _plan = [];
    private IReadOnlyList<ExecutableTarget> _invoked = [];
    private bool _hookFailed;

    /// <summary>The repository root of the running build (static, as in NUKE: usable in field initializers).</summary>
    /// <exception cref="InvalidOperationException">No build runs on this flow of control.</exception>
    public static AbsolutePath RootDirectory => Ambient(nameof(RootDirectory)).Root;

    /// <summary><c>.nuke/temp</c> under the root: logs, caches, state (git-ignored).</summary>
    public static AbsolutePath TemporaryDirectory => new NukeLayout(Ambient(nameof(TemporaryDirectory)).Root).TemporaryDirectory;

    /// <summary>The output verbosity of the running build (<c>--verbosity</c>).</summary>
    public static Verbosity Verbosity => Ambient(nameof(Verbosity)).Verbosity;

    /// <summary>The folder of the compiled build (its assembly).</summary>
    public static AbsolutePath BuildAssemblyDirectory => AbsolutePath.Create(AssemblyDirectory(Ambient(nameof(BuildAssemblyDirectory)).BuildType));

    /// <summary>
    /// The folder of the build project (<c>build/</c>, holding <c>_build.csproj</c>): the nearest folder above the
    /// build's assembly holding a project file of the assembly's name; null when the build runs without its sources.
    /// </summary>
    public static AbsolutePath? BuildProjectDirectory
    {
        get
        {
            var type = Ambient(nameof(BuildProjectDirectory)).BuildType;
            var project = $"{type?.Assembly.GetName().Name}.csproj";
            for (var directory = new DirectoryInfo(AssemblyDirectory(type)); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, project)))
                {
                    return AbsolutePath.Create(directory.FullName);
                }
            }

            return null;
        }
    }

    /// <summary>The build project file (<c>build/_build.csproj</c>); null when the build runs without its sources.</summary>
    public static AbsolutePath? BuildProjectFile =>
        BuildProjectDirectory is { } directory ? directory / $"{Ambient(nameof(BuildProjectFile)).BuildType?.Assembly.GetName().Name}.csproj" : null;

    /// <summary>The planned targets, in the order they run (or would run).</summary>
    public IReadOnlyCollection<PlannedTarget> ExecutionPlan => Locked(() => View(_plan.ToList()));

    /// <summary>The targets named on the command line, or the default ones.</summary>
    public IReadOnlyCollection<PlannedTarget> InvokedTargets => Locked(() => View(_invoked.ToList()));

    /// <summary>Planned targets that have not started yet and are not skipped.</summary>
    public IReadOnlyCollection<PlannedTarget> ScheduledTargets => Locked(() => View(_plan.Where(t => _progress.GetValueOrDefault(t) is null && !_executing.Contains(t)).ToList()));

    /// <summary>Planned targets that were skipped (<c>--skip</c>, a condition, a static condition).</summary>
    public IReadOnlyCollection<PlannedTarget> SkippedTargets => Locked(() => View(_plan.Where(t => _progress.GetValueOrDefault(t) == TargetStatus.Skipped).ToList()));

    /// <summary>Targets running now (several under <c>--parallel</c>).</summary>
    public IReadOnlyCollection<PlannedTarget> ExecutingTargets => Locked(() => View(_plan.Where(_executing.Contains).ToList()));

    /// <summary>NUKE's name of <see cref="ExecutingTargets"/> (Avalonia.Controls.Maui's build: <c>RunningTargets.Concat(ScheduledTargets)</c>).</summary>
    public IReadOnlyCollection<PlannedTarget> RunningTargets => ExecutingTargets;

    /// <summary>Targets whose outcome is decided: ended, skipped or not run.</summary>
    public IReadOnlyCollection<PlannedTarget> FinishedTargets => Locked(() => View(_plan.Where(t => _progress.GetValueOrDefault(t) is not null).ToList()));

    /// <summary>Planned targets that succeeded (also up to date ones).</summary>
    public IReadOnlyCollection<PlannedTarget> SucceededTargets => Locked(() => View(_plan.Where(t => _progress.GetValueOrDefault(t) is TargetStatus.Succeeded or TargetStatus.UpToDate or TargetStatus.Collective).ToList()));

    /// <summary>Planned targets that failed or were aborted.</summary>
    public IReadOnlyCollection<PlannedTarget> FailedTargets => Locked(() => View(_plan.Where(t => _progress.GetValueOrDefault(t) is TargetStatus.Failed or TargetStatus.Aborted).ToList()));

    /// <summary>
    /// Which part of a job split over several CI agents this run is (NUKE's <c>Partition</c>):
    /// <c>Partition.GetCurrent(Solution.GetAllProjects("*.Tests"))</c> runs this agent's share. From <c>--partition 2/3</c>,
    /// else <c>AUTOMATION_PARTITION</c> or <c>PARTITION</c> (<c>2/3</c>), else the part GitLab (<c>parallel:</c>) or Azure
    /// Pipelines (parallel strategy) gives each copy of the job; else <see cref="Partition.Single"/>, the whole.
    /// </summary>
    public Partition Partition => Parameters.Partitions.CiPartition.Of(this) ?? Partition.Single;

    Partition? IGivenPartition.GivenPartition => State.Partition;

    /// <summary>NUKE's name of <see cref="IsSuccessful"/>: true while no target failed (and no hook failed).</summary>
    public bool IsSucceeding => IsSuccessful;

    /// <summary>True while no target failed, was aborted or was not run because of that (and no hook failed).</summary>
    public bool IsSuccessful => Locked(() => !_hookFailed && !_progress.Values.Any(s => s is TargetStatus.Failed or TargetStatus.Aborted or TargetStatus.NotRun));

    /// <summary>True once a target failed or was aborted (or a hook failed).</summary>
    public bool IsFailing => !IsSuccessful;

    /// <summary>The exit code the build ends with, when set (by a target or <see cref="OnBuildFinished"/>); null: decided by the outcome.</summary>
    public int? ExitCode { get; set; }

    /// <summary>
    /// Adds NUKE-style summary entries to the running target's row of the summary:
    /// <c>ReportSummary(_ =&gt; _.AddPair("Packages", count))</c> shows <c>Packages: 3</c>.
    /// </summary>
    /// <param name="configurator">Adds the entries.</param>
    public void ReportSummary(Configure<IDictionary<string, string>> configurator) => SummaryPairs.Report(configurator);

    /// <summary>Called once the build object exists, before parameters are bound.</summary>
    protected virtual void OnBuildCreated()
    {
    }

    /// <summary>Called after parameters are bound and the plan is made, before the first target runs.</summary>
    protected virtual void OnBuildInitialized()
    {
    }

    /// <summary>Called when a target starts.</summary>
    /// <param name="target">The target's name.</param>
    protected virtual void OnTargetRunning(string target)
    {
    }

    /// <summary>Called when a target succeeded (also when it was up to date).</summary>
    /// <param name="target">The target's name.</param>
    protected virtual void OnTargetSucceeded(string target)
    {
    }

    /// <summary>Called when a target failed or was aborted.</summary>
    /// <param name="target">The target's name.</param>
    protected virtual void OnTargetFailed(string target)
    {
    }

    /// <summary>Called when a target is skipped.</summary>
    /// <param name="target">The target's name.</param>
    protected virtual void OnTargetSkipped(string target)
    {
    }

    /// <summary>Called when the last target ended, before the summary; <see cref="IsSuccessful"/> tells the outcome.</summary>
    protected virtual void OnBuildFinished()
    {
    }

    void IBuildLifecycle.TargetRunning(ExecutableTarget target)
    {
        lock (_gate)
        {
            _executing.Add(target);
        }

        Hook(nameof(OnTargetRunning), () => OnTargetRunning(target.Name));
        Extend<IOnTargetRunning>(nameof(IOnTargetRunning.OnTargetRunning), e => e.OnTargetRunning(target));
    }

    void IBuildLifecycle.TargetFinished(ExecutableTarget target, TargetResult result)
    {
        lock (_gate)
        {
            _executing.Remove(target);
            _progress[target] = result.Status;
        }

        switch (result.Status)
        {
            case TargetStatus.Succeeded or TargetStatus.UpToDate or TargetStatus.Collective:
                Hook(nameof(OnTargetSucceeded), () => OnTargetSucceeded(target.Name));
                Extend<IOnTargetSucceeded>(nameof(IOnTargetSucceeded.OnTargetSucceeded), e => e.OnTargetSucceeded(target));
                break;
            case TargetStatus.Failed or TargetStatus.Aborted:
                Hook(nameof(OnTargetFailed), () => OnTargetFailed(target.Name));
                Extend<IOnTargetFailed>(nameof(IOnTargetFailed.OnTargetFailed), e => e.OnTargetFailed(target));
                break;
            case TargetStatus.Skipped:
                Skipped(target);
                break;
        }
    }

    void IBuildLifecycle.TargetNotStarted(ExecutableTarget target, TargetResult result)
    {
        lock (_gate)
        {
            _progress[target] = result.Status;
        }

        if (result.Status == TargetStatus.Skipped)
        {
            Skipped(target);
        }
    }

    /// <summary>Opens the ambient scope of an invocation, read by the static members, until disposed.</summary>
    internal static IDisposable Enter(BuildState state)
    {
        var previous = Invocation.Value;
        Invocation.Value = state;
        return new AmbientExit(previous);
    }

    /// <summary>Calls <see cref="OnBuildCreated"/>; a hook's exception is a configuration error, as other setup code's.</summary>
    internal void Created() => OnBuildCreated();

    /// <summary>Takes in the plan and calls <see cref="OnBuildInitialized"/>, then the extensions' <see cref="IOnBuildInitialized"/>.</summary>
    internal void Initialized(Planning.ExecutionPlan plan, IEnumerable<ExecutableTarget> invoked, IReadOnlyCollection<ExecutableTarget> allTargets)
    {
        lock (_gate)
        {
            _plan = [.. plan.Targets.Select(t => t.Target)];
            _invoked = [.. invoked];
        }

        OnBuildInitialized();
        Extend<IOnBuildInitialized>(nameof(IOnBuildInitialized.OnBuildInitialized), e => e.OnBuildInitialized(allTargets, _plan));
    }

    /// <summary>
    /// Runs the <see cref="AfterBuildAttribute"/> hooks, then <see cref="OnBuildFinished"/>, and gives the exit code:
    /// <see cref="ExitCode"/> when set, else 1 when a hook failed.
    /// </summary>
    internal async Task<int> FinishedAsync(BuildResult result, BuildFinishedContext context)
    {
        foreach (var hook in AfterBuildHooks.Of(GetType()))
        {
            try
            {
                await AfterBuildHooks.InvokeAsync(hook, this, context).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                lock (_gate)
                {
                    _hookFailed = true;
                }

                ReportHookFailure?.Invoke($"{hook.DeclaringType?.Name}.{hook.Name} failed: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Hook(nameof(OnBuildFinished), OnBuildFinished);
        Extend<IOnBuildFinished>(nameof(IOnBuildFinished.OnBuildFinished), e => e.OnBuildFinished());
        return ExitCode ?? (_hookFailed && result.ExitCode == Core.ExitCodes.Success ? Core.ExitCodes.TargetFailed : result.ExitCode);
    }

    /// <summary>Where a hook's failure is reported (the build's output); set by the session.</summary>
    internal Action<string>? ReportHookFailure { get; set; }

    private static BuildState Ambient(string member) =>
        Invocation.Value ?? throw new InvalidOperationException(
            $"AutomationBuild.{member} is known only while a build runs: read it in the build class (targets, properties, field initializers) " +
            "or in code its targets call, not before Execute<T>() starts or in a static initializer.");

    private static string AssemblyDirectory(Type? type) =>
        type?.Assembly.Location is { Length: > 0 } location ? Path.GetDirectoryName(location)! : AppContext.BaseDirectory;

    private List<PlannedTarget> View(IEnumerable<ExecutableTarget> targets) =>
        [.. targets.Select(t => new PlannedTarget(t.Name, t.MemberName, t.Description, _progress.GetValueOrDefault(t)))];

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    // A hook that throws fails the build (exit code 1), as NUKE's do, but never stops the other targets' bookkeeping.
    private void Hook(string name, Action hook)
    {
        try
        {
            hook();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            lock (_gate)
            {
                _hookFailed = true;
            }

            ReportHookFailure?.Invoke($"{name} failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private sealed class AmbientExit(BuildState? previous) : IDisposable
    {
        public void Dispose() => Invocation.Value = previous;
    }
}
