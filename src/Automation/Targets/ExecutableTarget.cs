using System.Reflection;

namespace Automation.Targets;

/// <summary>A discovered target with its relations resolved to other targets.</summary>
internal sealed class ExecutableTarget(string name, string memberName, int declarationIndex, MemberInfo member, TargetDefinition definition)
{
    /// <summary>The kebab-case name used on the command line (<c>unit-test</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The namespace part of <see cref="Name"/> (<c>docs</c> of <c>docs.build</c>), or empty.</summary>
    public string Namespace => Name.LastIndexOf('.') is var dot and >= 0 ? Name[..dot] : string.Empty;

    /// <summary>The name within its namespace (<c>build</c> of <c>docs.build</c>).</summary>
    public string LocalName => Name[(Name.LastIndexOf('.') + 1)..];

    /// <summary>The property name (<c>UnitTest</c>).</summary>
    public string MemberName { get; } = memberName;

    /// <summary>Position in declaration order; breaks ties so that the same command always runs the same plan.</summary>
    public int DeclarationIndex { get; } = declarationIndex;

    /// <summary>The property (<c>Target Clean =&gt; ...</c>) or <c>[Task]</c> method that declares the target.</summary>
    public MemberInfo Member { get; } = member;

    public TargetDefinition Definition { get; } = definition;

    public string? Description => Definition.DescriptionText;

    /// <summary>Targets that must run first and are scheduled with this one (DependsOn ∪ reverse DependentFor).</summary>
    public List<ExecutableTarget> ExecutionDependencies { get; } = [];

    /// <summary>Targets this one runs after when both are scheduled (After ∪ reverse Before).</summary>
    public List<ExecutableTarget> OrderDependencies { get; } = [];

    /// <summary>Targets scheduled, to run after this one, whenever this one is (Triggers ∪ reverse TriggeredBy).</summary>
    public List<ExecutableTarget> Triggers { get; } = [];

    /// <summary>The reverse of <see cref="Triggers"/>.</summary>
    public List<ExecutableTarget> TriggeredBy { get; } = [];

    /// <summary>The values of the target's own arguments for this run (defaults until the command line is applied).</summary>
    public TargetArgumentValues ArgumentValues { get; } = new(name, definition.Arguments);

    public bool HasActions => Definition.Actions.Count > 0;

    public override string ToString() => Name;
}
