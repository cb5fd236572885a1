using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Delivery;

/// <summary>The sample web app, built once for the delivery tests with the real <c>dotnet build</c>.</summary>
public sealed class SampleAppFixture : IDisposable
{
    private readonly TempDirectory _directory = new("delivery-app");

    public SampleAppFixture()
    {
        _directory.Write("app/SampleApp.csproj", DeliverySampleSources.AppProject);
        _directory.Write("app/Program.cs", DeliverySampleSources.AppProgram);
        Binaries = _directory.PathOf("bin");
        var result = ChildProcess.RunAsync("dotnet", ["build", "app", "-c", "Release", "-o", Binaries, "-nologo", "-v", "q"], _directory.Root, TimeSpan.FromMinutes(4))
            .GetAwaiter().GetResult();
        result.AssertExitCode(0);
    }

    /// <summary>The folder the app was built to: what the deploy ships.</summary>
    public string Binaries { get; }

    public void Dispose() => _directory.Dispose();
}
