using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>
/// One commit of a <see cref="MainlineIteration"/>, linked to the older (predecessor) and newer (successor) commit
/// of the same iteration. A commit with no git commit (a placeholder) stands for the point where the branch being
/// versioned left the branch walked so far; it borrows its successor's commit.
/// </summary>
internal sealed class MainlineCommit(MainlineIteration iteration, int? commit, string branchName, BranchConfiguration configuration)
{
    private readonly HashSet<SemanticVersion> _versions = [];
    private EffectiveConfiguration? _effective;

    public MainlineIteration Iteration { get; } = iteration;

    /// <summary>The name of the branch this commit is counted as being on.</summary>
    public string BranchName { get; } = branchName;

    public BranchConfiguration Configuration { get; } = configuration;

    /// <summary>The bump its message names (None when it names none).</summary>
    public VersionField Increment { get; set; }

    /// <summary>The next newer commit of the iteration (null: the newest).</summary>
    public MainlineCommit? Successor { get; private set; }

    /// <summary>The next older commit of the iteration (null: the oldest).</summary>
    public MainlineCommit? Predecessor { get; private set; }

    public bool IsPlaceholder => commit is null;

    /// <summary>The git commit (a placeholder's successor's).</summary>
    public int? Value => commit ?? Successor?.Value;

    /// <summary>The commits of the branch merged here, when this is a merge the walk followed.</summary>
    public MainlineIteration? ChildIteration { get; private set; }

    public bool HasChildIteration => ChildIteration is { Count: > 0 };

    /// <summary>The version tags on this commit the branch can see.</summary>
    public IReadOnlyCollection<SemanticVersion> Versions => _versions;

    public void AddVersions(IEnumerable<SemanticVersion> versions) => _versions.UnionWith(versions);

    public void AddChildIteration(MainlineIteration child) => ChildIteration = child;

    /// <summary>Links a new older commit behind this one.</summary>
    public MainlineCommit Append(int? older, string branch, BranchConfiguration configuration)
    {
        var result = new MainlineCommit(Iteration, older, branch, configuration) { Successor = this };
        Predecessor = result;
        return result;
    }

    /// <summary>Whether the commit before this one was the last on a main branch (this one left it).</summary>
    public bool IsPredecessorTheLastCommitOnTrunk(VersioningConfiguration configuration) =>
        !GetEffectiveConfiguration(configuration).IsMainBranch && Predecessor?.GetEffectiveConfiguration(configuration).IsMainBranch == true;

    /// <summary>The increment its branch forces.</summary>
    public VersionField IncrementOfBranch(VersioningConfiguration configuration) =>
        IncrementFinder.ToVersionField(GetEffectiveConfiguration(configuration).Increment);

    /// <summary>
    /// The configuration with an <c>Inherit</c> increment completed from the older commits of the iteration (the
    /// branches it came from), then from the merge that brought the iteration in.
    /// </summary>
    public EffectiveConfiguration GetEffectiveConfiguration(VersioningConfiguration configuration)
    {
        if (_effective is not null)
        {
            return _effective;
        }

        var branch = Configuration;
        var last = Configuration;
        for (var item = this; item is not null; item = item.Predecessor)
        {
            if (!Inherits(branch))
            {
                break;
            }

            if (item.Configuration != last)
            {
                branch = branch.Inherit(item.Configuration);
            }

            last = item.Configuration;
        }

        if (Inherits(branch) && Iteration.ParentCommit is { } parent)
        {
            branch = branch.Inherit(parent.GetEffectiveConfiguration(configuration).Branch);
        }

        return _effective = new EffectiveConfiguration(configuration, branch);
    }

    public static bool Inherits(BranchConfiguration configuration) => configuration.Increment is null or IncrementStrategy.Inherit;
}
