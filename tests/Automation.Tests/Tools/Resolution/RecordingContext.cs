namespace Automation.Tests.Tools.Resolution;

/// <summary>A target context that starts nothing: it records the commands it is asked to run and the messages it gets.</summary>
public sealed class RecordingContext(string root) : ITargetContext
{
    private readonly List<string> _commands = [];

    /// <summary>Called for each command (a stand-in for what the real command would do, such as a restore).</summary>
    public Action<string, IReadOnlyList<string>, RunOptions?>? OnRun { get; init; }

    /// <summary>What a command prints on standard output (a stand-in for the real command's output); by default nothing.</summary>
    public Func<string, IReadOnlyList<string>, string>? Respond { get; init; }

    /// <summary>Answers <see cref="ResolveTool"/> (a real resolver over a sandbox, say).</summary>
    public Func<string, string?, ITargetContext, ToolCommand>? Tools { get; init; }

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public List<RunOptions?> Options { get; } = [];

    public List<string> Messages { get; } = [];

    public string TargetName => "test";

    public AbsolutePath RootDirectory => AbsolutePath.Create(root);

    public AbsolutePath WorkingDirectory => RootDirectory;

    public CancellationToken CancellationToken => CancellationToken.None;

    public bool IsDryRun => false;

    public T Argument<T>(string name) => throw new ArgumentException($"A tool resolution test has no target arguments ('{name}').", nameof(name));

    public CommandResult Run(string commandLine, RunOptions? options = null) => throw new NotSupportedException();

    public CommandResult Run(string program, IEnumerable<string> arguments, RunOptions? options = null)
    {
        var list = arguments.ToList();
        var line = string.Join(' ', [program, .. list]);
        lock (_commands)
        {
            _commands.Add(line);
            Options.Add(options);
        }

        OnRun?.Invoke(program, list, options);
        return new CommandResult(line, 0, Respond?.Invoke(program, list) ?? string.Empty, string.Empty, TimeSpan.Zero);
    }

    public Task<CommandResult> RunAsync(string commandLine, RunOptions? options = null) => throw new NotSupportedException();

    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, RunOptions? options = null) =>
        Task.FromResult(Run(program, arguments, options));

    public CommandResult Shell(string script, RunOptions? options = null) => throw new NotSupportedException();

    public Task<CommandResult> ShellAsync(string script, RunOptions? options = null) => throw new NotSupportedException();

    public ToolCommand ResolveTool(string name, string? explicitPath = null) =>
        (Tools ?? throw new NotSupportedException()).Invoke(name, explicitPath, this);

    public IDisposable Cd(string path) => throw new NotSupportedException();

    public IDisposable WithEnvironment(IReadOnlyDictionary<string, string?> variables) => throw new NotSupportedException();

    public void Info(string message) => Record(message);

    public void Debug(string message) => Record(message);

    public void Warn(string message) => Record(message);

    public void Error(string message) => Record(message);

    public void Note(string note) => Record(note);

    public void ReportTests(TestCounts counts)
    {
    }

    public void Secret(string value)
    {
    }

    public void SetBuildNumber(string number)
    {
    }

    public void SetOutputVariable(string name, string value)
    {
    }

    private void Record(string message)
    {
        lock (Messages)
        {
            Messages.Add(message);
        }
    }
}
