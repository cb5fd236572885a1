namespace Automation.Ci.Yaml;

/// <summary>
/// A sequence item written by someone else (a build's own <see cref="GitHubActionsStep"/>): its lines, the first
/// starting with <c>- </c>, indented relative to the item. The emitter writes them as they are, at the item's place.
/// </summary>
/// <param name="Lines">The item's lines without line ends.</param>
internal sealed record YamlLines(IReadOnlyList<string> Lines);
