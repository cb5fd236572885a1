namespace Automation;

/// <summary>
/// Makes a method of the build a target, in pyinvoke's style: its parameters are the target's arguments.
/// <code>
/// [Task("Remove build output")]
/// void Clean(ITargetContext c, [Description("Also remove docs")] bool docs = false, string extra = "") { ... }
/// </code>
/// The method's name in kebab-case is the target's (an <c>Async</c> suffix dropped); it may return <see cref="Task"/>.
/// A first parameter of type <see cref="ITargetContext"/> receives the context. A parameter with a default value is an
/// option (<c>--docs</c>, <c>--extra x</c>); one without is a positional that must be given (<c>./build.sh deploy
/// staging</c>), except a bool, which is a flag that is false unless given. A parameter's
/// <see cref="System.ComponentModel.DescriptionAttribute"/> is its help text.
/// </summary>
/// <param name="description">Describes the target in <c>--help</c> and <c>--list</c>.</param>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class TaskAttribute(string description = "") : Attribute
{
    /// <summary>Describes the target in <c>--help</c> and <c>--list</c>.</summary>
    public string Description { get; } = description;
}
