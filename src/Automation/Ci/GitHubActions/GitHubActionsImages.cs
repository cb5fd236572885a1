namespace Automation.Ci.GitHubActions;

/// <summary>The <c>runs-on</c> label of each <see cref="GitHubActionsImage"/>.</summary>
internal static class GitHubActionsImages
{
    public static string Label(GitHubActionsImage image) => image switch
    {
        GitHubActionsImage.WindowsServer2022 => "windows-2022",
        GitHubActionsImage.WindowsServer2019 => "windows-2019",
        GitHubActionsImage.Ubuntu2404 => "ubuntu-24.04",
        GitHubActionsImage.Ubuntu2204 => "ubuntu-22.04",
        GitHubActionsImage.Ubuntu2004 => "ubuntu-20.04",
        GitHubActionsImage.MacOs14 => "macos-14",
        GitHubActionsImage.MacOs13 => "macos-13",
        GitHubActionsImage.MacOs12 => "macos-12",
        GitHubActionsImage.WindowsLatest => "windows-latest",
        GitHubActionsImage.UbuntuLatest => "ubuntu-latest",
        GitHubActionsImage.MacOsLatest => "macos-latest",
        GitHubActionsImage.SelfHosted => "self-hosted",
        _ => throw new ArgumentOutOfRangeException(nameof(image), image, "Not a GitHubActionsImage."),
    };

    /// <summary>The image whose label is <paramref name="label"/>, if it has a name.</summary>
    public static bool TryParse(string label, out GitHubActionsImage image)
    {
        foreach (var candidate in Enum.GetValues<GitHubActionsImage>())
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
