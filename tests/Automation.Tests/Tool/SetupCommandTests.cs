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

        Assert.Contains("class Build : AutomationBuild, IClean, ILint, IUnitTest, IReportCoverage, IPack, IVersion, IPublish", _repository.Read("build/Build.cs"), StringComparison.Ordinal);
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
        Assert.Contains("  created    build/Build.cs (IClean, ILint, IUnitTest, IReportCoverage, IPack, IVersion, IPublish)", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Setup wrote 10 files and left 0 as they were.", _output.ToString(), StringComparison.Ordinal);
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

    public void Dispose()
    {
        _repository.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private int Setup(string workingDirectory, params string[] args) => Setup(workingDirectory, new StringReader(string.Empty), terminal: false, args);

    private int Setup(string workingDirectory, TextReader input, bool terminal, params string[] args) =>
        SetupCommand.Run(args, new CommandConsole(_output, _error, input, terminal), workingDirectory, _repository.AddToSolution);
}
