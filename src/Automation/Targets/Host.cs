namespace Automation;

/// <summary>
/// Where a build runs, as NUKE names it: the base of every CI host object (<see cref="GitHubActions"/>,
/// <see cref="AzurePipelines"/>, …) and of <see cref="Terminal"/>. It exists so that code written for NUKE compiles
/// unchanged: extension methods on <c>this Host host</c>, constraints <c>where T : Host</c>
/// (<c>[DisableDefaultOutput&lt;Terminal&gt;]</c>), <c>Host is GitHubActions</c>. The members live on
/// <see cref="BuildHost"/>, this project's name for the same thing; every host object is both.
/// </summary>
public abstract class Host
{
    // Only the engine's host objects derive from it: what a host is comes from the environment the engine reads.
    private protected Host()
    {
    }
}
