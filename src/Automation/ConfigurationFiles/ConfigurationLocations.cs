namespace Automation.ConfigurationFiles;

/// <summary>
/// Where the system and user configuration files are. Read from the build's environment variables only, never from
/// the process directly, so tests (and users) point them elsewhere: <c>AUTOMATION_SYSTEM_CONFIG</c> and
/// <c>AUTOMATION_USER_CONFIG</c> name the files themselves.
/// </summary>
internal static class ConfigurationLocations
{
    /// <summary>The variable that replaces the system file's path.</summary>
    public const string SystemVariable = "AUTOMATION_SYSTEM_CONFIG";

    /// <summary>The variable that replaces the user file's path.</summary>
    public const string UserVariable = "AUTOMATION_USER_CONFIG";

    private const string FileName = "config.json";

    /// <summary><c>/etc/automation/config.json</c>; on Windows <c>%ProgramData%\automation\config.json</c>.</summary>
    public static string? SystemFile(IReadOnlyDictionary<string, string> variables, bool windows)
    {
        if (NonEmpty(variables, SystemVariable) is { } overridden)
        {
            return overridden;
        }

        return windows
            ? NonEmpty(variables, "ProgramData") is { } programData ? Path.Combine(programData, "automation", FileName) : null
            : "/etc/automation/" + FileName;
    }

    /// <summary><c>$XDG_CONFIG_HOME/automation/config.json</c>, else <c>~/.config/automation/config.json</c>.</summary>
    public static string? UserFile(IReadOnlyDictionary<string, string> variables, bool windows)
    {
        if (NonEmpty(variables, UserVariable) is { } overridden)
        {
            return overridden;
        }

        if (NonEmpty(variables, "XDG_CONFIG_HOME") is { } configHome)
        {
            return Path.Combine(configHome, "automation", FileName);
        }

        var home = NonEmpty(variables, windows ? "USERPROFILE" : "HOME");
        return home is null ? null : Path.Combine(home, ".config", "automation", FileName);
    }

    private static string? NonEmpty(IReadOnlyDictionary<string, string> variables, string name) =>
        variables.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
