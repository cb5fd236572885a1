namespace Automation;

/// <summary>
/// NUKE's <c>MinVer</c>: the version minver-cli computed from the repository's tags (<c>1.2.3-alpha.0.4+build</c>) and
/// its parts, as MinVer's MSBuild properties name them.
/// </summary>
/// <param name="MinVerVersion">The whole version minver printed.</param>
public sealed record MinVer(string MinVerVersion)
{
    /// <summary>The major number.</summary>
    public string MinVerMajor => Core.Split('.')[0];

    /// <summary>The minor number.</summary>
    public string MinVerMinor => Core.Split('.')[1];

    /// <summary>The patch number.</summary>
    public string MinVerPatch => Core.Split('.')[2];

    /// <summary>The pre-release identifiers (<c>alpha.0.4</c>), or null for a release.</summary>
    public string? MinVerPreRelease => WithoutMetadata.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? WithoutMetadata[(dash + 1)..] : null;

    /// <summary>The build metadata (after <c>+</c>), or null.</summary>
    public string? MinVerBuildMetadata => MinVerVersion.IndexOf('+', StringComparison.Ordinal) is var plus and >= 0 ? MinVerVersion[(plus + 1)..] : null;

    /// <summary><c>major.0.0.0</c>, MinVer's default assembly version.</summary>
    public string AssemblyVersion => $"{MinVerMajor}.0.0.0";

    /// <summary><c>major.minor.patch.0</c>, MinVer's default file version.</summary>
    public string FileVersion => $"{MinVerMajor}.{MinVerMinor}.{MinVerPatch}.0";

    /// <summary>The package version: the whole version.</summary>
    public string PackageVersion => MinVerVersion;

    /// <summary>The whole version.</summary>
    public string Version => MinVerVersion;

    private string WithoutMetadata => MinVerVersion.Split('+')[0];

    private string Core => WithoutMetadata.Split('-')[0];
}
