namespace Automation.Tools.Delegates;

/// <summary>
/// What NUKE's tasks classes for a program shipped in a NuGet package share (<c>DotMemoryUnitTasks</c>,
/// <c>NUnitTasks</c>): the program's path (<c>&lt;NAME&gt;_EXE</c>, else the package of the build project) and a run of it
/// with a command line, as a <see cref="Tool"/> runs.
/// </summary>
/// <param name="toolName">The name its override variable is made from (<c>dotMemoryUnit</c> reads <c>DOTMEMORYUNIT_EXE</c>).</param>
/// <param name="packageId">The package that ships it.</param>
/// <param name="packageExecutable">The program's file name inside the package.</param>
internal sealed class PackagedToolTask(string toolName, string packageId, string packageExecutable)
{
    /// <summary>The program's full path.</summary>
    /// <exception cref="FileNotFoundException">Neither the variable nor the package gives it; the message says what to add.</exception>
    public string Path => PathIn(ToolLookup.Ambient());

    /// <summary>The program's full path as <paramref name="lookup"/>'s environment gives it.</summary>
    /// <exception cref="FileNotFoundException">Neither the variable nor the package gives it; the message says what to add.</exception>
    public string PathIn(ToolLookup lookup) =>
        lookup.FromVariable(Resolution.ToolEnvironment.OverrideVariable(toolName))
            ?? lookup.InPackage(packageId, packageExecutable, version: null, framework: null);

    /// <summary>Runs the program with <paramref name="arguments"/> (the rest as <see cref="Tool"/>'s parameters).</summary>
    public IReadOnlyCollection<OutputLine> Run(
        ArgumentStringHandler arguments,
        string? workingDirectory,
        IReadOnlyDictionary<string, string>? environmentVariables,
        int? timeout,
        bool? logOutput,
        bool? logInvocation,
        Action<OutputType, string>? logger,
        Action<IProcess>? exitHandler) =>
        ToolLookup.Ambient().ToolAt(Path, toolName)(arguments, workingDirectory, environmentVariables, timeout, logOutput, logInvocation, logger, exitHandler);
}
