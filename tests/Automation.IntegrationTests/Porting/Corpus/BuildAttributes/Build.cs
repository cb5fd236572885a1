using System.Linq;
using Nuke.Common;
using Nuke.Common.CI;
using Nuke.Common.ChangeLog;
using Nuke.Common.Execution;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using Nuke.Common.Tools.Git;
using Serilog;
using static Nuke.Common.ChangeLog.ChangelogTasks;
using static Nuke.Common.Tools.DotNet.DotNetTasks;
using static Nuke.Common.Tools.Git.GitTasks;

// NUKE's build attributes, [Required], ChangelogTasks reading the repository's changelog, and GitTasks.Git.
[ShutdownDotNetAfterServerBuild]
[DotNetVerbosityMapping]
[UnsetVisualStudioEnvironmentVariables]
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [Required] [Parameter] readonly string Channel = "dev";

    AbsolutePath Solution => RootDirectory / "App.sln";
    AbsolutePath ChangelogFile => RootDirectory / "CHANGELOG.md";

    Target Notes => _ => _
        .Executes(() =>
        {
            var notes = ExtractChangelogSectionNotes(ChangelogFile, "1.0.0");
            Log.Information("Release notes of 1.0.0: {Notes}", string.Join(" ", notes));
            var latest = ChangelogTasks.ReadChangelog(ChangelogFile).LatestVersion;
            Log.Information("Latest release in the changelog: {Version}", latest);
            var commit = GitTasks.Git("rev-parse HEAD", logOutput: false).Single().Text;
            Log.Information("Building commit {Commit}", commit);
            Git("status --short");
        });

    Target Compile => _ => _
        .DependsOn(Notes)
        .Executes(() => DotNetBuild(s => s.SetProjectFile(Solution)));
}
