using System.Reflection;
using Automation.Targets;

namespace Automation;

/// <summary>
/// A discovered target with its relations resolved to other targets. Builds see it where NUKE shows it: the targets a
/// CI configuration attribute's hooks receive (<c>GitHubActionsAttribute.GetJobs</c>).
/// </summary>
public sealed class ExecutableTarget
{
    internal ExecutableTarget(string name, string memberName, int declarationIndex, MemberInfo member, TargetDefinition definition)
    {
        Name = name;
        MemberName = memberName;
        DeclarationIndex = declarationIndex;
        Member = member;
        Definition = definition;
        ArgumentValues = new(name, definition.Arguments);
    }

    /// <summary>The kebab-case name used on the command line (<c>unit-test</c>).</summary>
    public string Name { get; }

    /// <summary>The namespace part of <see cref="Name"/> (<c>docs</c> of <c>docs.build</c>), or empty.</summary>
    public string Namespace => Name.LastIndexOf('.') is var dot and >= 0 ? Name[..dot] : string.Empty;

    /// <summary>The name within its namespace (<c>build</c> of <c>docs.build</c>).</summary>
    public string LocalName => Name[(Name.LastIndexOf('.') + 1)..];

    /// <summary>The property name (<c>UnitTest</c>).</summary>
    internal string MemberName { get; }

    /// <summary>Position in declaration order; breaks ties so that the same command always runs the same plan.</summary>
    internal int DeclarationIndex { get; }

    /// <summary>The property (<c>Target Clean =&gt; ...</c>) or <c>[Task]</c> method that declares the target.</summary>
    internal MemberInfo Member { get; }

    internal TargetDefinition Definition { get; }

    /// <summary>The target's description (<c>.Description(...)</c>), or null.</summary>
    public string? Description => Definition.DescriptionText;

    /// <summary>The folders the target declares with <see cref="ITargetDefinition.Produces"/>, relative to the repository root (NUKE's <c>ArtifactProducts</c>).</summary>
    public IReadOnlyList<string> ArtifactProducts => Definition.ProducedFolders;

    /// <summary>How many CI jobs share the target's work (<see cref="ITargetDefinition.Partition"/>), or null.</summary>
    public int? PartitionSize => Definition.PartitionSize;

    /// <summary>Targets that must run first and are scheduled with this one (DependsOn ∪ reverse DependentFor).</summary>
    internal List<ExecutableTarget> ExecutionDependencies { get; } = [];

    /// <summary>Targets this one runs after when both are scheduled (After ∪ reverse Before).</summary>
    internal List<ExecutableTarget> OrderDependencies { get; } = [];

    /// <summary>Targets scheduled, to run after this one, whenever this one is (Triggers ∪ reverse TriggeredBy).</summary>
    internal List<ExecutableTarget> Triggers { get; } = [];

    /// <summary>The reverse of <see cref="Triggers"/>.</summary>
    internal List<ExecutableTarget> TriggeredBy { get; } = [];

    /// <summary>The targets whose folders this one uses, each with the folders named (none: all they produce).</summary>
    internal List<(ExecutableTarget Target, IReadOnlyList<string> Folders)> Consumed { get; } = [];

    /// <summary>The values of the target's own arguments for this run (defaults until the command line is applied).</summary>
    internal TargetArgumentValues ArgumentValues { get; }

    internal bool HasActions => Definition.Actions.Count > 0;

    /// <inheritdoc/>
    /// <inheritdoc/>
    public override string ToString() => Name;
}
