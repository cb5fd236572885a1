namespace Automation.Versioning.Configuration;

/// <summary><c>assembly-versioning-scheme</c> and <c>assembly-file-versioning-scheme</c>: which fields the four-part version keeps.</summary>
internal enum AssemblyVersioningScheme
{
    MajorMinorPatchTag,
    MajorMinorPatch,
    MajorMinor,
    Major,
    None,
}
