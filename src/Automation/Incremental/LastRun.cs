namespace Automation.Incremental;

/// <summary>What <c>--continue</c> needs to know about the previous run, stored in <c>.nuke/temp/last-run.json</c>.</summary>
/// <param name="Format">The file format's version; a file of another version is ignored.</param>
/// <param name="Root">The repository root it ran in: a record copied from another checkout is not resumed.</param>
/// <param name="Commit">The commit checked out (<see cref="HeadCommit"/>): a record restored from a cache of another commit is not resumed.</param>
/// <param name="Arguments">The command line, without <c>--continue</c>, <c>--plan</c> and output options, and with every word that may carry a secret masked: shown when it differs.</param>
/// <param name="ArgumentsHash">Hash of <paramref name="Arguments"/>: what is compared. Nothing in the record is derived from a secret value.</param>
/// <param name="Parameters">Hash of each non-secret parameter's value, wherever it came from (environment, parameter files).</param>
/// <param name="Failed">Whether the run failed or was interrupted.</param>
/// <param name="Succeeded">Targets that succeeded or were up to date in it (or were carried over from the run it continued).</param>
internal sealed record LastRun(
    int Format,
    string Root,
    string? Commit,
    IReadOnlyList<string> Arguments,
    string ArgumentsHash,
    SortedDictionary<string, string> Parameters,
    bool Failed,
    IReadOnlyList<string> Succeeded)
{
    // 2: the hash is of the masked arguments (format 1 hashed the real ones, secrets included).
    // 3: the root, the commit and the parameter values, so that a record from elsewhere is not resumed.
    public const int CurrentFormat = 3;
}
