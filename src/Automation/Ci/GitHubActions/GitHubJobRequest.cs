namespace Automation.Ci.GitHubActions;

/// <summary>What the generator asks <see cref="GitHubActionsAttribute"/>'s <c>GetJobs</c> for: one job of the workflow.</summary>
/// <param name="Writer">The workflow being written, which builds the default job.</param>
/// <param name="Job">The job's targets, needs and artifacts.</param>
/// <param name="Image">The image passed to <c>GetJobs</c>.</param>
/// <param name="RelevantTargets">The targets the job runs, dependencies included, in order.</param>
internal sealed record GitHubJobRequest(GitHubWorkflowWriter Writer, CiJob Job, GitHubActionsImage Image, IReadOnlyCollection<ExecutableTarget> RelevantTargets);
