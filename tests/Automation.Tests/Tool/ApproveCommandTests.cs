using Automation.Cli.Commands;

namespace Automation.Tests.Tool;

/// <summary><c>automation :approve &lt;version&gt; --env &lt;name&gt;</c> runs the build's <c>approve</c> target through its bootstrap script.</summary>
public sealed class ApproveCommandTests : IDisposable
{
    private readonly ToolRepository _repository = new(git: false);

    [Fact]
    public async Task Approve_runs_the_build_s_approve_target_for_the_version_and_environment()
    {
        Directory.CreateDirectory(_repository.PathOf(".nuke"));
        File.WriteAllText(_repository.PathOf("build.sh"), "#!/usr/bin/env bash\n");
        File.WriteAllText(_repository.PathOf("build.cmd"), "@echo off\r\n");
        var recorder = new Recorder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CommandConsole(output, error, TextReader.Null, InputIsTerminal: false);

        int exitCode;
        using (ProcessLauncher.Intercept(recorder))
        {
            exitCode = await CommandDispatcher.RunAsync([":approve", "1.4.0", "--env", "production"], console, _repository.Root, new Dictionary<string, string>());
        }

        Assert.Equal(0, exitCode);
        var request = Assert.Single(recorder.Requests);
        Assert.Equal(["approve", "--approve-version", "1.4.0", "--env", "production"], request.Arguments.SkipWhile(a => !a.EndsWith("build.sh", StringComparison.Ordinal) && !a.EndsWith("build.cmd", StringComparison.Ordinal)).Skip(1));
    }

    [Theory]
    [InlineData(":approve")]
    [InlineData(":approve --env production")]
    [InlineData(":approve 1.4.0")]
    public async Task Approve_without_a_version_or_an_environment_is_exit_code_2_saying_what_to_give(string commandLine)
    {
        var args = commandLine.Split(' ');
        Directory.CreateDirectory(_repository.PathOf(".nuke"));
        var recorder = new Recorder();
        using var error = new StringWriter();
        var console = new CommandConsole(TextWriter.Null, error, TextReader.Null, InputIsTerminal: false);

        using (ProcessLauncher.Intercept(recorder))
        {
            Assert.Equal(2, await CommandDispatcher.RunAsync(args, console, _repository.Root, new Dictionary<string, string>()));
        }

        Assert.Contains("automation :approve 1.2.0 --env production", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(recorder.Requests);
    }

    public void Dispose() => _repository.Dispose();

    private sealed class Recorder : IProcessInterceptor
    {
        public List<ProcessRequest> Requests { get; } = [];

        public ProcessReply Intercept(ProcessRequest request)
        {
            Requests.Add(request);
            return ProcessReply.Success;
        }
    }
}
