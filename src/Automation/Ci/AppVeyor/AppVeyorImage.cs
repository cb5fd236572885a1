namespace Automation;

/// <summary>
/// AppVeyor's build worker images by NUKE's names, for <c>[AppVeyor(AppVeyorImage.VisualStudio2022, …)]</c>; several
/// images make a build matrix (one job each). The <c>Latest</c> names follow AppVeyor's newest image of that kind.
/// </summary>
public enum AppVeyorImage
{
    /// <summary>Windows with Visual Studio 2013 (<c>Visual Studio 2013</c>).</summary>
    VisualStudio2013,

    /// <summary>Windows with Visual Studio 2015 (<c>Visual Studio 2015</c>).</summary>
    VisualStudio2015,

    /// <summary>Windows with Visual Studio 2017 (<c>Visual Studio 2017</c>).</summary>
    VisualStudio2017,

    /// <summary>Windows with Visual Studio 2019 (<c>Visual Studio 2019</c>).</summary>
    VisualStudio2019,

    /// <summary>Windows with Visual Studio 2022 (<c>Visual Studio 2022</c>).</summary>
    VisualStudio2022,

    /// <summary>Windows with the newest Visual Studio (<c>Visual Studio 2022</c>).</summary>
    VisualStudioLatest,

    /// <summary>Ubuntu 16.04 (<c>Ubuntu1604</c>).</summary>
    Ubuntu1604,

    /// <summary>Ubuntu 18.04 (<c>Ubuntu1804</c>).</summary>
    Ubuntu1804,

    /// <summary>The newest Ubuntu image (<c>Ubuntu</c>).</summary>
    UbuntuLatest,

    /// <summary>macOS Mojave (<c>macos-mojave</c>).</summary>
    MacOsMojave,

    /// <summary>The newest macOS image (<c>macos</c>).</summary>
    MacOsLatest,

    /// <summary>Ubuntu 20.04 (<c>Ubuntu2004</c>).</summary>
    Ubuntu2004,

    /// <summary>Ubuntu 22.04 (<c>Ubuntu2204</c>).</summary>
    Ubuntu2204,
}
