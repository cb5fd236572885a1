using Automation.Tools;

namespace Automation;

/// <summary>Settings of <c>docker tag</c> (NUKE's <c>DockerTagSettings</c>): another name for an image.</summary>
public sealed record DockerTagSettings : DockerSettings
{
    /// <summary>The image to name (<c>app:1.0</c>). Required.</summary>
    public string? SourceImage { get; init; }

    /// <summary>The new name (<c>registry.example/app:1.0</c>). Required.</summary>
    public string? TargetImage { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["tag"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments.Add(
        Required(SourceImage, nameof(SourceImage), "the image to name"),
        Required(TargetImage, nameof(TargetImage), "its new name"));
}
