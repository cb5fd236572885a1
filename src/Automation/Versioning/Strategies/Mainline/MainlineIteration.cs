using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>
/// The commits walked for one branch, newest first as they are found and oldest first as <see cref="Commits"/> gives
/// them; a merge the walk follows opens a child iteration for the merged branch's commits.
/// </summary>
internal sealed class MainlineIteration(string branchName, BranchConfiguration configuration, MainlineIteration? parentIteration = null, MainlineCommit? parentCommit = null)
{
    private readonly List<MainlineCommit> _newestFirst = [];
    private EffectiveConfiguration? _effective;

    public string BranchName { get; } = branchName;

    public BranchConfiguration Configuration { get; } = configuration;

    public MainlineIteration? ParentIteration { get; } = parentIteration;

    /// <summary>The merge commit that brought this iteration's branch in (null for the branch being versioned).</summary>
    public MainlineCommit? ParentCommit { get; } = parentCommit;

    /// <summary>The commits, oldest first.</summary>
    public IReadOnlyList<MainlineCommit> Commits => [.. Enumerable.Reverse(_newestFirst)];

    public int Count => _newestFirst.Count;

    /// <summary>Adds the next older commit (a placeholder when <paramref name="commit"/> is null).</summary>
    public MainlineCommit CreateCommit(int? commit, string branchName, BranchConfiguration configuration)
    {
        var created = _newestFirst.Count > 0
            ? _newestFirst[^1].Append(commit, branchName, configuration)
            : new MainlineCommit(this, commit, branchName, configuration);
        _newestFirst.Add(created);
        return created;
    }

    /// <summary>The iteration's configuration, an <c>Inherit</c> increment completed from its oldest commit.</summary>
    public EffectiveConfiguration GetEffectiveConfiguration(VersioningConfiguration configuration)
    {
        if (_effective is not null)
        {
            return _effective;
        }

        var branch = Configuration;
        if (MainlineCommit.Inherits(branch) && _newestFirst.Count > 0)
        {
            branch = branch.Inherit(_newestFirst[^1].GetEffectiveConfiguration(configuration).Branch);
        }

        return _effective = new EffectiveConfiguration(configuration, branch);
    }
}
