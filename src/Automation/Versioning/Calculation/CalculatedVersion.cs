using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>
/// The final version with the facts the output variables need: the build metadata count (null when not shown), the
/// version source commit, the distance to it, and the configuration whose weights apply.
/// </summary>
internal sealed record CalculatedVersion(SemanticVersion Version, int? BuildMetaData, int? VersionSource, int Distance, EffectiveConfiguration Configuration);
