using Automation.Cli.Commands;
using Automation.Cli.Running;

namespace Automation.Tests.Tool;

/// <summary>How <c>automation [targets]</c> finds a repository's build and what it would start.</summary>
public sealed class BuildLauncherTests : IDisposable
{
    private readonly ToolRepository _repository = new(git: false);

    [Fact]
    public void The_root_is_the_nearest_folder_above_holding_nuke()
    {
        Directory.CreateDirectory(_repository.PathOf(".nuke"));
        Directory.CreateDirectory(_repository.PathOf("src/deep/er"));

        Assert.Equal(_repository.Root, BuildLauncher.FindRoot(_repository.PathOf("src/deep/er"))?.ToString());
        Assert.Equal(_repository.Root, BuildLauncher.FindRoot(_repository.Root)?.ToString());
    }

    [Fact]
    public void The_script_gets_the_arguments_intact_in_the_callers_folder()
    {
        var root = AbsolutePath.Create(_repository.Root);

        var unix = BuildLauncher.Command(BuildLauncher.Script(root, windows: false), ["pack", "--skip", "a b"], windows: false);
        var windows = BuildLauncher.Command(BuildLauncher.Script(root, windows: true), ["pack"], windows: true);
        var options = BuildLauncher.Options("/somewhere");

        Assert.Equal("bash", unix.Program);
        Assert.Equal([Path.Combine(_repository.Root, "build.sh"), "pack", "--skip", "a b"], unix.Arguments);
        Assert.Equal("/somewhere", options.WorkingDirectory);
        Assert.True(options.ShareConsole);
        Assert.Equal("cmd.exe", windows.Program);
        Assert.Equal(["/d", "/c", Path.Combine(_repository.Root, "build.cmd"), "pack"], windows.Arguments);
    }

    [Fact]
    public async Task Outside_a_build_or_with_an_unknown_command_it_is_exit_code_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CommandConsole(output, error, TextReader.Null, InputIsTerminal: false);
        var environment = new Dictionary<string, string>();

        Assert.Equal(2, await CommandDispatcher.RunAsync(["pack"], console, _repository.Root, environment));
        Assert.Contains("no build found", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await CommandDispatcher.RunAsync([], console, _repository.Root, environment));
        Assert.Equal(2, await CommandDispatcher.RunAsync([":nope"], console, _repository.Root, environment));
        Assert.Contains("unknown command ':nope'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CommandDispatcher.RunAsync(["--help"], console, _repository.Root, environment));
        Assert.Contains(":setup [--yes] [--force]", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();
}
