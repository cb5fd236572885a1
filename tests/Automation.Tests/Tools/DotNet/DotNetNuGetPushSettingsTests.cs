namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetNuGetPushSettingsTests
{
    [Fact]
    public void The_package_is_required() =>
        Assert.Contains("Package is required", Assert.Throws<InvalidOperationException>(() => new DotNetNuGetPushSettings().ToArguments()).Message, StringComparison.Ordinal);

    [Fact]
    public void A_package_alone_renders_just_the_command_and_the_package() =>
        Assert.Equal(["nuget", "push", "a.nupkg"], new DotNetNuGetPushSettings { Package = "a.nupkg" }.ToArguments());

    [Fact]
    public void Every_option_renders()
    {
        var settings = new DotNetNuGetPushSettings
        {
            Package = "artifacts/*.nupkg",
            Source = "https://api.nuget.org/v3/index.json",
            ApiKey = "key-1",
            SymbolSource = "https://symbols.example",
            SymbolApiKey = "key-2",
            SkipDuplicate = true,
            NoSymbols = true,
            Timeout = TimeSpan.FromSeconds(90.5),
            DisableBuffering = true,
            NoServiceEndpoint = true,
            AllowInsecureConnections = true,
            ConfigFile = "nuget.config",
            Interactive = true,
            ForceEnglishOutput = true,
        };

        Assert.Equal(
            [
                "nuget", "push", "artifacts/*.nupkg", "--source", "https://api.nuget.org/v3/index.json", "--api-key", "key-1",
                "--symbol-source", "https://symbols.example", "--symbol-api-key", "key-2", "--skip-duplicate", "--no-symbols", "--timeout", "91",
                "--disable-buffering", "--no-service-endpoint", "--allow-insecure-connections", "--configfile", "nuget.config", "--interactive", "--force-english-output",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void ToString_masks_the_api_keys()
    {
        var text = new DotNetNuGetPushSettings { Package = "a.nupkg", ApiKey = "super-secret-key", SymbolApiKey = "symbol-secret" }.ToString();

        Assert.DoesNotContain("super-secret-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("symbol-secret", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("Package = a.nupkg", text, StringComparison.Ordinal);
    }
}
