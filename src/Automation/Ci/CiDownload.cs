namespace Automation.Ci;

/// <summary>An artifact a job downloads before it runs its targets.</summary>
/// <param name="JobId">The job that uploads it.</param>
/// <param name="Artifact">The artifact, downloaded to its path.</param>
internal sealed record CiDownload(string JobId, CiArtifact Artifact);
