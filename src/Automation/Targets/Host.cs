namespace Automation;

/// <summary>
/// Where a build runs, as NUKE names it: the base of every CI host object (<c>GitHubActions</c>,
/// <c>AzurePipelines</c>, …) and of <c>Terminal</c>. It exists so that code written for NUKE compiles
/// unchanged: extension methods on <c>this Host host</c>, constraints <c>where T : Host</c>
/// (<c>[DisableDefaultOutput&lt;Terminal&gt;]</c>), <c>Host is GitHubActions</c>. The members live on
/// <c>BuildHost</c>, this project's name for the same thing; every host object is both.
/// </summary>
public abstract class Host
{
    // Only the engine's host objects derive from it: what a host is comes from the environment the engine reads.
    private protected Host()
    {
    }

    /// <summary>The host's name as <c>--host</c> takes it (<c>github-actions</c>).</summary>
    public abstract string Name { get; }
}
