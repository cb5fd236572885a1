using Automation;
using Automation.Components;

/// <summary>
/// This repository's own build: the shared components' pipeline (version, restore, lint, unit and integration tests,
/// coverage, pack; publish and github-release when asked), the same on a laptop and on CI. Only what is specific to
/// this repository lives here.
/// </summary>
class Build : AutomationBuild, IClean, ILint, ITest, IReportCoverage, IPack, IVersion, IPublish, IGitHubRelease
{
    public static int Main(string[] args) => Execute<Build>(args, x => ((IPack)x).Pack);
}
