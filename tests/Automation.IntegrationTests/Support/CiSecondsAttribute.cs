namespace Automation.IntegrationTests.Support;

/// <summary>
/// About how long a test class (or a collection, on its definition) takes on CI, fixtures included, in seconds, as the
/// last trx and fixture timings showed it. Only the order matters: <see cref="LongestFirstCollectionOrderer"/> starts
/// the longest collections first, so that none of them starts late and runs alone at the end of the CI run.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CiSecondsAttribute(int seconds) : Attribute
{
    /// <summary>The seconds on CI.</summary>
    public int Seconds { get; } = seconds;
}
