using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>NuGetTasks</c>: <c>nuget.exe</c>'s pack and push from the running target, with
/// <c>using static Automation.NuGetTasks;</c>. nuget.exe is found as <see cref="ITargetContext.ResolveTool"/> finds tools
/// (<c>NUGET_EXE</c>, a <c>&lt;PackageDownload Include="NuGet.CommandLine" …/&gt;</c> of the build project, PATH). Prefer
/// <see cref="DotNetTasks"/>' <c>DotNetPack</c>/<c>DotNetNuGetPush</c>, which need no extra tool and run everywhere.
/// </summary>
public sealed class NuGetTasks : IRequireTool
{
    // Not static, so that [Requires<NuGetTasks>] can name it; it has only static members.
    private NuGetTasks()
    {
    }

    /// <summary>The tool name nuget.exe is resolved by.</summary>
    public const string ToolName = "nuget";

    /// <summary>Runs <c>nuget push</c>.</summary>
    /// <param name="configurator">Sets the package, the feed and its key.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">nuget.exe was not found.</exception>
    public static IReadOnlyCollection<OutputLine> NuGetPush(Configure<NuGetPushSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return NuGetPush(configurator(new NuGetPushSettings()));
    }

    /// <summary>Runs <c>nuget push</c> once per settings object <c>CombineWith</c> makes, at most <paramref name="degreeOfParallelism"/> at once.</summary>
    /// <param name="configurator">Makes the settings of each run.</param>
    /// <param name="degreeOfParallelism">How many run at once.</param>
    /// <param name="completeOnFailure">Run all even when one fails (the failures are thrown together).</param>
    /// <returns>Each run's settings and output lines.</returns>
    public static IEnumerable<(NuGetPushSettings Settings, IReadOnlyCollection<OutputLine> Output)> NuGetPush(
        CombinatorialConfigure<NuGetPushSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new NuGetPushSettings()), NuGetPush, degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>nuget pack</c>.</summary>
    /// <param name="configurator">Sets the <c>.nuspec</c>, the version and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">nuget.exe was not found.</exception>
    public static IReadOnlyCollection<OutputLine> NuGetPack(Configure<NuGetPackSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(NuGetPack), ToolName, configurator(new NuGetPackSettings()));
    }

    /// <summary>Runs <c>nuget restore</c> (packages of a solution, <c>packages.config</c> or project) in the running target.</summary>
    /// <param name="configurator">Sets what to restore and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">nuget.exe was not found.</exception>
    public static IReadOnlyCollection<OutputLine> NuGetRestore(Configure<NuGetRestoreSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(NuGetRestore), ToolName, configurator(new NuGetRestoreSettings()));
    }

    private static IReadOnlyCollection<OutputLine> NuGetPush(NuGetPushSettings settings) => ToolTaskRunner.Run(nameof(NuGetPush), ToolName, settings);
}
