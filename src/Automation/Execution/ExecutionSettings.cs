using Automation.Targets;

namespace Automation.Execution;

/// <summary>What the executor needs besides the plan.</summary>
/// <param name="Root">The repository root.</param>
/// <param name="DryRun">Echo commands instead of starting them.</param>
/// <param name="Skip">Targets named in <c>--skip</c>; empty for a bare <c>--skip</c>; null when not given.</param>
/// <param name="Time">The clock for durations.</param>
/// <param name="Interrupt">Signalled on Ctrl+C or SIGTERM.</param>
/// <param name="Environment">The build's environment variables (tool overrides such as <c>REPORTGENERATOR_EXE</c>).</param>
/// <param name="Parallelism">With <c>--parallel</c>, how many targets may run at once; null runs them one by one.</param>
/// <param name="UpToDate">Decides which targets with inputs are up to date; null: every target runs.</param>
/// <param name="Console">Routes what each target writes to the console to its own output; null: not captured.</param>
/// <param name="CommandVariables">Variables every command gets (the root lock's token, so a build a command runs in
/// the same root goes on under this one's lock); null: none.</param>
/// <param name="Lifecycle">Told of each target's start and end (the build's NUKE-style state and hooks); null: nobody.</param>
/// <param name="Configuration">The configuration sections targets read with <c>ctx.Config&lt;T&gt;</c>; null: none.</param>
internal sealed record ExecutionSettings(
    AbsolutePath Root,
    bool DryRun,
    IReadOnlyCollection<ExecutableTarget>? Skip,
    TimeProvider Time,
    CancellationToken Interrupt,
    IReadOnlyDictionary<string, string> Environment,
    int? Parallelism = null,
    Incremental.UpToDateChecker? UpToDate = null,
    Output.ConsoleCapture? Console = null,
    IReadOnlyDictionary<string, string?>? CommandVariables = null,
    IBuildLifecycle? Lifecycle = null,
    Automation.ConfigurationFiles.BuildConfiguration? Configuration = null);
