using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// NUKE's <c>NUnitTasks</c>, its path and command-line forms: NUnit's console runner (<c>nunit3-console.exe</c> of the
/// <c>NUnit.ConsoleRunner</c> package), <c>NUnitTasks.NUnitPath</c> and <c>NUnit($"{assembly} --where …")</c>. The program
/// is <c>NUNIT_EXE</c>, else the one in the package the build project references or downloads (as NUKE: add
/// <c>&lt;PackageDownload Include="NUnit.ConsoleRunner" Version="[…]" /&gt;</c>), else <c>nunit3-console</c> on
/// PATH; missing, the error names the line to add. Declare it with <c>[Requires&lt;NUnitTasks&gt;]</c> to have it
/// checked before the build starts. NUKE's typed <c>NUnit3(s =&gt; …)</c> settings are not here: <c>dotnet test</c> runs
/// NUnit tests (<see cref="DotNetTasks"/>).
/// </summary>
public sealed class NUnitTasks : IRequireTool
{
    // Not static, so that [Requires<NUnitTasks>] can name it; it has only static members.
    private NUnitTasks()
    {
    }

    /// <summary>The NuGet package that ships the console runner.</summary>
    public const string PackageId = "NUnit.ConsoleRunner";

    /// <summary>The runner's file name inside the package.</summary>
    public const string PackageExecutable = "nunit3-console.exe";

    /// <summary>Where the console runner is looked for.</summary>
    internal static readonly PackagedTool Runner = new("nunit", [PackageId], PackageExecutable, null, ["nunit3-console"], "or run NUnit tests with dotnet test instead (NUnit3TestAdapter in the test project): DotNetTest(s => s.SetProjectFile(…))");

    private static readonly PackagedToolTask Task = new(Runner);

    /// <summary>The console runner's full path: <c>NUNIT_EXE</c>, else the one in the build project's package.</summary>
    /// <exception cref="ToolNotFoundException">Not found; the message says what was searched and names the line to add.</exception>
    public static string NUnitPath => Task.Path;

    /// <summary>Runs the console runner with a command line in the running target, as a <see cref="Tool"/> runs.</summary>
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
    public static IReadOnlyCollection<OutputLine> NUnit(
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
