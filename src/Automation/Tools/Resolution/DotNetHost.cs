namespace Automation.Tools.Resolution;

/// <summary>The <c>dotnet</c> that runs the build, used to run local tools and tool assemblies.</summary>
internal static class DotNetHost
{
    /// <summary>
    /// <c>DOTNET_HOST_PATH</c> when it names a file (the SDK sets it for the processes it starts); else the muxer running
    /// this process (<c>dotnet _build.dll</c>, which may be a private SDK under .nuke/temp); else <c>dotnet</c> on PATH.
    /// </summary>
    public static string Find(ToolEnvironment environment) =>
        environment.Get("DOTNET_HOST_PATH") is { } host && File.Exists(host) ? host
        : environment.Platform.DotNetMuxer is { } muxer && File.Exists(muxer) ? muxer
        : PathSearch.Find("dotnet", environment) ?? "dotnet";
}
