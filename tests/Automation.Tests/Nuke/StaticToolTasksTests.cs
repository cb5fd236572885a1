using Automation.Tests.Support;
using static Automation.DotNetTasks;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's static tool tasks and fluent settings, in dry runs (nothing starts; the echoed command line shows the arguments).</summary>
public sealed class StaticToolTasksTests
{
    private const string Folder = "my app";

    private sealed class NukeStyle : AutomationBuild
    {
        [Parameter]
        readonly string Configuration = "Debug";

        AbsolutePath Solution => RootDirectory / "App.sln";

        Target Compile => _ => _
            .Executes(() =>
            {
                var output = DotNetBuild(s => s
                    .SetProjectFile(Solution)
                    .SetConfiguration(Configuration)
                    .EnableNoRestore()
                    .SetVersion("1.2.3")
                    .SetProperty("ContinuousIntegrationBuild", true)
                    .SetProcessArgumentConfigurator(a => a.Add("-p:Extra={value}", 42)));
                Trace.Record($"{output.Count} lines");
            });

        Target Publish => _ => _
            .Executes(() => DotNetPublish(s => s
                .SetProject("App.csproj")
                .CombineWith(new[] { "linux-x64", "win-x64" }, (settings, runtime) => settings.SetRuntime(runtime)), degreeOfParallelism: 2));

        Target Raw => _ => _
            .Executes(() => DotNet($"build {RootDirectory / Folder / "App.csproj"} --no-restore"));
    }

    [Fact]
    public void A_static_DotNetBuild_with_fluent_settings_runs_through_the_current_target()
    {
        var run = BuildHarness.Run<NukeStyle>("compile", "--dry-run", "--configuration", "Release");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\[dry-run\] > \S*dotnet build \S+App\.sln --configuration Release --no-restore -p:Version=1\.2\.3 -p:ContinuousIntegrationBuild=true -p:Extra=42", run.Output);
        Assert.Equal(["0 lines"], run.Trace);
    }

    [Fact]
    public void CombineWith_runs_the_tool_once_per_combination()
    {
        var run = BuildHarness.Run<NukeStyle>("publish", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("publish App.csproj --runtime linux-x64", run.Output, StringComparison.Ordinal);
        Assert.Contains("publish App.csproj --runtime win-x64", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interpolated_path_with_a_space_stays_one_argument()
    {
        var run = BuildHarness.Run<NukeStyle>("raw", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        // The echo quotes an argument holding a space: the path arrived as one argument, not split at the space.
        Assert.Matches(@"dotnet build '[^']*/my app/App\.csproj' --no-restore", run.Output);
    }

    [Fact]
    public void Fluent_forms_set_reset_toggle_and_edit_collections()
    {
        var settings = new DotNetTestSettings()
            .SetProjectFile("Tests.csproj")
            .EnableNoBuild()
            .ToggleNoRestore()
            .SetLoggers("trx", "console")
            .AddLoggers("html")
            .RemoveLoggers("console")
            .AddProperty("A", 1)
            .SetProperty("B", false)
            .RemoveProperty("A")
            .SetFilter("Category!=Slow")
            .ResetFilter()
            .SetResultsDirectory("results");

        Assert.Equal(["test", "Tests.csproj", "--no-restore", "--no-build", "--logger", "trx", "--logger", "html", "--results-directory", "results", "-p:B=false"], settings.ToArguments());
        Assert.Throws<ArgumentException>(() => settings.AddProperty("B", true));
        Assert.Empty(settings.ClearLoggers().Loggers);
    }

    [Fact]
    public void Process_forms_land_in_the_run_options()
    {
        var settings = new DotNetNuGetPushSettings()
            .SetTargetPath("a.nupkg")
            .SetSource("https://feed.example/v3/index.json")
            .EnableSkipDuplicate()
            .SetProcessToolPath("/opt/dotnet/dotnet")
            .SetProcessWorkingDirectory("out")
            .SetProcessEnvironmentVariable("NUGET_PACKAGES", "/cache")
            .SetProcessExecutionTimeout(5_000);

        Assert.Equal("a.nupkg", settings.Package);
        Assert.Equal("/opt/dotnet/dotnet", settings.ToolPath);
        Assert.Equal("out", settings.WorkingDirectory);
        Assert.Equal("/cache", settings.Run!.Environment!["NUGET_PACKAGES"]);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.Run.Timeout);
        Assert.Equal(["nuget", "push", "a.nupkg", "--source", "https://feed.example/v3/index.json", "--skip-duplicate"], settings.ToArguments());
    }

    [Fact]
    public void A_static_task_outside_a_target_names_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DotNetBuild(s => s.SetProjectFile("App.sln")));

        Assert.StartsWith("DotNetBuild runs commands", error.Message, StringComparison.Ordinal);
    }
}
