namespace Automation.IntegrationTests.Delivery;

/// <summary>The delivery tests share one build of the sample app.</summary>
[CollectionDefinition(Name)]
public sealed class DeliveryCollection : ICollectionFixture<SampleAppFixture>
{
    public const string Name = "Delivery";
}
