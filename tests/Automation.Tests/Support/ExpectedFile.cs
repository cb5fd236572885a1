using System.Runtime.CompilerServices;

namespace Automation.Tests.Support;

/// <summary>
/// Compares output with a checked-in <c>*.expected.txt</c> next to the calling test. With
/// <c>AUTOMATION_UPDATE_EXPECTED=1</c> it rewrites the file instead, for intended changes (review the diff).
/// </summary>
// Compiled into both test projects; Xunit.Assert by name because, in a namespace under Automation, `Assert` is the
// engine's NUKE-style Assert.
public static class ExpectedFile
{
    /// <param name="actual">The output.</param>
    /// <param name="name">The file's name without <c>.expected.txt</c>.</param>
    /// <param name="mismatchAdvice">
    /// When given, a mismatch fails with this text and the lines removed and added, instead of the first differing
    /// character: for long files whose changes need a decision (the public API).
    /// </param>
    /// <param name="callerPath">The calling test's source file, whose folder holds <c>Expected/</c>.</param>
    public static void Match(string actual, string name, string? mismatchAdvice = null, [CallerFilePath] string callerPath = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = Path.Combine(Path.GetDirectoryName(SourcePath(callerPath))!, "Expected", name + ".expected.txt");
        var normalized = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("AUTOMATION_UPDATE_EXPECTED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }

        Xunit.Assert.True(File.Exists(path), $"Missing expected file {path}. Run the tests once with AUTOMATION_UPDATE_EXPECTED=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (mismatchAdvice is not null && expected != normalized)
        {
            Xunit.Assert.Fail($"The output differs from {path}. {mismatchAdvice}\n{LineChanges(expected, normalized)}");
        }

        Xunit.Assert.Equal(expected, normalized);
    }

    /// <summary>The expected lines missing from the output (<c>-</c>) and the output's lines not expected (<c>+</c>), in order.</summary>
    private static string LineChanges(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var removed = Without(expectedLines, actualLines).Select(line => "- " + line);
        var added = Without(actualLines, expectedLines).Select(line => "+ " + line);
        return string.Join('\n', removed.Concat(added));
    }

    // Each line of 'other' cancels one equal line of 'lines', so a line that moved or repeats is counted right.
    private static List<string> Without(string[] lines, string[] other)
    {
        var left = other.GroupBy(line => line, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (left.TryGetValue(line, out var count) && count > 0)
            {
                left[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>
    /// The caller's source file on disk. A CI build (ContinuousIntegrationBuild) maps source paths to <c>/_/</c> for
    /// deterministic binaries, so that prefix is resolved against the repository holding the test assembly.
    /// </summary>
    public static string SourcePath(string callerPath)
    {
        const string mappedRoot = "/_/";
        if (!callerPath.StartsWith(mappedRoot, StringComparison.Ordinal) || File.Exists(callerPath))
        {
            return callerPath;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Automation.sln")))
            {
                return Path.Combine(directory.FullName, callerPath[mappedRoot.Length..]);
            }
        }

        return callerPath;
    }
}
