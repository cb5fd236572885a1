using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Bootstrap;

/// <summary>
/// The checkout's <c>build.sh</c> in a fresh repository whose build project is a tiny program (no reference to the
/// engine): arguments pass through intact, the exit code is the build's, and the build is compiled only when stale.
/// </summary>
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

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly TempDirectory _repository = new("bootstrap");

    private string Dll => _repository.PathOf(Path.Combine("build", "bin", "Debug", "net10.0", "_build.dll"));

    [BootstrapFact]
    public async Task Passes_arguments_and_exit_code_through_and_compiles_only_when_stale()
    {
        CreateRepository();

        var first = (await RunAsync("3", "a", "b c")).AssertExitCode(3);
        Assert.Equal("arg[0]=3\narg[1]=a\narg[2]=b c\n", first.StandardOutput);
        var compiled = File.GetLastWriteTimeUtc(Dll);

        var second = (await RunAsync("0")).AssertExitCode(0);
        Assert.Equal("arg[0]=0\n", second.StandardOutput);
        Assert.True(File.GetLastWriteTimeUtc(Dll) == compiled, "The second run recompiled although nothing changed.");

        var source = _repository.PathOf(Path.Combine("build", "Program.cs"));
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow);
        Assert.True(File.GetLastWriteTimeUtc(source) > compiled, "The clock did not move on: cannot make the source newer than the dll.");
        (await RunAsync("5")).AssertExitCode(5);
        Assert.True(File.GetLastWriteTimeUtc(Dll) > compiled, "The run after a source change did not recompile.");
    }

    [BootstrapFact]
    public async Task An_edit_to_the_build_or_to_a_referenced_src_project_is_picked_up_by_the_next_run()
    {
        CreateRepository();
        _repository.Write(Path.Combine("build", "_build.csproj"), Project.Replace(
            "</Project>", "  <ItemGroup><ProjectReference Include=\"../src/Lib/Lib.csproj\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        _repository.Write(Path.Combine("build", "Program.cs"), "Console.WriteLine($\"build 1, {Lib.Greeting.Text}\");\n");
        _repository.Write(Path.Combine("src", "Lib", "Lib.csproj"), Project.Replace("<OutputType>Exe</OutputType>", string.Empty, StringComparison.Ordinal));
        _repository.Write(Path.Combine("src", "Lib", "Greeting.cs"), "namespace Lib; public static class Greeting { public const string Text = \"lib 1\"; }\n");
        Assert.Equal("build 1, lib 1\n", (await RunAsync()).AssertExitCode(0).StandardOutput);
        Assert.Equal("build 1, lib 1\n", (await RunAsync()).AssertExitCode(0).StandardOutput);

        _repository.Write(Path.Combine("src", "Lib", "Greeting.cs"), "namespace Lib; public static class Greeting { public const string Text = \"lib 2\"; }\n");
        Assert.Equal("build 1, lib 2\n", (await RunAsync()).AssertExitCode(0).StandardOutput);

        _repository.Write(Path.Combine("build", "Program.cs"), "Console.WriteLine($\"build 2, {Lib.Greeting.Text}\");\n");
        Assert.Equal("build 2, lib 2\n", (await RunAsync()).AssertExitCode(0).StandardOutput);
    }

    public void Dispose() => _repository.Dispose();

    private void CreateRepository()
    {
        Directory.CreateDirectory(_repository.PathOf(".nuke"));
        File.Copy(Path.Combine(Checkout.Root, "build.sh"), _repository.PathOf("build.sh"));
        File.Copy(Path.Combine(Checkout.Root, "global.json"), _repository.PathOf("global.json"));
        _repository.Write(Path.Combine("build", "_build.csproj"), Project);
        _repository.Write(Path.Combine("build", "Program.cs"), Program);
    }

    private Task<ProcessResult> RunAsync(params string[] args) =>
        ChildProcess.RunAsync("bash", ["build.sh", .. args], _repository.Root, Timeout);
}
