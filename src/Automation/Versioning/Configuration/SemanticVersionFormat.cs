namespace Automation.Versioning.Configuration;

/// <summary><c>semantic-version-format</c>: whether versions in tags and branch names must be full SemVer 2.0.</summary>
internal enum SemanticVersionFormat
{
    Strict,
    Loose,
}
