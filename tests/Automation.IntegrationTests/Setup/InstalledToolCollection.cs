using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>The tests that need the tool installed from this checkout's packages share one installation (packing takes a minute).</summary>
[CollectionDefinition(Name)]
[CiSeconds(590)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
