using Nuke.Common;
using Nuke.Common.Git;
using Nuke.Common.ProjectModel;
using Nuke.Common.Tools.DotNet;
using Nuke.Common.Tools.GitHub;
using Serilog;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// The repository injected: its branch, commit and GitHub coordinates decide what the build does.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [GitRepository] readonly GitRepository Repository;
    [Solution] readonly Solution Solution;

    Target Describe => _ => _
        .Executes(() =>
        {
            Log.Information("Branch {Branch} at {Commit}", Repository.Branch, Repository.Commit);
            Log.Information("Main branch: {Main}", Repository.IsOnMainOrMasterBranch());
            if (Repository.IsGitHubRepository())
            {
                Log.Information("GitHub: {Owner}/{Name}", Repository.GetGitHubOwner(), Repository.GetGitHubName());
            }
        });

    Target Compile => _ => _
        .DependsOn(Describe)
        .Executes(() => DotNetBuild(s => s.SetProjectFile(Solution)));
}
