using System.Text.Json;
using System.Text.RegularExpressions;
using Automation.Cli.Setup;

namespace Automation.Tests.Tool;

/// <summary>
/// A temporary git work tree (just a <c>.git</c> folder: setup only looks for it) with a solution, deleted on dispose,
/// and a stand-in for the programs setup starts (no child processes in unit tests).
/// </summary>
internal sealed class ToolRepository : IDisposable
{
    public const string Sln = """
        Microsoft Visual Studio Solution File, Format Version 12.00
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Lib", "src\Lib\Lib.csproj", "{11111111-1111-1111-1111-111111111111}"
        EndProject
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Lib.Tests", "tests\Lib.Tests\Lib.Tests.csproj", "{22222222-2222-2222-2222-222222222222}"
        EndProject
        Global
        EndGlobal

        """;

    public ToolRepository(bool git = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "automation-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (git)
        {
            Directory.CreateDirectory(PathOf(".git"));
        }
    }

    public string Root { get; }

    public List<string> AddedToSolution { get; } = [];

    /// <summary>Every program call, as <c>program arg1 arg2</c>.</summary>
    public List<string> Calls { get; } = [];

    /// <summary>The answers to <c>dotnet build</c>/<c>dotnet format</c> by the argument that tells them apart; missing: success.</summary>
    public Dictionary<string, ProcessOutput> Answers { get; } = [];

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), content);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>A library and its unit tests in <c>App.sln</c>.</summary>
    public ToolRepository WithLibraryAndTests()
    {
        Write("App.sln", Sln);
        Write("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("tests/Lib.Tests/Lib.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.0.1\" /><PackageReference Include=\"coverlet.collector\" Version=\"6.0.4\" /></ItemGroup></Project>");
        return this;
    }

    /// <summary>
    /// Stands in for the programs setup runs: <c>dotnet msbuild</c> answers from the project file's text (package
    /// references, <c>OutputType</c>, <c>IsPackable</c>), <c>dotnet sln add</c> lists the project as dotnet would (with
    /// Build.0 lines), <c>git check-ignore</c> ignores nothing, and restore, build and format succeed unless <see cref="Answers"/> says otherwise.
    /// </summary>
    public Task<ProcessOutput> RunAsync(string program, IReadOnlyList<string> arguments, AbsolutePath workingDirectory)
    {
        Calls.Add(string.Join(' ', [program, .. arguments]));
        var answer = (program, arguments[0]) switch
        {
            ("dotnet", "msbuild") => new ProcessOutput(0, Evaluate(arguments[1])),
            ("dotnet", "sln") => AddToSolution(AbsolutePath.Create(arguments[1])),
            ("git", "check-ignore") => new ProcessOutput(1, string.Empty),
            _ => Answers.FirstOrDefault(a => arguments.Contains(a.Key)).Value ?? new ProcessOutput(0, string.Empty),
        };
        return Task.FromResult(answer);
    }

    private static string Evaluate(string project)
    {
        var text = File.ReadAllText(project);
        string Property(string name) => Regex.Match(text, $"<{name}>([^<]*)</{name}>") is { Success: true } m ? m.Groups[1].Value : string.Empty;
        var properties = new Dictionary<string, string>
        {
            ["IsTestProject"] = Property("IsTestProject"),
            ["IsPackable"] = Property("IsPackable"),
            ["OutputType"] = Property("OutputType") is { Length: > 0 } type ? type : "Library",
            ["PackAsTool"] = Property("PackAsTool"),
            ["TargetFramework"] = Property("TargetFramework"),
            ["TargetFrameworks"] = Property("TargetFrameworks"),
        };
        var references = Regex.Matches(text, "<PackageReference Include=\"([^\"]+)\"").Select(m => new Dictionary<string, string> { ["Identity"] = m.Groups[1].Value }).ToList();
        return JsonSerializer.Serialize(new { Properties = properties, Items = new { PackageReference = references } });
    }

    private ProcessOutput AddToSolution(AbsolutePath solution)
    {
        AddedToSolution.Add(RepositoryScanner.BuildProject);
        File.AppendAllText(solution, """
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "_build", "build\_build.csproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            		{33333333-3333-3333-3333-333333333333}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
            		{33333333-3333-3333-3333-333333333333}.Debug|Any CPU.Build.0 = Debug|Any CPU

            """);
        return new ProcessOutput(0, string.Empty);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
