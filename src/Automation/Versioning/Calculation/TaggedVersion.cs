namespace Automation.Versioning.Calculation;

/// <summary>A tag that parses as a version (after the tag prefix), and the commit it points at.</summary>
internal sealed record TaggedVersion(SemanticVersion Version, string TagName, int Commit);
