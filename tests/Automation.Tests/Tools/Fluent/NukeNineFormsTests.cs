namespace Automation.Tests.Tools.Fluent;

/// <summary>NUKE 8/9's forms on every tool's settings: <c>When</c> with a condition on the settings, and the process's additional arguments.</summary>
public sealed class NukeNineFormsTests
{
    [Fact]
    public void When_with_a_condition_on_the_settings_applies_the_change_only_when_it_holds()
    {
        var onCi = new DotNetTestSettings().SetConfiguration("Release")
            .When(s => s.Configuration == "Release", s => s.SetLoggers("GitHubActions"))
            .When(_ => false, s => s.EnableNoBuild());

        Assert.Equal(["GitHubActions"], onCi.Loggers);
        Assert.False(onCi.NoBuild);
    }

    [Fact]
    public void Additional_arguments_come_after_the_tools_own_one_argument_per_value()
    {
        var settings = new DotNetTestSettings().SetProjectFile("Tests.csproj")
            .AddProcessAdditionalArguments("--project", "a b.csproj")
            .AddProcessAdditionalArguments("--report-trx", "--no-ansi", "--report-trx")
            .RemoveProcessAdditionalArguments("--no-ansi");

        var arguments = settings.ToArguments();

        Assert.Equal(["--project", "a b.csproj", "--report-trx", "--report-trx"], arguments.TakeLast(4));
        Assert.Equal("Tests.csproj", arguments[1]);
        Assert.Equal(["--x"], settings.SetProcessAdditionalArguments("--x").ExtraArguments);
        Assert.Empty(settings.ClearProcessAdditionalArguments().ExtraArguments);
    }
}
