namespace Automation;

/// <summary>The operating system families <see cref="EnvironmentInfo.Platform"/> tells apart (NUKE's names).</summary>
public enum PlatformFamily
{
    /// <summary>Neither Windows, Linux nor macOS.</summary>
    Unknown,

    /// <summary>Windows.</summary>
    Windows,

    /// <summary>Linux.</summary>
    Linux,

    /// <summary>macOS.</summary>
    OSX,
}
