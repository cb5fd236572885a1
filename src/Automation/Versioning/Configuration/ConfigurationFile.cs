namespace Automation.Versioning.Configuration;

/// <summary>Finds and reads the configuration file at the work tree's root.</summary>
internal static class ConfigurationFile
{
    /// <summary>The file names looked for, in order.</summary>
    public static readonly string[] Names = ["GitVersion.yml", "GitVersion.yaml", ".GitVersion.yml", ".GitVersion.yaml"];

    /// <summary>The configuration at <paramref name="workTree"/>, or the GitFlow/v1 defaults when there is no file.</summary>
    public static ConfigurationLoadResult Load(string? workTree)
    {
        if (workTree is not null)
        {
            foreach (var name in Names)
            {
                var path = Path.Combine(workTree, name);
                if (File.Exists(path))
                {
                    return ConfigurationReader.Parse(File.ReadAllText(path), name);
                }
            }
        }

        return new ConfigurationLoadResult(WorkflowDefaults.For(WorkflowDefaults.GitFlow)!, [], null);
    }
}
