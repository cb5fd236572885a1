using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Automation.Hosts;
using Automation.Parameters;
using Automation.Session;

namespace Automation;

/// <summary>
/// The base class of a build. Targets are <see cref="Target"/> properties; parameters are fields or properties
/// marked <see cref="ParameterAttribute"/>. Run it from <c>Main</c>: <c>public static int Main(string[] args) =&gt; Execute&lt;Build&gt;(args, x =&gt; x.Pack);</c>
/// </summary>
public abstract partial class AutomationBuild : IAutomationBuild, IComponentParameterStore, IBuildNumberSink
{
    private readonly ConcurrentDictionary<string, object?> _componentParameters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<object?>> _shared = new(StringComparer.Ordinal);
    private BuildState? _state;
    private Action<string>? _setBuildNumber;

    /// <summary>True on a developer machine: no CI system detected and no <c>CI</c> variable.</summary>
    public static bool IsLocalBuild => !IsServerBuild;

    /// <summary>True on a CI agent (GitHub Actions, Azure Pipelines, GitLab, TeamCity, Jenkins, AppVeyor, Bitbucket, Travis, or <c>CI</c> set).</summary>
    public static bool IsServerBuild => HostCatalog.IsServerBuild(BuildEnvironment.ProcessVariables());

    /// <summary>
    /// The CI system the build runs on, as NUKE's <c>Host</c>: <c>if (Host is GitHubActions gitHub) … gitHub.RunNumber</c>;
    /// a <see cref="Terminal"/> on a developer's machine (<c>Host is Terminal</c>); null on a CI system the engine has no
    /// object for. Judged from the running build's environment (outside a build, the process's).
    /// </summary>
    public static BuildHost? Host => Invocation.Value is { } state ? BuildHost.From(state.Environment) : BuildHost.Instance;

    /// <inheritdoc />
    Host? IAutomationBuild.Host => BuildHost.From(State.Environment);

    /// <inheritdoc />
    AbsolutePath IAutomationBuild.RootDirectory => State.Root;

    /// <inheritdoc />
    AbsolutePath IAutomationBuild.TemporaryDirectory => new NukeLayout(State.Root).TemporaryDirectory;

    /// <inheritdoc />
    public bool IsDryRun => State.IsDryRun;

    /// <inheritdoc />
    Verbosity IAutomationBuild.Verbosity => State.Verbosity;

    /// <inheritdoc />
    public string HostName => State.HostName;

    /// <inheritdoc />
    public bool RunsOnServer => HostCatalog.IsServerBuild(State.Environment);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> EnvironmentVariables => State.Environment;

    /// <inheritdoc />
    public T? ParameterValue<T>([CallerMemberName] string member = "") =>
        _componentParameters.TryGetValue(member, out var value) && value is T typed ? typed : default;

    /// <inheritdoc />
    public T Shared<T>(Func<T> create, [CallerMemberName] string key = "")
    {
        ArgumentNullException.ThrowIfNull(create);
        return (T)_shared.GetOrAdd(key, _ => new Lazy<object?>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication)).Value!;
    }

    private BuildState State => _state ?? throw new InvalidOperationException("The build is not running yet: use RootDirectory and friends inside target definitions, not in constructors or field initializers.");

    /// <summary>
    /// Runs the build with the process's arguments and environment. Ctrl+C or SIGTERM interrupts it (exit 130); a
    /// second Ctrl+C ends the process at once.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="defaultTargets">The targets to run when none is named.</param>
    /// <returns>The exit code: 0 success, 1 a target failed, 2 usage or configuration error, 130 interrupted.</returns>
    public static int Execute<TBuild>(string[] args, params Expression<Func<TBuild, Target>>[] defaultTargets)
        where TBuild : AutomationBuild, new()
    {
        using var interrupt = new CancellationTokenSource();

        // This process owns its descendants: an orphan among them (its parent died of Ctrl+C, or exited and left it
        // running) is re-parented to the build rather than to init, so an interrupt still finds and kills it.
        // It collects the orphans it adopted when they end (never .NET's own children: see OrphanCollector).
        using var orphans = Launching.OrphanCollector.StartIfSubreaper(Launching.PosixProcess.BecomeSubreaper());
        void OnSignal(PosixSignalContext context)
        {
            // The first signal asks for an orderly stop (assured targets, summary); a second one is not intercepted.
            var first = !interrupt.IsCancellationRequested;
            context.Cancel = first;

            // Cancelling kills each running command's tree; then whatever else descends from the build goes too, before
            // a second signal ends the process (this runs to its end before the handler returns).
            interrupt.Cancel();
            var killed = Launching.ProcessTreeKiller.KillDescendantsOfThisProcess();
            if (first)
            {
                _ = Launching.OrphanReaper.ReapAsync(killed, TimeSpan.FromSeconds(1));
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return Execute(BuildEnvironment.FromProcess(args, interrupt.Token), defaultTargets);
    }

    /// <summary>
    /// Runs the build with the process's own command line (<see cref="Environment.GetCommandLineArgs"/> without the
    /// program), as NUKE's <c>public static int Main() =&gt; Execute&lt;Build&gt;(x =&gt; x.Compile);</c> does.
    /// </summary>
    /// <param name="defaultTargets">The targets to run when none is named.</param>
    /// <returns>The exit code: 0 success, 1 a target failed, 2 usage or configuration error, 130 interrupted.</returns>
    public static int Execute<TBuild>(params Expression<Func<TBuild, Target>>[] defaultTargets)
        where TBuild : AutomationBuild, new() =>
        Execute(ProcessArguments(Environment.GetCommandLineArgs()), defaultTargets);

    /// <summary>The arguments of a command line as <see cref="Environment.GetCommandLineArgs"/> gives it: all but the program.</summary>
    internal static string[] ProcessArguments(string[] commandLine) => commandLine.Length == 0 ? [] : commandLine[1..];

    /// <summary>Runs the build in the given environment; for tests that run many builds in one process.</summary>
    /// <param name="environment">Arguments, variables, output and interrupt signal.</param>
    /// <param name="defaultTargets">The targets to run when none is named.</param>
    /// <returns>The exit code.</returns>
    public static int Execute<TBuild>(BuildEnvironment environment, params Expression<Func<TBuild, Target>>[] defaultTargets)
        where TBuild : AutomationBuild, new()
    {
        ArgumentNullException.ThrowIfNull(defaultTargets);
        var compiled = defaultTargets.Select(d => d.Compile()).ToList();
        var session = new BuildSession(environment, typeof(TBuild), () => new TBuild(), build => compiled.Select(d => d((TBuild)build)));
        return Core.SynchronousWait.For(session.RunAsync(), "the build's entry point (its Main) returns the exit code");
    }

    internal void Attach(BuildState state) => _state = state;

    /// <summary>Where <see cref="IBuildNumberSink.SetBuildNumber"/> goes: the run's output, to its CI host.</summary>
    internal void AttachBuildNumberSink(Action<string> setBuildNumber) => _setBuildNumber = setBuildNumber;

    /// <inheritdoc />
    void IBuildNumberSink.SetBuildNumber(string number) => _setBuildNumber?.Invoke(number);

    /// <summary>Stores the bound value of a parameter declared on a component interface (read by <see cref="ParameterValue{T}"/>).</summary>
    void IComponentParameterStore.SetComponentParameter(string member, object? value) => _componentParameters[member] = value;
}
