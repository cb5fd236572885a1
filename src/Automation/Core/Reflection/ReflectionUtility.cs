using System.Reflection;

namespace Automation;

/// <summary>
/// NUKE's reflection helpers (<c>ReflectionUtility</c>): the binding flags that find every member, and what a member
/// is (<c>IsPublic</c>, <c>IsFamily</c>, its type, its value). The display helpers are in the other part of this class.
/// </summary>
public static partial class ReflectionUtility
{
    /// <summary>Instance members, public and not.</summary>
    public const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Static members, public and not.</summary>
    public const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Every member: instance and static, public and not, with the base classes' static ones.</summary>
    public const BindingFlags All = Instance | Static | BindingFlags.FlattenHierarchy;

    /// <summary>Whether the member is public (a property: its getter, else its setter; an event: its add method).</summary>
    /// <param name="member">A type, constructor, field, method, property or event.</param>
    public static bool IsPublic(this MemberInfo member) => Access(member, m => m.IsPublic, f => f.IsPublic, t => t.IsPublic || t.IsNestedPublic);

    /// <summary>Whether the member is <c>protected</c> (only: not <c>protected internal</c>).</summary>
    /// <param name="member">A type, constructor, field, method, property or event.</param>
    public static bool IsFamily(this MemberInfo member) => Access(member, m => m.IsFamily, f => f.IsFamily, t => t.IsNestedFamily);

    /// <summary>Whether the member is <c>internal</c> (only).</summary>
    /// <param name="member">A type, constructor, field, method, property or event.</param>
    public static bool IsAssembly(this MemberInfo member) => Access(member, m => m.IsAssembly, f => f.IsAssembly, t => t.IsNotPublic || t.IsNestedAssembly);

    /// <summary>Whether the member is <c>private</c>.</summary>
    /// <param name="member">A type, constructor, field, method, property or event.</param>
    public static bool IsPrivate(this MemberInfo member) => Access(member, m => m.IsPrivate, f => f.IsPrivate, t => t.IsNestedPrivate);

    /// <summary>Whether the member is static.</summary>
    /// <param name="member">A constructor, field, method, property or event.</param>
    public static bool IsStatic(this MemberInfo member) => Access(member, m => m.IsStatic, f => f.IsStatic, t => t.IsAbstract && t.IsSealed);

    /// <summary>The member's type: a field's or property's type, a method's return type, an event's handler type, a type itself.</summary>
    /// <param name="member">The member.</param>
    public static Type GetMemberType(this MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member switch
        {
            FieldInfo field => field.FieldType,
            PropertyInfo property => property.PropertyType,
            MethodInfo method => method.ReturnType,
            ConstructorInfo constructor => constructor.DeclaringType!,
            EventInfo @event => @event.EventHandlerType!,
            Type type => type,
            _ => throw new NotSupportedException($"{member.MemberType} {member.Name} has no type."),
        };
    }

    /// <summary>The value of a field or property (null <paramref name="instance"/> for a static one).</summary>
    /// <param name="member">A field or property.</param>
    /// <param name="instance">The object that holds it.</param>
    public static T? GetValue<T>(this MemberInfo member, object? instance = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        var value = member switch
        {
            FieldInfo field => field.GetValue(instance),
            PropertyInfo property => property.GetValue(instance),
            _ => throw new NotSupportedException($"{member.MemberType} {member.Name} has no value: only fields and properties have."),
        };
        return (T?)value;
    }

    /// <summary>Whether the member has an attribute of type <typeparamref name="T"/> (inherited ones too).</summary>
    /// <param name="member">The member.</param>
    public static bool HasCustomAttribute<T>(this MemberInfo member)
        where T : Attribute
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.IsDefined(typeof(T), inherit: true);
    }

    private static bool Access(MemberInfo member, Func<MethodBase, bool> method, Func<FieldInfo, bool> field, Func<Type, bool> type)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member switch
        {
            Type t => type(t),
            MethodBase m => method(m),
            FieldInfo f => field(f),
            PropertyInfo p => method(p.GetMethod ?? p.SetMethod!),
            EventInfo e => method(e.AddMethod!),
            _ => throw new NotSupportedException($"{member.MemberType} {member.Name} has no access modifier."),
        };
    }
}
