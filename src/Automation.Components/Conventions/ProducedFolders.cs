namespace Automation.Components;

/// <summary>
/// The argument of <see cref="ITargetDefinition.Produces"/> for a folder a component writes: the folder relative to
/// the repository root, or nothing when a build moved it outside the repository (CI jobs then cannot hand it on).
/// </summary>
internal static class ProducedFolders
{
    public static string[] Of(IAutomationBuild build, AbsolutePath folder) =>
        folder != build.RootDirectory && folder.IsWithin(build.RootDirectory) ? [folder.RelativeTo(build.RootDirectory).Replace('\\', '/')] : [];
}
