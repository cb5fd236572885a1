namespace Automation.Testing;

/// <summary>What a build run by <see cref="BuildTest"/> left: its exit code, its output and the commands it would have run.</summary>
/// <param name="ExitCode">0 success, 1 a target failed, 2 usage or configuration error, 130 interrupted.</param>
/// <param name="Output">Everything it printed (line ends as <c>\n</c>).</param>
/// <param name="Commands">The commands it started, in order, with the answers they got.</param>
public sealed record BuildTestRun(int ExitCode, string Output, IReadOnlyList<RecordedCommand> Commands)
{
    /// <summary>The <see cref="RecordedCommand.Text"/> of each command, in order.</summary>
    public IReadOnlyList<string> CommandLines => [.. Commands.Select(command => command.Text)];
}
