namespace Automation;

/// <summary>
/// The repository a <see cref="TeamCityAttribute"/> build type checks out: the one that holds the settings
/// (<c>DslContext.settingsRoot</c>), as with NUKE. Passed to <c>GetBuildTypes</c>.
/// </summary>
public sealed class TeamCityVcsRoot
{
    /// <summary>The Kotlin expression naming the root.</summary>
    public string Reference => "DslContext.settingsRoot";
}
