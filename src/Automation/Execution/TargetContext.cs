using Automation.Core;
using Automation.Outcomes;
using Automation.Output;
using Automation.Processes;
using Automation.Tools;

namespace Automation.Execution;

/// <summary>The <see cref="ITargetContext"/> of one running target. Its commands get the build's command variables
/// (the root lock's token), under those <c>ctx.WithEnvironment</c> adds.</summary>
internal sealed class TargetContext(
    TargetResult result, AbsolutePath root, BuildOutput output, ProcessRunner runner, ToolLocator tools, bool isDryRun, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? commandVariables = null, Targets.TargetArgumentValues? arguments = null, Automation.ConfigurationFiles.BuildConfiguration? configuration = null)
    : ITargetContext, Targets.ICommandStarter
{
    // Async-local, so a scope opened with `using` covers exactly the code (and awaits) inside it.
    private const string SynchronousBody = "a synchronous target body, which runs on a thread of its own";

    private readonly AsyncLocal<CommandScope?> _scope = new();

    public string TargetName => result.Name;

    public AbsolutePath RootDirectory => root;

    public AbsolutePath WorkingDirectory => Scope.Directory;

    public CancellationToken CancellationToken => cancellationToken;

    public bool IsDryRun => isDryRun;

    public T Config<T>(string section) => (configuration ?? Automation.ConfigurationFiles.BuildConfiguration.Empty).Section<T>(section);

    public T Argument<T>(string name)
    {
        var values = arguments ?? new Targets.TargetArgumentValues(result.Name, []);
        var argument = values.Find(name);
        return values[argument.Name] switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new ArgumentException(
                $"Argument '{argument.Name}' of target '{result.Name}' is of type {argument.ValueType.Name}, not {typeof(T).Name}: read it with Argument<{argument.ValueType.Name}>(\"{argument.Name}\").",
                nameof(name)),
        };
    }

    private CommandScope Scope => _scope.Value ?? new CommandScope(root, commandVariables ?? new Dictionary<string, string?>());

    // The synchronous forms are for synchronous target bodies, which run on a thread of their own (TargetDefinition.Executes).
    public CommandResult Run(string commandLine, RunOptions? options = null) => Core.SynchronousWait.For(RunAsync(commandLine, options), SynchronousBody);

    public CommandResult Run(string program, IEnumerable<string> arguments, RunOptions? options = null) =>
        Core.SynchronousWait.For(RunAsync(program, arguments, options), SynchronousBody);

    public CommandResult Shell(string script, RunOptions? options = null) => Core.SynchronousWait.For(ShellAsync(script, options), SynchronousBody);

    public Task<CommandResult> RunAsync(string commandLine, RunOptions? options = null)
    {
        var parts = CommandLineText.Split(commandLine);
        return parts.Count == 0
            ? throw new ArgumentException("The command line is empty.", nameof(commandLine))
            : RunAsync(parts[0], parts.Skip(1), options);
    }

    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, RunOptions? options = null) =>
        LaunchAsync(program, [.. arguments], options ?? new RunOptions(), cancellationToken);

    public async Task<CommandResult> StartAsync(string program, IReadOnlyList<string> arguments, RunOptions options, CancellationToken kill)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, kill);
        return await LaunchAsync(program, arguments, options, either.Token).ConfigureAwait(false);
    }

    public Task<CommandResult> ShellAsync(string script, RunOptions? options = null) =>
        ShellAsync(ShellSyntax.Current.PrefixedScript(Scope.Prefixes, script), options ?? new RunOptions(), cancellationToken);

    public IDisposable Prefix(string command)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        return Enter(Scope with { Prefixes = [.. Scope.Prefixes, command] });
    }

    // Under a prefix a command is a shell script: the prefixes, then the command written in the shell's language.
    private Task<CommandResult> LaunchAsync(string program, IReadOnlyList<string> arguments, RunOptions options, CancellationToken token) =>
        Scope.Prefixes.Count > 0
            ? ShellAsync(ShellSyntax.Current.Prefixed(Scope.Prefixes, program, arguments), options, token)
            : StartInTerminalAsync(program, arguments, options, token);

    private Task<CommandResult> ShellAsync(string script, RunOptions options, CancellationToken token)
    {
        var shell = ShellSyntax.Current.Launch(script);
        return StartInTerminalAsync(shell.Program, shell.Arguments, options, token, shell.VerbatimArguments);
    }

    private Task<CommandResult> StartInTerminalAsync(string program, IReadOnlyList<string> arguments, RunOptions options, CancellationToken token, string? verbatimArguments = null)
    {
        if (options.Pty)
        {
            (program, arguments) = PseudoTerminal.Wrap(program, arguments, output);
        }

        return runner.RunAsync(program, arguments, options, Scope, result.Name, token, verbatimArguments);
    }

    public ToolCommand ResolveTool(string name, string? explicitPath = null) => tools.Resolve(name, explicitPath, this);

    public IDisposable Cd(string path)
    {
        var directory = AbsolutePath.Create(Path.GetFullPath(path, Scope.Directory));
        return Enter(Scope with { Directory = directory });
    }

    public IDisposable WithEnvironment(IReadOnlyDictionary<string, string?> variables) => Enter(Scope.WithVariables(variables));

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

    public void Secret(string value) =>
        output.Masker.Add(SecretMasker.IsTooShort(value)
            ? throw new ArgumentException($"A secret must have at least {SecretMasker.MinimumLength} characters: a shorter value would mask unrelated text in the output.", nameof(value))
            : value);

    public void SetBuildNumber(string number) => output.SetBuildNumber(number);

    public void SetOutputVariable(string name, string value) => output.SetOutputVariable(name, value);

    private ScopeExit Enter(CommandScope scope)
    {
        var previous = _scope.Value;
        _scope.Value = scope;
        return new ScopeExit(() => _scope.Value = previous);
    }

    private sealed class ScopeExit(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose() => Interlocked.Exchange(ref _restore, null)?.Invoke();
    }
}
