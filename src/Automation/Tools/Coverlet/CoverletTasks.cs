using Automation.Tools;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// NUKE's <c>CoverletTasks</c>: runs coverlet.console, coverlet's global tool, which instruments a test assembly, runs
/// the tests and writes the coverage report. coverlet is what the build brings, as in NUKE: <c>coverlet.console.dll</c>
/// of a <c>&lt;PackageDownload Include="coverlet.console" …/&gt;</c> of the build project; else <c>COVERLET_EXE</c>, a
/// local tool <c>coverlet</c>, or <c>coverlet</c> on PATH (<c>dotnet tool install -g coverlet.console</c>). Works in a
/// target (output in its group) and outside one. Declare it with <c>[Requires&lt;CoverletTasks&gt;]</c> to have it checked
/// before the build starts.
/// </summary>
public sealed class CoverletTasks : IRequireTool
{
    // Not static, so that [Requires<CoverletTasks>] can name it; it has only static members.
    private CoverletTasks()
    {
    }

    /// <summary>Where coverlet is looked for.</summary>
    internal static readonly PackagedTool Tool = new(
        "coverlet",
        ["coverlet.console"],
        "coverlet.console.dll",
        "coverlet",
        ["coverlet"],
        "or collect coverage inside dotnet test instead, with the coverlet.collector package in the test project: DotNetTest(s => s.SetDataCollector(\"XPlat Code Coverage\"))");

    /// <summary>Runs coverlet.</summary>
    /// <param name="configurator">Sets the assembly, the test runner and the report.</param>
    /// <returns>coverlet's output lines.</returns>
    /// <exception cref="ToolNotFoundException">coverlet was not found; the message names the package to reference.</exception>
    /// <exception cref="InvalidOperationException">Outside a target: coverlet failed.</exception>
    public static IReadOnlyCollection<OutputLine> Coverlet(Configure<CoverletSettings>? configurator = null) =>
        Coverlet(configurator is null ? new CoverletSettings() : configurator(new CoverletSettings()));

    /// <summary>Runs coverlet with <paramref name="settings"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>coverlet's output lines.</returns>
    /// <exception cref="ArgumentException">No assembly was given.</exception>
    /// <exception cref="ToolNotFoundException">coverlet was not found.</exception>
    /// <exception cref="InvalidOperationException">Outside a target: coverlet failed.</exception>
    public static IReadOnlyCollection<OutputLine> Coverlet(CoverletSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.Assembly))
        {
            throw new ArgumentException("Coverlet needs the test assembly to instrument: SetAssembly(path to the test .dll).", nameof(settings));
        }

        // coverlet.console is built for an older runtime than the one installed on many machines; it runs on a newer one.
        return PackagedToolRunner.Run(Tool, settings, framework: null, settings.ToArguments(), new Dictionary<string, string?> { ["DOTNET_ROLL_FORWARD"] = "Major" });
    }

    /// <summary>Runs coverlet once per settings object <c>CombineWith</c> makes (one test project each), at most <paramref name="degreeOfParallelism"/> at once.</summary>
    /// <param name="configurator">Makes the settings of each run.</param>
    /// <param name="degreeOfParallelism">How many run at once.</param>
    /// <param name="completeOnFailure">Run all even when one fails (the failures are thrown together).</param>
    /// <returns>Each run's settings and output lines.</returns>
    public static IEnumerable<(CoverletSettings Settings, IReadOnlyCollection<OutputLine> Output)> Coverlet(
        CombinatorialConfigure<CoverletSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new CoverletSettings()), Coverlet, degreeOfParallelism, completeOnFailure);
    }
}
