namespace Automation.Targets;

/// <summary>What discovery reads from a <see cref="MountAttribute{TComponent}"/> without knowing its type argument.</summary>
internal interface IMountDeclaration
{
    string Prefix { get; }

    Type Component { get; }
}
