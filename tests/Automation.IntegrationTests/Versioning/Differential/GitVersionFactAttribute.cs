using Automation.Differential.Oracle;

namespace Automation.IntegrationTests.Versioning.Differential;

/// <summary>A fact that needs the real GitVersion 6.8.2: skipped, with the reason, when it cannot be restored.</summary>
public sealed class GitVersionFactAttribute : FactAttribute
{
    public GitVersionFactAttribute()
    {
        if (GitVersionOracleSource.Oracle is null)
        {
            Skip = GitVersionOracleSource.Problem;
        }
    }
}
