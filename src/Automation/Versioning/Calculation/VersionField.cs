namespace Automation.Versioning.Calculation;

/// <summary>The part of a version an increment touches, ordered by significance.</summary>
internal enum VersionField
{
    None = 0,
    Patch = 1,
    Minor = 2,
    Major = 3,
}
