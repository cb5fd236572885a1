using Automation.Tools;

namespace Automation;

/// <summary>Settings of <c>docker image push</c> (NUKE's <c>DockerImagePushSettings</c>): uploads an image to its registry.</summary>
public sealed record DockerImagePushSettings : DockerSettings
{
    /// <summary>The image (<c>registry.example/app:1.0</c>). Required.</summary>
    public string? Name { get; init; }

    /// <summary>Push every tag of the image: <c>--all-tags</c>.</summary>
    public bool AllTags { get; init; }

    /// <summary>Skip image signing: <c>--disable-content-trust</c>.</summary>
    public bool DisableContentTrust { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["image", "push"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments
        .Flag("--all-tags", AllTags)
        .Flag("--disable-content-trust", DisableContentTrust)
        .Add(Required(Name, nameof(Name), "the image to push"));
}
