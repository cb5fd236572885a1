using System.Diagnostics;
using Automation.Differential.Comparison;
using Automation.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Automation.IntegrationTests.Versioning.Differential;

/// <summary>
/// Our engine against the real GitVersion 6.8.2 on a fixed set of generated histories: every variable of GitVersion's
/// JSON must agree, but for the deliberate differences (<see cref="DeliberateDifferences"/>). Seeds 1..200 are a few
/// hundred engine runs, about a minute and a half on 2 idle cores (GitVersion's start-up is most of it); on CI a
/// fifth of them (<see cref="DifferentialSeeds"/>).
/// </summary>
[CiSeconds(40)]
public sealed class GitVersionDifferentialTests(ITestOutputHelper output)
{
    [GitVersionFact]
    public async Task Every_variable_agrees_with_GitVersion_on_seeded_histories_but_the_deliberate_differences()
    {
        var clock = Stopwatch.StartNew();
        var cases = await DifferentialRun.RunAsync(GitVersionOracleSource.Required, DifferentialSeeds.ForThisRun, Environment.ProcessorCount);
        output.WriteLine(AgreementReport.Write(cases, clock.Elapsed));

        var unexplained = cases.Where(result => result.Unexplained.Any()).ToList();
        Assert.True(
            unexplained.Count == 0,
            $"{unexplained.Count} of {cases.Count} histories differ from GitVersion 6.8.2 (fix ours, or list the difference in "
            + "DeliberateDifferences and docs/versioning.md):\n"
            + string.Concat(unexplained.Select(result => $"  seed {result.History.Seed}, {result.History.Describe()}: FullSemVer ours {result.Ours["FullSemVer"] ?? result.Ours.Error}, GitVersion {result.Theirs["FullSemVer"] ?? result.Theirs.Error}\n"))
            + "\n" + string.Join("\n", unexplained.Take(3).Select(result => result.Describe())));
    }
}
