namespace Automation.Tests.Processes;

/// <summary>A command's MSBuild-format warning or error becomes the host's native annotation, next to (or instead of) the line itself.</summary>
public sealed class ToolLineAnnotationTests
{
    private const string Error = "src/A.cs(12,5): error CS0103: The name 'x' does not exist [/repo/A.csproj]";
    private const string Warning = "/repo/A.csproj : warning NU1603: B 1.0.1 was resolved instead.";

    [Fact]
    public void GitHub_Actions_prints_the_line_then_a_workflow_command_with_file_line_and_column()
    {
        using var output = new ToolOutput("github-actions");

        Assert.Equal(
            [
                Error,
                "::error file=src/A.cs,line=12,col=5,title=CS0103::CS0103: The name 'x' does not exist",
                Warning,
                "::warning file=/repo/A.csproj,title=NU1603::NU1603: B 1.0.1 was resolved instead.",
            ],
            output.Lines(Error, Warning));
    }

    [Fact]
    public void GitHub_Actions_escapes_the_properties_and_the_message()
    {
        using var output = new ToolOutput("github-actions");

        var lines = output.Lines("C:\\src\\a,b.cs(1,2): warning CS1234: 100% sure");

        Assert.Equal("::warning file=C%3A\\src\\a%2Cb.cs,line=1,col=2,title=CS1234::CS1234: 100%25 sure", lines[1]);
    }

    [Fact]
    public void Azure_Pipelines_prints_the_line_then_a_logissue_command()
    {
        using var output = new ToolOutput("azure-pipelines");

        Assert.Equal(
            [
                Error,
                "##vso[task.logissue type=error;sourcepath=src/A.cs;linenumber=12;columnnumber=5]CS0103: The name 'x' does not exist",
                Warning,
                "##vso[task.logissue type=warning;sourcepath=/repo/A.csproj]NU1603: B 1.0.1 was resolved instead.",
            ],
            output.Lines(Error, Warning));
    }

    [Fact]
    public void TeamCity_replaces_the_line_with_an_escaped_service_message()
    {
        using var output = new ToolOutput("teamcity");

        Assert.Equal(
            [
                "##teamcity[message text='src/A.cs(12,5): error CS0103: The name |'x|' does not exist |[/repo/A.csproj|]' status='ERROR']",
                "##teamcity[message text='/repo/A.csproj : warning NU1603: B 1.0.1 was resolved instead.' status='WARNING']",
            ],
            output.Lines(Error, Warning));
    }

    [Theory]
    [InlineData("terminal")]
    [InlineData("jenkins")]
    public void Hosts_without_annotations_print_the_line_as_it_is(string host)
    {
        using var output = new ToolOutput(host);

        Assert.Equal([Error, Warning], output.Lines(Error, Warning));
    }

    [Theory]
    [InlineData("github-actions")]
    [InlineData("azure-pipelines")]
    [InlineData("teamcity")]
    [InlineData("terminal")]
    public void Ordinary_lines_pass_through_unchanged(string host)
    {
        using var output = new ToolOutput(host);

        Assert.Equal(["  Restored /repo/A.csproj (in 1 ms).", "Build succeeded."], output.Lines("  Restored /repo/A.csproj (in 1 ms).", "Build succeeded."));
    }

    [Fact]
    public void Minimal_verbosity_shows_diagnostics_but_not_ordinary_lines()
    {
        using var output = new ToolOutput("github-actions", Verbosity.Minimal);

        var lines = output.Lines("  Restored /repo/A.csproj", Warning);

        Assert.Equal([Warning, "::warning file=/repo/A.csproj,title=NU1603::NU1603: B 1.0.1 was resolved instead."], lines);
    }

    [Fact]
    public void Quiet_verbosity_shows_only_errors()
    {
        using var output = new ToolOutput("github-actions", Verbosity.Quiet);

        var lines = output.Lines("  Restored /repo/A.csproj", Warning, Error);

        Assert.Equal([Error, "::error file=src/A.cs,line=12,col=5,title=CS0103::CS0103: The name 'x' does not exist"], lines);
    }
}
