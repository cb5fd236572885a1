namespace Automation;

/// <summary>
/// Marks a method the engine calls once the build's targets have ended, before <c>OnBuildFinished</c> and the summary:
/// <c>[AfterBuild] Task RecordAsync(BuildFinishedContext context)</c>. Unlike <c>OnBuildFinished</c>, which only the
/// build class can override, a component interface can declare one as a default method, and several components' hooks
/// all run (in the order of the build type's members, then its interfaces'). A hook that throws fails the build
/// (exit code 1), as a failing lifecycle hook does; the other hooks still run.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AfterBuildAttribute : Attribute;
