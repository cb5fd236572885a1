using Automation.Ci.Yaml;

namespace Automation;

/// <summary>The step that runs the invoked targets through the bootstrap script, with the imported secrets and variables in its environment.</summary>
public class GitHubActionsRunStep : GitHubActionsStep
{
    /// <summary>The targets the step runs (its title: <c>Run: test, pack</c>).</summary>
    public string[] InvokedTargets { get; set; } = [];

    /// <summary>The command line (<c>./build.sh test pack</c>).</summary>
    public string Command { get; set; } = string.Empty;

    /// <summary>The step's environment: variable name → value (<c>NUGET_API_KEY</c> → <c>${{ secrets.NUGET_API_KEY }}</c>).</summary>
    public IDictionary<string, string> Imports { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override void Write(CustomFileWriter writer)
    {
        var step = new YamlMap { ["name"] = "Run: " + string.Join(", ", InvokedTargets), ["run"] = Command };
        if (Imports.Count > 0)
        {
            var environment = new YamlMap();
            foreach (var (name, value) in Imports)
            {
                environment[name] = value;
            }

            step["env"] = environment;
        }

        WriteItem(writer, step);
    }
}
