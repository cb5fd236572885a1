using System.Reflection;
using Automation.Tools.Delegates;

namespace Automation;

/// <summary>
/// NUKE 5's name of <see cref="PathVariableAttribute"/>: <c>[PathExecutable] readonly Tool Git;</c>. The name is the
/// member's as written (then in lower case, as PATH names usually are) unless given.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class PathExecutableAttribute : PathVariableAttribute
{
    private readonly string? _name;

    /// <summary>A program found on PATH.</summary>
    /// <param name="name">The program's name; default: the member's name.</param>
    public PathExecutableAttribute(string? name = null)
        : base(name) => _name = name;

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Find(ToolLookup.Of(Build), _name ?? member.Name);
    }
}
