namespace Automation.Cli.Setup;

/// <summary>What a finished program left: its exit code and its standard output followed by its standard error.</summary>
internal sealed record ProcessOutput(int ExitCode, string Output)
{
    /// <summary>
    /// The first line mentioning an error (MSBuild's <c>error XX1234:</c>), else the first non-empty line, else a note. When
    /// dotnet found no SDK that global.json accepts, that is said with the version asked for and the way out: dotnet
    /// writes the list of installed SDKs first and its explanation without the word "error", so neither rule finds it.
    /// </summary>
    public string FirstError()
    {
        var lines = Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Any(l => l.Contains("A compatible .NET SDK was not found", StringComparison.Ordinal)))
        {
            var requested = Value(lines, "Requested SDK version:") ?? "another version";
            var file = Value(lines, "global.json file:") ?? "global.json";
            return $"no installed .NET SDK is the {requested} that {file} asks for; install it, or set that file's \"version\" to an installed SDK (dotnet --list-sdks; the ported build needs a .NET 10 SDK) or add \"rollForward\": \"latestMajor\"";
        }

        return lines.FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            ?? lines.FirstOrDefault()
            ?? $"exit code {ExitCode}, no output";
    }

    private static string? Value(List<string> lines, string label) =>
        lines.FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))?[label.Length..].Trim();
}
