using Automation;

/// <summary>This repository's own build: restore, compile, unit and integration tests, on a laptop and on CI alike.</summary>
class Build : AutomationBuild
{
    public static int Main(string[] args) => Execute<Build>(args, x => x.Test);

    [Parameter("Configuration to build")]
    readonly Configuration Configuration = IsLocalBuild ? Configuration.Debug : Configuration.Release;

    AbsolutePath Solution => RootDirectory / "Automation.sln";

    AbsolutePath TestResultsDirectory => RootDirectory / "artifacts" / "test-results";

    Target Clean => _ => _
        .Description("Remove bin/, obj/ and artifacts/")
        .Before(Restore)
        .Executes(ctx =>
        {
            foreach (var directory in new[] { "src", "tests", "build" }.SelectMany(d => OutputDirectories(RootDirectory / d)))
            {
                ctx.Info($"Deleting {directory.RelativeTo(RootDirectory)}");
                if (!ctx.IsDryRun)
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
        });

    Target Restore => _ => _
        .Description("Restore NuGet packages")
        .Executes(ctx => ctx.DotNetRestore(s => s with { Project = Solution, NoLogo = true }));

    Target Compile => _ => _
        .Description("Build the solution")
        .DependsOn(Restore)
        .Executes(ctx => ctx.DotNetBuild(s => s with
        {
            Project = Solution,
            Configuration = Configuration.ToString(),
            NoRestore = true,
            NoLogo = true,
            ExtraArguments = ["-clp:NoSummary"],
        }));

    Target UnitTest => _ => _
        .Description("Run the unit tests")
        .DependsOn(Compile)
        .ProceedAfterFailure()
        .Executes(ctx => TestRun.Execute(ctx, RootDirectory / "tests" / "Automation.Tests", TestResultsDirectory, Configuration.ToString()));

    Target IntegrationTest => _ => _
        .Description("Run the integration tests (real git, dotnet and processes)")
        .DependsOn(Compile)
        .After(UnitTest)
        .Executes(ctx => TestRun.Execute(ctx, RootDirectory / "tests" / "Automation.IntegrationTests", TestResultsDirectory, Configuration.ToString()));

    Target Test => _ => _
        .Description("Run all tests")
        .DependsOn(UnitTest, IntegrationTest);

    static IEnumerable<AbsolutePath> OutputDirectories(AbsolutePath parent) =>
        parent.DirectoryExists()
            ? Directory.EnumerateDirectories(parent, "*", SearchOption.AllDirectories)
                .Where(d => Path.GetFileName(d) is "bin" or "obj")
                .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(AbsolutePath.Create)
                .ToList()
            : [];
}
