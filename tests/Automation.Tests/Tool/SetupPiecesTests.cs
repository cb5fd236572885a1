using Automation.Cli.Setup;

namespace Automation.Tests.Tool;

/// <summary>The pure parts of setup: which components fit, .gitignore lines, the tool manifest, solution entries.</summary>
public sealed class SetupPiecesTests
{
    private static readonly AbsolutePath Root = AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "repo"));

    [Fact]
    public void Components_follow_the_projects()
    {
        var full = ComponentSelection.For(Facts(unit: 1, integration: 1, packable: 1));
        var testsOnly = ComponentSelection.For(Facts(unit: 1, integration: 0, packable: 0));
        var bare = ComponentSelection.For(Facts(unit: 0, integration: 0, packable: 0));

        Assert.Equal(["IClean", "ILint", "ITest", "IReportCoverage", "IPack", "IVersion", "IPublish"], full.Components);
        Assert.Equal("((IPack)x).Pack", full.DefaultTarget);
        Assert.Equal(["IClean", "ILint", "IUnitTest", "IReportCoverage", "IVersion"], testsOnly.Components);
        Assert.Equal("((IUnitTest)x).UnitTest", testsOnly.DefaultTarget);
        Assert.Equal(["IClean", "ILint", "IVersion"], bare.Components);
        Assert.Equal("((ICompile)x).Compile", bare.DefaultTarget);
        Assert.False(bare.UsesCoverage);
    }

    [Fact]
    public void Gitignore_gets_only_the_missing_entries_in_any_spelling()
    {
        Assert.Equal([".nuke/temp/"], GitIgnoreEntries.Missing("bin\n/obj/\r\nartifacts\n"));
        Assert.Equal(GitIgnoreEntries.Required, GitIgnoreEntries.Missing(null));
        Assert.Equal("x\n\n# Automation build outputs (automation :setup)\nbin/\n", GitIgnoreEntries.Append("x", ["bin/"]));
    }

    [Fact]
    public void Tool_manifest_gains_reportgenerator_and_keeps_other_tools()
    {
        const string Existing = """{ "version": 1, "isRoot": true, "tools": { "csharpier": { "version": "1.3.0", "commands": ["csharpier"] } } }""";

        var updated = ToolManifest.WithReportGenerator(Existing);

        Assert.False(ToolManifest.HasReportGenerator(Existing));
        Assert.True(ToolManifest.HasReportGenerator(updated));
        Assert.Contains("csharpier", updated, StringComparison.Ordinal);
        Assert.Contains("\"version\": \"5.6.0\"", updated, StringComparison.Ordinal);
        Assert.Throws<SetupException>(() => ToolManifest.HasReportGenerator("{ not json"));
    }

    [Fact]
    public void The_build_project_stays_in_the_solution_but_out_of_its_build()
    {
        const string Slnx = "<Solution>\n  <Folder Name=\"/build/\">\n    <Project Path=\"build/_build.csproj\" />\n  </Folder>\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n";
        const string Sln = "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"_build\", \"build\\_build.csproj\", \"{AB}\"\n"
            + "\t\t{AB}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{AB}.Debug|Any CPU.Build.0 = Debug|Any CPU\n\t\t{CD}.Debug|Any CPU.Build.0 = Debug|Any CPU\n";

        Assert.Equal(
            "<Solution>\n  <Folder Name=\"/build/\">\n    <Project Path=\"build/_build.csproj\">\n      <Build Project=\"false\" />\n    </Project>\n  </Folder>\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n",
            SolutionRegistration.ExcludeFromSlnxBuild(Slnx));
        Assert.Equal(
            "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"_build\", \"build\\_build.csproj\", \"{AB}\"\n\t\t{AB}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{CD}.Debug|Any CPU.Build.0 = Debug|Any CPU\n",
            SolutionRegistration.ExcludeFromSlnBuild(Sln));
    }

    private static RepositoryFacts Facts(int unit, int integration, int packable)
    {
        static List<AbsolutePath> Projects(int count, string suffix) =>
            Enumerable.Range(0, count).Select(i => Root / $"P{i}{suffix}.csproj").ToList();

        return new RepositoryFacts(Root, Root / "App.sln", false, Projects(unit, ".Tests"), Projects(integration, ".IntegrationTests"), [], Projects(packable, string.Empty));
    }
}
