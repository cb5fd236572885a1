using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Porting;

/// <summary>
/// One artifacts folder for every ported corpus build of a test run, so the engine they reference compiles once; the
/// builds themselves compile one after another into it (a theory's cases run in sequence).
/// </summary>
public sealed class PortedCorpusFixture : IDisposable
{
    private readonly TempDirectory _directory = new("nuke-corpus-artifacts");

    public string ArtifactsPath => _directory.Root;

    public string BuildDll => Path.Combine(ArtifactsPath, "bin", "_build", "debug", "_build.dll");

    public void Dispose() => _directory.Dispose();
}
