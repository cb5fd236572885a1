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

    /// <summary>Moves existing files into a folder (a NUKE build's sources into build/nuke/); nothing is deleted.</summary>
    Move,

    /// <summary>Leaves an existing file alone.</summary>
    Skip,
}
