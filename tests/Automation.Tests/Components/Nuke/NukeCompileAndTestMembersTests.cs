using Automation.Components;
using Automation.Testing;
using Automation.Tests.Support;

namespace Automation.Tests.Components.Nuke;

/// <summary>
/// NUKE's <c>ICompile.PublishConfigurations</c>/<c>PublishSettings</c> and <c>ITest.TestProjects</c>/<c>TestSettings</c>
/// on our components, seen through a <see cref="CommandRecorder"/>.
/// </summary>
public sealed class NukeCompileAndTestMembersTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public NukeCompileAndTestMembersTests()
    {
        _repository.WriteFile("Lib.slnx", """
            <Solution>
              <Project Path="src/Lib/Lib.csproj" />
              <Project Path="src/Tool/Tool.csproj" />
              <Project Path="tests/Lib.Tests/Lib.Tests.csproj" />
              <Project Path="tests/Tool.Tests/Tool.Tests.csproj" />
              <Project Path="tests/Lib.IntegrationTests/Lib.IntegrationTests.csproj" />
            </Solution>
            """);
        foreach (var project in new[] { "src/Lib/Lib", "src/Tool/Tool", "tests/Lib.Tests/Lib.Tests", "tests/Tool.Tests/Tool.Tests", "tests/Lib.IntegrationTests/Lib.IntegrationTests" })
        {
            _repository.WriteFile($"{project}.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        }
    }

    public void Dispose() => _repository.Dispose();

    private sealed class Conventional : AutomationBuild, ITest;

    private sealed class NukeShaped : AutomationBuild, ITest
    {
        Solution Solution => ((IHazSolution)this).Solution;

        IEnumerable<(Project Project, string Framework)> ICompile.PublishConfigurations =>
            from framework in new[] { "net8.0", "net10.0" }
            select (Solution.GetProject("Tool")!, framework);

        Configure<DotNetPublishSettings> ICompile.PublishSettings => s => s with { SelfContained = false };

        IEnumerable<Project> ITest.TestProjects => [Solution.GetProject("Tool.Tests")!];

        Configure<DotNetTestSettings> ITest.TestSettings => s => s with { Filter = "Category=Fast" };
    }

    private string At(string relative) => Path.Combine(_repository.Root, relative);

    [Fact]
    public void PublishConfigurations_publish_each_project_and_framework_after_the_build_without_building_again()
    {
        var run = BuildTest.Run<NukeShaped>(_repository.Root, new CommandRecorder(UnscriptedCommands.Succeed), "compile");

        Assert.True(run.ExitCode == 0, run.Output);
        var tool = At(Path.Combine("src", "Tool", "Tool.csproj"));
        Assert.Equal(
            [
                $"dotnet build {At("Lib.slnx")} --configuration Debug --no-restore --nologo",
                $"dotnet publish {tool} --configuration Debug --framework net8.0 --no-build --no-self-contained --nologo",
                $"dotnet publish {tool} --configuration Debug --framework net10.0 --no-build --no-self-contained --nologo",
            ],
            run.CommandLines.Where(line => line.StartsWith("dotnet build ", StringComparison.Ordinal) || line.StartsWith("dotnet publish ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_PublishConfigurations_nothing_is_published()
    {
        var run = BuildTest.Run<Conventional>(_repository.Root, new CommandRecorder(UnscriptedCommands.Succeed), "compile");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain(run.CommandLines, line => line.StartsWith("dotnet publish ", StringComparison.Ordinal));
    }

    [Fact]
    public void TestProjects_are_the_projects_test_runs_with_TestSettings_applied()
    {
        var run = BuildTest.Run<NukeShaped>(_repository.Root, new CommandRecorder(UnscriptedCommands.Succeed), "test", "--skip", "compile");

        var test = Assert.Single(run.CommandLines, line => line.StartsWith("dotnet test ", StringComparison.Ordinal));
        Assert.StartsWith($"dotnet test {At(Path.Combine("tests", "Tool.Tests", "Tool.Tests.csproj"))} ", test, StringComparison.Ordinal);
        Assert.Contains("--filter Category=Fast", test, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_TestProjects_the_naming_convention_chooses_unit_and_integration_test_projects()
    {
        var run = BuildTest.Run<Conventional>(_repository.Root, new CommandRecorder(UnscriptedCommands.Succeed), "test", "--skip", "compile");

        var tests = run.CommandLines.Where(line => line.StartsWith("dotnet test ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, tests.Count);
        Assert.DoesNotContain(tests, line => line.Contains("--filter", StringComparison.Ordinal));
    }
}
