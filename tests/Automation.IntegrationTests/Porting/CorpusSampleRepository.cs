using Automation.IntegrationTests.Setup;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Porting;

/// <summary>
/// The repository a corpus build is ported in: a one-project solution (<c>src/Lib</c>), the files NUKE's template
/// expects (<c>.nuke/parameters.json</c>, a changelog), and a nuget.config adding the feed this checkout's packages were
/// packed into — the ported build references <c>Automation.Components</c> from it, as a user's would from nuget.org.
/// </summary>
internal static class CorpusSampleRepository
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);

    public static async Task WriteAsync(string root, string feedDirectory)
    {
        Write(root, Path.Combine(".nuke", "parameters.json"), "{ \"$schema\": \"./build.schema.json\" }\n");
        Write(root, "nuget.config", SampleProjects.NuGetConfig(feedDirectory));
        Write(root, "Directory.Build.props", "<Project />\n");
        Write(root, "Directory.Build.targets", "<Project />\n");
        Write(root, "CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n\n- Ported from NUKE\n\n## [1.0.0] - 2026-01-01\n\n- First release\n");
        Write(root, ".gitignore", "bin/\nobj/\nartifacts/\n.nuke/temp/\n");
        Write(root, Path.Combine("src", "Lib", "Lib.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        Write(root, Path.Combine("src", "Lib", "Greeter.cs"), "namespace Lib;\n\npublic static class Greeter\n{\n    public static string Greet(string name) => $\"Hello, {name}\";\n}\n");
        Write(root, "App.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Lib", "src\Lib\Lib.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Global
            	GlobalSection(SolutionConfigurationPlatforms) = preSolution
            		Debug|Any CPU = Debug|Any CPU
            		Release|Any CPU = Release|Any CPU
            	EndGlobalSection
            	GlobalSection(ProjectConfigurationPlatforms) = postSolution
            		{11111111-1111-1111-1111-111111111111}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
            		{11111111-1111-1111-1111-111111111111}.Debug|Any CPU.Build.0 = Debug|Any CPU
            		{11111111-1111-1111-1111-111111111111}.Release|Any CPU.ActiveCfg = Release|Any CPU
            		{11111111-1111-1111-1111-111111111111}.Release|Any CPU.Build.0 = Release|Any CPU
            	EndGlobalSection
            EndGlobal

            """);
        await GitAsync(root, "init", "-q", "-b", "main");
        await GitAsync(root, "config", "user.email", "corpus@example.invalid");
        await GitAsync(root, "config", "user.name", "Corpus");
    }

    public static async Task CommitAsync(string root)
    {
        await GitAsync(root, "add", "-A");
        await GitAsync(root, "commit", "-q", "-m", "Sample repository with a ported NUKE build");
    }

    private static void Write(string root, string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static async Task GitAsync(string root, params string[] args) =>
        (await ChildProcess.RunAsync("git", args, root, GitTimeout)).AssertExitCode(0);
}
