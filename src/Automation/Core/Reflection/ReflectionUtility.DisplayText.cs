using System.Reflection;
using System.Runtime.CompilerServices;

namespace Automation;

// How members read in C#: `List<string>`, `int?`, `(string Name, int Count)`, `Pack(string project, bool force = False) : int`.
public static partial class ReflectionUtility
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(string)] = "string",
        [typeof(object)] = "object",
        [typeof(void)] = "void",
    };

    /// <summary>The type's name as C# writes it, with the types it is nested in: <c>Outer.Inner&lt;int&gt;</c>.</summary>
    /// <param name="type">The type.</param>
    public static string GetDisplayName(this Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var chain = new List<string>();
        for (var current = type; current is not null; current = current.IsGenericParameter ? null : current.DeclaringType)
        {
            chain.Insert(0, current.GetDisplayShortName());
        }

        return string.Join('.', chain);
    }

    /// <summary>The member with its type: <c>Build.Compile</c> (an explicit interface member without its interface's name).</summary>
    /// <param name="member">The member.</param>
    public static string GetDisplayName(this MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member is Type type ? type.GetDisplayName() : $"{member.DeclaringType?.GetDisplayName()}.{member.GetDisplayShortName()}";
    }

    /// <summary>The member's own name (an explicit interface member's after its last dot).</summary>
    /// <param name="member">The member.</param>
    public static string GetDisplayShortName(this MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member is Type type ? type.GetDisplayShortName() : member.Name[(member.Name.LastIndexOf('.') + 1)..];
    }

    /// <summary>The type as C# writes it, without the types it is nested in: <c>int?</c>, <c>string[]</c>, <c>Dictionary&lt;string, int&gt;</c>, <c>(int, string)</c>.</summary>
    /// <param name="type">The type.</param>
    public static string GetDisplayShortName(this Type type) => ShortName(type, null);

    /// <summary>A parameter as C# declares it: <c>this string text</c>, <c>out int value</c>, <c>bool force = False</c>.</summary>
    /// <param name="parameter">The parameter.</param>
    public static string GetDisplayText(this ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var type = parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
        var modifier = parameter.Position == 0 && parameter.Member.IsDefined(typeof(ExtensionAttribute), inherit: false) ? "this "
            : parameter.IsOut ? "out "
            : parameter.IsIn ? "in "
            : parameter.ParameterType.IsByRef ? "ref "
            : string.Empty;
        var names = parameter.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames;
        var value = parameter.HasDefaultValue ? $" = {parameter.DefaultValue ?? "null"}" : string.Empty;
        return $"{modifier}{ShortName(type, names is null ? null : new Queue<string?>(names))} {parameter.Name}{value}";
    }

    /// <summary>A member as a line of an API listing: <c>Pack(string project, bool force = False) : int</c>, <c>Name : string</c>; a type: its short name.</summary>
    /// <param name="member">The member.</param>
    public static string GetDisplayText(this MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member is Type type)
        {
            return type.GetDisplayShortName();
        }

        var parameters = member is MethodBase method ? $"({string.Join(", ", method.GetParameters().Select(p => p.GetDisplayText()))})" : string.Empty;
        if (member is ConstructorInfo)
        {
            return $"{member.Name}{parameters}";
        }

        var names = member is MethodInfo m
            ? m.ReturnParameter.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames
            : member.GetCustomAttribute<TupleElementNamesAttribute>()?.TransformNames;
        return $"{member.Name}{parameters} : {ShortName(member.GetMemberType(), names is null ? null : new Queue<string?>(names))}";
    }

    // Tuple element names come in the order the compiler lists them: depth first, as the type's arguments are read.
    private static string ShortName(Type type, Queue<string?>? tupleNames)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return ShortName(underlying, tupleNames) + "?";
        }

        if (type.IsArray)
        {
            return $"{ShortName(type.GetElementType()!, tupleNames)}[{new string(',', type.GetArrayRank() - 1)}]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var arguments = type.GetGenericArguments();
        if (type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true || type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal))
        {
            var own = arguments.Select(_ => tupleNames is { Count: > 0 } ? tupleNames.Dequeue() : null).ToList();
            return $"({string.Join(", ", arguments.Select((a, i) => own[i] is { } name ? $"{ShortName(a, tupleNames)} {name}" : ShortName(a, tupleNames)))})";
        }

        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var name = tick < 0 ? type.Name : type.Name[..tick];
        return $"{name}<{string.Join(", ", arguments.Select(a => ShortName(a, tupleNames)))}>";
    }
}
