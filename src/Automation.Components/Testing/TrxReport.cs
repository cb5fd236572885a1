using System.Xml.Linq;

namespace Automation.Components;

/// <summary>What a TRX file (the VSTest results format) says: the counts and the failing tests with their messages.</summary>
public sealed record TrxReport(TestCounts Counts, IReadOnlyList<FailedTest> Failures)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private static readonly string[] FailedOutcomes = ["Failed", "Error", "Timeout", "Aborted"];

    /// <summary>Reads a TRX file.</summary>
    /// <param name="path">The file.</param>
    public static TrxReport Read(AbsolutePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var document = XDocument.Load(path);
        var results = document.Descendants(Trx + "UnitTestResult").ToList();
        int Count(params string[] outcomes) => results.Count(r => outcomes.Contains((string?)r.Attribute("outcome")));

        // Counted from the results, not the Counters element: VSTest leaves skipped tests out of its counters.
        var counts = new TestCounts(Count("Passed"), Count(FailedOutcomes), Count("NotExecuted", "Inconclusive", "Pending", "Disconnected", "Warning"));
        var failures = results
            .Where(r => FailedOutcomes.Contains((string?)r.Attribute("outcome")))
            .Select(r => new FailedTest(
                (string?)r.Attribute("testName") ?? "(unnamed test)",
                FirstLine(r.Descendants(Trx + "Message").FirstOrDefault()?.Value)))
            .ToList();
        return new TrxReport(counts, failures);
    }

    private static string FirstLine(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
}

/// <summary>A test that failed, with the first line of its message.</summary>
/// <param name="Name">The test's full name.</param>
/// <param name="Message">The first line of the failure message.</param>
public sealed record FailedTest(string Name, string Message);
