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
    public void One_base_gives_every_settings_record_the_process_forms_and_hooks()
    {
        // ReportGenerator, a dotnet command and a tool wrapper bind the same ToolSettings forms and When/Apply hooks.
        ReportGeneratorSettings report = new ReportGeneratorSettings()
            .SetProcessToolPath("/tools/reportgenerator")
            .SetTargetDirectory("coverage")
            .When(true, s => s.SetProcessWorkingDirectory("docs"))
            .Apply(s => s.AddExtraArguments("-license:x"));
        DotNetTestSettings test = new DotNetTestSettings().SetProcessToolPath("/opt/dotnet/dotnet").When(false, s => s.EnableNoBuild());
        CodecovSettings codecov = new CodecovSettings().SetProcessWorkingDirectory("src").Apply(s => s.SetToken("t"));

        Assert.Equal(("/tools/reportgenerator", "docs"), (report.ToolPath, report.WorkingDirectory));
        Assert.Equal(["-targetdir:coverage", "-license:x"], report.ToArguments());
        Assert.Equal(("/opt/dotnet/dotnet", false), (test.ToolPath, test.NoBuild));
        Assert.Equal(("src", "t"), (codecov.WorkingDirectory, codecov.Token));
    }

    [Fact]
    public void A_form_named_as_a_shared_one_on_its_own_property_still_binds()
    {
        // dotnet format's Project has its own SetProjectFile, named as the MSBuild commands' one.
        DotNetFormatSettings format = new DotNetFormatSettings().SetProjectFile("App.sln").SetProcessToolPath("/opt/dotnet/dotnet");

        Assert.Equal(("App.sln", "/opt/dotnet/dotnet"), (format.Project, format.ToolPath));
    }

    [Fact]
    public void Forms_name_their_parameters_as_NUKE_does()
    {
        // NUKE's parameter names are the property's in lower camel case; builds pass them by name.
        var settings = new DotNetTestSettings()
            .SetVerbosity(verbosity: DotNetVerbosity.Normal)
            .SetLoggers(loggers: "trx")
            .SetProperty(propertyKey: "A", propertyValue: 1)
            .SetProcessExecutionTimeout(processExecutionTimeout: 1500)
            .SetProcessEnvironmentVariable(processEnvironmentVariableKey: "K", processEnvironmentVariableValue: "V");

        Assert.Equal(["test", "--logger", "trx", "--verbosity", "normal", "-p:A=1"], settings.ToArguments());
        Assert.Equal(TimeSpan.FromMilliseconds(1500), settings.Run!.Timeout);
        Assert.Equal("V", settings.Run.Environment!["K"]);
    }
}
