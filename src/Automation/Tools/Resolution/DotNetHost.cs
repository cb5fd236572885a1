namespace Automation.Tools.Resolution;

/// <summary>The <c>dotnet</c> that runs the build, used to run local tools and tool assemblies.</summary>
internal static class DotNetHost
{
    /// <summary><c>DOTNET_HOST_PATH</c> when it names a file (the SDK sets it for the processes it starts), else <c>dotnet</c> on PATH, else plain <c>dotnet</c>.</summary>
    public static string Find(ToolEnvironment environment) =>
        environment.Get("DOTNET_HOST_PATH") is { } host && File.Exists(host) ? host
        : PathSearch.Find("dotnet", environment) ?? "dotnet";
}
