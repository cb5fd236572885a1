using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary><c>automation [targets] [args]</c>, the real tool in a child process, with a build.sh that reports what it got.</summary>
public sealed class RunBuildTests : IDisposable
{
    private const string Script = """
        #!/usr/bin/env bash
        echo "cwd=$(pwd)"
        for argument in "$@"; do echo "arg=$argument"; done
        exit 7

        """;

    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Automation.Cli.dll");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _repository = new("run-build");

    [LinuxFact]
    public async Task From_a_subfolder_it_runs_the_roots_build_sh_with_the_arguments_and_returns_its_exit_code()
    {
        Directory.CreateDirectory(_repository.PathOf(".nuke"));
        _repository.Write("build.sh", Script);
        var subfolder = Path.Combine(_repository.Root, "src", "deep");
        Directory.CreateDirectory(subfolder);

        var result = (await ChildProcess.RunAsync("dotnet", [Tool, "pack", "--skip", "a b"], subfolder, Timeout)).AssertExitCode(7);

        Assert.Equal($"cwd={subfolder}\narg=pack\narg=--skip\narg=a b\n", result.StandardOutput);
    }

    [LinuxFact]
    public async Task Outside_a_repository_it_is_exit_code_2_with_a_message()
    {
        var result = (await ChildProcess.RunAsync("dotnet", [Tool, "pack"], _repository.Root, Timeout)).AssertExitCode(2);

        Assert.Contains("no build found", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("automation :setup", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();
}
