using Automation.Ci.Yaml;

namespace Automation;

/// <summary>The step that checks the repository out (<c>actions/checkout</c>); the first step of every generated job.</summary>
public class GitHubActionsCheckoutStep : GitHubActionsStep
{
    /// <summary>How many commits to fetch; 0 fetches the whole history (what versioning needs); null leaves the action's default.</summary>
    public uint? FetchDepth { get; set; }

    /// <summary>Whether to fetch submodules; null leaves the action's default.</summary>
    public GitHubActionsSubmodules? Submodules { get; set; }

    /// <summary>Whether to fetch Git LFS files; null leaves the action's default.</summary>
    public bool? Lfs { get; set; }

    /// <inheritdoc/>
    public override void Write(CustomFileWriter writer)
    {
        var with = new YamlMap();
        if (FetchDepth is { } depth)
        {
            with["fetch-depth"] = (long)depth;
        }

        if (Submodules is { } submodules)
        {
            with["submodules"] = submodules.ToString().ToLowerInvariant();
        }

        if (Lfs is { } lfs)
        {
            with["lfs"] = lfs;
        }

        var step = new YamlMap { ["uses"] = "actions/checkout@v4" };
        if (with.Count > 0)
        {
            step["with"] = with;
        }

        WriteItem(writer, step);
    }
}
