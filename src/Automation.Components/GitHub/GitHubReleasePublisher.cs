using System.Net;
using Octokit;

namespace Automation.Components;

/// <summary>
/// Makes a release match its <see cref="GitHubReleaseSettings"/>, idempotently: creates it when the tag has no release,
/// updates it otherwise, and replaces same-named assets, so running twice never duplicates anything.
/// </summary>
/// <param name="api">The repository's release calls.</param>
/// <param name="log">Receives one line per change made.</param>
internal sealed class GitHubReleasePublisher(GitHubReleaseApi api, Action<string> log)
{
    /// <summary>Publishes the release and returns it as GitHub now has it.</summary>
    public async Task<Release> PublishAsync(GitHubReleaseSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var existing = await api.FindByTagAsync(settings.TagName, cancellationToken).ConfigureAwait(false);
        var (release, isNew) = existing is null
            ? await CreateAsync(settings, cancellationToken).ConfigureAwait(false)
            : (await UpdateAsync(existing, settings, cancellationToken).ConfigureAwait(false), false);

        // An existing release may hold assets of an earlier run (perhaps one that failed halfway); a new one holds none.
        IReadOnlyList<ReleaseAsset> assets = isNew ? [] : await api.ListAssetsAsync(release.Id, cancellationToken).ConfigureAwait(false);
        foreach (var path in settings.Assets)
        {
            foreach (var stale in assets.Where(a => string.Equals(a.Name, path.Name, StringComparison.OrdinalIgnoreCase)))
            {
                await api.DeleteAssetAsync(stale, cancellationToken).ConfigureAwait(false);
                log($"Deleted the previous {stale.Name}");
            }

            await api.UploadAssetAsync(release, path, ReleaseAssetContentType.For(path.Name), cancellationToken).ConfigureAwait(false);
            log($"Uploaded {path.Name} ({new FileInfo(path).Length:N0} bytes)");
        }

        return release;
    }

    private async Task<(Release Release, bool IsNew)> CreateAsync(GitHubReleaseSettings settings, CancellationToken cancellationToken)
    {
        var request = new NewRelease(settings.TagName)
        {
            TargetCommitish = settings.Commit,
            Name = settings.Name,
            Body = settings.Notes,
            Prerelease = settings.Prerelease,
            Draft = settings.Draft,
        };
        try
        {
            var created = await api.CreateAsync(request, cancellationToken).ConfigureAwait(false);
            log($"Created release {created.TagName}{(created.Prerelease ? " (pre-release)" : string.Empty)}");
            return (created, true);
        }
        catch (GitHubApiException exception) when (exception.StatusCode == HttpStatusCode.UnprocessableEntity && exception.ErrorCode == "already_exists")
        {
            // Another run created it since we looked (or a retried create had reached GitHub): update that one instead.
            var raced = await api.FindByTagAsync(settings.TagName, cancellationToken).ConfigureAwait(false);
            if (raced is null)
            {
                throw;
            }

            return (await UpdateAsync(raced, settings, cancellationToken).ConfigureAwait(false), false);
        }
    }

    private async Task<Release> UpdateAsync(Release existing, GitHubReleaseSettings settings, CancellationToken cancellationToken)
    {
        // The tag and its commit stay as they are: moving a published tag would surprise everyone who fetched it.
        // Draft is sent only to make a draft: a release someone keeps as a draft is not published by a rerun.
        var changes = new ReleaseUpdate { Name = settings.Name, Body = settings.Notes, Prerelease = settings.Prerelease, Draft = settings.Draft ? true : null };
        var updated = await api.UpdateAsync(existing.Id, changes, cancellationToken).ConfigureAwait(false);
        log($"Updated release {updated.TagName}{(updated.Prerelease ? " (pre-release)" : string.Empty)}");
        return updated;
    }
}
