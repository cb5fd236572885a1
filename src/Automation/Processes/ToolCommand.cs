namespace Automation;

/// <summary>
/// How to start a resolved tool: a program and the arguments that come before the tool's own
/// (<c>dotnet tool run reportgenerator</c> for a local tool is program <c>dotnet</c>, prefix <c>tool run reportgenerator</c>).
/// </summary>
/// <param name="Program">The executable to start.</param>
/// <param name="PrefixArguments">Arguments placed before the caller's.</param>
/// <param name="Source">Where it was found, for messages (<c>PATH</c>, <c>REPORTGENERATOR_EXE</c>, <c>.config/dotnet-tools.json</c>, ...).</param>
public sealed record ToolCommand(string Program, IReadOnlyList<string> PrefixArguments, string Source)
{
    /// <summary>The full argument list: the prefix, then <paramref name="arguments"/>.</summary>
    public IEnumerable<string> Arguments(IEnumerable<string> arguments) => PrefixArguments.Concat(arguments);
}
