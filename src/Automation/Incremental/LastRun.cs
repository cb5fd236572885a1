namespace Automation.Incremental;

/// <summary>What <c>--continue</c> needs to know about the previous run, stored in <c>.nuke/temp/last-run.json</c>.</summary>
/// <param name="Format">The file format's version; a file of another version is ignored.</param>
/// <param name="Arguments">The command line, without <c>--continue</c>, <c>--plan</c> and output options, secrets masked: shown when it differs.</param>
/// <param name="ArgumentsHash">Hash of the unmasked command line: what is compared, so a changed secret counts.</param>
/// <param name="Failed">Whether the run failed or was interrupted.</param>
/// <param name="Succeeded">Targets that succeeded or were up to date in it (or were carried over from the run it continued).</param>
internal sealed record LastRun(int Format, IReadOnlyList<string> Arguments, string ArgumentsHash, bool Failed, IReadOnlyList<string> Succeeded)
{
    public const int CurrentFormat = 1;
}
