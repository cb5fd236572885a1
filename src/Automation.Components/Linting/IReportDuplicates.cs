using System.Globalization;

namespace Automation.Components;

/// <summary>
/// NUKE's <c>IReportDuplicates</c>: the <c>report-duplicates</c> target runs ReSharper's dupFinder
/// (<see cref="ReSharperTasks.ReSharperDupFinder(Configure{ReSharperDupFinderSettings})"/>) on the solution, writes
/// <see cref="DupFinderReportFile"/>, lists each duplicate with its cost and its fragments' files and lines, and adds
/// the count and total cost to the summary. As NUKE's, it reports and does not fail on duplicates (a warning says how
/// many). JetBrains last shipped dupFinder in <c>JetBrains.ReSharper.CommandLineTools</c>
/// <see cref="ReSharperTasks.DupFinderLastVersion"/>, a Windows program: the build project downloads it with
/// <c>&lt;PackageDownload Include="JetBrains.ReSharper.CommandLineTools" Version="[2021.2.2]" /&gt;</c>; without it
/// the target fails naming that line.
/// </summary>
public interface IReportDuplicates : IHazSolution, IHazArtifacts
{
    /// <summary>The dupFinder report (XML).</summary>
    AbsolutePath DupFinderReportFile => ArtifactsDirectory / "reports" / "dupfinder.xml";

    /// <summary>Adjusts <c>dupfinder</c> (after the source, report file, text and NUKE's excluded files are set).</summary>
    Configure<ReSharperDupFinderSettings> DupFinderSettings => s => s;

    /// <summary>Finds duplicated code with dupFinder.</summary>
    Target ReportDuplicates => _ => _
        .Description("Find duplicated code with ReSharper's dupFinder")
        .TryAfter<ITest>()
        .Executes(ctx =>
        {
            ReSharperTasks.ReSharperDupFinder(s => DupFinderSettings(s with
            {
                Source = Solution.Path,
                OutputFile = DupFinderReportFile,
                ShowText = true,
                ExcludeFiles = ["**/*.Generated.cs", "**/obj/**", "**/bin/**"],
            }));
            if (ctx.IsDryRun)
            {
                return;
            }

            var report = DupFinderReport.Read(DupFinderReportFile);
            foreach (var line in report.Lines())
            {
                ctx.Info(line);
            }

            var count = report.Duplicates.Count.ToString(CultureInfo.InvariantCulture);
            var cost = report.TotalDuplicatesCost.ToString(CultureInfo.InvariantCulture);
            ReportSummary(summary =>
            {
                summary["Duplicates"] = count;
                summary["Duplicates cost"] = cost;
                return summary;
            });
            if (report.Duplicates.Count > 0)
            {
                ctx.Warn($"dupFinder found {count} duplicates (cost {cost} of {report.CodebaseCost.ToString(CultureInfo.InvariantCulture)}) in {Solution.Path.Name}; the report is {DupFinderReportFile.RelativeTo(RootDirectory)}.");
            }
        });
}
