using Automation.Injection.Solutions;
using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's [CheckBuildProjectConfigurations]: a warning for each solution that builds the build project.</summary>
public sealed class CheckBuildProjectConfigurationsTests
{
    private const string BuildProjectId = "{6F3A1E7B-2C4D-4E5F-8A9B-0C1D2E3F4A5B}";
    private const string LibraryId = "{1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9}";

    [CheckBuildProjectConfigurations]
    private sealed class Checked : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Trace.Record("compile"));
    }

    // The unit tests' own project folder is the build project of a build class they run.
    private static string TestProjectDirectory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Automation.Tests.csproj")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Automation.Tests.csproj is not above the test assembly.");
        }
    }

    private static string Sln(string buildProjectPath, bool buildsTheBuildProject) => $"""
        Microsoft Visual Studio Solution File, Format Version 12.00
        Project("{"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}"}") = "_build", "{buildProjectPath}", "{BuildProjectId}"
        EndProject
        Project("{"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}"}") = "Lib", "src\Lib\Lib.csproj", "{LibraryId}"
        EndProject
        Global
        	GlobalSection(SolutionConfigurationPlatforms) = preSolution
        		Debug|Any CPU = Debug|Any CPU
        		Release|Any CPU = Release|Any CPU
        	EndGlobalSection
        	GlobalSection(ProjectConfigurationPlatforms) = postSolution
        		{BuildProjectId}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
        {(buildsTheBuildProject ? $"\t\t{BuildProjectId}.Debug|Any CPU.Build.0 = Debug|Any CPU\n" : string.Empty)}		{BuildProjectId}.Release|Any CPU.ActiveCfg = Release|Any CPU
        		{LibraryId}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
        		{LibraryId}.Debug|Any CPU.Build.0 = Debug|Any CPU
        		{LibraryId}.Release|Any CPU.ActiveCfg = Release|Any CPU
        		{LibraryId}.Release|Any CPU.Build.0 = Release|Any CPU
        	EndGlobalSection
        EndGlobal

        """;

    [Fact]
    public async Task A_solution_building_the_build_project_is_named_with_its_configurations()
    {
        using var repository = new TestRepository();
        repository.WriteFile("App.sln", Sln(@"build\_build.csproj", buildsTheBuildProject: true));
        repository.WriteFile("other/Clean.sln", Sln(@"..\build\_build.csproj", buildsTheBuildProject: false));
        repository.WriteFile(".hidden/Hidden.sln", Sln(@"..\build\_build.csproj", buildsTheBuildProject: true));

        var findings = await BuildProjectConfigurations.FindAsync(AbsolutePath.Create(repository.Root), AbsolutePath.Create(repository.Root) / "build", CancellationToken.None);

        var finding = Assert.Single(findings);
        Assert.StartsWith($"Solution App.sln builds the build project {Path.Combine("build", "_build.csproj")} in Debug|Any CPU:", finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_slnx_that_excludes_the_build_project_from_building_has_no_finding()
    {
        using var repository = new TestRepository();
        repository.WriteFile("App.slnx", """
            <Solution>
              <Project Path="build/_build.csproj">
                <Build Project="false" />
              </Project>
              <Project Path="src/Lib/Lib.csproj" />
            </Solution>
            """);

        var excluded = await BuildProjectConfigurations.FindAsync(AbsolutePath.Create(repository.Root), AbsolutePath.Create(repository.Root) / "build", CancellationToken.None);
        var library = await BuildProjectConfigurations.FindAsync(AbsolutePath.Create(repository.Root), AbsolutePath.Create(repository.Root) / "src" / "Lib", CancellationToken.None);

        Assert.Empty(excluded);
        Assert.Equal(["Debug|Any CPU", "Release|Any CPU"], Assert.Single(library).Split(" in ")[1].Split(':')[0].Split(", "));
    }

    [Fact]
    public void The_attribute_warns_when_the_build_starts_and_the_targets_still_run()
    {
        using var repository = new TestRepository();
        var buildProject = Path.GetRelativePath(repository.Root, Path.Combine(TestProjectDirectory, "Automation.Tests.csproj"));
        repository.WriteFile("App.sln", Sln(buildProject.Replace('/', '\\'), buildsTheBuildProject: true));

        var run = BuildHarness.Run<Checked>(new BuildOptions { Repository = repository }, "compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile"], run.Trace);
        Assert.True(run.Output.Contains($"Solution App.sln builds the build project {buildProject} in Debug|Any CPU", StringComparison.Ordinal), run.Output);
    }

    [Fact]
    public void Without_a_finding_nothing_is_said()
    {
        using var repository = new TestRepository();
        var buildProject = Path.GetRelativePath(repository.Root, Path.Combine(TestProjectDirectory, "Automation.Tests.csproj"));
        repository.WriteFile("App.sln", Sln(buildProject.Replace('/', '\\'), buildsTheBuildProject: false));

        var run = BuildHarness.Run<Checked>(new BuildOptions { Repository = repository }, "compile");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("builds the build project", run.Output, StringComparison.Ordinal);
    }
}
