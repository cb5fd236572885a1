using System.Runtime.InteropServices;
using System.Text;
using Automation.Tools.Resolution;

namespace Automation.Components;

/// <summary>
/// The non-file inputs of every target that runs the .NET SDK, as one text: which SDKs the <c>dotnet</c> host can choose
/// from (with <c>global.json</c>, itself a source file, that decides the SDK; an SDK installed or removed re-runs the
/// targets), the operating system and architecture, whether the build runs on CI (<c>ContinuousIntegrationBuild</c>,
/// locked restore) and the <c>DOTNET_*</c>, <c>MSBUILD*</c> and <c>NUGET_*</c> environment variables that steer the SDK.
/// Read without starting a process, so checking costs no time.
/// </summary>
internal static class DotNetInputs
{
    private static readonly string[] SteeringPrefixes = ["DOTNET_", "MSBUILD", "NUGET_"];

    /// <summary>The description for <paramref name="build"/>, computed once per build.</summary>
    public static string Of(IAutomationBuild build) => build.Shared(() => Describe(build), "Automation.Components.DotNetInputs");

    private static string Describe(IAutomationBuild build)
    {
        var text = new StringBuilder();
        var host = DotNetHost.Find(build.EnvironmentVariables);
        text.Append("host=").Append(host).Append('\n');
        text.Append("sdks=").AppendJoin(',', InstalledSdks(host)).Append('\n');
        text.Append("os=").Append(RuntimeInformation.OSDescription).Append(' ').Append(RuntimeInformation.OSArchitecture).Append('\n');
        text.Append("ci=").Append(build.RunsOnServer).Append('\n');
        foreach (var (name, value) in build.EnvironmentVariables
            .Where(variable => SteeringPrefixes.Any(prefix => variable.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(variable => variable.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('=').Append(value).Append('\n');
        }

        return text.ToString();
    }

    // The host is a link on many machines (/usr/bin/dotnet); the SDKs live beside its target.
    private static IEnumerable<string> InstalledSdks(string host)
    {
        var file = new FileInfo(host);
        if (!file.Exists)
        {
            return ["unknown host"];
        }

        var resolved = file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
        var sdks = Path.Combine(Path.GetDirectoryName(resolved) ?? ".", "sdk");
        return Directory.Exists(sdks)
            ? Directory.EnumerateDirectories(sdks).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : ["no sdk folder"];
    }
}
