namespace Automation;

/// <summary>
/// NUKE's <c>[DotNetVerbosityMapping]</c> on the build class: <c>dotnet</c> commands whose settings set no verbosity get
/// one from the build's <c>--verbosity</c>: quiet → quiet, minimal → minimal, normal → minimal, verbose → detailed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DotNetVerbosityMappingAttribute : Attribute
{
    /// <summary>The <c>dotnet</c> verbosity for a build verbosity.</summary>
    /// <param name="verbosity">The build's verbosity.</param>
    /// <returns>The <c>dotnet</c> verbosity.</returns>
    public static DotNetVerbosity Map(Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => DotNetVerbosity.Quiet,
        Verbosity.Verbose => DotNetVerbosity.Detailed,
        _ => DotNetVerbosity.Minimal,
    };
}
