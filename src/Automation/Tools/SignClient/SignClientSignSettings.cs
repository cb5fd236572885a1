using Automation.Tools;

namespace Automation;

/// <summary><c>SignClient sign</c>: signs files through a SignService.</summary>
public sealed record SignClientSignSettings : ToolSettings
{
    /// <summary>The client's settings file (<c>appsettings.json</c>): <c>--config</c>.</summary>
    public string? Config { get; init; }

    /// <summary>The file to sign: <c>--input</c>.</summary>
    public string? Input { get; init; }

    /// <summary>Where the signed file is written: <c>--output</c>; default: over the input.</summary>
    public string? Output { get; init; }

    /// <summary>A file listing the files inside the input to sign: <c>--fileList</c>.</summary>
    public string? FileList { get; init; }

    /// <summary>The client secret: <c>--secret</c>.</summary>
    public string? Secret { get; init; }

    /// <summary>The user: <c>--user</c>.</summary>
    public string? Username { get; init; }

    /// <summary>The signed content's name: <c>--name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The signed content's description: <c>--description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The description's URL: <c>--descriptionUrl</c>.</summary>
    public string? DescriptionUrl { get; init; }

    /// <summary>How many files are signed at once: <c>--maxConcurrency</c>.</summary>
    public string? MaxConcurrency { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add("sign").Option("--config", Config).Option("--input", Input).Option("--output", Output).Option("--fileList", FileList)
            .Option("--secret", Secret).Option("--user", Username).Option("--name", Name).Option("--description", Description)
            .Option("--descriptionUrl", DescriptionUrl).Option("--maxConcurrency", MaxConcurrency);
}
