using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Delivery;

/// <summary>The delivery tests share one build of the sample app.</summary>
[CollectionDefinition(Name)]
[CiSeconds(50)]
public sealed class DeliveryCollection : ICollectionFixture<SampleAppFixture>
{
    public const string Name = "Delivery";
}
