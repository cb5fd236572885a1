using Nuke.Common;
using Nuke.Common.CI.GitHubActions;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// The workflow declared by NUKE's attribute and option names.
[GitHubActions(
    "continuous",
    GitHubActionsImage.UbuntuLatest,
    GitHubActionsImage.WindowsLatest,
    On = new[] { GitHubActionsTrigger.Push },
    OnPushBranches = new[] { "main" },
    OnPullRequestBranches = new[] { "main" },
    InvokedTargets = new[] { nameof(Compile) },
    ImportSecrets = new[] { nameof(NuGetApiKey) },
    EnableGitHubToken = true,
    FetchDepth = 0,
    CacheKeyFiles = new[] { "**/*.csproj" },
    AutoGenerate = false)]
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [Parameter] [Secret] readonly string NuGetApiKey;

    AbsolutePath Solution => RootDirectory / "App.sln";

    Target Compile => _ => _
        .Executes(() => DotNetBuild(s => s.SetProjectFile(Solution)));
}
