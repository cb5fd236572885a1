namespace Automation.IntegrationTests.Sample;

/// <summary>The tests that run the sample build: they share one compiled sample and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleRepository>
{
    public const string Name = "Sample build";
}
