using Automation.ConfigurationFiles;

namespace Automation.Tests.Configuration;

public sealed class ConfigurationLocationsTests
{
    [Fact]
    public void The_system_file_is_in_etc_on_unix_and_in_ProgramData_on_Windows()
    {
        Assert.Equal("/etc/automation/config.json", ConfigurationLocations.SystemFile(new Dictionary<string, string>(), windows: false));
        Assert.Equal(Path.Combine(@"C:\ProgramData", "automation", "config.json"), ConfigurationLocations.SystemFile(new Dictionary<string, string> { ["ProgramData"] = @"C:\ProgramData" }, windows: true));
    }

    [Fact]
    public void The_user_file_is_under_XDG_CONFIG_HOME_when_set_else_under_the_home_folder()
    {
        Assert.Equal(Path.Combine("/xdg", "automation", "config.json"), ConfigurationLocations.UserFile(new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = "/xdg", ["HOME"] = "/home/u" }, windows: false));
        Assert.Equal(Path.Combine("/home/u", ".config", "automation", "config.json"), ConfigurationLocations.UserFile(new Dictionary<string, string> { ["HOME"] = "/home/u" }, windows: false));
        Assert.Null(ConfigurationLocations.UserFile(new Dictionary<string, string>(), windows: false));
    }

    [Fact]
    public void Variables_name_both_files_instead()
    {
        var variables = new Dictionary<string, string> { ["AUTOMATION_SYSTEM_CONFIG"] = "/t/system.json", ["AUTOMATION_USER_CONFIG"] = "/t/user.json", ["HOME"] = "/home/u" };

        Assert.Equal("/t/system.json", ConfigurationLocations.SystemFile(variables, windows: false));
        Assert.Equal("/t/user.json", ConfigurationLocations.UserFile(variables, windows: false));
    }
}
