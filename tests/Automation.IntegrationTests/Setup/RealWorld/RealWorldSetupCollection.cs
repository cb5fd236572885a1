using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// The five real-world shapes get an installation of the tool of their own rather than sharing
/// <see cref="InstalledToolCollection"/>'s: together they ran about ten minutes as ONE collection, one after the other,
/// the longest stretch of the CI run on 2 cores. Split, each half runs beside the rest of the suite; the second
/// installation (a pack and a <c>dotnet tool install</c>, about a minute) costs less than the idle core it frees.
/// </summary>
[CollectionDefinition(Name)]
[CiSeconds(430)]
public sealed class RealWorldSetupCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool, real-world shapes";
}
