namespace Automation.Versioning.Git;

/// <summary>
/// A branch at a commit of the graph. <see cref="Name"/> is the friendly name (<c>feature/x</c>, <c>origin/main</c>);
/// <see cref="NameWithoutRemote"/> drops the remote (<c>main</c>) and is what branch configurations match.
/// </summary>
internal sealed record GitBranch(string Name, int Tip, bool IsRemote, string NameWithoutRemote)
{
    /// <summary>A local branch.</summary>
    public static GitBranch Local(string name, int tip) => new(name, tip, false, name);

    /// <summary>A remote-tracking branch <c>remote/name</c>.</summary>
    public static GitBranch Remote(string remote, string name, int tip) => new($"{remote}/{name}", tip, true, name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
