namespace Automation.Cli.Setup;

/// <summary>What a <see cref="SetupStep"/> does to its file.</summary>
internal enum SetupStepKind
{
    /// <summary>Writes a file that does not exist.</summary>
    Create,

    /// <summary>Replaces an existing file (only with <c>--force</c>).</summary>
    Overwrite,

    /// <summary>Adds to an existing file and keeps what it had (.gitignore lines, a tool, a solution entry).</summary>
    Update,

    /// <summary>Leaves an existing file alone.</summary>
    Skip,
}
