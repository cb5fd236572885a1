using Automation.Cli.Commands;

namespace Automation.Tests.Tool;

/// <summary><c>automation :completion &lt;shell&gt;</c> and <c>automation :complete &lt;words&gt;</c>, in-process.</summary>
public sealed class CompletionCommandTests : IDisposable
{
    private readonly ToolRepository _repository = new(git: false);
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private Task<int> RunAsync(string workingDirectory, params string[] args) =>
        CommandDispatcher.RunAsync(args, new CommandConsole(_output, _error, TextReader.Null, InputIsTerminal: false), workingDirectory, new Dictionary<string, string>());

    [Theory]
    [InlineData("bash", "complete -o bashdefault -o default -F _automation automation")]
    [InlineData("zsh", "compdef _automation automation")]
    [InlineData("fish", "complete -c automation")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName automation")]
    public async Task Each_shell_gets_a_script_that_asks_complete(string shell, string registration)
    {
        Assert.Equal(0, await RunAsync(_repository.Root, ":completion", shell));

        Assert.Contains(registration, _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("automation :complete", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_missing_shell_is_exit_code_2_naming_the_shells()
    {
        Assert.Equal(2, await RunAsync(_repository.Root, ":completion", "tcsh"));
        Assert.Equal(2, await RunAsync(_repository.Root, ":completion"));
        Assert.Contains("bash, zsh, fish, pwsh", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_answers_from_the_builds_cached_list_from_any_subfolder()
    {
        _repository.Write(".nuke/temp/completion.txt", "target\tclean\ntarget\tpack\noption\t--configuration\tone\tDebug\tRelease\n");
        Directory.CreateDirectory(_repository.PathOf("src/deep"));

        Assert.Equal(0, await RunAsync(_repository.PathOf("src/deep"), ":complete", "pack", "--configuration", "R"));
        Assert.Equal(0, await RunAsync(_repository.PathOf("src/deep"), ":complete", "p"));

        Assert.Equal("Release\npack\n", _output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Before_the_first_run_complete_offers_the_built_in_options()
    {
        Directory.CreateDirectory(_repository.PathOf(".nuke"));

        Assert.Equal(0, await RunAsync(_repository.Root, ":complete", "--verb"));

        Assert.Equal("--verbosity\n", _output.ToString().ReplaceLineEndings("\n"));
        Assert.Empty(_error.ToString());
    }

    public void Dispose()
    {
        _repository.Dispose();
        _output.Dispose();
        _error.Dispose();
    }
}
