namespace Automation.Components;

/// <summary>
/// NUKE's <c>IReportIssues</c>: the <c>report-issues</c> target runs ReSharper's InspectCode (<c>jb inspectcode</c>,
/// see <see cref="ReSharperTasks"/>) on the solution, writes <see cref="InspectCodeReportFile"/>, lists the errors and
/// warnings it found and fails the build on them as the switches say. The build project downloads the tool, as NUKE's
/// builds do: <c>&lt;PackageDownload Include="JetBrains.ReSharper.GlobalTools" Version="[x.y.z]" /&gt;</c> (or a local
/// tool); without it the target fails naming the package.
/// </summary>
public interface IReportIssues : IRestore, IHazArtifacts
{
    /// <summary>The InspectCode report (XML).</summary>
    AbsolutePath InspectCodeReportFile => ArtifactsDirectory / "reports" / "inspect-code.xml";

    /// <summary>ReSharper extensions InspectCode loads, by package id and version (<see cref="ReSharperTasks.ReSharperPluginLatest"/> for the newest).</summary>
    IEnumerable<(string PackageId, string Version)> InspectCodePlugins => [];

    /// <summary>Adjusts <c>jb inspectcode</c> (after the solution, report file, format and severity are set).</summary>
    Configure<ReSharperInspectCodeSettings> InspectCodeSettings => s => s;

    /// <summary>Whether an error fails the build.</summary>
    bool InspectCodeFailOnError => true;

    /// <summary>Whether a warning fails the build.</summary>
    bool InspectCodeFailOnWarning => true;

    /// <summary>Whether the issues are summed up by category and type.</summary>
    bool InspectCodeReportIssueSummary => true;

    /// <summary>Whether warnings are listed (errors always are).</summary>
    bool InspectCodeReportWarnings => true;

    /// <summary>Issue types (<c>UnusedVariable</c>) that fail the build whatever their severity.</summary>
    IEnumerable<string> InspectCodeFailOnIssues => [];

    /// <summary>Issue categories (<c>CodeSmell</c>) that fail the build whatever their severity.</summary>
    IEnumerable<string> InspectCodeFailOnCategories => [];

    /// <summary>Inspects the solution with InspectCode.</summary>
    Target ReportIssues => _ => _
        .Description("Inspect the code with ReSharper's InspectCode")
        .DependsOn<IRestore>(x => x.Restore)
        .TryAfter<ITest>()
        .Executes(ctx =>
        {
            ReSharperTasks.ReSharperInspectCode(s => InspectCodeSettings(InspectCodePlugins.Aggregate(
                s with
                {
                    TargetPath = Solution.Path,
                    Output = InspectCodeReportFile,
                    Format = ReSharperFormat.Xml,
                    Severity = ReSharperSeverity.WARNING,
                },
                (settings, plugin) => settings with { Plugins = new Dictionary<string, string>(settings.Plugins) { [plugin.PackageId] = plugin.Version } })));
            if (ctx.IsDryRun)
            {
                return;
            }

            var report = InspectCodeReport.Read(InspectCodeReportFile);
            var shown = report.Issues.Where(issue => issue.IsError || InspectCodeReportWarnings
                || InspectCodeFailOnIssues.Contains(issue.TypeId) || InspectCodeFailOnCategories.Contains(issue.CategoryId));
            foreach (var issue in shown)
            {
                ctx.Info($"[{issue.File}:{issue.Line}] {issue.TypeId}: {issue.Message}");
            }

            if (InspectCodeReportIssueSummary)
            {
                foreach (var line in report.Summary())
                {
                    ctx.Info(line);
                }
            }

            var failing = report.FailureReason(InspectCodeFailOnError, InspectCodeFailOnWarning, [.. InspectCodeFailOnIssues], [.. InspectCodeFailOnCategories]);
            var counts = $"{report.Errors} errors and {report.Warnings} warnings in {Solution.Path.Name}";
            ReportSummary(summary =>
            {
                summary["Errors"] = report.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture);
                summary["Warnings"] = report.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return summary;
            });
            if (failing is not null)
            {
                throw new InvalidOperationException($"InspectCode found {counts} ({failing}); the report is {InspectCodeReportFile.RelativeTo(RootDirectory)}.");
            }

            if (report.Errors + report.Warnings > 0)
            {
                ctx.Warn($"InspectCode found {counts}.");
            }
        });
}
