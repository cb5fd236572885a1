using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// The tests that need the tool installed from this checkout's packages share one installation (packing takes a minute);
/// the real-world shapes have their own (<see cref="RealWorld.RealWorldSetupCollection"/>), so both halves run at once.
/// </summary>
[CollectionDefinition(Name)]
[CiSeconds(290)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
