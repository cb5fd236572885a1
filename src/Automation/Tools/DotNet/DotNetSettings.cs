using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// What every <c>dotnet</c> command's settings have: which <c>dotnet</c> to start, where, how to run it, and extra
/// arguments. Settings are immutable records: change them with <c>with</c>, as in
/// <c>ctx.DotNetBuild(s =&gt; s with { Configuration = "Release" })</c>. Null, false and empty values add nothing to the
/// command line, so a default settings object renders just the command.
/// </summary>
public abstract record DotNetSettings
{
    // Only this assembly derives: the argument-building hooks use internal types.
    private protected DotNetSettings()
    {
    }

    /// <summary>The <c>dotnet</c> executable to start. Default: <c>DOTNET_HOST_PATH</c> when set (it is under the .NET SDK), else <c>dotnet</c> from PATH.</summary>
    public string? ToolPath { get; init; }

    /// <summary>Where the command runs; relative to the current <c>ctx.Cd</c> scope. Overrides <see cref="RunOptions.WorkingDirectory"/> in <see cref="Run"/>.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>How the command runs (timeout, hidden output, warn instead of fail, environment, accepted exit codes). Default: echoed, output shown, fails on a non-zero exit code.</summary>
    public RunOptions? Run { get; init; }

    /// <summary>Arguments appended after the ones these settings render, for options they do not model.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>The arguments after the <c>dotnet</c> program (<c>build</c>, <c>App.sln</c>, <c>--configuration</c>, <c>Release</c>, ...). Pure: starts nothing.</summary>
    /// <returns>One element per argument; nothing is quoted or joined.</returns>
    /// <exception cref="InvalidOperationException">A required setting (such as a package to push) is missing.</exception>
    public IReadOnlyList<string> ToArguments()
    {
        var arguments = new DotNetArguments();
        AddArguments(arguments);
        arguments.Add(ExtraArguments);
        AddTrailingArguments(arguments);
        return arguments.ToList();
    }

    /// <summary>The options the command runs with: <see cref="Run"/>, with <see cref="WorkingDirectory"/> applied.</summary>
    internal RunOptions ToRunOptions()
    {
        var options = Run ?? new RunOptions();
        return WorkingDirectory is null ? options : options with { WorkingDirectory = WorkingDirectory };
    }

    /// <summary>Adds the command and its options.</summary>
    private protected abstract void AddArguments(DotNetArguments arguments);

    /// <summary>Adds what must come after <see cref="ExtraArguments"/> (such as <c>-- RunSettings</c>).</summary>
    private protected virtual void AddTrailingArguments(DotNetArguments arguments)
    {
    }
}
