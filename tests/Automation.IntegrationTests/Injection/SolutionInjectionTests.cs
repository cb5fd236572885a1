using System.Runtime.CompilerServices;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Injection;

/// <summary>NUKE-style <c>[Solution]</c> members on solutions the real dotnet CLI makes, with project facts from MSBuild.</summary>
public sealed class SolutionInjectionTests
{
    private static readonly TimeSpan DotNetTimeout = TimeSpan.FromMinutes(2);
    private static readonly AsyncLocal<StrongBox<object?>> Seen = new();

    [Fact]
    public async Task The_solution_named_in_parameters_json_is_read_with_its_folders_and_project_facts()
    {
        using var directory = new TempDirectory("solution");
        directory.Write(".nuke/parameters.json", "{ \"Solution\": \"App.sln\" }");
        directory.Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        directory.Write("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFrameworks>net8.0;net10.0</TargetFrameworks><Version>2.3.4</Version></PropertyGroup><ItemGroup><None Include=\"notes.txt\" /></ItemGroup></Project>");
        directory.Write("tests/App.Tests/App.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        await DotNetAsync(directory.Root, "new", "sln", "--name", "App", "--format", "sln");
        await DotNetAsync(directory.Root, "sln", "App.sln", "add", "--solution-folder", "src", "src/App/App.csproj", "src/Lib/Lib.csproj");
        await DotNetAsync(directory.Root, "sln", "App.sln", "add", "tests/App.Tests/App.Tests.csproj");

        var (exitCode, output, build) = Run<ParameterSolutionBuild>(directory.Root);

        Assert.True(exitCode == 0, output);
        var solution = build.Solution;
        Assert.Equal("App", solution.Name);
        Assert.Equal(AbsolutePath.Create(directory.PathOf("App.sln")), (AbsolutePath)solution);
        Assert.Equal(["App", "App.Tests", "Lib"], solution.AllProjects.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["App", "Lib"], solution.GetSolutionFolder("src")!.Projects.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["App.Tests"], solution.GetAllProjects("*.tests").Select(p => p.Name));
        var app = solution.GetProject("App")!;
        Assert.Equal(AbsolutePath.Create(directory.PathOf("src/App")), app.Directory);
        Assert.Equal("Exe", app.GetOutputType());
        Assert.Equal(["net10.0"], app.GetTargetFrameworks());
        var lib = solution.GetProject("lib")!;
        Assert.Equal(["net8.0", "net10.0"], lib.GetTargetFrameworks());
        Assert.Equal("2.3.4", lib.GetProperty("Version"));
        Assert.Contains("notes.txt", lib.GetItems("None"));
        Assert.Null(solution.GetProject("Missing"));
    }

    [Fact]
    public void An_slnx_named_in_the_attribute_is_read()
    {
        using var directory = new TempDirectory("slnx");
        Directory.CreateDirectory(directory.PathOf(".nuke"));
        directory.Write("build/All.slnx", "<Solution>\n  <Folder Name=\"/src/\">\n    <File Path=\"../README.md\" />\n    <Project Path=\"../src/Core/Core.csproj\" />\n  </Folder>\n  <Project Path=\"../tools/Tool/Tool.csproj\" />\n</Solution>\n");

        var (exitCode, output, build) = Run<SlnxBuild>(directory.Root);

        Assert.True(exitCode == 0, output);
        Assert.Equal(["Core", "Tool"], build.Solution.AllProjects.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Tool"], build.Solution.Projects.Select(p => p.Name));
        Assert.Equal(AbsolutePath.Create(directory.PathOf("src/Core/Core.csproj")), build.Solution.GetProject("Core")!.Path);
        Assert.Equal([AbsolutePath.Create(directory.PathOf("README.md"))], build.Solution.GetSolutionFolder("src")!.Items);
    }

    [Fact]
    public void Without_a_solution_the_warning_names_the_member_and_the_ways_to_name_one()
    {
        using var directory = new TempDirectory("no-solution");
        Directory.CreateDirectory(directory.PathOf(".nuke"));

        var (exitCode, output, build) = Run<ParameterSolutionBuild>(directory.Root);

        Assert.True(exitCode == 0, output);
        Assert.Null(build.Solution);
        Assert.Contains("ParameterSolutionBuild.Solution is not set: [Solution] failed: No solution file for 'Solution': none at the root.", output, StringComparison.Ordinal);
        Assert.Contains("--solution <path>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_solution_parameter_is_listed_in_help()
    {
        using var directory = new TempDirectory("solution-help");
        Directory.CreateDirectory(directory.PathOf(".nuke"));
        using var output = new StringWriter();

        var exitCode = AutomationBuild.Execute<ParameterSolutionBuild>(new BuildEnvironment { Arguments = ["--help"], WorkingDirectory = directory.Root, Output = output });

        Assert.Equal(0, exitCode);
        Assert.Contains("--solution", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Path to a solution file that is automatically loaded.", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task DotNetAsync(string directory, params string[] arguments)
    {
        var result = await ChildProcess.RunAsync("dotnet", arguments, directory, DotNetTimeout);
        result.AssertExitCode(0);
    }

    private static (int ExitCode, string Output, TBuild Build) Run<TBuild>(string root)
        where TBuild : AutomationBuild, new()
    {
        using var output = new StringWriter();
        var seen = Seen.Value = new StrongBox<object?>();
        var exitCode = AutomationBuild.Execute<TBuild>(new BuildEnvironment { Arguments = ["show"], WorkingDirectory = root, Output = output });
        return (exitCode, output.ToString(), (TBuild?)seen.Value ?? throw new InvalidOperationException($"The target did not run:\n{output}"));
    }

    private sealed class ParameterSolutionBuild : AutomationBuild
    {
        [Solution]
        public readonly Solution Solution = null!;

        Target Show => _ => _.Executes(() => Seen.Value!.Value = this);
    }

    private sealed class SlnxBuild : AutomationBuild
    {
        [Solution("build/All.slnx")]
        public readonly Solution Solution = null!;

        Target Show => _ => _.Executes(() => Seen.Value!.Value = this);
    }
}
