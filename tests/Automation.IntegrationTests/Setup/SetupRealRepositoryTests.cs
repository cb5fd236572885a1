using Automation.Cli.Setup;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// <c>automation :setup</c>, the real tool in a child process, on small repositories shaped like real ones: real git,
/// real <c>dotnet msbuild</c> evaluation, real <c>dotnet build</c>/<c>dotnet format</c> for the gates.
/// </summary>
public sealed class SetupRealRepositoryTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Automation.Cli.dll");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly TempDirectory _repository = new("setup-real");

    [LinuxFact]
    public async Task Facts_come_from_evaluation_a_solution_under_src_is_remembered_and_an_ignored_build_folder_is_made_visible()
    {
        Write("src/Lib/Lib.csproj", Project("<TargetFrameworks>net8.0;net10.0</TargetFrameworks>"));
        Write("src/Bench/Bench.csproj", Project("<TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType>"));
        Write("src/Tool/Tool.csproj", Project("<TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType><PackAsTool>true</PackAsTool>"));
        Write("test/Specs/Specs.csproj", Project("<TargetFramework>net10.0</TargetFramework>", "Microsoft.NET.Test.Sdk"));
        Write("test/Lib.Tests/Lib.Tests.csproj", Project("<TargetFramework>net10.0</TargetFramework>", "Microsoft.NET.Test.Sdk", "coverlet.collector"));

        // A test project by neither name nor file text: the test SDK comes from the folder's Directory.Build.props.
        Write("test/Checks/Checks.csproj", Project("<TargetFramework>net10.0</TargetFramework>"));
        Write("test/Checks/Directory.Build.props", "<Project><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.0.1\" /></ItemGroup></Project>\n");
        Write(".gitignore", "[Bb]uild/\n[Bb]in/\n[Oo]bj/\n");
        await GitAsync("init", "-q", "-b", "main");
        (await RunAsync("dotnet", ["new", "sln", "-n", "App", "-o", "src", "--format", "sln"])).AssertExitCode(0);
        (await RunAsync("dotnet", ["sln", "src/App.sln", "add", "src/Lib/Lib.csproj", "src/Bench/Bench.csproj", "src/Tool/Tool.csproj", "test/Specs/Specs.csproj", "test/Lib.Tests/Lib.Tests.csproj", "test/Checks/Checks.csproj"])).AssertExitCode(0);
        var bom = File.ReadAllBytes(_repository.PathOf("src/App.sln"))[..3];

        var setup = (await RunAsync("dotnet", [Tool, ":setup", "--yes", "--no-checks"])).AssertExitCode(0);

        Assert.Contains("Packable projects: Lib, Tool\n", setup.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Unit test projects: Specs, Lib.Tests, Checks;", setup.StandardOutput, StringComparison.Ordinal);
        var build = Read("build/Build.cs");
        Assert.Contains("class Build : AutomationBuild, IClean, ILint, ITest, IPack, IVersion, IPublish", build, StringComparison.Ordinal);
        Assert.Contains("IEnumerable<AbsolutePath> IUnitTest.UnitTestProjects => [RootDirectory / \"test/Specs/Specs.csproj\", RootDirectory / \"test/Lib.Tests/Lib.Tests.csproj\", RootDirectory / \"test/Checks/Checks.csproj\"];", build, StringComparison.Ordinal);
        Assert.Contains("dotnet add test/Specs/Specs.csproj package coverlet.collector", setup.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("dotnet add test/Checks/Checks.csproj package coverlet.collector", setup.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(_repository.PathOf(".config/dotnet-tools.json")));
        Assert.Contains("\"Solution\": \"src/App.sln\"", Read(".nuke/parameters.json"), StringComparison.Ordinal);

        var sln = Read("src/App.sln");
        Assert.Contains("\"..\\build\\_build.csproj\"", sln, StringComparison.Ordinal);
        var buildGuid = System.Text.RegularExpressions.Regex.Match(sln, @"_build\.csproj"", ""(\{[^}]+\})").Groups[1].Value;
        Assert.DoesNotContain($"{buildGuid}.Debug|Any CPU.Build.0", sln, StringComparison.Ordinal);
        Assert.Equal(bom, File.ReadAllBytes(_repository.PathOf("src/App.sln"))[..3]);

        // git sees the build's sources again, not its outputs; and the summary says so.
        Assert.Contains(".gitignore ignored build/", setup.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync("git", ["check-ignore", "-q", "build/Build.cs"])).ExitCode);
        (await RunAsync("git", ["check-ignore", "-q", "build/bin/Debug/x.dll"])).AssertExitCode(0);
        (await RunAsync("git", ["check-ignore", "-q", "build/obj/x.json"])).AssertExitCode(0);
        Assert.Contains("Commit the new files.", setup.StandardOutput, StringComparison.Ordinal);

        var library = await new ProjectEvaluator(CapturedProcess.RunAsync).EvaluateAsync([AbsolutePath.Create(_repository.PathOf("src/Lib/Lib.csproj"))]);
        Assert.Equal(["net8.0", "net10.0"], library[0].TargetFrameworks);
    }

    [LinuxFact]
    public async Task The_gates_the_repository_fails_today_start_in_report_mode_with_what_was_found()
    {
        Write("App.slnx", "<Solution>\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n");
        Write("src/Lib/Lib.csproj", Project("<TargetFramework>net10.0</TargetFramework>"));
        Write("src/Lib/Greeter.cs", "namespace Lib;\npublic static class Greeter\n{\n    public static int Count()  {  int unused; return 1; }\n}\n");
        await GitAsync("init", "-q", "-b", "main");

        var setup = (await RunAsync("dotnet", [Tool, ":setup", "--yes"])).AssertExitCode(0);

        Assert.Contains("Checking what the repository already passes (builds it once)…", setup.StandardOutput, StringComparison.Ordinal);
        var build = Read("build/Build.cs");
        Assert.Matches(@"// On setup: dotnet build -p:TreatWarningsAsErrors=true found \d+ warnings \(CS0168 \d+\)\. Delete this line to make compile treat warnings as errors\.\n    bool ICompile\.WarningsAsErrors => false;", build);
        Assert.Matches(@"// On setup: dotnet format found \d+ findings \([^)]*WHITESPACE[^)]*\)\. Delete this line to make lint strict", build);
        Assert.Contains("bool ILint.FailOnFindings => false;", build, StringComparison.Ordinal);
        Assert.Contains("<Build Project=\"false\" />", Read("App.slnx"), StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();

    private static string Project(string properties, params string[] packages) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>{properties}</PropertyGroup>
          <ItemGroup>{string.Concat(packages.Select(p => $"<PackageReference Include=\"{p}\" Version=\"{Version(p)}\" />"))}</ItemGroup>
        </Project>

        """;

    private static string Version(string package) => package == "coverlet.collector" ? "8.0.1" : "18.0.1";

    private void Write(string path, string content) => _repository.Write(path, content);

    private string Read(string path) => File.ReadAllText(_repository.PathOf(path));

    private async Task GitAsync(params string[] args) =>
        (await RunAsync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", .. args])).AssertExitCode(0);

    private Task<ProcessResult> RunAsync(string program, string[] args) => ChildProcess.RunAsync(program, args, _repository.Root, Timeout);
}
