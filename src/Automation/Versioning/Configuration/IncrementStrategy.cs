namespace Automation.Versioning.Configuration;

/// <summary>A branch's <c>increment</c>: the version field bumped after a release, or <see cref="Inherit"/> from the source branch.</summary>
internal enum IncrementStrategy
{
    None,
    Major,
    Minor,
    Patch,
    Inherit,
}
