namespace Automation;

/// <summary>The host of a build seen through <see cref="IAutomationBuild"/> (NUKE's <c>INukeBuild.Host</c>).</summary>
public static class BuildHostExtensions
{
    extension(IAutomationBuild build)
    {
        /// <summary>
        /// The CI system the build runs on (<c>build.Host is GitHubActions</c>), a <see cref="Terminal"/> on a developer's
        /// machine, or null on a CI system the engine has no object for; judged from the build's own environment.
        /// </summary>
        public BuildHost? Host => BuildHost.From(build.EnvironmentVariables);
    }
}
