namespace Automation.IntegrationTests.Versioning.Differential;

/// <summary>
/// Which seeded histories the differential test versions. Off CI: the whole fixed set, seeds 1..200. On CI (about a
/// fifth of the time, which the 20-minute CI budget needs): every seed that ever found a bug, plus every eighth seed of
/// the fixed set for breadth. The 1,000-seed agreement rate stays a script (tests/benchmarks/gitversion-agreement.sh).
/// </summary>
internal static class DifferentialSeeds
{
    /// <summary>The fixed set: a new seed range is a new test; widen it when a fix lands, never narrow it to hide a difference.</summary>
    public static IEnumerable<int> FixedSet => Enumerable.Range(1, 200);

    /// <summary>
    /// Every seed that found a difference, with what it found (the commits that fixed each pattern name the seeds).
    /// Never remove one: they are the regression tests of those fixes.
    /// </summary>
    public static IReadOnlyDictionary<int, string> FoundBugs { get; } = new Dictionary<int, string>
    {
        [1] = "same version, another version source commit (VersionSourceSha/VersionSourceSemVer); fixed",
        [4] = "branch behind its source: GitVersion gives the source's version with 0 commits; fixed",
        [34] = "branch behind its source: GitVersion gives the source's version with 0 commits; fixed",
        [74] = "main after merges kept the merged branch's increment; fixed (main keeps its own increment)",
        [100] = "long-forked branch counted from the last tag reachable instead of the source's current version; fixed",
        [110] = "main after merges kept the merged branch's increment; fixed",
        [116] = "detached HEAD on a tagged commit several branches contain: GitVersion says (no branch), ours named the tag; fixed",
        [133] = "main after merges kept the merged branch's increment; fixed",
        [136] = "long-forked branch counted from the last tag reachable; fixed",
        [139] = "main after merges kept the merged branch's increment; fixed",
        [140] = "long-forked branch counted from the last tag reachable; fixed",
        [150] = "main after merges kept the merged branch's increment; fixed",
        [163] = "long-forked branch counted from the last tag reachable; fixed",
        [176] = "same version, another version source commit (VersionSourceSha/VersionSourceSemVer); fixed",
        [185] = "main after merges kept the merged branch's increment; fixed",
    };

    /// <summary>The seeds CI runs: those that found bugs, and every eighth seed of the fixed set.</summary>
    public static IEnumerable<int> OnCi => FoundBugs.Keys.Union(FixedSet.Where(seed => seed % 8 == 0)).Order();

    /// <summary>The seeds for this run: <see cref="OnCi"/> where the <c>CI</c> variable is set, else the whole fixed set.</summary>
    public static IEnumerable<int> ForThisRun =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? FixedSet.Union(FoundBugs.Keys).Order() : OnCi;
}
