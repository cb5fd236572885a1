namespace Automation.Targets;

/// <summary>
/// Checks the folders of <see cref="ITargetDefinition.Produces"/>. CI jobs upload and download them as they are, so each
/// must be a folder inside the repository: relative, no wildcard, no <c>.</c> or <c>..</c> segment.
/// </summary>
internal static class ProducedFolder
{
    /// <summary>The folders with forward slashes and no trailing slash; an invalid one is an <see cref="ArgumentException"/>.</summary>
    public static List<string> Normalize(string[] folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return folders.Select(folder =>
        {
            var normalized = folder?.Replace('\\', '/').Trim().TrimEnd('/') ?? string.Empty;
            return IsInside(normalized)
                ? normalized
                : throw new ArgumentException($"Produces takes folders relative to the root, such as \"artifacts/test-results\"; '{folder}' is not one.", nameof(folders));
        }).ToList();
    }

    private static bool IsInside(string folder) =>
        folder.Length > 0
        && folder.IndexOfAny(['*', '?', '[', '!', ':']) < 0
        && !folder.StartsWith('/')
        && folder.Split('/').All(segment => segment is not ("" or "." or ".."));
}
