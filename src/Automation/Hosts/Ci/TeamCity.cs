namespace Automation;

/// <summary>A build on TeamCity (NUKE's <c>TeamCity</c>): what its environment variables tell the build.</summary>
public sealed class TeamCity : BuildHost
{
    internal TeamCity(IReadOnlyDictionary<string, string> environment)
        : base(environment)
    {
    }

    /// <summary>The build this process belongs to; null when it does not run on TeamCity.</summary>
    public static new TeamCity? Instance => From(ProcessVariables()) as TeamCity;

    /// <inheritdoc/>
    public override string Name => "teamcity";

    /// <summary>The TeamCity server's version (<c>TEAMCITY_VERSION</c>).</summary>
    public string Version => Text("TEAMCITY_VERSION");

    /// <summary>The project's name (<c>TEAMCITY_PROJECT_NAME</c>).</summary>
    public string ProjectName => Text("TEAMCITY_PROJECT_NAME");

    /// <summary>The build configuration's name (<c>TEAMCITY_BUILDCONF_NAME</c>).</summary>
    public string BuildConfiguration => Text("TEAMCITY_BUILDCONF_NAME");

    /// <summary>The build's number (<c>BUILD_NUMBER</c>).</summary>
    public string BuildNumber => Text("BUILD_NUMBER");

    /// <summary>The file of the build's properties (<c>TEAMCITY_BUILD_PROPERTIES_FILE</c>).</summary>
    public string BuildPropertiesFile => Text("TEAMCITY_BUILD_PROPERTIES_FILE");
}
