namespace Automation.Tests.Tools.DotNet;

/// <summary>The argument list of <c>dotnet nuget delete</c>, its fluent forms, and the masked API key.</summary>
public sealed class DotNetNuGetDeleteSettingsTests
{
    [Fact]
    public void The_package_and_version_are_required()
    {
        Assert.Contains("PackageId is required", Assert.Throws<InvalidOperationException>(() => new DotNetNuGetDeleteSettings { PackageVersion = "1.0.0" }.ToArguments()).Message, StringComparison.Ordinal);
        Assert.Contains("PackageVersion is required", Assert.Throws<InvalidOperationException>(() => new DotNetNuGetDeleteSettings { PackageId = "Lib" }.ToArguments()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_option_renders()
    {
        var settings = new DotNetNuGetDeleteSettings
        {
            PackageId = "Lib",
            PackageVersion = "1.0.0-beta.1",
            Source = "https://feed.example/v3/index.json",
            ApiKey = "key-1",
            NonInteractive = true,
            NoServiceEndpoint = true,
            Interactive = true,
            ForceEnglishOutput = true,
        };

        Assert.Equal(
            [
                "nuget", "delete", "Lib", "1.0.0-beta.1", "--source", "https://feed.example/v3/index.json", "--api-key", "key-1",
                "--non-interactive", "--no-service-endpoint", "--interactive", "--force-english-output",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void NUKEs_forms_and_the_short_names_set_the_same_values()
    {
        var nuke = new DotNetNuGetDeleteSettings().SetPackageId("Lib").SetPackageVersion("2.0.0").SetSource("feed").SetApiKey("key-1").EnableNonInteractive();
        var shortNames = new DotNetNuGetDeleteSettings().SetPackage("Lib").SetVersion("2.0.0").SetSource("feed").SetApiKey("key-1").EnableNonInteractive();

        Assert.Equal(nuke, shortNames);
        Assert.Equal(["nuget", "delete", "Lib", "2.0.0", "--source", "feed", "--api-key", "key-1", "--non-interactive"], shortNames.ToArguments());
    }

    [Fact]
    public void ToString_masks_the_api_key()
    {
        var text = new DotNetNuGetDeleteSettings { PackageId = "Lib", PackageVersion = "1.0.0", ApiKey = "canary-delete-key-7f3a" }.ToString();

        Assert.DoesNotContain("canary-delete-key-7f3a", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("PackageId = Lib", text, StringComparison.Ordinal);
    }
}
