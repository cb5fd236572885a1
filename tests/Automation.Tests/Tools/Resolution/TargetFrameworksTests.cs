using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Resolution;

public sealed class TargetFrameworksTests
{
    private static readonly string[] Folders =
        ["net47", "net8.0", "netcoreapp3.1", "net10.0", "net11.0", "netstandard2.0", "net9.0", "net8.0-windows", "net9.0-android", "any"];

    [Fact]
    public void On_unix_dotnet_frameworks_up_to_the_runtime_come_first_highest_first()
    {
        var platform = new ToolPlatform(IsWindows: false, new Version(10, 0, 3), HomeDirectory: null, BuildProjectFile: null);

        Assert.Equal(["net10.0", "net9.0", "net8.0", "netcoreapp3.1", "any"], TargetFrameworks.Preferred(Folders, platform));
    }

    [Fact]
    public void On_windows_windows_frameworks_and_net_framework_count_too()
    {
        var platform = new ToolPlatform(IsWindows: true, new Version(9, 0), HomeDirectory: null, BuildProjectFile: null);

        Assert.Equal(["net9.0", "net8.0", "net8.0-windows", "netcoreapp3.1", "net47", "any"], TargetFrameworks.Preferred(Folders, platform));
    }
}
