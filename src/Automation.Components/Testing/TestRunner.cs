namespace Automation.Components;

/// <summary>
/// Runs <c>dotnet test</c> on test projects one after another, each with a TRX logger and coverage into its own results
/// folder; reports the counts and each failing test (as an annotation on CI), and fails after all projects ran.
/// </summary>
internal static class TestRunner
{
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
        if (selected.Count == 0)
        {
            ctx.Warn($"No test projects found in {build.Solution.Name} by the naming convention; nothing to run.");
            ctx.Note("no test projects");
            return;
        }

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
                Collectors = ["XPlat Code Coverage"],
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
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Tests failed. {string.Join(". ", problems)}.");
        }
    }

    private static AbsolutePath ResultsFolder(IHazTestResults build, AbsolutePath project) =>
        build.TestResultsDirectory / Path.GetFileNameWithoutExtension(project.Name);
}
