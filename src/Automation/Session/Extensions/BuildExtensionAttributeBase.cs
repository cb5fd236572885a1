namespace Automation;

/// <summary>
/// The base of an attribute that hooks the lifecycle of the build class it is put on (NUKE's
/// <c>BuildExtensionAttributeBase</c>): <c>class NotifyAttribute : BuildExtensionAttributeBase, IOnTargetFailed { … }</c>,
/// then <c>[Notify] class Build : AutomationBuild</c>. One instance serves the whole run, and its hooks are called
/// right after the build's own overrides of the same name; a hook that throws fails the build (exit code 1) without
/// stopping the targets, as an override that throws does.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public abstract class BuildExtensionAttributeBase : Attribute, IBuildExtension
{
    /// <summary>The running build; set before the first hook is called.</summary>
    public AutomationBuild Build { get; internal set; } = null!;

    /// <inheritdoc/>
    public virtual float Priority { get; set; }
}
