using Automation.Tools;

namespace Automation;

/// <summary><c>dotnet-sonarscanner begin</c>: starts a SonarQube/SonarCloud analysis around a build.</summary>
public sealed record SonarScannerBeginSettings : ToolSettings
{
    /// <summary>The project's key: <c>/k:</c>. Required.</summary>
    public string? ProjectKey { get; init; }

    /// <summary>The project's name: <c>/n:</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The analysed version: <c>/v:</c>.</summary>
    public string? Version { get; init; }

    /// <summary>The SonarCloud organization: <c>/o:</c>.</summary>
    public string? Organization { get; init; }

    /// <summary>The server: <c>/d:sonar.host.url=</c>.</summary>
    public string? Server { get; init; }

    /// <summary>The token: <c>/d:sonar.token=</c>.</summary>
    public string? Token { get; init; }

    /// <summary>The login (older servers): <c>/d:sonar.login=</c>.</summary>
    public string? Login { get; init; }

    /// <summary>OpenCover reports: <c>/d:sonar.cs.opencover.reportsPaths=</c>, comma-separated.</summary>
    public IReadOnlyList<string> OpenCoverPaths { get; init; } = [];

    /// <summary>dotCover HTML reports: <c>/d:sonar.cs.dotcover.reportsPaths=</c>, comma-separated.</summary>
    public IReadOnlyList<string> DotCoverPaths { get; init; } = [];

    /// <summary>VSTest result files: <c>/d:sonar.cs.vstest.reportsPaths=</c>, comma-separated.</summary>
    public IReadOnlyList<string> VSTestReports { get; init; } = [];

    /// <summary>Source files left out: <c>/d:sonar.exclusions=</c>, comma-separated.</summary>
    public IReadOnlyList<string> SourceExclusions { get; init; } = [];

    /// <summary>Files left out of coverage: <c>/d:sonar.coverage.exclusions=</c>, comma-separated.</summary>
    public IReadOnlyList<string> CoverageExclusions { get; init; } = [];

    /// <summary>The branch analysed: <c>/d:sonar.branch.name=</c>.</summary>
    public string? BranchName { get; init; }

    /// <summary>The pull request analysed: <c>/d:sonar.pullrequest.key=</c>.</summary>
    public string? PullRequestKey { get; init; }

    /// <summary>The pull request's branch, with the changes to merge: <c>/d:sonar.pullrequest.branch=</c>.</summary>
    public string? PullRequestBranch { get; init; }

    /// <summary>The branch the pull request merges into: <c>/d:sonar.pullrequest.base=</c>.</summary>
    public string? PullRequestBase { get; init; }

    /// <summary>Wait for the quality gate at the end: <c>/d:sonar.qualitygate.wait=</c>.</summary>
    public bool? QualityGateWait { get; init; }

    /// <summary>Verbose output: <c>/d:sonar.verbose=</c>.</summary>
    public bool? Verbose { get; init; }

    /// <summary>Other analysis properties: <c>/d:key=value</c>.</summary>
    public IReadOnlyDictionary<string, string> AdditionalParameters { get; init; } = new Dictionary<string, string>();

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add("begin").Joined("/k:", ProjectKey ?? throw new InvalidOperationException("SonarScannerBegin needs the project's key: SetProjectKey(key)."))
            .Joined("/n:", Name).Joined("/v:", Version).Joined("/o:", Organization).Joined("/d:sonar.host.url=", Server)
            .Joined("/d:sonar.token=", Token).Joined("/d:sonar.login=", Login)
            .Joined("/d:sonar.cs.opencover.reportsPaths=", Joined(OpenCoverPaths)).Joined("/d:sonar.cs.dotcover.reportsPaths=", Joined(DotCoverPaths))
            .Joined("/d:sonar.cs.vstest.reportsPaths=", Joined(VSTestReports)).Joined("/d:sonar.exclusions=", Joined(SourceExclusions))
            .Joined("/d:sonar.coverage.exclusions=", Joined(CoverageExclusions)).Joined("/d:sonar.branch.name=", BranchName)
            .Joined("/d:sonar.pullrequest.key=", PullRequestKey).Joined("/d:sonar.pullrequest.branch=", PullRequestBranch)
            .Joined("/d:sonar.pullrequest.base=", PullRequestBase).Joined("/d:sonar.qualitygate.wait=", QualityGateWait).Joined("/d:sonar.verbose=", Verbose);
        foreach (var (key, value) in AdditionalParameters)
        {
            arguments.Add($"/d:{key}={value}");
        }
    }

    private static string? Joined(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(',', values);
}
