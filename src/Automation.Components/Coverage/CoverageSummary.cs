using System.Globalization;
using System.Xml.Linq;

namespace Automation.Components;

/// <summary>Reads the merged Cobertura report: line and branch coverage for the summary, and the threshold check.</summary>
internal static class CoverageSummary
{
    public static void Report(ITargetContext ctx, AbsolutePath cobertura, double? threshold)
    {
        if (!cobertura.FileExists())
        {
            throw new InvalidOperationException($"ReportGenerator wrote no {cobertura.Name}; see its output above.");
        }

        var root = XDocument.Load(cobertura).Root!;
        var line = Rate(root, "line-rate");
        var branch = Rate(root, "branch-rate");
        var text = $"line {line.ToString("0.0", CultureInfo.InvariantCulture)}%, branch {branch.ToString("0.0", CultureInfo.InvariantCulture)}%";
        ctx.Info($"Coverage: {text}");
        ctx.Note(text);
        if (threshold is { } minimum && line < minimum)
        {
            throw new InvalidOperationException(
                $"Line coverage {line.ToString("0.0", CultureInfo.InvariantCulture)}% is below the threshold of {minimum.ToString("0.##", CultureInfo.InvariantCulture)}% (--coverage-threshold).");
        }
    }

    private static double Rate(XElement root, string attribute) =>
        Math.Round(double.Parse((string?)root.Attribute(attribute) ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture) * 100, 1);
}
