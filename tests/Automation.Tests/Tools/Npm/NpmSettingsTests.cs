namespace Automation.Tests.Tools.Npm;

public sealed class NpmSettingsTests
{
    [Fact]
    public void Npm_run_renders_the_script_and_passes_its_arguments_after_a_double_dash()
    {
        var settings = new NpmRunSettings().SetCommand("docs:build").SetArguments("--base", "/docs/").SetProcessWorkingDirectory("docs");

        Assert.Equal(["run", "docs:build", "--", "--base", "/docs/"], settings.ToArguments());
        Assert.Equal("docs", settings.WorkingDirectory);
    }

    [Fact]
    public void Npm_run_keeps_extra_arguments_for_npm_before_the_scripts_arguments()
    {
        var settings = new NpmRunSettings().SetCommand("test").AddArguments("--watch=false").AddExtraArguments("--silent");

        Assert.Equal(["run", "test", "--silent", "--", "--watch=false"], settings.ToArguments());
    }

    [Fact]
    public void Npm_run_without_a_script_is_an_error_naming_SetCommand()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new NpmRunSettings().ToArguments());

        Assert.Contains("SetCommand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Npm_install_saves_development_dependencies_when_asked()
    {
        Assert.Equal(["install", "vite", "--save-dev"], new NpmInstallSettings().SetPackages("vite").EnableDevelopment().ToArguments());
        Assert.Equal(["ci"], new NpmCiSettings().ToArguments());
    }

    [Fact]
    public void Fluent_methods_keep_the_settings_type_and_do_not_change_the_original()
    {
        var original = new NpmInstallSettings().SetPackages("left-pad");
        var changed = original.AddProcessEnvironmentVariable("CI", "true").SetProcessWorkingDirectory("web").SetProcessToolPath("/opt/node/bin/npm");

        Assert.IsType<NpmInstallSettings>(changed);
        Assert.Equal(["install", "left-pad"], changed.ToArguments());
        Assert.Equal("true", changed.Run!.Environment!["CI"]);
        Assert.Equal("/opt/node/bin/npm", changed.ToolPath);
        Assert.Null(original.Run);
        Assert.Null(original.WorkingDirectory);
    }

    [Fact]
    public void The_npm_settings_share_the_base_of_every_tools_settings()
    {
        ToolSettings settings = new NpmCiSettings().SetProcessExecutionTimeout(60_000).SetProcessWorkingDirectory("web");

        Assert.Equal(TimeSpan.FromMinutes(1), settings.ToRunOptions().Timeout);
        Assert.Equal("web", settings.ToRunOptions().WorkingDirectory);
    }
}
