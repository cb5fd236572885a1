using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary><c>ctx.Run("...")</c> splits a command line without a shell: whitespace separates, quotes group, a backslash escapes inside double quotes.</summary>
public sealed class CommandLineSplitTests
{
    public static TheoryData<string, string[]> Lines => new()
    {
        { "dotnet build -c Release", ["dotnet", "build", "-c", "Release"] },
        { "  dotnet \t build\n-c  Release  ", ["dotnet", "build", "-c", "Release"] },
        { "git commit -m \"fix the build\"", ["git", "commit", "-m", "fix the build"] },
        { "git commit -m 'fix the build'", ["git", "commit", "-m", "fix the build"] },
        { "tool --name=\"a b\"", ["tool", "--name=a b"] },
        { "tool a\"b c\"d", ["tool", "ab cd"] },
        { "tool \"\"", ["tool", ""] },
        { "tool ''", ["tool", ""] },
        { "tool a \"\" b '' c", ["tool", "a", "", "b", "", "c"] },
        { "echo \"say \\\"hi\\\"\"", ["echo", "say \"hi\""] },
        { "echo \"back\\\\slash\"", ["echo", "back\\slash"] },
        { "echo \"a\\b\"", ["echo", "a\\b"] },
        { "echo 'a\\\"b'", ["echo", "a\\\"b"] },
        { "echo \"it's\"", ["echo", "it's"] },
        { "echo 'say \"hi\"'", ["echo", "say \"hi\""] },
        { "echo \"\\$HOME\" \"\\`date\\`\"", ["echo", "$HOME", "`date`"] },
        { "echo $HOME ; ls | wc", ["echo", "$HOME", ";", "ls", "|", "wc"] },
        { "C:\\tools\\tool.exe C:\\src\\A.cs", ["C:\\tools\\tool.exe", "C:\\src\\A.cs"] },
        { "tool \"trailing\\\\\"", ["tool", "trailing\\"] },
        { "tool \"multi\nline\"", ["tool", "multi\nline"] },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Splits_into_arguments(string commandLine, string[] expected) =>
        Assert.Equal(expected, CommandLineText.Split(commandLine));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Blank_line_has_no_arguments(string commandLine) => Assert.Empty(CommandLineText.Split(commandLine));

    [Theory]
    [InlineData("echo \"unterminated", '"')]
    [InlineData("echo 'unterminated", '\'')]
    [InlineData("echo \"escaped at the end\\\"", '"')]
    public void Unterminated_quote_is_an_error_naming_the_quote_and_the_line(string commandLine, char quote)
    {
        var exception = Assert.Throws<ArgumentException>(() => CommandLineText.Split(commandLine));

        Assert.Contains($"Unterminated {quote} quote", exception.Message, StringComparison.Ordinal);
        Assert.Contains(commandLine, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_with_an_empty_command_line_fails_the_target_saying_so()
    {
        var run = Support.BuildHarness.Run<EmptyCommand>("run", "--dry-run");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The command line is empty.", run.Output, StringComparison.Ordinal);
    }

    private sealed class EmptyCommand : AutomationBuild
    {
        Target Run => _ => _.Executes(ctx => ctx.Run("  "));
    }
}
