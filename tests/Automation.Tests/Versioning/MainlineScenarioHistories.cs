namespace Automation.Tests.Versioning;

/// <summary>
/// The histories of GitVersion 6.8.2's Mainline scenario classes (GitVersion.Core.Tests/Mainline,
/// <c>MainlineScenariosWithAGitHubFlow.Given…</c> and <c>MainlineScenariosWithAGitFlow.Given…</c>), by class name: the
/// workflow its configuration builder starts from and the fixture's steps (<c>commit</c>, <c>branch</c> = BranchTo,
/// <c>tag</c>, <c>checkout</c>, <c>mergeto</c> = MergeTo with <c>delete</c> for removeBranchAfterMerging, <c>init</c> =
/// the branch the empty repository starts on).
/// </summary>
internal static class MainlineScenarioHistories
{
    public static readonly IReadOnlyDictionary<string, (string Workflow, string Steps)> ByClass = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["GivenADevelopBranchWithOneCommitMergedToMainWhen"] = ("GitFlow/v1", "commit A; branch develop; commit B; mergeto main"),
        ["GivenADevelopBranchWithOneCommitMergedToMainWhenMergedCommitTaggedAsStable"] = ("GitFlow/v1", "commit A; branch develop; commit B; mergeto main; tag 1.0.0; checkout develop"),
        ["GivenAFeatureBranchWithAMergeCommitFromMainMergedBackToMainWhen"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; checkout main; commit C; checkout main; mergeto feature/foo; mergeto main delete"),
        ["GivenAFeatureBranchWithAMergeCommitFromMainWhen"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; checkout main; commit C; mergeto feature/foo"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhen"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitAHasBumpMessageMajor"] = ("GitHubFlow/v1", "commit A +semver: major; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitAHasBumpMessageMinor"] = ("GitHubFlow/v1", "commit A +semver: minor; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitAHasBumpMessagePatch"] = ("GitHubFlow/v1", "commit A +semver: patch; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitATaggedAsPreRelease"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-4; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitATaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-bar; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitATaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-foo.4; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitATaggedAsStable"] = ("GitHubFlow/v1", "commit A; tag 0.0.0; branch feature/foo; commit B"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitBHasBumpMessageMajor"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B +semver: major"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitBHasBumpMessageMinor"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B +semver: minor"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitBHasBumpMessagePatch"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B +semver: patch"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitBTaggedAsPreRelease"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0-4"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitBTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0-bar"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitBTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0-foo.4"),
        ["GivenAFeatureBranchWithOneCommitBranchedFromMainWhenCommitBTaggedAsStable"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0"),
        ["GivenAFeatureBranchWithOneCommitMergedToMainWhen"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; mergeto main"),
        ["GivenAFeatureBranchWithOneCommitMergedToMainWhenCommitBTaggedAsPreRelease"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0-4; mergeto main"),
        ["GivenAFeatureBranchWithOneCommitMergedToMainWhenCommitBTaggedAsPreReleaseBar"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0-bar; mergeto main"),
        ["GivenAFeatureBranchWithOneCommitMergedToMainWhenCommitBTaggedAsPreReleaseFoo"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0-foo.4; mergeto main"),
        ["GivenAFeatureBranchWithOneCommitMergedToMainWhenCommitBTaggedAsStable"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; tag 0.0.0; mergeto main"),
        ["GivenAFeatureBranchWithOneCommitMergedToMainWithOneCommitBranchedToFeatureWhen"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; checkout main; commit C; checkout feature/foo; mergeto main delete; branch feature/foo"),
        ["GivenAFeatureBranchWithOneCommitWhen"] = ("GitHubFlow/v1", "init feature/foo; commit A"),
        ["GivenAFeatureBranchWithOneCommitWhenCommitHasBumpMessageMajor"] = ("GitHubFlow/v1", "init feature/foo; commit A +semver: major"),
        ["GivenAFeatureBranchWithOneCommitWhenCommitHasBumpMessageMinor"] = ("GitHubFlow/v1", "init feature/foo; commit A +semver: minor"),
        ["GivenAFeatureBranchWithOneCommitWhenCommitHasBumpMessagePatch"] = ("GitHubFlow/v1", "init feature/foo; commit A +semver: patch"),
        ["GivenAFeatureBranchWithOneCommitWhenCommitTaggedAsPreRelease"] = ("GitHubFlow/v1", "init feature/foo; commit A; tag 0.0.0-4"),
        ["GivenAFeatureBranchWithOneCommitWhenCommitTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "init feature/foo; commit A; tag 0.0.0-bar"),
        ["GivenAFeatureBranchWithOneCommitWhenCommitTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "init feature/foo; commit A; tag 0.0.0-foo.4"),
        ["GivenAFeatureBranchWithOneCommitWhenCommitTaggedAsStable"] = ("GitHubFlow/v1", "init feature/foo; commit A; tag 0.0.0"),
        ["GivenAFeatureBranchWithThreeCommitsBranchedFromMainWhen"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; commit C; commit D"),
        ["GivenAFeatureBranchWithThreeCommitsMergedToMainWhen"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; commit C; commit D; mergeto main"),
        ["GivenAFeatureBranchWithThreeCommitsWhen"] = ("GitHubFlow/v1", "init feature/foo; commit A; commit B; commit C"),
        ["GivenAFeatureBranchWithTwoCommitsBranchedFromMainWhen"] = ("GitHubFlow/v1", "commit A; branch feature/foo; commit B; commit C"),
        ["GivenAFeatureBranchWithTwoCommitsMergedToMainWhen"] = ("GitFlow/v1", "commit A; branch feature/foo; commit B; commit C; mergeto main"),
        ["GivenAFeatureBranchWithTwoCommitsWhenFirstCommitTaggedAsPreRelease"] = ("GitHubFlow/v1", "init feature/foo; commit A; tag 0.0.3-4; commit B"),
        ["GivenAFeatureBranchWithTwoCommitsWhenFirstCommitTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "init feature/foo; commit A; tag 0.0.3-bar; commit B"),
        ["GivenAFeatureBranchWithTwoCommitsWhenFirstCommitTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "init feature/foo; commit A; tag 0.0.3-foo.4; commit B"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhen"] = ("GitHubFlow/v1", "commit A; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhenCommitHasBumpMessageMajor"] = ("GitHubFlow/v1", "commit A +semver: major; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhenCommitHasBumpMessageMinor"] = ("GitHubFlow/v1", "commit A +semver: minor; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhenCommitHasBumpMessagePatch"] = ("GitHubFlow/v1", "commit A +semver: patch; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhenCommitTaggedAsPreRelease"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-4; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhenCommitTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-bar; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhenCommitTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-foo.4; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitBranchedToFeatureWhenCommitTaggedAsStable"] = ("GitHubFlow/v1", "commit A; tag 0.0.0; branch feature/foo"),
        ["GivenAMainBranchWithOneCommitWhen"] = ("GitHubFlow/v1", "commit A"),
        ["GivenAMainBranchWithOneCommitWhenCommitHasBumpMessageMajor"] = ("GitHubFlow/v1", "commit A +semver: major"),
        ["GivenAMainBranchWithOneCommitWhenCommitHasBumpMessageMinor"] = ("GitHubFlow/v1", "commit A +semver: minor"),
        ["GivenAMainBranchWithOneCommitWhenCommitHasBumpMessagePatch"] = ("GitHubFlow/v1", "commit A +semver: patch"),
        ["GivenAMainBranchWithOneCommitWhenCommitTaggedAsPreRelease"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-4"),
        ["GivenAMainBranchWithOneCommitWhenCommitTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-bar"),
        ["GivenAMainBranchWithOneCommitWhenCommitTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "commit A; tag 0.0.0-foo.4"),
        ["GivenAMainBranchWithOneCommitWhenCommitTaggedAsStable"] = ("GitHubFlow/v1", "commit A; tag 0.0.0"),
        ["GivenAMainBranchWithThreeCommitsWhen"] = ("GitHubFlow/v1", "commit A; commit B; commit C"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhen"] = ("GitHubFlow/v1", "commit A; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhenFirstCommitHasBumpMessageMajor"] = ("GitHubFlow/v1", "commit A +semver: major; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhenFirstCommitHasBumpMessageMinor"] = ("GitHubFlow/v1", "commit A +semver: minor; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhenFirstCommitHasBumpMessagePatch"] = ("GitHubFlow/v1", "commit A +semver: patch; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhenFirstCommitTaggedAsPreRelease"] = ("GitHubFlow/v1", "commit A; tag 0.0.3-4; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhenFirstCommitTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "commit A; tag 0.0.3-bar; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhenFirstCommitTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "commit A; tag 0.0.3-foo.4; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsBranchedToFeatureWhenFirstCommitTaggedAsStable"] = ("GitHubFlow/v1", "commit A; tag 0.0.3; commit B; branch feature/foo"),
        ["GivenAMainBranchWithTwoCommitsWhen"] = ("GitHubFlow/v1", "commit A; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenFirstCommitHasBumpMessageMajor"] = ("GitHubFlow/v1", "commit A +semver: major; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenFirstCommitHasBumpMessageMinor"] = ("GitHubFlow/v1", "commit A +semver: minor; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenFirstCommitHasBumpMessagePatch"] = ("GitHubFlow/v1", "commit A +semver: patch; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenFirstCommitTaggedAsPreRelease"] = ("GitHubFlow/v1", "commit A; tag 0.0.3-4; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenFirstCommitTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "commit A; tag 0.0.3-bar; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenFirstCommitTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "commit A; tag 0.0.3-foo.4; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenFirstCommitTaggedAsStable"] = ("GitHubFlow/v1", "commit A; tag 0.0.3; commit B"),
        ["GivenAMainBranchWithTwoCommitsWhenSecondCommitHasBumpMessageMajor"] = ("GitHubFlow/v1", "commit A; commit B +semver: major"),
        ["GivenAMainBranchWithTwoCommitsWhenSecondCommitHasBumpMessageMinor"] = ("GitHubFlow/v1", "commit A; commit B +semver: minor"),
        ["GivenAMainBranchWithTwoCommitsWhenSecondCommitHasBumpMessagePatch"] = ("GitHubFlow/v1", "commit A; commit B +semver: patch"),
        ["GivenAMainBranchWithTwoCommitsWhenSecondCommitTaggedAsPreRelease"] = ("GitHubFlow/v1", "commit A; commit B; tag 0.2.0-4"),
        ["GivenAMainBranchWithTwoCommitsWhenSecondCommitTaggedAsPreReleaseBar"] = ("GitHubFlow/v1", "commit A; commit B; tag 0.2.0-bar"),
        ["GivenAMainBranchWithTwoCommitsWhenSecondCommitTaggedAsPreReleaseFoo"] = ("GitHubFlow/v1", "commit A; commit B; tag 0.2.0-foo.4"),
        ["GivenAMainBranchWithTwoCommitsWhenSecondCommitTaggedAsStable"] = ("GitHubFlow/v1", "commit A; commit B; tag 0.2.0"),
    };

    /// <summary>Replays a history's steps on a new in-memory repository.</summary>
    public static TestRepository Build(string steps)
    {
        var parts = steps.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var initial = parts.FirstOrDefault(p => p.StartsWith("init ", StringComparison.Ordinal))?["init ".Length..] ?? "main";
        var repository = new TestRepository(initial);
        foreach (var part in parts)
        {
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            var (verb, argument) = (part[..space], part[(space + 1)..]);
            _ = verb switch
            {
                "init" => repository,
                "commit" => repository.Commit(argument),
                "branch" => repository.BranchTo(argument),
                "tag" => repository.Tag(argument),
                "checkout" => repository.Checkout(argument),
                "mergeto" => argument.EndsWith(" delete", StringComparison.Ordinal)
                    ? repository.MergeTo(argument[..^" delete".Length], removeBranchAfterMerging: true)
                    : repository.MergeTo(argument),
                _ => throw new ArgumentException($"Unknown step '{part}'.", nameof(steps)),
            };
        }

        return repository;
    }
}
