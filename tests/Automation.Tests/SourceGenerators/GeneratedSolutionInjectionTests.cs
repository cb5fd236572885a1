using System.Reflection;
using Automation.Tests.Support;

namespace Automation.Tests.SourceGenerators;

/// <summary>
/// The generated solution type in a running build: the generator's output compiled with a build (in memory), and the
/// build run in-process on a repository holding the solution, so <c>[Solution]</c> injection fills the member.
/// </summary>
public sealed class GeneratedSolutionInjectionTests
{
    private const string Build = """
        using Automation;

        namespace Ported;

        public class Build : AutomationBuild
        {
            [Solution(GenerateProjects = true)] readonly Solution Solution = null!;

            Target Show => _ => _.Executes(ctx =>
            {
                ctx.Info($"type={Solution.GetType().FullName}");
                ctx.Info($"lib={Solution.src.Lib.Directory}");
                ctx.Info($"tests={Solution.tests.unit.Lib_Tests.Path}");
                ctx.Info($"same-folder={Solution.src.Equals(Solution.src.Lib.SolutionFolder)} folder-projects={Solution.src.Projects.Count}");
                ctx.Info($"configurations={string.Join(",", System.Linq.Enumerable.Order(Solution.Configurations.Keys))}");
                ctx.Info($"owner={ReferenceEquals(Solution.src.Lib.Solution, Solution)}");
            });
        }
        """;

    [Fact]
    public void The_member_is_filled_with_an_instance_of_the_generated_type_whose_members_are_the_solution_projects()
    {
        using var repository = new TestRepository();
        var sln = SlnFile.Of(("Lib", "src/Lib/Lib.csproj", "src"), ("Lib.Tests", "tests/Lib.Tests/Lib.Tests.csproj", "tests/unit"));
        repository.WriteFile("App.sln", sln);
        repository.WriteFile(".nuke/parameters.json", "{ \"Solution\": \"App.sln\" }");
        var run = GeneratorRun.Of(Build, repository.Root, (Path.Combine(repository.Root, "App.sln"), sln), (Path.Combine(repository.Root, ".nuke", "parameters.json"), "{ \"Solution\": \"App.sln\" }"));
        Assert.Empty(run.CompileErrors);

        var output = Execute(run, repository.Root, "show");

        Assert.Contains("type=Ported.Solution", output, StringComparison.Ordinal);
        Assert.Contains($"lib={Path.Combine(repository.Root, "src", "Lib")}", output, StringComparison.Ordinal);
        Assert.Contains($"tests={Path.Combine(repository.Root, "tests", "Lib.Tests", "Lib.Tests.csproj")}", output, StringComparison.Ordinal);
        Assert.Contains("same-folder=True folder-projects=1", output, StringComparison.Ordinal);
        Assert.Contains("owner=True", output, StringComparison.Ordinal);
        Assert.Contains("configurations=Debug|Any CPU,Release|Any CPU", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_gone_from_the_solution_since_the_build_compiled_fails_the_target_naming_it()
    {
        using var repository = new TestRepository();
        var compiledWith = SlnFile.Of(("Lib", "src/Lib/Lib.csproj", "src"), ("Lib.Tests", "tests/Lib.Tests/Lib.Tests.csproj", "tests/unit"));
        repository.WriteFile("App.sln", SlnFile.Of(("Renamed", "src/Renamed/Renamed.csproj", "src"), ("Lib.Tests", "tests/Lib.Tests/Lib.Tests.csproj", "tests/unit")));
        var run = GeneratorRun.Of(Build, repository.Root, (Path.Combine(repository.Root, "App.sln"), compiledWith));
        Assert.Empty(run.CompileErrors);

        var output = Execute(run, repository.Root, "show");

        Assert.Contains("Solution folder 'src' of '" + Path.Combine(repository.Root, "App.sln") + "' has no project 'Lib'", output, StringComparison.Ordinal);
        Assert.Contains("rebuild the build project", output, StringComparison.Ordinal);
    }

    private static string Execute(GeneratorRun run, string root, params string[] arguments)
    {
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics));
        var assembly = Assembly.Load(image.ToArray());
        var build = assembly.GetType("Ported.Build", throwOnError: true)!;
        var execute = typeof(AutomationBuild).GetMethods()
            .Single(m => m.Name == nameof(AutomationBuild.Execute) && m.GetParameters() is [{ ParameterType: var first }, _] && first == typeof(BuildEnvironment))
            .MakeGenericMethod(build);
        using var output = new StringWriter();
        execute.Invoke(null, [new BuildEnvironment { Arguments = arguments, WorkingDirectory = root, Output = output }, Array.CreateInstance(execute.GetParameters()[1].ParameterType.GetElementType()!, 0)]);
        return output.ToString();
    }
}
