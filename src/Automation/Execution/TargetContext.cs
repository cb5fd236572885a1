using Automation.Hosts;
using Automation.Processes;

namespace Automation.Execution;

/// <summary>The <see cref="ITargetContext"/> of one running target.</summary>
internal sealed class TargetContext(TargetResult result, AbsolutePath root, BuildOutput output, ProcessRunner runner, bool isDryRun, CancellationToken cancellationToken)
    : ITargetContext
{
    public string TargetName => result.Name;

    public AbsolutePath RootDirectory => root;

    public CancellationToken CancellationToken => cancellationToken;

    public bool IsDryRun => isDryRun;

    public CommandResult Run(string commandLine)
    {
        var parts = CommandLineText.Split(commandLine);
        if (parts.Count == 0)
        {
            throw new ArgumentException("The command line is empty.", nameof(commandLine));
        }

        return Run(parts[0], parts.Skip(1));
    }

    public CommandResult Run(string program, IEnumerable<string> arguments, RunOptions? options = null) =>
        RunAsync(program, arguments, options).GetAwaiter().GetResult();

    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, RunOptions? options = null) =>
        runner.RunAsync(program, arguments.ToList(), options ?? new RunOptions(), cancellationToken);

    public void Info(string message) => output.Info(message);

    public void Debug(string message) => output.Debug(message);

    public void Warn(string message) => output.Warning(new Annotation(message, Title: result.Name));

    public void Error(string message) => output.Error(new Annotation(message, Title: result.Name));

    public void Note(string note)
    {
        lock (result)
        {
            result.Notes.Add(output.Masker.Apply(note));
        }
    }

    public void ReportTests(TestCounts counts)
    {
        lock (result)
        {
            result.Tests = (result.Tests ?? default) + counts;
        }
    }

    public void Secret(string value) => output.Masker.Add(value);
}
