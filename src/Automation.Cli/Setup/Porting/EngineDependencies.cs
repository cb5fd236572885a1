using System.Reflection;
using NuGet.Versioning;

namespace Automation.Cli.Setup.Porting;

/// <summary>
/// The packages the engine's packages (Automation, Automation.Components) depend on, with the version each needs at
/// least: read from this assembly's <c>[AssemblyMetadata("Automation.EngineDependency:Id", version)]</c>, which its
/// project file asks of the engine's projects when it compiles, so the versions are written in one place only.
/// </summary>
internal static class EngineDependencies
{
    private const string MetadataPrefix = "Automation.EngineDependency:";

    /// <summary>Each package id (compared ignoring case) with the version the engine depends on.</summary>
    public static IReadOnlyDictionary<string, NuGetVersion> All { get; } = typeof(EngineDependencies).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith(MetadataPrefix, StringComparison.Ordinal) && a.Value is not null)
        .ToDictionary(a => a.Key[MetadataPrefix.Length..], a => NuGetVersion.Parse(a.Value!), StringComparer.OrdinalIgnoreCase);
}
