namespace Automation;

/// <summary>The outcome of a command run from a target.</summary>
/// <param name="CommandLine">The command as echoed, secrets masked.</param>
/// <param name="ExitCode">The process exit code (0 in a dry run).</param>
/// <param name="StandardOutput">Everything written to standard output, secrets masked.</param>
/// <param name="StandardError">Everything written to standard error, secrets masked.</param>
/// <param name="Duration">Wall-clock time from start to exit.</param>
public sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    /// <summary>Standard output split into lines, without the line ends.</summary>
    public IReadOnlyList<string> OutputLines =>
        StandardOutput.Length == 0 ? [] : StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>The warnings and errors the command printed in MSBuild's canonical format, standard output first, in order.</summary>
    public IReadOnlyList<MSBuildDiagnostic> Diagnostics =>
        [.. (StandardOutput + "\n" + StandardError).ReplaceLineEndings("\n").Split('\n').Select(Output.DiagnosticLine.Parse).OfType<MSBuildDiagnostic>()];
}
