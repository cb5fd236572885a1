using System.Text.Json;
using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary>
/// <c>.nuke/build.schema.json</c>: its content for a build with every parameter type (compared with
/// <c>Expected/build.schema.json.expected.txt</c>), and how each run keeps it current without ever failing over it.
/// </summary>
public sealed class BuildSchemaTests
{
    private enum Configuration
    {
        Debug,
        Release,
    }

    private sealed class Sample : AutomationBuild
    {
        [Parameter("Configuration to build")] readonly Configuration Configuration = IsLocalBuild ? Configuration.Debug : Configuration.Release;
        [Parameter("NuGet API key"), Secret] readonly string? NuGetApiKey = null;
        [Parameter("Test filters")] readonly string[] Filters = [];
        [Parameter("Where packages go")] readonly AbsolutePath? Output = null;
        [Parameter("Sign the packages")] readonly bool Sign = false;
        [Parameter("Parallel test workers")] readonly int Workers = 4;
        [Parameter("Build number")] readonly long? BuildNumber = null;
        [Parameter("Coverage threshold in percent")] readonly double Threshold = 80;
        [Parameter("Configurations to test")] readonly Configuration[] Matrix = [];
        [Parameter] readonly string Plain = "text";

        Target Restore => _ => _.Description("Restore packages").Executes(() => { });

        Target Compile => _ => _.DependsOn(Restore).Executes(() => Trace.Record($"{Configuration} {Filters.Length} {Output} {Sign} {Workers} {BuildNumber} {Threshold} {Matrix.Length} {Plain}"));

        public Target Pack => _ => _.DependsOn(Compile).Executes(() => Trace.Record("pack"));

        Target Hidden => _ => _.Unlisted().Executes(() => Trace.Record($"{NuGetApiKey}"));
    }

    private static string SchemaPath(TestRepository repository) => Path.Combine(repository.Root, ".nuke", "build.schema.json");

    private static BuildRun Run(TestRepository repository, params string[] args) =>
        BuildHarness.Run<Sample>(new BuildOptions { Repository = repository }.WithDefaults<Sample>(x => x.Pack), args);

    [Fact]
    public void The_schema_lists_parameters_by_member_name_with_their_types_and_the_targets()
    {
        using var repository = new TestRepository();

        Assert.Equal(0, Run(repository, "--help").ExitCode);

        var schema = File.ReadAllText(SchemaPath(repository));
        ExpectedFile.Match(schema, "build.schema.json");
        using var document = JsonDocument.Parse(schema);
        Assert.Equal("http://json-schema.org/draft-07/schema#", document.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void An_unchanged_schema_is_not_rewritten_and_a_stale_one_is()
    {
        using var repository = new TestRepository();
        Assert.Equal(0, Run(repository, "--list").ExitCode);
        var path = SchemaPath(repository);
        var content = File.ReadAllText(path);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Assert.Equal(0, Run(repository, "--list").ExitCode);
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));

        File.WriteAllText(path, "{}");
        Assert.Equal(0, Run(repository, "restore").ExitCode);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public void A_schema_that_cannot_be_written_does_not_fail_the_build_and_is_logged_at_debug_level()
    {
        using var repository = new TestRepository();
        Directory.CreateDirectory(SchemaPath(repository));   // a folder where the file should go: every write fails

        var run = Run(repository, "restore", "--verbosity", "verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Could not update", run.Output, StringComparison.Ordinal);
        Assert.Contains("build.schema.json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_CI_agent_the_checked_in_schema_is_left_alone_but_the_completion_list_is_written()
    {
        using var repository = new TestRepository();

        var run = BuildHarness.Run<Sample>(new BuildOptions { Repository = repository, Variables = new Dictionary<string, string> { ["CI"] = "true" } }, "restore");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(SchemaPath(repository)), "A CI run wrote the schema, which would dirty the work tree.");
        Assert.True(File.Exists(Path.Combine(repository.Root, ".nuke", "temp", "completion.txt")));
    }

    [Fact]
    public void Targets_and_Skip_from_parameters_json_apply_when_the_command_line_names_none()
    {
        using var repository = new TestRepository();
        repository.WriteFile(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "Targets": ["compile"], "Skip": ["restore"] }""");

        var fromFile = Run(repository);
        var fromCommandLine = Run(repository, "restore");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.DoesNotContain("is not a parameter", fromFile.Output, StringComparison.Ordinal);
        Assert.Equal("Skipped (--skip)", fromFile.Status("restore"));
        Assert.Equal("Succeeded", fromFile.Status("compile"));
        Assert.Equal("NotRun", fromFile.Statuses.GetValueOrDefault("pack", "NotRun"));
        Assert.Equal("Skipped (--skip)", fromCommandLine.Status("restore"));
    }
}
