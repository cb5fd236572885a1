namespace Automation.Incremental;

/// <summary>
/// What a target's last successful run saw, stored in <c>.nuke/temp/targets/&lt;name&gt;.json</c>: the hash of its
/// configuration, and the content hash of each input and output file by root-relative path.
/// </summary>
/// <param name="Format">The file format's version; a file of another version is ignored (the target runs).</param>
/// <param name="Target">The target's name, so a file copied under another name is not taken for this target's.</param>
/// <param name="Configuration">Hash of the target's non-file inputs and the build's parameter values.</param>
/// <param name="Inputs">Input files and their hashes, as they were when the target started.</param>
/// <param name="Outputs">Output files and their hashes, as the target left them.</param>
internal sealed record TargetState(
    int Format,
    string Target,
    string Configuration,
    SortedDictionary<string, string> Inputs,
    SortedDictionary<string, string> Outputs)
{
    public const int CurrentFormat = 2;

    /// <summary>What the run reported in the summary (test counts, a version, a coverage figure), shown again while the
    /// target is up to date. Already masked: notes pass the secret masker before they are kept.</summary>
    public List<string> Notes { get; init; } = [];
}
