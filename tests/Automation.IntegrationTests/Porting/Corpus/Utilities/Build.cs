using System.Collections.Generic;
using System.Linq;
using Nuke.Common;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using Nuke.Common.Utilities;
using Nuke.Common.Utilities.Collections;
using Serilog;
using static Nuke.Common.IO.FileSystemTasks;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// NUKE's small helpers: NotNull, Assert, ControlFlow, ForEach, JoinComma, IsNullOrEmpty; the file tasks.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [Parameter] readonly string Channel;

    AbsolutePath Solution => RootDirectory / "App.sln";

    Target Compile => _ => _
        .Executes(() =>
        {
            var projects = new List<string> { "Lib" };
            Log.Information("Projects: {Projects}", projects.JoinComma());
            projects.ForEach(p => Log.Information("- {Project}", p));
            Log.Information("Channel given: {Given}", !Channel.IsNullOrEmpty());
            Assert.True(projects.Any(), "no projects");
            var solution = Solution.NotNull();
            ControlFlow.Assert(solution.FileExists(), "the solution is missing");
            DotNetBuild(s => s.SetProjectFile(solution));
        });

    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";

    Target Package => _ => _
        .DependsOn(Compile)
        .Executes(() =>
        {
            EnsureCleanDirectory(ArtifactsDirectory);
            var framework = XmlTasks.XmlPeekSingle(RootDirectory / "src" / "Lib" / "Lib.csproj", "//TargetFramework");
            if (framework == null)
                ControlFlow.Fail("Lib.csproj names no target framework");
            TextTasks.WriteAllText(ArtifactsDirectory / "framework.txt", framework);
            CompressionTasks.CompressZip(ArtifactsDirectory, RootDirectory / "package.zip");
            Log.Information("Packed for {Framework}: {Text}", framework, TextTasks.ReadAllText(ArtifactsDirectory / "framework.txt"));
        });
}
