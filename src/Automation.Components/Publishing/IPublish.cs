namespace Automation.Components;

/// <summary>
/// The <c>publish</c> target: pushes the packages of this build's version (<c>*.{SemVer}.nupkg</c> when the build
/// implements <see cref="IVersion"/>, else every package) from <see cref="IPack.PackagesDirectory"/> to
/// <see cref="NuGetSource"/>, with their symbols where the feed takes them. Without parameters it publishes to the
/// local folder feed <c>artifacts/feed</c>, so it works on a laptop with no credentials. Publishing a version again
/// skips what the feed already has and says so. It refuses a working tree with uncommitted changes (untracked files
/// included, outside <c>artifacts/</c> and <c>.nuke/temp/</c>) unless <see cref="AllowDirty"/>, since the packages
/// would not match the commit their version names.
/// </summary>
public interface IPublish : IPack
{
    /// <summary>The feed: an <c>http(s)://</c> URL (a V3 service index), a folder, or a source name from NuGet.Config.</summary>
    [Parameter("NuGet feed to push to: a URL, a folder (created if missing) or a source name")]
    string NuGetSource => ParameterValue<string>() ?? (ArtifactsDirectory / "feed");

    /// <summary>The feed's API key; masked in all output. Not needed for a folder feed.</summary>
    [Parameter("API key of the NuGet feed"), Secret]
    string? NuGetApiKey => ParameterValue<string>();

    /// <summary>Publish even when the working tree has uncommitted changes.</summary>
    [Parameter("Publish even when the working tree has uncommitted changes")]
    bool AllowDirty => ParameterValue<bool?>() ?? false;

    /// <summary>Adjusts <c>dotnet nuget push</c>, once per package (e.g. <c>AllowInsecureConnections</c> for a trusted <c>http://</c> feed).</summary>
    Configure<DotNetNuGetPushSettings> PushSettings => s => s;

    /// <summary>Pushes this version's packages.</summary>
    Target Publish => _ => _
        .Description("Push this version's packages to --nuget-source (default: the folder feed artifacts/feed)")
        .DependsOn<IPack>()
        .Executes(ctx =>
        {
            if (!AllowDirty)
            {
                RefuseUncommittedChanges(ctx);
            }

            var semVer = this is IVersion versioned ? versioned.CurrentVersion.SemVer : null;
            var packages = PackagesToPublish.Find(PackagesDirectory, semVer);
            if (packages.Count == 0 && !ctx.IsDryRun)
            {
                throw new InvalidOperationException($"No packages{(semVer is null ? string.Empty : $" of version {semVer}")} in {PackagesDirectory.RelativeTo(RootDirectory)}. Does the solution have a packable project?");
            }

            var feed = NuGetFeed.Parse(NuGetSource, RootDirectory);
            if (feed.Folder is not null && !ctx.IsDryRun)
            {
                Directory.CreateDirectory(feed.Folder);
            }

            var skipped = packages.Count(package => PushOrSkip(ctx, feed, package) == PushOutcome.AlreadyPublished);
            ctx.Note($"{packages.Count - skipped} pushed, {skipped} already published{(semVer is null ? string.Empty : $", {semVer}")}{(ctx.IsDryRun ? " (dry run)" : string.Empty)}");
        });

    private void RefuseUncommittedChanges(ITargetContext ctx)
    {
        // build.schema.json is derived from the committed build sources (each local run rewrites it), so it cannot make a package differ.
        var changes = WorkingTreeChanges.List(ctx, RootDirectory, ArtifactsDirectory, TemporaryDirectory, new NukeLayout(RootDirectory).SchemaFile);
        if (changes.Count > 0)
        {
            throw new InvalidOperationException(
                $"The working tree has uncommitted changes, so the packages would not match the commit their version names: {string.Join(", ", changes.Take(5))}{(changes.Count > 5 ? $" and {changes.Count - 5} more" : string.Empty)}. "
                + "Commit or stash them (git stash --include-untracked), or pass --allow-dirty to publish anyway.");
        }
    }

    private PushOutcome PushOrSkip(ITargetContext ctx, NuGetFeed feed, AbsolutePath package)
    {
        if (feed.FolderHolds(package.Name))
        {
            ctx.Info($"{package.Name}: already published, skipped");
            return PushOutcome.AlreadyPublished;
        }

        CommandResult result;
        try
        {
            result = ctx.DotNetNuGetPush(s => PushSettings(s with
            {
                Package = package,
                // Not 'Folder ?? Source': string converts to AbsolutePath implicitly (as in NUKE), so a URL would be taken as a path.
                Source = feed.Folder is { } folder ? folder.ToString() : feed.Source,
                ApiKey = NuGetApiKey,
                // Folder feeds ignore it with a warning; the check above covers them.
                SkipDuplicate = feed.Folder is null,
                ForceEnglishOutput = true,
            }));
        }
        catch (ProcessFailedException failure) when (feed.IsInsecure && (failure.Result.StandardOutput + failure.Result.StandardError).Contains("allowInsecureConnections", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"NuGet refuses to push to the http:// source {feed.Source}. Use https, or for a feed you trust set AllowInsecureConnections in PushSettings (or allowInsecureConnections in NuGet.Config).",
                failure);
        }

        // With --skip-duplicate, NuGet reports a version the feed already has (409 Conflict) this way and succeeds.
        if (result.StandardOutput.Contains("already exists at feed", StringComparison.Ordinal))
        {
            ctx.Info($"{package.Name}: already published, skipped");
            return PushOutcome.AlreadyPublished;
        }

        return PushOutcome.Pushed;
    }
}
