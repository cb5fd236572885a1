using Automation.Tests.SourceGenerators;
using Automation.Tests.Support;

namespace Automation.Tests.Injection;

/// <summary>The solution file <c>[Solution("…")]</c> names, as NUKE builds written on Windows name it.</summary>
public sealed class SolutionPathTests
{
    [Fact]
    public void A_path_with_backslashes_names_the_same_file_on_every_system()
    {
        using var repository = new TestRepository();
        repository.WriteFile("src/App.sln", SlnFile.Of(("Lib", "Lib/Lib.csproj", "lib")));

        var run = BuildHarness.Run<WindowsPathBuild>(new BuildOptions { Repository = repository }, "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"solution={Path.Combine(repository.Root, "src", "App.sln")}", run.Output, StringComparison.Ordinal);
    }

    private sealed class WindowsPathBuild : AutomationBuild
    {
        [Solution(@".\src\App.sln")] readonly Solution _solution = null!;

        public Target Show => _ => _.Executes(ctx => ctx.Info($"solution={_solution.Path}"));
    }
}
