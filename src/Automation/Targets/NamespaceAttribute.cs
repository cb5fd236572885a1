namespace Automation;

/// <summary>
/// Puts targets in a namespace, as pyinvoke's collections do: on a component interface, every target it declares is
/// named <c>docs.build</c> instead of <c>build</c>; on a target property or <c>[Task]</c> method, that one target.
/// <code>
/// [Namespace("docs")]
/// interface IDocs : IAutomationBuild
/// {
///     [NamespaceDefault] Target Build => _ => _.Executes(...);   // ./build.sh docs.build, or just ./build.sh docs
///     Target Serve => _ => _.Executes(...);                      // ./build.sh docs.serve
/// }
/// </code>
/// A name with dots nests (<c>"docs.api"</c>); a namespace on an interface and one on its target add up
/// (<c>docs</c> and <c>api</c> give <c>docs.api.build</c>). Names match ignoring case and dashes, as target names do.
/// </summary>
/// <param name="name">The namespace: names of letters, digits and dashes, joined by dots (<c>docs</c>, <c>docs.api</c>).</param>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Property | AttributeTargets.Method, Inherited = false)]
public sealed class NamespaceAttribute(string name) : Attribute
{
    /// <summary>The namespace as written (<c>docs</c>, <c>docs.api</c>).</summary>
    public string Name { get; } = name;
}
