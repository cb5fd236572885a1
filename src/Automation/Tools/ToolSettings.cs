using Automation.Tools;

namespace Automation;

/// <summary>
/// What the settings of every tool share — the <c>dotnet</c> commands (<see cref="DotNetSettings"/>), ReportGenerator
/// and NUKE's tool wrappers (<see cref="CodecovSettings"/>, <see cref="DocFXBuildSettings"/>, ...): which executable,
/// where it runs, how it runs and extra arguments. Immutable records: change them with <c>with</c> or NUKE's fluent
/// forms (<c>s.SetToken(token).SetProcessWorkingDirectory(docs)</c>), whose process forms and <c>When</c>/<c>Apply</c>
/// hooks serve every settings record through this base. Null, false and empty values add nothing to the command line.
/// </summary>
public abstract record ToolSettings
{
    // Only this assembly derives: each settings record renders its own command.
    private protected ToolSettings()
    {
    }

    /// <summary>
    /// An explicit path to the tool, which skips finding it (see <see cref="ITargetContext.ResolveTool"/>). Default: the
    /// tool is found (for <c>dotnet</c>: <c>DOTNET_HOST_PATH</c> when set, as it is under the .NET SDK, else PATH).
    /// </summary>
    public string? ToolPath { get; init; }

    /// <summary>Where the tool runs; relative to the current <c>ctx.Cd</c> scope. Overrides <see cref="RunOptions.WorkingDirectory"/> in <see cref="Run"/>. Default: the target's current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>How the command runs (timeout, hidden output, warn instead of fail, environment, accepted exit codes). Default: echoed, output shown, fails on a non-zero exit code.</summary>
    public RunOptions? Run { get; init; }

    /// <summary>Arguments appended after the ones these settings render, for options they do not model.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>The arguments after the tool's executable (for <c>dotnet</c>: <c>build</c>, <c>App.sln</c>, <c>--configuration</c>, <c>Release</c>, ...). Pure: starts nothing.</summary>
    /// <returns>One element per argument; nothing is quoted or joined.</returns>
    /// <exception cref="InvalidOperationException">A required setting (such as a package to push) is missing.</exception>
    public IReadOnlyList<string> ToArguments()
    {
        var arguments = new ToolArguments();
        AddArguments(arguments);
        arguments.Items.AddRange(ExtraArguments);
        AddTrailingArguments(arguments);
        return arguments.Items;
    }

    /// <summary>The options the command runs with: <see cref="Run"/>, with <see cref="WorkingDirectory"/> applied.</summary>
    internal RunOptions ToRunOptions()
    {
        var options = Run ?? new RunOptions();
        return WorkingDirectory is null ? options : options with { WorkingDirectory = WorkingDirectory };
    }

    /// <summary>Adds the command and its options.</summary>
    private protected abstract void AddArguments(ToolArguments arguments);

    /// <summary>Adds what must come after <see cref="ExtraArguments"/> (such as <c>dotnet test</c>'s <c>-- RunSettings</c>).</summary>
    private protected virtual void AddTrailingArguments(ToolArguments arguments)
    {
    }
}
