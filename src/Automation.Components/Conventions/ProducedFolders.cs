namespace Automation.Components;

/// <summary>
/// The argument of <see cref="ITargetDefinition.Produces"/> for a folder a component writes: the folder relative to
/// the repository root, or nothing when a build moved it outside the repository (CI jobs then cannot hand it on).
/// </summary>
internal static class ProducedFolders
{
    public static string[] Of(IAutomationBuild build, AbsolutePath folder)
    {
        var relative = folder.RelativeTo(build.RootDirectory).Replace('\\', '/');
        return relative == "." || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? [] : [relative];
    }
}
