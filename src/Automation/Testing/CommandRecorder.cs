namespace Automation.Testing;

/// <summary>
/// A stand-in for every program a build starts, for tests of the build (pyinvoke's <c>MockContext</c>): while it is in
/// scope (<see cref="BuildTest"/> puts it there, or <see cref="Start"/>), each command a target would run (tool
/// wrappers such as <c>ctx.DotNetBuild</c>, <c>ctx.Run</c>, git for the version, anything through
/// <see cref="ProcessLauncher"/>) is recorded with its program, arguments, directory and variables, and answered with
/// a scripted exit code and output instead of being started. Scripts are tried in the order they were added; a command
/// no script matches fails (<see cref="UnscriptedCommands.Fail"/>, the default) or succeeds silently
/// (<see cref="UnscriptedCommands.Succeed"/>). Safe to use from targets that run in parallel.
/// </summary>
/// <param name="unscripted">What a command that no script matches gets.</param>
public sealed class CommandRecorder(UnscriptedCommands unscripted = UnscriptedCommands.Fail) : IProcessInterceptor
{
    private readonly Lock _lock = new();
    private readonly List<CommandScript> _scripts = [];
    private readonly List<RecordedCommand> _commands = [];

    /// <summary>What a command that no script matches gets.</summary>
    public UnscriptedCommands Unscripted => unscripted;

    /// <summary>Every command recorded so far, in the order they were started.</summary>
    public IReadOnlyList<RecordedCommand> Commands
    {
        get
        {
            lock (_lock)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary>The <see cref="RecordedCommand.Text"/> of every command recorded so far, in order: what a test usually asserts.</summary>
    public IReadOnlyList<string> CommandLines => [.. Commands.Select(command => command.Text)];

    /// <summary>
    /// Answers commands whose <see cref="RecordedCommand.Text"/> is <paramref name="command"/> or starts with it followed
    /// by more arguments: <c>"dotnet test"</c> matches <c>dotnet test a.sln --no-build</c>, not <c>dotnet tests</c>.
    /// </summary>
    /// <param name="command">The start of the command line, program name first (no folder, no <c>.exe</c>).</param>
    /// <param name="reply">The exit code and output the build sees.</param>
    /// <param name="repeat">False: answer only the first matching command, later ones go to the next script (or are unscripted).</param>
    /// <returns>This recorder, to add more scripts.</returns>
    public CommandRecorder Script(string command, ProcessReply reply, bool repeat = true)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Script(command, _ => reply, repeat);
    }

    /// <summary>
    /// As <see cref="Script(string, ProcessReply, bool)"/>, with the reply computed from the command: to answer with its
    /// arguments, or to leave the files the real program would (the TRX file of <c>dotnet test</c>, a package).
    /// </summary>
    /// <param name="command">The start of the command line, program name first.</param>
    /// <param name="answer">Computes the reply; called once per matching command, under the recorder's lock.</param>
    /// <param name="repeat">False: answer only the first matching command.</param>
    /// <returns>This recorder, to add more scripts.</returns>
    public CommandRecorder Script(string command, Func<RecordedCommand, ProcessReply> answer, bool repeat = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(answer);
        return Add(new CommandScript(recorded => CommandText.Matches(command, recorded.Text), answer, repeat));
    }

    /// <summary>Answers the commands <paramref name="matches"/> accepts (it sees the command without its <see cref="RecordedCommand.Reply"/>).</summary>
    /// <param name="matches">Whether a command is answered by this script.</param>
    /// <param name="reply">The exit code and output the build sees.</param>
    /// <param name="repeat">False: answer only the first matching command.</param>
    /// <returns>This recorder, to add more scripts.</returns>
    public CommandRecorder Script(Func<RecordedCommand, bool> matches, ProcessReply reply, bool repeat = true)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(reply);
        return Add(new CommandScript(matches, _ => reply, repeat));
    }

    /// <summary>Puts this recorder in scope for the calling code and what it awaits or starts, until the result is disposed.</summary>
    /// <returns>The scope.</returns>
    public IDisposable Start() => ProcessLauncher.Intercept(this);

    private CommandRecorder Add(CommandScript script)
    {
        lock (_lock)
        {
            _scripts.Add(script);
        }

        return this;
    }

    /// <inheritdoc />
    public ProcessReply Intercept(ProcessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = new RecordedCommand(request.Program, request.Arguments, request.WorkingDirectory, request.Variables, Reply: null);
        lock (_lock)
        {
            var reply = _scripts.FirstOrDefault(script => script.TryTake(command))?.Answer(command)
                ?? (unscripted == UnscriptedCommands.Succeed ? ProcessReply.Success : null);
            _commands.Add(command with { Reply = reply });
            return reply ?? throw new ProcessStartException(
                request.Program,
                $"The command '{command.Text}' is not scripted, and the CommandRecorder fails unscripted commands. Script it " +
                $"(recorder.Script(\"{command.Text}\", new ProcessReply(0))) or create the recorder with UnscriptedCommands.Succeed.",
                null);
        }
    }
}
