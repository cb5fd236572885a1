namespace Automation;

/// <summary>What a target's action can use while it runs: commands, tools, messages, notes for the summary, cancellation.</summary>
public interface ITargetContext
{
    /// <summary>The running target's name (<c>unit-test</c>).</summary>
    string TargetName { get; }

    /// <summary>The repository root.</summary>
    AbsolutePath RootDirectory { get; }

    /// <summary>Where commands run now: the repository root, or the innermost <see cref="Cd"/> scope.</summary>
    AbsolutePath WorkingDirectory { get; }

    /// <summary>Signalled when the build is interrupted (Ctrl+C, SIGTERM). Long-running actions should observe it.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The value of one of the running target's own arguments (<see cref="ITargetDefinition.Argument{T}"/>): from the
    /// command line (<c>./build.sh clean --docs</c>), else from a dependent target's <see cref="TargetCall"/>, else its default.
    /// </summary>
    /// <typeparam name="T">The argument's declared type (or <see cref="object"/>).</typeparam>
    /// <param name="name">The argument's name; case and dashes do not matter.</param>
    /// <exception cref="ArgumentException">The target has no such argument, or it is of another type.</exception>
    T Argument<T>(string name);

    /// <summary>
    /// Configuration section <paramref name="section"/> (a key whose value is an object in the configuration files:
    /// system, user, <c>.nuke/parameters.json</c>, profiles, <c>--config-file</c>), merged over the layers (objects key by
    /// key, arrays replaced whole) and bound to a new <typeparamref name="T"/>. Keys match properties ignoring case; a
    /// section no file has leaves <typeparamref name="T"/>'s defaults.
    /// </summary>
    /// <typeparam name="T">A class or record with a parameterless or JSON constructor; <c>required</c> members must be set.</typeparam>
    /// <param name="section">The section's key; case does not matter.</param>
    /// <returns>A new instance each call.</returns>
    /// <remarks>A value of the wrong type, a key <typeparamref name="T"/> does not have, or a missing <c>required</c>
    /// member fails the target with an error naming the file, the line and the key. A context
    /// that has no configuration files (a test double that does not implement this) binds every section from <c>{}</c>.</remarks>
    T Config<T>(string section) => Automation.ConfigurationFiles.BuildConfiguration.Empty.Section<T>(section);

    /// <summary>Whether the build runs with <c>--dry-run</c> (commands are echoed, not started).</summary>
    bool IsDryRun { get; }

    /// <summary>
    /// Runs a command line, split into arguments without a shell (<c>"dotnet build -c Release"</c>; quotes group).
    /// Throws <see cref="ProcessFailedException"/> on an exit code that is not accepted, unless <see cref="RunOptions.Warn"/>.
    /// </summary>
    CommandResult Run(string commandLine, RunOptions? options = null);

    /// <summary>Runs a program with arguments passed as they are (no quoting problems).</summary>
    CommandResult Run(string program, IEnumerable<string> arguments, RunOptions? options = null);

    /// <summary>Asynchronous form of <see cref="Run(string, RunOptions)"/>.</summary>
    Task<CommandResult> RunAsync(string commandLine, RunOptions? options = null);

