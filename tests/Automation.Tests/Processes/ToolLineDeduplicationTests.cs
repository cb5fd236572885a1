namespace Automation.Tests.Processes;

/// <summary>MSBuild repeats every warning and error in its closing summary: each distinct diagnostic is annotated once per build.</summary>
public sealed class ToolLineDeduplicationTests
{
    private const string Warning = "/repo/src/A.cs(3,9): warning CS0168: The variable 'e' is declared but never used [/repo/src/A.csproj]";

    [Fact]
    public void Same_warning_twice_is_annotated_once_and_both_lines_are_shown()
    {
        using var output = new ToolOutput("github-actions");

        var lines = output.Lines(Warning, "Build succeeded.", Warning);

        Assert.Equal(
            [
                Warning,
                "::warning file=/repo/src/A.cs,line=3,col=9,title=CS0168::CS0168: The variable 'e' is declared but never used",
                "Build succeeded.",
                Warning,
            ],
            lines);
    }

    [Fact]
    public void Repeat_without_the_project_suffix_is_the_same_diagnostic()
    {
        using var output = new ToolOutput("azure-pipelines");

        var lines = output.Lines(Warning, Warning.Replace(" [/repo/src/A.csproj]", string.Empty, StringComparison.Ordinal));

        Assert.Single(lines, l => l.StartsWith("##vso[task.logissue", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_code_at_another_position_is_annotated_again()
    {
        using var output = new ToolOutput("github-actions");

        var lines = output.Lines(Warning, Warning.Replace("(3,9)", "(4,9)", StringComparison.Ordinal));

        Assert.Equal(2, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
    }

    [Fact]
    public void TeamCity_shows_a_repeated_diagnostic_as_a_plain_line()
    {
        using var output = new ToolOutput("teamcity");

        var lines = output.Lines(Warning, Warning);

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("##teamcity[message ", lines[0], StringComparison.Ordinal);
        Assert.Equal(Warning, lines[1]);
    }

    [Fact]
    public void Repeat_is_still_written_at_normal_verbosity_only()
    {
        using var output = new ToolOutput("github-actions", Verbosity.Minimal);

        var lines = output.Lines(Warning, Warning);

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("::warning ", lines[1], StringComparison.Ordinal);
    }
}
