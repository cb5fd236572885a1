using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Nuke;

/// <summary>
/// A build written as NUKE builds are (after the port rewrite): <c>Main()</c> without arguments, static tasks with
/// fluent settings, Serilog's <c>Log</c>, <c>ReportSummary</c>, ProcessTasks; compiled against the engine and run as a
/// child process on a small console app the test creates.
/// </summary>
public sealed class NukeStyleBuildTests : IAsyncLifetime
{
    private const string BuildSource = """
        using Automation;
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
        var project = _directory.Write(Path.Combine("build", "_build.csproj"), SampleSources.Project(Checkout.CompiledEngine));
        _directory.Write(Path.Combine("build", "Build.cs"), BuildSource);
        var result = await ChildProcess.RunAsync("dotnet", ["build", project, "-c", "Debug", "--artifacts-path", _directory.PathOf(".artifacts"), "-nologo", "-v:quiet", "-nodeReuse:false"], _directory.Root, CompileTimeout);
        Assert.True(result.ExitCode == 0 && File.Exists(BuildDll), $"Compiling the NUKE-style build failed.{Environment.NewLine}{result}");
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_NUKE_style_build_compiles_and_runs_with_Main_reading_the_command_line()
    {
        var result = await ChildProcess.RunAsync("dotnet", [BuildDll, "--configuration", "Release"], _directory.Root, CompileTimeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Building App.csproj in Release", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("-p:ContinuousIntegrationBuild=true", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("Greeting: hello from-build", result.AllOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(_directory.PathOf(Path.Combine("output", "App.dll"))));
    }
}
