using Automation.IntegrationTests.Support;


namespace Automation.IntegrationTests.Bootstrap;

/// <summary>
/// The checkout's <c>build.sh</c> and <c>build.ps1</c>, each in a fresh repository whose build project is a tiny program
/// (no reference to the engine): arguments pass through intact, the exit code is the build's, the build is compiled
/// only when one of its own inputs changed (build/, the projects it references, the root's MSBuild files unless build/
/// has its own), a warning does not stop it, and a missing SDK is reported. Each run of a script costs seconds (pwsh's
/// start-up, a compile), so a test makes several of these points on one repository.
/// </summary>
[CiSeconds(220)]
public sealed class BootstrapTests : IDisposable
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
        </Project>
        """;

    private const string Program = """
        for (var i = 0; i < args.Length; i++)
        {
            Console.WriteLine($"arg[{i}]={args[i]}");
        }

        return int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        """;

    private const string EmptyMSBuildFile = "<Project />\n";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly TempDirectory _repository = new("bootstrap");

    private string Dll => _repository.PathOf(Path.Combine("build", "bin", "Debug", "net10.0", "_build.dll"));

    [BootstrapTheory]
    [BootstrapScript(BootstrapScript.Bash)]
    [BootstrapScript(BootstrapScript.PowerShell)]
    public async Task Passes_arguments_and_exit_code_through_and_compiles_only_when_stale_a_warning_not_stopping_it(string script)
    {
        CreateRepository(script);
        // A warning in the build project (like a NuGet signature-policy warning, NU3034) must not stop the build.
        _repository.Write(Path.Combine("build", "Program.cs"), "#warning Like a NuGet signature-policy warning (NU3034)\n" + Program);

        // Options of the shells themselves, quotes, wildcards, ~ and the empty word reach the build unchanged.
        var first = (await RunAsync(script, "3", "a", "b c", "--skip", "-Target", "x\"y", "*", "~", "", "$HOME")).AssertExitCode(3);
        Assert.Equal(
            "arg[0]=3\narg[1]=a\narg[2]=b c\narg[3]=--skip\narg[4]=-Target\narg[5]=x\"y\narg[6]=*\narg[7]=~\narg[8]=\narg[9]=$HOME\n", first.StandardOutput);
        var compiled = File.GetLastWriteTimeUtc(Dll);

        var second = (await RunAsync(script, "0")).AssertExitCode(0);
        Assert.Equal("arg[0]=0\n", second.StandardOutput);
        AssertNotRecompiled(compiled, "nothing changed");

        Touch(Path.Combine("build", "Program.cs"), compiled);
        (await RunAsync(script, "5")).AssertExitCode(5);
        AssertRecompiled(compiled, "build/Program.cs changed");
    }

    [BootstrapTheory]
    [BootstrapScript(BootstrapScript.Bash)]
    [BootstrapScript(BootstrapScript.PowerShell)]
    public async Task An_edit_to_the_build_or_to_a_referenced_src_project_is_picked_up_by_the_next_run_one_it_does_not_reference_is_not(string script)
    {
        CreateRepository(script);
        _repository.Write(Path.Combine("build", "_build.csproj"), Project.Replace(
            "</Project>", "  <ItemGroup><ProjectReference Include=\"../src/Lib/Lib.csproj\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        _repository.Write(Path.Combine("build", "Program.cs"), "Console.WriteLine($\"build 1, {Lib.Greeting.Text}\");\n");
        WriteLibrary("Lib", "lib 1");
        WriteLibrary("Other", "other 1");
        Assert.Equal("build 1, lib 1\n", (await RunAsync(script)).AssertExitCode(0).StandardOutput);
        var compiled = File.GetLastWriteTimeUtc(Dll);

        Touch(Path.Combine("src", "Other", "Greeting.cs"), compiled);
        Touch(Path.Combine("src", "Other", "Other.csproj"), compiled);
        Assert.Equal("build 1, lib 1\n", (await RunAsync(script)).AssertExitCode(0).StandardOutput);
        AssertNotRecompiled(compiled, "only src/Other, which the build does not reference, changed");

        WriteLibrary("Lib", "lib 2");
        Assert.Equal("build 1, lib 2\n", (await RunAsync(script)).AssertExitCode(0).StandardOutput);

        _repository.Write(Path.Combine("build", "Program.cs"), "Console.WriteLine($\"build 2, {Lib.Greeting.Text}\");\n");
        Assert.Equal("build 2, lib 2\n", (await RunAsync(script)).AssertExitCode(0).StandardOutput);
    }

    [BootstrapTheory]
    [BootstrapScript(BootstrapScript.Bash)]
    [BootstrapScript(BootstrapScript.PowerShell)]
    public async Task The_roots_msbuild_files_count_only_while_build_has_none_of_its_own(string script)
    {
        CreateRepository(script);
        _repository.Write("Directory.Build.props", EmptyMSBuildFile);
        (await RunAsync(script, "0")).AssertExitCode(0);
        var compiled = File.GetLastWriteTimeUtc(Dll);

        Touch("Directory.Build.props", compiled);
        (await RunAsync(script, "0")).AssertExitCode(0);
        compiled = AssertRecompiled(compiled, "the root's Directory.Build.props, which build/ inherits, changed");

        _repository.Write(Path.Combine("build", "Directory.Build.props"), EmptyMSBuildFile);
        _repository.Write(Path.Combine("build", ".editorconfig"), "root = true\n");
        (await RunAsync(script, "0")).AssertExitCode(0);
        compiled = AssertRecompiled(compiled, "build/ got a Directory.Build.props of its own");

        Touch("Directory.Build.props", compiled);
        _repository.Write(".editorconfig", "root = true\n");
        (await RunAsync(script, "0")).AssertExitCode(0);
        AssertNotRecompiled(compiled, "only the root's MSBuild and .editorconfig files, which build/ no longer reads, changed");

        File.Delete(_repository.PathOf(Path.Combine("build", "Directory.Build.props")));
        (await RunAsync(script, "0")).AssertExitCode(0);
        AssertRecompiled(compiled, "build/Directory.Build.props was deleted");
    }

    [BootstrapTheory]
    [BootstrapScript(BootstrapScript.Bash)]
    [BootstrapScript(BootstrapScript.PowerShell)]
    public async Task Without_an_sdk_satisfying_global_json_it_says_so_and_fails(string script)
    {
        CreateRepository(script);
        _repository.Write("global.json", """{ "sdk": { "version": "99.0.100", "rollForward": "disable" } }""");
        // The SDK download must fail fast and the same way with or without network: a proxy nobody listens on.
        var noNetwork = new Dictionary<string, string?>
        {
            ["https_proxy"] = "http://127.0.0.1:1",
            ["HTTPS_PROXY"] = "http://127.0.0.1:1",
            ["http_proxy"] = "http://127.0.0.1:1",
            ["HTTP_PROXY"] = "http://127.0.0.1:1",
            ["no_proxy"] = null,
            ["NO_PROXY"] = null,
        };

        var result = (await BootstrapScript.RunAsync(script, _repository.Root, ["0"], Timeout, noNetwork)).AssertExitCode(1);

        Assert.Contains($"{script}: no .NET SDK satisfying global.json found", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{script}: error: ", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
        Assert.False(File.Exists(Dll), "The build was compiled without a suitable SDK.");
    }

    public void Dispose() => _repository.Dispose();

    private void CreateRepository(string script)
    {
        Directory.CreateDirectory(_repository.PathOf(".nuke"));
        File.Copy(Path.Combine(Checkout.Root, script), _repository.PathOf(script));
        File.Copy(Path.Combine(Checkout.Root, "global.json"), _repository.PathOf("global.json"));
        _repository.Write(Path.Combine("build", "_build.csproj"), Project);
        _repository.Write(Path.Combine("build", "Program.cs"), Program);
    }

    private void WriteLibrary(string name, string text)
    {
        _repository.Write(Path.Combine("src", name, $"{name}.csproj"), Project.Replace("<OutputType>Exe</OutputType>", string.Empty, StringComparison.Ordinal));
        _repository.Write(
            Path.Combine("src", name, "Greeting.cs"), $"namespace {name}; public static class Greeting {{ public const string Text = \"{text}\"; }}\n");
    }

    private void Touch(string relativePath, DateTime compiled)
    {
        var path = _repository.PathOf(relativePath);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        Assert.True(File.GetLastWriteTimeUtc(path) > compiled, $"The clock did not move on: cannot make {relativePath} newer than the dll.");
    }

    private void AssertNotRecompiled(DateTime compiled, string why) =>
        Assert.True(File.GetLastWriteTimeUtc(Dll) == compiled, $"The run recompiled although {why}.");

    private DateTime AssertRecompiled(DateTime compiled, string why)
    {
        var now = File.GetLastWriteTimeUtc(Dll);
        Assert.True(now > compiled, $"The run did not recompile although {why}.");
        return now;
    }

    private Task<ProcessResult> RunAsync(string script, params string[] args) =>
        BootstrapScript.RunAsync(script, _repository.Root, args, Timeout);
}
