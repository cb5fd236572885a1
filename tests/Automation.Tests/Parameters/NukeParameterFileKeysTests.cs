using Automation.Tests.SourceGenerators;
using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>
/// The file NUKE's setup writes, <c>{ "$schema": "./build.schema.json", "Solution": "…" }</c>, in a ported build:
/// <c>Solution</c> names the solution of a <c>[Solution]</c> member without a path, and neither key warns, whatever the
/// build's members (NUKE never warned about them). Keys nobody reads still warn.
/// </summary>
public sealed class NukeParameterFileKeysTests : IDisposable
{
    private const string NukeSetupFile = """{ "$schema": "./build.schema.json", "Solution": "src/App.sln" }""";

    private readonly TestRepository _repository = new();

    public NukeParameterFileKeysTests() => _repository.WriteFile("src/App.sln", SlnFile.Of(("Lib", "Lib/Lib.csproj", "lib")));

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_solution_member_without_a_path_reads_the_solution_key_without_a_warning()
    {
        _repository.WriteFile(".nuke/parameters.json", NukeSetupFile);

        var run = BuildHarness.Run<UnpathedBuild>(new BuildOptions { Repository = _repository }, "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"solution={Path.Combine(_repository.Root, "src", "App.sln")}", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_setup_keys_do_not_warn_when_the_solution_member_has_a_path()
    {
        _repository.WriteFile(".nuke/parameters.json", NukeSetupFile);

        var run = BuildHarness.Run<PathedBuild>(new BuildOptions { Repository = _repository }, "show");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_setup_keys_do_not_warn_in_a_build_without_a_solution_but_unknown_keys_still_do()
    {
        _repository.WriteFile(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "Solution": "src/App.sln", "Configuraton": "Release" }""");

        var run = BuildHarness.Run<NoSolutionBuild>(new BuildOptions { Repository = _repository }, "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(".nuke/parameters.json: 'Configuraton' is not a parameter of this build.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'Solution'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("$schema", run.Output, StringComparison.Ordinal);
    }

    private sealed class UnpathedBuild : AutomationBuild
    {
        [Solution] readonly Solution Solution = null!;

        public Target Show => _ => _.Executes(ctx => ctx.Info($"solution={Solution.Path}"));
    }

    private sealed class PathedBuild : AutomationBuild
    {
        [Solution("src/App.sln")] readonly Solution _solution = null!;

        public Target Show => _ => _.Executes(ctx => ctx.Info($"solution={_solution.Path}"));
    }

    private sealed class NoSolutionBuild : AutomationBuild
    {
        [Parameter] readonly string Configuration = "Debug";

        public Target Show => _ => _.Executes(ctx => ctx.Info($"configuration={Configuration}"));
    }
}
