using Automation.Launching;

namespace Automation.Tools.Resolution;

/// <summary>
/// Runs a <see cref="PackagedTool"/> for a NUKE-style static task, in a target or outside one: NUKE builds call
/// <c>GitVersionTasks.GitVersion(...)</c> in <c>OnBuildInitialized</c> too, before any target runs. In a target the
/// command runs through it (echoed, output in its group, dry run, cancellation); outside, it runs directly, its
/// command line and output logged at debug level, and a failure throws with what the tool said.
/// </summary>
internal static class PackagedToolRunner
{
    /// <summary>Runs the tool and returns its output lines.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="settings">Tool path, working directory, run options.</param>
    /// <param name="framework">The package framework folder, or null.</param>
    /// <param name="arguments">The tool's own arguments.</param>
    /// <param name="environment">Variables added to the build's for this run.</param>
    /// <param name="root">The repository root, when the caller knows it (value injection); default: the running target's, else the current directory.</param>
    /// <exception cref="ToolNotFoundException">The tool was not found.</exception>
    /// <exception cref="InvalidOperationException">Outside a target: it failed to start or exited with an error.</exception>
    public static IReadOnlyCollection<OutputLine> Run(PackagedTool tool, ToolSettings settings, string? framework, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, AbsolutePath? root = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(settings);
        var context = CurrentTarget.ContextOrNull;
        root ??= context?.RootDirectory ?? AbsolutePath.Create(Environment.CurrentDirectory);
        var variables = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty, ToolPlatform.Current.FileNames);
        var command = tool.Resolve(new ToolEnvironment(root, variables, ToolPlatform.Current), settings.ToolPath, framework);
        var options = settings.ToRunOptions();
        var merged = new Dictionary<string, string?>(options.Environment ?? new Dictionary<string, string?>(), ToolPlatform.Current.FileNames);
        foreach (var (name, value) in environment)
        {
            merged.TryAdd(name, value);
        }

        if (context is not null)
        {
            return OutputLine.Of(context.Run(command.Program, command.Arguments(arguments), options with { Environment = merged }));
        }

        var all = command.Arguments(arguments).ToList();
        var directory = Path.GetFullPath(options.WorkingDirectory ?? ".", root);
        Serilog.Log.Debug("{Program} {Arguments} (in {Directory}, {Source})", command.Program, string.Join(' ', all), directory, command.Source);
        ProcessOutcome outcome;
        try
        {
            outcome = Core.SynchronousWait.For(
                ProcessLauncher.RunAsync(command.Program, all, new ProcessLaunchOptions { WorkingDirectory = directory, Environment = merged, ReplaceEnvironment = options.ReplaceEnvironment, Timeout = options.Timeout }),
                "NUKE's static tool tasks are synchronous");
        }
        catch (ProcessStartException exception)
        {
            throw new InvalidOperationException($"{tool.Name} ({command.Source}) could not be started: {exception.Message}", exception);
        }

        var lines = Lines(outcome.StandardOutput, OutputType.Std).Concat(Lines(outcome.StandardError, OutputType.Err)).ToList();
        foreach (var line in lines)
        {
            Serilog.Log.Debug("{Line}", line.Text);
        }

        if (outcome.ExitCode != 0 && !options.AcceptedExitCodes.Contains(outcome.ExitCode) && !options.Warn)
        {
            var said = lines.Where(l => l.Text.Contains("error", StringComparison.OrdinalIgnoreCase)).Select(l => l.Text).FirstOrDefault()
                ?? lines.LastOrDefault().Text ?? "no output";
            throw new InvalidOperationException($"{tool.Name} ({command.Source}) exited with code {outcome.ExitCode}: {said.Trim()}");
        }

        return lines;
    }

    private static IEnumerable<OutputLine> Lines(string text, OutputType type) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => new OutputLine(type, l));
}
