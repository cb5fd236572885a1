namespace Automation;

/// <summary>
/// The outcome of a command run from a target. Its output is kept in memory up to a limit per stream (the last
/// 100,000 lines and at most 4 MiB of text); past that, <see cref="StandardOutput"/> and <see cref="StandardError"/>
/// hold only the tail, <see cref="IsTruncated"/> is true, and <see cref="OutputFile"/> holds the whole.
/// </summary>
/// <param name="CommandLine">The command as echoed, secrets masked.</param>
/// <param name="ExitCode">The process exit code (0 in a dry run).</param>
/// <param name="StandardOutput">What was written to standard output (its tail when <see cref="IsTruncated"/>), secrets masked.</param>
/// <param name="StandardError">What was written to standard error (its tail when <see cref="IsTruncated"/>), secrets masked.</param>
/// <param name="Duration">Wall-clock time from start to exit.</param>
public sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    private readonly IReadOnlyList<MSBuildDiagnostic>? _diagnostics;

    /// <summary>Standard output split into lines, without the line ends (its tail when <see cref="IsTruncated"/>).</summary>
    public IReadOnlyList<string> OutputLines =>
        StandardOutput.Length == 0 ? [] : StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>
    /// The warnings and errors the command printed in MSBuild's canonical format, in the order they came, collected
    /// from the whole output (also when <see cref="IsTruncated"/>), at most the first 10,000.
    /// </summary>
    public IReadOnlyList<MSBuildDiagnostic> Diagnostics
    {
        get => _diagnostics ?? [.. (StandardOutput + "\n" + StandardError).ReplaceLineEndings("\n").Split('\n').Select(Output.DiagnosticLine.Parse).OfType<MSBuildDiagnostic>()];
        init => _diagnostics = value;
    }

    /// <summary>Whether the command printed more than the result keeps: <see cref="StandardOutput"/> and <see cref="StandardError"/> then hold only the last lines of each stream.</summary>
    public bool IsTruncated { get; init; }

    /// <summary>
    /// The file holding the command's whole output, both streams in the order they came, secrets masked, when it was
    /// longer than the result keeps; null when <see cref="StandardOutput"/> and <see cref="StandardError"/> hold all of
    /// it. Under <c>.nuke/temp/output/</c>, which keeps the 20 newest such files.
    /// </summary>
    public string? OutputFile { get; init; }
}
