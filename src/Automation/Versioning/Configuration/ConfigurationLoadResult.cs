namespace Automation.Versioning.Configuration;

/// <summary>The configuration in force, the warnings reading it gave, and the file it came from (null: defaults).</summary>
internal sealed record ConfigurationLoadResult(VersioningConfiguration Configuration, IReadOnlyList<string> Warnings, string? File);
