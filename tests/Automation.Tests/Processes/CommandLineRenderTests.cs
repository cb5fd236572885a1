using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary>The echoed command quotes what a POSIX shell would treat specially, so it can be pasted back (and split back).</summary>
public sealed class CommandLineRenderTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("-c", "-c")]
    [InlineData("--name=value", "--name=value")]
    [InlineData("src/A.csproj", "src/A.csproj")]
    [InlineData("user@host:/path,x+y%z", "user@host:/path,x+y%z")]
    [InlineData("a b", "\"a b\"")]
    [InlineData("", "\"\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("$HOME", "\"\\$HOME\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("`date`", "\"\\`date\\`\"")]
    [InlineData("C:\\src", "\"C:\\\\src\"")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("*.cs", "\"*.cs\"")]
    [InlineData("a|b", "\"a|b\"")]
    [InlineData("a&b", "\"a&b\"")]
    [InlineData("a>b", "\"a>b\"")]
    [InlineData("~", "\"~\"")]
    [InlineData("#comment", "\"#comment\"")]
    [InlineData("(x)", "\"(x)\"")]
    [InlineData("{a,b}", "\"{a,b}\"")]
    [InlineData("ünï", "\"ünï\"")]
    [InlineData("tab\there", "\"tab\there\"")]
    public void Quotes_an_argument_only_when_a_shell_would_change_it(string argument, string rendered) =>
        Assert.Equal("tool " + rendered, CommandLineText.Render("tool", [argument]));

    [Fact]
    public void Program_is_quoted_like_an_argument() =>
        Assert.Equal("\"/opt/my tools/tool\" run", CommandLineText.Render("/opt/my tools/tool", ["run"]));

    [Fact]
    public void No_arguments_renders_the_program_alone() => Assert.Equal("dotnet", CommandLineText.Render("dotnet", []));

    private static readonly string[] Tricky =
    [
        "a b", "", " ", "say \"hi\"", "$HOME", "${PATH}", "`date`", "$(id)", "C:\\src\\", "back\\\\slash", "\\\"", "semi;colon",
        "it's", "'quoted'", "tab\tx", "new\nline", "trailing\\", "*.cs", "a=b c", "ünïcödé", "%PATH%", "--opt=\"q\"", "!bang", "a&&b||c",
    ];

    public static TheoryData<string> TrickyArguments => [.. Tricky];

    [Theory]
    [MemberData(nameof(TrickyArguments))]
    public void Split_of_the_rendered_line_gives_back_the_arguments(string argument)
    {
        string[] arguments = ["x", argument, "y"];

        var line = CommandLineText.Render("tool", arguments);

        Assert.Equal(["tool", .. arguments], CommandLineText.Split(line));
    }

    [Fact]
    public void Split_of_the_rendered_line_gives_back_all_tricky_arguments_at_once()
    {
        Assert.Equal(["tool", .. Tricky], CommandLineText.Split(CommandLineText.Render("tool", Tricky)));
    }
}
