using System.Text.RegularExpressions;

namespace Automation.Components;

/// <summary>
/// Turns the output of <c>dotnet format --verify-no-changes</c> into a failure that names files and rules, or, in report
/// mode (<see cref="ILint.FailOnFindings"/> false), into a warning that lists them and a note for the summary.
/// </summary>
internal static partial class FormatFindings
{
    // A report lists this many files; a repository adopting lint may have thousands of findings.
    private const int FilesListed = 20;

    public static void ThrowIfAny(CommandResult result, AbsolutePath root)
    {
        if (result.ExitCode == 0)
        {
            return;
        }

        var findings = Parse(result);
        if (findings.Count == 0)
        {
            throw new InvalidOperationException(WithoutFindings(result));
        }

        var files = ByFile(findings, root, withCounts: false).ToList();
        throw new InvalidOperationException(
            $"{findings.Count} formatting, style or analyzer findings in {files.Count} files: {string.Join("; ", files)}. Run './build.sh format' to fix what can be fixed.");
    }

    /// <summary>Warns about the findings (the first files, by rule, and how many more) without failing; returns the summary note.</summary>
    public static string Report(ITargetContext ctx, CommandResult result, AbsolutePath root)
    {
        if (result.ExitCode == 0)
        {
            return "no findings";
        }

        var findings = Parse(result);
        if (findings.Count == 0)
        {
            ctx.Warn($"{WithoutFindings(result)} (report only: ILint.FailOnFindings is false)");
            return "dotnet format failed (report only)";
        }

        var files = ByFile(findings, root, withCounts: true).ToList();
        var listed = string.Join(Environment.NewLine, files.Take(FilesListed).Select(file => $"  {file}"));
        var more = files.Count > FilesListed ? $"{Environment.NewLine}  ... and {files.Count - FilesListed} more files" : string.Empty;
        ctx.Warn(
            $"{findings.Count} formatting, style or analyzer findings in {files.Count} files (report only: lint does not fail while ILint.FailOnFindings is false):" +
            $"{Environment.NewLine}{listed}{more}{Environment.NewLine}Run './build.sh format' to fix what can be fixed.");
        return $"{findings.Count} findings (report only)";
    }

    private static string WithoutFindings(CommandResult result) =>
        $"dotnet format failed with exit code {result.ExitCode} without naming a file; see its output above.";

    // dotnet format prints a finding once per project (and target framework) that compiles the file; each counts once.
    // Output longer than a result keeps is read whole from its file, so no finding goes uncounted.
    private static List<Match> Parse(CommandResult result) =>
        (result.OutputFile is { } file ? File.ReadLines(file) : (result.StandardOutput + "\n" + result.StandardError).ReplaceLineEndings("\n").Split('\n'))
            .Select(line => Finding().Match(line))
            .Where(m => m.Success)
            .DistinctBy(m => (m.Groups["file"].Value, m.Groups["position"].Value, m.Groups["rule"].Value, m.Groups["message"].Value))
            .ToList();

    // "src/A.cs (WHITESPACE x3, IDE0055)": each file once, in the order dotnet format named them.
    private static IEnumerable<string> ByFile(List<Match> findings, AbsolutePath root, bool withCounts) =>
        findings
            .GroupBy(m => m.Groups["file"].Value, StringComparer.Ordinal)
            .Select(file => $"{Relative(file.Key, root)} ({string.Join(", ", file
                .GroupBy(m => m.Groups["rule"].Value, StringComparer.Ordinal)
                .OrderBy(rule => rule.Key, StringComparer.Ordinal)
                .Select(rule => !withCounts || rule.Count() == 1 ? rule.Key : $"{rule.Key} x{rule.Count()}"))})");

    private static string Relative(string file, AbsolutePath root) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(root, file) : file;

    // dotnet format reports findings in MSBuild's format: "path(line,col): error RULE: message [project]".
    [GeneratedRegex(@"^\s*(?<file>.+?)(?<position>\(\d+,\d+\)): (?:error|warning|info) (?<rule>[A-Za-z0-9_]+): (?<message>.*?)(\s+\[[^\]]+\])?\s*$")]
    private static partial Regex Finding();
}
