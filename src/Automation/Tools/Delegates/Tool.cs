namespace Automation;

/// <summary>
/// A program the build runs with a command line (NUKE's <c>Tool</c> delegate), filled by <see cref="PathVariableAttribute"/>,
/// <see cref="NuGetPackageAttribute"/> or <see cref="LocalPathAttribute"/>, or made by <see cref="ToolResolver"/>:
/// <c>[PathVariable] readonly Tool Git;</c> … <c>Git($"tag {version}")</c>. It runs in the running target (echoed, secrets
/// masked, output in the target's group), waits for the end and fails on an exit code other than 0 unless
/// <paramref name="exitHandler"/> decides otherwise.
/// </summary>
/// <param name="arguments">The command line; each interpolated value becomes one argument, quoted when needed; none when
/// left out (NUKE 6's <c>tool(workingDirectory: …)</c>).</param>
/// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
/// <param name="environmentVariables">The process's whole environment; default: the build's.</param>
/// <param name="timeout">A time limit in milliseconds, after which its process tree is killed.</param>
/// <param name="logOutput">False hides its output (it is still returned).</param>
/// <param name="logInvocation">False leaves the command line out of the output.</param>
/// <param name="logger">Receives each output line instead of the build output, once the program has ended.</param>
/// <param name="exitHandler">Judges the ended process instead of the default exit-code check.</param>
/// <returns>The output lines, standard output's then standard error's.</returns>
public delegate IReadOnlyCollection<OutputLine> Tool(
    ArgumentStringHandler arguments = default,
    string? workingDirectory = null,
    IReadOnlyDictionary<string, string>? environmentVariables = null,
    int? timeout = null,
    bool? logOutput = null,
    bool? logInvocation = null,
    Action<OutputType, string>? logger = null,
    Action<IProcess>? exitHandler = null);
