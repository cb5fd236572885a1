namespace Automation;

/// <summary>
/// NUKE's <c>[CheckBuildProjectConfigurations]</c> on the build class: when the build starts running its targets, it
/// warns about each solution under the root that builds the build project itself in one of its configurations
/// (building the solution would then compile the build). NUKE dropped the attribute in version 7; here it keeps its
/// meaning, so a build that has it ports unchanged.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CheckBuildProjectConfigurationsAttribute : Attribute
{
    /// <summary>How long the check may take; after that the build goes on with a warning that it did not finish.</summary>
    public int TimeoutInMilliseconds { get; set; } = 500;
}
