using Automation.Core;
using Automation.Planning;
using Automation.Targets;

namespace Automation.Ci;

/// <summary>
/// Splits the plan of the invoked targets into jobs (<see cref="CiConfigurationAttribute.FanOut"/>). Each fan-out
/// target gets a job; the invoked targets that are not fanned out share a last one. A job needs the jobs of the fan-out
/// targets upstream of its targets (through <c>DependsOn</c> and triggers; <c>After</c>/<c>Before</c> only order
/// targets within one run), so the job graph follows the target graph and has no cycle. Every job starts on a fresh
/// agent: it skips an upstream fan-out target only when it downloads what that target produces, and reruns any other
/// dependency it has.
/// </summary>
internal sealed class CiJobPlanner(CiConfigurationAttribute attribute, TargetGraph graph, IReadOnlyList<ExecutableTarget> invoked)
{
    public IReadOnlyList<CiJob> Plan(IReadOnlyList<CiArtifact> published)
    {
        var plan = ExecutionPlanner.Plan(graph, invoked, isDefault: false).Targets.Select(p => p.Target).ToList();
        var fanOutNames = attribute.FanOutTargets(plan);
        if (fanOutNames.Count == 0)
        {
            var single = new CiJob(JobId(invoked), invoked.Select(t => t.Name).ToList(), [], [], [], published);
            single = single with { Uploads = [.. published, .. PublishedProducts(single, published)] };
            RequireUniqueArtifactNames([single]);
            return [Partitioned(single)];
        }

        var fanOut = FanOutTargets(fanOutNames, plan);

        var owned = fanOut.Select(target => (Id: JobId([target]), Targets: (IReadOnlyList<ExecutableTarget>)[target])).ToList();
        var rest = invoked.Where(t => !fanOut.Contains(t)).ToList();
        if (rest.Count > 0)
        {
            var id = JobId(rest);
            if (owned.Exists(o => o.Id == id))
            {
                throw new UsageException($"{attribute.Display}: the job of the invoked targets ({string.Join(", ", rest.Select(t => t.Name))}) would have the id '{id}' of a fan-out job. Invoke the targets in another order.");
            }

            owned.Add((id, rest));
        }

        var scheduled = plan.ToHashSet();
        RequireFannedOutTriggers(fanOut, scheduled);
        var jobs = owned.Select(o => Job(o.Id, o.Targets, fanOut, scheduled)).ToList();
        var sinks = jobs.Where(job => !jobs.Exists(other => other.Needs.Contains(job.Id))).ToList();
        var result = jobs.Select(job => sinks.Contains(job)
            ? job with { Uploads = [.. job.Uploads, .. published.Concat(PublishedProducts(job, published)).Select(a => sinks.Count > 1 ? a with { Name = $"{a.Name}-{job.Id}" } : a)] }
            : job).ToList();
        RequireUniqueArtifactNames(result);
        return [.. result.Select(Partitioned)];
    }

    // A target split with .Partition(n) runs as n copies of its job, each given its part with --partition i/n (as NUKE's
    // Azure Pipelines and TeamCity configurations do). Only a job of its own can be copied: its other targets would run n times.
    private CiJob Partitioned(CiJob job)
    {
        var split = job.Targets.Select(graph.Find).FirstOrDefault(t => t.PartitionSize > 1);
        if (split is null || !attribute.RunsPartitions)
        {
            return job;
        }

        if (job.Targets.Count > 1)
        {
            throw new UsageException(
                $"{attribute.Display}: '{split.Name}' is split into {split.PartitionSize} parts (.Partition({split.PartitionSize})), but its job '{job.Id}' also runs {string.Join(", ", job.Targets.Where(t => t != split.Name))}. " +
                $"Add '{split.Name}' to FanOut, so its parts run as parallel jobs of their own.");
        }

        return job with { Partitions = split.PartitionSize };
    }

    // PublishArtifacts: what the job's own targets produce (not what it downloads), unless uploaded already.
    private List<CiArtifact> PublishedProducts(CiJob job, IReadOnlyList<CiArtifact> published)
    {
        if (!attribute.PublishArtifacts)
        {
            return [];
        }

        var uploaded = job.Uploads.Concat(published).Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        var targets = job.Targets.Select(graph.Find).ToList();
        return [.. ExecutionPlanner.Plan(graph, targets, isDefault: false).Targets.Select(p => p.Target)
            .Where(t => !job.Skipped.Contains(t.Name))
            .SelectMany(t => t.Definition.ProducedFolders)
            .Distinct(StringComparer.Ordinal)
            .Where(uploaded.Add)
            .Select(CiArtifact.Published)];
    }

    /// <summary>
    /// The job id of several targets: their names joined with dashes (<c>test-pack</c>). A namespace's dot becomes a
    /// dash too (<c>docs.build</c> is the job <c>docs-build</c>): CI systems allow only letters, digits, '-' and '_' in ids.
    /// </summary>
    public static string JobId(IEnumerable<ExecutableTarget> targets) => string.Join('-', targets.Select(t => t.Name.Replace('.', '-')));

