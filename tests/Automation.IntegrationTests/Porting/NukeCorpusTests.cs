using Automation.Cli.Setup;
using Automation.Cli.Setup.Porting;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Porting;

/// <summary>
/// The corpus of NUKE-style builds (Porting/Corpus, written from NUKE's documented template and idioms) after the port
/// rewrite only: each compiles against the engine, plans, and runs its compile target, which builds a sample solution
/// with a real <c>dotnet build</c>. A build that does not compile fails with the errors left, grouped as setup shows them.
/// </summary>
public sealed class NukeCorpusTests(PortedCorpusFixture fixture) : IClassFixture<PortedCorpusFixture>
{
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(8);

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    // Corpus builds that use NUKE APIs not built yet: they stay in the corpus, skipped visibly, until the gap closes.
    private static readonly string[] KnownGaps = ["ProcessTasks"];

    public static TheoryData<string> Builds => new(AllBuilds.Except(KnownGaps, StringComparer.Ordinal));

    public static TheoryData<string> BuildsWithKnownGaps => new(AllBuilds.Intersect(KnownGaps, StringComparer.Ordinal));

    private static IEnumerable<string> AllBuilds => Directory.EnumerateDirectories(CorpusFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Porting", "Corpus");

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task A_nuke_build_compiles_plans_and_builds_the_solution_after_the_port_rewrite(string name)
    {
        using var repository = new TempDirectory("nuke-corpus");
        await WriteSampleRepositoryAsync(repository);
        CopyFolder(Path.Combine(CorpusFolder, name), repository.PathOf("build"));
        await PortAsync(repository.Root);
        await GitAsync(repository.Root, "add", "-A");
        await GitAsync(repository.Root, "commit", "-q", "-m", "Sample repository with a NUKE build");

        var compile = await ChildProcess.RunAsync("dotnet", ["build", repository.PathOf(Path.Combine("build", "_build.csproj")), "--artifacts-path", fixture.ArtifactsPath, "-nologo", "-v:quiet", "-nodeReuse:false"], repository.Root, CompileTimeout);
        var left = PortDiagnostics.Parse(compile.AllOutput, AbsolutePath.Create(repository.Root));
        Assert.True(compile.ExitCode == 0, $"{name} does not compile after the port rewrite: {left.ErrorCount} errors left\n{string.Join('\n', left.Describe(limit: 30))}\n{(left.ErrorCount == 0 ? compile.ToString() : string.Empty)}");

        var plan = await ChildProcess.RunAsync("dotnet", [fixture.BuildDll, "--plan"], repository.Root, RunTimeout);
        plan.AssertExitCode(0);
        Assert.Contains("compile", plan.StandardOutput, StringComparison.OrdinalIgnoreCase);

        var run = await ChildProcess.RunAsync("dotnet", [fixture.BuildDll, "compile"], repository.Root, RunTimeout);
        run.AssertExitCode(0);
        Assert.True(Directory.EnumerateFiles(repository.PathOf(Path.Combine("src", "Lib", "bin")), "Lib.dll", SearchOption.AllDirectories).Any(), $"{name}'s compile target did not build the sample solution.\n{run}");
    }

    [Theory(Skip = "Not yet compatible: ProcessTasks uses [PathVariable] and the Tool delegate, it is open in issue 16 (helper C1).")]
    [MemberData(nameof(BuildsWithKnownGaps))]
    public Task A_nuke_build_with_a_known_gap_compiles_after_the_port_rewrite(string name) =>
        A_nuke_build_compiles_plans_and_builds_the_solution_after_the_port_rewrite(name);

    // The rewrite and project change setup makes; the package reference then points at this checkout's components,
    // as no feed serves this build of them.
    private static async Task PortAsync(string root)
    {
        foreach (var step in NukePort.Plan(AbsolutePath.Create(root), "0.0.0-corpus"))
        {
            await step.Apply();
        }

        var project = Path.Combine(root, "build", "_build.csproj");
        var components = Path.Combine(Checkout.Root, "src", "Automation.Components", "Automation.Components.csproj");
        var text = await File.ReadAllTextAsync(project);
        Assert.Contains("<PackageReference Include=\"Automation.Components\" Version=\"0.0.0-corpus\" />", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(project, text.Replace("<PackageReference Include=\"Automation.Components\" Version=\"0.0.0-corpus\" />", $"<ProjectReference Include=\"{components}\" />", StringComparison.Ordinal));
    }

    private static async Task WriteSampleRepositoryAsync(TempDirectory repository)
    {
        Directory.CreateDirectory(repository.PathOf(".nuke"));
        repository.Write(Path.Combine(".nuke", "parameters.json"), "{ \"$schema\": \"./build.schema.json\" }\n");
        repository.Write("Directory.Build.props", "<Project />\n");
        repository.Write("Directory.Build.targets", "<Project />\n");
        repository.Write("CHANGELOG.md", "# Changelog\n\n## [Unreleased]\n\n- Ported from NUKE\n\n## [1.0.0] - 2026-01-01\n\n- First release\n");
        repository.Write(".gitignore", "bin/\nobj/\nartifacts/\n.nuke/temp/\n");
        repository.Write(Path.Combine("src", "Lib", "Lib.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        repository.Write(Path.Combine("src", "Lib", "Greeter.cs"), "namespace Lib;\n\npublic static class Greeter\n{\n    public static string Greet(string name) => $\"Hello, {name}\";\n}\n");
        repository.Write("App.sln", """
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
        await GitAsync(repository.Root, "init", "-q", "-b", "main");
        await GitAsync(repository.Root, "config", "user.email", "corpus@example.invalid");
        await GitAsync(repository.Root, "config", "user.name", "Corpus");
    }

    private static async Task GitAsync(string root, params string[] args) =>
        (await ChildProcess.RunAsync("git", args, root, RunTimeout)).AssertExitCode(0);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
