using System.IO.Compression;
using System.Xml.Linq;
using Automation.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Automation.IntegrationTests.Tools.DotNet;

/// <summary>The <c>dotnet</c> wrappers against the real SDK, on a sample built once by the fixture (restore and build).</summary>
[CiSeconds(65)]
public sealed class DotNetToolsTests(DotNetSample sample, ITestOutputHelper log) : IClassFixture<DotNetSample>
{
    [Fact]
    public void Restore_and_build_compile_the_library_and_its_tests()
    {
        log.WriteLine($"restore + build: {sample.SetupDuration.TotalSeconds:0.0} s");

        Assert.True(File.Exists(sample.PathOf("src/Sample.Library/bin/Release/net10.0/Sample.Library.dll")));
        Assert.True(File.Exists(sample.PathOf("tests/Sample.Tests/bin/Release/net10.0/Sample.Tests.dll")));
    }

    [Fact]
    public void Test_runs_the_tests_and_writes_the_trx_file() =>
        Timed("test", () =>
        {
            var run = sample.Run("test").AssertExitCode(0);

            Assert.Contains("--logger \"trx;LogFileName=sample.trx\"", run.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(sample.PathOf("artifacts/test-results/sample.trx")), run.Output);
        });

    [Fact]
    public void Pack_writes_the_package_and_its_symbols_with_the_version_given_as_a_property() =>
        Timed("pack", () =>
        {
            var run = sample.Run("pack").AssertExitCode(0);

            var package = sample.PathOf($"artifacts/packages/Sample.Library.{DotNetSampleBuild.PackageVersion}.nupkg");
            Assert.True(File.Exists(package), run.Output);
            Assert.True(File.Exists(Path.ChangeExtension(package, ".snupkg")), run.Output);
            using var archive = ZipFile.OpenRead(package);
            Assert.NotNull(archive.GetEntry("README.md"));
            using var nuspec = new StreamReader(archive.GetEntry("Sample.Library.nuspec")!.Open());
            var description = XDocument.Parse(nuspec.ReadToEnd()).Descendants().Single(e => e.Name.LocalName == "description").Value;
            Assert.Equal(DotNetSampleBuild.Description, description);
        });

    [Fact]
    public void Publish_writes_the_output_folder() =>
        Timed("publish", () =>
        {
            var run = sample.Run("publish").AssertExitCode(0);

            Assert.True(File.Exists(sample.PathOf("artifacts/publish/Sample.Library.dll")), run.Output);
        });

    [Fact]
    public void Push_puts_the_package_into_a_folder_feed_and_never_shows_the_api_key() =>
        Timed("pack + push", () =>
        {
            var run = sample.Run("push").AssertExitCode(0);

            var pushed = Directory.GetFiles(sample.PathOf("artifacts/feed"), "*.nupkg", SearchOption.AllDirectories).Select(Path.GetFileName);
            Assert.Contains($"sample.library.{DotNetSampleBuild.PackageVersion}.nupkg", pushed, StringComparer.OrdinalIgnoreCase);
            Assert.Contains("nuget push", run.Output, StringComparison.Ordinal);
            Assert.Contains("--api-key ***", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(DotNetSampleBuild.ApiKey, run.Output, StringComparison.Ordinal);
        });

    [Fact]
    public void Tool_restore_restores_the_local_tool_manifest() =>
        Timed("tool restore", () =>
        {
            var run = sample.Run("tool-restore").AssertExitCode(0);

            Assert.Contains("tool restore --tool-manifest", run.Output, StringComparison.Ordinal);
            Assert.Contains("Restore was successful.", run.Output, StringComparison.Ordinal);
        });

    [Fact]
    public void Format_verify_passes_on_clean_code_and_fails_on_a_misformatted_file() =>
        Timed("format x2", () =>
        {
            var clean = sample.Run("format").AssertExitCode(0);
            Assert.Contains("format whitespace", clean.Output, StringComparison.Ordinal);

            var misformatted = sample.Write("src/Sample.Library/Misformatted.cs", DotNetSampleSources.Misformatted);
            try
            {
                var run = sample.Run("format").AssertExitCode(1);

                Assert.Contains(DotNetSampleBuild.FormatFailure, run.Output, StringComparison.Ordinal);
                Assert.Contains("Misformatted.cs", run.Output, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(misformatted);
            }
        });

    private void Timed(string what, Action action)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        action();
        log.WriteLine($"{what}: {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
