using Automation.IntegrationTests.Processes;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Sample;

/// <summary>
/// The tests that run the sample builds: they share one compiled sample and one compiled tree sample (each compile is
/// about a minute on CI; as class fixtures the tree sample was compiled once per class), and run one at a time.
/// </summary>
[CollectionDefinition(Name)]
[CiSeconds(75)]
public sealed class SampleCollection : ICollectionFixture<SampleRepository>, ICollectionFixture<TreeSampleRepository>
{
    public const string Name = "Sample build";
}
