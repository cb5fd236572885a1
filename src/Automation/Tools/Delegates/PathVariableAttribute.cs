using System.Reflection;
using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// Fills a <see cref="Tool"/> member with a program found on PATH (NUKE's <c>[PathVariable]</c>):
/// <c>[PathVariable] readonly Tool Git;</c>, <c>[PathVariable("npm")] readonly Tool Npm;</c>. The name is the member's in
/// lower case unless given; the variable <c>&lt;NAME&gt;_EXE</c> (<c>GIT_EXE</c>) overrides PATH. A program that is not
/// found is a warning naming the member, which stays null.
/// </summary>
/// <param name="pathExecutable">The program's name; default: the member's name in lower case.</param>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public class PathVariableAttribute(string? pathExecutable = null) : ValueInjectionAttributeBase
{
    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Find(ToolLookup.Of(Build), pathExecutable ?? member.Name.ToLowerInvariant());
    }

    private protected static Tool Find(ToolLookup lookup, string name) =>
        lookup.ToolAt(lookup.FromVariable(ToolEnvironment.OverrideVariable(name)) ?? lookup.OnPath(name), name);
}
