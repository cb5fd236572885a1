using System.Text;
using Automation.Core;
using static Automation.Ci.TeamCity.KotlinText;

namespace Automation.Ci.TeamCity;

/// <summary>
/// Writes <c>.teamcity/settings.kts</c>: the project with its parameters, then one <c>BuildType</c> object per build
/// type, each after the build types it depends on (Kotlin objects may refer to later ones, but the order reads best).
/// </summary>
internal sealed class TeamCitySettingsWriter(TeamCityAttribute attribute, CiPipeline pipeline)
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public string Write(IReadOnlyList<string> header)
    {
        var buildTypes = BuildTypes();
        foreach (var line in header)
        {
            _text.Append(line.Length == 0 ? "//" : "// " + line).Append('\n');
        }

        _text.Append('\n');
        Line("import jetbrains.buildServer.configs.kotlin.*");
        Line("import jetbrains.buildServer.configs.kotlin.buildSteps.exec");
        Line("import jetbrains.buildServer.configs.kotlin.triggers.finishBuildTrigger");
        Line("import jetbrains.buildServer.configs.kotlin.triggers.schedule");
        Line("import jetbrains.buildServer.configs.kotlin.triggers.vcs");
        Line();
        Line($"version = {Quote(attribute.Version)}");
        Line();
        Block("project", () =>
        {
            if (attribute.Description is { } description)
            {
                Line($"description = {Quote(description)}");
                Line();
            }

            foreach (var id in buildTypes.SelectMany(b => Parts(b).Select(part => part.Id).Append(b.Id)))
            {
                Line($"buildType({id})");
            }

            Line();
            Block("params", () =>
            {
                // Values are set on the server (a password's as a credentialsJSON token): the file never holds one.
                foreach (var secret in pipeline.Secrets)
                {
                    Line($"password({Quote("env." + secret.EnvironmentName)}, \"\", label = {Quote(secret.ParameterName)}, display = ParameterDisplay.HIDDEN)");
                }

                foreach (var variable in pipeline.Variables)
                {
                    Line($"text({Quote("env." + variable.EnvironmentName)}, \"\", label = {Quote(variable.ParameterName)}, display = ParameterDisplay.NORMAL, allowEmpty = true)");
                }

                // Every other parameter, as NUKE's configuration offers them on the run dialog. Empty, so the build's own
                // default applies (a default computed here would be this machine's, e.g. Debug for a local build).
                var written = pipeline.Secrets.Select(s => s.EnvironmentName).Concat(pipeline.Variables.Select(v => v.EnvironmentName)).ToHashSet(StringComparer.Ordinal);
                foreach (var parameter in pipeline.Parameters.Where(p => !p.IsSecret && written.Add(p.EnvironmentName)))
                {
                    var description = parameter.Description is { Length: > 0 } text ? $", description = {Quote(text)}" : string.Empty;
                    Line($"text({Quote("env." + parameter.EnvironmentName)}, \"\", label = {Quote(parameter.Name)}{description}, display = ParameterDisplay.NORMAL, allowEmpty = true)");
                }

                Line("param(\"teamcity.runner.commandline.stdstreams.encoding\", \"UTF-8\")");
            });
        });

        foreach (var buildType in buildTypes)
        {
            Line();
            WriteBuildType(buildType, buildTypes);
        }

        return _text.ToString();
    }

    private List<TeamCityBuildType> BuildTypes()
    {
        var graph = pipeline.Graph ?? throw new InvalidOperationException("The pipeline has no target graph.");
        var root = new TeamCityVcsRoot();
        var lookup = new LookupTable<ExecutableTarget, TeamCityBuildType>();
        var relevant = pipeline.Jobs.SelectMany(pipeline.RelevantTargets).Distinct().ToList();
        var result = new List<TeamCityBuildType>();
        foreach (var job in pipeline.Jobs)
        {
            var target = graph.Find(job.Targets[^1]);
            var standard = new TeamCityBuildType(job, Identifier(job.Id))
            {
                Description = target.Definition.DescriptionText,
                IsDeployment = Listed(attribute.ManuallyTriggeredTargets, target),
            };
            foreach (var buildType in attribute.RequestBuildTypes(target, root, lookup, relevant, standard))
            {
                if (result.Exists(b => b.Id == buildType.Id))
                {
                    throw new UsageException($"{attribute.GetType().Name}.GetBuildTypes returned build type '{buildType.Id}' twice. Return each build type once.");
                }

                lookup.Add(target, buildType);
                result.Add(buildType);
            }
        }

        return result;
    }

    // A target split with .Partition(n) gets a build type per part, each run with --partition i/n (as NUKE's TeamCity
    // configuration), and its own build type becomes a composite of them: the one triggers start and people run.
    private static IEnumerable<(string Id, string Name, int Part)> Parts(TeamCityBuildType buildType) =>
        buildType.Job.Partitions is { } total
            ? Enumerable.Range(1, total).Select(part => ($"{buildType.Id}_P{part}T{total}", $"{buildType.Name} {part}/{total}", part))
            : [];

    private void WriteBuildType(TeamCityBuildType buildType, List<TeamCityBuildType> all)
    {
        var parts = Parts(buildType).ToList();
        if (parts.Count == 0)
        {
            WriteRunning(buildType, buildType.Id, buildType.Name, string.Empty, all, triggered: true);
            return;
        }

        foreach (var (id, name, part) in parts)
        {
            WriteRunning(buildType, id, name, buildType.Job.PartitionArgument(part.ToString(System.Globalization.CultureInfo.InvariantCulture)), all, triggered: false);
            Line();
        }

        Line($"object {buildType.Id} : BuildType({{");
        _indent++;
        Line($"name = {Quote(buildType.Name)}");
        if (buildType.Description is { Length: > 0 } description)
        {
            Line($"description = {Quote(description)}");
        }

        Line("type = Type.COMPOSITE");
        Block("vcs", () =>
        {
            Line("root(DslContext.settingsRoot)");
            Line("showDependenciesChanges = true");
        });
        Block("params", () => Line($"param(\"teamcity.ui.runButton.caption\", {Quote(buildType.Name)})"));
        WriteTriggers(buildType.Job.Targets[^1], all);
        Block("dependencies", () =>
        {
            foreach (var (id, _, _) in parts)
            {
                Snapshot(id);
            }
        });
        _indent--;
        Line("})");
    }

    private void WriteRunning(TeamCityBuildType buildType, string id, string name, string partition, List<TeamCityBuildType> all, bool triggered)
    {
        var job = buildType.Job;
        var target = job.Targets[^1];
        Line($"object {id} : BuildType({{");
        _indent++;
        Line($"name = {Quote(name)}");
        if (buildType.Description is { Length: > 0 } description)
        {
            Line($"description = {Quote(description)}");
        }

        if (buildType.IsDeployment)
        {
            Line("type = Type.DEPLOYMENT");
        }

        Block("vcs", () =>
        {
            Line("root(DslContext.settingsRoot)");
            Line($"cleanCheckout = {(attribute.CleanCheckoutDirectory ? "true" : "false")}");
        });
        if (buildType.ArtifactRules.Length > 0)
        {
            Line($"artifactRules = {Quote(string.Join('\n', buildType.ArtifactRules))}");
        }

        var skipped = job.Skipped.Concat(attribute.ExcludedTargets.Select(e => pipeline.Graph!.Find(e).Name)).Distinct(StringComparer.Ordinal).ToList();
        var arguments = (job with { Skipped = skipped }).Arguments + partition;
        Block("steps", () =>
        {
            if (attribute.Platform is null or TeamCityAgentPlatform.Windows)
            {
                Step(buildType, "build.cmd", arguments, attribute.Platform is null ? "contains" : null);
            }

            if (attribute.Platform is null or TeamCityAgentPlatform.Unix)
            {
                Step(buildType, "build.sh", arguments, attribute.Platform is null ? "doesNotContain" : null);
            }
        });
        Block("params", () => Line($"param(\"teamcity.ui.runButton.caption\", {Quote(name)})"));
        if (triggered)
        {
            WriteTriggers(target, all);
        }

        WriteDependencies(job, all);
        _indent--;
        Line("})");
    }

    private void Step(TeamCityBuildType buildType, string script, string arguments, string? windowsCondition) => Block("exec", () =>
    {
        Line($"name = {Quote(buildType.Job.Title)}");
        Line($"path = {Quote(script)}");
        Line($"arguments = {Quote(arguments)}");
        if (windowsCondition is not null)
        {
            Block("conditions", () => Line($"{windowsCondition}(\"teamcity.agent.jvm.os.name\", \"Windows\")"));
        }
    });

    private void WriteTriggers(string target, List<TeamCityBuildType> all)
    {
        var executable = pipeline.Graph!.Find(target);
        var vcs = Listed(attribute.VcsTriggeredTargets, executable);
        var nightly = Listed(attribute.NightlyTriggeredTargets, executable);

        // A target another one triggers (Triggers/TriggeredBy) starts when that one's build type finishes successfully.
        var finishes = executable.TriggeredBy.Select(trigger => all.Find(b => b.Job.Targets[^1] == trigger.Name)).OfType<TeamCityBuildType>().Select(b => b.Id).Distinct(StringComparer.Ordinal).ToList();
        if (!vcs && !nightly && finishes.Count == 0)
        {
            return;
        }

        Block("triggers", () =>
        {
            foreach (var id in finishes)
            {
                Block("finishBuildTrigger", () =>
                {
                    Line($"buildType = \"${{{id}.id}}\"");
                    Line("successfulOnly = true");
                });
            }

            if (vcs)
            {
                Block("vcs", () => Filters(attribute.VcsTriggerRules, attribute.VcsTriggerBranchFilters));
            }

            if (nightly)
            {
                Block("schedule", () =>
                {
                    Line("schedulingPolicy = daily { hour = 2 }");
                    Filters(attribute.NightlyTriggerRules, attribute.NightlyTriggerBranchFilters);
                    Line($"triggerBuild = {(attribute.NightlyBuildAlways ? "always()" : "onWatchedBuildChange()")}");
                    Line($"withPendingChangesOnly = {(attribute.NightlyBuildAlways ? "false" : "true")}");
                    Line("enableQueueOptimization = true");
                });
            }
        });
    }

    private void Filters(string[] rules, string[] branches)
    {
        if (rules.Length > 0)
        {
            Line($"triggerRules = {Quote(string.Join('\n', rules))}");
        }

        if (branches.Length > 0)
        {
            Line($"branchFilter = {Quote(string.Join('\n', branches))}");
        }
    }

    private void WriteDependencies(CiJob job, List<TeamCityBuildType> all)
    {
        var needs = pipeline.Jobs.Select(j => j.Id).Where(id => job.Needs.Contains(id) || job.DownloadsFrom.Contains(id)).ToList();
        if (needs.Count == 0)
        {
            return;
        }

        Block("dependencies", () =>
        {
            foreach (var id in needs)
            {
                // A split dependency: every part, whose results all arrive in the one folder.
                var buildType = all.First(b => b.Job.Id == id);
                var rules = job.Downloads.Where(d => d.JobId == id).Select(d => $"{d.Artifact.Path} => {d.Artifact.Path}").ToList();
                foreach (var dependency in buildType.Job.Partitions is null ? [buildType.Id] : Parts(buildType).Select(part => part.Id))
                {
                    Snapshot(dependency);
                    if (rules.Count > 0)
                    {
                        Block($"artifacts({dependency})", () => Line($"artifactRules = {Quote(string.Join('\n', rules))}"));
                    }
                }
            }
        });
    }

    private void Snapshot(string dependency) => Block($"snapshot({dependency})", () =>
    {
        Line("onDependencyFailure = FailureAction.FAIL_TO_START");
        Line("onDependencyCancel = FailureAction.CANCEL");
    });

    private static bool Listed(string[] names, ExecutableTarget target) => names.Any(n => Naming.Matches(n, target.Name));

    private void Block(string head, Action body)
    {
        Line(head + " {");
        _indent++;
        body();
        _indent--;
        Line("}");
    }

    private void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(text);
        }

        _text.Append('\n');
    }
}
