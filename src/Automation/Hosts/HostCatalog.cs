using Automation.Core;
using Automation.Output;

namespace Automation.Hosts;

/// <summary>The known hosts, how each is detected from its own environment variables, and how to create one.</summary>
internal static class HostCatalog
{
    private sealed record Entry(string Name, Func<IReadOnlyDictionary<string, string>, bool> IsActive, Func<HostOptions, OutputHost> Create);

    private static readonly Entry[] Entries =
    [
        new("github-actions", env => Is(env, "GITHUB_ACTIONS", "true"), o => new GitHubActionsHost(o)),
        new("azure-pipelines", env => Is(env, "TF_BUILD", "true"), o => new AzurePipelinesHost(o)),
        new("gitlab", env => Is(env, "GITLAB_CI", "true"), o => new GitLabHost(o)),
        new("teamcity", env => Has(env, "TEAMCITY_VERSION"), o => new TeamCityHost(o)),
        new("jenkins", env => Has(env, "JENKINS_URL"), o => new PlainCiHost("jenkins", o)),
        new("appveyor", env => Is(env, "APPVEYOR", "true"), o => new PlainCiHost("appveyor", o)),
        new("bitbucket", env => Has(env, "BITBUCKET_BUILD_NUMBER"), o => new PlainCiHost("bitbucket", o)),
        new("travis", env => Is(env, "TRAVIS", "true"), o => new TravisHost(o)),
        new("terminal", _ => true, o => new TerminalHost(o)),
    ];

    public static IEnumerable<string> Names => Entries.Select(e => e.Name);

    /// <summary>The name of the host this environment belongs to; <c>terminal</c> when no CI system is recognized.</summary>
    public static string Detect(IReadOnlyDictionary<string, string> environment) => Array.Find(Entries, e => e.IsActive(environment))!.Name;

    /// <summary>Whether this is a CI agent: a recognized CI system, or the conventional <c>CI</c> variable.</summary>
    public static bool IsServerBuild(IReadOnlyDictionary<string, string> environment) =>
        Detect(environment) != "terminal" || (environment.TryGetValue("CI", out var ci) && ci.Length > 0 && !ci.Equals("false", StringComparison.OrdinalIgnoreCase));

    /// <summary>Creates the host named by <c>--host</c> (matching ignores case and dashes), or the detected one.</summary>
    public static OutputHost Create(string? forcedName, IReadOnlyDictionary<string, string> environment, HostOptions options)
    {
        var name = forcedName ?? Detect(environment);
        var entry = Array.Find(Entries, e => Naming.Matches(e.Name, name))
            ?? throw new UsageException($"Unknown host '{name}'.{Suggestions.DidYouMean(name, Names)} Known hosts: {string.Join(", ", Names)}.");
        return entry.Create(options);
    }

    private static bool Is(IReadOnlyDictionary<string, string> env, string name, string value) =>
        env.TryGetValue(name, out var actual) && actual.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static bool Has(IReadOnlyDictionary<string, string> env, string name) =>
        env.TryGetValue(name, out var actual) && actual.Length > 0;
}
