namespace Automation.Tests.Tool;

/// <summary>A temporary git work tree (just a <c>.git</c> folder: setup only looks for it) with a solution, deleted on dispose.</summary>
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
        Write("tests/Lib.Tests/Lib.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.0.1\" /></ItemGroup></Project>");
        return this;
    }

    /// <summary>Stands in for <c>dotnet sln add</c>: records the call and lists the project as dotnet would (with Build.0 lines).</summary>
    public (int ExitCode, string Output) AddToSolution(AbsolutePath root, AbsolutePath solution, string project)
    {
        AddedToSolution.Add(project);
        File.AppendAllText(solution, """
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "_build", "build\_build.csproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            		{33333333-3333-3333-3333-333333333333}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
            		{33333333-3333-3333-3333-333333333333}.Debug|Any CPU.Build.0 = Debug|Any CPU

            """);
        return (0, string.Empty);
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
