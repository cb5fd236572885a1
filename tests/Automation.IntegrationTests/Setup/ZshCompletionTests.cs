using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// The script of <c>automation :completion zsh</c>, loaded after <c>compinit</c> into a real interactive zsh on a
/// pseudo-terminal (<c>zsh/zpty</c>) and completed with a real TAB, the real tool answering from a build's completion
/// list. What zsh offers is captured at <c>compadd</c>, whose real builtin still does the matching (see
/// <c>zsh-capture.zsh</c>).
/// </summary>
public sealed class ZshCompletionTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _repository = new("zsh-completion");

    [ShellFact("zsh")]
    public async Task Tab_completes_targets_options_and_enum_values_from_the_builds_list()
    {
        CompletionSample.WriteList(_repository);
        var driver = Path.Combine(AppContext.BaseDirectory, "Setup", "zsh-capture.zsh");
        var environment = new Dictionary<string, string?> { ["AUTOMATION_TOOL"] = CompletionSample.Tool };

        var result = (await ChildProcess.RunAsync("zsh", ["-f", driver, .. CompletionSample.CommandLines], _repository.Root, Timeout, environment))
            .AssertExitCode(0);
        var lines = result.StandardOutput.Split('\n')[..^1]; // one per command line, each ending with a newline

        Assert.Equal(
            ["pack publish", "--help --skip --configuration --nuget-api-key", "Debug Release", "compile pack publish", "clean compile pack publish", "clean compile"],
            lines);
    }

    public void Dispose() => _repository.Dispose();
}
