using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>SonarScannerTasks</c>: the SonarScanner for .NET from the running target, <c>SonarScannerBegin(...)</c>
/// before the build and <c>SonarScannerEnd(...)</c> after it. The scanner is found as
/// <see cref="ITargetContext.ResolveTool"/> finds tools (<c>DOTNET-SONARSCANNER_EXE</c>, a local tool
/// <c>dotnet-sonarscanner</c>, a <c>&lt;PackageDownload Include="dotnet-sonarscanner" …/&gt;</c>, PATH).
/// </summary>
public sealed class SonarScannerTasks : IRequireTool
{
    // Not static, so that [Requires<SonarScannerTasks>] can name it; it has only static members.
    private SonarScannerTasks()
    {
    }

    /// <summary>The tool name the scanner is resolved by.</summary>
    public const string ToolName = "dotnet-sonarscanner";

    /// <summary>Runs <c>dotnet-sonarscanner begin</c>.</summary>
    /// <param name="configurator">Sets the project key, the token and the reports.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">The scanner was not found.</exception>
    public static IReadOnlyCollection<OutputLine> SonarScannerBegin(Configure<SonarScannerBeginSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(SonarScannerBegin), ToolName, configurator(new SonarScannerBeginSettings()));
    }

    /// <summary>Runs <c>dotnet-sonarscanner end</c>.</summary>
    /// <param name="configurator">Sets the token.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">The scanner was not found.</exception>
    public static IReadOnlyCollection<OutputLine> SonarScannerEnd(Configure<SonarScannerEndSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(SonarScannerEnd), ToolName, ToolTaskRunner.Apply(configurator, new SonarScannerEndSettings()));
}
