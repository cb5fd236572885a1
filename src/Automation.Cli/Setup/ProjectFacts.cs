namespace Automation.Cli.Setup;

/// <summary>What MSBuild's evaluation says about one project of the solution.</summary>
/// <param name="Path">The project file.</param>
/// <param name="IsTestProject">Whether <c>dotnet test</c> runs it: <c>IsTestProject</c>, a Microsoft.NET.Test.Sdk reference, or MSTest.Sdk.</param>
/// <param name="IsPackable">Whether <c>dotnet pack</c> makes a package of it: packable, not a test, and a library or a tool.</param>
/// <param name="TargetFrameworks">Its target frameworks (one, or several when it multi-targets).</param>
/// <param name="CollectsCoverage">Whether it references coverlet.collector, the data collector behind <c>XPlat Code Coverage</c>.</param>
/// <param name="PackedWithSolution">Whether <c>dotnet pack</c> of the solution makes a package of it: <c>IsPackable</c> is
/// not false and it is not a test project (an app that is not a tool included, unlike <paramref name="IsPackable"/>).</param>
internal sealed record ProjectFacts(AbsolutePath Path, bool IsTestProject, bool IsPackable, IReadOnlyList<string> TargetFrameworks, bool CollectsCoverage, bool PackedWithSolution)
{
    /// <summary>Whether this test project holds integration tests: its name says so (<c>IntegrationTest</c> or <c>IntegrationTests</c>).</summary>
    public bool IsIntegrationTestProject => IsTestProject && System.IO.Path.GetFileNameWithoutExtension(Path.Name).Contains("IntegrationTest", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is a test project of unit tests: any test project that is not an integration test project.</summary>
    public bool IsUnitTestProject => IsTestProject && !IsIntegrationTestProject;
}
