namespace Automation.Ci;

/// <summary>A folder or file uploaded after the build.</summary>
/// <param name="Path">Relative to the repository root, forward slashes.</param>
internal sealed record CiArtifact(string Path)
{
    /// <summary>The artifact's name: the last segment of its path (<c>artifacts/packages</c> → <c>packages</c>).</summary>
    public string Name => Path.TrimEnd('/').Split('/')[^1];
}
