using Automation.Cli.Setup;

namespace Automation.Tests.Tool;

/// <summary>The pure parts of setup: which components fit, .gitignore lines, the tool manifest, solution entries.</summary>
public sealed class SetupPiecesTests
{
    private static readonly AbsolutePath Root = AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "repo"));

    [Fact]
    public void Components_always_test_report_coverage_only_when_every_test_project_collects_it_and_pack_what_is_packable()
    {
        var full = ComponentSelection.For(Facts(Project("P.Tests", test: true, coverage: true), Project("P.IntegrationTests", test: true, coverage: true), Project("P")));
        var uncovered = ComponentSelection.For(Facts(Project("P.Tests", test: true, coverage: true), Project("Q.Tests", test: true)));
        var bare = ComponentSelection.For(Facts());

        Assert.Equal(["IClean", "ILint", "ITest", "IReportCoverage", "IPack", "IVersion", "IPublish"], full.Components);
        Assert.Equal("((IPack)x).Pack", full.DefaultTarget);
        Assert.Equal(["IClean", "ILint", "ITest", "IVersion"], uncovered.Components);
        Assert.Equal("((ITest)x).Test", uncovered.DefaultTarget);
        Assert.Equal(["IClean", "ILint", "ITest", "IVersion"], bare.Components);
        Assert.False(bare.UsesCoverage);
        Assert.Contains("IntegrationTest", bare.TargetNames());
        Assert.Contains("Lint", bare.TargetNames());
        Assert.DoesNotContain("Pack", bare.TargetNames());
    }

    [Fact]
    public void Evaluation_decides_what_a_project_is()
    {
        static string Json(string outputType, string packable = "", string packAsTool = "", string frameworks = "", params string[] packages) =>
            System.Text.Json.JsonSerializer.Serialize(new
            {
                Properties = new { IsTestProject = string.Empty, IsPackable = packable, OutputType = outputType, PackAsTool = packAsTool, TargetFramework = "net10.0", TargetFrameworks = frameworks },
                Items = new { PackageReference = packages.Select(p => new { Identity = p }) },
            });

        var specs = ProjectEvaluator.Parse(Root / "Specs.csproj", Json("Exe", packages: ["Microsoft.NET.Test.Sdk", "coverlet.collector"]), null);
        var benchmark = ProjectEvaluator.Parse(Root / "Bench.csproj", Json("Exe"), null);
        var tool = ProjectEvaluator.Parse(Root / "Tool.csproj", Json("Exe", packAsTool: "true"), null);
        var library = ProjectEvaluator.Parse(Root / "Lib.csproj", "MSBuild says hello\n" + Json("Library", frameworks: "net8.0;net10.0"), null);
        var hidden = ProjectEvaluator.Parse(Root / "Hidden.csproj", Json("Library", packable: "false"), null);
        var mstest = ProjectEvaluator.Parse(Root / "Checks.csproj", Json("Exe"), "<Project Sdk=\"MSTest.Sdk/3.6.4\" />");
        var integration = ProjectEvaluator.Parse(Root / "App.IntegrationTest.csproj", Json("Library", packages: ["Microsoft.NET.Test.Sdk"]), null);

        Assert.True(specs is { IsTestProject: true, IsUnitTestProject: true, IsPackable: false, CollectsCoverage: true });
        Assert.False(benchmark.IsPackable);
        Assert.True(tool.IsPackable);
        Assert.True(library.IsPackable);
        Assert.Equal(["net8.0", "net10.0"], library.TargetFrameworks);
        Assert.Equal(["net10.0"], specs.TargetFrameworks);
        Assert.False(hidden.IsPackable);
        Assert.True(mstest.IsTestProject);
        Assert.True(integration is { IsIntegrationTestProject: true, IsUnitTestProject: false });
        Assert.Throws<SetupException>(() => ProjectEvaluator.Parse(Root / "X.csproj", "error MSB4025: broken", null));
    }

    [Fact]
    public void Test_projects_the_convention_misses_are_named_in_the_build_with_the_reason()
    {
        var facts = Facts(Project("Checks", test: true), Project("App.IntegrationTests", test: true), Project("Helpers.Tests"));
        var checks = new RepositoryChecks("dotnet build -p:TreatWarningsAsErrors=true found 2 warnings (CS1591 2)", "dotnet format found 179 findings (WHITESPACE 170, IDE0055 9)", null);

        var text = Templates.BuildClass(ComponentSelection.For(facts), facts, checks);

        Assert.Contains("    IEnumerable<AbsolutePath> IUnitTest.UnitTestProjects => [RootDirectory / \"Checks.csproj\"];\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IntegrationTestProjects", text, StringComparison.Ordinal);
        Assert.Contains("    // On setup: dotnet format found 179 findings (WHITESPACE 170, IDE0055 9). Delete this line to make lint strict (./build.sh format fixes most).\n    bool ILint.FailOnFindings => false;\n", text, StringComparison.Ordinal);
        Assert.Contains("    // On setup: dotnet build -p:TreatWarningsAsErrors=true found 2 warnings (CS1591 2). Delete this line to make compile treat warnings as errors.\n    bool ICompile.WarningsAsErrors => false;\n", text, StringComparison.Ordinal);
        Assert.Null(Facts(Project("Lib.Tests", test: true)).UnitTestOverride);
    }

    [Fact]
    public void An_app_that_is_not_a_tool_leaves_pack_to_the_packable_projects()
    {
        var facts = Facts(Project("Lib"), Project("Lib.Benchmarks", app: true), Project("Lib.Tests", test: true));

        var text = Templates.BuildClass(ComponentSelection.For(facts), facts, RepositoryChecks.Skipped);

        Assert.Contains("    IEnumerable<AbsolutePath> IPack.PackProjects => [RootDirectory / \"Lib.csproj\"];\n", text, StringComparison.Ordinal);
        Assert.Null(Facts(Project("Lib"), Project("Lib.Tests", test: true)).PackOverride);
    }

    [Fact]
    public void The_build_project_is_isolated_from_the_repository_settings()
    {
        var project = Templates.BuildProject("1.2.3", nukeAside: true);

        Assert.Contains("<LangVersion>latest</LangVersion>", project, StringComparison.Ordinal);
        Assert.Contains("<RestorePackagesWithLockFile>false</RestorePackagesWithLockFile>", project, StringComparison.Ordinal);
        Assert.Contains("<TreatWarningsAsErrors>false</TreatWarningsAsErrors>", project, StringComparison.Ordinal);
        Assert.Contains("NU1903", project, StringComparison.Ordinal);
        Assert.Contains("<Compile Remove=\"nuke/**\" />", project, StringComparison.Ordinal);
        Assert.DoesNotContain("nuke/**", Templates.BuildProject("1.2.3", nukeAside: false), StringComparison.Ordinal);
        Assert.Contains("<ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>", BuildIsolationFiles.DirectoryBuildProps, StringComparison.Ordinal);
        Assert.DoesNotContain("Import", BuildIsolationFiles.DirectoryBuildTargets, StringComparison.Ordinal);
        Assert.DoesNotContain("GetPathOfFileAbove", BuildIsolationFiles.DirectoryBuildProps, StringComparison.Ordinal);
        Assert.Equal("root = true", BuildIsolationFiles.EditorConfig.Split('\n')[1]);
    }

    [Fact]
    public void Parameters_are_merged_never_wiped()
    {
        const string Existing = "{\n  \"$schema\": \"./build.schema.json\",\n  \"solution\": \"Old.sln\",\n  \"Configuration\": \"Release\"\n}\n";

        var merged = ParametersFile.Merge(Existing, "src/App.sln");

        Assert.Equal("{\n  \"$schema\": \"./build.schema.json\",\n  \"solution\": \"src/App.sln\",\n  \"Configuration\": \"Release\"\n}\n", merged.ReplaceLineEndings("\n"));
        Assert.Equal("{}\n", ParametersFile.Merge(null, null));
        Assert.False(ParametersFile.Changes(Existing, null));
        Assert.True(ParametersFile.Changes(Existing, "src/App.sln"));
        Assert.Throws<SetupException>(() => ParametersFile.Merge("[1]", null));
    }

    [Fact]
    public void Diagnostics_are_counted_by_code_once_each()
    {
        const string Output = "a.cs(1,1): error WHITESPACE: Fix whitespace. [p.csproj]\na.cs(2,1): error WHITESPACE: Fix whitespace. [p.csproj]\n"
            + "a.cs(3,1): warning IDE0055: Fix formatting [p.csproj]\na.cs(1,1): error WHITESPACE: Fix whitespace. [p.csproj]\nBuild FAILED.\n";

        var counts = DiagnosticCounts.Of(Output);

        Assert.Equal("3 findings (WHITESPACE 2, IDE0055 1)", counts.Describe("findings"));
        Assert.Equal(0, DiagnosticCounts.Of("Build succeeded.").Total);
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
    public void Gitignore_negation_makes_build_visible_again_and_keeps_its_outputs_ignored()
    {
        Assert.Equal(
            "[Bb]uild/\n\n# The build's sources in build/ are tracked; its outputs are not (automation :setup)\n!/build/\n/build/bin/\n/build/obj/\n",
            GitIgnoreEntries.AppendBuildFolderVisible("[Bb]uild/"));
    }

    [Fact]
    public void The_build_project_stays_in_the_solution_but_out_of_its_build()
    {
        const string Slnx = "<Solution>\n  <Folder Name=\"/build/\">\n    <Project Path=\"build/_build.csproj\" />\n  </Folder>\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n";
        const string Sln = "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"_build\", \"build\\_build.csproj\", \"{AB}\"\n"
            + "\t\t{AB}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{AB}.Debug|Any CPU.Build.0 = Debug|Any CPU\n\t\t{CD}.Debug|Any CPU.Build.0 = Debug|Any CPU\n";
        var build = Root / "build" / "_build.csproj";

        Assert.Equal(
            "<Solution>\n  <Folder Name=\"/build/\">\n    <Project Path=\"build/_build.csproj\">\n      <Build Project=\"false\" />\n    </Project>\n  </Folder>\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n",
            SolutionRegistration.ExcludeFromSlnxBuild(Slnx, Root, build));
        Assert.Equal(
            "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"_build\", \"build\\_build.csproj\", \"{AB}\"\n\t\t{AB}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{CD}.Debug|Any CPU.Build.0 = Debug|Any CPU\n",
            SolutionRegistration.ExcludeFromSlnBuild(Sln, Root, build));
    }

    [Fact]
    public void A_solution_in_a_subfolder_matches_the_build_project_by_resolved_path_and_keeps_its_bom_and_line_endings()
    {
        const string Sln = "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"_build\", \"..\\build\\_build.csproj\", \"{AB}\"\r\n"
            + "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"Other\", \"build\\_build.csproj\", \"{CD}\"\r\n"
            + "\t\t{AB}.Debug|Any CPU.Build.0 = Debug|Any CPU\r\n\t\t{CD}.Debug|Any CPU.Build.0 = Debug|Any CPU\r\n";
        var solution = Root / "src" / "App.sln";
        byte[] original = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Sln)];

        var excluded = SolutionRegistration.Exclude(solution, Sln, Root / "build" / "_build.csproj");
        var bytes = SolutionRegistration.KeepingFormat(original, excluded.Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.DoesNotContain("{AB}.Debug|Any CPU.Build.0", excluded, StringComparison.Ordinal);
        Assert.Contains("{CD}.Debug|Any CPU.Build.0", excluded, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(excluded, System.Text.Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("a\nb"), SolutionRegistration.KeepingFormat(System.Text.Encoding.UTF8.GetBytes("x\ny"), "a\r\nb"));
    }

    [Fact]
    public void A_nuke_build_is_recognised_and_its_unported_targets_listed()
    {
        using var repository = new ToolRepository();
        repository.Write(".nuke/parameters.json", "{}");
        repository.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Nuke.Common\" Version=\"9.0.4\" /></ItemGroup></Project>");
        repository.Write("build/Build.cs", "class Build : NukeBuild { Target Clean => _ => _; Target Compile =>\n _ => _; Target Docs => _ => _; }");
        repository.Write("build/Parts/Deploy.cs", "partial class Build { Target Deploy => _ => _; }");
        repository.Write("build/bin/x.dll", "x");
        var root = AbsolutePath.Create(repository.Root);

        var nuke = NukeBuild.Detect(root);

        Assert.NotNull(nuke);
        Assert.Equal(["Build.cs", "Parts", "_build.csproj"], nuke.Entries);
        Assert.Equal(["Clean", "Compile", "Docs", "Deploy"], nuke.Targets);
        Assert.Equal(["Docs", "Deploy"], nuke.Unported(["Clean", "compile"]));
        nuke.MoveAside(root);
        Assert.True(File.Exists(repository.PathOf("build/nuke/Parts/Deploy.cs")));
        Assert.True(File.Exists(repository.PathOf("build/bin/x.dll")));
        Assert.False(File.Exists(repository.PathOf("build/Build.cs")));
        Assert.True(NukeBuild.IsNukeScript("export NUKE_TELEMETRY_OPTOUT=1"));
        // NUKE 0.2x to 5: the name NUKE appears only as .nuke/temp, which ours use as well.
        Assert.True(NukeBuild.IsNukeScript("BUILD_PROJECT_FILE=\"$SCRIPT_DIR/build/_build.csproj\"\nTEMP_DIRECTORY=\"$SCRIPT_DIR//.nuke/temp\""));
        Assert.True(NukeBuild.IsNukeScript("$BuildProjectFile = \"$PSScriptRoot\\build\\_build.csproj\"\n$TempDirectory = \"$PSScriptRoot\\.nuke\\temp\""));
        Assert.False(NukeBuild.IsNukeScript(EmbeddedFiles.Read("build.sh")));
        Assert.False(NukeBuild.IsNukeScript(EmbeddedFiles.Read("build.ps1")));
        Assert.Null(NukeBuild.Detect(root));
    }

    [Fact]
    public void NUKEs_older_bootstrap_scripts_which_never_name_NUKE_are_recognised_by_their_configuration_variables()
    {
        // Written for this test in the shape of NUKE 0.x-5 bootstrap scripts: the two configuration variables, no "NUKE".
        const string OldShell = """
            #!/usr/bin/env bash
            set -eo pipefail
            SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

            BUILD_PROJECT_FILE="$SCRIPT_DIR/build/_build.csproj"
            TEMP_DIRECTORY="$SCRIPT_DIR/.tmp"
            export DOTNET_CLI_TELEMETRY_OPTOUT=1

            dotnet build "$BUILD_PROJECT_FILE" -nologo
            dotnet run --project "$BUILD_PROJECT_FILE" --no-build -- "$@"
            """;
        const string OldPowerShell = """
            Param([Parameter(ValueFromRemainingArguments = $true)] [string[]]$BuildArguments)
            $BuildProjectFile = "$PSScriptRoot\build\_build.csproj"
            $TempDirectory = "$PSScriptRoot\.tmp"
            $env:DOTNET_CLI_TELEMETRY_OPTOUT = 1
            & dotnet run --project $BuildProjectFile -- $BuildArguments
            """;
        using var repository = new ToolRepository();
        repository.Write(".nuke/parameters.json", "{}");
        repository.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Nuke.Common\" Version=\"0.24.11\" /></ItemGroup></Project>");
        repository.Write("build.sh", OldShell);

        Assert.True(NukeBuild.IsNukeScript(OldShell));
        Assert.True(NukeBuild.IsNukeScript(OldPowerShell));
        Assert.True(NukeBuild.Detect(AbsolutePath.Create(repository.Root))?.BootstrapIsNuke);
        // One of the two variables is not the shape: a repository's own script may well name its build project.
        Assert.False(NukeBuild.IsNukeScript("#!/bin/sh\nBUILD_PROJECT_FILE=build/Build.csproj\ndotnet run --project \"$BUILD_PROJECT_FILE\"\n"));
        Assert.False(NukeBuild.IsNukeScript("$BuildProjectFile = 'build/Build.csproj'\n& dotnet run --project $BuildProjectFile\n"));
    }

    [Fact]
    public void A_nuke_build_whose_repository_ignores_the_nuke_folder_is_recognised_by_its_project()
    {
        using var repository = new ToolRepository();
        repository.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Nuke.Common\" Version=\"9.0.4\" /></ItemGroup></Project>");
        repository.Write("build/Build.cs", "class Build : NukeBuild { Target Compile => _ => _; }");
        var root = AbsolutePath.Create(repository.Root);

        var nuke = NukeBuild.Detect(root);

        Assert.NotNull(nuke);
        Assert.Equal(["Compile"], nuke.Targets);
        repository.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Assert.Null(NukeBuild.Detect(root));
    }

    [Fact]
    public void A_repository_that_requires_signed_packages_is_found_so_the_build_can_accept_its_own()
    {
        using var repository = new ToolRepository();
        var root = AbsolutePath.Create(repository.Root);
        Assert.Null(NuGetSignaturePolicy.RequiringConfig(root));

        repository.Write("NuGet.config", "<configuration><config><add key=\"signatureValidationMode\" value=\"accept\" /></config></configuration>");
        Assert.Null(NuGetSignaturePolicy.RequiringConfig(root));

        repository.Write("NuGet.config", "<configuration><config><add value=\"require\" key=\"signatureValidationMode\" /></config></configuration>");
        Assert.Equal("NuGet.config", NuGetSignaturePolicy.RequiringConfig(root));
        Assert.Contains("<add key=\"signatureValidationMode\" value=\"accept\" />", NuGetSignaturePolicy.AcceptingConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_the_checks_left_behind_are_ignored_after_the_build_entries()
    {
        var text = GitIgnoreEntries.AppendLeftBehind("bin/\n", ["/%USERPROFILE%/"]);

        Assert.Equal("bin/\n\n# Made by restoring this repository (e.g. a NuGet package folder its NuGet.config puts inside it) (automation :setup)\n/%USERPROFILE%/\n", text);
    }

    [Fact]
    public void A_NUKE_build_outside_build_stays_where_it_is_and_its_scripts_are_replaced()
    {
        using var repository = new ToolRepository();
        repository.Write(".nuke/parameters.json", "{}");
        repository.Write("build.sh", "#!/usr/bin/env bash\nexport NUKE_TELEMETRY_OPTOUT=1\ndotnet run --project nuke/_build.csproj -- \"$@\"\n");
        repository.Write("nuke/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Nuke.Common\" Version=\"9.0.4\" /></ItemGroup></Project>");
        repository.Write("nuke/Build.cs", "class Build : NukeBuild { Target Compile => _ => _; Target Docs => _ => _; }");
        var root = AbsolutePath.Create(repository.Root);

        var nuke = NukeBuild.Detect(root);

        Assert.NotNull(nuke);
        Assert.Empty(nuke.Entries);
        Assert.Equal("nuke", nuke.SourceFolder);
        Assert.True(nuke.BootstrapIsNuke);
        Assert.Equal(["Compile", "Docs"], nuke.Targets);
    }

    [Fact]
    public void Solutions_are_found_anywhere_but_in_outputs_and_the_build()
    {
        using var repository = new ToolRepository();
        foreach (var path in new[] { "src/App.sln", "App.slnx", "bin/X.sln", "build/B.sln", "node_modules/p/N.sln", "samples/deep/S.sln" })
        {
            repository.Write(path, string.Empty);
        }

        var root = AbsolutePath.Create(repository.Root);
        var found = SolutionFinder.FindAll(root);

        Assert.Equal(["App.slnx", "src/App.sln", "samples/deep/S.sln"], found.Select(s => s.RelativeTo(root).Replace('\\', '/')));
        Assert.False(SolutionFinder.MustBeRecorded(root, root / "App.slnx", found));
        Assert.True(SolutionFinder.MustBeRecorded(root, root / "src" / "App.sln", found));
    }

    private static ProjectFacts Project(string name, bool test = false, bool coverage = false, bool app = false) =>
        new(Root / $"{name}.csproj", test, !test && !app, ["net10.0"], coverage, PackedWithSolution: !test);

    private static RepositoryFacts Facts(params ProjectFacts[] projects) => new(Root, Root / "App.sln", false, projects, null);
}
