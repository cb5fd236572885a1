namespace Automation.Components;

/// <summary>The build's git repository (NUKE's <c>IHazGitRepository</c>): branch, commit, remote and its GitHub owner and name.</summary>
public interface IHazGitRepository : IAutomationBuild
{
    /// <summary>The repository at the root, filled as the build starts; reading it outside a git work tree is an error that says so.</summary>
    [GitRepository]
    GitRepository GitRepository => ParameterValue<GitRepository>()
        ?? throw new InvalidOperationException($"{nameof(IHazGitRepository)}.{nameof(GitRepository)} is not set: '{RootDirectory}' is not a git work tree (see the warning at the start of the build). Run the build inside a git clone.");
}
