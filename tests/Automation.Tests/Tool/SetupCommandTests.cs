using Automation.Cli.Commands;
using Automation.Cli.Setup;

namespace Automation.Tests.Tool;

/// <summary><c>automation :setup</c> in-process, in temporary work trees, with <c>dotnet sln add</c> stood in for.</summary>
public sealed class SetupCommandTests : IDisposable
{
    private readonly ToolRepository _repository = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public void Writes_the_build_that_fits_the_repository_and_says_what_it_wrote()
    {
        _repository.WithLibraryAndTests();

        Assert.Equal(0, Setup(_repository.PathOf("src"), "--yes"));

        Assert.Contains("class Build : AutomationBuild, IClean, ILint, ITest, IReportCoverage, IPack, IVersion, IPublish\n{\n    public static int Main(string[] args) => Execute<Build>(args, x => ((IPack)x).Pack);\n}\n", _repository.Read("build/Build.cs"), StringComparison.Ordinal);
        Assert.Contains("x => ((IPack)x).Pack", _repository.Read("build/Build.cs"), StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"Automation.Components\" Version=\"{SetupCommand.ToolVersion()}\" />", _repository.Read("build/_build.csproj"), StringComparison.Ordinal);
        Assert.DoesNotContain("+", SetupCommand.ToolVersion(), StringComparison.Ordinal);
        Assert.Equal(EmbeddedFiles.Read("build.sh"), _repository.Read("build.sh"));
        Assert.Contains("exec \"$DOTNET\" \"$DLL\" \"$@\"", _repository.Read("build.sh"), StringComparison.Ordinal);
        Assert.Contains("build.ps1", _repository.Read("build.cmd"), StringComparison.Ordinal);
        Assert.Equal("{}\n", _repository.Read(".nuke/parameters.json"));
        Assert.Contains("rollForward", _repository.Read("global.json"), StringComparison.Ordinal);
        Assert.Contains("dotnet-reportgenerator-globaltool", _repository.Read(".config/dotnet-tools.json"), StringComparison.Ordinal);
        Assert.Contains("\nartifacts/\n.nuke/temp/\n", _repository.Read(".gitignore"), StringComparison.Ordinal);
        Assert.Equal(["build/_build.csproj"], _repository.AddedToSolution);
        Assert.DoesNotContain("Build.0", _repository.Read("App.sln"), StringComparison.Ordinal);
        Assert.Contains("{33333333-3333-3333-3333-333333333333}.Debug|Any CPU.ActiveCfg", _repository.Read("App.sln"), StringComparison.Ordinal);
        Assert.Contains("  created    build/Build.cs (IClean, ILint, ITest, IReportCoverage, IPack, IVersion, IPublish)", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Checking what the repository already passes (builds it once)…", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("both start strict", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("root = true", _repository.Read("build/.editorconfig"), StringComparison.Ordinal);
        Assert.Contains("Setup wrote 13 files and left 0 as they were.", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Commit the new files.", _output.ToString(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(_repository.PathOf("build.sh")).HasFlag(UnixFileMode.UserExecute));
        }
    }

    [Fact]
    public void Never_overwrites_an_existing_file_without_force()
    {
        _repository.WithLibraryAndTests();
        _repository.Write("build/Build.cs", "// mine");
        _repository.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }");
        _repository.Write(".gitignore", "/bin\nobj/\n");

        Assert.Equal(0, Setup(_repository.Root, "--yes"));
        Assert.Equal("// mine", _repository.Read("build/Build.cs"));
        Assert.Contains("  skip       build/Build.cs (exists; --force overwrites it)", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("build/Build.cs exists and is kept (--force replaces it), so the repository is not checked.", _output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_repository.Calls, c => c.StartsWith("dotnet build", StringComparison.Ordinal));
        Assert.Equal("/bin\nobj/\n\n# Automation build outputs (automation :setup)\nartifacts/\n.nuke/temp/\n", _repository.Read(".gitignore"));

        Assert.Equal(0, Setup(_repository.Root, "--yes", "--force"));
        Assert.Contains("class Build", _repository.Read("build/Build.cs"), StringComparison.Ordinal);
        Assert.Contains("  overwrote  build/Build.cs", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal("{ \"sdk\": { \"version\": \"10.0.100\" } }", _repository.Read("global.json"));
        Assert.Single(_repository.AddedToSolution);
    }

    [Fact]
    public void Asks_on_a_terminal_and_writes_nothing_when_refused_but_never_asks_without_one()
    {
        _repository.WithLibraryAndTests();

        Assert.Equal(1, Setup(_repository.Root, new StringReader("n\n"), terminal: true));
        Assert.False(File.Exists(_repository.PathOf("build/Build.cs")));
        Assert.Contains("Go ahead? [Y/n]", _output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, Setup(_repository.Root, new StringReader(string.Empty), terminal: false));
        Assert.True(File.Exists(_repository.PathOf("build/Build.cs")));
        Assert.Contains("Input is not a terminal", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_git_repository_or_without_a_solution_is_exit_code_2_with_a_message()
    {
        using var notGit = new ToolRepository(git: false);

        Assert.Equal(2, Setup(notGit.Root, "--yes"));
        Assert.Contains("is not inside a git repository", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Setup(_repository.Root, "--yes"));
        Assert.Contains("No solution (.sln or .slnx)", _error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_repository.PathOf("build")));
    }

    [Fact]
    public void Several_solutions_need_a_choice_which_the_parameters_file_then_records()
    {
        _repository.WithLibraryAndTests();
        _repository.Write("Other.slnx", "<Solution />");

        Assert.Equal(2, Setup(_repository.Root, "--yes"));
        Assert.Contains("Several solutions", _error.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, Setup(_repository.Root, "--yes", "--solution", "App.sln"));
        Assert.Contains("\"Solution\": \"App.sln\"", _repository.Read(".nuke/parameters.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Gates_the_repository_does_not_pass_start_in_report_mode_and_the_summary_says_how_to_make_them_strict()
    {
        _repository.WithLibraryAndTests();
        _repository.Answers["-p:TreatWarningsAsErrors=true"] = new ProcessOutput(1, "a.cs(1,1): error CS1591: Missing XML comment [Lib.csproj]\n");
        _repository.Answers["--verify-no-changes"] = new ProcessOutput(2, "a.cs(1,1): error WHITESPACE: Fix whitespace formatting. [Lib.csproj]\n");

        Assert.Equal(0, Setup(_repository.Root, "--yes"));

        var build = _repository.Read("build/Build.cs");
        Assert.Contains("// On setup: dotnet build -p:TreatWarningsAsErrors=true found 1 warnings (CS1591 1). Delete this line to make compile treat warnings as errors.\n    bool ICompile.WarningsAsErrors => false;", build, StringComparison.Ordinal);
        Assert.Contains("// On setup: dotnet format found 1 findings (WHITESPACE 1). Delete this line to make lint strict (./build.sh format fixes most).\n    bool ILint.FailOnFindings => false;", build, StringComparison.Ordinal);
        Assert.Contains("delete the line `bool ILint.FailOnFindings => false;` in build/Build.cs", _output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("does not build as it is", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet build", string.Join('\n', _repository.Calls), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_solution_that_does_not_build_still_gets_a_build_in_report_mode_and_no_checks_skips_the_checks()
    {
        _repository.WithLibraryAndTests();
        _repository.Answers["restore"] = new ProcessOutput(1, "Determining projects...\n/r/src/Lib/Lib.csproj : error NU1101: Unable to find package Nope.\n");

        Assert.Equal(0, Setup(_repository.Root, "--yes"));
        Assert.Contains("The solution does not build as it is (dotnet restore failed: /r/src/Lib/Lib.csproj : error NU1101: Unable to find package Nope.)", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("bool ILint.FailOnFindings => false;", _repository.Read("build/Build.cs"), StringComparison.Ordinal);

        using var other = new ToolRepository();
        other.WithLibraryAndTests();
        Assert.Equal(0, await SetupCommand.RunAsync(["--yes", "--no-checks"], new CommandConsole(_output, _error, new StringReader(string.Empty), false), other.Root, other.RunAsync));
        Assert.DoesNotContain(other.Calls, c => c.StartsWith("dotnet build", StringComparison.Ordinal) || c.StartsWith("dotnet restore", StringComparison.Ordinal));
        Assert.Contains("// On setup: not checked (--no-checks). Delete this line", other.Read("build/Build.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_several_solutions_are_a_numbered_choice_recorded_in_the_parameters_whose_other_values_stay()
    {
        _repository.WithLibraryAndTests();
        _repository.Write("samples/Demo.slnx", "<Solution />");
        _repository.Write(".nuke/parameters.json", "{\n  \"$schema\": \"./build.schema.json\",\n  \"Configuration\": \"Release\"\n}\n");

        Assert.Equal(0, Setup(_repository.Root, new StringReader("2\ny\n"), terminal: true, "--force"));

        Assert.Contains("  1. App.sln\n  2. samples/Demo.slnx", _output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var parameters = _repository.Read(".nuke/parameters.json");
        Assert.Contains("\"$schema\": \"./build.schema.json\"", parameters, StringComparison.Ordinal);
        Assert.Contains("\"Configuration\": \"Release\"", parameters, StringComparison.Ordinal);
        Assert.Contains("\"Solution\": \"samples/Demo.slnx\"", parameters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_that_does_not_evaluate_is_named_with_the_first_error_and_exit_code_2()
    {
        _repository.WithLibraryAndTests();
        RunProcess failing = (program, args, directory) => args[0] == "msbuild"
            ? Task.FromResult(new ProcessOutput(1, "/r/src/Lib/Lib.csproj(3,5): error MSB4025: The project file could not be loaded.\n"))
            : _repository.RunAsync(program, args, directory);

        var exitCode = await SetupCommand.RunAsync(["--yes"], new CommandConsole(_output, _error, new StringReader(string.Empty), false), _repository.Root, failing);

        Assert.Equal(2, exitCode);
        Assert.Contains("MSBuild cannot evaluate", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("error MSB4025: The project file could not be loaded.", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_repository.PathOf("build")));
    }

    [Fact]
    public void A_nuke_build_moves_aside_its_scripts_are_replaced_without_force_and_its_unported_targets_are_listed()
    {
        _repository.WithLibraryAndTests();
        _repository.Write(".nuke/parameters.json", "{ \"$schema\": \"./build.schema.json\", \"Solution\": \"App.sln\" }");
        _repository.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Nuke.Common\" Version=\"9.0.4\" /></ItemGroup></Project>");
        _repository.Write("build/Build.cs", "class Build : NukeBuild { Target Compile => _ => _; Target Docs => _ => _; }");
        _repository.Write("build/Directory.Build.props", "<Project />");
        _repository.Write("build.sh", "export NUKE_TELEMETRY_OPTOUT=1\n");

        Assert.Equal(0, Setup(_repository.Root, "--yes"));

        Assert.Contains("Automation.Components", _repository.Read("build/_build.csproj"), StringComparison.Ordinal);
        Assert.Contains("<Compile Remove=\"nuke/**\" />", _repository.Read("build/_build.csproj"), StringComparison.Ordinal);
        Assert.Contains("Nuke.Common", _repository.Read("build/nuke/_build.csproj"), StringComparison.Ordinal);
        Assert.Equal("<Project />", _repository.Read("build/nuke/Directory.Build.props"));
        Assert.Contains("class Build : AutomationBuild", _repository.Read("build/Build.cs"), StringComparison.Ordinal);
        Assert.Equal(EmbeddedFiles.Read("build.sh"), _repository.Read("build.sh"));
        Assert.Contains("\"$schema\": \"./build.schema.json\"", _repository.Read(".nuke/parameters.json"), StringComparison.Ordinal);
        Assert.Contains("  overwrote  build.sh (replaces NUKE's)", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("NUKE targets the generated build does not have: Docs. Porting them into build/Build.cs is a separate step", _output.ToString(), StringComparison.Ordinal);
    }

    private void WriteNukeBuild()
    {
        _repository.WithLibraryAndTests();
        _repository.Write(".nuke/parameters.json", "{ \"$schema\": \"./build.schema.json\", \"Solution\": \"App.sln\" }");
        _repository.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"Nuke.Common\" Version=\"9.0.4\" />\n  </ItemGroup>\n</Project>\n");
        _repository.Write("build/Build.cs", "using Nuke.Common;\nusing Nuke.Common.IO;\nclass Build : NukeBuild { Target Compile => _ => _; }\n");
        _repository.Write("build.sh", "export NUKE_TELEMETRY_OPTOUT=1\n");
    }

    [Fact]
    public void With_port_nuke_the_nuke_build_is_rewritten_in_place_built_and_the_errors_left_are_listed_with_hints()
    {
        WriteNukeBuild();
        _repository.Answers["build/_build.csproj"] = new ProcessOutput(1, $"{_repository.PathOf("build/Build.cs")}(3,2): error CS0246: The type or namespace name 'CheckBuildProjectConfigurations' could not be found [x.csproj]\n");

        Assert.Equal(0, Setup(_repository.Root, "--yes", "--port-nuke"));

        Assert.Equal("using Automation;\nclass Build : AutomationBuild { Target Compile => _ => _; }\n", _repository.Read("build/Build.cs"));
        var project = _repository.Read("build/_build.csproj");
        Assert.Contains("<PackageReference Include=\"Automation.Components\" Version=\"", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Nuke.Common", project, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_repository.PathOf("build/nuke")));
        Assert.Contains("dotnet build build/_build.csproj", string.Join("\n", _repository.Calls), StringComparison.Ordinal);
        Assert.Equal(EmbeddedFiles.Read("build.sh"), _repository.Read("build.sh"));
        var output = _output.ToString();
        Assert.Contains("NUKE's build was ported in place in build/", output, StringComparison.Ordinal);
        Assert.Contains("1 error of 1 kind left", output, StringComparison.Ordinal);
        Assert.Contains("CS0246 ×1 (build/Build.cs:3)", output, StringComparison.Ordinal);
        Assert.Contains("→ remove the attribute", output, StringComparison.Ordinal);
        Assert.Contains("automation :setup --move-nuke", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Porting_stops_before_writing_when_git_does_not_hold_NUKEs_original()
    {
        WriteNukeBuild();
        var original = _repository.Read("build/Build.cs");
        _repository.Answers["--porcelain"] = new ProcessOutput(0, " M build/Build.cs\n?? build/Build.Docker.cs\n");

        Assert.Equal(2, Setup(_repository.Root, "--yes", "--port-nuke"));

        Assert.Equal(original, _repository.Read("build/Build.cs"));
        Assert.Contains("NUKE's build has changes git does not have (build/Build.cs, build/Build.Docker.cs)", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("commit or stash them", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ported_nuke_build_that_compiles_says_so()
    {
        WriteNukeBuild();

        Assert.Equal(0, Setup(_repository.Root, "--yes", "--port-nuke"));

        Assert.Contains("It compiles: ./build.sh --plan shows its targets.", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_setup_asks_whether_to_port_and_no_moves_the_nuke_build_aside()
    {
        WriteNukeBuild();

        Assert.Equal(0, Setup(_repository.Root, new StringReader("n\ny\n"), terminal: true));

        Assert.Contains("Port NUKE's build in place", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nuke.Common", _repository.Read("build/nuke/_build.csproj"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_or_an_option_the_nuke_build_moves_aside_and_setup_names_port_nuke()
    {
        WriteNukeBuild();

        Assert.Equal(0, Setup(_repository.Root, "--yes"));

        Assert.Contains("automation :setup --port-nuke ports it in place instead", _output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(_repository.PathOf("build/nuke/Build.cs")));
    }

    [Fact]
    public void A_ported_build_that_keeps_another_NUKE_extension_is_told_it_brings_Nuke_Common_back_and_what_to_use()
    {
        WriteNukeBuild();
        _repository.Write("build/_build.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"Nuke.Common\" Version=\"9.0.4\" />\n    <PackageReference Include=\"Nuke.GitHub\" Version=\"5.0.1\" />\n    <PackageReference Include=\"Nuke.SomeoneElses\" Version=\"1.0.0\" />\n  </ItemGroup>\n</Project>\n");

        Assert.Equal(0, Setup(_repository.Root, "--yes", "--port-nuke"));

        Assert.Contains("Nuke.GitHub", _repository.Read("build/_build.csproj"), StringComparison.Ordinal);
        var output = _output.ToString();
        Assert.Contains("build/_build.csproj still references Nuke.GitHub, an extension of NUKE that depends on Nuke.Common: restoring it brings Nuke.Common back", output, StringComparison.Ordinal);
        Assert.Contains("Remove the reference; its PublishRelease(…) is the IGitHubRelease component here", output, StringComparison.Ordinal);
        Assert.Contains("build/_build.csproj still references Nuke.SomeoneElses", output, StringComparison.Ordinal);
        Assert.Contains("call what it wrapped another way", output, StringComparison.Ordinal);
        Assert.DoesNotContain("references Nuke.Common,", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port-nuke")]
    [InlineData("--move-nuke")]
    public void A_nuke_option_without_a_nuke_build_is_a_usage_error_naming_what_was_looked_for(string option)
    {
        _repository.WithLibraryAndTests();

        Assert.Equal(2, Setup(_repository.Root, "--yes", option));

        var error = _error.ToString();
        Assert.Contains($"{option}: there is no NUKE build in {_repository.Root}", error, StringComparison.Ordinal);
        Assert.Contains(".nuke/", error, StringComparison.Ordinal);
        Assert.Contains("Nuke.Common", error, StringComparison.Ordinal);
        Assert.Contains($"Run automation :setup without {option}", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_repository.PathOf("build")));
        Assert.Empty(_repository.Calls);
    }

    public void Dispose()
    {
        _repository.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private int Setup(string workingDirectory, params string[] args) => Setup(workingDirectory, new StringReader(string.Empty), terminal: false, args);

    private int Setup(string workingDirectory, TextReader input, bool terminal, params string[] args) =>
        SetupCommand.RunAsync(args, new CommandConsole(_output, _error, input, terminal), workingDirectory, _repository.RunAsync).GetAwaiter().GetResult();
}
