using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>
/// The platform MSBuild builds for (the <c>Platform</c> property), NUKE's <c>MSBuildTargetPlatform</c>:
/// <c>s.SetTargetPlatform(MSBuildTargetPlatform.x64)</c>, or any other name with <c>(MSBuildTargetPlatform)"ARM64"</c>.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "NUKE's names, as MSBuild spells the platforms.")]
public sealed class MSBuildTargetPlatform : Enumeration
{
    /// <summary>Platform-neutral IL (<c>MSIL</c>).</summary>
    public static MSBuildTargetPlatform MSIL { get; } = new() { Value = nameof(MSIL) };

    /// <summary>32-bit x86.</summary>
    public static MSBuildTargetPlatform x86 { get; } = new() { Value = nameof(x86) };

    /// <summary>64-bit x64.</summary>
    public static MSBuildTargetPlatform x64 { get; } = new() { Value = nameof(x64) };

    /// <summary>32-bit ARM.</summary>
    public static MSBuildTargetPlatform arm { get; } = new() { Value = nameof(arm) };

    /// <summary>32-bit Windows, as C++ projects name it.</summary>
    public static MSBuildTargetPlatform Win32 { get; } = new() { Value = nameof(Win32) };

    /// <summary>A platform by the name MSBuild knows it by (<c>(MSBuildTargetPlatform)"AnyCPU"</c>).</summary>
    /// <param name="value">The platform's name.</param>
    [return: NotNullIfNotNull(nameof(value))]
    public static explicit operator MSBuildTargetPlatform?(string? value) => value is null ? null : new() { Value = value };
}
