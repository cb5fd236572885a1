using System.Text.RegularExpressions;

namespace Automation.Components;

/// <summary>Turns the output of <c>dotnet format --verify-no-changes</c> into a failure that names files and rules.</summary>
internal static partial class FormatFindings
{
    public static void ThrowIfAny(CommandResult result, AbsolutePath root)
    {
        if (Describe(result, root) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <summary>Warns about the findings without failing; returns the summary note.</summary>
    public static string Report(ITargetContext ctx, CommandResult result, AbsolutePath root)
    {
        if (Describe(result, root) is not { } problem)
        {
            return "no findings";
        }

        ctx.Warn($"{problem} (report only: lint does not fail while ILint.FailOnFindings is false)");
        return $"{Count(result)} findings (report only)";
    }

    private static string? Describe(CommandResult result, AbsolutePath root)
    {
        if (result.ExitCode == 0)
        {
            return null;
        }

        var lines = (result.StandardOutput + "\n" + result.StandardError).ReplaceLineEndings("\n").Split('\n');
        var findings = lines.Select(line => Finding().Match(line)).Where(m => m.Success).ToList();
        if (findings.Count == 0)
        {
            return $"dotnet format failed with exit code {result.ExitCode} without naming a file; see its output above.";
        }

        var files = findings
            .GroupBy(m => m.Groups["file"].Value, StringComparer.Ordinal)
            .Select(g => $"{Relative(g.Key, root)} ({string.Join(", ", g.Select(m => m.Groups["rule"].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})")
            .ToList();
        return $"{findings.Count} formatting, style or analyzer findings in {files.Count} files: {string.Join("; ", files)}. Run './build.sh format' to fix what can be fixed.";
    }

    private static int Count(CommandResult result) =>
        (result.StandardOutput + "\n" + result.StandardError).ReplaceLineEndings("\n").Split('\n').Count(line => Finding().IsMatch(line));

    private static string Relative(string file, AbsolutePath root) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(root, file) : file;

    // dotnet format reports findings in MSBuild's format: "path(line,col): error RULE: message [project]".
    [GeneratedRegex(@"^\s*(?<file>.+?)\(\d+,\d+\): (?:error|warning|info) (?<rule>[A-Za-z0-9_]+): ")]
    private static partial Regex Finding();
}
