namespace Automation.Components;

/// <summary>
/// The <c>coverage</c> target: merges the Cobertura files the tests wrote into <c>artifacts/coverage/</c> with
/// ReportGenerator (from the local tool manifest): HTML, Cobertura, a text summary and badges. Line and branch coverage
/// go in the summary; <c>--coverage-threshold</c> fails the build below a line-coverage percentage. Up to date while
/// the coverage files, the tool manifest and the threshold are unchanged and the report is as it left it.
/// </summary>
public interface IReportCoverage : IHazTestResults
{
    /// <summary>Where the merged report goes.</summary>
    AbsolutePath CoverageDirectory => ArtifactsDirectory / "coverage";

    /// <summary>The minimum line coverage, in percent, below which the build fails.</summary>
    [Parameter("Fail the build when line coverage is below this percentage (0-100)")]
    double? CoverageThreshold => ParameterValue<double?>();

    /// <summary>Whether the merged report includes the HTML pages (NUKE's <c>CreateCoverageHtmlReport</c>); without them it has Cobertura, the text summary and badges.</summary>
    bool CreateCoverageHtmlReport => true;

    /// <summary>
    /// Whether the merged Cobertura file is uploaded to Codecov after the report (NUKE's <c>ReportToCodecov</c>), with
    /// <see cref="CodecovTasks"/>: the uploader reads its token from <c>CODECOV_TOKEN</c>.
    /// </summary>
    bool ReportToCodecov => false;

    /// <summary>Adjusts ReportGenerator (filters, titles, report types).</summary>
    Configure<ReportGeneratorSettings> CoverageSettings => s => s;

    /// <summary>Merges and reports coverage.</summary>
    Target Coverage => _ => _
        .Description("Merge test coverage into artifacts/coverage (HTML, Cobertura, summary, badges)")
        .TryDependsOn<IUnitTest>()
        .TryDependsOn<IIntegrationTest>()
        .InputFiles(() => CoverageFiles(TestResultsDirectory).Select(AbsolutePath.Create))
        .InputFiles(() => SourceFiles.List(RootDirectory).Where(file => file.Name == "dotnet-tools.json"))
        .Inputs(() => CoverageThreshold)
        .OutputFiles(() => CoverageDirectory.DirectoryExists()
            ? Directory.EnumerateFiles(CoverageDirectory, "*", SearchOption.AllDirectories).Select(AbsolutePath.Create)
            : [])
        .Executes(ctx =>
        {
            var reports = CoverageFiles(TestResultsDirectory);
            if (reports.Count == 0 && !ctx.IsDryRun)
            {
                throw new InvalidOperationException(
                    $"No coverage files under {TestResultsDirectory.RelativeTo(RootDirectory)}. Run the tests first, with the coverlet.collector package in the test projects.");
            }

            if (CoverageDirectory.DirectoryExists() && !ctx.IsDryRun)
            {
                Directory.Delete(CoverageDirectory, recursive: true);
            }

            ctx.ReportGenerator(s => CoverageSettings(s with
            {
                Reports = reports,
                TargetDirectory = CoverageDirectory,
                ReportTypes = CreateCoverageHtmlReport ? ["Html", "Cobertura", "TextSummary", "Badges"] : ["Cobertura", "TextSummary", "Badges"],

                // Source generators' output lives in obj/ only during a build; its absence is not worth a warning per file.
                FileFilters = ["-*/obj/*", @"-*\obj\*"],
                Verbosity = ReportGeneratorVerbosity.Warning,
            }));
            if (!ctx.IsDryRun)
            {
                CoverageSummary.Report(ctx, CoverageDirectory / "Cobertura.xml", CoverageThreshold);
            }

            if (ReportToCodecov)
            {
                CodecovTasks.Codecov(s => s with { Files = [(CoverageDirectory / "Cobertura.xml").ToString()] });
            }
        });

    /// <summary>
    /// NUKE's name of <see cref="Coverage"/> (<c>report-coverage</c>; <c>nameof(IReportCoverage.ReportCoverage)</c> in
    /// CI attributes): runs the same target, for builds and CI configurations written for NUKE. Unlisted, so that
    /// <c>--list</c> and <c>--help</c> show the target once.
    /// </summary>
    Target ReportCoverage => _ => _
        .Description("Merge test coverage (NUKE's name of 'coverage')")
        .Unlisted()
        .DependsOn<IReportCoverage>(x => x.Coverage);

    /// <summary>
    /// The coverage files of the last test run: one per test project, in the collector's own folder
    /// (<c>&lt;project&gt;/&lt;run id&gt;/coverage.cobertura.xml</c>); the TRX logger's copies under <c>In/</c> are left out.
    /// </summary>
    private static List<string> CoverageFiles(AbsolutePath testResults) =>
        testResults.DirectoryExists()
            ? Directory.EnumerateDirectories(testResults)
                .SelectMany(project => Directory.EnumerateDirectories(project))
                .Select(run => Path.Combine(run, "coverage.cobertura.xml"))
                .Where(File.Exists)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}
