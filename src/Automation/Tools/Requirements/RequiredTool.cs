using Automation.Tools.Resolution;

namespace Automation.Tools.Requirements;

/// <summary>
/// What <c>[Requires&lt;T&gt;]</c> checks for one tasks class: a program from a NuGet package (found as
/// <see cref="PackagedTool"/> finds it), a program on PATH, or nothing (a tool the SDK running the build provides).
/// </summary>
/// <param name="Package">The packaged program, or null.</param>
/// <param name="PathNames">The names on PATH of a program no package brings; empty for a packaged one or the SDK's.</param>
internal sealed record RequiredTool(PackagedTool? Package, IReadOnlyList<string> PathNames)
{
    /// <summary>A program that comes as a NuGet package.</summary>
    public static RequiredTool Packaged(PackagedTool package) => new(package, []);

    /// <summary>A program found on PATH only.</summary>
    public static RequiredTool OnPath(params string[] names) => new(null, names);

    /// <summary>Part of the .NET SDK that runs the build: always there.</summary>
    public static RequiredTool Sdk { get; } = new(null, []);
}
