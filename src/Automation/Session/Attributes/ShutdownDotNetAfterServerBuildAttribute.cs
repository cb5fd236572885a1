namespace Automation;

/// <summary>
/// NUKE's <c>[ShutdownDotNetAfterServerBuild]</c> on the build class: on a CI server, after the last target, runs
/// <c>dotnet build-server shutdown</c>, so no MSBuild node or compiler server outlives the build and holds the agent's
/// job open. Locally it does nothing (the servers speed up the next build).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShutdownDotNetAfterServerBuildAttribute : Attribute
{
}
