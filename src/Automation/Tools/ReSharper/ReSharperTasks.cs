using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>ReSharperTasks</c>: ReSharper's command-line tools (<c>jb inspectcode</c>, <c>jb cleanupcode</c>) from the
/// running target, <c>ReSharperInspectCode(s =&gt; s.SetTargetPath(Solution).SetOutput(report))</c> with
/// <c>using static Automation.ReSharperTasks;</c>. <c>jb</c> is found as <see cref="ITargetContext.ResolveTool"/> finds
/// tools: <c>JB_EXE</c>, <c>SetProcessToolPath</c>, a local tool (<c>dotnet tool install --local
/// JetBrains.ReSharper.GlobalTools</c>), the build project's <c>&lt;PackageDownload
/// Include="JetBrains.ReSharper.GlobalTools" …/&gt;</c> (as NUKE's builds have it), PATH; when it is missing the error
/// names the package. dupFinder (<see cref="ReSharperDupFinder(Configure{ReSharperDupFinderSettings})"/>) is a program of
/// its own, <c>dupfinder</c>, which JetBrains last shipped in <c>JetBrains.ReSharper.CommandLineTools</c>
/// <see cref="DupFinderLastVersion"/>; it is found the same way (<c>DUPFINDER_EXE</c>, a <c>&lt;PackageDownload&gt;</c> of
/// that package, PATH).
/// </summary>
public sealed class ReSharperTasks : IRequireTool
{
    // Not static, so that [Requires<ReSharperTasks>] can name it; it has only static members.
    private ReSharperTasks()
    {
    }

    /// <summary>The command the tools are resolved by (the package's <c>jb</c>).</summary>
    public const string ToolName = "jb";

    /// <summary>The command dupFinder is resolved by (the <c>dupfinder</c> program of <c>JetBrains.ReSharper.CommandLineTools</c>).</summary>
    public const string DupFinderToolName = "dupfinder";

    /// <summary>The last version of <c>JetBrains.ReSharper.CommandLineTools</c> that has dupFinder (JetBrains dropped it after 2021.2).</summary>
    public const string DupFinderLastVersion = "2021.2.2";

    /// <summary>NUKE's plugin version meaning "the newest": <c>AddPlugin("ReSharperPlugin.CognitiveComplexity", ReSharperPluginLatest)</c>.</summary>
    public const string ReSharperPluginLatest = "latest";

    /// <summary>Runs <c>jb inspectcode</c>.</summary>
    /// <param name="configurator">Sets the solution, the report file and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">jb was not found.</exception>
    public static IReadOnlyCollection<OutputLine> ReSharperInspectCode(Configure<ReSharperInspectCodeSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(ReSharperInspectCode), ToolName, configurator(new ReSharperInspectCodeSettings()));
    }

    /// <summary>Runs <c>jb inspectcode</c> once per settings the configurator gives (NUKE's <c>CombineWith</c> form).</summary>
    /// <param name="configurator">Gives the settings of each run.</param>
    /// <returns>The output lines of all runs, in order.</returns>
    /// <exception cref="ToolNotFoundException">jb was not found.</exception>
    public static IReadOnlyCollection<OutputLine> ReSharperInspectCode(CombinatorialConfigure<ReSharperInspectCodeSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return [.. configurator(new ReSharperInspectCodeSettings()).SelectMany(settings => ToolTaskRunner.Run(nameof(ReSharperInspectCode), ToolName, settings))];
    }

    /// <summary>Runs <c>jb cleanupcode</c>.</summary>
    /// <param name="configurator">Sets the solution, the profile and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">jb was not found.</exception>
    public static IReadOnlyCollection<OutputLine> ReSharperCleanupCode(Configure<ReSharperCleanupCodeSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(ReSharperCleanupCode), ToolName, configurator(new ReSharperCleanupCodeSettings()));
    }

    /// <summary>Runs <c>dupfinder</c> (NUKE's <c>ReSharperDupFinder</c>), which writes an XML report of duplicated code.</summary>
    /// <param name="configurator">Sets the source, the report file and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">dupfinder was not found; the message names the package and its last version with it.</exception>
    public static IReadOnlyCollection<OutputLine> ReSharperDupFinder(Configure<ReSharperDupFinderSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(ReSharperDupFinder), DupFinderToolName, configurator(new ReSharperDupFinderSettings()));
    }

    /// <summary>Runs <c>dupfinder</c> once per settings the configurator gives (NUKE's <c>CombineWith</c> form).</summary>
    /// <param name="configurator">Gives the settings of each run.</param>
    /// <returns>The output lines of all runs, in order.</returns>
    /// <exception cref="ToolNotFoundException">dupfinder was not found.</exception>
    public static IReadOnlyCollection<OutputLine> ReSharperDupFinder(CombinatorialConfigure<ReSharperDupFinderSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return [.. configurator(new ReSharperDupFinderSettings()).SelectMany(settings => ToolTaskRunner.Run(nameof(ReSharperDupFinder), DupFinderToolName, settings))];
    }
}
