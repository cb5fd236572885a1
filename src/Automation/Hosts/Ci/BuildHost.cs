using System.Collections;
using System.Globalization;
using Automation.Hosts;

namespace Automation;

/// <summary>
/// The CI system a build runs on, with what it tells the build through its environment variables (NUKE's <c>Host</c>):
/// <c>Host is GitHubActions</c>, <c>GitHubActions.Instance.RunNumber</c>. <see cref="Instance"/> is the one of this
/// process: a <see cref="GitHubActions"/>, <see cref="AzurePipelines"/>, <see cref="GitLab"/>, <see cref="TeamCity"/> or
/// <see cref="AppVeyor"/>; a <see cref="Terminal"/> on a developer's machine; null on a CI system the engine has no
/// object for (and where only the <c>CI</c> variable tells it is one). It derives from <see cref="Host"/>, NUKE's name
/// for it, so code written against either name compiles.
/// </summary>
public abstract class BuildHost : Host
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    private protected BuildHost(IReadOnlyDictionary<string, string> environment) => _environment = environment;

    /// <summary>The CI system this process runs on, read from its environment variables, or the <see cref="Terminal"/>; null on an unknown CI system.</summary>
    public static BuildHost? Instance => From(ProcessVariables());

    /// <summary>The host object for <paramref name="environment"/>; null on an unknown CI system.</summary>
    internal static BuildHost? From(IReadOnlyDictionary<string, string> environment) => HostCatalog.Detect(environment) switch
    {
        "github-actions" => new GitHubActions(environment),
        "azure-pipelines" => new AzurePipelines(environment),
        "gitlab" => new GitLab(environment),
        "teamcity" => new TeamCity(environment),
        "appveyor" => new AppVeyor(environment),
        "terminal" when !HostCatalog.IsServerBuild(environment) => new Terminal(environment),
        _ => null,
    };

    /// <summary>A variable of the host, or null when it is not set.</summary>
    private protected string? Variable(string name) => _environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>A variable of the build's environment, or null when unset or empty (for the engine's own tasks).</summary>
    internal string? EnvironmentVariable(string name) => Variable(name);

    /// <summary>A variable of the host, or the empty string when it is not set (NUKE's members are not nullable).</summary>
    private protected string Text(string name) => Variable(name) ?? string.Empty;

    /// <summary>A numeric variable of the host; 0 when it is not set or not a number.</summary>
    private protected long Number(string name) =>
        long.TryParse(Variable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>A true/false variable of the host (<c>true</c>, <c>True</c>, <c>1</c>).</summary>
    private protected bool Flag(string name) => Variable(name) is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    internal static IReadOnlyDictionary<string, string> ProcessVariables()
    {
        var variables = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return variables;
    }
}
