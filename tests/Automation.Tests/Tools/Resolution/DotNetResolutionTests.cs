using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Resolution;

/// <summary><c>dotnet</c> is not looked up like other tools: every dotnet command uses the SDK running the build.</summary>
public sealed class DotNetResolutionTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void The_host_path_the_sdk_sets_is_the_dotnet_to_use()
    {
        var host = _sandbox.Write("sdk/dotnet", executable: true);
        _sandbox.Variables["DOTNET_HOST_PATH"] = host;

        var tool = _sandbox.Resolve("dotnet");

        ExpectTool.Is(tool, host, "the dotnet running the build");
    }

    [Fact]
    public void A_host_path_naming_no_file_is_ignored()
    {
        _sandbox.Variables["DOTNET_HOST_PATH"] = _sandbox.At("gone/dotnet");

        Assert.NotEqual(_sandbox.At("gone/dotnet"), _sandbox.Resolve("dotnet").Program);
    }

    [Fact]
    public void The_environment_override_wins_over_the_host()
    {
        _sandbox.Variables["DOTNET_HOST_PATH"] = _sandbox.Write("sdk/dotnet", executable: true);
        var pinned = _sandbox.Write("pinned/dotnet", executable: true);
        _sandbox.Variables["DOTNET_EXE"] = pinned;

        Assert.Equal(pinned, _sandbox.Resolve("dotnet").Program);
    }

    [Fact]
    public void An_explicit_path_wins_over_everything()
    {
        _sandbox.Variables["DOTNET_HOST_PATH"] = _sandbox.Write("sdk/dotnet", executable: true);
        var chosen = _sandbox.Write("chosen/dotnet", executable: true);

        Assert.Equal(chosen, _sandbox.Resolve("dotnet", chosen).Program);
    }

    [Fact]
    public void A_component_asks_for_the_host_with_the_builds_variables()
    {
        var host = _sandbox.Write("sdk/dotnet", executable: true);

        Assert.Equal(host, DotNetHost.Find(new Dictionary<string, string> { ["DOTNET_HOST_PATH"] = host, ["PATH"] = string.Empty }));
    }

    [Fact]
    public void A_component_asking_with_a_host_path_naming_no_file_gets_another_dotnet()
    {
        var missing = _sandbox.At("gone/dotnet");

        var found = DotNetHost.Find(new Dictionary<string, string> { ["DOTNET_HOST_PATH"] = missing });

        Assert.NotEqual(missing, found);
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(found));
    }
}
