using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>The coverage a coverlet threshold applies to (NUKE's <c>CoverletThresholdType</c>), lower case as coverlet spells it.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "NUKE's names, as coverlet spells them.")]
public sealed class CoverletThresholdType : Enumeration
{
    /// <summary>Line coverage.</summary>
    public static CoverletThresholdType line { get; } = new() { Value = nameof(line) };

    /// <summary>Branch coverage.</summary>
    public static CoverletThresholdType branch { get; } = new() { Value = nameof(branch) };

    /// <summary>Method coverage.</summary>
    public static CoverletThresholdType method { get; } = new() { Value = nameof(method) };

    /// <summary>The value coverlet spells <paramref name="value"/> (NUKE converts strings the same way).</summary>
    /// <param name="value">The text.</param>
    public static implicit operator CoverletThresholdType(string value) => FromString(value);

    /// <summary>The value coverlet spells <paramref name="value"/>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static CoverletThresholdType FromString(string value) => new() { Value = value };
}
