using Automation;
using Automation.Tests.Support;

namespace OldNukeTemplate;

// The shape of Pathfindax's build (NUKE 0.21): no Configuration.cs in the build project.
internal sealed class OldTemplateBuild : AutomationBuild
{
    [Parameter("Configuration to build - Default is 'Debug' (local) or 'Release' (server)")]
    readonly Configuration Configuration = Configuration.Debug;

    Target Show => _ => _.Executes(() =>
    {
        Trace.Record($"configuration={Configuration}");
        Trace.Record($"is-release={Configuration == Configuration.Release}");
        Trace.Record($"dotnet-argument={string.Join(' ', new DotNetBuildSettings().SetConfiguration(Configuration).ToArguments().Where(a => a is "--configuration" or "Debug" or "Release"))}");
    });
}
