namespace Automation.Cli.Setup;

/// <summary>
/// The files that make <c>build/</c> an island: MSBuild and the analyzers stop looking further up there, so the
/// repository's Directory.Build.props/targets, Directory.Packages.props and .editorconfig (a language version, lock
/// files, central package versions, warnings as errors, analyzer severities) are for its products and never break the build.
/// </summary>
internal static class BuildIsolationFiles
{
    /// <summary>The files by path relative to the root, with their content.</summary>
    public static IReadOnlyList<(string Path, string Content)> All { get; } =
    [
        ("build/Directory.Build.props", DirectoryBuildProps),
        ("build/Directory.Build.targets", DirectoryBuildTargets),
        ("build/.editorconfig", EditorConfig),
    ];

    /// <summary>
    /// Stops MSBuild's upward search (on purpose without importing the parent's), and switches off central package
    /// versions here, because the SDK reads Directory.Packages.props before the project file's own properties.
    /// </summary>
    public const string DirectoryBuildProps = """
        <Project>
          <!-- Written by `automation :setup`. The build project is isolated from the repository's Directory.Build.props:
               MSBuild stops looking upwards here, and this file deliberately does not import the parent's. -->
          <PropertyGroup>
            <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
        </Project>

        """;

    /// <summary>Stops MSBuild's upward search for Directory.Build.targets.</summary>
    public const string DirectoryBuildTargets = """
        <Project>
          <!-- Written by `automation :setup`: isolates the build project from the repository's Directory.Build.targets. -->
        </Project>

        """;

    /// <summary>Stops the upward search for .editorconfig files, so the repository's analyzer severities do not apply to Build.cs.</summary>
    public const string EditorConfig = """
        # Written by `automation :setup`: the build's sources do not take the repository's code style and analyzer severities.
        root = true

        """;
}
