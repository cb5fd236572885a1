namespace Automation.Tools;

/// <summary>Finds tools for <see cref="ITargetContext.ResolveTool"/>. PLACEHOLDER: being replaced by the full resolution order.</summary>
internal sealed class ToolResolver(AbsolutePath root, IReadOnlyDictionary<string, string> environment)
{
    public ToolCommand Resolve(string name, string? explicitPath, ITargetContext context) =>
        explicitPath is not null ? new ToolCommand(explicitPath, [], "explicit path") : new ToolCommand(name, [], $"PATH ({root}, {environment.Count}, {context.TargetName})");
}
