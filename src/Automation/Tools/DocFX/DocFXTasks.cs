using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>DocFXTasks</c>: docfx from the running target, <c>DocFXBuild(s =&gt; s.SetConfigFile(docfxJson))</c> with
/// <c>using static Automation.DocFXTasks;</c>. docfx is found as <see cref="ITargetContext.ResolveTool"/> finds tools
/// (<c>DOCFX_EXE</c>, a local tool <c>docfx</c>, a <c>&lt;PackageDownload Include="docfx" …/&gt;</c> of the build
/// project, PATH). The old <c>docfx.console</c> package (docfx 2 for .NET Framework) is not used; docfx 2.60+ is the
/// <c>docfx</c> .NET tool.
/// </summary>
public sealed class DocFXTasks : IRequireTool
{
    // Not static, so that [Requires<DocFXTasks>] can name it; it has only static members.
    private DocFXTasks()
    {
    }

    /// <summary>The tool name docfx is resolved by.</summary>
    public const string ToolName = "docfx";

    /// <summary>Runs <c>docfx build</c>.</summary>
    /// <param name="configurator">Sets the <c>docfx.json</c> and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">docfx was not found.</exception>
    public static IReadOnlyCollection<OutputLine> DocFXBuild(Configure<DocFXBuildSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(DocFXBuild), ToolName, ToolTaskRunner.Apply(configurator, new DocFXBuildSettings()));

    /// <summary>Runs <c>docfx metadata</c>.</summary>
    /// <param name="configurator">Sets the projects and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">docfx was not found.</exception>
    public static IReadOnlyCollection<OutputLine> DocFXMetadata(Configure<DocFXMetadataSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(DocFXMetadata), ToolName, ToolTaskRunner.Apply(configurator, new DocFXMetadataSettings()));

    /// <summary>Runs <c>docfx init</c> (with <c>Quiet</c>: without asking, as a build must).</summary>
    /// <param name="configurator">Sets the output folder and <c>Quiet</c>.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">docfx was not found.</exception>
    public static IReadOnlyCollection<OutputLine> DocFXInit(Configure<DocFXInitSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(DocFXInit), ToolName, ToolTaskRunner.Apply(configurator, new DocFXInitSettings()));

    /// <summary>Runs <c>docfx serve</c> (until it is stopped).</summary>
    /// <param name="configurator">Sets the folder and the port.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">docfx was not found.</exception>
    public static IReadOnlyCollection<OutputLine> DocFXServe(Configure<DocFXServeSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(DocFXServe), ToolName, ToolTaskRunner.Apply(configurator, new DocFXServeSettings()));
}
