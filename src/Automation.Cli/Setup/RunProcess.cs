namespace Automation.Cli.Setup;

/// <summary>Runs a program to completion in a folder and returns its exit code and output; tests stand in for it.</summary>
/// <param name="program">The program, e.g. <c>dotnet</c> or <c>git</c> (found on PATH).</param>
/// <param name="arguments">Its arguments, passed as they are (no shell).</param>
/// <param name="workingDirectory">Where it runs.</param>
internal delegate Task<ProcessOutput> RunProcess(string program, IReadOnlyList<string> arguments, AbsolutePath workingDirectory);
