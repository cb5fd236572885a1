using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;

namespace Automation.Tests.Tools.Fluent;

/// <summary>How the generator spells types and default values in C#.</summary>
internal static class FluentCSharp
{
    /// <summary>A property's type as the settings record declares it (<c>string?</c>, <c>IReadOnlyList&lt;string&gt;</c>).</summary>
    public static string TypeName(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, null) + "?";
        }

        var name = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(int) => "int",
            _ when type.IsGenericType => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(a => TypeName(a, null)))}>",
            _ => type.Name,
        };
        return nullability is { WriteState: NullabilityState.Nullable } && !type.IsValueType ? name + "?" : name;
    }

    /// <summary>
    /// NUKE's name of a form's parameter: the property's name in lower camel case (<c>SetVerbosity(verbosity: …)</c>,
    /// <c>SetProperty(propertyKey: …, propertyValue: …)</c>), escaped with <c>@</c> where it is a C# keyword.
    /// </summary>
    public static string ParameterName(string property)
    {
        var name = char.ToLowerInvariant(property[0]) + property[1..];
        if (name == "settings")
        {
            // The receiver is 'settings' (ReSharper's --settings= file is a property named Settings).
            return "settingsFile";
        }

        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
    }

    /// <summary>
    /// A default value as a C# expression that makes an equal, fresh value (so a reset never shares a dictionary), or
    /// null when it has none the generator can write.
    /// </summary>
    public static string? Literal(object? value, Type type) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        Enum member when Enum.IsDefined(member.GetType(), member) => $"{member.GetType().Name}.{member}",
        IDictionary { Count: 0 } when type.IsGenericType => $"new Dictionary<{string.Join(", ", type.GetGenericArguments().Select(a => TypeName(a, null)))}>()",
        ICollection { Count: 0 } => "[]",
        ValueType when value.Equals(Activator.CreateInstance(value.GetType())) => "default",
        _ => null,
    };
}
