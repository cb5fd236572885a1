using System.Globalization;
using System.Xml.Linq;
using Automation;

/// <summary>Runs one test project with a TRX logger and reports its counts to the summary, even when tests fail.</summary>
static class TestRun
{
    public static void Execute(ITargetContext ctx, AbsolutePath project, AbsolutePath resultsDirectory, string configuration)
    {
        var trx = resultsDirectory / (project.Name + ".trx");
        if (trx.FileExists())
        {
            File.Delete(trx);
        }

        try
        {
            ctx.DotNetTest(s => s with
            {
                Project = project,
                Configuration = configuration,
                NoBuild = true,
                NoLogo = true,
                Loggers = [$"trx;LogFileName={trx.Name}"],
                ResultsDirectory = resultsDirectory,
            });
        }
        finally
        {
            if (trx.FileExists())
            {
                ctx.ReportTests(ReadCounts(trx));
            }
        }
    }

    static TestCounts ReadCounts(AbsolutePath trx)
    {
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var counters = XDocument.Load(trx).Descendants(ns + "Counters").Single();
        int Read(string name) => int.Parse(counters.Attribute(name)?.Value ?? "0", CultureInfo.InvariantCulture);
        return new TestCounts(Read("passed"), Read("failed") + Read("error") + Read("timeout") + Read("aborted"), Read("notExecuted"));
    }
}
