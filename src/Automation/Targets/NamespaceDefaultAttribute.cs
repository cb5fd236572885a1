namespace Automation;

/// <summary>
/// Makes a target the default of its namespace (pyinvoke's <c>@task(default=True)</c>): the namespace's bare name runs
/// it, so <c>./build.sh docs</c> runs <c>docs.build</c>. A namespace has at most one default, and its name must not
/// also be a target's.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, Inherited = false)]
public sealed class NamespaceDefaultAttribute : Attribute
{
}
