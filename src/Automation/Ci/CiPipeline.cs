using Automation.Core;
using Automation.Parameters;
using Automation.Planning;
using Automation.Targets;

namespace Automation.Ci;

/// <summary>What a CI configuration attribute asks for, checked against the build: the jobs, secrets and variables bound to parameters.</summary>
/// <param name="Jobs">The jobs, each after the jobs it needs; a single one without <see cref="CiConfigurationAttribute.FanOut"/>.</param>
/// <param name="Secrets">The imported secrets.</param>
/// <param name="Variables">The imported plain variables.</param>
/// <param name="TimeoutMinutes">The job timeout.</param>
internal sealed record CiPipeline(IReadOnlyList<CiJob> Jobs, IReadOnlyList<CiSecret> Secrets, IReadOnlyList<CiVariable> Variables, int TimeoutMinutes)
{
    /// <summary>
    /// The files whose content decides whether the caches are still valid: SDK pin and package references. The caches
    /// (the NuGet packages and <see cref="NukeLayout.RelativeTemporaryDirectory"/>: the bootstrap's SDK and compiled build)
    /// are worth keeping between runs.
    /// </summary>
    public static IReadOnlyList<string> CacheKeyFiles { get; } = ["**/global.json", "**/*.csproj", "**/Directory.Packages.props"];

    /// <summary>The build's parameters (TeamCity offers each one on its run dialog).</summary>
    public IReadOnlyList<ParameterDescriptor> Parameters { get; init; } = [];

    /// <summary>The build's targets, for the targets each job runs.</summary>
    public TargetGraph? Graph { get; init; }

    /// <summary>The targets <paramref name="job"/> runs, dependencies included, in order, without those it skips.</summary>
    public IReadOnlyList<ExecutableTarget> RelevantTargets(CiJob job)
    {
        if (Graph is null)
        {
            return [];
        }

        var targets = job.Targets.Select(Graph.Find).ToList();
        return [.. ExecutionPlanner.Plan(Graph, targets, isDefault: false).Targets.Select(p => p.Target).Where(t => !job.Skipped.Contains(t.Name))];
    }

    /// <summary>Whether the plan is split across several jobs (<see cref="CiConfigurationAttribute.FanOut"/>).</summary>
    public bool IsFanOut { get; init; }

    /// <summary>The one job of a pipeline without fan-out.</summary>
    public CiJob SingleJob => Jobs.Count == 1 ? Jobs[0] : throw new InvalidOperationException("The pipeline has several jobs.");

    public static bool IsWindows(string image) => image.StartsWith("windows", StringComparison.OrdinalIgnoreCase);

    public static string BuildScript(string image) => IsWindows(image) ? @".\build.cmd" : "./build.sh";

    /// <summary>Fan-out jobs wait for and download from one another, so they run on one image; a matrix of them is refused.</summary>
    public void RequireSingleImageForFanOut(string display, string[] images)
    {
        if (IsFanOut && images.Length > 1)
        {
            throw new UsageException(
                $"{display} fans out (FanOut) over {images.Length} Images ({string.Join(", ", images)}): fan-out jobs run on one image. " +
                "Keep one image in Images, or put the matrix in a second attribute without FanOut.");
        }
    }
}
