using Automation.Output;

namespace Automation;

/// <summary>What an <see cref="AfterBuildAttribute"/> hook is told: how each planned target ended, and where to write.</summary>
public sealed class BuildFinishedContext
{
    private readonly BuildOutput _output;

    internal BuildFinishedContext(IReadOnlyList<TargetOutcome> targets, bool interrupted, BuildOutput output, CancellationToken cancellationToken)
    {
        Targets = targets;
        Interrupted = interrupted;
        _output = output;
        CancellationToken = cancellationToken;
    }

    /// <summary>The planned targets in the order they were planned, with how each ended (<see cref="TargetStatus.NotRun"/> for those that never started).</summary>
    public IReadOnlyList<TargetOutcome> Targets { get; }

    /// <summary>Whether the build was interrupted (Ctrl+C, SIGTERM); <see cref="CancellationToken"/> is then cancelled.</summary>
    public bool Interrupted { get; }

    /// <summary>Whether no target failed or was aborted and the build was not interrupted.</summary>
    public bool Succeeded => !Interrupted && Targets.All(t => t.Status is not (TargetStatus.Failed or TargetStatus.Aborted));

    /// <summary>The build's interrupt signal.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Writes a line of output (secrets masked).</summary>
    /// <param name="message">The line.</param>
    public void Info(string message) => _output.Info(message);

    /// <summary>Reports a warning (a native annotation on CI) without failing the build.</summary>
    /// <param name="message">The warning.</param>
    public void Warn(string message) => _output.Warning(new Annotation(message));
}
