using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Packing;

/// <summary>The <c>pack</c> component on the sample: real <c>dotnet pack</c>, real git history for the version.</summary>
[CiSeconds(40)]
public sealed class PackTests(PackedSample packed) : IClassFixture<PackedSample>
{
    private string SemVer => packed.Version.SemVer;

    [Fact]
    public void Every_packable_project_gets_a_nupkg_and_a_snupkg_named_with_the_computed_version()
    {
        packed.Run.AssertExitCode(0);

        var files = Directory.GetFiles(packed.PackagesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                $"Sample.Library.{SemVer}.nupkg", $"Sample.Library.{SemVer}.snupkg", $"Sample.Licensed.{SemVer}.nupkg", $"Sample.Licensed.{SemVer}.snupkg",
                $"Sample.MultiTarget.{SemVer}.nupkg", $"Sample.MultiTarget.{SemVer}.snupkg",
            ],
            files);
        Assert.Empty(Directory.GetDirectories(packed.Sample.PathOf("artifacts"), ".packing-*"));
    }

    [Fact]
    public void The_summary_notes_the_package_count_and_the_version()
    {
        Assert.Matches($@"\npack +Succeeded +\S+ s +3 packages, {System.Text.RegularExpressions.Regex.Escape(SemVer)}\n", packed.Run.AssertExitCode(0).Output);
    }

    [Fact]
    public void The_nuspec_has_the_version_the_root_readme_and_license_and_the_commit()
    {
        var package = packed.Package("Sample.Library");

        Assert.Equal(SemVer, package.Value("version"));
        Assert.Equal("README.md", package.Value("readme"));
        Assert.Equal("file", package.Element("license")?.Attribute("type")?.Value);
        Assert.Equal("LICENSE", package.Value("license"));
        Assert.Contains("README.md", package.Entries);
        Assert.Contains("LICENSE", package.Entries);
        Assert.Equal(packed.Sample.Git("rev-parse", "HEAD"), package.Element("repository")?.Attribute("commit")?.Value);
    }

    [Fact]
    public void A_multi_targeted_package_has_the_root_readme_and_license_too()
    {
        var package = packed.Package("Sample.MultiTarget");

        Assert.Equal("README.md", package.Value("readme"));
        Assert.Equal("LICENSE", package.Value("license"));
        Assert.Contains("README.md", package.Entries);
        Assert.Contains("LICENSE", package.Entries);
        Assert.Contains("lib/netstandard2.0/Sample.MultiTarget.dll", package.Entries);
        Assert.Contains("lib/net10.0/Sample.MultiTarget.dll", package.Entries);
    }

    [Fact]
    public void A_project_naming_its_own_license_keeps_it_and_still_gets_the_readme()
    {
        var package = packed.Package("Sample.Licensed");

        Assert.Equal("expression", package.Element("license")?.Attribute("type")?.Value);
        Assert.Equal("Apache-2.0", package.Value("license"));
        Assert.DoesNotContain("LICENSE", package.Entries);
        Assert.Equal("README.md", package.Value("readme"));
    }

    [Fact]
    public void The_packed_assembly_is_stamped_with_the_version()
    {
        var stamps = packed.Package("Sample.Library").AssemblyVersion("lib/net10.0/Sample.Library.dll");

        Assert.Equal(packed.Version.InformationalVersion, stamps.ProductVersion);
        Assert.Equal(packed.Version.AssemblySemFileVer, stamps.FileVersion);
    }
}
