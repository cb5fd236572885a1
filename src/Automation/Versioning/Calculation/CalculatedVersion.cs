using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>
/// The final version with the facts the output variables need: the build metadata count (null when not shown), the
/// version source commit, the distance to it, the configuration whose weights apply, and the version source's own
/// version (before incrementing).
/// </summary>
internal sealed record CalculatedVersion(SemanticVersion Version, int? BuildMetaData, int? VersionSource, int Distance, EffectiveConfiguration Configuration, SemanticVersion SourceVersion);
