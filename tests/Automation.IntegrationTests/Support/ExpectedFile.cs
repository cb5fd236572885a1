using System.Runtime.CompilerServices;

namespace Automation.IntegrationTests.Support;

/// <summary>
/// Compares output with a checked-in <c>Expected/&lt;name&gt;.expected.txt</c> next to the calling test; with
/// <c>AUTOMATION_UPDATE_EXPECTED=1</c> it rewrites the file instead (review the diff).
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

        Assert.True(File.Exists(path), $"Missing expected file {path}. Run the test once with AUTOMATION_UPDATE_EXPECTED=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), normalized);
    }

    // A CI build (ContinuousIntegrationBuild) maps source paths to /_/: resolve that against the repository.
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
