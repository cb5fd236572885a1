using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

public sealed class ParameterPathTests
{
    private sealed class Paths : AutomationBuild
    {
        [Parameter] readonly AbsolutePath? Output = null;

        Target Show => _ => _.Executes(() => Recorded.Values(("output", Output)));
    }

    private static string Output(TestRepository repo, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var sub = Path.Combine(repo.Root, "src", "app");
        Directory.CreateDirectory(sub);
        var run = BuildHarness.Run<Paths>(new BuildOptions { Repository = repo, WorkingDirectory = sub, Variables = variables }, ["show", .. args]);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Value("output");
    }

    [Fact]
    public void No_value_is_null()
    {
        using var repo = new TestRepository();

        Assert.Equal("<null>", Output(repo, null));
    }

    [Fact]
    public void Relative_on_the_command_line_is_relative_to_the_working_directory()
    {
        using var repo = new TestRepository();

        Assert.Equal(Path.Combine(repo.Root, "src", "app", "out", "bin"), Output(repo, null, "--output", "out/bin"));
        Assert.Equal(Path.Combine(repo.Root, "src", "out"), Output(repo, null, "--output", "../out"));
    }

    [Fact]
    public void Absolute_stays_as_given()
    {
        using var repo = new TestRepository();
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere");

        Assert.Equal(absolute, Output(repo, null, "--output", absolute));
    }

    [Fact]
    public void Relative_in_the_environment_is_relative_to_the_working_directory()
    {
        using var repo = new TestRepository();

        Assert.Equal(Path.Combine(repo.Root, "src", "app", "out"), Output(repo, new Dictionary<string, string> { ["OUTPUT"] = "out" }));
    }

    [Fact]
    public void Relative_in_parameters_json_is_relative_to_the_root()
    {
        using var repo = new TestRepository();
        repo.WriteFile(".nuke/parameters.json", """{ "Output": "artifacts" }""");

        Assert.Equal(Path.Combine(repo.Root, "artifacts"), Output(repo, null));
    }
}
