using Automation.Launching;
using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary>Every command's environment carries a marker its descendants inherit, so they can be killed even once re-parented.</summary>
public sealed class ProcessMarkerTests
{
    private static readonly CommandScope NoScope = new(AbsolutePath.Create(Path.GetTempPath()), new Dictionary<string, string?>());

    [Fact]
    public void Environment_carries_the_marker_after_any_inherited_one_unless_replaced()
    {
        var scope = NoScope.WithVariables(new Dictionary<string, string?> { [ProcessMarker.Variable] = "outer" });

        var plain = ProcessStart.Create("tool", [], Path.GetTempPath(), new RunOptions(), NoScope, "m1");
        var nested = ProcessStart.Create("tool", [], Path.GetTempPath(), new RunOptions(), scope, "m2");
        var replaced = ProcessStart.Create("tool", [], Path.GetTempPath(), new RunOptions { ReplaceEnvironment = true }, NoScope, "m3");

        // This test process may itself run as a marked command (./build.sh test runs dotnet test through the runner).
        var inherited = Environment.GetEnvironmentVariable(ProcessMarker.Variable);
        Assert.Equal(string.IsNullOrEmpty(inherited) ? "m1" : $"{inherited},m1", plain.Environment[ProcessMarker.Variable]);
        Assert.Equal("outer,m2", nested.Environment[ProcessMarker.Variable]);
        Assert.Empty(replaced.Environment);
    }

    [Fact]
    public void Markers_are_unique() => Assert.NotEqual(ProcessMarker.New(), ProcessMarker.New());
}
