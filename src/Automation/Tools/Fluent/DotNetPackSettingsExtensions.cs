using System.Runtime.CompilerServices;
using Automation.Core;

namespace Automation;

/// <summary>NUKE's forms of <c>dotnet pack</c> settings whose types differ from ours (written, not generated).</summary>
public static partial class DotNetPackSettingsExtensions
{
    /// <summary>
    /// Sets <see cref="DotNetPackSettings.SymbolPackageFormat"/> by its text, <c>"snupkg"</c> or <c>"symbols.nupkg"</c>, as
    /// NUKE's string-convertible <c>DotNetSymbolPackageFormat</c> took it (<c>s.SetSymbolPackageFormat("snupkg")</c>).
    /// </summary>
    /// <remarks>The lower priority leaves <c>s.SetSymbolPackageFormat(null)</c> to the enumeration's form.</remarks>
    /// <param name="settings">The settings.</param>
    /// <param name="symbolPackageFormat"><c>snupkg</c> or <c>symbols.nupkg</c>, in any case.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    /// <exception cref="UsageException">Another text: the message names the two formats.</exception>
    [OverloadResolutionPriority(-1)]
    public static DotNetPackSettings SetSymbolPackageFormat(this DotNetPackSettings settings, string symbolPackageFormat)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with
        {
            SymbolPackageFormat = symbolPackageFormat?.ToLowerInvariant() switch
            {
                "snupkg" => DotNetSymbolPackageFormat.Snupkg,
                "symbols.nupkg" => DotNetSymbolPackageFormat.SymbolsNupkg,
                _ => throw new UsageException($"'{symbolPackageFormat}' is not a symbol package format of dotnet pack: use \"snupkg\" or \"symbols.nupkg\"."),
            },
        };
    }
}
