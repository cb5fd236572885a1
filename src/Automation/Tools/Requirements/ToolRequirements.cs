using System.Collections.Frozen;
using Automation.Tools.Resolution;

namespace Automation.Tools.Requirements;

/// <summary>
/// The tool behind each tasks class <c>[Requires&lt;T&gt;]</c> accepts, with the package ids NUKE's tool definitions
/// name. <see cref="DotNetTasks"/> and <see cref="GitTasks"/> stay static classes (they hold extension methods, which a
/// non-static class cannot): the SDK and git are there wherever a build runs.
/// </summary>
internal static class ToolRequirements
{
    /// <summary>ReportGenerator: the global tool's package or the plain one, its local tool or PATH command.</summary>
    public static PackagedTool ReportGenerator { get; } = new(
        "reportgenerator", ["ReportGenerator", "dotnet-reportgenerator-globaltool"], "ReportGenerator.dll|ReportGenerator.exe", "reportgenerator", ["reportgenerator"], string.Empty);

    private static readonly FrozenDictionary<Type, RequiredTool> Tools = new Dictionary<Type, RequiredTool>
    {
        [typeof(GitVersionTasks)] = RequiredTool.Packaged(GitVersionTasks.Tool),
        [typeof(OctoVersionTasks)] = RequiredTool.Packaged(OctoVersionTasks.Tool),
        [typeof(CoverletTasks)] = RequiredTool.Packaged(CoverletTasks.Tool),
        [typeof(ReportGeneratorTasks)] = RequiredTool.Packaged(ReportGenerator),
        [typeof(MinVerTasks)] = RequiredTool.Packaged(new("minver", ["minver-cli"], "minver-cli.dll|minver.dll", "minver", ["minver"], string.Empty)),
        [typeof(DocFXTasks)] = RequiredTool.Packaged(new("docfx", ["docfx"], "docfx.dll|docfx.exe", "docfx", ["docfx"], string.Empty)),
        [typeof(SonarScannerTasks)] = RequiredTool.Packaged(new("dotnet-sonarscanner", ["dotnet-sonarscanner"], "SonarScanner.MSBuild.dll|SonarScanner.MSBuild.exe", "dotnet-sonarscanner", ["dotnet-sonarscanner"], string.Empty)),
        [typeof(SignClientTasks)] = RequiredTool.Packaged(new("SignClient", ["SignClient"], "SignClient.dll|SignClient.exe", "SignClient", ["SignClient"], string.Empty)),
        [typeof(CodecovTasks)] = RequiredTool.Packaged(new("codecov", ["CodecovUploader"], "codecov|codecov.exe", null, ["codecov"], string.Empty)),
        [typeof(DotCoverTasks)] = RequiredTool.Packaged(new("dotCover", ["JetBrains.dotCover.CommandLineTools", "JetBrains.dotCover.GlobalTool"], "dotCover.dll|dotCover.exe|dotCover.sh", "dotnet-dotcover", ["dotCover", "dotnet-dotcover"], string.Empty)),
        [typeof(ReSharperTasks)] = RequiredTool.Packaged(new(ReSharperTasks.ToolName, ["JetBrains.ReSharper.GlobalTools"], "JetBrains.CommandLine.Products.dll", ReSharperTasks.ToolName, [ReSharperTasks.ToolName], string.Empty)),
        [typeof(NuGetTasks)] = RequiredTool.Packaged(new("nuget", ["NuGet.CommandLine"], "NuGet.exe", null, ["nuget"], string.Empty)),
        [typeof(NUnitTasks)] = RequiredTool.Packaged(NUnitTasks.Runner),
        [typeof(DotMemoryUnitTasks)] = RequiredTool.Packaged(DotMemoryUnitTasks.Runner),
        [typeof(DockerTasks)] = RequiredTool.OnPath("docker"),
        [typeof(NpmTasks)] = RequiredTool.OnPath("npm"),
        [typeof(MSBuildTasks)] = RequiredTool.Sdk,
    }.ToFrozenDictionary();

    /// <summary>The tool of <paramref name="tasks"/>.</summary>
    /// <exception cref="Core.UsageException">A tasks class this library does not know (a build's own <see cref="IRequireTool"/> class).</exception>
    public static RequiredTool For(Type tasks) =>
        Tools.TryGetValue(tasks, out var tool)
            ? tool
            : throw new Core.UsageException(
                $"[Requires<{tasks.Name}>] names no tool this build knows how to find. Name one of: {string.Join(", ", Tools.Keys.Select(t => t.Name).Order(StringComparer.Ordinal))}; or remove the attribute and let the target that runs the tool report it missing.");
}
