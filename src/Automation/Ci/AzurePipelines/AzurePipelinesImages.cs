namespace Automation.Ci.AzurePipelines;

/// <summary>The <c>vmImage</c> of each <see cref="AzurePipelinesImage"/>.</summary>
internal static class AzurePipelinesImages
{
    public static string Label(AzurePipelinesImage image) => image switch
    {
        AzurePipelinesImage.Windows2022 => "windows-2022",
        AzurePipelinesImage.Windows2019 => "windows-2019",
        AzurePipelinesImage.Ubuntu2204 => "ubuntu-22.04",
        AzurePipelinesImage.Ubuntu2004 => "ubuntu-20.04",
        AzurePipelinesImage.MacOs13 => "macOS-13",
        AzurePipelinesImage.MacOs12 => "macOS-12",
        AzurePipelinesImage.MacOs11 => "macOS-11",
        AzurePipelinesImage.WindowsLatest => "windows-latest",
        AzurePipelinesImage.UbuntuLatest => "ubuntu-latest",
        AzurePipelinesImage.MacOsLatest => "macOS-latest",
        _ => throw new ArgumentOutOfRangeException(nameof(image), image, "Not an AzurePipelinesImage."),
    };

    /// <summary>The image whose label is <paramref name="label"/>, if it has a name.</summary>
    public static bool TryParse(string label, out AzurePipelinesImage image)
    {
        foreach (var candidate in Enum.GetValues<AzurePipelinesImage>())
        {
            if (string.Equals(Label(candidate), label, StringComparison.OrdinalIgnoreCase))
            {
                image = candidate;
                return true;
            }
        }

        image = default;
        return false;
    }
}
