namespace Automation;

/// <summary>
/// A string-valued enumeration (NUKE's <c>Enumeration</c>), for parameters whose values a build lists itself:
/// <c>[TypeConverter(typeof(TypeConverter&lt;Configuration&gt;))] class Configuration : Enumeration { public static Configuration Debug = new() { Value = nameof(Debug) }; ... }</c>.
/// As a parameter it binds from any of its static members (<c>--configuration Release</c>, ignoring case), and
/// <c>--help</c>, completion and <c>build.schema.json</c> list them; the <c>[TypeConverter]</c> line is optional here.
/// Two values are equal when they are of the same type with the same <see cref="Value"/>.
/// </summary>
public abstract class Enumeration : IEquatable<Enumeration>
{
    /// <summary>The text of the value: what it converts to and is compared by.</summary>
    protected string Value { get; init; } = string.Empty;

    /// <summary>The value's text; null stays null.</summary>
    /// <param name="value">The value.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static implicit operator string?(Enumeration? value) => value?.Value;

    /// <summary>Equality by type and value.</summary>
    public static bool operator ==(Enumeration? left, Enumeration? right) => Equals(left, right);

    /// <summary>Inequality by type and value.</summary>
    public static bool operator !=(Enumeration? left, Enumeration? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Enumeration? other) => other is not null && other.GetType() == GetType() && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Enumeration);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
