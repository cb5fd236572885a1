using Automation.Versioning.Git;

namespace Automation.Components;

/// <summary>
/// Who is deploying or approving: the CI actor when a CI host names one (GitHub Actions, GitLab, Azure Pipelines),
/// else the git identity's e-mail (or name) of the repository, else the operating system's user.
/// </summary>
public static class DeliveryIdentity
{
    private static readonly string[] CiActorVariables = ["GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_REQUESTEDFOREMAIL"];

    /// <summary>The identity for a build running in <paramref name="directory"/> with <paramref name="environment"/>.</summary>
    public static async Task<string> ResolveAsync(string directory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var name in CiActorVariables)
        {
            if (environment.TryGetValue(name, out var actor) && actor.Length > 0)
            {
                return actor;
            }
        }

        foreach (var key in new[] { "user.email", "user.name" })
        {
            var result = await GitCli.RunAsync(directory, ["config", "--get", key], cancellationToken).ConfigureAwait(false);
            if (result.ExitCode == 0 && result.Output.Trim().Length > 0)
            {
                return result.Output.Trim();
            }
        }

        return Environment.UserName;
    }
}
