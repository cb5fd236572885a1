namespace Automation;

/// <summary>The scopes of the run's <c>GITHUB_TOKEN</c> (<see cref="GitHubActionsAttribute.WritePermissions"/>, <see cref="GitHubActionsAttribute.ReadPermissions"/>), by NUKE's names.</summary>
public enum GitHubActionsPermissions
{
    /// <summary><c>actions</c>.</summary>
    Actions,

    /// <summary><c>checks</c>.</summary>
    Checks,

    /// <summary><c>contents</c>.</summary>
    Contents,

    /// <summary><c>deployments</c>.</summary>
    Deployments,

    /// <summary><c>id-token</c>.</summary>
    IdToken,

    /// <summary><c>issues</c>.</summary>
    Issues,

    /// <summary><c>discussions</c>.</summary>
    Discussions,

    /// <summary><c>packages</c>.</summary>
    Packages,

    /// <summary><c>pages</c>.</summary>
    Pages,

    /// <summary><c>pull-requests</c>.</summary>
    PullRequests,

    /// <summary><c>repository-projects</c>.</summary>
    RepositoryProjects,

    /// <summary><c>security-events</c>.</summary>
    SecurityEvents,

    /// <summary><c>statuses</c>.</summary>
    Statuses,
}
