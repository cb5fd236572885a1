namespace Automation.IntegrationTests.Processes;

/// <summary>MSBuild-format lines a real command prints become the CI host's annotations, each distinct one once, without failing the target.</summary>
public sealed class DiagnosticOutputTests
{
    private const string Error = "src/A.cs(12,5): error CS0103: The name 'x' does not exist [/repo/A.csproj]";
    private const string Warning = "/repo/A.csproj : warning NU1603: B 1.0.1 was resolved instead.";

    private sealed class Compiler : AutomationBuild
    {
        // Like MSBuild: the diagnostics as they happen, then again in the closing summary; on both streams.
        Target Compile => _ => _.Executes(ctx => ctx.Run(
            "/bin/sh",
            ["-c", "printf '%s\\n' \"$1\" \"$2\" 'Build succeeded.'; printf '%s\\n' \"$1\" >&2; printf '%s\\n' \"$2\"", "sh", Error, Warning],
            new RunOptions { Echo = false }));
    }

    [PosixFact]
    public async Task GitHub_Actions_annotates_each_distinct_diagnostic_once()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Compiler>("compile", "--host", "github-actions")).AssertExitCode(0);

        var lines = run.Output.Split('\n');
        Assert.Single(lines, "::error file=src/A.cs,line=12,col=5,title=CS0103::CS0103: The name 'x' does not exist");
        Assert.Single(lines, "::warning file=/repo/A.csproj,title=NU1603::NU1603: B 1.0.1 was resolved instead.");
        Assert.Equal(2, lines.Count(l => l == Error));
        Assert.Equal(2, lines.Count(l => l == Warning));
        run.AssertStatus("compile", "Succeeded");
    }

    [PosixFact]
    public async Task Azure_Pipelines_annotates_each_distinct_diagnostic_once()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Compiler>("compile", "--host", "azure-pipelines")).AssertExitCode(0);

        var lines = run.Output.Split('\n');
        Assert.Single(lines, "##vso[task.logissue type=error;sourcepath=src/A.cs;linenumber=12;columnnumber=5]CS0103: The name 'x' does not exist");
        Assert.Single(lines, "##vso[task.logissue type=warning;sourcepath=/repo/A.csproj]NU1603: B 1.0.1 was resolved instead.");
    }

    [PosixFact]
    public async Task Terminal_and_build_log_show_the_lines_as_printed()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Compiler>("compile", "--host", "github-actions")).AssertExitCode(0);

        Assert.Equal(2, run.Log.Split('\n').Count(l => l == Error));
        Assert.DoesNotContain("::error", run.Log, StringComparison.Ordinal);
    }
}
