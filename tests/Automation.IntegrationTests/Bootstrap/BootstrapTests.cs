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
