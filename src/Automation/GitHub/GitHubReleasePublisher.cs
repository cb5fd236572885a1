using System.Net;

namespace Automation.GitHub;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>
/// Makes a release match a <see cref="GitHubReleasePlan"/>, idempotently: creates it when the tag has no release,
/// updates it otherwise, and replaces same-named assets, so running twice never duplicates anything.
/// </remarks>
/// <param name="client">The repository's API client.</param>
/// <param name="log">Receives one line per change made.</param>
public sealed class GitHubReleasePublisher(GitHubClient client, Action<string> log)
{
    /// <summary>Publishes the plan and returns the release as GitHub now has it.</summary>
    public async Task<GitHubRelease> PublishAsync(GitHubReleasePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var existing = await client.GetReleaseByTagAsync(plan.TagName, cancellationToken).ConfigureAwait(false);
        var (release, isNew) = existing is null
            ? await CreateAsync(plan, cancellationToken).ConfigureAwait(false)
            : (await UpdateAsync(existing, plan, cancellationToken).ConfigureAwait(false), false);

        // An existing release may hold assets of an earlier run (perhaps one that failed halfway); a new one holds none.
        var assets = isNew ? [] : await client.ListAssetsAsync(release.Id, cancellationToken).ConfigureAwait(false);
        foreach (var path in plan.Assets)
        {
            var name = Path.GetFileName(path);
            foreach (var stale in assets.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                await client.DeleteAssetAsync(stale, cancellationToken).ConfigureAwait(false);
                log($"Deleted the previous {stale.Name}");
            }

            var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            await client.UploadAssetAsync(release, name, content, ReleaseAssetContentType.For(name), cancellationToken).ConfigureAwait(false);
            log($"Uploaded {name} ({content.Length:N0} bytes)");
        }

        return release;
    }

    private async Task<(GitHubRelease Release, bool IsNew)> CreateAsync(GitHubReleasePlan plan, CancellationToken cancellationToken)
    {
        var request = new GitHubReleaseRequest
        {
            TagName = plan.TagName,
            TargetCommitish = plan.Commit,
            Name = plan.Name,
            Body = plan.Notes,
            Prerelease = plan.Prerelease,
            Draft = false,
        };
        try
        {
            var created = await client.CreateReleaseAsync(request, cancellationToken).ConfigureAwait(false);
            log($"Created release {created.TagName}{(created.Prerelease ? " (pre-release)" : string.Empty)}");
            return (created, true);
        }
        catch (GitHubApiException exception) when (exception.StatusCode == HttpStatusCode.UnprocessableEntity && exception.ErrorCode == "already_exists")
        {
            // Another run created it since we looked (or a retried create had reached GitHub): update that one instead.
            var raced = await client.GetReleaseByTagAsync(plan.TagName, cancellationToken).ConfigureAwait(false);
            if (raced is null)
            {
                throw;
            }

            return (await UpdateAsync(raced, plan, cancellationToken).ConfigureAwait(false), false);
        }
    }

    private async Task<GitHubRelease> UpdateAsync(GitHubRelease existing, GitHubReleasePlan plan, CancellationToken cancellationToken)
    {
        // The tag and its commit stay as they are: moving a published tag would surprise everyone who fetched it.
        var changes = new GitHubReleaseRequest { Name = plan.Name, Body = plan.Notes, Prerelease = plan.Prerelease };
        var updated = await client.UpdateReleaseAsync(existing.Id, changes, cancellationToken).ConfigureAwait(false);
        log($"Updated release {updated.TagName}{(updated.Prerelease ? " (pre-release)" : string.Empty)}");
        return updated;
    }
}
