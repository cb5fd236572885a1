using Automation.Ci.Yaml;

namespace Automation;

/// <summary>The step that restores and saves the NuGet packages and <c>.nuke/temp</c> between runs (<c>actions/cache</c>).</summary>
public class GitHubActionsCacheStep : GitHubActionsStep
{
    /// <summary>The paths cached.</summary>
    public string[] IncludePatterns { get; set; } = ["~/.nuget/packages", NukeLayout.RelativeTemporaryDirectory];

    /// <summary>Paths left out of the cache (written with a leading <c>!</c>).</summary>
    public string[] ExcludePatterns { get; set; } = [];

    /// <summary>The files whose contents key the cache (globs for <c>hashFiles</c>).</summary>
    public string[] KeyFiles { get; set; } = [];

    /// <inheritdoc/>
    public override void Write(CustomFileWriter writer)
    {
        var paths = IncludePatterns.Concat(ExcludePatterns.Select(pattern => "!" + pattern));
        WriteItem(writer, new YamlMap
        {
            ["uses"] = "actions/cache@v4",
            ["with"] = new YamlMap
            {
                ["path"] = string.Concat(paths.Select(path => path + "\n")),
                ["key"] = "${{ runner.os }}-${{ hashFiles(" + string.Join(", ", KeyFiles.Select(f => $"'{f}'")) + ") }}",
            },
        });
    }
}
