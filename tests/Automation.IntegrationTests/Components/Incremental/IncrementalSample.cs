using System.Text.RegularExpressions;
using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Components.Incremental;

/// <summary>
/// The component sample built with the whole pipeline four times: from scratch, again with nothing changed, after a
/// one-line change to the library's source, and after one package was deleted. The tests read the four summaries.
/// </summary>
public sealed partial class IncrementalSample : IDisposable
{
    public IncrementalSample()
    {
        Sample = ComponentSample.Create();

        // A tool: packing it publishes into bin/Debug/net10.0/publish/, which must not count as a change to compile's outputs.
        Sample.Write("src/Sample.Tool/Sample.Tool.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <PackAsTool>true</PackAsTool>
                <ToolCommandName>sample</ToolCommandName>
                <Authors>Automation integration tests</Authors>
                <Description>A tool, packed with a publish step.</Description>
              </PropertyGroup>
            </Project>

            """);
        Sample.Write("src/Sample.Tool/Program.cs", "System.Console.WriteLine(\"sample\");\n");
        var solution = Sample.PathOf("Sample.slnx");
        File.WriteAllText(solution, File.ReadAllText(solution).Replace(
            "<Project Path=\"src/Sample.Library/Sample.Library.csproj\" />",
            "<Project Path=\"src/Sample.Library/Sample.Library.csproj\" />\n    <Project Path=\"src/Sample.Tool/Sample.Tool.csproj\" />",
            StringComparison.Ordinal));
        Sample.Commit("Add a tool");
        First = Sample.Run<PipelineBuild>("pack");
        Unchanged = Sample.Run<PipelineBuild>("pack");
        var greeter = Sample.PathOf("src/Sample.Library/Greeter.cs");
        File.WriteAllText(greeter, File.ReadAllText(greeter).Replace(
            "    public static string Farewell",
            "    public static string Wave() => \"o/\";\n\n    public static string Farewell",
            StringComparison.Ordinal));
        SourceChanged = Sample.Run<PipelineBuild>("pack");
        File.Delete(Directory.GetFiles(Sample.PathOf("artifacts/packages"), "Sample.Library.*.nupkg").Single());
        PackageDeleted = Sample.Run<PipelineBuild>("pack");
    }

    public ComponentSample Sample { get; }

    public ComponentRun First { get; }

    public ComponentRun Unchanged { get; }

    public ComponentRun SourceChanged { get; }

    public ComponentRun PackageDeleted { get; }

    /// <summary>Each target's status in the run's summary table, by target name.</summary>
    public static IReadOnlyDictionary<string, string> Statuses(ComponentRun run) =>
        SummaryRow().Matches(run.AssertExitCode(0).Output).ToDictionary(m => m.Groups["target"].Value, m => m.Groups["status"].Value);

    public void Dispose() => Sample.Dispose();

    [GeneratedRegex(@"^(?<target>[a-z][a-z-]*) +(?<status>Succeeded|UpToDate|Failed|Skipped|NotRun)\b", RegexOptions.Multiline)]
    private static partial Regex SummaryRow();
}
