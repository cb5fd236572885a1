namespace Automation.IntegrationTests.Support;

/// <summary>
/// The environment a child process gets: this process's, without what would change how a build behaves under test
/// (CI detection, colours, MSBuild variables set by <c>dotnet test</c>, <c>AUTOMATION_*</c> parameters), plus overrides.
/// </summary>
public static class ChildEnvironment
{
    private static readonly string[] CiMarkers =
        ["GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "TEAMCITY_VERSION", "JENKINS_URL", "APPVEYOR", "BITBUCKET_BUILD_NUMBER", "TRAVIS"];

    public static void Apply(IDictionary<string, string?> environment, IReadOnlyDictionary<string, string?>? overrides)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var scrubbed = environment.Keys
            .Where(k => CiMarkers.Contains(k, StringComparer.Ordinal)
                || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || k.StartsWith("AUTOMATION_", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var name in scrubbed)
        {
            environment.Remove(name);
        }

        environment["NO_COLOR"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                environment.Remove(name);
            }
            else
            {
                environment[name] = value;
            }
        }
    }
}
