using Automation.Testing;
using Automation.Tests.Support;

namespace Automation.Tests.Testing;

/// <summary>
/// The test helper: a build run by <see cref="BuildTest"/> starts no program; each command is recorded with its
/// directory and variables and gets its scripted answer, and an unscripted one fails or succeeds as the recorder says.
/// </summary>
public sealed class CommandRecorderTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private sealed class DocsBuild : AutomationBuild
    {
        private Target Docs => _ => _.Executes(ctx =>
        {
            using (ctx.Cd("docs"))
            using (ctx.WithEnvironment(new Dictionary<string, string?> { ["DOCFX_THEME"] = "dark" }))
            {
                var version = ctx.Run("docfx --version").StandardOutput.Trim();
                ctx.Run("docfx", ["build", "docfx.json", "--output", "site folder"]);
                ctx.Info($"Built the docs with docfx {version}");
            }
        });

        private Target Publish => _ => _.DependsOn(Docs).Executes(ctx => ctx.Run("git push origin gh-pages"));
    }

    [Fact]
    public void A_command_is_recorded_with_its_arguments_directory_and_variables_and_gets_its_scripted_output()
    {
        _repository.WriteFile("docs/docfx.json", "{}");
        var commands = new CommandRecorder().Script("docfx --version", new ProcessReply(0, "2.78.3\n"));
        commands.Script("docfx build", ProcessReply.Success);

        var run = BuildTest.Run<DocsBuild>(_repository.Root, commands, "docs");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(["docfx --version", "docfx build docfx.json --output \"site folder\""], run.CommandLines);
        var build = run.Commands[1];
        Assert.Equal("docfx", build.Program);
        Assert.Equal(["build", "docfx.json", "--output", "site folder"], build.Arguments);
        Assert.Equal(Path.Combine(_repository.Root, "docs"), build.WorkingDirectory);
        Assert.Equal("dark", build.Variables["DOCFX_THEME"]);
        Assert.Contains("Built the docs with docfx 2.78.3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scripted_failure_fails_the_target_and_stops_the_targets_after_it()
    {
        _repository.WriteFile("docs/docfx.json", "{}");
        var commands = new CommandRecorder()
            .Script("docfx --version", new ProcessReply(0, "2.78.3\n"))
            .Script("docfx build", new ProcessReply(3, StandardError: "error: docfx.json has no 'build' section\n"));

        var run = BuildTest.Run<DocsBuild>(_repository.Root, commands, "publish");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: docfx.json has no 'build' section", run.Output, StringComparison.Ordinal);
        Assert.Contains("exit code 3", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("git push origin gh-pages", run.CommandLines);
    }

    [Fact]
    public void An_unscripted_command_fails_with_a_message_that_says_how_to_script_it()
    {
        _repository.WriteFile("docs/docfx.json", "{}");

        var run = BuildTest.Run<DocsBuild>(_repository.Root, new CommandRecorder(), "docs");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "The command 'docfx --version' is not scripted, and the CommandRecorder fails unscripted commands. Script it " +
            "(recorder.Script(\"docfx --version\", new ProcessReply(0))) or create the recorder with UnscriptedCommands.Succeed.",
            run.Output,
            StringComparison.Ordinal);
        var only = Assert.Single(run.Commands);
        Assert.Null(only.Reply);
    }

    [Fact]
    public void A_recorder_that_lets_unscripted_commands_succeed_records_them_all()
    {
        _repository.WriteFile("docs/docfx.json", "{}");

        var run = BuildTest.Run<DocsBuild>(_repository.Root, new CommandRecorder(UnscriptedCommands.Succeed), "publish");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(["docfx --version", "docfx build docfx.json --output \"site folder\"", "git push origin gh-pages"], run.CommandLines);
        Assert.All(run.Commands, command => Assert.Equal(ProcessReply.Success, command.Reply));
    }

    [Fact]
    public async Task A_script_that_does_not_repeat_answers_its_first_match_only()
    {
        var commands = new CommandRecorder()
            .Script("git describe", new ProcessReply(0, "v1.0.0\n"), repeat: false)
            .Script("git describe", new ProcessReply(128, StandardError: "fatal: No names found\n"));
        using var scope = commands.Start();

        var first = await ProcessLauncher.RunAsync("git", ["describe", "--tags"]);
        var second = await ProcessLauncher.RunAsync("git", ["describe"]);

        Assert.Equal((0, "v1.0.0\n"), (first.ExitCode, first.StandardOutput));
        Assert.Equal((128, "fatal: No names found\n"), (second.ExitCode, second.StandardError));
    }

    [Fact]
    public async Task A_script_text_matches_whole_words_only()
    {
        var commands = new CommandRecorder().Script("dotnet test", new ProcessReply(7));
        using var scope = commands.Start();

        var tests = await ProcessLauncher.RunAsync("/usr/share/dotnet/dotnet.exe", ["test", "a.sln"]);
        var exception = Assert.Throws<ProcessStartException>(() => ProcessLauncher.Start("dotnet", ["tests"]));

        Assert.Equal(7, tests.ExitCode);
        Assert.Contains("'dotnet tests' is not scripted", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_scopes_put_the_outer_recorder_back_when_the_inner_one_ends()
    {
        var outer = new CommandRecorder(UnscriptedCommands.Succeed);
        var inner = new CommandRecorder(UnscriptedCommands.Succeed);
        using (outer.Start())
        {
            using (inner.Start())
            {
                _ = await ProcessLauncher.RunAsync("inner-tool", []);
            }

            _ = await ProcessLauncher.RunAsync("outer-tool", []);
        }

        Assert.Equal(["inner-tool"], inner.CommandLines);
        Assert.Equal(["outer-tool"], outer.CommandLines);
    }
}
