namespace Automation.Tests.Tools.Wrappers;

public sealed class MinVerTests
{
    [Fact]
    public void The_version_is_the_line_minver_prints_after_its_log_lines()
    {
        var version = MinVerTasks.Read(["MinVer: Using { Commit: 1a2b3c4 }.", "MinVer: Calculated version 1.3.0-nightly.0.4.", "1.3.0-nightly.0.4+build.7", ""]);

        Assert.Equal("1.3.0-nightly.0.4+build.7", version.Version);
        Assert.Equal(("1", "3", "0"), (version.MinVerMajor, version.MinVerMinor, version.MinVerPatch));
        Assert.Equal("nightly.0.4", version.MinVerPreRelease);
        Assert.Equal("build.7", version.MinVerBuildMetadata);
        Assert.Equal(("1.0.0.0", "1.3.0.0"), (version.AssemblyVersion, version.FileVersion));
    }

    [Fact]
    public void A_release_has_no_pre_release_and_no_output_is_an_error_saying_so()
    {
        Assert.Null(MinVerTasks.Read(["2.0.0"]).MinVerPreRelease);
        Assert.Contains("no output", Assert.Throws<InvalidOperationException>(() => MinVerTasks.Read(["MinVer: nothing"])).Message, StringComparison.Ordinal);
    }
}
