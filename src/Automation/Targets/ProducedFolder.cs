namespace Automation.Targets;

/// <summary>
/// Checks the folders of <see cref="ITargetDefinition.Produces"/>. CI jobs upload and download them as they are, so each
/// must be a folder inside the repository: relative, no wildcard, no <c>.</c> or <c>..</c> segment. NUKE's form, an
/// absolute path inside the root that may end in a glob (<c>.Produces(ArtifactsDirectory / "*.nupkg")</c>), names the
/// folder before the first wildcard (<c>artifacts</c>): the folder CI uploads.
/// </summary>
internal static class ProducedFolder
{
    /// <summary>The folders with forward slashes and no trailing slash; an invalid one is an <see cref="ArgumentException"/>.</summary>
    /// <param name="folders">The folders as the build gives them.</param>
    /// <param name="root">The build's root, against which NUKE's absolute paths are read; null when unknown.</param>
    public static List<string> Normalize(string[] folders, AbsolutePath? root = null) => Normalize(folders, () => root);

    /// <summary>As <see cref="Normalize(string[], AbsolutePath?)"/>, asking for the root only when an absolute path needs it.</summary>
    /// <param name="folders">The folders as the build gives them.</param>
    /// <param name="root">Gives the build's root (or null); a build not running yet has none to give.</param>
    public static List<string> Normalize(string[] folders, Func<AbsolutePath?> root)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return folders.Select(folder =>
        {
            var normalized = FromNuke(folder, root)?.Replace('\\', '/').Trim().TrimEnd('/') ?? string.Empty;
            return IsInside(normalized)
                ? normalized
                : throw new ArgumentException($"Produces takes folders relative to the root, such as \"artifacts/test-results\"; '{folder}' is not one.", nameof(folders));
        }).ToList();
    }

    // An absolute path below the root becomes relative, and a glob its folder; anything else stays for the check to judge.
    private static string? FromNuke(string? folder, Func<AbsolutePath?> rootOf)
    {
        if (folder is null || !Path.IsPathRooted(folder) || rootOf() is not { } root)
        {
            return folder;
        }

        var relative = Path.GetRelativePath(root, folder).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
        {
            return folder;
        }

        var segments = relative.Split('/');
        var wildcard = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?', '[', '{']) >= 0);
        return wildcard < 0 ? relative : string.Join('/', segments[..wildcard]);
    }

    private static bool IsInside(string folder) =>
        folder.Length > 0
        && folder.IndexOfAny(['*', '?', '[', '!', ':']) < 0
        && !folder.StartsWith('/')
        && folder.Split('/').All(segment => segment is not ("" or "." or ".."));
}
