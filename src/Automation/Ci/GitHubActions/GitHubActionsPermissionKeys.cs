namespace Automation.Ci.GitHubActions;

/// <summary>The key of each <see cref="GitHubActionsPermissions"/> under <c>permissions:</c>.</summary>
internal static class GitHubActionsPermissionKeys
{
    public static string Key(GitHubActionsPermissions permission) => permission switch
    {
        GitHubActionsPermissions.Actions => "actions",
        GitHubActionsPermissions.Checks => "checks",
        GitHubActionsPermissions.Contents => "contents",
        GitHubActionsPermissions.Deployments => "deployments",
        GitHubActionsPermissions.IdToken => "id-token",
        GitHubActionsPermissions.Issues => "issues",
        GitHubActionsPermissions.Discussions => "discussions",
        GitHubActionsPermissions.Packages => "packages",
        GitHubActionsPermissions.Pages => "pages",
        GitHubActionsPermissions.PullRequests => "pull-requests",
        GitHubActionsPermissions.RepositoryProjects => "repository-projects",
        GitHubActionsPermissions.SecurityEvents => "security-events",
        GitHubActionsPermissions.Statuses => "statuses",
        _ => throw new ArgumentOutOfRangeException(nameof(permission), permission, "Not a GitHubActionsPermissions."),
    };
}
