using System.Globalization;
using System.Xml.Linq;

namespace Automation.Components;

/// <summary>What a TRX file (the VSTest results format) says: the counts and the failing tests with their messages.</summary>
public sealed record TrxReport(TestCounts Counts, IReadOnlyList<FailedTest> Failures)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Reads a TRX file.</summary>
    /// <param name="path">The file.</param>
    public static TrxReport Read(AbsolutePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var document = XDocument.Load(path);
        var counters = document.Descendants(Trx + "Counters").SingleOrDefault();
        int Read(string name) => int.Parse(counters?.Attribute(name)?.Value ?? "0", CultureInfo.InvariantCulture);
        var counts = new TestCounts(
            Read("passed"),
            Read("failed") + Read("error") + Read("timeout") + Read("aborted"),
            Read("notExecuted"));
        var failures = document.Descendants(Trx + "UnitTestResult")
            .Where(r => (string?)r.Attribute("outcome") is "Failed" or "Error" or "Timeout" or "Aborted")
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
