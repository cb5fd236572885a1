namespace Automation.Tests.Tools.Npm;

public sealed class NpmSettingsTests
{
    [Fact]
    public void Npm_run_renders_the_script_and_passes_its_arguments_after_a_double_dash()
    {
        var settings = new NpmRunSettings().SetCommand("docs:build").SetArguments("--base", "/docs/").SetProcessWorkingDirectory("docs");

        Assert.Equal(["run", "docs:build", "--", "--base", "/docs/"], settings.ToArguments());
        Assert.Equal("docs", settings.ProcessWorkingDirectory);
    }

    [Fact]
    public void Npm_run_without_a_script_is_an_error_naming_SetCommand()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new NpmRunSettings().ToArguments());

        Assert.Contains("SetCommand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fluent_methods_keep_the_settings_type_and_do_not_change_the_original()
    {
        var original = new NpmInstallSettings().SetPackages("left-pad");
        var changed = original.AddProcessEnvironmentVariable("CI", "true").SetProcessWorkingDirectory("web");

        Assert.IsType<NpmInstallSettings>(changed);
        Assert.Equal(["install", "left-pad"], changed.ToArguments());
        Assert.Equal("true", changed.ProcessEnvironmentVariables["CI"]);
        Assert.Empty(original.ProcessEnvironmentVariables);
        Assert.Null(original.ProcessWorkingDirectory);
    }
}
