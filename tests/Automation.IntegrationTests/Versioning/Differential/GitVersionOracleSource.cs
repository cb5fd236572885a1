using Automation.Differential.Oracle;

namespace Automation.IntegrationTests.Versioning.Differential;

/// <summary>
/// The real GitVersion, located (and restored when missing) once per test run: the attribute that decides whether a
/// test is skipped and the tests themselves need the same answer, and a restore takes seconds. A static lazy is the
/// one place both can reach; it is written once and never changes.
/// </summary>
public static class GitVersionOracleSource
{
    private static readonly Lazy<(GitVersionOracle? Oracle, string Problem)> Located = new(() =>
    {
        var oracle = GitVersionOracle.Locate(out var problem);
        return (oracle, problem);
    });

    public static GitVersionOracle? Oracle => Located.Value.Oracle;

    public static string Problem => Located.Value.Problem;

    public static GitVersionOracle Required => Oracle ?? throw new InvalidOperationException(Problem);
}
