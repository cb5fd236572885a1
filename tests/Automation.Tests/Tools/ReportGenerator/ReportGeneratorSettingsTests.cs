using Automation.Tests.Tools.Resolution;

namespace Automation.Tests.Tools.ReportGenerator;

public sealed class ReportGeneratorSettingsTests
{
    [Fact]
    public void Defaults_render_nothing()
    {
        Assert.Empty(new ReportGeneratorSettings().ToArguments());
    }

    [Fact]
    public void Every_setting_renders_in_reportgenerator_syntax()
    {
        var settings = new ReportGeneratorSettings() with
        {
            Reports = ["tests/**/coverage.cobertura.xml", "other.xml"],
            TargetDirectory = "artifacts/coverage",
            ReportTypes = ["Html", "Cobertura", "TextSummary", "Badges"],
            SourceDirectories = ["src", "lib"],
            AssemblyFilters = ["+Automation*", "-*.Tests"],
            ClassFilters = ["-*Generated*"],
            FileFilters = ["-*/obj/*"],
            Title = "Automation coverage",
            Verbosity = ReportGeneratorVerbosity.Warning,
            ToolPath = "/opt/reportgenerator",
        };

        Assert.Equal(
            [
                "-reports:tests/**/coverage.cobertura.xml;other.xml",
                "-targetdir:artifacts/coverage",
                "-reporttypes:Html;Cobertura;TextSummary;Badges",
                "-sourcedirs:src;lib",
                "-assemblyfilters:+Automation*;-*.Tests",
                "-classfilters:-*Generated*",
                "-filefilters:-*/obj/*",
                "-title:Automation coverage",
                "-verbosity:Warning",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Settings_are_immutable_values()
    {
        var basic = new ReportGeneratorSettings { Reports = ["a.xml"], TargetDirectory = "out" };
        var html = basic with { ReportTypes = ["Html"] };

        Assert.Equal(["-reports:a.xml", "-targetdir:out"], basic.ToArguments());
        Assert.Equal(["-reports:a.xml", "-targetdir:out", "-reporttypes:Html"], html.ToArguments());
    }

    [Fact]
    public void The_extension_resolves_the_tool_and_runs_it_with_the_settings()
    {
        using var sandbox = new ToolSandbox();
        var tool = sandbox.Write("tools/reportgenerator", executable: true);
        var context = sandbox.ResolvingContext();

        context.ReportGenerator(s => s with { Reports = ["coverage.xml"], TargetDirectory = "report", ReportTypes = ["Html", "TextSummary"], ToolPath = tool });

        Assert.Equal([$"{tool} -reports:coverage.xml -targetdir:report -reporttypes:Html;TextSummary"], context.Commands);
    }

    [Fact]
    public void A_local_tool_runs_through_dotnet_tool_run()
    {
        using var sandbox = new ToolSandbox();
        sandbox.Manifest(ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator"));
        sandbox.RestoredTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator");
        var context = sandbox.ResolvingContext();

        context.ReportGenerator(s => s with { Reports = ["a.xml", "b.xml"], TargetDirectory = "out", Title = "My project" });

        Assert.Equal(["dotnet tool run reportgenerator -- -reports:a.xml;b.xml -targetdir:out -title:My project"], context.Commands);
    }

    [Fact]
    public void Reports_and_a_target_directory_are_required()
    {
        using var sandbox = new ToolSandbox();
        var context = sandbox.ResolvingContext();

        Assert.Throws<ArgumentException>(() => context.ReportGenerator(s => s with { TargetDirectory = "out" }));
        Assert.Throws<ArgumentException>(() => context.ReportGenerator(s => s with { Reports = ["a.xml"] }));
        Assert.Empty(context.Commands);
    }
}
