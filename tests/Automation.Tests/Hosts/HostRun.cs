using Automation.Tests.Support;

namespace Automation.Tests.Hosts;

/// <summary>
/// A build run like <see cref="BuildHarness"/>'s, but keeping the carriage returns that are not line ends (GitLab's
/// <c>\r\e[0K</c>): the harness normalizes with <c>ReplaceLineEndings</c>, which turns a lone CR into a newline.
/// </summary>
internal sealed record HostRun(int ExitCode, string Output, string? Log)
{
    /// <summary>The output with ESC and CR made visible, so expected files can be read and reviewed.</summary>
    public string Visible => Output.Replace("\u001b", "<ESC>", StringComparison.Ordinal).Replace("\r", "<CR>", StringComparison.Ordinal);

    public static HostRun Of<TBuild>(params string[] args)
        where TBuild : AutomationBuild, new() => Of<TBuild>(new BuildOptions(), args);

    public static HostRun Of<TBuild>(BuildOptions options, params string[] args)
        where TBuild : AutomationBuild, new()
    {
        using var repository = new TestRepository();
        using var output = new StringWriter { NewLine = "\n" };
        Trace.Start();
        var exitCode = AutomationBuild.Execute<TBuild>(new BuildEnvironment
        {
            Arguments = args,
            Variables = options.Variables ?? new Dictionary<string, string>(),
            WorkingDirectory = repository.Root,
            Output = output,
            OutputSupportsColor = options.Color,
            Time = new FixedTimeProvider(),
        });
        var log = File.Exists(repository.LogPath) ? File.ReadAllText(repository.LogPath).Replace(Environment.NewLine, "\n", StringComparison.Ordinal) : null;
        return new HostRun(exitCode, output.ToString(), log);
    }
}
