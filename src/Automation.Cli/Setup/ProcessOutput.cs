namespace Automation.Cli.Setup;

/// <summary>What a finished program left: its exit code and its standard output followed by its standard error.</summary>
internal sealed record ProcessOutput(int ExitCode, string Output)
{
    /// <summary>The first line mentioning an error (MSBuild's <c>error XX1234:</c>), else the first non-empty line, else a note.</summary>
    public string FirstError()
    {
        var lines = Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            ?? lines.FirstOrDefault()
            ?? $"exit code {ExitCode}, no output";
    }
}
