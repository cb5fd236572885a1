using Automation.Tools;

namespace Automation;

/// <summary>Settings of <c>docker pull</c> (NUKE's <c>DockerPullSettings</c>): downloads an image.</summary>
public sealed record DockerPullSettings : DockerSettings
{
    /// <summary>The image (<c>mcr.microsoft.com/dotnet/sdk:10.0</c>). Required.</summary>
    public string? Name { get; init; }

    /// <summary>Pull every tag of the image: <c>--all-tags</c>.</summary>
    public bool AllTags { get; init; }

    /// <summary>Skip image verification: <c>--disable-content-trust</c>.</summary>
    public bool DisableContentTrust { get; init; }

    /// <summary>The platform to pull (<c>linux/arm64</c>): <c>--platform</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>Print less: <c>--quiet</c>.</summary>
    public bool Quiet { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["pull"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments
        .Flag("--all-tags", AllTags)
        .Flag("--disable-content-trust", DisableContentTrust)
        .Option("--platform", Platform)
        .Flag("--quiet", Quiet)
        .Add(Required(Name, nameof(Name), "the image to pull"));
}
