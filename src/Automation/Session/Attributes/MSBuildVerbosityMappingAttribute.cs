namespace Automation;

/// <summary>
/// NUKE's <c>[MSBuildVerbosityMapping]</c> on the build class: MSBuild runs (<see cref="MSBuildTasks"/>) whose settings
/// set no verbosity get one from the build's <c>--verbosity</c>: quiet → quiet, minimal and normal → minimal, verbose →
/// detailed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MSBuildVerbosityMappingAttribute : Attribute
{
    /// <summary>The MSBuild verbosity for a build verbosity.</summary>
    /// <param name="verbosity">The build's verbosity.</param>
    /// <returns>The MSBuild verbosity.</returns>
    public static MSBuildVerbosity Map(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => MSBuildVerbosity.Quiet,
        Verbosity.Verbose => MSBuildVerbosity.Detailed,
        _ => MSBuildVerbosity.Minimal,
    };
}
