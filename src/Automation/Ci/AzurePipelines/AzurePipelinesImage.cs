namespace Automation;

/// <summary>Microsoft-hosted agent images by NUKE's names, for <see cref="AzurePipelinesAttribute"/>'s NUKE-style constructors.</summary>
public enum AzurePipelinesImage
{
    /// <summary><c>windows-2022</c>.</summary>
    Windows2022,

    /// <summary><c>windows-2019</c>.</summary>
    Windows2019,

    /// <summary><c>ubuntu-22.04</c>.</summary>
    Ubuntu2204,

    /// <summary><c>ubuntu-20.04</c>.</summary>
    Ubuntu2004,

    /// <summary><c>macOS-13</c>.</summary>
    MacOs13,

    /// <summary><c>macOS-12</c>.</summary>
    MacOs12,

    /// <summary><c>macOS-11</c>.</summary>
    MacOs11,

    /// <summary><c>windows-latest</c>.</summary>
    WindowsLatest,

    /// <summary><c>ubuntu-latest</c>.</summary>
    UbuntuLatest,

    /// <summary><c>macOS-latest</c>.</summary>
    MacOsLatest,
}
