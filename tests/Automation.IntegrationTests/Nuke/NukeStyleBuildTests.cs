using System.Xml.Linq;
using Automation.Cli.Setup.Porting;
using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Nuke;

/// <summary>
/// A build written as NUKE builds are (after the port rewrite): <c>Main()</c> without arguments, static tasks with
/// fluent settings, Serilog's <c>Log</c>, <c>ReportSummary</c>, ProcessTasks, MSBuild's types (with the references and
/// the registration file <c>automation :setup --port-nuke</c> writes for them); compiled against the engine and run as a
/// child process on a small console app the test creates.
/// </summary>
public sealed class NukeStyleBuildTests : IAsyncLifetime
{
    private const string BuildSource = """
        using Automation;
        using Microsoft.Build.Evaluation;
        using Microsoft.Build.Exceptions;
        using Serilog;
        using static Automation.DotNetTasks;
        using static Automation.ProcessTasks;

        class Build : AutomationBuild
        {
            public static int Main() => Execute<Build>(x => x.Compile);

            [Parameter("Configuration to build")]
            readonly string Configuration = "Debug";

            readonly AbsolutePath OutputDirectory = RootDirectory / "output";

            AbsolutePath Project => RootDirectory / "src" / "App" / "App.csproj";

            Target Compile => _ => _
                .Executes(() =>
                {
                    Log.Information("Building {Project} in {Configuration}", Path.GetFileName(Project), Configuration);
                    DotNetBuild(s => s
                        .SetProjectFile(Project)
                        .SetConfiguration(Configuration)
                        .SetOutputDirectory(OutputDirectory)
                        .SetProperty("ContinuousIntegrationBuild", true)
                        .EnableNoLogo());
                    var greeting = StartProcess("dotnet", $"{OutputDirectory / "App.dll"} from-build").AssertZeroExitCode().Output.StdToText();
                    ReportSummary(_ => _.AddPair("Greeting", greeting));
                });

            Target Evaluate => _ => _
                .Executes(() =>
                {
                    using var projects = new ProjectCollection();
                    var app = projects.LoadProject(Project);
                    Log.Information("Evaluated {Project}: OutputType={OutputType}, MSBuild from {Folder}", Path.GetFileName(Project), app.GetPropertyValue("OutputType"), Path.GetDirectoryName(typeof(ProjectCollection).Assembly.Location));
                    try
                    {
                        throw new BuildAbortedException("stopped on purpose");
                    }
                    catch (BuildAbortedException exception)
                    {
                        Log.Information("Caught {Type}", exception.GetType().Name);
                    }
                });
        }
        """;

    private const string AppProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
        </Project>
        """;

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(8);

    private readonly TempDirectory _directory = new("nuke-style");

    private string BuildDll => _directory.PathOf(Path.Combine(".artifacts", "bin", "_build", "debug", "_build.dll"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory.PathOf(".nuke"));
        _directory.Write("Directory.Build.props", SampleSources.EmptyMsBuildFile);
        _directory.Write("Directory.Build.targets", SampleSources.EmptyMsBuildFile);
        _directory.Write(Path.Combine("src", "App", "App.csproj"), AppProject);
        _directory.Write(Path.Combine("src", "App", "Program.cs"), "Console.WriteLine($\"hello {args[0]}\");\n");
        var project = _directory.Write(Path.Combine("build", "_build.csproj"), WithMSBuildReferences(SampleSources.Project(Checkout.CompiledEngine)));
        _directory.Write(Path.Combine("build", "Build.cs"), BuildSource);
        Assert.True(NukeProjectRewriter.NeedsMSBuildRegistration([BuildSource]));
        _directory.Write(MSBuildRegistration.Path, MSBuildRegistration.Source);
        var result = await ChildProcess.RunAsync("dotnet", ["build", project, "-c", "Debug", "--artifacts-path", _directory.PathOf(".artifacts"), "-nologo", "-v:quiet", "-nodeReuse:false"], _directory.Root, CompileTimeout);
        Assert.True(result.ExitCode == 0 && File.Exists(BuildDll), $"Compiling the NUKE-style build failed.{Environment.NewLine}{result}");
    }

    // The references to MSBuild's packages exactly as the port rewrite writes them for these sources.
    private static string WithMSBuildReferences(string project)
    {
        var ported = XDocument.Parse(NukeProjectRewriter.Rewrite("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup /></Project>", "0.0.0", [BuildSource]));
        var references = ported.Descendants("PackageReference").Where(e => ((string?)e.Attribute("Include"))?.StartsWith("Microsoft.Build", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(3, references.Count);
        var document = XDocument.Parse(project);
        document.Descendants("ItemGroup").First().Add(references);
        return document.ToString();
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_NUKE_style_build_compiles_and_runs_with_Main_reading_the_command_line_and_MSBuilds_types()
    {
        var result = await ChildProcess.RunAsync("dotnet", [BuildDll, "--configuration", "Release"], _directory.Root, CompileTimeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Building App.csproj in Release", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("-p:ContinuousIntegrationBuild=true", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("Greeting: hello from-build", result.AllOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(_directory.PathOf(Path.Combine("output", "App.dll"))));

        // MSBuild's types run on the SDK's MSBuild, which evaluates projects; no copy of MSBuild is next to the build
        // (the package is referenced for compiling only). On the same compiled build: compiling it is the cost here.
        var evaluated = await ChildProcess.RunAsync("dotnet", [BuildDll, "evaluate"], _directory.Root, CompileTimeout);

        Assert.True(evaluated.ExitCode == 0, evaluated.ToString());
        Assert.Contains("Evaluated App.csproj: OutputType=Exe", evaluated.AllOutput, StringComparison.Ordinal);
        Assert.Contains("Caught BuildAbortedException", evaluated.AllOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(BuildDll)!, "Microsoft.Build.dll")));
    }
}