    private List<ExecutableTarget> FanOutTargets(IReadOnlyList<string> names, List<ExecutableTarget> plan)
    {
        var fanOut = names.Select(graph.Find).Distinct().ToList();
        if (fanOut.Find(t => !plan.Contains(t)) is { } outside)
        {
            throw new UsageException(
                $"{attribute.Display} fans out '{outside.Name}', but it is not in the plan of InvokedTargets ({string.Join(", ", invoked.Select(t => t.Name))}). " +
                $"Fan out targets of that plan ({string.Join(", ", plan.Select(t => t.Name))}), or invoke '{outside.Name}'.");
        }

        // Jobs appear in plan order: a job's upstream jobs come before it.
        return [.. fanOut.OrderBy(plan.IndexOf)];
    }

    // A fan-out job waits for fan-out jobs only, so the last job is never waited for and jobs cannot wait in a circle.
    // A target scheduled by a trigger must therefore wait for a job that runs the trigger.
    private void RequireFannedOutTriggers(List<ExecutableTarget> fanOut, HashSet<ExecutableTarget> scheduled)
    {
        foreach (var target in fanOut)
        {
            if (target.TriggeredBy.Find(t => scheduled.Contains(t) && !fanOut.Contains(t)) is { } trigger)
            {
                throw new UsageException(
                    $"{attribute.Display} fans out '{target.Name}', which is triggered by '{trigger.Name}', but '{trigger.Name}' has no job of its own to wait for. Add '{trigger.Name}' to FanOut.");
            }
        }
    }

    private CiJob Job(string id, IReadOnlyList<ExecutableTarget> targets, List<ExecutableTarget> fanOut, HashSet<ExecutableTarget> scheduled)
    {
        HashSet<ExecutableTarget> Upstream(IEnumerable<ExecutableTarget> of) => UpstreamOf(of, scheduled);
        var upstream = Upstream(targets);
        var upstreamFanOut = fanOut.Where(t => upstream.Contains(t) && !targets.Contains(t)).ToList();

        // Waiting for a job means waiting for the jobs it waits for: keep the nearest ones only.
        var needs = upstreamFanOut.Where(t => !upstreamFanOut.Exists(other => other != t && Upstream([other]).Contains(t))).Select(t => JobId([t])).ToList();
        var producers = upstreamFanOut.Where(t => t.Definition.ProducedFolders.Count > 0).ToList();
        var local = ExecutionPlanner.Plan(graph, targets, isDefault: false).Targets.Select(p => p.Target);

        // Skipped here: what arrives as artifacts, and fan-out targets pulled in by triggers that run in a job of their own.
        var skipped = local.Where(t => producers.Contains(t) || (fanOut.Contains(t) && !targets.Contains(t) && !upstream.Contains(t))).Select(t => t.Name).ToList();
        var downloads = producers.SelectMany(p => Produced(p).Select(a => new CiDownload(JobId([p]), a))).ToList();

        // Consumes: a fan-out target whose folders a target here uses, though nothing here depends on it.
        foreach (var (producer, folders) in local.Where(t => !skipped.Contains(t.Name)).SelectMany(t => t.Consumed).Where(c => fanOut.Contains(c.Target) && !targets.Contains(c.Target) && !upstream.Contains(c.Target)))
        {
            if (Upstream([producer]).Overlaps(targets))
            {
                throw new UsageException($"{attribute.Display}: a target of job '{id}' consumes '{producer.Name}', whose job waits for job '{id}'. Remove the Consumes, or the dependency of '{producer.Name}' on '{id}'.");
            }

            if (!needs.Contains(JobId([producer])))
            {
                needs.Add(JobId([producer]));
            }

            downloads.AddRange(Produced(producer).Where(a => folders.Count == 0 || folders.Contains(a.Path)).Where(a => !downloads.Exists(d => d.Artifact == a)).Select(a => new CiDownload(JobId([producer]), a)));
        }

        // The last job's targets are not fanned out: no job waits for it, so what they produce stays on its agent.
        var uploads = targets.Where(fanOut.Contains).SelectMany(Produced).ToList();
        return new CiJob(id, targets.Select(t => t.Name).ToList(), skipped, needs, downloads, uploads);
    }

    private static IEnumerable<CiArtifact> Produced(ExecutableTarget target) =>
        target.Definition.ProducedFolders.Distinct(StringComparer.Ordinal).Select(folder => CiArtifact.Produced(target.Name, folder));

    // What must have happened before the targets run: dependencies and the scheduled targets that trigger them, transitively.
    private static HashSet<ExecutableTarget> UpstreamOf(IEnumerable<ExecutableTarget> targets, HashSet<ExecutableTarget> scheduled)
    {
        var seen = new HashSet<ExecutableTarget>();
        var queue = new Queue<ExecutableTarget>(targets);
        while (queue.TryDequeue(out var target))
        {
            foreach (var predecessor in target.ExecutionDependencies.Concat(target.TriggeredBy.Where(scheduled.Contains)))
            {
                if (seen.Add(predecessor))
                {
                    queue.Enqueue(predecessor);
                }
            }
        }

        return seen;
    }

    private void RequireUniqueArtifactNames(List<CiJob> jobs)
    {
        var clash = jobs.SelectMany(j => j.Uploads).GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new UsageException(
                $"{attribute.Display} uploads two artifacts named '{clash.Key}' ({string.Join(", ", clash.Select(a => a.Path))}). " +
                "Give the folders a target produces different last names, or leave the folder out of ArtifactPaths (PublishArtifacts = false leaves out what targets produce).");
        }
    }
}
