using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Locking;

/// <summary>The tests that run the lock sample build: they share one compiled sample and run one at a time.</summary>
[CollectionDefinition(Name)]
[CiSeconds(40)]
public sealed class LockSampleCollection : ICollectionFixture<LockSampleRepository>
{
    public const string Name = "Lock sample build";
}
