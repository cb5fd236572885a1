namespace Automation;

/// <summary>NUKE's AppVeyor build images, so <c>[AppVeyor(AppVeyorImage.VisualStudio2022, …)]</c> reaches the error that <see cref="AppVeyorAttribute"/> gives.</summary>
public enum AppVeyorImage
{
    /// <summary>Visual Studio 2013.</summary>
    VisualStudio2013,

    /// <summary>Visual Studio 2015.</summary>
    VisualStudio2015,

    /// <summary>Visual Studio 2017.</summary>
    VisualStudio2017,

    /// <summary>Visual Studio 2019.</summary>
    VisualStudio2019,

    /// <summary>Visual Studio 2022.</summary>
    VisualStudio2022,

    /// <summary>The latest Visual Studio image.</summary>
    VisualStudioLatest,

    /// <summary>Ubuntu 16.04.</summary>
    Ubuntu1604,

    /// <summary>Ubuntu 18.04.</summary>
    Ubuntu1804,

    /// <summary>The latest Ubuntu image.</summary>
    UbuntuLatest,

    /// <summary>macOS Mojave.</summary>
    MacOsMojave,

    /// <summary>The latest macOS image.</summary>
    MacOsLatest,
}
