namespace Automation.Tests.Ci;

/// <summary>Build classes carrying <see cref="TeamCityAttribute"/>s as NUKE's builds write them, for the TeamCity tests.</summary>
public static class TeamCitySamples
{
    /// <summary>Every trigger kind, non-entry and excluded targets, a secret and a variable.</summary>
    [TeamCity(
        Description = "Built by ./build.sh",
        VcsTriggeredTargets = ["test", "pack"],
        VcsTriggerBranchFilters = ["+:*", "-:gh-pages"],
        NightlyTriggeredTargets = ["test"],
        ManuallyTriggeredTargets = ["publish"],
        NonEntryTargets = ["restore"],
        ExcludedTargets = ["clean"],
        ImportSecrets = ["nuget-api-key"],
        ImportVariables = ["nuget-source"])]
    public sealed class Pipeline : ReleaseBuild;

    /// <summary>NUKE's own build's customisation: a subclass renaming each build type.</summary>
    [Prefixed(VcsTriggeredTargets = ["test"], NonEntryTargets = ["restore", "compile"], ExcludedTargets = ["clean"])]
    public sealed class Customised : ReleaseBuild;

    /// <summary>One platform only.</summary>
    [TeamCity(TeamCityAgentPlatform.Unix, VcsTriggeredTargets = ["compile"], NonEntryTargets = ["restore"])]
    public sealed class UnixOnly : ReleaseBuild;

    /// <summary>FanOut, which TeamCity does for every entry target already.</summary>
    [TeamCity(VcsTriggeredTargets = ["pack"], FanOut = ["compile"])]
    public sealed class FannedOut : ReleaseBuild;

    /// <summary>A subclass overriding <c>GetBuildTypes</c> as NUKE's own build does.</summary>
    public sealed class PrefixedAttribute : TeamCityAttribute
    {
        /// <inheritdoc />
        protected override IEnumerable<TeamCityBuildType> GetBuildTypes(
            ExecutableTarget executableTarget,
            TeamCityVcsRoot vcsRoot,
            LookupTable<ExecutableTarget, TeamCityBuildType> buildTypes,
            IReadOnlyCollection<ExecutableTarget> relevantTargets)
        {
            foreach (var buildType in base.GetBuildTypes(executableTarget, vcsRoot, buildTypes, relevantTargets))
            {
                buildType.Name = buildType.Partition == null ? $"🧪 {buildType.Name} ({relevantTargets.Count} targets)" : buildType.Name;
                yield return buildType;
            }
        }
    }

    /// <summary>A release build: restore, compile, test, pack, publish, and a clean no pipeline should run.</summary>
    public abstract class ReleaseBuild : AutomationBuild
    {
        [Parameter("NuGet API key"), Secret] internal readonly string? NuGetApiKey = null;
        [Parameter("NuGet source")] internal readonly string? NuGetSource = null;

        internal Target Clean => _ => _.Executes(() => { });

        internal Target Restore => _ => _.Executes(() => { });

        internal Target Compile => _ => _.DependsOn(Restore).After(Clean).Produces("artifacts/bin").Executes(() => { });

        internal Target Test => _ => _.DependsOn(Compile).Description("Runs the tests").Executes(() => { });

        internal Target Pack => _ => _.DependsOn(Compile, Clean).Produces("artifacts/packages").Executes(() => { });

        internal Target Publish => _ => _.DependsOn(Pack).Executes(() => Support.Trace.Record($"{NuGetApiKey?.Length} {NuGetSource}"));
    }
}
