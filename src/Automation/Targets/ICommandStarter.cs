namespace Automation.Targets;

/// <summary>
/// Starts a command of the running target that its starter can kill on its own (NUKE's <c>IProcess.Kill</c>): the
/// target's context implements it, so <c>ProcessTasks</c> run through the target's runner (masking, tree kill).
/// </summary>
internal interface ICommandStarter
{
    /// <summary>Runs a command in the target's current directory; cancelling <paramref name="kill"/> kills its process tree.</summary>
    Task<CommandResult> StartAsync(string program, IReadOnlyList<string> arguments, RunOptions options, CancellationToken kill);
}
