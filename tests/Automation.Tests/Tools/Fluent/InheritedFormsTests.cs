namespace Automation.Tests.Tools.Fluent;

/// <summary>
/// The forms of inherited properties are generic over the shared base records: a chain keeps the derived record's
/// static type, and the copy keeps its runtime type and the derived record's own properties.
/// </summary>
public sealed class InheritedFormsTests
{
    [Fact]
    public void A_NUKE_chain_mixing_own_and_inherited_forms_returns_the_derived_settings()
    {
        // Typed locals: the chain compiles only while every form returns DotNetBuildSettings.
        DotNetBuildSettings settings = new DotNetBuildSettings()
            .SetProjectFile("App.sln")
            .SetConfiguration("Release")
            .EnableNoRestore()
            .SetVerbosity(DotNetVerbosity.Minimal)
            .SetProperty("A", 1)
            .SetProcessToolPath("/opt/dotnet/dotnet")
            .SetOutputDirectory("out");

        Assert.Equal(
            ["build", "App.sln", "--configuration", "Release", "--output", "out", "--no-restore", "--verbosity", "minimal", "-p:A=1"],
            settings.ToArguments());
        Assert.Equal("/opt/dotnet/dotnet", settings.ToolPath);
    }

    [Fact]
    public void An_inherited_form_keeps_the_runtime_type_and_the_derived_properties()
    {
        var test = new DotNetTestSettings { Filter = "Category!=Slow", NoBuild = true, Loggers = ["trx"] };

        var changed = test.SetVerbosity(DotNetVerbosity.Quiet).EnableNoLogo().SetProcessWorkingDirectory("tests");

        Assert.IsType<DotNetTestSettings>(changed);
        Assert.Equal(test with { Verbosity = DotNetVerbosity.Quiet, NoLogo = true, WorkingDirectory = "tests" }, changed);
        Assert.Null(test.Verbosity);
    }

    [Fact]
    public void Through_a_base_typed_variable_the_copy_is_still_the_derived_record()
    {
        DotNetMSBuildSettings settings = new DotNetPackSettings { Configuration = "Release", IncludeSymbols = true };

        var changed = settings.SetVersion("1.2.3").AddProperty("Authors", "Team");

        var pack = Assert.IsType<DotNetPackSettings>(changed);
        Assert.Equal(("Release", true, "1.2.3"), (pack.Configuration, pack.IncludeSymbols, pack.Version));
        Assert.Equal("Team", pack.Properties["Authors"]);
    }

    [Fact]
    public void Inherited_reset_forms_restore_the_records_defaults()
    {
        var settings = new DotNetRestoreSettings { Runtime = "linux-x64", NoLogo = true, Properties = new Dictionary<string, string> { ["A"] = "1" }, ExtraArguments = ["--x"] };

        var reset = settings.ResetRuntime().ResetNoLogo().ResetProperties().ResetExtraArguments();

        Assert.Equal(new DotNetRestoreSettings().ToArguments(), reset.ToArguments());
        Assert.Empty(reset.Properties);
        Assert.Empty(reset.ExtraArguments);
    }

    [Fact]
    public void Shared_forms_leave_settings_outside_their_base_to_their_own_forms()
    {
        // ReportGenerator's ToolPath and dotnet format's Project have forms of their own, named as the shared ones.
        ReportGeneratorSettings report = new ReportGeneratorSettings().SetProcessToolPath("/tools/reportgenerator").SetTargetDirectory("coverage");
        DotNetFormatSettings format = new DotNetFormatSettings().SetProjectFile("App.sln").SetProcessToolPath("/opt/dotnet/dotnet");

        Assert.Equal("/tools/reportgenerator", report.ToolPath);
        Assert.Equal(("App.sln", "/opt/dotnet/dotnet"), (format.Project, format.ToolPath));
    }
}
