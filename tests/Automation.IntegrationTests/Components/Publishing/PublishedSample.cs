using Automation.IntegrationTests.Components.Support;
using Automation.Versioning;

namespace Automation.IntegrationTests.Components.Publishing;

/// <summary>The component sample, committed, with the version its HEAD should get; shared by a test class's publish runs.</summary>
public sealed class PublishedSample : IDisposable
{
    public ComponentSample Sample { get; } = ComponentSample.Create();

    public string SemVer => VersionCalculator.Calculate(new VersionRequest { RepositoryDirectory = Sample.Root }).SemVer;

    public string PackageFileName => $"Sample.Library.{SemVer}.nupkg";

    public void Dispose() => Sample.Dispose();
}
