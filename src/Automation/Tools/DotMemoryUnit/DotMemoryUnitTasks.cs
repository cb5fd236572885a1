using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// NUKE's <c>DotMemoryUnitTasks</c>: JetBrains dotMemory Unit's console runner (<c>dotMemoryUnit.exe</c>, which wraps a
/// test runner), <c>DotMemoryUnit($"{NUnitTasks.NUnitPath} --propagate-exit-code -- {assembly}")</c> with
/// <c>using static Automation.DotMemoryUnitTasks;</c>. The program is <c>DOTMEMORYUNIT_EXE</c>, else the one in the
/// <c>JetBrains.DotMemoryUnit</c> package the build project references or downloads (as NUKE: add
/// <c>&lt;PackageDownload Include="JetBrains.DotMemoryUnit" Version="[…]" /&gt;</c>), else
/// <c>dotMemoryUnit</c> on PATH; missing, the error names the line to add. Declare it with
/// <c>[Requires&lt;DotMemoryUnitTasks&gt;]</c> to have it checked before the build starts. It is a Windows program.
/// </summary>
public sealed class DotMemoryUnitTasks : IRequireTool
{
    // Not static, so that [Requires<DotMemoryUnitTasks>] can name it; it has only static members.
    private DotMemoryUnitTasks()
    {
    }

    /// <summary>The NuGet package that ships the runner.</summary>
    public const string PackageId = "JetBrains.DotMemoryUnit";

    /// <summary>The runner's file name inside the package.</summary>
    public const string PackageExecutable = "dotMemoryUnit.exe";

    /// <summary>Where the runner is looked for.</summary>
    internal static readonly PackagedTool Runner = new("dotMemoryUnit", [PackageId], PackageExecutable, null, ["dotMemoryUnit"], "");

    private static readonly PackagedToolTask Task = new(Runner);

    /// <summary>The runner's full path: <c>DOTMEMORYUNIT_EXE</c>, else the one in the build project's package.</summary>
    /// <exception cref="ToolNotFoundException">Not found; the message says what was searched and names the line to add.</exception>
    public static string DotMemoryUnitPath => Task.Path;

    /// <summary>Runs the runner with a command line in the running target, as a <see cref="Tool"/> runs.</summary>
    /// <param name="arguments">The command line; each interpolated value becomes one argument, quoted when needed.</param>
    /// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
    /// <param name="environmentVariables">The process's whole environment; default: the build's.</param>
    /// <param name="timeout">A time limit in milliseconds.</param>
    /// <param name="logOutput">False hides its output (it is still returned).</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <param name="logger">Receives each output line instead of the build output, once the runner has ended.</param>
    /// <param name="exitHandler">Judges the ended process instead of the default exit-code check.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">The runner was not found; the message names the line to add.</exception>
    public static IReadOnlyCollection<OutputLine> DotMemoryUnit(
        ArgumentStringHandler arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environmentVariables = null,
        int? timeout = null,
        bool? logOutput = null,
        bool? logInvocation = null,
        Action<OutputType, string>? logger = null,
        Action<IProcess>? exitHandler = null) =>
        Task.Run(arguments, workingDirectory, environmentVariables, timeout, logOutput, logInvocation, logger, exitHandler);
}
