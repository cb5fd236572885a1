using Automation;
using Automation.Components;

/// <summary>
/// This repository's own build: the shared components' pipeline (version, restore, lint, unit and integration tests,
/// coverage, pack; publish and github-release when asked), the same on a laptop and on CI. Only what is specific to
/// this repository lives here.
/// <para>
/// CI is generated from the attributes below (<c>./build.sh --generate-ci</c>); <c>lint</c> fails when the committed
/// workflows differ from them.
/// </para>
/// </summary>
[GitHubActions(
    "ci",
    On = [GitHubActionsTrigger.PullRequest],
    OnPushBranches = ["main"],
    InvokedTargets = ["test", "pack"],
    Images = ["ubuntu-latest", "windows-latest"],
    ArtifactPaths = ["artifacts/packages"],
    PublishArtifacts = false,
    TimeoutMinutes = 60)]
[GitHubActions(
    "publish",
    OnPushTags = ["v*"],
    InvokedTargets = ["publish"],
    ImportSecrets = ["nuget-api-key"],
    ImportVariables = ["nuget-source"],
    ArtifactPaths = ["artifacts/packages"],
    PublishArtifacts = false,
    TimeoutMinutes = 60)]
class Build : AutomationBuild, IClean, ILint, ITest, IReportCoverage, IPack, IVersion, IPublish, IGitHubRelease
{
    public static int Main(string[] args) => Execute<Build>(args, x => ((IPack)x).Pack);

    /// <summary>
    /// <c>lint</c> verifies whitespace only: Directory.Build.props enforces code style in the build
    /// (EnforceCodeStyleInBuild, IDE0055 formatting a warning) with warnings as errors, so <c>compile</c>, which
    /// <c>lint</c> depends on, already fails on every style and analyzer finding <c>dotnet format</c>'s other two passes
    /// would report; those passes ran every analyzer over the solution a second time (minutes of CI). <c>format</c>
    /// still runs all three, so it fixes what it can.
    /// </summary>
    Configure<DotNetFormatSettings> ILint.FormatSettings => s => s.VerifyNoChanges ? s with { Scope = DotNetFormatScope.Whitespace } : s;
}
