using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// The script of <c>automation :completion fish</c>, sourced into a real fish, which completes each command line with
/// <c>complete -C</c> (what a TAB offers), the real tool answering from a build's completion list.
/// </summary>
public sealed class FishCompletionTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _repository = new("fish-completion");

    [ShellFact("fish")]
    public async Task Tab_completes_targets_options_and_enum_values_from_the_builds_list()
    {
        CompletionSample.WriteList(_repository);

        // One fish process: the tool is a function, as an installed tool would be a command on PATH. fish sorts what
        // it offers; one line per command line.
        var script = new List<string>
        {
            $"function automation; dotnet '{CompletionSample.Tool}' $argv; end",
            "automation :completion fish | source",
        };
        script.AddRange(CompletionSample.CommandLines.Select(line => $"echo (string join ' ' -- (complete -C '{line}'))"));
        var result = (await ChildProcess.RunAsync("fish", ["--no-config", "-c", string.Join('\n', script)], _repository.Root, Timeout))
            .AssertExitCode(0);
        var lines = result.StandardOutput.Split('\n')[..^1]; // one per command line, each ending with a newline

        Assert.Equal(
            ["pack publish", "--configuration --help --nuget-api-key --skip", "Debug Release", "compile pack publish", "clean compile pack publish", "clean compile"],
            lines);
    }

    public void Dispose() => _repository.Dispose();
}
