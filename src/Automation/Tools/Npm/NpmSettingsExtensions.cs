namespace Automation;

/// <summary>NUKE's fluent methods for the npm settings: <c>s.SetCommand("build").SetProcessWorkingDirectory(web)</c>.</summary>
public static class NpmSettingsExtensions
{
    /// <summary>Sets where npm runs.</summary>
    /// <typeparam name="T">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="directory">The folder of <c>package.json</c>.</param>
    /// <returns>Changed settings.</returns>
    public static T SetProcessWorkingDirectory<T>(this T settings, string? directory)
        where T : NpmSettings => (T)(Base(settings) with { ProcessWorkingDirectory = directory });

    /// <summary>Sets the npm executable.</summary>
    /// <typeparam name="T">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="toolPath">Its path.</param>
    /// <returns>Changed settings.</returns>
    public static T SetProcessToolPath<T>(this T settings, string? toolPath)
        where T : NpmSettings => (T)(Base(settings) with { ProcessToolPath = toolPath });

    /// <summary>Adds a variable to npm's environment.</summary>
    /// <typeparam name="T">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The variable.</param>
    /// <param name="value">Its value.</param>
    /// <returns>Changed settings.</returns>
    public static T AddProcessEnvironmentVariable<T>(this T settings, string name, string value)
        where T : NpmSettings => (T)(Base(settings) with { ProcessEnvironmentVariables = new Dictionary<string, string>(settings.ProcessEnvironmentVariables) { [name] = value } });

    /// <summary>Sets a variable of npm's environment (as <see cref="AddProcessEnvironmentVariable"/>).</summary>
    /// <typeparam name="T">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="name">The variable.</param>
    /// <param name="value">Its value.</param>
    /// <returns>Changed settings.</returns>
    public static T SetProcessEnvironmentVariable<T>(this T settings, string name, string value)
        where T : NpmSettings => settings.AddProcessEnvironmentVariable(name, value);

    /// <summary>Sets the script <c>npm run</c> runs.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="command">The script's name in <c>package.json</c>.</param>
    /// <returns>Changed settings.</returns>
    public static NpmRunSettings SetCommand(this NpmRunSettings settings, string? command)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { Command = command };
    }

    /// <summary>Sets the arguments passed to the script.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>Changed settings.</returns>
    public static NpmRunSettings SetArguments(this NpmRunSettings settings, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { Arguments = arguments };
    }

    /// <summary>Sets the packages <c>npm install</c> installs.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="packages">The packages.</param>
    /// <returns>Changed settings.</returns>
    public static NpmInstallSettings SetPackages(this NpmInstallSettings settings, params string[] packages)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { Packages = packages };
    }

    // A copy keeps the settings' own type: `with` on the base record clones the derived one.
    private static NpmSettings Base(NpmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings;
    }
}
