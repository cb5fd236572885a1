using Automation.Ci.Yaml;

namespace Automation.Ci.GitHubActions;

/// <summary>A step of the generator's own that uses an action with inputs: SDK setup, artifact downloads.</summary>
/// <param name="action">The action (<c>actions/setup-dotnet@v4</c>).</param>
/// <param name="with">Its inputs, in order.</param>
internal sealed class GitHubActionsUsesStep(string action, YamlMap with) : GitHubActionsStep
{
    public override void Write(CustomFileWriter writer) => WriteItem(writer, new YamlMap { ["uses"] = action, ["with"] = with });
}
