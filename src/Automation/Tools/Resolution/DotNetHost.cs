namespace Automation.Tools.Resolution;

/// <summary>The <c>dotnet</c> that runs the build, used to run local tools and tool assemblies.</summary>
public static class DotNetHost
{
    /// <summary>
    /// The <c>dotnet</c> executable a build's .NET commands should use: <c>DOTNET_HOST_PATH</c> when it names a file
    /// (the SDK sets it for the processes it starts); else the <c>dotnet</c> running this process (a build started as
    /// <c>dotnet _build.dll</c>, perhaps a private SDK the bootstrap script installed); else <c>dotnet</c> on
    /// <c>PATH</c>; else just <c>dotnet</c>. Finding it starts no process.
    /// </summary>
    /// <param name="environmentVariables">The build's environment variables (<c>IAutomationBuild.EnvironmentVariables</c>).</param>
    /// <returns>A full path, or <c>dotnet</c> when none is found (starting it then fails with the usual error).</returns>
    public static string Find(IReadOnlyDictionary<string, string> environmentVariables)
    {
        ArgumentNullException.ThrowIfNull(environmentVariables);

        // Only the variables and the platform decide the host; the root a tool environment carries is never read here.
        return Find(new ToolEnvironment(AbsolutePath.Create(Environment.CurrentDirectory), environmentVariables, ToolPlatform.Current));
    }

    internal static string Find(ToolEnvironment environment) =>
        environment.Get("DOTNET_HOST_PATH") is { } host && File.Exists(host) ? host
        : environment.Platform.DotNetMuxer is { } muxer && File.Exists(muxer) ? muxer
        : PathSearch.Find("dotnet", environment) ?? "dotnet";
}
