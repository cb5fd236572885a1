namespace Automation.Tests.Ci;

/// <summary>Build classes carrying <see cref="AppVeyorAttribute"/>s as NUKE's builds write them, for the AppVeyor tests.</summary>
public static class AppVeyorSamples
{
    /// <summary>An encrypted value's shape (base64 of 48 bytes); not a real one.</summary>
    public const string EncryptedKey = "gXyMC1PrfsTGaK8vnlB6ch1DDpTEaOuK+Oy0Kz8xm1i4MjA7cb+6GkTaQEI6eCuy";

    /// <summary>NUKE's own build's shape: a release configuration with secrets, and a continuous matrix without them.</summary>
    [AppVeyor(
        suffix: null,
        AppVeyorImage.VisualStudio2022,
        BranchesOnly = ["main", "/release\\/.*/"],
        SkipTags = true,
        SkipBranchesWithPullRequest = true,
        SkipCommitsMessage = "/\\[skip build\\]/",
        Services = [AppVeyorService.MSSQL2017],
        Init = ["git config --global core.autocrlf input"],
        Cache = ["%USERPROFILE%\\.nuget\\packages -> **\\*.csproj"],
        Submodules = true,
        InvokedTargets = [nameof(CiSampleBuilds.SampleBuild.Test), nameof(CiSampleBuilds.SampleBuild.Pack)],
        Secrets = [nameof(CiSampleBuilds.SampleBuild.NuGetApiKey)])]
    [AppVeyor(
        "continuous",
        AppVeyorImage.VisualStudioLatest,
        AppVeyorImage.UbuntuLatest,
        AppVeyorImage.MacOsLatest,
        BranchesExcept = ["main", "/release\\/.*/"],
        SkipTags = true,
        InvokedTargets = [nameof(CiSampleBuilds.SampleBuild.Test)],
        PublishArtifacts = false,
        Secrets = [])]
    [AppVeyor("manual", AppVeyorImage.UbuntuLatest, InvokedTargets = ["test"], AutoGenerate = false)]
    [AppVeyorSecret(nameof(CiSampleBuilds.SampleBuild.NuGetApiKey), EncryptedKey)]
    public sealed class NukeStyle : CiSampleBuilds.SampleBuild;

    /// <summary>NUKE's older form: the encrypted value inside <c>Secrets</c>.</summary>
    [AppVeyor(AppVeyorImage.UbuntuLatest, InvokedTargets = ["test"], Secrets = ["nuget-api-key:" + EncryptedKey])]
    public sealed class InlineSecret : CiSampleBuilds.SampleBuild;

    /// <summary>A plain value where an encrypted one belongs.</summary>
    [AppVeyor(AppVeyorImage.UbuntuLatest, InvokedTargets = ["test"])]
    [AppVeyorSecret(nameof(CiSampleBuilds.SampleBuild.NuGetApiKey), "canary-7f3a-plain-api-key")]
    public sealed class PlainSecret : CiSampleBuilds.SampleBuild;

    /// <summary>An encrypted value for a parameter that is not marked [Secret].</summary>
    [AppVeyor(AppVeyorImage.UbuntuLatest, InvokedTargets = ["test"])]
    [AppVeyorSecret("Configuration", EncryptedKey)]
    public sealed class UnmaskedSecret : CiSampleBuilds.SampleBuild;

    /// <summary>Secrets naming a parameter that has no [AppVeyorSecret].</summary>
    [AppVeyor(AppVeyorImage.UbuntuLatest, InvokedTargets = ["test"], Secrets = ["SignPathApiToken"])]
    public sealed class MissingSecret : CiSampleBuilds.SampleBuild;

    /// <summary>Fan-out, which AppVeyor cannot express.</summary>
    [AppVeyor(AppVeyorImage.UbuntuLatest, InvokedTargets = ["test", "pack"], FanOut = ["pack"])]
    public sealed class FannedOut : CiSampleBuilds.SampleBuild;
}
