namespace Automation.Versioning;

/// <summary>A computed version and the warnings the calculation gave (unknown configuration keys and the like).</summary>
/// <param name="Variables">The version variables.</param>
/// <param name="Warnings">Human-readable warnings, each naming the file and line it is about when there is one.</param>
/// <param name="ConfigurationFile">The configuration file that was read, relative to the work tree root, or null.</param>
public sealed record VersionResult(VersionVariables Variables, IReadOnlyList<string> Warnings, string? ConfigurationFile);
