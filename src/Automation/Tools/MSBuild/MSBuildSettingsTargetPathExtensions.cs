namespace Automation;

/// <summary>NUKE's name for what <see cref="MSBuildSettings"/> builds: <c>s.SetTargetPath(project)</c>.</summary>
public static class MSBuildSettingsTargetPathExtensions
{
    /// <summary>Sets <see cref="MSBuildSettings.Project"/>, the project or solution MSBuild builds.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="targetPath">The project or solution file (a <see cref="Automation.Project"/> or <see cref="Solution"/> converts).</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static MSBuildSettings SetTargetPath(this MSBuildSettings settings, string? targetPath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { Project = targetPath };
    }

    /// <summary>Sets <see cref="MSBuildSettings.Project"/> back to its default.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static MSBuildSettings ResetTargetPath(this MSBuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { Project = null };
    }
}
