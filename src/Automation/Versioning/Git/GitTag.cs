namespace Automation.Versioning.Git;

/// <summary>A tag (lightweight or annotated) that points, once peeled, at <see cref="Commit"/>.</summary>
internal sealed record GitTag(string Name, int Commit);
