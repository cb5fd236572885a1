using Automation.Cli.Setup.Porting;
using Automation.Tests.Support;

namespace Automation.Tests.SourceGenerators;

/// <summary>
/// The source generator behind <c>[Solution(GenerateProjects = true)]</c>: the type it writes for <c>.sln</c> and
/// <c>.slnx</c> solutions (checked against Expected/), how it finds the solution file, and its compile errors.
/// </summary>
public sealed class SolutionGeneratorTests
{
    private const string Build = """
        using Automation;

        namespace Ported;

        class Build : AutomationBuild
        {
            [Solution(GenerateProjects = true)] readonly Solution Solution = null!;
        }
        """;

    [Fact]
    public void A_sln_becomes_a_type_with_a_member_per_project_and_nested_folder()
    {
        var sln = SlnFile.Of(
            ("_build", "build/_build.csproj", null),
            ("My.App", "src/My.App/My.App.csproj", "src"),
            ("My-App", "src/My-App/My-App.csproj", "src"),
            ("My.App.Tests", "tests/My.App.Tests/My.App.Tests.csproj", "tests"),
            ("Path", "tools/Path/Path.csproj", null),
            ("class", "tools/class/class.csproj", null),
            ("7zip", "tools/7zip/7zip.csproj", null),
            ("Solution", "tools/Solution/Solution.csproj", null),
            ("Unit", "tests/unit/Unit.csproj", "tests/unit"));

        var run = GeneratorRun.Of(Build, "/repo", ("/repo/App.sln", sln));

        Assert.Empty(run.Diagnostics);
        ExpectedFile.Match(run.Generated, "sln-nested");
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void An_slnx_gives_folders_by_their_paths_and_projects_by_display_name_or_file_name()
    {
        const string slnx = """
            <Solution>
              <Folder Name="/src/">
                <Project Path="src/Core/Core.csproj" />
                <Project Path="src/Web.Api/Web.Api.csproj" DisplayName="Api" />
              </Folder>
              <Folder Name="/src/legacy/">
                <Project Path="src/Old/Old.csproj" />
              </Folder>
              <Project Path="build/_build.csproj" />
            </Solution>
            """;

        var run = GeneratorRun.Of(Build, "/repo", ("/repo/App.slnx", slnx));

        Assert.Empty(run.Diagnostics);
        ExpectedFile.Match(run.Generated, "slnx-nested");
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void The_attribute_path_names_the_solution_before_parameters_json()
    {
        var build = Build.Replace("[Solution(GenerateProjects = true)]", "[Solution(\"src/Right.sln\", GenerateProjects = true)]", StringComparison.Ordinal);

        var run = GeneratorRun.Of(
            build,
            "/repo",
            ("/repo/.nuke/parameters.json", "{ \"Solution\": \"Wrong.sln\" }"),
            ("/repo/Wrong.sln", SlnFile.Of(("WrongProject", "w/WrongProject.csproj", null))),
            ("/repo/src/Right.sln", SlnFile.Of(("RightProject", "r/RightProject.csproj", null))));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("RightProject", run.Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("WrongProject", run.Generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_json_names_the_solution_by_the_member_name()
    {
        var run = GeneratorRun.Of(
            Build,
            "/repo",
            ("/repo/.nuke/parameters.json", "{\n  \"$schema\": \"./build.schema.json\",\n  \"Solution\": \"source\\\\Chosen.sln\"\n}"),
            ("/repo/Other.sln", SlnFile.Of(("OtherProject", "o/OtherProject.csproj", null))),
            ("/repo/source/Chosen.sln", SlnFile.Of(("ChosenProject", "c/ChosenProject.csproj", null))));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("ChosenProject", run.Generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_name_the_one_solution_at_the_root_is_used_not_one_below_it()
    {
        var run = GeneratorRun.Of(
            Build,
            "/repo",
            ("/repo/.nuke/parameters.json", "{ \"Configuration\": \"Release\" }"),
            ("/repo/App.sln", SlnFile.Of(("RootProject", "a/RootProject.csproj", null))),
            ("/repo/samples/Sample.sln", SlnFile.Of(("SampleProject", "s/SampleProject.csproj", null))));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("RootProject", run.Generated, StringComparison.Ordinal);
    }

    [Fact]
    public void No_solution_at_the_root_is_a_compile_error_that_says_how_to_name_one()
    {
        var run = GeneratorRun.Of(Build, "/repo", ("/repo/samples/Sample.sln", SlnFile.Of(("SampleProject", "s/SampleProject.csproj", null))));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("AUTOMATION001", error.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, error.Severity);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("no .sln or .slnx file at the root '/repo'", message, StringComparison.Ordinal);
        Assert.Contains("\"Solution\": \"path/App.sln\" in .nuke/parameters.json", message, StringComparison.Ordinal);
        Assert.Equal("/repo/build/Build.cs", error.Location.GetLineSpan().Path);
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void A_named_solution_that_is_not_there_is_a_compile_error_naming_the_path_and_AdditionalFiles()
    {
        var run = GeneratorRun.Of(Build, "/repo", ("/repo/.nuke/parameters.json", "{ \"Solution\": \"deep/down/below/App.sln\" }"));

        var message = Assert.Single(run.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'/repo/deep/down/below/App.sln' (\"Solution\": \"deep/down/below/App.sln\" in .nuke/parameters.json) does not exist", message, StringComparison.Ordinal);
        Assert.Contains("<AdditionalFiles Include=\"/repo/deep/down/below/App.sln\" />", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_root_is_a_compile_error_naming_the_nuke_folder()
    {
        var run = GeneratorRun.Of(Build, root: null, ("/repo/App.sln", SlnFile.Of(("Lib", "l/Lib.csproj", null))));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("AUTOMATION001", error.Id);
        Assert.Contains(".nuke/parameters.json", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_solution_is_a_compile_error_saying_why()
    {
        var run = GeneratorRun.Of(Build, "/repo", ("/repo/App.sln", "<html>not a solution</html>"), ("/repo/Broken.slnx", "<Solution><Folder"));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("AUTOMATION001", error.Id);
        var named = GeneratorRun.Of(Build.Replace("[Solution(GenerateProjects", "[Solution(\"App.sln\", GenerateProjects", StringComparison.Ordinal), "/repo", ("/repo/App.sln", "<html>not a solution</html>"));
        var bad = Assert.Single(named.Diagnostics);
        Assert.Equal("AUTOMATION002", bad.Id);
        Assert.Contains("Cannot read solution '/repo/App.sln' for 'Solution'", bad.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("no 'Microsoft Visual Studio Solution File' header", bad.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_solution_member_without_GenerateProjects_generates_nothing()
    {
        var run = GeneratorRun.Of(Build.Replace("(GenerateProjects = true)", string.Empty, StringComparison.Ordinal), "/repo", ("/repo/App.sln", SlnFile.Of(("Lib", "l/Lib.csproj", null))));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void A_build_in_the_global_namespace_gets_the_type_there_and_a_property_works_as_well_as_a_field()
    {
        const string build = """
            using Automation;

            class Build : AutomationBuild
            {
                [Solution(GenerateProjects = true)] Solution Sln { get; } = null!;

                string Where => Sln.Lib.Directory;
            }
            """;

        var run = GeneratorRun.Of(build.Replace("Solution Sln", "Sln Sln", StringComparison.Ordinal), "/repo", ("/repo/App.sln", SlnFile.Of(("Lib", "l/Lib.csproj", null))));

        Assert.Empty(run.Diagnostics);
        Assert.StartsWith("// <auto-generated/>", run.Generated, StringComparison.Ordinal);
        Assert.Contains("internal sealed class Sln : global::Automation.Solution", run.Generated, StringComparison.Ordinal);
        Assert.DoesNotContain("namespace", run.Generated, StringComparison.Ordinal);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void A_NUKE_build_with_generated_projects_compiles_after_the_port_rewrite_only()
    {
        const string nuke = """
            using System.Linq;
            using Nuke.Common;
            using Nuke.Common.ProjectModel;

            class Build : NukeBuild
            {
                public static int Main() => Execute<Build>(x => x.Install);

                [Solution(GenerateProjects = true)] readonly Solution Solution;

                Target Install => _ => _.Executes(() =>
                {
                    var tools = new[] { Solution.Nuke_GlobalTool, Solution.Nuke_MSBuildTasks };
                    var others = Solution.AllProjects.Where(project => project != Solution._build).Select(project => project.Name);
                    var tests = Solution.tests.Nuke_Common_Tests.Directory;
                });
            }
            """;
        var sln = SlnFile.Of(
            ("_build", "build/_build.csproj", null),
            ("Nuke.GlobalTool", "source/Nuke.GlobalTool/Nuke.GlobalTool.csproj", null),
            ("Nuke.MSBuildTasks", "source/Nuke.MSBuildTasks/Nuke.MSBuildTasks.csproj", null),
            ("Nuke.Common.Tests", "source/Nuke.Common.Tests/Nuke.Common.Tests.csproj", "tests"));

        var run = GeneratorRun.Of(NukeSourceRewriter.Rewrite(nuke), "/repo", ("/repo/.nuke/parameters.json", "{ \"Solution\": \"nuke-common.sln\" }"), ("/repo/nuke-common.sln", sln));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors);
    }
}
