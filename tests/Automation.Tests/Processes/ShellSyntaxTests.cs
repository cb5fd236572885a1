using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary>
/// How <c>ctx.Prefix</c> joins its prefixes with a command, for <c>/bin/sh</c> and for <c>cmd.exe</c>. Windows cannot
/// run here, so the cmd.exe lines are read back with <see cref="CmdExeModel"/> (cmd.exe's and the C runtime's rules):
/// each argument must reach the program exactly as given, whatever it holds.
/// </summary>
public sealed class ShellSyntaxTests
{
    private static readonly Dictionary<string, string> BeforePrefix = new(StringComparer.OrdinalIgnoreCase) { ["PATH"] = @"C:\Windows", ["STAGE"] = "before" };

    public static TheoryData<string[]> HardArguments => new()
    {
        { ["build", "src/App.csproj"] },
        { ["C:\\My Projects\\app.csproj", "-p:DefineConstants=A;B", "--output", "C:\\out dir\\"] },
        { ["say \"hi\" & exit 1", "100% | more", "(x) < y > z", "^caret^", "!delayed!"] },
        { ["%PATH%", "%STAGE%x", "50%", "%", "%%"] },
        { ["", "  ", "\t", "a\\\\\"b", "\\\\server\\share\\", "\"", "\\\""] },
        { ["ünïcødé ✓", "a=b,c;d", "x&&y", "x||y"] },
    };

    [Theory]
    [MemberData(nameof(HardArguments))]
    public void Under_cmd_every_argument_reaches_the_program_as_given_after_the_prefixes(string[] arguments)
    {
        var script = ShellSyntax.Cmd.Prefixed(["call env.cmd", "cd /d C:\\work"], "dotnet", arguments);

        var commands = CmdExeModel.Commands(CmdExeModel.AfterSlashS(ShellSyntax.Cmd.Launch(script).VerbatimArguments!), BeforePrefix);

        Assert.Equal(3, commands.Count);
        Assert.Equal(["call env.cmd", "cd /d C:\\work"], commands[..2]);
        var (program, tail) = CmdExeModel.Split(commands[2]);
        Assert.Equal("dotnet", program);
        Assert.Equal(arguments, CmdExeModel.Arguments(tail));
    }

    [Fact]
    public void Under_cmd_the_rendered_line_escapes_operators_quotes_and_percent_signs()
    {
        var script = ShellSyntax.Cmd.Prefixed(["call env.cmd"], "dotnet", ["build", "C:\\My Project\\app.csproj", "a & b", "%PATH%"]);

        Assert.Equal("call env.cmd && dotnet build ^\"C:\\My Project\\app.csproj^\" ^\"a ^& b^\" ^%PATH^%", script);
    }

    [Fact]
    public void Under_cmd_the_shell_gets_its_command_line_verbatim_with_delayed_expansion_and_autorun_off()
    {
        var launch = ShellSyntax.Cmd.Launch("call env.cmd && echo \"done\"");

        Assert.Equal("cmd.exe", launch.Program);
        Assert.Equal("/d /v:off /s /c \"call env.cmd && echo \"done\"\"", launch.VerbatimArguments);
        Assert.Equal(["/d", "/v:off", "/s", "/c", "call env.cmd && echo \"done\""], launch.Arguments);
    }

    [Fact]
    public void A_program_path_with_spaces_is_quoted_as_cmd_finds_commands()
    {
        var script = ShellSyntax.Cmd.Prefixed(["call env.cmd"], "C:\\Program Files\\dotnet\\dotnet.exe", ["--info"]);

        var commands = CmdExeModel.Commands(script, BeforePrefix);
        Assert.Equal(("C:\\Program Files\\dotnet\\dotnet.exe", "--info"), CmdExeModel.Split(commands[1]));
    }

    [Theory]
    [InlineData("C:\\100%\\tool.exe")]
    [InlineData("tool\nnext")]
    public void A_program_cmd_cannot_start_safely_is_refused_naming_it(string program)
    {
        var error = Assert.Throws<ArgumentException>(() => ShellSyntax.Cmd.Prefixed(["call env.cmd"], program, []));

        Assert.Contains(program, error.Message, StringComparison.Ordinal);
        Assert.Contains("cmd.exe cannot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_with_a_line_break_is_refused_under_cmd()
    {
        var error = Assert.Throws<ArgumentException>(() => ShellSyntax.Cmd.Prefixed(["call env.cmd"], "git", ["commit", "-m", "one\ntwo"]));

        Assert.Contains("line break", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_cmd_a_script_runs_whole_in_its_own_shell_after_the_prefixes_and_reads_their_variables()
    {
        var script = ShellSyntax.Cmd.PrefixedScript(["call env.cmd"], "echo %STAGE% && echo \"a | b\"");

        var outer = CmdExeModel.Commands(CmdExeModel.AfterSlashS(ShellSyntax.Cmd.Launch(script).VerbatimArguments!), BeforePrefix);

        Assert.Equal(2, outer.Count);
        var (program, tail) = CmdExeModel.Split(outer[1]);
        Assert.Equal("cmd.exe", program);

        // The inner cmd.exe starts after env.cmd ran, so it reads the variable as the prefix left it, and its own
        // operators split its own commands only.
        var afterPrefix = new Dictionary<string, string>(BeforePrefix, StringComparer.OrdinalIgnoreCase) { ["STAGE"] = "after" };
        Assert.Equal(["echo after", "echo \"a | b\""], CmdExeModel.Commands(CmdExeModel.AfterSlashS(tail), afterPrefix));
    }

    [Fact]
    public void Under_sh_a_command_after_prefixes_is_quoted_for_a_posix_shell()
    {
        var script = ShellSyntax.Posix.Prefixed([". ./env.sh", "export STAGE=\"$GREETING world\""], "printenv", ["STAGE", "$HOME"]);

        Assert.Equal(". ./env.sh && export STAGE=\"$GREETING world\" && printenv STAGE \"\\$HOME\"", script);
        Assert.Equal(["-c", script], ShellSyntax.Posix.Launch(script).Arguments);
        Assert.Null(ShellSyntax.Posix.Launch(script).VerbatimArguments);
    }

    [Fact]
    public void Under_sh_a_script_after_prefixes_is_one_group_so_its_own_operators_cannot_outrun_a_failed_prefix()
    {
        Assert.Equal("test -f env.sh && { make; make install # done\n}", ShellSyntax.Posix.PrefixedScript(["test -f env.sh"], "make; make install # done"));
        Assert.Equal("make; make install", ShellSyntax.Posix.PrefixedScript([], "make; make install"));
    }
}
