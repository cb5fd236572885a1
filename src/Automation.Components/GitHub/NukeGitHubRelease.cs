namespace Automation.Components;

/// <summary>The release <see cref="ICreateGitHubRelease"/> publishes, from the members a NUKE build gives it.</summary>
internal static class NukeGitHubRelease
{
    /// <summary>Tag and title <see cref="ICreateGitHubRelease.Name"/>, the changelog's latest section as notes (as NUKE wrote them), the build's assets.</summary>
    public static GitHubReleaseSettings Settings(ICreateGitHubRelease build, GitHubRepository repository, string commit)
    {
        var name = build.Name;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidOperationException($"{nameof(ICreateGitHubRelease)}.{nameof(ICreateGitHubRelease.Name)} is empty: give the release a name, e.g. string ICreateGitHubRelease.Name => GitVersion.MajorMinorPatch;");
        }

        var changelog = AbsolutePath.Create(build.ChangelogFile);
        return new GitHubReleaseSettings
        {
            Repository = repository.FullName,
            ApiUrl = repository.DefaultApiUrl,
            TagName = name,
            Commit = commit,
            Name = name,
            Notes = changelog.FileExists() ? string.Join('\n', ChangelogTasks.ExtractChangelogSectionNotes(changelog)) : string.Empty,
            Prerelease = build.Prerelease,
            Draft = build.Draft,
            Assets = [.. build.AssetFiles],
        };
    }
}
