namespace Automation;

/// <summary>Whether the checkout step fetches submodules (<see cref="GitHubActionsAttribute.Submodules"/>).</summary>
public enum GitHubActionsSubmodules
{
    /// <summary>No submodules (<c>submodules: false</c>).</summary>
    False,

    /// <summary>The repository's submodules (<c>submodules: true</c>).</summary>
    True,

    /// <summary>Submodules and theirs (<c>submodules: recursive</c>).</summary>
    Recursive,
}
