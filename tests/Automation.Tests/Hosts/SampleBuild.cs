using Automation.Tests.Support;

namespace Automation.Tests.Hosts;

/// <summary>The build every host renders: a warning, an info line, notes, test counts and a statically skipped target.</summary>
internal class SampleBuild : AutomationBuild
{
    public static readonly string[] Targets = ["test", "pack"];

    public Target Restore => _ => _.Executes(ctx =>
    {
        ctx.Info("Restored 3 projects");
        ctx.Warn("NU1603: Package 'Serilog' 4.0 was not found; using 4.0.1");
    });

    public Target Compile => _ => _.DependsOn(Restore).Executes(() =>
    {
        Trace.Record("compile");
        if (CompileBreaks)
        {
            throw new InvalidOperationException("compile broke: CS0103");
        }
    });

    public Target Test => _ => _.DependsOn(Compile).Executes(ctx =>
    {
        ctx.ReportTests(new TestCounts(12, 0, 1));
        ctx.Note("coverage 81%");
    });

    public Target Pack => _ => _.DependsOn(Compile).OnlyWhenStatic(() => Packing).Executes(() => Trace.Record("pack"));

    protected virtual bool Packing => false;

    protected virtual bool CompileBreaks => false;
}

/// <summary>The same build, with compile throwing.</summary>
internal sealed class BrokenSampleBuild : SampleBuild
{
    protected override bool CompileBreaks => true;
}
