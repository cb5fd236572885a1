using Automation.Tools.Resolution;

namespace Automation.Tools.Delegates;

/// <summary>
/// What NUKE's tasks classes for a program shipped in a NuGet package share (<c>DotMemoryUnitTasks</c>,
/// <c>NUnitTasks</c>): the program's path, found as <see cref="PackagedTool"/> finds it (<c>&lt;NAME&gt;_EXE</c>, the
/// package of the build project, PATH), and a run of it with a command line, as a <see cref="Tool"/> runs.
/// </summary>
/// <param name="tool">Where the program is looked for.</param>
internal sealed class PackagedToolTask(PackagedTool tool)
{
    /// <summary>The program's full path.</summary>
    /// <exception cref="ToolNotFoundException">Nowhere; the message says what was searched and what to add.</exception>
    public string Path => PathIn(ToolLookup.Ambient());

    /// <summary>The program's full path as <paramref name="lookup"/>'s environment gives it.</summary>
    /// <exception cref="ToolNotFoundException">Nowhere; the message says what was searched and what to add.</exception>
    public string PathIn(ToolLookup lookup) => tool.Resolve(lookup.Context, explicitPath: null, framework: null).Program;

    /// <summary>Runs the program with <paramref name="arguments"/> (the rest as <see cref="Tool"/>'s parameters).</summary>
    public IReadOnlyCollection<OutputLine> Run(
        ArgumentStringHandler arguments,
        string? workingDirectory,
        IReadOnlyDictionary<string, string>? environmentVariables,
        int? timeout,
        bool? logOutput,
        bool? logInvocation,
        Action<OutputType, string>? logger,
        Action<IProcess>? exitHandler)
    {
        var lookup = ToolLookup.Ambient();
        return lookup.ToolAt(PathIn(lookup), tool.Name)(arguments, workingDirectory, environmentVariables, timeout, logOutput, logInvocation, logger, exitHandler);
    }
}
