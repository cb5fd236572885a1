namespace Automation.Tools.Delegates;

/// <summary>Runs one program as a <see cref="Tool"/>: through <see cref="ProcessTasks"/>, in the running target.</summary>
/// <param name="toolPath">The program's full path; a <c>.dll</c> runs with <paramref name="dotnet"/>.</param>
/// <param name="dotnet">The dotnet that runs a tool assembly.</param>
internal sealed class ToolExecutor(string toolPath, string dotnet)
{
    public Tool Tool => Execute;

    private IReadOnlyCollection<OutputLine> Execute(
        ArgumentStringHandler arguments,
        string? workingDirectory,
        IReadOnlyDictionary<string, string>? environmentVariables,
        int? timeout,
        bool? logOutput,
        bool? logInvocation,
        Action<OutputType, string>? logger,
        Action<IProcess>? exitHandler)
    {
        var text = arguments.ToStringAndClear();
        var (program, commandLine) = toolPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? (dotnet, $"{toolPath.DoubleQuoteIfNeeded()} {text}".TrimEnd())
            : (toolPath, text);

        // A logger takes the lines instead of the build output; they reach it once the program has ended.
        using var process = ProcessTasks.StartProcess(program, commandLine, workingDirectory, environmentVariables, timeout, logger is null ? logOutput : false, logInvocation);
        process.AssertWaitForExit();
        if (logger is not null)
        {
            foreach (var line in process.Output)
            {
                logger(line.Type, line.Text);
            }
        }

        (exitHandler ?? (ended => ended.AssertZeroExitCode()))(process);
        return process.Output;
    }
}
