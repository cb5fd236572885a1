namespace Automation.Ci;

/// <summary>A folder or file uploaded by a job, under a name unique in the run.</summary>
/// <param name="Name">The artifact's name.</param>
/// <param name="Path">Relative to the repository root, forward slashes; a later job downloads it to the same place.</param>
internal sealed record CiArtifact(string Name, string Path)
{
    /// <summary>An artifact of <see cref="CiConfigurationAttribute.ArtifactPaths"/>, named after the last segment of its path (<c>artifacts/packages</c> → <c>packages</c>).</summary>
    public static CiArtifact Published(string path)
    {
        var normalized = path.Replace('\\', '/');
        return new CiArtifact(LastSegment(normalized), normalized);
    }

    /// <summary>A folder a target produces for later jobs, named after the target and the folder (<c>unit-test-test-results</c>).</summary>
    public static CiArtifact Produced(string target, string folder) => new($"{target}-{LastSegment(folder)}", folder);

    private static string LastSegment(string path) => path.TrimEnd('/').Split('/')[^1];
}
