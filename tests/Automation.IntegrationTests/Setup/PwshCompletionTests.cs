using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// The script of <c>automation :completion pwsh</c>, loaded into a real pwsh, which completes each command line with
/// <c>TabExpansion2</c> (what a TAB offers), the real tool answering from a build's completion list. The tool is a
/// command on PATH, as an installed tool would be: PowerShell's native completers apply to commands, not functions.
/// </summary>
public sealed class PwshCompletionTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _repository = new("pwsh-completion");

    private readonly TempDirectory _tools = new("pwsh-completion-tools");

    [PwshFact]
    public async Task Tab_completes_targets_options_and_enum_values_from_the_builds_list()
    {
        CompletionSample.WriteList(_repository);
        // ./build.sh and ./build.ps1 resolve to files in the working directory, as in a repository.
        _repository.Write("build.sh", "#!/bin/sh\n");
        _repository.Write("build.ps1", "\n");
        MakeExecutable(_repository.PathOf("build.sh"));
        var tool = _tools.Write("automation", $"#!/bin/sh\nexec dotnet '{CompletionSample.Tool}' \"$@\"\n");
        MakeExecutable(tool);

        string[] commandLines =
        [
            .. CompletionSample.CommandLines,
            "./build.sh pa",
            "./build.ps1 pack --configuration R",
            "build.sh pack '--configuration' D",
        ];
        var script = new List<string> { "automation :completion pwsh | Out-String | Invoke-Expression" };
        script.AddRange(commandLines.Select(line =>
            $"$line = '{line.Replace("'", "''", StringComparison.Ordinal)}'; " +
            "(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText -join ' '"));
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = _tools.Root + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        };
        var result = (await ChildProcess.RunAsync(
            Pwsh.Path!, ["-NoProfile", "-NonInteractive", "-Command", string.Join('\n', script)], _repository.Root, Timeout, environment))
            .AssertExitCode(0);

        Assert.Equal(
            [
                "pack publish", "--help --skip --configuration --nuget-api-key", "Debug Release", "compile pack publish", "clean compile pack publish",
                "clean compile", "pack", "Release", "Debug",
            ],
            result.StandardOutput.TrimEnd('\n').Split('\n'));
    }

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows()) // PwshFact skips there
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose()
    {
        _repository.Dispose();
        _tools.Dispose();
    }
}
