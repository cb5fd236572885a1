using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// The script of <c>automation :completion bash</c>, sourced into a real bash and driven the way bash drives it on TAB
/// (<c>COMP_WORDS</c>, <c>COMP_CWORD</c>), with the real tool answering from a build's completion list.
/// </summary>
public sealed class BashCompletionTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _repository = new("bash-completion");

    [LinuxFact]
    public async Task Tab_completes_targets_options_and_enum_values_from_the_builds_list()
    {
        CompletionSample.WriteList(_repository);
        var lines = await CompleteAsync(
            ["automation", "p"],
            ["automation", "pack", "--"],
            ["automation", "pack", "--configuration", ""],
            ["automation", "pack", "--skip", "clean", ""],
            ["./build.sh", "c"]);

        Assert.Equal(["pack publish", "--help --skip --configuration --nuget-api-key", "Debug Release", "compile pack publish", "clean compile"], lines);
    }

    public void Dispose() => _repository.Dispose();

    // One bash process: the tool is a shell function, as an installed tool would be a command on PATH.
    private async Task<string[]> CompleteAsync(params string[][] commandLines)
    {
        var script = new List<string>
        {
            $"automation() {{ dotnet '{CompletionSample.Tool}' \"$@\"; }}",
            "source <(automation :completion bash)",
        };
        foreach (var words in commandLines)
        {
            var quoted = string.Join(' ', words.Select(w => $"'{w}'"));
            script.Add($"COMP_WORDS=({quoted}); COMP_CWORD={words.Length - 1}; _automation; echo \"${{COMPREPLY[*]}}\"");
        }

        var result = (await ChildProcess.RunAsync("bash", ["-c", string.Join('\n', script)], _repository.Root, Timeout)).AssertExitCode(0);
        return result.StandardOutput.TrimEnd('\n').Split('\n');
    }
}
