namespace Automation.Ci.AppVeyor;

/// <summary>The <c>image:</c> name AppVeyor gives each <see cref="AppVeyorImage"/>, and which of them run Windows.</summary>
internal static class AppVeyorImages
{
    public static string Label(AppVeyorImage image) => image switch
    {
        AppVeyorImage.VisualStudio2013 => "Visual Studio 2013",
        AppVeyorImage.VisualStudio2015 => "Visual Studio 2015",
        AppVeyorImage.VisualStudio2017 => "Visual Studio 2017",
        AppVeyorImage.VisualStudio2019 => "Visual Studio 2019",
        AppVeyorImage.VisualStudio2022 or AppVeyorImage.VisualStudioLatest => "Visual Studio 2022",
        AppVeyorImage.Ubuntu1604 => "Ubuntu1604",
        AppVeyorImage.Ubuntu1804 => "Ubuntu1804",
        AppVeyorImage.Ubuntu2004 => "Ubuntu2004",
        AppVeyorImage.Ubuntu2204 => "Ubuntu2204",
        AppVeyorImage.UbuntuLatest => "Ubuntu",
        AppVeyorImage.MacOsMojave => "macos-mojave",
        AppVeyorImage.MacOsLatest => "macos",
        _ => throw new ArgumentOutOfRangeException(nameof(image), image, "Not an AppVeyorImage."),
    };

    /// <summary>Whether the image runs Windows, whose jobs run <c>cmd:</c> lines (the others run <c>sh:</c> lines).</summary>
    public static bool IsWindows(string label) =>
        label.Contains("Visual Studio", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Windows", StringComparison.OrdinalIgnoreCase);
}
