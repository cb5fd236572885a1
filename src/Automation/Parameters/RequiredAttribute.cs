namespace Automation;

/// <summary>
/// NUKE's <c>[Required]</c> on a parameter: every run of targets needs a value for it (as if each target said
/// <c>.Requires(() =&gt; Parameter)</c>); a missing one is a usage error naming the option and the environment variable.
/// Help, the list and the plan work without it.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute
{
}
