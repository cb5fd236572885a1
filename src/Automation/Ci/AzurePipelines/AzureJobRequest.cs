namespace Automation.Ci.AzurePipelines;

/// <summary>What the generator asks <see cref="AzurePipelinesAttribute"/>'s <c>GetJob</c> for: one job of the pipeline.</summary>
/// <param name="Writer">The pipeline being written, which builds the default job.</param>
/// <param name="Job">The job's targets, needs and artifacts.</param>
/// <param name="ImageLabel">The job's <c>vmImage</c>.</param>
/// <param name="Name">The job's name (letters, digits and underscores).</param>
/// <param name="DisplayName">The job's display name.</param>
/// <param name="Written">The jobs written before it, by their <see cref="CiJob.Id"/>, for <c>dependsOn</c>.</param>
internal sealed record AzureJobRequest(AzurePipelineWriter Writer, CiJob Job, string ImageLabel, string Name, string DisplayName, IReadOnlyDictionary<string, AzurePipelinesJob> Written);
