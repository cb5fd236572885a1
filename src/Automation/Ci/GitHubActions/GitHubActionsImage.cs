namespace Automation;

/// <summary>GitHub-hosted runner images by NUKE's names, for <see cref="GitHubActionsAttribute"/>'s NUKE-style constructor.</summary>
public enum GitHubActionsImage
{
    /// <summary><c>windows-2022</c>.</summary>
    WindowsServer2022,

    /// <summary><c>windows-2019</c>.</summary>
    WindowsServer2019,

    /// <summary><c>ubuntu-24.04</c>.</summary>
    Ubuntu2404,

    /// <summary><c>ubuntu-22.04</c>.</summary>
    Ubuntu2204,

    /// <summary><c>ubuntu-20.04</c>.</summary>
    Ubuntu2004,

    /// <summary><c>macos-14</c>.</summary>
    MacOs14,

    /// <summary><c>macos-13</c>.</summary>
    MacOs13,

    /// <summary><c>macos-12</c>.</summary>
    MacOs12,

    /// <summary><c>windows-latest</c>.</summary>
    WindowsLatest,

    /// <summary><c>ubuntu-latest</c>.</summary>
    UbuntuLatest,

    /// <summary><c>macos-latest</c>.</summary>
    MacOsLatest,

    /// <summary><c>self-hosted</c>: a runner of the repository's own.</summary>
    SelfHosted,
}
