namespace Automation;

/// <summary>
/// A tool the build needs (NUKE's <c>[Requires&lt;T&gt;]</c>), declared on the build class or a component interface it
/// implements. Before the first target runs, each declared tool must be found where this library finds tools (the
/// build project's packages, a local tool, PATH); a missing one stops the build with exit code 2 and a message naming
/// the package and the line to add. <c>--plan</c>, <c>--help</c> and <c>--list</c> do not check.
/// </summary>
public abstract class RequiresAttribute : Attribute
{
    // Only RequiresAttribute<T> derives from it: the tool is its type argument.
    private protected RequiresAttribute()
    {
    }

    /// <summary>The tasks class naming the tool.</summary>
    internal abstract Type Tasks { get; }

    /// <summary>The version asked for, or null.</summary>
    internal abstract string? RequestedVersion { get; }
}
