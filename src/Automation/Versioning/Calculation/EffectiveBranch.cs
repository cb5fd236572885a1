using Automation.Versioning.Configuration;
using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>An effective configuration and the branch whose configuration completed it (the source branch when inherited).</summary>
internal sealed record EffectiveBranch(EffectiveConfiguration Value, GitBranch Branch);
