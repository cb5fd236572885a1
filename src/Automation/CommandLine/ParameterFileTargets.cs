using Automation.Parameters;

namespace Automation.CommandLine;

/// <summary>
/// The <c>Targets</c> and <c>Skip</c> keys of parameter files (offered by <c>build.schema.json</c>): they apply when the
/// command line names no targets, or has no <c>--skip</c>; the last file naming them wins, as for parameters.
/// The shared system and user files do not choose what a build runs.
/// </summary>
internal static class ParameterFileTargets
{
    public static void Apply(ParsedCommandLine commandLine, IReadOnlyList<ParameterFile> files)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        if (commandLine.Targets.Count == 0 && Last(files, "targets") is { } targets)
        {
            commandLine.Targets.AddRange(targets);
        }

        if (commandLine.Skip is null && Last(files, "skip") is { } skip)
        {
            commandLine.Skip = skip;
        }
    }

    private static List<string>? Last(IReadOnlyList<ParameterFile> files, string key) =>
        files.Where(f => !f.Shared).Reverse()
            .Select(f => f.Values.TryGetValue(key, out var entry) ? entry.Value.Values : null)
            .FirstOrDefault(v => v is not null)
            ?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
}
