namespace Automation;

/// <summary>
/// Mounts a component's targets under a prefix, as pyinvoke's <c>add_collection(docs, name="site")</c> does: on the
/// build class, <c>[Mount&lt;IDocs&gt;("site")]</c> names the targets that <c>IDocs</c> declares <c>site.build</c>
/// (or <c>site.docs.build</c> when <c>IDocs</c> has <c>[Namespace("docs")]</c>: the prefix goes in front of the
/// component's own namespace). Use it to group a package's targets, or to keep two packages' targets apart.
/// It applies to the targets the interface itself declares, not to those of the interfaces it extends: mount those too.
/// </summary>
/// <typeparam name="TComponent">A component interface the build implements.</typeparam>
/// <param name="prefix">Names of letters, digits and dashes, joined by dots (<c>site</c>, <c>tools.site</c>).</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class MountAttribute<TComponent>(string prefix) : Attribute, Targets.IMountDeclaration
{
    /// <summary>Where the component's targets go (<c>site</c>).</summary>
    public string Prefix { get; } = prefix;

    /// <summary>The component interface whose targets are mounted.</summary>
    public Type Component => typeof(TComponent);
}
