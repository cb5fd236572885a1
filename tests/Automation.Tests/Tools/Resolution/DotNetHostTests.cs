using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Resolution;

/// <summary>The public way for a component to learn which <c>dotnet</c> runs the build, from its environment variables.</summary>
public sealed class DotNetHostTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void The_host_path_the_sdk_sets_is_the_host()
    {
        var host = _sandbox.Write("sdk/dotnet", executable: true);

        Assert.Equal(host, DotNetHost.Find(new Dictionary<string, string> { ["DOTNET_HOST_PATH"] = host, ["PATH"] = string.Empty }));
    }

    [Fact]
    public void A_host_path_naming_no_file_is_passed_over()
    {
        var missing = _sandbox.At("gone/dotnet");

        var found = DotNetHost.Find(new Dictionary<string, string> { ["DOTNET_HOST_PATH"] = missing });

        Assert.NotEqual(missing, found);
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(found));
    }
}
