using System.Runtime.CompilerServices;

namespace Automation.Tests.Support;

/// <summary>
/// Compares output with a checked-in <c>*.expected.txt</c> next to the calling test. With
/// <c>AUTOMATION_UPDATE_EXPECTED=1</c> it rewrites the file instead, for intended changes (review the diff).
/// </summary>
public static class ExpectedFile
{
    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
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

        Assert.True(File.Exists(path), $"Missing expected file {path}. Run the tests once with AUTOMATION_UPDATE_EXPECTED=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, normalized);
    }

    /// <summary>
    /// The caller's source file on disk. A CI build (ContinuousIntegrationBuild) maps source paths to <c>/_/</c> for
    /// deterministic binaries, so that prefix is resolved against the repository holding the test assembly.
    /// </summary>
    private static string SourcePath(string callerPath)
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
