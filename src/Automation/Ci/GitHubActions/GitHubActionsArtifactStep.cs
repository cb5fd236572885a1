using Automation.Ci.Yaml;

namespace Automation;

/// <summary>The step that uploads a folder or file as an artifact of the run (<c>actions/upload-artifact</c>).</summary>
public class GitHubActionsArtifactStep : GitHubActionsStep
{
    /// <summary>The artifact's name, unique in the run.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The path uploaded, relative to the repository root.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>A condition for the step (<c>if:</c>, e.g. <c>always()</c>); null: none.</summary>
    public string? Condition { get; set; }

    /// <summary>Whether a missing path fails the step (a later job downloads it).</summary>
    public bool FailWhenMissing { get; set; }

    /// <inheritdoc/>
    public override void Write(CustomFileWriter writer)
    {
        var step = new YamlMap();
        if (!string.IsNullOrWhiteSpace(Condition))
        {
            step["if"] = Condition;
        }

        var with = new YamlMap { ["name"] = Name, ["path"] = Path };
        if (FailWhenMissing)
        {
            // A later job needs it: fail here, where the cause is, rather than at its download.
            with["if-no-files-found"] = "error";
        }

        step["uses"] = "actions/upload-artifact@v4";
        step["with"] = with;
        WriteItem(writer, step);
    }
}
