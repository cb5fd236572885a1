using Automation.Ci;
using Automation.Ci.TeamCity;
using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation;

/// <summary>
/// Generates TeamCity's Kotlin DSL (NUKE's <c>[TeamCity]</c>): <c>.teamcity/settings.kts</c> with one build type per
/// entry target (VCS-triggered, nightly and manually triggered targets and their dependencies, except
/// <see cref="NonEntryTargets"/>, which run inside the build types that need them, and <see cref="ExcludedTargets"/>),
/// snapshot dependencies following the target graph, artifact dependencies for what targets
/// <see cref="ITargetDefinition.Produces"/>, triggers, and the imported secrets and variables as <c>env.</c> parameters;
/// and <c>.teamcity/pom.xml</c>, the Maven project TeamCity's DSL needs to be edited in an IDE.
/// <code>[TeamCity(VcsTriggeredTargets = ["test", "pack"], NonEntryTargets = ["restore", "compile"], ImportSecrets = ["nuget-api-key"])]</code>
/// </summary>
/// <remarks>
/// Customise build types as with NUKE: derive from this attribute and override <see cref="GetBuildTypes"/>. The DSL
/// compiles on a TeamCity server only (its libraries come from the server), so the file is checked there.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public class TeamCityAttribute : CiConfigurationAttribute
{
    /// <summary>A configuration whose build steps call <c>build.cmd</c> on Windows agents and <c>build.sh</c> elsewhere.</summary>
    public TeamCityAttribute()
    {
    }

    /// <summary>A configuration for agents of one platform.</summary>
    /// <param name="platform">The agents' platform.</param>
    public TeamCityAttribute(TeamCityAgentPlatform platform)
    {
        Platform = platform;
    }

    /// <summary>The agents' platform, or null for both (each step runs on its platform only).</summary>
    public TeamCityAgentPlatform? Platform { get; }

    /// <summary>The DSL version the server reads (<c>version = "…"</c>).</summary>
    public string Version { get; set; } = "2024.03";

    /// <summary>The project's description.</summary>
    public string? Description { get; set; }

    /// <summary>Whether each build starts from a clean checkout directory.</summary>
    public bool CleanCheckoutDirectory { get; set; } = true;

    /// <summary>Targets whose build types run on every push (VCS trigger).</summary>
    public string[] VcsTriggeredTargets { get; set; } = [];

    /// <summary>Branch filters of the VCS trigger (<c>+:*</c>, <c>-:gh-pages</c>); none: TeamCity's default branch.</summary>
    public string[] VcsTriggerBranchFilters { get; set; } = [];

    /// <summary>Trigger rules of the VCS trigger (<c>+:**</c>, <c>-:docs/**</c>).</summary>
    public string[] VcsTriggerRules { get; set; } = ["+:**"];

    /// <summary>Targets whose build types run every night (02:00, the server's time zone).</summary>
    public string[] NightlyTriggeredTargets { get; set; } = [];

    /// <summary>Branch filters of the nightly trigger.</summary>
    public string[] NightlyTriggerBranchFilters { get; set; } = [];

    /// <summary>Trigger rules of the nightly trigger.</summary>
    public string[] NightlyTriggerRules { get; set; } = ["+:**"];

    /// <summary>Whether the nightly build runs even without new changes.</summary>
    public bool NightlyBuildAlways { get; set; } = true;

    /// <summary>Targets whose build types run when started by hand (deployments).</summary>
    public string[] ManuallyTriggeredTargets { get; set; } = [];

    /// <summary>Targets that never get a build type of their own: they run inside the build types that need them.</summary>
    public string[] NonEntryTargets { get; set; } = [];

    /// <summary>Targets no build type runs: every build step passes them to <c>--skip</c>.</summary>
    public string[] ExcludedTargets { get; set; } = [];

    internal override string Display => "[TeamCity]";

    internal override string RelativePath => ".teamcity/settings.kts";

    internal override IReadOnlyList<string> EntryTargets =>
        [.. InvokedTargets.Concat(VcsTriggeredTargets).Concat(NightlyTriggeredTargets).Concat(ManuallyTriggeredTargets).Distinct(StringComparer.Ordinal)];

    internal override IReadOnlyList<string> FanOutTargets(IReadOnlyList<ExecutableTarget> plan)
    {
        if (FanOut.Length > 0)
        {
            throw new UsageException($"{Display} gives every target a build type of its own already: remove FanOut, and name the targets that should not have one in NonEntryTargets.");
        }

        return [.. plan.Where(t => !NonEntryTargets.Any(n => Naming.Matches(n, t.Name)) && !ExcludedTargets.Any(n => Naming.Matches(n, t.Name))).Select(t => t.Name)];
    }

    internal override YamlMap Render(CiPipeline pipeline) => throw new NotSupportedException("TeamCity's configuration is Kotlin, not YAML.");

    internal override IEnumerable<(string Path, string Content)> RenderFiles(CiPipeline pipeline, IReadOnlyList<string> header) =>
        [(".teamcity/pom.xml", TeamCityPom.Content), (RelativePath, new TeamCitySettingsWriter(this, pipeline).Write(header))];

    /// <summary>Asks <see cref="GetBuildTypes"/> for the build types of one entry target.</summary>
    internal IEnumerable<TeamCityBuildType> RequestBuildTypes(ExecutableTarget target, TeamCityVcsRoot root, LookupTable<ExecutableTarget, TeamCityBuildType> buildTypes, IReadOnlyCollection<ExecutableTarget> relevantTargets, TeamCityBuildType standard)
    {
        _standard = standard;
        try
        {
            return [.. GetBuildTypes(target, root, buildTypes, relevantTargets)];
        }
        finally
        {
            _standard = null;
        }
    }

    // Set while the generator asks for one target's build types, so the default GetBuildTypes returns it.
    private TeamCityBuildType? _standard;

    /// <summary>
    /// The build types written for <paramref name="executableTarget"/>: by default one, running it (and its non-entry
    /// dependencies). Override it to rename or describe them, as NUKE's own build does.
    /// </summary>
    /// <param name="executableTarget">The entry target.</param>
    /// <param name="vcsRoot">The repository the build types check out.</param>
    /// <param name="buildTypes">The build types written so far, by target.</param>
    /// <param name="relevantTargets">The targets of the configuration, in order.</param>
    /// <returns>The build types to write.</returns>
    protected virtual IEnumerable<TeamCityBuildType> GetBuildTypes(
        ExecutableTarget executableTarget,
        TeamCityVcsRoot vcsRoot,
        LookupTable<ExecutableTarget, TeamCityBuildType> buildTypes,
        IReadOnlyCollection<ExecutableTarget> relevantTargets)
    {
        yield return _standard ?? throw new InvalidOperationException("GetBuildTypes is called by the CI generator (./build.sh --generate-ci) only.");
    }
}
