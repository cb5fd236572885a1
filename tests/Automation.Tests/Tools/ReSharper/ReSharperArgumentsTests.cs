namespace Automation.Tests.Tools.ReSharper;

/// <summary>NUKE's <c>ReSharperTasks</c> settings render <c>jb</c>'s own command lines.</summary>
public sealed class ReSharperArgumentsTests
{
    [Fact]
    public void InspectCode_puts_the_command_and_target_first_and_joins_its_options()
    {
        var settings = new ReSharperInspectCodeSettings()
            .SetTargetPath("nuke-common.slnx")
            .SetOutput("output/reports/inspect-code.xml")
            .SetFormat(ReSharperFormat.Xml)
            .SetSeverity(ReSharperSeverity.WARNING)
            .EnableNoSwea()
            .SetDotNetCore("/usr/bin/dotnet")
            .AddProperty("Configuration", "Release")
            .AddExclude("**/*.Generated.cs", "**/obj/**")
            .AddPlugin("ReSharperPlugin.CognitiveComplexity", ReSharperTasks.ReSharperPluginLatest);

        Assert.Equal(
            [
                "inspectcode", "nuke-common.slnx", "--output=output/reports/inspect-code.xml", "--format=Xml", "--no-swea", "--severity=WARNING",
                "--properties:Configuration=Release", "--dotnetcore=/usr/bin/dotnet", "--exclude=**/*.Generated.cs;**/obj/**",
                "--eXtensions=ReSharperPlugin.CognitiveComplexity",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void CleanupCode_takes_a_profile()
    {
        Assert.Equal(
            ["cleanupcode", "App.sln", "--profile=Built-in: Full Cleanup", "--disable-settings-layers=GlobalAll;SolutionPersonal"],
            new ReSharperCleanupCodeSettings().SetTargetPath("App.sln").SetProfile("Built-in: Full Cleanup")
                .SetDisableSettingsLayers(ReSharperSettingsLayers.GlobalAll, ReSharperSettingsLayers.SolutionPersonal).ToArguments());
    }

    [Fact]
    public void InspectCode_without_a_target_says_which_form_sets_it()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new ReSharperInspectCodeSettings().ToArguments());

        Assert.Contains("SetTargetPath", exception.Message, StringComparison.Ordinal);
    }
}
