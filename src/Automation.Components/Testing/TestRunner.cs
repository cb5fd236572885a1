namespace Automation.Components;

/// <summary>
/// Runs <c>dotnet test</c> on test projects one after another, each with a TRX logger (and, when the build implements
/// <see cref="IReportCoverage"/>, coverage) into its own results folder; reports the counts and each failing test (as an
/// annotation on CI), and fails after all projects ran, also when a project could not collect the coverage asked for.
/// </summary>
internal static class TestRunner
{
    /// <summary>The data collector coverage needs; the <c>coverlet.collector</c> package provides it.</summary>
    public const string CoverageCollector = "XPlat Code Coverage";

    private const string CollectorMissing = $"Unable to find a datacollector with friendly name '{CoverageCollector}'";

    /// <summary>The files the last run left for <paramref name="projects"/>: each one's results folder.</summary>
    public static IEnumerable<AbsolutePath> Results(IHazTestResults build, IEnumerable<AbsolutePath> projects) =>
        projects
            .Select(project => ResultsFolder(build, project))
            .Where(folder => folder.DirectoryExists())
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Select(AbsolutePath.Create);

    /// <summary>Runs the tests of <paramref name="projects"/>, and fails after all ran when any failed.</summary>
    public static void Run<TBuild>(ITargetContext ctx, TBuild build, IEnumerable<AbsolutePath> projects, Configure<DotNetTestSettings> configure)
        where TBuild : ICompile, IHazTestResults
    {
        var selected = projects.ToList();
        var coverage = build is IReportCoverage;
        var problems = new List<string>();
        foreach (var project in selected)
        {
            var projectResults = ResultsFolder(build, project);
            if (projectResults.DirectoryExists() && !ctx.IsDryRun)
            {
                Directory.Delete(projectResults, recursive: true);
            }

            var run = ctx.DotNetTest(s => configure(s with
            {
                Project = project,
                Configuration = build.Configuration,
                NoBuild = true,
                NoLogo = true,
                Loggers = ["trx;LogFileName=results.trx"],
                ResultsDirectory = projectResults,
                Collectors = coverage ? [CoverageCollector] : [],
                Run = new RunOptions { Warn = true },
            }));
            if (ctx.IsDryRun)
            {
                continue;
            }

            var trx = projectResults / "results.trx";
            if (!trx.FileExists())
            {
                problems.Add($"{project.Name} produced no test results (exit code {run.ExitCode}); see the output above");
                continue;
            }

            var report = TrxReport.Read(trx);
            ctx.ReportTests(report.Counts);
            foreach (var failure in report.Failures)
            {
                ctx.Error($"Failed {failure.Name}: {failure.Message}");
            }

            if (report.Failures.Count > 0)
            {
                problems.Add($"{report.Failures.Count} failed in {Path.GetFileNameWithoutExtension(project.Name)}: {string.Join(", ", report.Failures.Select(f => f.Name))}");
            }
            else if (run.ExitCode != 0)
            {
                problems.Add($"{project.Name}: dotnet test exited with {run.ExitCode}; see the output above");
            }

            if (coverage && !CollectedCoverage(run, projectResults))
            {
                problems.Add(
                    $"{project.Name} collected no coverage, which the build asks for (IReportCoverage): add the collector with " +
                    $"'dotnet add {project.RelativeTo(build.RootDirectory)} package coverlet.collector', or remove IReportCoverage from the build");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Tests failed. {string.Join(". ", problems)}.");
        }
    }

    // The collector writes <results>/<run id>/coverage.cobertura.xml; without it, dotnet test only prints a warning.
    private static bool CollectedCoverage(CommandResult run, AbsolutePath projectResults) =>
        !(run.StandardOutput + run.StandardError).Contains(CollectorMissing, StringComparison.Ordinal) &&
        Directory.EnumerateDirectories(projectResults).Any(folder => File.Exists(Path.Combine(folder, "coverage.cobertura.xml")));

    private static AbsolutePath ResultsFolder(IHazTestResults build, AbsolutePath project) =>
        build.TestResultsDirectory / Path.GetFileNameWithoutExtension(project.Name);
}
