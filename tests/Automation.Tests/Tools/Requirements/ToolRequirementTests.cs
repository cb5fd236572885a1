using Automation.Tools.Requirements;
using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Requirements;

/// <summary>
/// NUKE's <c>[Requires&lt;T&gt;]</c> without running anything: which tools each tasks class stands for, where a declared
/// tool is found (files in a temp folder standing for the NuGet packages folder and the build project) and what a
/// missing one says.
/// </summary>
public sealed class ToolRequirementTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tool-requirements-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Requires<CoverletTasks>(Version = "6.0.1")]
    [Requires<ReportGeneratorTasks>]
    private sealed class CoverageBuild : AutomationBuild, IVersioned;

    [Requires<GitVersionTasks>(Version = "6.0.0")]
    [Requires<ReportGeneratorTasks>]
    private interface IVersioned;

    [Fact]
    public void Requirements_come_from_the_build_class_and_its_components_each_once()
    {
        var declared = ToolRequirementCheck.Declared(typeof(CoverageBuild));

        Assert.Equal(
            ["CoverletTasks 6.0.1", "GitVersionTasks 6.0.0", "ReportGeneratorTasks "],
            declared.Select(r => $"{r.Tasks.Name} {r.RequestedVersion}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_tasks_class_a_build_can_require_stands_for_a_tool()
    {
        var tasks = typeof(IRequireTool).Assembly.GetExportedTypes().Where(t => t.IsClass && typeof(IRequireTool).IsAssignableFrom(t)).ToList();

        Assert.Contains(typeof(CoverletTasks), tasks);
        Assert.Contains(typeof(GitVersionTasks), tasks);
        Assert.Contains(typeof(NUnitTasks), tasks);
        Assert.Contains(typeof(DotMemoryUnitTasks), tasks);
        Assert.All(tasks, t => Assert.NotNull(ToolRequirements.For(t)));
    }

    [Fact]
    public void A_required_version_the_build_project_downloads_is_found_in_the_packages_folder()
    {
        var packages = Path.Combine(_root, "packages");
        Create(packages, "coverlet.console", "6.0.1", "tools", "net6.0", "any", "coverlet.console.dll");
        BuildProject("""<PackageDownload Include="coverlet.console" Version="[6.0.1]" />""");

        Assert.Null(ToolRequirementCheck.Problem(Requirement(new RequiresAttribute<CoverletTasks> { Version = "6.0.1" }), Environment(packages)));
    }

    [Fact]
    public void A_required_version_that_is_not_restored_names_the_package_the_version_and_the_line_to_add()
    {
        var packages = Path.Combine(_root, "packages");
        Create(packages, "coverlet.console", "6.0.0", "tools", "net6.0", "any", "coverlet.console.dll");
        BuildProject("""<PackageDownload Include="coverlet.console" Version="[6.0.0]" />""");

        var problem = ToolRequirementCheck.Problem(Requirement(new RequiresAttribute<CoverletTasks> { Version = "6.0.1" }), Environment(packages));

        Assert.NotNull(problem);
        Assert.StartsWith("[Requires<CoverletTasks>(Version = \"6.0.1\")]: the build needs coverlet.console 6.0.1.", problem, StringComparison.Ordinal);
        Assert.Contains("<PackageDownload Include=\"coverlet.console\" Version=\"[6.0.1]\" />", problem, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --local coverlet.console --version 6.0.1", problem, StringComparison.Ordinal);
        Assert.Contains("COVERLET_EXE", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NUnits_console_runner_is_required_as_its_package_with_the_line_to_add()
    {
        var packages = Path.Combine(_root, "packages");
        BuildProject(string.Empty);

        var problem = ToolRequirementCheck.Problem(Requirement(new RequiresAttribute<NUnitTasks> { Version = "3.18.3" }), Environment(packages));

        Assert.NotNull(problem);
        Assert.StartsWith("[Requires<NUnitTasks>(Version = \"3.18.3\")]: the build needs NUnit.ConsoleRunner 3.18.3.", problem, StringComparison.Ordinal);
        Assert.Contains("<PackageDownload Include=\"NUnit.ConsoleRunner\" Version=\"[3.18.3]\" />", problem, StringComparison.Ordinal);

        Create(packages, "nunit.consolerunner", "3.18.3", "tools", "nunit3-console.exe");
        BuildProject("""<PackageDownload Include="NUnit.ConsoleRunner" Version="[3.18.3]" />""");
        Assert.Null(ToolRequirementCheck.Problem(Requirement(new RequiresAttribute<NUnitTasks> { Version = "3.18.3" }), Environment(packages)));
    }

    [Fact]
    public void A_required_tool_without_a_version_is_found_in_a_local_tool_manifest()
    {
        BuildProject(string.Empty);
        Directory.CreateDirectory(Path.Combine(_root, ".config"));
        File.WriteAllText(Path.Combine(_root, ".config", "dotnet-tools.json"), """{ "version": 1, "isRoot": true, "tools": { "dotnet-reportgenerator-globaltool": { "version": "5.2.2", "commands": ["reportgenerator"] } } }""");

        Assert.Null(ToolRequirementCheck.Problem(Requirement(new RequiresAttribute<ReportGeneratorTasks>()), Environment(Path.Combine(_root, "packages"))));
    }

    [Fact]
    public void A_tool_on_PATH_is_required_by_name_and_one_of_the_SDK_always_exists()
    {
        var environment = Environment(Path.Combine(_root, "packages"));

        Assert.Equal(
            "[Requires<DockerTasks>]: the build needs 'docker', which is not on PATH. Install it, or add its directory to PATH.",
            ToolRequirementCheck.Problem(Requirement(new RequiresAttribute<DockerTasks>()), environment));
        Assert.Null(ToolRequirementCheck.Problem(Requirement(new RequiresAttribute<MSBuildTasks>()), environment));
    }

    [Fact]
    public void All_missing_tools_are_reported_together_as_a_usage_error()
    {
        BuildProject(string.Empty);

        var error = Assert.Throws<Core.UsageException>(() => ToolRequirementCheck.Check(typeof(CoverageBuild), Environment(Path.Combine(_root, "packages"))));

        Assert.Equal(3, error.Message.Split('\n').Count(line => line.StartsWith("[Requires<", StringComparison.Ordinal)));
        Assert.Contains("GitVersion.Tool", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReportGenerator", error.Message, StringComparison.Ordinal);
    }

    private static RequiresAttribute Requirement(RequiresAttribute attribute) => attribute;

    private ToolEnvironment Environment(string packages) =>
        new(AbsolutePath.Create(_root), new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages, ["PATH"] = Path.Combine(_root, "empty-path") }, new ToolPlatform(IsWindows: false, new Version(10, 0), HomeDirectory: null, BuildProjectFile: null));

    private void BuildProject(string items)
    {
        Directory.CreateDirectory(Path.Combine(_root, "build"));
        File.WriteAllText(Path.Combine(_root, "build", "_build.csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{items}</ItemGroup></Project>");
    }

    private static void Create(params string[] parts)
    {
        var path = Path.Combine(parts);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
    }
}
