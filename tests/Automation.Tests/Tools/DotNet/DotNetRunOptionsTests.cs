namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetRunOptionsTests
{
    [Fact]
    public void Without_settings_the_command_runs_with_default_options() =>
        Assert.Equal(new RunOptions().Echo, new DotNetBuildSettings().ToRunOptions().Echo);

    [Fact]
    public void Run_options_pass_through()
    {
        var run = new RunOptions { Timeout = TimeSpan.FromMinutes(5), Hide = OutputHiding.Both, Warn = true };

        Assert.Same(run, new DotNetTestSettings { Run = run }.ToRunOptions());
    }

    [Fact]
    public void The_working_directory_setting_overrides_the_one_in_the_run_options()
    {
        var options = new DotNetPackSettings { Run = new RunOptions { WorkingDirectory = "a", Warn = true }, WorkingDirectory = "b" }.ToRunOptions();

        Assert.Equal("b", options.WorkingDirectory);
        Assert.True(options.Warn);
    }
}
