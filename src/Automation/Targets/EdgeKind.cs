namespace Automation.Targets;

/// <summary>The kinds of relation a target definition can declare to other targets.</summary>
internal enum EdgeKind
{
    DependsOn,
    DependentFor,
    Before,
    After,
    Triggers,
    TriggeredBy,
}
