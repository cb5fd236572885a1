namespace Automation.Versioning.Configuration;

/// <summary>Finds and reads the configuration file at the work tree's root.</summary>
internal static class ConfigurationFile
{
    /// <summary>The file names looked for, in order.</summary>
    public static readonly string[] Names = ["GitVersion.yml", "GitVersion.yaml", ".GitVersion.yml", ".GitVersion.yaml"];

    /// <summary>The configuration at <paramref name="workTree"/>, or the GitFlow/v1 defaults when there is no file.</summary>
    public static ConfigurationLoadResult Load(string? workTree)
    {
        if (workTree is not null && Find(workTree) is { } path)
        {
            return ConfigurationReader.Parse(File.ReadAllText(path), Path.GetFileName(path));
        }

        return new ConfigurationLoadResult(WorkflowDefaults.For(WorkflowDefaults.GitFlow)!, [], null);
    }

    /// <summary>
    /// The configuration file at <paramref name="workTree"/>, or null. Names match ignoring case, as in GitVersion,
    /// so <c>gitversion.yml</c> counts on a case-sensitive file system too.
    /// </summary>
    public static string? Find(string workTree)
    {
        if (!Directory.Exists(workTree))
        {
            return null;
        }

        var files = Directory.GetFiles(workTree).Order(StringComparer.Ordinal).ToList();
        foreach (var name in Names)
        {
            if (files.FirstOrDefault(file => string.Equals(Path.GetFileName(file), name, StringComparison.OrdinalIgnoreCase)) is { } path)
            {
                return path;
            }
        }

        return null;
    }
}