    /// <summary>Asynchronous form of <see cref="Run(string, IEnumerable{string}, RunOptions)"/>.</summary>
    Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, RunOptions? options = null);

    /// <summary>Runs a script through the platform shell (<c>/bin/sh -c</c>, or <c>cmd.exe /d /s /c</c> on Windows), for pipes, globs and redirection.</summary>
    CommandResult Shell(string script, RunOptions? options = null);

    /// <summary>Asynchronous form of <see cref="Shell"/>.</summary>
    Task<CommandResult> ShellAsync(string script, RunOptions? options = null);

    /// <summary>
    /// Finds a tool (<c>reportgenerator</c>): an explicit path; the <c>&lt;TOOL&gt;_EXE</c> environment variable; the
    /// repository's local tool manifest; a package the build project downloads; PATH. A missing tool is an error saying how to add it.
    /// </summary>
    ToolCommand ResolveTool(string name, string? explicitPath = null);

    /// <summary>Runs commands in <paramref name="path"/> (relative to the current directory) until the returned scope is disposed. Scopes nest.</summary>
    IDisposable Cd(string path);

    /// <summary>Adds (or, with a null value, removes) environment variables for commands until the returned scope is disposed. Scopes nest.</summary>
    IDisposable WithEnvironment(IReadOnlyDictionary<string, string?> variables);

    /// <summary>
    /// Runs every command after <paramref name="command"/>, in the same shell, until the returned scope is disposed
    /// (pyinvoke's <c>prefix</c>): inside <c>using (ctx.Prefix("source env.sh"))</c>, <c>ctx.Run("make")</c> runs
    /// <c>/bin/sh -c "source env.sh &amp;&amp; make"</c> (<c>cmd.exe /d /s /c</c> on Windows). Nested prefixes chain with
    /// <c>&amp;&amp;</c>, outermost first; a prefix that fails stops the command. Tool wrappers (<c>ctx.DotNetBuild</c>) get it too.
    /// </summary>
    /// <param name="command">A shell command, as it would be typed.</param>
    /// <returns>The scope.</returns>
    IDisposable Prefix(string command) =>
        throw new NotSupportedException($"{GetType().Name} has no command prefixes: ctx.Prefix works in a target's own context.");

    /// <summary>
    /// Runs a command line as root through <c>sudo</c>, answering its password prompt with <paramref name="password"/>
    /// (pyinvoke's <c>sudo</c>): <c>sudo -S -p "[sudo] password: " &lt;command&gt;</c> with a <see cref="Responder"/>
    /// for that prompt. The password is masked in all output from now on (when it has at least 8 characters; a
    /// shorter one is only ever written to sudo's input) and never appears on the command line.
    /// </summary>
    /// <param name="commandLine">The command, split as <see cref="Run(string, RunOptions)"/> splits it.</param>
    /// <param name="password">The password sudo asks for, read from a secret (<c>[Secret]</c> parameter, environment).</param>
    /// <param name="options">How to run it; its responders are kept, after the password's.</param>
    /// <returns>The result.</returns>
    Task<CommandResult> SudoAsync(string commandLine, string password, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        ArgumentNullException.ThrowIfNull(password);
        if (password.Trim().Length >= 8)
        {
            Secret(password);
        }

        const string Prompt = "[sudo] password: ";
        options ??= new RunOptions();
        var answered = options with { Responders = [new Responder(System.Text.RegularExpressions.Regex.Escape(Prompt), password), .. options.Responders] };
        return RunAsync("sudo", ["-S", "-p", Prompt, .. Processes.CommandLineText.Split(commandLine)], answered);
    }

    /// <summary>Synchronous form of <see cref="SudoAsync"/>.</summary>
    /// <param name="commandLine">The command.</param>
    /// <param name="password">The password sudo asks for.</param>
    /// <param name="options">How to run it.</param>
    /// <returns>The result.</returns>
    CommandResult Sudo(string commandLine, string password, RunOptions? options = null) =>
        Core.SynchronousWait.For(SudoAsync(commandLine, password, options), "a synchronous target body, which runs on a thread of its own");

    /// <summary>Writes a line of output in the target's group.</summary>
    void Info(string message);

    /// <summary>Writes a line shown only with <c>--verbosity verbose</c>.</summary>
    void Debug(string message);

    /// <summary>Reports a warning (a native annotation on CI).</summary>
    void Warn(string message);

    /// <summary>Reports an error (a native annotation on CI) without failing the target; throw to fail it.</summary>
    void Error(string message);

    /// <summary>Adds a note to this target's row in the summary (a version, a count).</summary>
    void Note(string note);

    /// <summary>Reports test counts: shown in the summary and summed into the closing <c>Tests:</c> line.</summary>
    void ReportTests(TestCounts counts);

    /// <summary>Sets the CI run's build number (Azure Pipelines, TeamCity); elsewhere nothing happens.</summary>
    void SetBuildNumber(string number);

    /// <summary>Hands a value to later CI steps and jobs: a GitHub Actions step output and environment variable, an Azure
    /// Pipelines (output) variable, a TeamCity <c>env.</c> parameter; elsewhere nothing happens.</summary>
    void SetOutputVariable(string name, string value);

    /// <summary>Registers a value that must be masked in all output from now on (a token read from a file, say). Each
    /// line of a multi-line value is masked on its own too.</summary>
    /// <param name="value">The secret, at least 8 characters long (shorter values would mask unrelated text).</param>
    /// <exception cref="ArgumentException">The value is shorter than 8 characters.</exception>
    void Secret(string value);
}
