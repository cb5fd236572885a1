using Automation.Components;
using Automation.Testing;
using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary>
/// What the components would run, seen through <see cref="BuildTest"/> and a <see cref="CommandRecorder"/>: the exact
/// <c>dotnet</c> commands of <c>compile</c>, <c>unit-test</c> and <c>pack</c>, and how each reads its answer,
/// without an SDK build (the integration tests run the real ones).
/// </summary>
public sealed class RecordedCommandsTests : IDisposable
{
    private const string FailingTrx = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult testName="Lib.Tests.Adds" outcome="Passed" />
            <UnitTestResult testName="Lib.Tests.Divides" outcome="Failed"><Output><ErrorInfo><Message>Expected 2, got 3</Message></ErrorInfo></Output></UnitTestResult>
          </Results>
        </TestRun>
        """;

    private readonly TestRepository _repository = new();

    public RecordedCommandsTests()
    {
        _repository.WriteFile("Lib.slnx", """
            <Solution>
              <Project Path="src/Lib/Lib.csproj" />
              <Project Path="tests/Lib.Tests/Lib.Tests.csproj" />
            </Solution>
            """);
        _repository.WriteFile("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        _repository.WriteFile("tests/Lib.Tests/Lib.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
    }

    public void Dispose() => _repository.Dispose();

    private sealed class Library : AutomationBuild, IUnitTest, IPack;

    private string Solution => Path.Combine(_repository.Root, "Lib.slnx");

    private string TestProject => Path.Combine(_repository.Root, "tests", "Lib.Tests", "Lib.Tests.csproj");

    private static List<string> DotNet(BuildTestRun run) =>
        [.. run.CommandLines.Where(line => line.StartsWith("dotnet ", StringComparison.Ordinal))];

    [Fact]
    public void Compile_restores_then_builds_the_solution_without_restoring_again()
    {
        var run = BuildTest.Run<Library>(_repository.Root, new CommandRecorder(UnscriptedCommands.Succeed), "compile");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(
            [$"dotnet restore {Solution} --nologo", $"dotnet build {Solution} --configuration Debug --no-restore --nologo"],
            DotNet(run));

        // The incremental checks list the source files with git (answered here with none), before each target.
        Assert.Equal(2, run.CommandLines.Count(line => line.StartsWith("git ls-files ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unit_test_runs_each_test_project_with_a_trx_logger_and_reports_the_failures_it_finds_there()
    {
        var results = Path.Combine(_repository.Root, "artifacts", "test-results", "Lib.Tests");
        var commands = new CommandRecorder(UnscriptedCommands.Succeed).Script("dotnet test", test =>
        {
            // What dotnet test leaves: the TRX file in the results directory it was given.
            var directory = test.Arguments[test.Arguments.ToList().IndexOf("--results-directory") + 1];
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "results.trx"), FailingTrx);
            return new ProcessReply(1, "Failed!  - Failed: 1, Passed: 1\n");
        });

        var run = BuildTest.Run<Library>(_repository.Root, commands, "unit-test", "--skip", "compile");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"dotnet test {TestProject} --configuration Debug --no-build --logger \"trx;LogFileName=results.trx\" --results-directory {results} --nologo",
            Assert.Single(run.CommandLines, line => line.StartsWith("dotnet test ", StringComparison.Ordinal)));
        Assert.Contains("Failed Lib.Tests.Divides: Expected 2, got 3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_packs_the_solution_from_the_compiled_output_with_symbols()
    {
        var run = BuildTest.Run<Library>(_repository.Root, new CommandRecorder(UnscriptedCommands.Succeed), "pack", "--skip", "compile", "unit-test");

        Assert.True(run.ExitCode == 0, run.Output);
        var pack = Assert.Single(run.Commands, command => command.Arguments[0] == "pack");
        Assert.Equal(Solution, pack.Arguments[1]);
        string[] expected = ["--no-build", "--include-symbols", "--nologo"];
        Assert.True(expected.All(pack.Arguments.Contains), pack.Text);
        Assert.Contains("No package was made", run.Output, StringComparison.Ordinal);
    }
}
