using System.Reflection;

namespace Automation;

/// <summary>
/// The base of attributes that fill a field or property of the build before its targets run (NUKE's
/// <c>ValueInjectionAttributeBase</c>): <c>[GitRepository] readonly GitRepository Repository;</c>. The engine calls
/// <see cref="GetValue"/> once per annotated member, after parameters are bound and before targets are defined;
/// read-only fields and get-only auto-properties are filled too, and a member of a component interface is stored for
/// its default implementation to read with <see cref="IAutomationBuild.ParameterValue{T}"/>. A value that cannot be
/// made is a warning naming the member, and the member stays null, as in NUKE.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public abstract class ValueInjectionAttributeBase : Attribute
{
    /// <summary>The build being filled; set before <see cref="GetValue"/> is called.</summary>
    public IAutomationBuild Build { get; internal set; } = null!;

    /// <summary>Members with a higher priority are filled first (a value another attribute reads).</summary>
    public virtual int Priority => 0;

    /// <summary>Whether a failure stays silent (no warning) and simply leaves the member null.</summary>
    public virtual bool SuppressWarnings => false;

    /// <summary>The value for <paramref name="member"/>; null leaves it unset.</summary>
    /// <param name="member">The field or property being filled.</param>
    /// <param name="instance">The build.</param>
    public abstract object? GetValue(MemberInfo member, object instance);

    /// <summary>
    /// The type of the parameter that configures this member (the path of <c>[Solution]</c>), or null for none. Such a
    /// member is also a parameter named after it (<c>--solution</c>, <c>"Solution"</c> in <c>.nuke/parameters.json</c>),
    /// whose bound value <see cref="GetParameterValue{T}"/> returns.
    /// </summary>
    internal virtual Type? ParameterType => null;

    /// <summary>The description of that parameter, for <c>--help</c>.</summary>
    internal virtual string? ParameterDescription => null;

    /// <summary>The value bound to this member's parameter (see <see cref="ParameterType"/>), or default when none was given.</summary>
    /// <param name="member">The member.</param>
    protected T? GetParameterValue<T>(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Build.ParameterValue<T>(Parameters.ValueInjector.ParameterKey(member));
    }

    /// <summary>The value of another member of the build (a field or property, public or not).</summary>
    /// <param name="memberName">Its name.</param>
    /// <param name="instance">The build.</param>
    /// <exception cref="InvalidOperationException">No such member, or not of type <typeparamref name="T"/>.</exception>
    protected static T? GetMemberValue<T>(string memberName, object instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.FlattenHierarchy;
        var type = instance.GetType();
        var value = type.GetField(memberName, all) is { } field ? field.GetValue(instance)
            : type.GetProperty(memberName, all) is { } property ? property.GetValue(instance)
            : throw new InvalidOperationException($"No member '{memberName}' in {type.Name}.");
        return value is null or T ? (T?)value : throw new InvalidOperationException($"Member {type.Name}.{memberName} is a {value.GetType().Name}, expected {typeof(T).Name}.");
    }
}
