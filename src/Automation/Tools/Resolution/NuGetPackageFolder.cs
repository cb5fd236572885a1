namespace Automation.Tools.Resolution;

/// <summary>Paths inside the NuGet global packages folder, which keeps each package at <c>&lt;id lower&gt;/&lt;version lower&gt;/</c>.</summary>
internal static class NuGetPackageFolder
{
    /// <summary>The folder of one package version, or null when there is no global packages folder.</summary>
    public static string? Of(ToolEnvironment environment, string id, string version) =>
        environment.GlobalPackagesFolder is { } packages
            ? Path.Combine(packages, id.ToLowerInvariant(), Normalize(version))
            : null;

    /// <summary>NuGet's normalized version text, lower case: no build metadata, no fourth part when it is 0 (<c>5.6.0.0</c> → <c>5.6.0</c>).</summary>
    public static string Normalize(string version)
    {
        var text = version.Trim().Split('+', 2)[0];
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var (release, suffix) = dash < 0 ? (text, string.Empty) : (text[..dash], text[dash..]);
        var parts = release.Split('.').Select(p => int.TryParse(p, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : p).ToList();
        while (parts.Count < 3)
        {
            parts.Add("0");
        }

        if (parts.Count == 4 && parts[3] == "0")
        {
            parts.RemoveAt(3);
        }

        return (string.Join('.', parts) + suffix).ToLowerInvariant();
    }
}
