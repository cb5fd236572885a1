namespace Automation.Components;

/// <summary>What the <c>github-release</c> target does: gathers the release's defaults, lets the build adjust them, publishes.</summary>
internal static class GitHubReleaseStep
{
    public static async Task RunAsync(ITargetContext context, IGitHubRelease build)
    {
        var origin = context.GitRemoteUrl("origin");
        var originRepository = GitHubRepository.TryParse(origin);
        var settings = build.ReleaseSettings(Defaults(context, build, originRepository));
        var repository = Repository(settings.Repository, originRepository?.Host, origin);
        await PublishAsync(context, settings, repository, build.GitHubToken).ConfigureAwait(false);
    }

    /// <summary>Publishes <paramref name="settings"/> (or says what it would do, in a dry run): the part both release components share.</summary>
    public static async Task PublishAsync(ITargetContext context, GitHubReleaseSettings settings, GitHubRepository repository, string? gitHubToken)
    {
        Describe(context, settings, repository);
        if (context.IsDryRun)
        {
            context.Info($"Dry run: would create or update release {settings.TagName} on {repository.FullName} via {settings.ApiUrl} with {settings.Assets.Count} assets");
            return;
        }

        // A token read from a file often ends with a newline; the trimmed value is a new string to mask.
        var token = (gitHubToken ?? string.Empty).Trim();
        context.Secret(token);
        using var api = new GitHubReleaseApi(repository, new GitHubApiOptions
        {
            ApiUrl = settings.ApiUrl,
            Token = token,
            Retry = new GitHubRetryPolicy { MaxAttempts = settings.MaxAttempts, FirstDelay = settings.FirstRetryDelay },
            Log = context.Info,
        });
        var release = await new GitHubReleasePublisher(api, context.Info).PublishAsync(settings, context.CancellationToken).ConfigureAwait(false);
        context.Info($"Release: {release.HtmlUrl}");
        context.Note(release.HtmlUrl);
    }

    private static void Describe(ITargetContext context, GitHubReleaseSettings settings, GitHubRepository repository)
    {
        context.Info($"Release {settings.TagName} of {repository.FullName} on {settings.Commit[..Math.Min(12, settings.Commit.Length)]}{(settings.Prerelease ? ", pre-release" : string.Empty)}{(settings.Draft ? ", draft" : string.Empty)}");
        if (settings.Assets.Count == 0)
        {
            context.Warn($"No files to attach to {settings.TagName}: none of this version's packages in the packages directory (or, for ICreateGitHubRelease, no AssetFiles). Was pack skipped?");
        }
    }

    private static GitHubReleaseSettings Defaults(ITargetContext context, IGitHubRelease build, GitHubRepository? origin)
    {
        var version = build.CurrentVersion;
        var tag = $"v{version.SemVer}";
        var (notes, source) = GitHubReleaseNotes.For(context, version.SemVer);
        context.Info($"Notes: {source}");
        return new GitHubReleaseSettings
        {
            Repository = origin?.FullName ?? string.Empty,
            ApiUrl = ApiUrl(build.GitHubApiUrl) ?? origin?.DefaultApiUrl ?? new Uri("https://api.github.com"),
            TagName = tag,
            Commit = context.GitCommit(),
            Name = tag,
            Notes = notes,
            Prerelease = version.PreReleaseTag.Length > 0,
            Assets = Packages(build.PackagesDirectory, version.SemVer),
        };
    }

    /// <summary>This version's packages: <c>{id}.{SemVer}.nupkg</c> and <c>.snupkg</c>, not those other runs left behind.</summary>
    private static List<AbsolutePath> Packages(AbsolutePath directory, string semVer) => directory.DirectoryExists()
        ? [.. Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith($".{semVer}.nupkg", StringComparison.OrdinalIgnoreCase) || f.EndsWith($".{semVer}.snupkg", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(AbsolutePath.Create)]
        : [];

    private static Uri? ApiUrl(string? parameter)
    {
        if (string.IsNullOrWhiteSpace(parameter))
        {
            return null;
        }

        return Uri.TryCreate(parameter.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new InvalidOperationException($"--github-api-url '{parameter}' is not an http(s) URL; for GitHub Enterprise Server use https://<host>/api/v3.");
    }

    private static GitHubRepository Repository(string fullName, string? host, string? origin)
    {
        var parts = fullName.Split('/');
        if (parts.Length == 2 && GitHubRepository.TryParse($"https://{host ?? "github.com"}/{fullName}") is { } repository)
        {
            return repository;
        }

        throw new InvalidOperationException(origin is null
            ? "No 'origin' remote to name the GitHub repository: add one (git remote add origin https://github.com/<owner>/<repo>.git) or set Repository in ReleaseSettings."
            : $"The 'origin' remote ({GitHubRepository.Redact(origin)}) does not name a GitHub repository as <host>/<owner>/<repo>; set Repository in ReleaseSettings.");
    }
}
